import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
batch = torch.randn(32, 8)


def saved_by(fn):  # how many times the forward saves a tensor for backward
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        out = fn()
    return out, len(saved)


train_out, train_saved = saved_by(lambda: model(batch))
bug_out, bug_saved = saved_by(lambda: model(batch).detach())  # bug: the cut comes after the forward
with torch.no_grad():
    fix_out, fix_saved = saved_by(lambda: model(batch))  # fix: nothing is recorded
print("saved for backward: training", train_saved, "| .detach() at the end", bug_saved, "| no_grad()", fix_saved)
assert bug_saved == train_saved > 0  # claim: bug-records-all
assert fix_saved == 0  # claim: fix-saves-none
assert not bug_out.requires_grad and not fix_out.requires_grad  # claim: same-result
assert torch.equal(bug_out, fix_out)  # claim: same-result

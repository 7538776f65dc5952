import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3, dtype=torch.float64)
index = torch.tensor([0, 2, 1, 2])
true = -logits.log_softmax(dim=1)[torch.arange(4), index].mean()  # textbook value
inputs = {"logits": logits, "log_softmax(logits)": logits.log_softmax(dim=1),
          "softmax(logits)": logits.softmax(dim=1)}
targets = {"int64 (N,)": index, "float (N, C)": F.one_hot(index, 3).double()}


def gives_true(loss, x, t):  # no error, and the textbook value
    try:
        return torch.allclose(loss(x, t), true)
    except RuntimeError:
        return False


print("| Loss | Inputs giving the textbook value | Targets giving it | Applies log_softmax itself? |\n|---|---|---|---|")
rows = {}
losses = {"nn.CrossEntropyLoss": nn.CrossEntropyLoss(), "nn.NLLLoss": nn.NLLLoss(),
          "F.cross_entropy": F.cross_entropy, "F.nll_loss": F.nll_loss}
for name, loss in losses.items():
    wants = [k for k, x in inputs.items() if gives_true(loss, x, index)]
    takes = [k for k, t in targets.items() if gives_true(loss, inputs[wants[0]], t)]
    own = torch.allclose(loss(logits, index), F.nll_loss(logits.log_softmax(dim=1), index))  # = log_softmax, then NLL
    rows[name] = (wants, takes, own)
    print(f"| `{name}` | {' / '.join(f'`{k}`' for k in wants)} "
          f"| {' / '.join(f'`{k}`' for k in takes)} | {'✓' if own else '✗'} |")

# claim: table-ce
assert rows["nn.CrossEntropyLoss"] == rows["F.cross_entropy"] == (
    ["logits", "log_softmax(logits)"], ["int64 (N,)", "float (N, C)"], True)
assert rows["nn.NLLLoss"] == rows["F.nll_loss"] == (["log_softmax(logits)"], ["int64 (N,)"], False)  # claim: table-nll
log_p = logits.log_softmax(dim=1)
assert torch.allclose(log_p.log_softmax(dim=1), log_p)  # claim: log-softmax-idempotent

import torch
import torch.nn.functional as F


def fine_tune(freeze):
    """One training step with a 'frozen' backbone: did its weights / BN statistics change?"""
    torch.manual_seed(0)
    backbone = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8))
    head = torch.nn.Linear(8, 1)
    freeze(backbone)
    opt = torch.optim.SGD([*backbone.parameters(), *head.parameters()], lr=0.1)
    weight, stats = backbone[0].weight.detach().clone(), backbone[1].running_mean.clone()
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    opt.zero_grad()
    F.mse_loss(head(backbone(x)), y).backward()
    got_grad = backbone[0].weight.grad is not None
    opt.step()
    return got_grad, not torch.equal(backbone[0].weight, weight), not torch.equal(backbone[1].running_mean, stats)


print("                                      got grad, weights changed, BN stats changed")
bug = fine_tune(lambda backbone: backbone.eval())
print("backbone.eval():                      ", bug)
assert bug[:2] == (True, True)  # claim: eval-not-freeze
assert bug[2] is False  # claim: eval-fixes-stats

half = fine_tune(lambda backbone: backbone.requires_grad_(False))
print("backbone.requires_grad_(False):       ", half)
assert half == (False, False, True)  # claim: grad-off-stats-drift

fix = fine_tune(lambda backbone: backbone.eval().requires_grad_(False))
print("backbone.eval().requires_grad_(False):", fix)
assert fix == (False, False, False)  # claim: freeze-both

# In a loop: model.train() at each epoch puts the backbone back in training mode
backbone = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8)).eval()
model = torch.nn.Sequential(backbone, torch.nn.Linear(8, 1))
model.train()
print("backbone.training after model.train():", backbone.training)
assert backbone.training  # claim: epoch-train-resets

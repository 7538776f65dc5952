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
    opt.step()
    return not torch.equal(backbone[0].weight, weight), not torch.equal(backbone[1].running_mean, stats)


bug = fine_tune(lambda backbone: backbone.eval())
print("backbone.eval():                        weights changed, BN stats changed =", bug)
assert bug == (True, False)  # eval() kept the BN statistics, but the optimizer still trained the weights

half = fine_tune(lambda backbone: backbone.requires_grad_(False))
print("backbone.requires_grad_(False):         weights changed, BN stats changed =", half)
assert half == (False, True)  # frozen weights, but BN in training mode still updates its statistics

fix = fine_tune(lambda backbone: backbone.eval().requires_grad_(False))
print("backbone.eval().requires_grad_(False):  weights changed, BN stats changed =", fix)
assert fix == (False, False)

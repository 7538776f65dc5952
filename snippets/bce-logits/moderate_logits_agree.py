import torch
import torch.nn as nn

torch.manual_seed(0)
logits = (torch.randn(8) * 3).requires_grad_()  # moderate values, well inside (-15, 15)
target = torch.rand(8)                           # soft targets in [0, 1] are fine too
assert logits.abs().max() < 15

via_sigmoid = nn.BCELoss()(torch.sigmoid(logits), target)
(grad_sigmoid,) = torch.autograd.grad(via_sigmoid, logits)
direct = nn.BCEWithLogitsLoss()(logits, target)
(grad_direct,) = torch.autograd.grad(direct, logits)

print("BCELoss(sigmoid(x)) =", via_sigmoid.item())
print("BCEWithLogitsLoss(x) =", direct.item())
print("largest gradient gap:", (grad_sigmoid - grad_direct).abs().max().item())
assert torch.allclose(via_sigmoid, direct)
assert torch.allclose(grad_sigmoid, grad_direct, atol=1e-6)

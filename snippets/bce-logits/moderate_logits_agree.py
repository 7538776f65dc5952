import math

import torch
import torch.nn as nn

torch.manual_seed(0)
bce, bce_logits = nn.BCELoss(reduction="none"), nn.BCEWithLogitsLoss(reduction="none")
for bound, grid_step in [(6, 0.01), (15, 0.01)]:
    z = torch.arange(-bound, bound + grid_step / 2, grid_step).repeat(5, 1).requires_grad_()
    t = torch.tensor([0.0, 0.3, 0.5, 0.7, 1.0]).unsqueeze(1).expand_as(z)  # soft targets too
    via_sigmoid, direct = bce(torch.sigmoid(z), t), bce_logits(z, t)
    (g_sigmoid,) = torch.autograd.grad(via_sigmoid.sum(), z)
    (g_direct,) = torch.autograd.grad(direct.sum(), z)
    losses_close = torch.allclose(via_sigmoid, direct, rtol=1e-5, atol=1e-6)
    print(f"logits in [-{bound}, {bound}]: losses allclose: {losses_close}, "
          f"largest gradient gap {(g_sigmoid - g_direct).abs().max().item():.1e}")
    assert torch.allclose(g_sigmoid, g_direct, atol=1e-6)  # claim: moderate-grads
    if bound == 6:
        assert losses_close  # claim: moderate-losses

z, t = torch.tensor([10.0]), torch.tensor([0.0])  # past 6 the losses drift apart
a, b = bce(torch.sigmoid(z), t), bce_logits(z, t)
print(f"logit 10, target 0: BCELoss(sigmoid) = {a.item():.8g}, BCEWithLogitsLoss = {b.item():.8g}")
assert not torch.allclose(a, b, rtol=1e-5, atol=1e-6)  # claim: losses-drift
exact = math.log1p(math.exp(10.0))  # about 10.00005
assert abs(b.item() - exact) < 1e-5 and abs(a.item() - 9.99959) < 1e-5  # claim: losses-drift

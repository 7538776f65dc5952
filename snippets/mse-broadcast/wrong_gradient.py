import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
target = torch.randn(4)
output = torch.randn(4, 1, requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)  # the size warning, shown above
    (wrong,) = torch.autograd.grad(nn.MSELoss()(output, target), output)
(right,) = torch.autograd.grad(nn.MSELoss()(output.squeeze(1), target), output)
print("gradient, (4, 1) vs (4,): ", wrong.squeeze(1))
print("gradient after squeeze(1):", right.squeeze(1))
assert not torch.allclose(wrong, right)  # claim: grad-wrong
# Every output is pulled towards the mean of all targets, not towards its own target
assert torch.allclose(wrong.squeeze(1), 2 / 4 * (output.squeeze(1) - target.mean()))  # claim: grad-to-mean
assert torch.allclose(right.squeeze(1), 2 / 4 * (output.squeeze(1) - target))  # claim: grad-right

for n in [4, 7, 100]:  # perfect predictions against the same guess, the mean, for every sample
    t = torch.randn(n, dtype=torch.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        perfect, constant = nn.MSELoss()(t[:, None], t), nn.MSELoss()(t.mean().expand(n, 1), t)
    print(f"n = {n:3}: perfect predictions {perfect.item():.4f}, predicting the mean {constant.item():.4f}")
    assert perfect > 0  # claim: perfect-not-zero
    assert torch.allclose(perfect, 2 * constant)  # claim: mean-beats-perfect

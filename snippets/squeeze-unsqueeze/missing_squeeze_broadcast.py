import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.rand(4, 1)  # a regression head: one output per sample
target = torch.rand(4)
print("(pred - target).shape =", tuple((pred - target).shape))
assert (pred - target).shape == (4, 4)  # every prediction against every target

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.mse_loss(pred, target)
print(f"UserWarning: {caught[0].message}")
assert "different to the input size" in str(caught[0].message)

right = F.mse_loss(pred.squeeze(1), target)  # the fix: (4,) against (4,)
print(f"wrong loss {wrong.item():.4f}, right loss {right.item():.4f}")
assert torch.allclose(right, ((pred[:, 0] - target) ** 2).mean())
assert not torch.allclose(wrong, right)

import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.rand(4, 1)  # a regression head: one output per sample
target = torch.rand(4)
diff = pred - target
print("(pred - target).shape =", tuple(diff.shape))
# claim: broadcast-all-pairs
assert diff.shape == (4, 4) and all(diff[i, j] == pred[i, 0] - target[j] for i in range(4) for j in range(4))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.mse_loss(pred, target)
print(f"UserWarning: {caught[0].message}")
assert "different to the input size" in str(caught[0].message)  # claim: mse-warns
assert wrong.dim() == 0 and torch.allclose(wrong, (diff ** 2).mean())  # claim: mse-returns-broadcast

right = F.mse_loss(pred.squeeze(1), target)  # the fix: (4,) against (4,)
print(f"wrong loss {wrong.item():.4f}, right loss {right.item():.4f}")
assert torch.allclose(right, ((pred[:, 0] - target) ** 2).mean())  # claim: squeeze-fixes-loss
assert not torch.allclose(wrong, right)  # claim: mse-returns-broadcast

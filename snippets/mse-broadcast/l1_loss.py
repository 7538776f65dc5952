import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
output, target = torch.randn(5, 1), torch.randn(5)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.L1Loss()(output, target)
    perfect = nn.L1Loss()(target[:, None], target)             # every prediction exactly right
    median = nn.L1Loss()(target.median().expand(5, 1), target)  # one guess, the median, for all
right = nn.L1Loss()(output.squeeze(1), target)
print(f"{caught[0].category.__name__}: {caught[0].message}")
print(f"L1Loss(output, target) = {wrong.item():.4f}, after squeeze(1) = {right.item():.4f}")
assert issubclass(caught[0].category, UserWarning) and "due to broadcasting" in str(caught[0].message)  # claim: l1-warns
assert str(caught[0].message).startswith("Using a target size (torch.Size([5])) that is different to the input size (torch.Size([5, 1]))")  # claim: l1-warns
# claim: l1-all-pairs
assert torch.allclose(wrong, (output - target[None, :]).abs().mean()) and not torch.isclose(wrong, right)

print(f"broadcast L1 of perfect predictions {perfect.item():.4f}, of predicting the median {median.item():.4f}")
assert median < perfect  # claim: l1-median-beats-perfect

gaps = {}  # the median never does worse than perfect predictions; with two targets they tie
for n in [2, 5, 100]:
    t = torch.randn(n, dtype=torch.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        gaps[n] = (nn.L1Loss()(t[:, None], t) - nn.L1Loss()(t.median().expand(n, 1), t)).item()
print("perfect minus median, for 2, 5 and 100 targets:", [round(g, 4) for g in gaps.values()])
assert all(g > -1e-12 for g in gaps.values()) and abs(gaps[2]) < 1e-12  # claim: l1-median-never-worse

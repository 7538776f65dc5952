import warnings

import torch

torch.manual_seed(0)
counts = torch.tensor([3, 1, 4])  # int64 counts

share = counts.new_zeros(3)  # the bug: int64, like counts
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    share[:] = counts / counts.sum()  # 0.375, 0.125, 0.5 are cut to 0, silently
print("new_zeros(3)             :", share)
assert share.dtype == torch.int64 and (share == 0).all() and not caught  # claim: int-truncates

fixed = counts.new_zeros(3, dtype=torch.float32)  # the fix: say which dtype
fixed[:] = counts / counts.sum()
print("new_zeros(3, dtype=float):", fixed)
assert torch.allclose(fixed, torch.tensor([0.375, 0.125, 0.5]))  # claim: int-fix

try:
    share += 0.5 * counts  # an in-place add at least refuses to round
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "can't be cast to the desired output type Long" in str(error)  # claim: int-inplace-raises
else:
    raise AssertionError("adding floats into an int64 tensor in place should raise")

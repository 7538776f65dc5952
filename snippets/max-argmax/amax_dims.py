import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)

m = x.amax(dim=(0, 2))  # several dims at once, values only
print("amax(dim=(0, 2)):", tuple(m.shape), type(m).__name__)
assert type(m) is torch.Tensor and m.shape == (3,)  # claim: amax-tensor
# claim: amax-merged
assert torch.equal(m, x.permute(1, 0, 2).reshape(3, -1).max(dim=1).values)
assert x.amax(dim=(0, 2), keepdim=True).shape == (1, 3, 1)  # claim: amax-tensor
assert torch.equal(x.amax(dim=1), x.max(dim=1).values)  # claim: amax-one-dim

try:
    x.max(dim=(0, 2))  # max takes one int dim only
except TypeError as error:
    print(f"TypeError: {error}")
    assert "max() received an invalid combination of arguments" in str(error)  # claim: max-no-tuple
else:
    raise AssertionError("max() with a tuple of dims should raise")

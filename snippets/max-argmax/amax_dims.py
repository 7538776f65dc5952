import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)

m = x.amax(dim=(0, 2))  # several dims at once, values only
print("amax(dim=(0, 2)):", tuple(m.shape), type(m).__name__)
assert isinstance(m, torch.Tensor) and m.shape == (3,)
assert torch.equal(m, x.permute(1, 0, 2).reshape(3, -1).max(dim=1).values)  # same as max over the merged dims
assert x.amax(dim=(0, 2), keepdim=True).shape == (1, 3, 1)
assert torch.equal(x.amax(dim=1), x.max(dim=1).values)  # one dim: the values of max(dim)

try:
    x.max(dim=(0, 2))  # max takes one int dim only
except TypeError as error:
    print(f"TypeError: {error}")
    assert "max() received an invalid combination of arguments" in str(error)
else:
    raise AssertionError("max() with a tuple of dims should raise")

import torch

torch.manual_seed(0)
x = torch.rand(2, 3)

out = x.max(dim=1)  # a named tuple: (values, indices)
print(type(out).__name__, "| values:", out.values, "| indices:", out.indices)
values, indices = out  # unpacks like any tuple
assert isinstance(out, tuple) and torch.equal(values, out[0]) and torch.equal(indices, out[1])
assert torch.equal(x[torch.arange(2), indices], values)
assert x.max(dim=1, keepdim=True).values.shape == (2, 1)

whole = x.max()  # no dim: one 0-d tensor, no indices
print("x.max():", whole, "| dim():", whole.dim())
assert isinstance(whole, torch.Tensor) and whole.dim() == 0

try:
    x - x.max(dim=1, keepdim=True)  # the tuple is not a tensor
except TypeError as error:
    print(f"TypeError: {error}")
    assert "unsupported operand type(s) for -: 'Tensor' and 'torch.return_types.max'" in str(error)
else:
    raise AssertionError("arithmetic with the (values, indices) tuple should raise")
assert torch.equal(x - x.max(dim=1, keepdim=True).values, x - x.amax(dim=1, keepdim=True))

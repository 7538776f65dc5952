import torch

torch.manual_seed(0)
x = torch.rand(2, 3)

out = x.max(dim=1)  # a named tuple: (values, indices)
print(type(out).__name__, "| values:", out.values, "| indices:", out.indices)
values, indices = out  # unpacks like any tuple
rows = x.tolist()
assert len(out) == 2 and out.values.tolist() == [max(r) for r in rows] and out.indices.tolist() == [r.index(max(r)) for r in rows]  # claim: max-fields
assert isinstance(out, tuple) and torch.equal(values, out[0]) and torch.equal(indices, out[1])  # claim: max-named-tuple
assert torch.equal(x[torch.arange(2), indices], values)  # claim: indices-give-values
kept = x.max(dim=1, keepdim=True)
assert kept.values.shape == kept.indices.shape == (2, 1)  # claim: keepdim-both

whole = x.max()  # no dim: one 0-d tensor, no indices
print("x.max():", whole, "| dim():", whole.dim())
assert isinstance(whole, torch.Tensor) and not isinstance(whole, tuple) and whole.dim() == 0  # claim: max-no-dim

try:
    x - x.max(dim=1, keepdim=True)  # the tuple is not a tensor
except TypeError as error:
    print(f"TypeError: {error}")
    assert "unsupported operand type(s) for -: 'Tensor' and 'torch.return_types.max'" in str(error)  # claim: tuple-arith-raises
else:
    raise AssertionError("arithmetic with the (values, indices) tuple should raise")
shifted = x - x.amax(dim=1, keepdim=True)
assert torch.equal(x - x.max(dim=1, keepdim=True).values, shifted)  # claim: values-or-amax
assert torch.allclose(shifted.exp() / shifted.exp().sum(dim=1, keepdim=True), torch.softmax(x, dim=1))  # claim: amax-softmax

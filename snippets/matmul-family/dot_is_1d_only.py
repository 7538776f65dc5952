import torch

torch.manual_seed(0)
a, b = torch.rand(5), torch.rand(5)

d = torch.dot(a, b)
print("dot:", d)
assert d.dim() == 0  # claim: dot-0d
assert torch.allclose(d, (a * b).sum())  # claim: dot-equals-sum
assert torch.allclose(d, torch.einsum("i,i->", a, b))  # claim: dot-equals-sum

try:
    torch.dot(torch.rand(2, 3), torch.rand(2, 3))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "1D tensors expected" in str(error)  # claim: dot-1d-only
else:
    raise AssertionError("dot() on 2-D tensors should raise")

try:
    torch.dot(torch.rand(3), torch.rand(4))  # the lengths must match; nothing broadcasts
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "inconsistent tensor size" in str(error)  # claim: dot-same-length
else:
    raise AssertionError("dot() on vectors of different lengths should raise")

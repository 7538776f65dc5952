import torch

torch.manual_seed(0)
a, b = torch.rand(5), torch.rand(5)

d = torch.dot(a, b)
print("dot:", d)
assert d.dim() == 0
assert torch.allclose(d, (a * b).sum())
assert torch.allclose(d, torch.einsum("i,i->", a, b))

try:
    torch.dot(torch.rand(2, 3), torch.rand(2, 3))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "1D tensors expected" in str(error)
else:
    raise AssertionError("dot() on 2-D tensors should raise")

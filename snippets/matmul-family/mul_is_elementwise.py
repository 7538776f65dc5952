import torch

torch.manual_seed(0)
a = torch.rand(3, 1)
b = torch.rand(1, 4)

prod = a * b  # elementwise; (3, 1) and (1, 4) broadcast to (3, 4)
print("a * b:", tuple(prod.shape))
assert prod.shape == (3, 4)  # claim: mul-broadcasts
assert torch.equal(prod, torch.mul(a, b))  # claim: star-is-mul
assert torch.equal(prod[2, 1], a[2, 0] * b[0, 1])  # claim: mul-elementwise

try:
    torch.rand(3) * torch.rand(4)  # 3 and 4 cannot broadcast
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must match the size of tensor b" in str(error)  # claim: mul-shape-error
else:
    raise AssertionError("* on shapes (3,) and (4,) should raise")

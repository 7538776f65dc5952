import torch

torch.manual_seed(0)
a = torch.rand(3, 1)
b = torch.rand(4)

m = torch.maximum(a, b)  # elementwise; (3, 1) and (4,) broadcast to (3, 4)
print("maximum((3, 1), (4,)):", tuple(m.shape))
assert m.shape == (3, 4)  # claim: maximum-broadcasts
assert torch.equal(m, torch.where(a >= b, a, b))  # claim: maximum-elementwise
assert torch.equal(torch.max(a, b), m)  # claim: max-two-is-maximum

try:
    torch.maximum(a, 0.5)  # a Python number is not accepted
except TypeError as error:
    print(f"TypeError: {error}")
    assert "must be Tensor, not float" in str(error)  # claim: maximum-no-number
else:
    raise AssertionError("maximum() with a Python float should raise")
assert torch.equal(a.clamp(min=0.5), torch.maximum(a, torch.tensor(0.5)))  # claim: clamp-or-0d

import torch

torch.manual_seed(0)
a = torch.rand(3, 1)
b = torch.rand(4)

m = torch.maximum(a, b)  # elementwise; (3, 1) and (4,) broadcast to (3, 4)
print("maximum((3, 1), (4,)):", tuple(m.shape))
assert m.shape == (3, 4)
assert torch.equal(m[2, 1], torch.max(a[2, 0], b[1]))
assert torch.equal(torch.max(a, b), m)  # torch.max with a second tensor is maximum

try:
    torch.maximum(a, 0.5)  # a Python number is not accepted
except TypeError as error:
    print(f"TypeError: {error}")
    assert "must be Tensor, not float" in str(error)
else:
    raise AssertionError("maximum() with a Python float should raise")
assert torch.equal(a.clamp(min=0.5), torch.maximum(a, torch.tensor(0.5)))  # two ways that work

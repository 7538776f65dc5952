import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for the backward pass
y += 1           # allowed now: y is not a leaf...
print("y._version =", y._version)

try:
    y.sum().backward()  # ...but backward finds y changed since it was saved
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)
else:
    raise AssertionError("backward() should raise after the in-place add")

y = x.sigmoid()
z = y + 1  # out of place: the saved y is untouched
z.sum().backward()
print("x.grad =", x.grad)
assert torch.allclose(x.grad, y * (1 - y))

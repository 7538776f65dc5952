import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for the backward pass
assert y.grad_fn._saved_result.data_ptr() == y.data_ptr() and y._version == 0  # claim: sigmoid-saves-output
y += 1           # allowed now: y is not a leaf...
assert not y.is_leaf and y.grad_fn is not None  # claim: nonleaf-accepted
print("y._version =", y._version)
assert y._version == 1  # claim: version-bumped

try:
    y.sum().backward()  # ...but backward finds y changed since it was saved
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)  # claim: backward-refuses
else:
    raise AssertionError("backward() should raise after the in-place add")

y = x.sigmoid()
z = y + 1  # out of place: the saved y is untouched
z.sum().backward()
print("x.grad =", x.grad)
assert y._version == 0  # claim: outofplace-saved-untouched
assert torch.allclose(x.grad, y * (1 - y))  # claim: outofplace-grad-right

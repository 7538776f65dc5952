import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for backward
print("version of y before:", y._version)
assert y._version == 0 and torch.equal(y.grad_fn._saved_result, y)  # claim: sigmoid-saves

y.detach().zero_()  # bumps the version counter shared with y
print("version of y after: ", y._version)
assert y._version == 1  # claim: shared-version

try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)  # claim: backward-raises
else:
    raise AssertionError("backward() should raise after the in-place write")

y = x.sigmoid()
y.detach().clone().zero_()  # the fix: change a copy, not the saved tensor
y.sum().backward()
print("with detach().clone(): version", y._version, "| backward() works")
assert y._version == 0 and x.grad is not None  # claim: clone-safe

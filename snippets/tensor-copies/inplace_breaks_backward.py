import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for backward
print("version of y before:", y._version)

y.detach().zero_()  # bumps the version counter shared with y
print("version of y after: ", y._version)
assert y._version == 1

try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)
else:
    raise AssertionError("backward() should raise after the in-place write")

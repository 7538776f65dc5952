import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)

# Bug: x.size without () is the method itself, and comparing it is silently False
print("x.size == (2, 3, 4):", x.size == (2, 3, 4))
assert callable(x.size) and not (x.size == (2, 3, 4))  # claim: size-no-parens-false
try:
    x.size[0]
except TypeError as error:
    print(f"x.size[0]: TypeError: {error}")
    assert "is not subscriptable" in str(error)  # claim: size-no-parens-index
else:
    raise AssertionError("indexing the method should raise")
try:
    x.shape()  # the other way round: shape is not a method
except TypeError as error:
    print(f"x.shape(): TypeError: {error}")
    assert str(error) == "'torch.Size' object is not callable"  # claim: shape-not-callable
else:
    raise AssertionError("calling shape should raise")

# Fix: call size(), or use shape without ()
assert x.size() == (2, 3, 4) and x.shape == (2, 3, 4) and x.size()[0] == x.shape[0] == 2  # claim: fix-works

import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
try:
    x.size(3)
except IndexError as error:
    print(f"x.size(3):  IndexError: {error}")
    assert "Dimension out of range (expected to be in range of [-3, 2], but got 3)" in str(error)  # claim: size-out-of-range
else:
    raise AssertionError("size(3) of a 3-d tensor should raise")
try:
    x.shape[3]
except IndexError as error:
    print(f"x.shape[3]: IndexError: {error}")
    assert str(error) == "tuple index out of range"  # claim: shape-out-of-range
else:
    raise AssertionError("shape[3] of a 3-d tensor should raise")
try:
    x.shape = (4, 3, 2)  # shape is read-only: use reshape or view
except AttributeError as error:
    print(f"AttributeError: {error}")
    assert "is not writable" in str(error)  # claim: shape-read-only
else:
    raise AssertionError("assigning to shape should raise")

import torch

torch.manual_seed(0)
x = torch.rand(2, 1, 3)
print("x.squeeze(0).shape =", tuple(x.squeeze(0).shape), " (dim 0 has size 2)")
print("x.squeeze(1).shape =", tuple(x.squeeze(1).shape))
assert x.squeeze(0).shape == (2, 1, 3)  # claim: squeeze-noop
assert x.squeeze(1).shape == (2, 3)  # claim: squeeze-dim-drops
assert x.squeeze(1)._base is x and x.squeeze(1).data_ptr() == x.data_ptr()  # claim: squeeze-view
try:
    x.squeeze(3)  # a dim that does not exist is an error, not a no-op
except IndexError as error:
    print(f"x.squeeze(3): IndexError: {error}")
    assert "Dimension out of range" in str(error)  # claim: squeeze-bad-dim
else:
    raise AssertionError("squeeze() on a dimension that does not exist should raise")

y = torch.rand(1, 3, 1)
print("y.squeeze().shape =", tuple(y.squeeze().shape))
print("y.squeeze((0, 2)).shape =", tuple(y.squeeze((0, 2)).shape))
assert y.squeeze().shape == y.squeeze((0, 2)).shape == (3,)  # claim: squeeze-all, squeeze-tuple
assert "versionchanged:: 2.0" in torch.squeeze.__doc__ and "accepts tuples" in torch.squeeze.__doc__  # claim: tuple-since-2

import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
print(x.size(), x.shape, type(x.shape).__mro__)
assert x.size() == x.shape and type(x.size()) is type(x.shape) is torch.Size  # claim: same-size
assert isinstance(x.shape, tuple)  # claim: size-is-tuple
assert x.size() is not x.shape and x.shape is not x.shape  # claim: new-object

# One dim: size(d) and shape[d] give the same plain int, negative d included
for d in (0, 1, 2, -1, -3):
    assert x.size(d) == x.shape[d] and type(x.size(d)) is type(x.shape[d]) is int  # claim: size-d-shape-d
assert x.size(dim=1) == 3  # claim: size-dim-keyword

# Compared with plain Python values
print("x.shape == (2, 3, 4):", x.shape == (2, 3, 4), "  x.shape == [2, 3, 4]:", x.shape == [2, 3, 4])
assert x.shape == (2, 3, 4) and (2, 3, 4) == x.shape  # claim: equals-tuple
assert x.shape != [2, 3, 4]  # claim: not-list
assert list(x.shape) == [2, 3, 4]  # claim: not-list
# Slicing it or adding a tuple keeps the type
print(repr(x.shape[1:]), repr(x.shape + (5,)))
assert type(x.shape[1:]) is torch.Size and type(x.shape + (5,)) is torch.Size  # claim: slices-stay-size

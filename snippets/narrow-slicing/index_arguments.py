import torch

torch.manual_seed(0)
x = torch.rand(4, 5)
idx = torch.tensor([1, 2, 3])

try:
    x.narrow(1, idx, 3)  # narrow takes a start and a length, not a list of indices
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "start must be an 0-dim integral Tensor" in str(error)  # claim: narrow-no-index
else:
    raise AssertionError("narrow() with an index tensor should raise")
assert torch.equal(x.narrow(1, torch.tensor(1), 3), x[:, 1:4])  # claim: narrow-zero-dim-start

try:
    x.index_select(1, [1, 2, 3])  # index_select wants a tensor, not a list
except TypeError as error:
    print(f"TypeError: {error}")
    assert "must be Tensor, not list" in str(error)  # claim: index-select-list
else:
    raise AssertionError("index_select() with a list should raise")

try:
    x.index_select(1, torch.tensor([1.0, 2.0]))  # ...and an integer one: int64 or int32
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Expected dtype int32 or int64 for index" in str(error)  # claim: index-select-int
else:
    raise AssertionError("index_select() with float indices should raise")
assert x.index_select(1, idx.int()).shape == (4, 3)  # claim: index-select-int

assert torch.equal(x[:, [1, 2, 3]], x[:, idx])  # claim: brackets-take-both

import torch

torch.manual_seed(0)
x = torch.rand(4, 5)
idx = torch.tensor([1, 2, 3])

try:
    x.narrow(1, idx, 3)  # narrow takes a start and a length, not a list of indices
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "start must be an 0-dim integral Tensor" in str(error)
else:
    raise AssertionError("narrow() with an index tensor should raise")

try:
    x.index_select(1, [1, 2, 3])  # index_select wants a tensor, not a list
except TypeError as error:
    print(f"TypeError: {error}")
    assert "must be Tensor, not list" in str(error)
else:
    raise AssertionError("index_select() with a list should raise")

assert torch.equal(x.narrow(1, torch.tensor(1), 3), x[:, 1:4])  # a 0-dim start is fine

import torch

torch.manual_seed(0)
x = torch.tensor([[1], [2]])  # shape (2, 1)
print("x.expand(2, 3) =", x.expand(2, 3).tolist())
print("x.repeat(1, 3) =", x.repeat(1, 3).tolist())
assert torch.equal(x.expand(2, 3), x.repeat(1, 3))  # claim: sizes-vs-counts
assert torch.equal(x.expand(-1, 3), x.expand(2, 3))  # claim: minus-one-keeps
assert x.repeat(2, 3).shape == (4, 3)  # claim: repeat-any-size
assert x.expand(2, 1).shape == (2, 1)  # claim: expand-same-size-ok

try:
    torch.tensor([1, 2]).expand(4)  # a dim of size 2 cannot be stretched
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must match the existing size" in str(error)  # claim: expand-only-size-one
else:
    raise AssertionError("expanding a dim of size 2 should raise")
print("repeat(2) instead:", torch.tensor([1, 2]).repeat(2).tolist())
assert torch.tensor([1, 2]).repeat(2).tolist() == [1, 2, 1, 2]  # claim: repeat-any-size

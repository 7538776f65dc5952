import torch

torch.manual_seed(0)
x = torch.tensor([[1], [2]])  # shape (2, 1)
print("x.expand(2, 3) =", x.expand(2, 3).tolist())
print("x.repeat(1, 3) =", x.repeat(1, 3).tolist())
assert torch.equal(x.expand(2, 3), x.repeat(1, 3))   # expand takes sizes, repeat takes counts
assert torch.equal(x.expand(-1, 3), x.expand(2, 3))  # -1 keeps that dim as it is
assert x.repeat(2, 3).shape == (4, 3)                # repeat can grow any dim

try:
    torch.tensor([1, 2]).expand(4)  # expand only stretches dims of size 1
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must match the existing size" in str(error)
else:
    raise AssertionError("expanding a dim of size 2 should raise")
print("repeat(2) instead:", torch.tensor([1, 2]).repeat(2).tolist())

import torch

torch.manual_seed(0)
x = torch.zeros(2, 1)
e = x.expand(2, 3)  # each row is one memory location, seen three times

try:
    e.add_(1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "single memory location" in str(error)
else:
    raise AssertionError("an in-place op on an expanded tensor should raise")
assert torch.equal(x, torch.zeros(2, 1))  # nothing was written

e[0, 0] = 5.0  # an indexed assignment does not raise...
print("e =", e)
print("x =", x)
assert e[0].tolist() == [5.0, 5.0, 5.0] and x[0, 0].item() == 5.0  # ...a whole row changed, in x too

safe = x.expand(2, 3).clone()  # the fix: materialise first, then write
safe[1, 0] = 7.0
assert safe[1].tolist() == [7.0, 0.0, 0.0] and x[1, 0].item() == 0.0

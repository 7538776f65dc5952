import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0])
print("equal(x, x.clone()):       ", torch.equal(x, x.clone()))
print("equal(x, x.reshape(1, 3)): ", torch.equal(x, x.reshape(1, 3)))
print("equal(x, x[:2]):           ", torch.equal(x, x[:2]))
assert torch.equal(x, x.clone()) is True  # claim: equal-python-bool
assert torch.equal(x, x.reshape(1, 3)) is False and torch.equal(x, x[:2]) is False  # claim: equal-shape-false

# The dtype is not compared: int64 [1, 2, 3] "equals" float32 [1., 2., 3.]
print("equal(int64, float32):     ", torch.equal(x.long(), x))
assert torch.equal(x.long(), x) and torch.equal(x.double(), x)  # claim: equal-ignores-dtype
# claim: equal-ignores-dtype
assert "does not differentiate between the data types" in " ".join(torch.equal.__doc__.split())
# ... but the values are: float32(0.1) and float64(0.1) are different numbers
tenth32, tenth64 = torch.tensor([0.1]), torch.tensor([0.1], dtype=torch.float64)
print("equal(0.1 f32, 0.1 f64):   ", torch.equal(tenth32, tenth64), "|", f"{tenth32.item():.17f} vs {tenth64.item():.17f}")
assert not torch.equal(tenth32, tenth64) and tenth32.item() != tenth64.item()  # claim: equal-compares-values

# Same as all() of ==, but only when the shapes match
nan = torch.tensor([1.0, float("nan"), 3.0])
for other in [x.clone(), torch.tensor([1.0, 5.0, 3.0]), x.long(), nan]:  # same shape as x
    assert torch.equal(x, other) == (x == other).all().item()  # claim: equal-is-all-eq
assert (x == x.reshape(1, 3)).all().item() and not torch.equal(x, x.reshape(1, 3))  # claim: equal-is-all-eq

import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
m = x > 0

positions = torch.where(m)  # one argument: the coordinates of the True elements
print("torch.where(m):", positions)
assert isinstance(positions, tuple) and len(positions) == x.dim()
for a, b in zip(positions, m.nonzero(as_tuple=True)):
    assert torch.equal(a, b)
assert torch.equal(x[positions], x[m])  # indexing with the tuple picks the same values

import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
m = x > 0

positions = torch.where(m)  # one argument: the coordinates of the True elements
print("torch.where(m):", positions)
assert isinstance(positions, tuple) and len(positions) == x.dim()  # claim: where-one-tuple
assert all(torch.equal(a, b) for a, b in zip(positions, m.nonzero(as_tuple=True)))  # claim: where-is-nonzero
assert m.nonzero().shape == (int(m.sum()), x.dim())  # claim: nonzero-coords
assert torch.equal(x[positions], x[m])  # claim: where-one-index

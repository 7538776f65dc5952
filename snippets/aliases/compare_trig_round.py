import torch

torch.manual_seed(0)
x, y = torch.randn(5), torch.randn(5)
print("greater:", torch.greater(x, y))
assert torch.equal(torch.greater(x, y), torch.gt(x, y)) and torch.equal(x.greater(y), x > y)  # claim: greater-gt

u = torch.linspace(-1, 1, 5)
print("arccos :", torch.arccos(u))
assert torch.equal(torch.arccos(u), torch.acos(u))  # claim: arccos-same

v = torch.tensor([-1.7, -0.5, 0.5, 1.7])
print("fix    :", torch.fix(v), "| floor:", torch.floor(v))
assert torch.equal(torch.fix(v), torch.trunc(v))  # claim: fix-trunc
assert torch.fix(v)[0] == -1 and torch.floor(v)[0] == -2  # claim: fix-toward-zero
pos, neg = v[v > 0], v[v < 0]
assert torch.equal(torch.fix(pos), torch.floor(pos))  # claim: fix-floor-positive
assert (torch.fix(neg) != torch.floor(neg)).all()  # claim: fix-not-floor
a, b = v.clone(), v.clone()
assert torch.equal(a.fix_(), b.trunc_()) and torch.equal(a, torch.trunc(v))  # claim: inplace-same

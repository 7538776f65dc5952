import torch

torch.manual_seed(0)
k = torch.randint(0, 5, (100_000,))  # integers in [0, 5): 5 itself is excluded
counts = torch.bincount(k)
print("randint(0, 5) values:", k.unique().tolist(), "| counts:", counts.tolist())
assert k.unique().tolist() == [0, 1, 2, 3, 4]  # claim: randint-half-open
assert ((counts - 20_000).abs() < 1_000).all()  # claim: randint-uniform
assert k.unique().numel() < k.numel()  # claim: randint-repeats

p = torch.randperm(10)  # each of 0..9 exactly once, in random order
print("randperm(10):", p.tolist())
assert torch.equal(p.sort().values, torch.arange(10))  # claim: randperm-once
assert not torch.equal(p, torch.arange(10))  # claim: randperm-shuffled

x, y = torch.arange(10) * 10, torch.arange(10)  # row i of x belongs to row i of y
order = torch.randperm(10)
picks = torch.randint(0, 10, (10,))
print("randperm rows:", order.tolist(), "| randint rows:", picks.tolist())
# claim: same-index-pairs
assert torch.equal(x[order], y[order] * 10) and torch.equal(x[picks], y[picks] * 10)
assert order.unique().numel() == 10  # claim: randperm-every-row
assert picks.unique().numel() < 10  # claim: randint-drops-rows

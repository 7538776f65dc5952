import torch

torch.manual_seed(0)
k = torch.randint(0, 5, (100_000,))  # integers in [0, 5): 5 itself is excluded
print("randint(0, 5) values:", k.unique().tolist())
assert k.unique().tolist() == [0, 1, 2, 3, 4]

p = torch.randperm(10)  # each of 0..9 exactly once, in random order
print("randperm(10):", p.tolist())
assert torch.equal(p.sort().values, torch.arange(10))  # sorted, it is arange
assert p.dtype == torch.int64

# randperm shuffles two tensors the same way; randint indices would repeat some rows
x, y = torch.arange(10) * 10, torch.arange(10)
order = torch.randperm(10)
x_shuffled, y_shuffled = x[order], y[order]
assert torch.equal(x_shuffled, y_shuffled * 10)  # pairs stay together
print("x shuffled:", x_shuffled.tolist())

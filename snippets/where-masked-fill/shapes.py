import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
m = x > 0

kept = torch.where(m, x, 0.0)     # picks per position from x or 0.0
filled = x.masked_fill(~m, 0.0)  # writes 0.0 where the mask is True
picked = x[m]                    # only the selected values, in row-major order
print("where:      ", tuple(kept.shape))
print("masked_fill:", tuple(filled.shape))
print("x[m]:       ", tuple(picked.shape), "=", int(m.sum()), "selected values")
assert kept.shape == filled.shape == x.shape and torch.equal(kept, filled)  # claim: where-equals-fill
assert picked.dim() == 1 and picked.numel() == m.sum()  # claim: index-1d
assert torch.equal(picked, x.flatten()[m.flatten()])  # claim: index-1d

# where broadcasts its three arguments: here a (3, 1) condition picks whole rows
rows = torch.tensor([[True], [False], [True]])
print("where((3, 1), x, (4,)):", tuple(torch.where(rows, x, torch.zeros(4)).shape))
chosen = torch.where(rows, x, torch.zeros(4))
assert torch.equal(chosen[1], torch.zeros(4)) and torch.equal(chosen[::2], x[::2])  # claim: where-broadcasts

print("x[rows[:, 0]]:", tuple(x[rows[:, 0]].shape), "| zeros(4).masked_fill((2, 4) mask):", tuple(torch.zeros(4).masked_fill(m[:2], 1.0).shape))
assert x[rows[:, 0]].shape == (2, 4)  # claim: index-leading-dims
assert torch.zeros(4).masked_fill(m[:2], 1.0).shape == (2, 4)  # claim: fill-broadcasts

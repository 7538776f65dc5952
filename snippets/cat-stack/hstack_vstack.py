import torch

torch.manual_seed(0)
a, b = torch.rand(3), torch.rand(3)
A, B = torch.rand(2, 3), torch.rand(2, 3)

# hstack: dim 0 for 1-D inputs, dim 1 for anything with two or more dims
print("hstack 1-D:", tuple(torch.hstack([a, b]).shape))
print("hstack 2-D:", tuple(torch.hstack([A, B]).shape))
assert torch.equal(torch.hstack([a, b]), torch.cat([a, b], dim=0))
assert torch.equal(torch.hstack([A, B]), torch.cat([A, B], dim=1))

# vstack: each 1-D input becomes a row; 2-D inputs are joined along dim 0
rows = torch.vstack([a, b])
print("vstack 1-D:", tuple(rows.shape))
print("vstack 2-D:", tuple(torch.vstack([A, B]).shape))
assert torch.equal(rows[0], a) and torch.equal(rows[1], b)
assert torch.equal(rows, torch.stack([a, b]))
assert torch.equal(torch.vstack([A, B]), torch.cat([A, B], dim=0))

import torch

torch.manual_seed(0)
a, b = torch.rand(3), torch.rand(3)
A, B = torch.rand(2, 3), torch.rand(2, 3)

# hstack: dim 0 for 0-D and 1-D inputs, dim 1 for anything with two or more dims
print("hstack 1-D:", tuple(torch.hstack([a, b]).shape))
print("hstack 2-D:", tuple(torch.hstack([A, B]).shape))
assert torch.equal(torch.hstack([a, b]), torch.cat([a, b], dim=0))  # claim: hstack-1d
assert torch.equal(torch.hstack([A, B]), torch.cat([A, B], dim=1))  # claim: hstack-2d
C = torch.rand(2, 3, 4)
assert torch.equal(torch.hstack([C, C]), torch.cat([C, C], dim=1))  # claim: hstack-2d
# the docstring says "second axis for all other tensors"; 0-D tensors have no second axis
assert "along the second axis for all other tensors" in " ".join(torch.hstack.__doc__.split())  # claim: hstack-doc
s, t = torch.tensor(1.0), torch.tensor(2.0)  # 0-D: joined along dim 0
print("hstack 0-D:", tuple(torch.hstack([s, t]).shape))
assert torch.hstack([s, t]).shape == (2,)  # claim: hstack-0d

# vstack: each 1-D input becomes a row; 2-D inputs are joined along dim 0
rows = torch.vstack([a, b])
print("vstack 1-D:", tuple(rows.shape))
print("vstack 2-D:", tuple(torch.vstack([A, B]).shape))
assert torch.equal(rows[0], a) and torch.equal(rows[1], b)  # claim: vstack-rows
assert torch.equal(rows, torch.stack([a, b]))  # claim: vstack-rows
assert torch.equal(torch.vstack([A, B]), torch.cat([A, B], dim=0))  # claim: vstack-2d

import torch

torch.manual_seed(0)
a, b = torch.randn(2, 3), torch.randn(4, 3)
joined = torch.cat([a, b])  # dim=0 by default, for all three names
print("cat:", tuple(joined.shape))
assert joined.shape == (6, 3)  # claim: concat-dim0
assert torch.equal(torch.concat([a, b]), joined) and torch.equal(torch.concatenate([a, b]), joined)  # claim: concat-dim0

wide = torch.cat([a, a], dim=1)
assert torch.equal(torch.concat((a, a), dim=-1), wide)  # claim: concat-other-dims
assert torch.equal(torch.concatenate([a, a], dim=1), wide)  # claim: concat-other-dims
# claim: concat-axis
assert torch.equal(torch.concatenate([a, a], axis=1), wide) and torch.equal(torch.cat([a, a], axis=1), wide)
print("concatenate(axis=1):", tuple(torch.concatenate([a, a], axis=1).shape))

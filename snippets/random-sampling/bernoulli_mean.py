import torch

torch.manual_seed(0)
p = torch.tensor([0.1, 0.5, 0.9])  # one probability per column
coins = torch.bernoulli(p.expand(1_000_000, 3))  # each element is 1 with its own p

print("values:", coins.unique().tolist(), "| shape:", tuple(coins.shape), "| dtype:", coins.dtype)
print("mean per column:", [round(v, 4) for v in coins.mean(dim=0).tolist()])
assert coins.unique().tolist() == [0.0, 1.0] and coins.shape == (1_000_000, 3)  # claim: bernoulli-zero-one
assert (coins.mean(dim=0) - p).abs().max() < 0.005  # claim: bernoulli-mean
assert coins.dtype == p.dtype  # claim: bernoulli-keeps-dtype
assert torch.bernoulli(p.double()).dtype == torch.float64  # claim: bernoulli-keeps-dtype

mask = torch.empty(2, 4).bernoulli_(0.5)  # in place, one p for every element
print(mask)
assert set(mask.unique().tolist()) <= {0.0, 1.0}  # claim: inplace-float-p
big = torch.empty(1_000_000).bernoulli_(0.5)
assert abs(big.mean().item() - 0.5) < 0.005  # claim: inplace-float-p
cols = torch.empty(1_000_000, 3).bernoulli_(p)  # or a tensor of probabilities
assert (cols.mean(dim=0) - p).abs().max() < 0.005  # claim: inplace-tensor-p

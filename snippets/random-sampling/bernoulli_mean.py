import torch

torch.manual_seed(0)
p = torch.tensor([0.1, 0.5, 0.9])  # one probability per column
coins = torch.bernoulli(p.expand(1_000_000, 3))  # each element is 1 with its own p

print("values:", coins.unique().tolist(), "| dtype:", coins.dtype)
print("mean per column:", [round(v, 4) for v in coins.mean(dim=0).tolist()])
assert coins.unique().tolist() == [0.0, 1.0]
assert coins.dtype == p.dtype  # float, like the probabilities
assert (coins.mean(dim=0) - p).abs().max() < 0.005

mask = torch.empty(2, 4).bernoulli_(0.5)  # the in-place form takes one p for all
print(mask)
assert set(mask.unique().tolist()) <= {0.0, 1.0}

import torch

torch.manual_seed(0)
weights = torch.tensor([2.0, 0.0, 6.0, 12.0])  # sums to 20, not 1
n = 1_000_000
draws = torch.multinomial(weights, n, replacement=True)

share = torch.bincount(draws, minlength=4) / n
target = weights / weights.sum()
print("measured share:", [round(v, 4) for v in share.tolist()])
print("weights / sum  :", [round(v, 4) for v in target.tolist()])
assert (share - target).abs().max() < 0.005  # only the proportions matter
assert share[1] == 0  # a zero weight is never drawn
assert draws.dtype == torch.int64

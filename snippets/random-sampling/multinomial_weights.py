import torch

torch.manual_seed(0)
weights = torch.tensor([2.0, 0.0, 6.0, 12.0])  # sums to 20, not 1
n = 1_000_000
draws = torch.multinomial(weights, n, replacement=True)

share = torch.bincount(draws, minlength=4) / n
target = weights / weights.sum()
print("measured share:", [round(v, 4) for v in share.tolist()])
print("weights / sum  :", [round(v, 4) for v in target.tolist()])
assert (share - target).abs().max() < 0.005  # claim: share-matches-weights
assert share[1] == 0  # claim: zero-never-drawn

torch.manual_seed(1)
a = torch.multinomial(weights, 1_000, replacement=True)
torch.manual_seed(1)
b = torch.multinomial(weights * 50, 1_000, replacement=True)  # same proportions, other scale
print("weights and weights * 50 give the same draws:", torch.equal(a, b))
assert torch.equal(a, b)  # claim: only-proportions

for bad, message in (([1.0, -1.0, 2.0], "element < 0"), ([0.0, 0.0, 0.0], "sum of probabilities <= 0")):
    try:
        torch.multinomial(torch.tensor(bad), 1)
    except RuntimeError as error:
        print(f"{bad}: RuntimeError: {error}")
        assert message in str(error)  # claim: bad-weights-raise
    else:
        raise AssertionError(f"multinomial accepted weights {bad}")

import torch

torch.manual_seed(0)
weights = torch.tensor([5.0, 1.0, 1.0, 1.0])
draws = torch.multinomial(weights.expand(10_000, 4), 3)  # 10,000 rows of 3 draws each
print("first rows:", draws[:4].tolist())
repeats = (draws.sort(dim=1).values.diff(dim=1) == 0).any(dim=1)
print("rows with a repeated index:", int(repeats.sum()))
assert not repeats.any()  # replacement=False, the default: never the same index twice

everything = torch.multinomial(weights, 4)  # as many draws as categories: a weighted permutation
assert torch.equal(everything.sort().values, torch.arange(4))

try:
    torch.multinomial(weights, 5)  # 5 distinct indices out of 4 categories
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "cannot sample n_sample > prob_dist.size(-1) samples without replacement" in str(error)
else:
    raise AssertionError("multinomial without replacement gave more samples than categories")

import torch

torch.manual_seed(0)
weights = torch.tensor([5.0, 1.0, 1.0, 1.0])
draws = torch.multinomial(weights.expand(10_000, 4), 3)  # 10,000 rows of 3 draws each
print("first rows:", draws[:4].tolist())
assert draws.shape == (10_000, 3) and draws.min() >= 0 and draws.max() < 4  # claim: k-indices
repeats = (draws.sort(dim=1).values.diff(dim=1) == 0).any(dim=1)
print("rows with a repeated index:", int(repeats.sum()))
assert not repeats.any()  # claim: default-no-replacement

everything = torch.multinomial(weights.expand(1_000, 4), 4)  # as many draws as categories
assert (everything.sort(dim=1).values == torch.arange(4)).all()  # claim: all-once
orders = everything.unique(dim=0).shape[0]
print("distinct orders in 1,000 full draws:", orders)
assert orders > 1  # claim: all-once-random-order

try:
    torch.multinomial(weights, 5)  # 5 distinct indices out of 4 categories
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "cannot sample n_sample > prob_dist.size(-1) samples without replacement" in str(error)  # claim: too-many-raises
else:
    raise AssertionError("multinomial without replacement gave more samples than categories")

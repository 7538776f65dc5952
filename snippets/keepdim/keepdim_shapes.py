import torch

torch.manual_seed(0)
x = torch.rand(2, 3)

row_sums = x.sum(dim=1)                  # (2,): dim 1 is gone
kept = x.sum(dim=1, keepdim=True)        # (2, 1): dim 1 stays, with size 1
print("sum(dim=1):              ", tuple(row_sums.shape))
print("sum(dim=1, keepdim=True):", tuple(kept.shape))
assert row_sums.shape == (2,) and kept.shape == (2, 1)  # claim: keepdim-shape
assert torch.equal(kept.squeeze(1), row_sums)  # claim: same-numbers

values, indices = x.max(dim=1, keepdim=True)  # max applies it to both outputs
assert values.shape == indices.shape == (2, 1)  # claim: max-both-outputs
assert torch.equal(values.squeeze(1), x.max(dim=1).values)  # claim: same-numbers
assert x.mean(dim=1, keepdim=True).shape == (2, 1) and x.mean(dim=1).shape == (2,)  # claim: mean-same

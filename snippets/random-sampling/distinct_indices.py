import torch

torch.manual_seed(0)
n, k, trials = 20, 2, 50_000  # pick k of n indices, 50,000 times each way
picks = {
    "randperm": torch.stack([torch.randperm(n)[:k] for _ in range(trials)]),
    "multinomial": torch.multinomial(torch.ones(trials, n), k),  # one row per trial
}
for name, idx in picks.items():
    distinct = (idx[:, 0] != idx[:, 1]).all().item()
    chance = torch.bincount(idx.flatten(), minlength=n) / trials  # share of trials picking each index
    print(f"{name:11}: k distinct in every trial: {distinct}; each index picked in "
          f"{chance.min():.3f} to {chance.max():.3f} of the trials (k / n = {k / n})")
    assert distinct  # claim: both-distinct
    assert (chance - k / n).abs().max() < 0.01  # claim: both-equal-chances

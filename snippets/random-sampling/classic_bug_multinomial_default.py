import torch

torch.manual_seed(0)
probs = torch.tensor([0.8, 0.1, 0.1])  # category 0 should come up 80% of the time
n = 3

wrong = torch.multinomial(probs.expand(100_000, 3), n)  # meant: 3 independent draws per row
right = torch.multinomial(probs.expand(100_000, 3), n, replacement=True)
share_wrong = (wrong == 0).float().mean().item()
share_right = (right == 0).float().mean().item()
print(f"share of category 0, default        : {share_wrong:.4f}")
print(f"share of category 0, replacement=True: {share_right:.4f}")

assert "multinomial(input, num_samples, replacement=False," in torch.multinomial.__doc__  # claim: default-replacement-false
assert wrong.shape == (100_000, 3)  # claim: bug-no-error
assert (wrong.sort(dim=1).values == torch.arange(3)).all()  # claim: bug-each-once
assert (wrong == 0).sum() == 100_000  # claim: bug-one-third
assert abs(share_right - 0.8) < 0.005  # claim: fix-share
all_zero = (right == 0).all(dim=1).float().mean().item()  # rows drawing category 0 three times
print(f"rows that are all category 0, replacement=True: {all_zero:.4f}")
assert abs(all_zero - 0.8**3) < 0.01  # claim: fix-independent

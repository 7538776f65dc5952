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

assert abs(share_wrong - 1 / 3) < 1e-6  # each row is a permutation of 0, 1, 2
assert abs(share_right - 0.8) < 0.005

import torch

torch.manual_seed(0)
z = torch.randn(1_000_000)  # standard normal N(0, 1)

print(f"mean = {z.mean().item():.4f}   (theory 0)")
print(f"std  = {z.std().item():.4f}   (theory 1)")
print(f"min  = {z.min().item():.2f}, max = {z.max().item():.2f}")
print(f"share below 0: {(z < 0).float().mean().item():.4f}")

assert abs(z.mean().item()) < 0.005 and abs(z.std().item() - 1) < 0.005  # claim: randn-moments
assert z.min() < -1 and z.max() > 1  # claim: randn-unbounded
assert abs((z < 0).float().mean().item() - 0.5) < 0.005  # claim: randn-half-negative

import torch

torch.manual_seed(0)
x = torch.rand(1_000_000)  # uniform on [0, 1)

print(f"min  = {x.min().item():.3g}")
print(f"max  = {x.max().item():.6f}")
print(f"mean = {x.mean().item():.4f}   (theory 0.5)")
print(f"var  = {x.var().item():.4f}   (theory 1/12 = {1 / 12:.4f})")

assert x.min() >= 0 and x.max() < 1  # half-open: 1 is excluded
assert abs(x.mean().item() - 0.5) < 0.005
assert abs(x.var().item() - 1 / 12) < 0.002

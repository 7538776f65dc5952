import torch

torch.manual_seed(0)
x = torch.rand(1_000_000)  # uniform on [0, 1)

print(f"min  = {x.min().item():.3g}")
print(f"max  = {x.max().item():.6f}")
print(f"mean = {x.mean().item():.4f}   (theory 0.5)")
print(f"var  = {x.var().item():.4f}   (theory 1/12 = {1 / 12:.4f})")
steps = x.double() * 2**24  # float32 rand on this CPU build: a grid of 2**24 points
print("every value a multiple of 2**-24:", torch.equal(steps, steps.round()))

assert x.min() >= 0 and x.max() < 1  # claim: rand-range
assert abs(x.mean().item() - 0.5) < 0.005  # claim: rand-mean
assert abs(x.var().item() - 1 / 12) < 0.002  # claim: rand-var
# claim: rand-grid
assert torch.equal(steps, steps.round()) and steps.max() <= 2**24 - 1

import torch

torch.manual_seed(0)
mean, std = 5.0, 2.0
y = torch.normal(mean, std, size=(1_000_000,))  # float mean and std need a size

print(f"mean = {y.mean().item():.4f}   (asked for {mean})")
print(f"std  = {y.std().item():.4f}   (asked for {std})")

# Same seed, shifted and scaled randn
torch.manual_seed(0)
z = mean + std * torch.randn(1_000_000)
print("same values as mean + std * randn:", torch.allclose(y, z))

assert abs(y.mean().item() - mean) < 0.01
assert abs(y.std().item() - std) < 0.01
assert torch.allclose(y, z)

import torch

torch.manual_seed(0)
mean, std = 5.0, 2.0
y = torch.normal(mean, std, size=(1_000_000,))  # float mean and std need a size

print(f"mean = {y.mean().item():.4f}   (asked for {mean})")
print(f"std  = {y.std().item():.4f}   (asked for {std})")
print(f"var  = {y.var().item():.4f}   (std squared: {std**2})")

# Same seed, shifted and scaled randn
torch.manual_seed(0)
z = mean + std * torch.randn(1_000_000)
print("same values as mean + std * randn:", torch.equal(y, z))

assert abs(y.mean().item() - mean) < 0.01 and abs(y.std().item() - std) < 0.01  # claim: normal-moments
assert abs(y.var().item() - std**2) < 0.05  # claim: normal-std-not-var
assert torch.equal(y, z)  # claim: normal-is-scaled-randn
assert "randn" not in torch.normal.__doc__  # claim: normal-scaling-undocumented

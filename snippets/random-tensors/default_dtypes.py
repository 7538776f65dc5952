import torch

torch.manual_seed(0)
print("rand   :", torch.rand(2).dtype)
print("randn  :", torch.randn(2).dtype)
print("randint:", torch.randint(0, 10, (2,)).dtype)
print("rand(2, dtype=torch.float64):", torch.rand(2, dtype=torch.float64).dtype)
print("randint(0, 10, (2,), dtype=torch.uint8):", torch.randint(0, 10, (2,), dtype=torch.uint8).dtype)

assert torch.get_default_dtype() == torch.float32  # what rand/randn follow
assert torch.rand(2).dtype == torch.randn(2).dtype == torch.float32
assert torch.randint(0, 10, (2,)).dtype == torch.int64
assert torch.rand(2, dtype=torch.float64).dtype == torch.float64
assert torch.randn(2, dtype=torch.float64).dtype == torch.float64
assert torch.randint(0, 10, (2,), dtype=torch.uint8).dtype == torch.uint8

import torch

torch.manual_seed(0)
print("rand   :", torch.rand(2).dtype)
print("randn  :", torch.randn(2).dtype)
print("randint:", torch.randint(0, 10, (2,)).dtype)
print("rand(2, dtype=torch.float64):", torch.rand(2, dtype=torch.float64).dtype)
print("randint(0, 10, (2,), dtype=torch.uint8):", torch.randint(0, 10, (2,), dtype=torch.uint8).dtype)

assert torch.get_default_dtype() == torch.float32
assert torch.rand(2).dtype == torch.randn(2).dtype == torch.float32  # claim: float-default
assert torch.randint(0, 10, (2,)).dtype == torch.int64  # claim: randint-int64
# claim: dtype-override
assert torch.rand(2, dtype=torch.float64).dtype == torch.randn(2, dtype=torch.float64).dtype == torch.float64
assert torch.randint(0, 10, (2,), dtype=torch.uint8).dtype == torch.uint8  # claim: dtype-override

torch.set_default_dtype(torch.float64)  # change the default, then put it back
try:
    floats, ints = torch.rand(2).dtype, torch.randint(0, 10, (2,)).dtype
finally:
    torch.set_default_dtype(torch.float32)
print("after set_default_dtype(torch.float64):", floats, ints)
assert floats == torch.float64  # claim: follows-default-dtype
assert ints == torch.int64  # claim: randint-ignores-default

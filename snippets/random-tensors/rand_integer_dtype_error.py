import torch

torch.manual_seed(0)
try:
    torch.rand(3, dtype=torch.int64)  # uniform floats cannot be int64
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    assert "not implemented for 'Long'" in str(error)
else:
    raise AssertionError("torch.rand accepted an integer dtype")

# For random integers, ask randint
k = torch.randint(0, 10, (3,), dtype=torch.int64)
print(k, k.dtype)
assert k.dtype == torch.int64

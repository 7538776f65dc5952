import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)  # a process-wide setting, changed here for a moment
try:
    floats, legacy, ints = torch.tensor([1.0]), torch.Tensor([1, 3]), torch.tensor([1, 3])
finally:
    torch.set_default_dtype(torch.float32)  # put it back
print("with default float64: torch.tensor([1.0]) ->", floats.dtype, "| torch.Tensor([1, 3]) ->", legacy.dtype)
assert floats.dtype == torch.float64 and legacy.dtype == torch.float64  # claim: follows-default
assert ints.dtype == torch.int64  # claim: ints-int64

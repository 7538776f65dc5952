import torch

torch.manual_seed(0)
# One dtype object with two names: is, ==, and the printed name agree
print("torch.float is torch.float32:", torch.float is torch.float32)
print("print(torch.float):          ", torch.float)
assert torch.float is torch.float32 and torch.double is torch.float64  # claim: same-object
assert torch.long is torch.int64 and torch.half is torch.float16  # claim: same-object
assert repr(torch.float) == str(torch.float) == "torch.float32" and str(torch.long) == "torch.int64"  # claim: prints-full-name

x = torch.zeros(3, dtype=torch.float)
y = torch.zeros(3, dtype=torch.float32)
assert x.dtype == y.dtype and x.dtype is torch.float32  # claim: interchangeable

# The trap in the names: torch.int is int32, while integer data gives int64, which is torch.long
labels = torch.tensor([0, 2, 1])
print("torch.tensor([0, 2, 1]).dtype:", labels.dtype, "| torch.int is", torch.int)
assert labels.dtype is torch.long and labels.dtype is not torch.int  # claim: int-is-int32
assert torch.int is torch.int32 and torch.int32 != torch.int64  # claim: int-is-int32
# Python floats given as data become the default dtype, float32, which is torch.float
assert torch.tensor([0.5]).dtype is torch.float is torch.get_default_dtype()  # claim: float-data-default

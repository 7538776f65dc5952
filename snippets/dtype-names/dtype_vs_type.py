import torch

torch.manual_seed(0)
x = torch.rand(2, 3)
print("x.dtype: ", repr(x.dtype), type(x.dtype).__name__)
print("x.type():", repr(x.type()), type(x.type()).__name__)
assert isinstance(x.dtype, torch.dtype) and x.dtype is torch.float32  # claim: dtype-object
assert isinstance(x.type(), str) and x.type() == "torch.FloatTensor"  # claim: type-string

# With an argument, type() converts, like to(): same dtype, same values
a, b = x.type(torch.float64), x.to(torch.float64)
print("x.type(torch.float64):", a.dtype, "| x.to(torch.float64):", b.dtype, "| equal:", torch.equal(a, b))
assert a.dtype == b.dtype == torch.float64 and torch.equal(a, b) and x.dtype == torch.float32  # claim: type-to-same
assert x.type(torch.float32) is x and x.to(torch.float32) is x  # claim: same-dtype-no-copy
assert torch.equal(x.type("torch.DoubleTensor"), b) and torch.equal(x.type(torch.DoubleTensor), b)  # claim: type-accepts-names

# The string names the device as well as the dtype; dtype does not change with the device
m = x.to("meta")  # the meta device: shapes and dtypes, no data
print("on meta: x.type() =", repr(m.type()), "| x.dtype =", m.dtype)
assert m.type() == "torch.meta.FloatTensor" and m.type() != x.type() and m.dtype == x.dtype  # claim: type-has-device

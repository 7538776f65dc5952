import torch

torch.manual_seed(0)
a = torch.zeros(2, 3)  # no dtype given: the default float dtype
print(a.dtype, "| default:", torch.get_default_dtype())
assert a.dtype == torch.get_default_dtype() == torch.float32
assert torch.equal(a, torch.zeros((2, 3))) and (a == 0).all()  # size as varargs or a tuple

b = torch.zeros(2, 3, dtype=torch.int64)  # ask for another dtype explicitly
print(b.dtype, b.tolist())
assert b.dtype == torch.int64 and b.sum() == 0

torch.set_default_dtype(torch.float64)  # changes what every later torch.zeros returns
c = torch.zeros(2, 3)
torch.set_default_dtype(torch.float32)  # put it back
print("after set_default_dtype(torch.float64):", c.dtype)
assert c.dtype == torch.float64

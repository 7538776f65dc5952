import torch

torch.manual_seed(0)
a = torch.zeros(2, 3)  # no dtype given: the default float dtype
print(a.dtype, "| default:", torch.get_default_dtype())
assert a.dtype == torch.get_default_dtype() == torch.float32 and a.device == torch.get_default_device()  # claim: zeros-default
assert torch.equal(a, torch.zeros((2, 3))) and (a == 0).all()  # claim: zeros-size-forms

b = torch.zeros(2, 3, dtype=torch.int64)  # ask for another dtype explicitly
print(b.dtype, b.tolist())
assert b.dtype == torch.int64 and b.sum() == 0  # claim: zeros-int

torch.set_default_dtype(torch.float64)  # changes what every later torch.zeros returns
torch.set_default_device("meta")  # and so does the default device
c = torch.zeros(2, 3)
torch.set_default_dtype(torch.float32)  # put both back
torch.set_default_device("cpu")
print("after set_default_dtype(float64), set_default_device('meta'):", c.dtype, c.device)
assert c.dtype == torch.float64 and c.device.type == "meta"  # claim: zeros-defaults-change

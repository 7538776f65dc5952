import torch

torch.manual_seed(0)
n = torch.arange(4)  # int64

a, b = n.float(), n.to(torch.float32)
print("n.float():             ", a, a.dtype)
assert a.dtype == b.dtype == torch.float32 and torch.equal(a, b)
assert torch.equal(a.half(), a.to(torch.float16)) and torch.equal(a.double(), a.to(torch.float64))

c = n.type(torch.float64)  # type() with a dtype converts, like to()
print("n.type(torch.float64): ", c.dtype)
assert c.dtype == torch.float64

# type() with no argument does not convert: it returns a string
print("n.type():              ", repr(n.type()))
print("a.type():              ", repr(a.type()))
assert n.type() == "torch.LongTensor" and a.type() == "torch.FloatTensor"
assert isinstance(a.type(), str) and a.type() != torch.float32  # a str is never a dtype

d = n.type("torch.DoubleTensor")  # the old string form still works
print('n.type("torch.DoubleTensor"):', d.dtype)
assert d.dtype == torch.float64

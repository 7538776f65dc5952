import torch

torch.manual_seed(0)
n = torch.arange(4)  # int64

a, b = n.float(), n.to(torch.float32)
print("n.float():             ", a, a.dtype)
assert a.dtype == b.dtype == torch.float32 and torch.equal(a, b)  # claim: float-is-to
assert torch.equal(a.half(), a.to(torch.float16)) and torch.equal(a.double(), a.to(torch.float64))  # claim: half-double
assert a.double().element_size() == 4 * a.half().element_size()  # claim: bytes-ratio
r = torch.rand(5)  # float32 values that float16 has to round
for dtype, short, name in [(torch.float16, r.half, "torch.HalfTensor"), (torch.float32, r.float, "torch.FloatTensor"),
                           (torch.float64, r.double, "torch.DoubleTensor")]:
    spellings = [r.to(dtype), short(), r.type(dtype), r.type(name), r.to(torch.zeros(1, dtype=dtype))]
    assert all(s.dtype == dtype and torch.equal(s, spellings[0]) for s in spellings)  # claim: same-result

c = n.type(torch.float64)  # type() with a dtype converts, like to()
print("n.type(torch.float64): ", c.dtype)
assert c.dtype == torch.float64  # claim: type-converts

# type() with no argument does not convert: it returns a string
print("n.type():              ", repr(n.type()))
print("a.type():              ", repr(a.type()))
assert n.type() == "torch.LongTensor" and a.type() == "torch.FloatTensor"  # claim: type-string
assert isinstance(a.type(), str) and a.type() != torch.float32 and n.type() != torch.int64  # claim: type-not-dtype
assert a.dtype == torch.float32 and n.dtype == torch.int64 and a.dtype != n.dtype  # claim: dtype-compare

d = n.type("torch.DoubleTensor")  # the old string form still works
print('n.type("torch.DoubleTensor"):', d.dtype)
assert d.dtype == torch.float64  # claim: type-converts

import torch

torch.manual_seed(0)
x = torch.arange(6.0, requires_grad=True)
old = x.data_ptr()
d = x.detach()
d.resize_(100)  # growing: the shared storage is reallocated, for x as well
print("resize_(100): x.shape", tuple(x.shape), "| x moved with d:", x.data_ptr() == d.data_ptr() != old)
assert x.shape == (6,) and x.data_ptr() == d.data_ptr() != old  # claim: grow-moves-both
assert torch.equal(x.detach(), torch.arange(6.0))  # claim: grow-moves-both

d = x.detach()
d.set_(torch.zeros(2))  # d now points at other memory; x is untouched
print("set_: x.shape", tuple(x.shape), "| d.shape", tuple(d.shape))
assert x.shape == (6,) and d.data_ptr() != x.data_ptr()  # claim: set-no-error

m = torch.rand(2, 3, requires_grad=True)
t = m.detach()
t.transpose_(0, 1)  # only the detached tensor is transposed
print("transpose_: m.shape", tuple(m.shape), "| t.shape", tuple(t.shape))
assert m.shape == (2, 3) and t.shape == (3, 2) and t.data_ptr() == m.data_ptr()  # claim: transpose-no-error

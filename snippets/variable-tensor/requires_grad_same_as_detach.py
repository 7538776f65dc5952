import torch
from torch.autograd import Variable

torch.manual_seed(0)
x = torch.rand(3)
v = Variable(x, requires_grad=True)
d = x.detach().requires_grad_(True)
print("v is x:", v is x, "| shares storage:", v.data_ptr() == x.data_ptr(), "| x.requires_grad:", x.requires_grad)
assert v is not x and v.data_ptr() == x.data_ptr() and not x.requires_grad  # claim: rg-new-tensor
assert v.is_leaf and v.grad_fn is None and d.is_leaf and d.grad_fn is None  # claim: rg-leaf

x.add_(1)  # an in-place change to x: both see it, and both share x's version counter
print("after x.add_(1): v == x:", torch.equal(v, x), "| versions:", x._version, v._version, d._version)
assert torch.equal(v, x) and torch.equal(d, x) and v._version == d._version == x._version == 1  # claim: rg-shares-version

(v * 2).sum().backward()
print("v.grad:", v.grad, "| x.grad:", x.grad)
assert torch.equal(v.grad, torch.full((3,), 2.0)) and x.grad is None  # claim: rg-grad-on-new

same = x.requires_grad_()  # in place: x itself now requires grad
print("x.requires_grad_() is x:", same is x, "| x.requires_grad:", x.requires_grad)
assert same is x and x.requires_grad  # claim: requires-grad-in-place

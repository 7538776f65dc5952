import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()

(dx,) = torch.autograd.grad(y, x)  # a tuple, one gradient per input
print("returned:", dx)
print("x.grad:  ", x.grad)
assert torch.equal(dx, 2 * x.detach())
assert x.grad is None  # nothing was written to .grad

# Several inputs at once: one gradient per input, in the same order
w, b = torch.tensor(3.0, requires_grad=True), torch.tensor(1.0, requires_grad=True)
out = (w * x + b).sum()
dw, db = torch.autograd.grad(out, [w, b])
print("dw =", dw, " db =", db)
assert dw == x.sum() and db == 3 and w.grad is None and b.grad is None

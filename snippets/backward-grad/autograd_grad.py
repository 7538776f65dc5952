import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()

result = torch.autograd.grad(y, x)  # a tuple, one gradient per input
print("returned:", result)
print("x.grad:  ", x.grad)
assert isinstance(result, tuple) and len(result) == 1 and torch.equal(result[0], 2 * x.detach())  # claim: grad-returns
assert x.grad is None  # claim: grad-writes-nothing

# Several inputs at once: one gradient per input, in the same order
w, b = torch.tensor(3.0, requires_grad=True), torch.tensor(1.0, requires_grad=True)
out = (w * x + b).sum()
dw, db = torch.autograd.grad(out, [w, b], retain_graph=True)
print("dw =", dw, " db =", db)
assert dw == x.sum() and db == 3  # claim: grad-order
db2, dw2 = torch.autograd.grad(out, [b, w])  # the other order, the other order of results
assert db2 == db and dw2 == dw  # claim: grad-order

x.grad = torch.full((3,), 7.0)  # a .grad an optimizer is about to read
torch.autograd.grad((x ** 2).sum(), x)
assert torch.equal(x.grad, torch.full((3,), 7.0)) and w.grad is None and b.grad is None  # claim: grad-writes-nothing

frozen = torch.tensor(5.0)  # a leaf that does not require grad
(x * frozen).sum().backward()
assert frozen.grad is None and torch.equal(x.grad, 7 + frozen.expand(3))  # claim: backward-fills

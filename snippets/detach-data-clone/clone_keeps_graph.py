import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.exp()  # exp saves its output y for backward

c = y.clone()  # new memory, still in the graph
c.mul_(3.0)    # edit the copy in place: autograd records it
print("c.grad_fn:", c.grad_fn.name(), " y._version:", y._version)
assert c.grad_fn.name() == "MulBackward0" and y._version == 0
assert c.data_ptr() != y.data_ptr()

c.sum().backward()
print("x.grad        =", x.grad)
print("3 * exp(x)    =", 3 * x.detach().exp())
assert torch.allclose(x.grad, 3 * x.detach().exp())  # the gradient of sum(3 * exp(x))

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
c = x.clone()  # new memory, recorded in the graph

print("c.grad_fn:", c.grad_fn.name(), " new memory:", c.data_ptr() != x.data_ptr())
assert c.grad_fn.name() == "CloneBackward0" and c.data_ptr() != x.data_ptr()

(c * 2).sum().backward()  # the gradient flows through the clone back to x
print("x.grad =", x.grad)
assert torch.equal(x.grad, torch.full((3,), 2.0))

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
c = x.clone()  # new memory, recorded in the graph

print("c.grad_fn:", c.grad_fn.name(), " new memory:", c.data_ptr() != x.data_ptr())
assert c.data_ptr() != x.data_ptr()  # claim: clone-new-memory
# claim: clone-same
assert torch.equal(c, x) and c.dtype == x.dtype and c.device == x.device
assert c.grad_fn.name() == "CloneBackward0"  # claim: clone-recorded

(c * 2).sum().backward()  # the gradient flows through the clone back to x
print("x.grad =", x.grad)
assert torch.equal(x.grad, torch.full((3,), 2.0))  # claim: clone-grad-flows

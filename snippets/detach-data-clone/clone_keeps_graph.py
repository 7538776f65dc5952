import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x.exp()  # exp saves its output y for backward
assert y.grad_fn._saved_result.data_ptr() == y.data_ptr()  # claim: exp-saves-y

c = y.clone()  # new memory, still in the graph
assert c.untyped_storage().data_ptr() != y.untyped_storage().data_ptr()  # claim: clone-new-memory
c.mul_(3.0)    # edit the copy in place: autograd records it
print("c.grad_fn:", c.grad_fn.name(), " y._version:", y._version)
assert c.grad_fn.name() == "MulBackward0"  # claim: clone-edit-recorded
assert y._version == 0  # claim: clone-edit-safe

c.sum().backward()  # no error: nothing saved was touched
print("x.grad        =", x.grad)
print("3 * exp(x)    =", 3 * x.detach().exp())
assert torch.allclose(x.grad, 3 * x.detach().exp())  # claim: clone-grad, clone-edit-safe

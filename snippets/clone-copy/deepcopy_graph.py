import copy

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x * 2  # a non-leaf

try:
    copy.deepcopy(y)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Only Tensors created explicitly by the user (graph leaves)" in str(error)
else:
    raise AssertionError("deepcopy of a non-leaf should raise")

d = copy.deepcopy(x)  # a leaf: copied, as a new, unconnected leaf
print("requires_grad:", d.requires_grad, " is_leaf:", d.is_leaf, " grad_fn:", d.grad_fn)
assert d.requires_grad and d.is_leaf and d.grad_fn is None
assert d.data_ptr() != x.data_ptr() and torch.equal(d, x)

d.sum().backward()  # the gradient stops at d
print("d.grad =", d.grad, " x.grad =", x.grad)
assert torch.equal(d.grad, torch.ones(3)) and x.grad is None

import copy

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x * 2  # a non-leaf

try:
    copy.deepcopy(y)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Only Tensors created explicitly by the user (graph leaves)" in str(error)  # claim: deepcopy-non-leaf
else:
    raise AssertionError("deepcopy of a non-leaf should raise")

d = copy.deepcopy(x)  # a leaf: copied, as a new, unconnected leaf
print("requires_grad:", d.requires_grad, " is_leaf:", d.is_leaf, " grad_fn:", d.grad_fn)
assert d.requires_grad and d.is_leaf and d.grad_fn is None  # claim: deepcopy-new-leaf
assert d.data_ptr() != x.data_ptr() and torch.equal(d, x)  # claim: deepcopy-own-memory

d.sum().backward()  # the gradient stops at d
print("d.grad =", d.grad, " x.grad =", x.grad)
assert torch.equal(d.grad, torch.ones(3)) and x.grad is None  # claim: deepcopy-unlinked

model = torch.nn.Linear(3, 2)
twin = copy.deepcopy(model)  # a whole module: every parameter is a leaf, so it works
same = all(torch.equal(a, b) and a.data_ptr() != b.data_ptr() for a, b in zip(model.parameters(), twin.parameters()))
print("deepcopy(model): equal values in new memory:", same)
assert same  # claim: deepcopy-model

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x * 2  # a non-leaf: it has a grad_fn
ptr, obj = y.data_ptr(), id(y)
print("before: is_leaf =", y.is_leaf, " grad_fn =", y.grad_fn.name())
assert not y.is_leaf and y.grad_fn is not None  # claim: detach-inplace-leaf

out = y.detach_()
print("after:  is_leaf =", y.is_leaf, " grad_fn =", y.grad_fn,
      " requires_grad =", y.requires_grad)
print("same object:", out is y, " same memory:", y.data_ptr() == ptr)

assert y.is_leaf and y.grad_fn is None and not y.requires_grad  # claim: detach-inplace-leaf
assert out is y and id(y) == obj  # claim: detach-inplace-same
assert y.data_ptr() == ptr  # claim: detach-inplace-same

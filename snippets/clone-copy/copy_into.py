import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
w = torch.zeros(3, requires_grad=True)  # a leaf that requires grad, like a parameter

try:
    w.copy_(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "leaf Variable that requires grad" in str(error)
else:
    raise AssertionError("copy_() into a leaf that requires grad should raise")

d = torch.empty(3)  # a fresh tensor that does not require grad
out = d.copy_(x)    # returns d itself, now part of the graph
print("out is d:", out is d, " d.grad_fn:", d.grad_fn.name())
assert out is d and "CopyBackwards" in d.grad_fn.name() and not d.is_leaf
(d * 3).sum().backward()
print("x.grad =", x.grad)
assert torch.equal(x.grad, torch.full((3,), 3.0))

import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
w = torch.zeros(3, requires_grad=True)  # a leaf that requires grad, like a parameter

try:
    w.copy_(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "leaf Variable that requires grad is being used in an in-place operation" in str(error)  # claim: copy-leaf-refuses
else:
    raise AssertionError("copy_() into a leaf that requires grad should raise")

d = torch.empty(3)  # a fresh tensor that does not require grad
before = d.data_ptr()
out = d.copy_(x)    # returns d itself, now part of the graph
print("out is d:", out is d, " same memory:", out.data_ptr() == before, " d.grad_fn:", d.grad_fn.name())
assert out is d and out.data_ptr() == before  # claim: copy-returns-dst
assert "CopyBackwards" in d.grad_fn.name() and not d.is_leaf  # claim: copy-joins-graph
(d * 3).sum().backward()
print("x.grad =", x.grad)
assert torch.equal(x.grad, torch.full((3,), 3.0))  # claim: copy-grad-flows

e = torch.empty(3).copy_(torch.rand(3))  # a source that does not require grad
print("plain source -> is_leaf:", e.is_leaf, " grad_fn:", e.grad_fn)
assert e.is_leaf and e.grad_fn is None and not e.requires_grad  # claim: copy-plain-source

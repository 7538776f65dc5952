import torch

torch.manual_seed(0)
x, w = torch.randn(3, requires_grad=True), torch.randn(3, requires_grad=True)

d = x.detach()  # one tensor cut out: the same numbers, no history
print("x.detach():        requires_grad", d.requires_grad, "| grad_fn", d.grad_fn)
assert not d.requires_grad and d.grad_fn is None and d.is_leaf  # claim: detach-one-tensor
assert d.data_ptr() == x.data_ptr() and torch.equal(d, x)  # claim: detach-shares
y = d * w  # w is still tracked, so this product is recorded
print("x.detach() * w:    requires_grad", y.requires_grad, "| grad_fn", type(y.grad_fn).__name__)
assert y.requires_grad and type(y.grad_fn).__name__ == "MulBackward0"  # claim: detach-rest-tracked

with torch.no_grad():  # every result computed in the block is cut out
    z = x * w
    e = z.exp()
    made = torch.zeros(3, requires_grad=True)  # a factory function that asks for it
print("no_grad: x * w:    requires_grad", z.requires_grad, "| grad_fn", z.grad_fn)
assert all(not t.requires_grad and t.grad_fn is None for t in (z, e))  # claim: no-grad-every-result
assert x.requires_grad and w.requires_grad  # claim: no-grad-inputs-keep
assert made.requires_grad and made.is_leaf  # claim: no-grad-factory
doc = " ".join(torch.no_grad.__doc__.split())
assert "the result of every computation will have `requires_grad=False`, even when the inputs have" in doc  # claim: no-grad-doc
assert "All factory functions, or functions that create a new Tensor and take a requires_grad kwarg, will NOT be affected" in doc  # claim: no-grad-factory
after = z * w  # after the block, recording is back on; z enters as a constant
assert after.requires_grad and torch.is_grad_enabled()  # claim: no-grad-ends

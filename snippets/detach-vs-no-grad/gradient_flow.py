import torch

torch.manual_seed(0)
x, w, v = (torch.randn(3, requires_grad=True) for _ in range(3))

(x * w + x * v).sum().backward()  # nothing cut: x gets a gradient from both branches
assert torch.allclose(x.grad, w + v)  # claim: plain-both-branches

x.grad = w.grad = v.grad = None
(x.detach() * w + x * v).sum().backward()  # detach(): the first branch stops at x.detach()
print("detach():  x.grad == v:", torch.equal(x.grad, v.detach()), "| w.grad == x:", torch.equal(w.grad, x.detach()))
assert torch.equal(x.grad, v.detach())  # claim: detach-branch-silent
assert torch.equal(w.grad, x.detach())  # claim: detach-other-learns

x.grad = w.grad = v.grad = None
with torch.no_grad():
    z = x * w  # not recorded at all
(z + x * v).sum().backward()
print("no_grad(): x.grad == v:", torch.equal(x.grad, v.detach()), "| w.grad:", w.grad)
assert torch.equal(x.grad, v.detach()) and w.grad is None  # claim: no-grad-nothing

try:
    z.sum().backward()  # a result of the block alone has no graph to go back through
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "element 0 of tensors does not require grad and does not have a grad_fn" in str(error)  # claim: no-grad-backward-raises
else:
    raise AssertionError("backward() from a no_grad result should raise")

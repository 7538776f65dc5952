import torch

torch.manual_seed(0)
x, w = torch.randn(2, 3, requires_grad=True), torch.randn(3, requires_grad=True)
(dx,) = torch.autograd.grad((x * w + x.sin()).sum(), x)  # reference, no hooks
seen = []
handle = x.register_hook(lambda grad: seen.append(grad))  # returns None: the gradient is kept as it is
(x * w + x.sin()).sum().backward()
assert len(seen) == 1 and torch.allclose(seen[0], dx) and torch.allclose(x.grad, dx)  # claim: tensor-hook-sees
handle.remove()

x.grad = None
handle = x.register_hook(lambda grad: grad * 2)  # returns a tensor: it replaces the gradient
(x * w + x.sin()).sum().backward()
print("true dloss/dx:        ", dx)
print("x.grad with the hook:", x.grad)
assert torch.allclose(x.grad, 2 * dx)  # claim: tensor-hook-replaces
handle.remove()
x.grad = None
(x * w + x.sin()).sum().backward()
assert torch.allclose(x.grad, dx)  # claim: tensor-hook-remove

x.grad, w.grad = None, None
y = x * w + x.sin()
y.register_hook(lambda grad: grad * 0)  # on the output: everything upstream gets the zeros
y.sum().backward()
assert torch.equal(x.grad, torch.zeros(2, 3)) and torch.equal(w.grad, torch.zeros(3))  # claim: output-hook-upstream
try:
    torch.randn(3).register_hook(lambda grad: grad)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "cannot register a hook on a tensor that doesn't require gradient" in str(error)  # claim: needs-requires-grad
else:
    raise AssertionError("a hook on a tensor without requires_grad should be refused")

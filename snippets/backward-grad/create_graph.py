import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 3).sum()

(dy,) = torch.autograd.grad(y, x, create_graph=True)  # record the backward pass too
(d2y,) = torch.autograd.grad(dy.sum(), x)
print("dy/dx   =", dy)
print("d2y/dx2 =", d2y)
assert dy.grad_fn is not None and torch.equal(dy.detach(), 3 * x.detach() ** 2)  # claim: create-higher-order
assert torch.equal(d2y, 6 * x.detach())  # claim: create-higher-order

# Without create_graph the first gradient is a plain tensor: nothing to differentiate
(dy,) = torch.autograd.grad((x ** 3).sum(), x)
print("without create_graph: dy.requires_grad =", dy.requires_grad)
assert not dy.requires_grad and dy.grad_fn is None  # claim: plain-gradient
try:
    torch.autograd.grad(dy.sum(), x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "does not require grad and does not have a grad_fn" in str(error)  # claim: plain-gradient
else:
    raise AssertionError("differentiating a gradient made without create_graph should raise")

import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2  # three outputs, not one
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "grad can be implicitly created only for scalar outputs" in str(error)  # claim: vector-raises
else:
    raise AssertionError("backward() on a non-scalar without gradient= should raise")
one = torch.tensor([2.0], requires_grad=True)  # one element, though not 0-d: accepted
(one ** 2).backward()
assert torch.equal(one.grad, torch.tensor([4.0]))  # claim: single-element-ok

# gradient= gives the weight of each output: ones is the same as y.sum().backward()
y.backward(gradient=torch.ones_like(y))
print("gradient=ones:      ", x.grad)
(summed,) = torch.autograd.grad((x ** 2).sum(), x)
assert torch.equal(x.grad, summed)  # claim: ones-is-sum

x.grad = None
v = torch.tensor([1.0, 0.0, 10.0])
(x ** 2).backward(gradient=v)  # computes v @ J, here v * 2x
print("gradient=v:         ", x.grad)
J = torch.autograd.functional.jacobian(lambda t: t ** 2, x.detach())
assert torch.equal(x.grad, v @ J) and torch.equal(x.grad, v * 2 * x.detach())  # claim: vjp

(g,) = torch.autograd.grad(x ** 2, x, grad_outputs=v)  # the same weights for autograd.grad
print("grad_outputs=v:     ", g)
assert torch.equal(g, x.grad)  # claim: grad-outputs

import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2  # three outputs, not one
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "grad can be implicitly created only for scalar outputs" in str(error)
else:
    raise AssertionError("backward() on a non-scalar without gradient= should raise")

# gradient= gives the weight of each output: ones is the same as y.sum().backward()
y.backward(gradient=torch.ones_like(y))
print("gradient=ones:      ", x.grad)
assert torch.equal(x.grad, 2 * x.detach())

x.grad = None
v = torch.tensor([1.0, 0.0, 10.0])
(x ** 2).backward(gradient=v)  # computes v @ J, here v * 2x
print("gradient=v:         ", x.grad)
assert torch.equal(x.grad, v * 2 * x.detach())

(g,) = torch.autograd.grad(x ** 2, x, grad_outputs=v)  # the same weights for autograd.grad
print("grad_outputs=v:     ", g)
assert torch.equal(g, x.grad)

import warnings

import torch

torch.manual_seed(0)
x = torch.rand(4, 3)
w1 = torch.rand(3, 2, requires_grad=True)
w2 = torch.rand(2, 1, requires_grad=True)

# The correct gradient of w1, from an untouched copy of the same computation
w1_ref = w1.detach().clone().requires_grad_()
(x @ w1_ref @ w2.detach()).sum().backward()

loss = (x @ w1 @ w2).sum()
w2.data.mul_(0.5)  # the same edit, through .data
assert w2._version == 0  # claim: data-no-bump
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss.backward()  # no error
assert caught == []  # claim: data-no-warning

print("w2._version =", w2._version)
print("w1.grad via .data:", w1.grad.flatten())
print("correct w1.grad:  ", w1_ref.grad.flatten())
assert w1.grad.shape == w1_ref.grad.shape  # claim: data-right-shape
assert not torch.allclose(w1.grad, w1_ref.grad)  # claim: data-silent
assert torch.equal(w1.grad, 0.5 * w1_ref.grad)  # claim: data-half-grad

import warnings

import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # a leaf: created by you
h = w * 2                                                 # not a leaf: made by an operation
loss = (h ** 2).sum()
print("before backward(): w.grad =", w.grad)
assert w.grad is None  # nothing is filled until backward() runs

loss.backward()
print("after backward():  w.grad =", w.grad)
assert torch.equal(w.grad, 8 * w.detach())  # d/dw of sum((2w)^2) = 8w

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    h_grad = h.grad
print("after backward():  h.grad =", h_grad)
message = str(caught[0].message).split(" (Triggered internally")[0]  # drop torch's source location
print(f"{caught[0].category.__name__}: {message}")
assert h_grad is None and len(caught) == 1 and issubclass(caught[0].category, UserWarning)
assert "is not a leaf Tensor is being accessed" in message and ".retain_grad()" in message

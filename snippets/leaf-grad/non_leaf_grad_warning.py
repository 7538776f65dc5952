import warnings

import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # a leaf: created by you
h = w * 2                                                 # not a leaf: made by an operation
loss = (h ** 2).sum()
print("before backward(): w.grad =", w.grad)
assert w.grad is None and h.grad_fn is not None  # claim: grad-starts-none

loss.backward()
print("after backward():  w.grad =", w.grad)
assert torch.equal(w.grad, 8 * w.detach())  # claim: leaf-gets-grad

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    h_grad = h.grad
print("after backward():  h.grad =", h_grad)
full = str(caught[0].message)
message = full.split(" (Triggered internally")[0]  # drop torch's source location
print(f"{caught[0].category.__name__}: {message}")
assert h_grad is None and len(caught) == 1 and issubclass(caught[0].category, UserWarning)  # claim: non-leaf-warns
assert "(Triggered internally at" in full and ".h:" in full  # claim: warning-location
assert ".retain_grad()" in message  # claim: warning-names-fixes
assert "make sure you access the leaf Tensor instead" in message  # claim: warning-names-fixes

import warnings

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

# Bug: requires_grad=True goes on the first tensor; .to() returns a new one, made by an operation
w = torch.randn(3, requires_grad=True).to(device, torch.float64)
(w * 2).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grad = w.grad
print(f"bug:   is_leaf={w.is_leaf}  grad={grad}  warnings={len(caught)}")
assert not w.is_leaf and grad is None and len(caught) == 1  # claim: bug-no-grad
assert "not a leaf Tensor" in str(caught[0].message)  # claim: bug-no-grad

# Fix 1: convert first, then mark the final tensor
w = torch.randn(3).to(device, torch.float64).requires_grad_()
(w * 2).sum().backward()
print(f"fix 1: is_leaf={w.is_leaf}  grad={w.grad}")
assert w.is_leaf and torch.equal(w.grad, torch.full_like(w, 2.0))  # claim: fixes-work

# Fix 2: create it with the right device and dtype in one call
w = torch.randn(3, device=device, dtype=torch.float64, requires_grad=True)
(w * 2).sum().backward()
print(f"fix 2: is_leaf={w.is_leaf}  grad={w.grad}")
assert w.is_leaf and torch.equal(w.grad, torch.full_like(w, 2.0))  # claim: fixes-work

# Which conversions copy: a dtype or device change does ("meta" stands in for a second device)
leaf = torch.randn(3, requires_grad=True)
assert not leaf.double().is_leaf and not leaf.to("meta").is_leaf  # claim: change-copies
assert leaf.to("cpu") is leaf and leaf.to("cpu", torch.float32).is_leaf  # claim: cpu-noop

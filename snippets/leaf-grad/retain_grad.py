import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w * 2
print("before retain_grad(): h.retains_grad =", h.retains_grad)
assert not h.retains_grad  # claim: retains-grad-flag
h.retain_grad()  # ask autograd to keep this non-leaf's gradient
w.retain_grad()  # a no-op on a leaf
print("after retain_grad():  h.retains_grad =", h.retains_grad, " h.is_leaf =", h.is_leaf,
      " w.retains_grad =", w.retains_grad)
assert h.retains_grad and not w.retains_grad  # claim: retains-grad-flag

(h ** 2).sum().backward()
print("h.grad =", h.grad)
print("w.grad =", w.grad)
assert torch.equal(h.grad, 2 * h.detach())  # claim: retain-grad-keeps
assert torch.equal(w.grad, 2 * h.grad)  # claim: grad-continues
assert not h.is_leaf  # claim: stays-non-leaf

late = w * 2
(late ** 2).sum().backward()
late.retain_grad()  # too late: backward() has already run
print("retain_grad() after backward(): late.grad =", late.grad)
assert late.grad is None  # claim: retain-before-backward

before = w.grad.clone()
(g,) = torch.autograd.grad((w * 3).sum(), w)  # returns the gradient, stores nothing
print("torch.autograd.grad:", g, " w.grad unchanged:", torch.equal(w.grad, before))
assert torch.equal(g, torch.full_like(w, 3.0)) and torch.equal(w.grad, before)  # claim: autograd-grad-returns

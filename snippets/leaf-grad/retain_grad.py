import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w * 2
h.retain_grad()  # ask autograd to keep this non-leaf's gradient
print("h.retains_grad =", h.retains_grad, " h.is_leaf =", h.is_leaf)

(h ** 2).sum().backward()
print("h.grad =", h.grad)
print("w.grad =", w.grad)
assert torch.equal(h.grad, 2 * h.detach())  # d/dh of sum(h^2) = 2h
assert torch.equal(w.grad, 2 * h.grad)      # the chain rule continues to the leaf as usual
assert h.retains_grad and not h.is_leaf     # it is still not a leaf

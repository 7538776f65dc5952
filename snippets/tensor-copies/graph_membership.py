import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)

for name, t in [("clone()", x.clone()), ("detach()", x.detach()),
                ("detach().clone()", x.detach().clone())]:
    grad_fn = t.grad_fn.name() if t.grad_fn else None
    print(f"{name:17} requires_grad={t.requires_grad!s:5}  grad_fn={grad_fn}")

# The clone() branch carries gradient; the detach() branch is a constant
loss = (x.clone() * x.detach()).sum()
loss.backward()
print("x      =", x)
print("x.grad =", x.grad)

assert x.clone().requires_grad and x.clone().grad_fn.name() == "CloneBackward0"  # claim: clone-in-graph
assert not x.detach().requires_grad and x.detach().grad_fn is None  # claim: detach-out-of-graph
assert not x.detach().clone().requires_grad and x.detach().clone().grad_fn is None  # claim: detach-out-of-graph
assert torch.equal(x.grad, x.detach())  # claim: only-clone-route

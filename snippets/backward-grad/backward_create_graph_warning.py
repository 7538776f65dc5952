import warnings

import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # torch gives this warning once per process: show it even if it came before
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x ** 3).sum().backward(create_graph=True)
message = str(caught[0].message).split(" (Triggered internally")[0]  # drop torch's source location
print(f"{caught[0].category.__name__}: {message}")
assert len(caught) == 1 and "reference cycle" in message and "memory leak" in message  # claim: backward-create-warns
assert "We recommend using autograd.grad" in message  # claim: backward-create-warns
assert "reset the .grad fields of your parameters to None" in message  # claim: reset-grad

print("x.grad =", x.grad)  # the gradient is itself part of a graph
(d2y,) = torch.autograd.grad(x.grad.sum(), x)
print("d2y/dx2 =", d2y)
assert x.grad.requires_grad and torch.equal(d2y, 6 * x.detach())  # claim: backward-create-works
x.grad = None  # what the warning asks for: break the cycle after use

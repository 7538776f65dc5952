import inspect

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 3)

model(x).sum().backward()
opt.zero_grad()  # set_to_none=True is the default
print("after opt.zero_grad():                 ", model.weight.grad)
assert model.weight.grad is None  # claim: none-default
defaults = [inspect.signature(f).parameters["set_to_none"].default for f in (torch.optim.Optimizer.zero_grad, torch.nn.Module.zero_grad)]
assert defaults == [True, True]  # claim: none-default

model(x).sum().backward()
grad = model.weight.grad
opt.zero_grad(set_to_none=False)  # fills the existing tensor with zeros
print("after opt.zero_grad(set_to_none=False):", model.weight.grad)
assert torch.equal(model.weight.grad, torch.zeros(1, 3)) and model.weight.grad is grad  # claim: zeros-same-tensor

model.zero_grad()  # the module's version behaves the same way
print("after model.zero_grad():               ", model.weight.grad)
assert model.weight.grad is None  # claim: module-same

# Each clears its own list: a parameter the optimizer does not hold keeps its .grad
only_weight = torch.optim.SGD([model.weight], lr=0.1)
model(x).sum().backward()
only_weight.zero_grad()
print("bias.grad after an optimizer without the bias:", model.bias.grad)
assert model.weight.grad is None and model.bias.grad is not None  # claim: own-list
model.zero_grad()
assert model.bias.grad is None  # claim: own-list

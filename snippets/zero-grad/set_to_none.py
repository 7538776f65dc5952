import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 3)

model(x).sum().backward()
opt.zero_grad()  # set_to_none=True is the default
print("after opt.zero_grad():                 ", model.weight.grad)
assert model.weight.grad is None

model(x).sum().backward()
grad = model.weight.grad
opt.zero_grad(set_to_none=False)  # fills the existing tensor with zeros
print("after opt.zero_grad(set_to_none=False):", model.weight.grad)
assert torch.equal(model.weight.grad, torch.zeros(1, 3)) and model.weight.grad is grad

model.zero_grad()  # the module's version behaves the same way
print("after model.zero_grad():               ", model.weight.grad)
assert model.weight.grad is None

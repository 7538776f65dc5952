import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(4, 3)

model(x).sum().backward()
first = model.weight.grad.clone()
print("after one backward():", model.weight.grad)

model(x).sum().backward()  # same data, no zero_grad() in between
print("after two backward():", model.weight.grad)
assert torch.allclose(model.weight.grad, 2 * first)  # claim: grad-adds

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()  # averages over the batch

# Reference: one batch of 8
loss_fn(model(x), y).backward()
full = model.weight.grad.clone()

# 4 micro-batches of 2, each loss divided by 4, gradients accumulated
model.zero_grad()
steps = 4
for xb, yb in zip(x.chunk(steps), y.chunk(steps)):
    (loss_fn(model(xb), yb) / steps).backward()
print("one batch:       ", full)
print("4 micro-batches: ", model.weight.grad)
assert torch.allclose(model.weight.grad, full)  # claim: accum-divided

# Without the division the gradient is 4 times too large
model.zero_grad()
pieces = []  # each micro-batch's own gradient
for xb, yb in zip(x.chunk(steps), y.chunk(steps)):
    loss = loss_fn(model(xb), yb)
    pieces.append(torch.autograd.grad(loss, model.weight, retain_graph=True)[0])
    loss.backward()
print("not divided:     ", model.weight.grad)
assert torch.allclose(model.weight.grad, sum(pieces))  # claim: accum-holds-sum
assert torch.allclose(model.weight.grad, steps * full)  # claim: accum-undivided

# A loss that sums over the batch needs no division: the pieces add up to the whole
sum_fn = torch.nn.MSELoss(reduction="sum")
model.zero_grad()
sum_fn(model(x), y).backward()
whole = model.weight.grad.clone()
model.zero_grad()
for xb, yb in zip(x.chunk(steps), y.chunk(steps)):
    sum_fn(model(xb), yb).backward()
print("reduction='sum', not divided, matches one batch:", torch.allclose(model.weight.grad, whole))
assert torch.allclose(model.weight.grad, whole)  # claim: accum-sum

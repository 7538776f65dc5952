import torch

torch.manual_seed(0)
x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]], requires_grad=True)  # each row has a tie

x.max(dim=1).values.sum().backward()
print("max(dim=1):\n", x.grad)
assert x.grad.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]  # all of it to one index...
assert torch.equal(x.grad, torch.nn.functional.one_hot(x.max(dim=1).indices, 3).float())  # ...the returned one

x.grad = None
x.amax(dim=1).sum().backward()
print("amax(dim=1):\n", x.grad)
assert x.grad.tolist() == [[0.0, 0.5, 0.5], [0.5, 0.5, 0.0]]  # split evenly among the ties

x.grad = None
x.max().backward()  # no dim: split evenly too
print("max():\n", x.grad)
assert x.grad.tolist() == [[0.0, 0.5, 0.5], [0.0, 0.0, 0.0]]

a = torch.tensor([3.0, 5.0], requires_grad=True)
b = torch.tensor([3.0, 1.0], requires_grad=True)
torch.maximum(a, b).sum().backward()
print("maximum: a.grad", a.grad, " b.grad", b.grad)
assert a.grad.tolist() == [0.5, 1.0] and b.grad.tolist() == [0.5, 0.0]  # a tie: half each

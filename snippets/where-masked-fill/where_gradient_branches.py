import torch

torch.manual_seed(0)
a = torch.randn(5, requires_grad=True)
b = torch.randn(5, requires_grad=True)
m = torch.tensor([True, False, True, False, False])

out = torch.where(m, a, b)  # a where m is True, b where it is False
assert torch.equal(out[m], a[m]) and torch.equal(out[~m], b[~m])  # claim: where-picks
out.sum().backward()  # each position takes its gradient from one branch
print("a.grad:", a.grad)
print("b.grad:", b.grad)
assert torch.equal(a.grad, m.float()) and torch.equal(b.grad, (~m).float())  # claim: where-grad

import torch

torch.manual_seed(0)
x = torch.zeros(3, requires_grad=True)
d = x.detach()

d[0] = 5.0  # an in-place value write through the detached tensor: no error
d.add_(1)
print("d =", d)
print("x =", x)

assert torch.equal(x.detach(), torch.tensor([6.0, 1.0, 1.0]))  # claim: write-reaches-original
assert torch.equal(x.detach(), d)  # claim: write-reaches-original

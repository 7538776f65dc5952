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

for write in (lambda t: t.mul_(2), lambda t: t.fill_(7.0), lambda t: t.copy_(torch.arange(3.0))):
    d = x.detach()
    write(d)  # no error either
    assert torch.equal(x.detach(), d)  # claim: writes-all-reach
assert torch.equal(x.detach(), torch.arange(3.0))  # claim: writes-all-reach
assert "In-place modifications on either of them will be seen" in torch.Tensor.detach.__doc__  # claim: docstring-seen

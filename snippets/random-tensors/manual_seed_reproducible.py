import torch

torch.manual_seed(0)
a = torch.randn(3)
torch.manual_seed(0)  # same seed again
b = torch.randn(3)
torch.manual_seed(1)  # another seed
c = torch.randn(3)
d = torch.randn(3)  # no reseed: the stream moves on

print("seed 0:", a)
print("seed 0:", b)
print("seed 1:", c)
print("next  :", d)

assert torch.equal(a, b)
assert not torch.equal(a, c)
assert not torch.equal(c, d)

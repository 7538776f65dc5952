import torch

seeded = torch.manual_seed(0)  # hands back the global generator it seeded
assert seeded is torch.default_generator and torch.initial_seed() == 0  # claim: seed-global
a = torch.randn(3)
torch.manual_seed(0)  # same seed again
b = torch.randn(3)
torch.manual_seed(1)  # another seed
c = torch.randn(3)
d = torch.randn(3)  # no reseed: the stream moves on
torch.manual_seed(1)
both = torch.randn(6)  # the same stream, drawn in one go

print("seed 0:", a)
print("seed 0:", b)
print("seed 1:", c)
print("next  :", d)
print("seed 1, six at once equals c then d:", torch.equal(both, torch.cat([c, d])))

assert torch.equal(a, b)  # claim: seed-reproduces
assert not torch.equal(a, c)  # claim: seed-differs
assert not torch.equal(c, d) and torch.equal(both, torch.cat([c, d]))  # claim: stream-continues

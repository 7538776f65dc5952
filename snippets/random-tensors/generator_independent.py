import torch

torch.manual_seed(0)
expected = torch.rand(3)  # global stream, nothing in between

torch.manual_seed(0)
g = torch.Generator().manual_seed(123)  # a private generator
noise = torch.rand(1000, generator=g)  # drawn from g only
after = torch.rand(3)  # global stream again

g2 = torch.Generator().manual_seed(123)
replay = torch.rand(1000, generator=g2)

print("global, clean:", expected)
print("global, after:", after)
print("same seed, same draws from g:", torch.equal(noise, replay))

assert torch.equal(expected, after)  # claim: generator-independent
assert torch.equal(noise, replay)  # claim: generator-replays

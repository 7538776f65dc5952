import torch

torch.manual_seed(0)
x = torch.randn(2, 5)
clipped = torch.clip(x, min=-0.5, max=0.5)
print(clipped)
inside = (x > -0.5) & (x < 0.5)
assert clipped.min() >= -0.5 and clipped.max() <= 0.5  # claim: clip-limits
assert torch.equal(clipped[inside], x[inside]) and not inside.all()  # claim: clip-limits

assert torch.equal(torch.clip(x, -0.5, 0.5), torch.clamp(x, -0.5, 0.5))  # claim: clip-same
assert torch.equal(x.clip(min=0), x.clamp(min=0))  # claim: clip-same
bounds = torch.tensor([0.0, 0.1, 0.2, 0.3, 0.4])  # per-element bounds, broadcast
assert torch.equal(torch.clip(x, max=bounds), torch.clamp(x, max=bounds))  # claim: clip-same

a, b = x.clone(), x.clone()  # the in-place forms change their tensor and return it
ra, rb = a.clip_(-0.5, 0.5), b.clamp_(-0.5, 0.5)
print("clip_ and clamp_ agree:", torch.equal(a, b), "| each returns its own tensor:", ra is a and rb is b)
assert ra is a and rb is b and torch.equal(a, clipped) and not torch.equal(a, x)  # claim: clip-inplace
assert torch.equal(a, b)  # claim: inplace-same
assert torch.equal(torch.clip_(x.clone(), -1, 1), torch.clamp_(x.clone(), -1, 1))  # claim: inplace-same

import torch

torch.manual_seed(0)
x = torch.randn(2, 5)
print(torch.clip(x, min=-0.5, max=0.5))

assert torch.equal(torch.clip(x, -0.5, 0.5), torch.clamp(x, -0.5, 0.5))
assert torch.equal(x.clip(min=0), x.clamp(min=0))  # one bound is enough, as a method too
bounds = torch.tensor([0.0, 0.1, 0.2, 0.3, 0.4])  # per-element bounds, broadcast
assert torch.equal(torch.clip(x, max=bounds), torch.clamp(x, max=bounds))

a, b = x.clone(), x.clone()  # the in-place forms change their tensor and return it
returned = a.clip_(-0.5, 0.5)
b.clamp_(-0.5, 0.5)
print("clip_ and clamp_ agree:", torch.equal(a, b), "| returns its own tensor:", returned is a)
assert torch.equal(a, b) and returned is a
assert torch.equal(torch.clip_(x.clone(), -1, 1), torch.clamp_(x.clone(), -1, 1))  # function form

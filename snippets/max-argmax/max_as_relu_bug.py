import torch

torch.manual_seed(0)
x = torch.randn(4, 3)

wrong = torch.max(x, 0)[0]  # bug: meant "max with 0", got the largest value of each column
print("torch.max(x, 0)[0]:", tuple(wrong.shape))
assert isinstance(torch.max(x, 0), tuple)  # claim: bug-reduces
assert wrong.shape == (3,) and torch.equal(wrong, x.amax(dim=0))  # claim: bug-reduces

right = x.clamp(min=0)  # fix: clamp (or torch.relu / torch.maximum with a tensor zero)
print("x.clamp(min=0):    ", tuple(right.shape))
assert right.shape == x.shape  # claim: fix-clip
assert torch.equal(right, torch.relu(x))  # claim: fix-clip
assert torch.equal(right, torch.maximum(x, torch.zeros_like(x)))  # claim: fix-clip

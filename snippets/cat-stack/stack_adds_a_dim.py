import torch

torch.manual_seed(0)
a, b = torch.rand(3), torch.rand(3)

stacked = torch.stack([a, b])  # a new dimension 0, of length 2
print("stack:", tuple(stacked.shape))
print("cat:  ", tuple(torch.cat([a, b]).shape))

# stack is cat of the inputs after unsqueezing each one at the new dimension
assert torch.equal(stacked, torch.cat([a.unsqueeze(0), b.unsqueeze(0)]))
assert torch.equal(torch.stack([a, b], dim=1), torch.cat([a.unsqueeze(1), b.unsqueeze(1)], dim=1))
assert stacked.dim() == a.dim() + 1

try:
    torch.stack([torch.rand(3), torch.rand(4)])
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "stack expects each tensor to be equal size" in str(error)
else:
    raise AssertionError("stack() of unequal shapes should raise")

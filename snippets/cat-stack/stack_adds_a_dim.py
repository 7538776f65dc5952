import torch

torch.manual_seed(0)
a, b = torch.rand(3), torch.rand(3)

stacked = torch.stack([a, b])  # a new dimension 0, of length 2
print("stack:", tuple(stacked.shape))
print("cat:  ", tuple(torch.cat([a, b]).shape))

# stack is cat of the inputs after unsqueezing each one at the new dimension
assert torch.equal(stacked, torch.cat([a.unsqueeze(0), b.unsqueeze(0)]))  # claim: stack-is-unsqueeze-cat
assert torch.equal(torch.stack([a, b], dim=1), torch.cat([a.unsqueeze(1), b.unsqueeze(1)], dim=1))  # claim: stack-is-unsqueeze-cat
M = torch.rand(2, 3)
for dim in range(-3, 3):  # every position, negative ones too
    assert torch.stack([M, M], dim=dim).dim() == M.dim() + 1  # claim: stack-adds-dim
cols = torch.stack([a, b], dim=1)
assert torch.equal(cols[:, 0], a) and torch.equal(cols[:, 1], b)  # claim: stack-columns

for x, y in [(torch.rand(3), torch.rand(4)), (torch.rand(2, 3), torch.rand(3, 2))]:
    try:  # different lengths, and even the same number of elements in another shape
        torch.stack([x, y])
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        assert "stack expects each tensor to be equal size" in str(error)  # claim: stack-same-shape
    else:
        raise AssertionError("stack() of unequal shapes should raise")

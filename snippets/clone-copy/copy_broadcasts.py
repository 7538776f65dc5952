import torch

torch.manual_seed(0)
row = torch.tensor([1.0, 2.0, 3.0])
grid = torch.zeros(2, 3)
grid.copy_(row)  # the source broadcasts to the destination's shape
print("grid =", grid.tolist())
assert torch.equal(grid, row.expand(2, 3))

try:
    row.copy_(torch.ones(2, 3))  # the destination never changes shape
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "doesn't match the broadcast shape" in str(error)
else:
    raise AssertionError("copy_() into a smaller destination should raise")

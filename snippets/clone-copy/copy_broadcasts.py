import torch

torch.manual_seed(0)
row = torch.tensor([1.0, 2.0, 3.0])
grid = torch.zeros(2, 3)
grid.copy_(row)  # the source broadcasts to the destination's shape
print("grid =", grid.tolist())
assert torch.equal(grid, row.expand(2, 3))  # claim: copy-broadcasts

# a bigger source, and one with as many elements but a shape that does not broadcast
for dst, src in [(row, torch.ones(2, 3)), (grid, torch.ones(6))]:
    try:
        dst.copy_(src)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        assert "broadcast shape" in str(error) or "must match the size" in str(error)  # claim: copy-shape-fixed
    else:
        raise AssertionError("copy_() from a source that does not broadcast should raise")

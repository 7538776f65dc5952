import torch

torch.manual_seed(0)
coords = torch.arange(-8, 8)  # integer coordinates -8 ... 7
size = 4  # cell width: cells should be -8..-5, -4..-1, 0..3, 4..7

# Bug: trunc, e.g. from silencing an old torch warning with rounding_mode="trunc"
wrong = torch.div(coords, size, rounding_mode="trunc")
right = torch.div(coords, size, rounding_mode="floor")  # fix; the same as coords // size
for name, cell in [("trunc", wrong), ("floor", right)]:
    ids, counts = cell.unique(return_counts=True)
    print(f"{name}: cell ids {ids.tolist()}, points per cell {counts.tolist()}")
    print("       cell 0 holds", coords[cell == 0].tolist())

assert [t.tolist() for t in wrong.unique(return_counts=True)] == [[-2, -1, 0, 1], [1, 4, 7, 4]]  # claim: trunc-merges-cells
assert coords[wrong == 0].tolist() == list(range(-3, 4))  # claim: trunc-merges-cells
assert [t.tolist() for t in right.unique(return_counts=True)] == [[-2, -1, 0, 1], [4, 4, 4, 4]]  # claim: floor-cells
assert coords[right == 0].tolist() == [0, 1, 2, 3]  # claim: floor-cells
assert torch.equal(right, coords // size)  # claim: floor-cells
assert torch.equal(wrong[coords >= 0], right[coords >= 0])  # claim: same-on-positive
assert not torch.equal(wrong[coords < 0], right[coords < 0])  # claim: same-on-positive

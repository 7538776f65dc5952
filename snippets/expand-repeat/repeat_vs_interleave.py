import torch

torch.manual_seed(0)
x = torch.tensor([1, 2, 3])
print("x.repeat(2)            =", x.repeat(2).tolist())
print("x.repeat_interleave(2) =", x.repeat_interleave(2).tolist())
assert x.repeat(2).tolist() == [1, 2, 3, 1, 2, 3]  # claim: repeat-tiles
assert x.repeat_interleave(2).tolist() == [1, 1, 2, 2, 3, 3]  # claim: interleave-in-place

m = torch.tensor([[1, 2], [3, 4]])
print("m.repeat(2, 1)                =", m.repeat(2, 1).tolist())
print("m.repeat_interleave(2, dim=0) =", m.repeat_interleave(2, dim=0).tolist())
assert m.repeat(2, 1).tolist() == [[1, 2], [3, 4], [1, 2], [3, 4]]  # claim: repeat-stacks-matrix
assert m.repeat_interleave(2, dim=0).tolist() == [[1, 2], [1, 2], [3, 4], [3, 4]]  # claim: interleave-rows

# Without dim, repeat_interleave flattens first; counts may differ per element
print("m.repeat_interleave(2)        =", m.repeat_interleave(2).tolist())
print("x.repeat_interleave(tensor([1, 0, 2])) =", x.repeat_interleave(torch.tensor([1, 0, 2])).tolist())
assert m.repeat_interleave(2).tolist() == [1, 1, 2, 2, 3, 3, 4, 4]  # claim: interleave-flattens
assert x.repeat_interleave(torch.tensor([1, 0, 2])).tolist() == [1, 3, 3]  # claim: per-element-counts

import torch

torch.manual_seed(0)
t = torch.arange(6).reshape(2, 3)
nested = t.tolist()
print("tolist():", nested)
assert t.dtype == torch.int64 and nested == [[0, 1, 2], [3, 4, 5]]
assert all(type(v) is int for row in nested for v in row)  # Python ints, not tensors

print("0-d tolist():", torch.tensor(5).tolist())  # no dims: a bare number, not a list
assert torch.tensor(5).tolist() == torch.tensor(5).item() == 5

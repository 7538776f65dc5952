import torch

torch.manual_seed(0)
t = torch.arange(6).reshape(2, 3)
nested = t.tolist()
print("tolist():", nested)
assert t.dtype == torch.int64 and nested == [[0, 1, 2], [3, 4, 5]]  # claim: tolist-mirrors-shape
assert all(type(v) is int for row in nested for v in row)  # claim: tolist-python-numbers

print("0-d tolist():", torch.tensor(5).tolist())  # no dims: a bare number, not a list
assert torch.tensor(5).tolist() == torch.tensor(5).item() == 5 and type(torch.tensor(5).tolist()) is int  # claim: tolist-zero-dim

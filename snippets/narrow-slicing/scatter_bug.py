import torch

torch.manual_seed(0)
x = torch.ones(4, 3)
rows = torch.tensor([0, 2])

assert x[rows].untyped_storage().data_ptr() != x.untyped_storage().data_ptr()  # claim: chained-copy
x[rows][:, 0] = 0.0  # bug: x[rows] is a copy; the write lands in the copy
print("after x[rows][:, 0] = 0:", x[:, 0].tolist())
assert x[:, 0].tolist() == [1.0, 1.0, 1.0, 1.0]  # claim: chained-copy

x[rows, 0] = 0.0  # fix: one indexing expression on the left writes into x
print("after x[rows, 0] = 0:   ", x[:, 0].tolist())
assert x[:, 0].tolist() == [0.0, 1.0, 0.0, 1.0]  # claim: one-subscript

y = torch.ones(4, 3)
y[:, 0].index_fill_(0, rows, 0.0)  # or an in-place index_* method on a view of the column
assert torch.equal(y, x)  # claim: index-fill-view

z = torch.ones(4, 3)
z[0:2][:, 0] = 0.0  # a chain of slices is a view of a view: this one does reach z
print("after z[0:2][:, 0] = 0: ", z[:, 0].tolist())
assert z[:, 0].tolist() == [0.0, 0.0, 1.0, 1.0]  # claim: chained-slices-ok

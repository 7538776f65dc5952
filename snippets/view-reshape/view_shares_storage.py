import torch

torch.manual_seed(0)
x = torch.arange(12.0)
v = x.view(3, 4)  # the same 12 numbers, read as 3 rows of 4

print("x.shape =", tuple(x.shape), " v.shape =", tuple(v.shape))
print("same data_ptr:", v.data_ptr() == x.data_ptr())
assert v.data_ptr() == x.data_ptr() and v.shape == (3, 4)  # claim: view-same-storage
assert all(torch.equal(v[i], x[4 * i : 4 * i + 4]) for i in range(3))  # claim: view-reads-rows

v[0, 0] = 100.0  # a write through the view lands in x
print("x[:4] =", x[:4])
assert x[0].item() == 100.0  # claim: view-write-through

import torch

torch.manual_seed(0)
x = torch.randn(2, 3)
original = x.clone()
m = x < 0
before = x.data_ptr()

x[m] = 0.0  # assignment through a boolean mask writes into x itself
print(x)
assert x.data_ptr() == before and torch.equal(x, original.masked_fill(m, 0.0))  # claim: assign-in-place

# Reading through a mask makes a copy: writing into the copy leaves x alone
picked = x[~m]
picked.fill_(7.0)
print("7.0 anywhere in x after picked.fill_(7.0):", bool((x == 7.0).any()))
assert not (x == 7.0).any() and picked.data_ptr() != x.data_ptr()  # claim: read-copies
all_true = torch.ones_like(m)  # even a mask that selects everything gives a copy
assert x[all_true].untyped_storage().data_ptr() != x.untyped_storage().data_ptr()  # claim: read-copies

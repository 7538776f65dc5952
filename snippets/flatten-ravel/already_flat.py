import torch

torch.manual_seed(0)
v = torch.rand(5)  # already 1-D

print("v.flatten() is v:", v.flatten() is v)
print("v.ravel()   is v:", v.ravel() is v)
print("v.view(-1)  is v:", v.view(-1) is v)
assert v.flatten() is v and torch.flatten(v) is v  # claim: flatten-returns-input
assert v.ravel() is not v and v.view(-1) is not v  # claim: ravel-view-new-object
assert v.ravel().data_ptr() == v.view(-1).data_ptr() == v.data_ptr()  # claim: ravel-view-same-memory

# The same holds whenever the range to merge is a single dimension
m = torch.rand(4, 6)
print("torch.flatten(m, 1) is m:", torch.flatten(m, 1) is m)
assert torch.flatten(m, 1) is m  # claim: flatten-single-dim-input

# A 0-D tensor is the exception: it gains a dimension, so a new 1-D view comes back
s = torch.tensor(3.0)
print("s.flatten() is s:", s.flatten() is s, " shape", tuple(s.flatten().shape))
assert s.flatten() is not s and s.flatten().shape == (1,) and s.flatten().data_ptr() == s.data_ptr()  # claim: zero-dim-view

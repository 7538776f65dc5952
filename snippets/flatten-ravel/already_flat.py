import torch

torch.manual_seed(0)
v = torch.rand(5)  # already 1-D

print("v.flatten() is v:", v.flatten() is v)
print("v.ravel()   is v:", v.ravel() is v)
print("v.view(-1)  is v:", v.view(-1) is v)
assert v.flatten() is v and torch.flatten(v) is v  # nothing to do: the input itself
assert v.ravel() is not v and v.view(-1) is not v   # new tensor objects...
assert v.ravel().data_ptr() == v.view(-1).data_ptr() == v.data_ptr()  # ...on the same memory

# The same holds whenever the range to merge is a single dimension
m = torch.rand(4, 6)
print("torch.flatten(m, 1) is m:", torch.flatten(m, 1) is m)
assert torch.flatten(m, 1) is m

import torch

torch.manual_seed(0)
x = torch.arange(6.0, requires_grad=True)
d = x.detach()

d.resize_(3)  # a shrinking in-place metadata change; no error on this torch
print("x.shape =", x.shape, " d.shape =", d.shape)
assert x.shape == (6,) and d.shape == (3,)  # claim: shrink-no-error

d[0] = 100.0  # the storage is still shared
print("x =", x)
assert d.data_ptr() == x.data_ptr()  # claim: shrink-still-shared
assert x[0].item() == 100.0  # claim: shrink-still-shared
assert "Previously, in-place size" not in torch.Tensor.detach.__doc__  # claim: docstring-dropped
assert "shares the same storage" in torch.Tensor.detach.__doc__  # claim: docstring-dropped

import torch

torch.manual_seed(0)
x = torch.rand(2, 1, 3)
print("x.squeeze(0).shape =", tuple(x.squeeze(0).shape), " (dim 0 has size 2)")
print("x.squeeze(1).shape =", tuple(x.squeeze(1).shape))
assert x.squeeze(0).shape == (2, 1, 3)  # not size 1: silently left alone
assert x.squeeze(1).shape == (2, 3)
assert x.squeeze(1).data_ptr() == x.data_ptr()  # a view, like unsqueeze

y = torch.rand(1, 3, 1)
print("y.squeeze().shape =", tuple(y.squeeze().shape))
print("y.squeeze((0, 2)).shape =", tuple(y.squeeze((0, 2)).shape))
assert y.squeeze().shape == y.squeeze((0, 2)).shape == (3,)  # every size-1 dim goes

import torch

torch.manual_seed(0)
x = torch.full((4, 5), 7.0, dtype=torch.float64)
y = torch.rand_like(x)  # new random values, x's shape/dtype/device
print(y.shape, y.dtype, y.device)

assert y.shape == x.shape and y.dtype == x.dtype and y.device == x.device  # claim: like-copies-meta
assert y.min() >= 0 and y.max() < 1 and y.unique().numel() == 20  # claim: like-fresh-values

w = torch.randn_like(x)  # the normal counterpart follows the same rules
assert w.shape == x.shape and w.dtype == x.dtype and w.device == x.device  # claim: like-copies-meta

z = torch.randn_like(x, dtype=torch.float32)  # keyword overrides the copy
print(z.shape, z.dtype)
assert z.shape == x.shape and z.dtype == torch.float32  # claim: like-override

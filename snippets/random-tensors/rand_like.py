import torch

torch.manual_seed(0)
x = torch.zeros(4, 5, dtype=torch.float64)
y = torch.rand_like(x)  # new random values, x's shape/dtype/device
print(y.shape, y.dtype, y.device)

assert y.shape == x.shape and y.dtype == x.dtype and y.device == x.device
assert not torch.equal(x, y)  # values are fresh, not copied

z = torch.randn_like(x, dtype=torch.float32)  # keyword overrides the copy
print(z.shape, z.dtype)
assert z.shape == x.shape and z.dtype == torch.float32

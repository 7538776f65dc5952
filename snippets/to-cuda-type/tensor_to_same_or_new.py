import torch

torch.manual_seed(0)
x = torch.rand(3)  # float32

same = x.to(torch.float32)  # nothing to change: x itself comes back
print("x.to(x.dtype) is x:           ", same is x)
assert same is x and x.to(x.device) is x
same[0] = 5.0  # so an in-place write through the result lands in x
print("after same[0] = 5.0, x[0] =    ", x[0].item())
assert x[0].item() == 5.0

y = x.to(torch.float64)  # a new tensor; x is left as it was
print("x.to(torch.float64) is x:     ", y is x, "| x.dtype still", x.dtype)
assert y is not x and x.dtype == torch.float32 and y.dtype == torch.float64

z = x.to(torch.float32, copy=True)  # forces a copy even when nothing changes
print("copy=True is x:               ", z is x,
      "| shares memory:", z.data_ptr() == x.data_ptr())
assert z is not x and z.data_ptr() != x.data_ptr() and torch.equal(z, x)

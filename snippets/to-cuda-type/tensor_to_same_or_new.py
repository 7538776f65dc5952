import torch

torch.manual_seed(0)
x = torch.rand(3)  # float32, on the CPU

same = x.to(torch.float32)  # nothing to change: x itself comes back
print("x.to(x.dtype) is x:           ", same is x)
assert same is x and x.to(x.device) is x  # claim: to-same
assert "then ``self`` is returned" in torch.Tensor.to.__doc__  # claim: to-same
same[0] = 5.0  # so an in-place write through the result lands in x
print("after same[0] = 5.0, x[0] =    ", x[0].item())
assert x[0].item() == 5.0  # claim: to-same-alias

before = x.clone()
y = x.to(torch.float64)  # a new tensor; x is left as it was
print("x.to(torch.float64) is x:     ", y is x, "| x.dtype still", x.dtype)
assert y is not x and y.dtype == torch.float64 and x.dtype == torch.float32 and torch.equal(x, before)  # claim: to-new
m = x.to("meta")  # another device, available on any build: also a new tensor
print('x.to("meta") is x:            ', m is x, "| on", m.device)
assert m is not x and m.device.type == "meta" and x.device.type == "cpu"  # claim: to-new-device

z = x.to(torch.float32, copy=True)  # forces a copy even when nothing changes
print("copy=True is x:               ", z is x, "| shares memory:", z.data_ptr() == x.data_ptr())
assert z is not x and z.data_ptr() != x.data_ptr() and torch.equal(z, x)  # claim: to-copy
assert x.clone().data_ptr() != x.data_ptr()  # claim: to-copy

snapshot = x.clone()
for target in [torch.float32, torch.float64, torch.float16, torch.int64, "meta"]:
    x.to(target)  # whatever the result, x itself is never touched
x.to(torch.float32, copy=True)
assert x.dtype == torch.float32 and x.device.type == "cpu" and torch.equal(x, snapshot)  # claim: to-keeps-x

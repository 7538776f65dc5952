import torch

torch.manual_seed(0)
t = torch.Tensor(3)  # an int argument is a size: 3 values, never set
print("torch.Tensor(3): shape", tuple(t.shape), "dtype", t.dtype)
assert t.shape == (3,) and t.dtype == torch.float32
assert t.shape != torch.tensor([3.0]).shape  # not the value 3
# Its values are whatever was in memory: don't read them. Ask for zeros explicitly:
print("torch.zeros(3):", torch.zeros(3))
assert torch.empty(3).shape == t.shape  # the explicit spelling of "3 values, never set"

s = torch.tensor(3)  # data: a 0-d tensor holding 3
print("torch.tensor(3):", s, "shape", tuple(s.shape), "dim", s.dim())
assert s.shape == () and s.dim() == 0
assert s.item() == 3 and s.dtype == torch.int64

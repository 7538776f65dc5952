import torch

torch.manual_seed(0)
t = torch.Tensor(3)  # an int argument is a size: 3 values, never set
print("torch.Tensor(3): shape", tuple(t.shape), "dtype", t.dtype)
assert t.shape == (3,) and t.dtype == torch.float32  # claim: int-is-size
assert torch.Tensor(2, 3).shape == (2, 3) and torch.Tensor([2, 3]).tolist() == [2.0, 3.0]  # claim: ints-are-shape
e = torch.empty(3)  # the explicit spelling of "3 values, never set"
assert e.shape == t.shape and e.dtype == t.dtype and "uninitialized data" in torch.empty.__doc__  # claim: like-empty
# Its values are whatever was in memory: don't read them. Ask for zeros explicitly:
print("torch.zeros(3):", torch.zeros(3))
try:
    torch.Tensor(3.0)  # a float is neither a size nor a sequence of data
except TypeError as error:
    print(f"torch.Tensor(3.0): TypeError: {error}")
    assert "data must be a sequence" in str(error)  # claim: float-arg-raises
else:
    raise AssertionError("torch.Tensor(3.0) should raise")

s = torch.tensor(3)  # data: a 0-d tensor holding 3
print("torch.tensor(3):", s, "shape", tuple(s.shape), "dim", s.dim())
assert s.shape == () and s.item() == 3 and s.dtype == torch.int64  # claim: tensor-3-value

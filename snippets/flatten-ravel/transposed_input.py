import torch

torch.manual_seed(0)
x = torch.rand(3, 4)
t = x.T  # not contiguous: the same memory, walked column by column

try:
    t.view(-1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "view size is not compatible" in str(error)
else:
    raise AssertionError("view(-1) on a transposed tensor should raise")

f, r = t.flatten(), t.ravel()  # no error: both copy
print("flatten() shares memory with x:", f.data_ptr() == x.data_ptr())
print("ravel()   shares memory with x:", r.data_ptr() == x.data_ptr())
assert f.data_ptr() != x.data_ptr() and r.data_ptr() != x.data_ptr()
assert torch.equal(f, t.contiguous().view(-1)) and torch.equal(r, f)

f[0] = -1.0  # a write into the copy does not reach x
assert x[0, 0].item() != -1.0

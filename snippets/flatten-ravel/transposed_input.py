import torch

torch.manual_seed(0)
x = torch.rand(3, 4)
t = x.T  # not contiguous: the same memory, walked column by column
offsets = [i * t.stride(0) + j * t.stride(1) for i in range(4) for j in range(3)]
print("memory offsets of t in row order:", offsets)
assert len({b - a for a, b in zip(offsets, offsets[1:])}) > 1  # claim: no-single-stride

try:
    t.view(-1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "view size is not compatible" in str(error)  # claim: view-raises
    assert "Use .reshape(...) instead" in str(error)  # claim: view-suggests-reshape
else:
    raise AssertionError("view(-1) on a transposed tensor should raise")

f, r = t.flatten(), t.ravel()  # no error: both copy
print("flatten() shares memory with x:", f.data_ptr() == x.data_ptr())
print("ravel()   shares memory with x:", r.data_ptr() == x.data_ptr())
assert f.data_ptr() != x.data_ptr() and r.data_ptr() != x.data_ptr()  # claim: transposed-both-copy
assert torch.equal(f, t.contiguous().view(-1)) and torch.equal(r, f)  # claim: copy-values-right

f[0] = -1.0  # a write into the copy does not reach x
r[0] = -1.0
assert x[0, 0].item() != -1.0  # claim: copy-write-isolated

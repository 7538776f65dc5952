import torch

torch.manual_seed(0)
x = torch.arange(6.0).view(2, 3)
t = x.T  # shape (3, 2): the same memory, walked column by column
print("t.stride() =", t.stride(), " t.is_contiguous() =", t.is_contiguous())
assert t.stride() == (1, 3) and not t.is_contiguous()  # claim: t-strides
# claim: t-same-memory
assert t.data_ptr() == x.data_ptr() and torch.equal(t.as_strided((6,), (1,)), torch.arange(6.0))

try:
    t.view(-1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "view size is not compatible" in str(error)  # claim: view-raises
    assert "Use .reshape(...) instead" in str(error)  # claim: view-suggests-reshape
else:
    raise AssertionError("view(-1) on a transposed tensor should raise")

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(4, 5, device=device)
start, length = 1, 3

n = x.narrow(1, start, length)  # dim 1, columns 1, 2, 3
s = x[:, start:start + length]  # the same columns, by slicing
print("narrow equals slice:", torch.equal(n, s), " shape:", tuple(n.shape))
assert torch.equal(n, s) and n.stride() == s.stride() == x.stride()  # claim: narrow-equals-slice

# Both are views: the same memory, starting start * stride elements further in
offset = start * x.stride(1) * x.element_size()
print("byte offset:", n.data_ptr() - x.data_ptr(), "=", start, "*", x.stride(1), "*", x.element_size())
assert n.data_ptr() - x.data_ptr() == s.data_ptr() - x.data_ptr() == offset == 1 * 1 * 4  # claim: narrow-offset
assert n.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()  # claim: narrow-view

rows = x.narrow(0, 2, 2)  # along dim 0 a step is a whole row of 5
assert x.stride(0) == 5 and rows.data_ptr() - x.data_ptr() == 2 * 5 * x.element_size()  # claim: narrow-offset
assert torch.equal(rows, x[2:4])  # claim: narrow-equals-slice

# Past the end, the two part ways: slicing clips, narrow raises
print("x[:, 3:10] shape:", tuple(x[:, 3:10].shape))
assert x[:, 3:10].shape == (4, 2)  # claim: narrow-out-of-range
try:
    x.narrow(1, 3, 7)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "exceeds dimension size" in str(error)  # claim: narrow-out-of-range
else:
    raise AssertionError("narrow() past the end should raise")

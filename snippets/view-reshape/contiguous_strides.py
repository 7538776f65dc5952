import torch

torch.manual_seed(0)
x = torch.rand(2, 3)
t = x.T
c = t.contiguous()  # copies t into row-major order for its own shape

for name, tensor in [("x", x), ("x.T", t), ("x.T.contiguous()", c)]:
    print(f"{name:17} shape={tuple(tensor.shape)} stride={tensor.stride()} "
          f"is_contiguous={tensor.is_contiguous()}")
assert x.stride() == (3, 1) and x.is_contiguous()  # claim: strides-2x3
assert t.stride() == (1, 3) and not t.is_contiguous()  # claim: strides-2x3
memory = x.flatten()  # x's elements in the order they sit in memory
for m in (x, t):  # element [i, j] sits i * stride(0) + j * stride(1) elements into that memory
    # claim: stride-meaning
    assert all(m[i, j] == memory[i * m.stride(0) + j * m.stride(1)] for i in range(m.shape[0]) for j in range(m.shape[1]))
assert c.stride() == (2, 1) and c.is_contiguous()  # claim: contiguous-copies
assert c.untyped_storage().data_ptr() != x.untyped_storage().data_ptr() and torch.equal(c, t)  # claim: contiguous-copies

# Already contiguous: contiguous() hands back the very same tensor
print("x.contiguous() is x:", x.contiguous() is x)
assert x.contiguous() is x  # claim: contiguous-self
print("c.view(-1).shape =", tuple(c.view(-1).shape))
assert c.view(-1).data_ptr() == c.data_ptr()  # claim: contiguous-view-works

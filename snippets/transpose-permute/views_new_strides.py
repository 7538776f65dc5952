import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
views = {
    "x": x,
    "x.transpose(0, 1)": x.transpose(0, 1),
    "x.permute(2, 0, 1)": x.permute(2, 0, 1),
    "x.mT": x.mT,
}
for name, v in views.items():
    print(f"{name:18} shape={tuple(v.shape)} stride={v.stride()} contiguous={v.is_contiguous()}")

storage = x.untyped_storage().data_ptr()
for name, v in list(views.items())[1:]:
    assert v.untyped_storage().data_ptr() == storage and v.data_ptr() == x.data_ptr()
    assert not v.is_contiguous()
# the old strides (12, 4, 1), in the new order
assert x.transpose(0, 1).stride() == (4, 12, 1) and x.mT.stride() == (12, 1, 4)
assert x.permute(2, 0, 1).stride() == (1, 12, 4)

x.transpose(0, 1)[2, 1, 3] = -1.0  # a write through the view...
print("x[1, 2, 3] =", x[1, 2, 3].item())
assert x[1, 2, 3].item() == -1.0   # ...lands in x, with the indices swapped

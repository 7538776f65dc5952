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
assert x.stride() == (12, 4, 1)  # claim: x-strides
for name, v in list(views.items())[1:]:
    assert v.untyped_storage().data_ptr() == storage and v.data_ptr() == x.data_ptr()  # claim: views-share
    assert not v.is_contiguous()  # claim: views-noncontig
# the old strides (12, 4, 1), in the new order
assert x.transpose(0, 1).stride() == (4, 12, 1) and x.mT.stride() == (12, 1, 4)  # claim: strides-reordered
assert x.permute(2, 0, 1).stride() == (1, 12, 4)  # claim: strides-reordered

x.transpose(0, 1)[2, 1, 3] = -1.0  # a write through the view...
print("x[1, 2, 3] =", x[1, 2, 3].item())
assert x[1, 2, 3].item() == -1.0  # claim: write-through

r = torch.rand(1, 3).T  # swapping in a dim of size 1: still contiguous
print("rand(1, 3).T contiguous:", r.is_contiguous(), "| .contiguous() returns it unchanged:", r.contiguous() is r)
assert r.is_contiguous() and r.contiguous() is r  # claim: size-one-contig, contiguous-no-copy

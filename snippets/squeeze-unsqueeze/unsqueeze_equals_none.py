import torch

torch.manual_seed(0)
x = torch.rand(3, 4)
assert all(x.unsqueeze(d).dim() == 3 and x.unsqueeze(d).shape[d] == 1 for d in range(-3, 3))  # claim: unsqueeze-adds
pairs = {
    "x.unsqueeze(0)  / x[None]": (x.unsqueeze(0), x[None]),
    "x.unsqueeze(1)  / x[:, None]": (x.unsqueeze(1), x[:, None]),
    "x.unsqueeze(-1) / x[..., None]": (x.unsqueeze(-1), x[..., None]),
}
for name, (a, b) in pairs.items():
    both_views = a._base is x and b._base is x
    print(f"{name:30} shape={tuple(a.shape)} stride={a.stride()} both views of x: {both_views}")
    assert a.shape == b.shape and a.stride() == b.stride() and torch.equal(a, b)  # claim: none-is-unsqueeze
    assert both_views and a.data_ptr() == b.data_ptr() == x.data_ptr()  # claim: none-is-unsqueeze

# Several new axes in one go
assert torch.equal(x[None, :, None], x.unsqueeze(0).unsqueeze(2))  # claim: several-none
print("x[None, :, None].shape =", tuple(x[None, :, None].shape))

t = x.T  # a non-contiguous input: still a view, no copy
u = t.unsqueeze(0)
assert u.untyped_storage().data_ptr() == x.untyped_storage().data_ptr() and u.stride() == (4, 1, 4)  # claim: views-never-copy
s = torch.rand(4, 1, 6)[..., ::2]  # non-contiguous too, with a dim of size 1 to squeeze
assert not s.is_contiguous() and s.squeeze(1).untyped_storage().data_ptr() == s.untyped_storage().data_ptr()  # claim: views-never-copy

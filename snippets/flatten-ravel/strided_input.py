import torch

torch.manual_seed(0)
x = torch.rand(8, 3, 4, 4)[..., ::2]  # every other column: not contiguous, yet evenly spaced
print("x: shape", tuple(x.shape), "stride", x.stride(), "contiguous:", x.is_contiguous())
for name, flat in {"x.view(-1)": x.view(-1), "x.flatten()": x.flatten(), "x.ravel()": x.ravel()}.items():
    print(f"{name:12} shares memory with x: {flat.data_ptr() == x.data_ptr()}")
assert not x.is_contiguous()
assert x.view(-1).data_ptr() == x.data_ptr()  # claim: strided-viewable
assert x.flatten().data_ptr() == x.data_ptr()  # claim: flatten-views-when-it-can
assert x.ravel().data_ptr() != x.data_ptr() and x.ravel().is_contiguous()  # claim: ravel-copies-noncontiguous

v = torch.rand(10)[::2]  # 1-D and strided: flatten has nothing to merge, ravel still copies
assert v.flatten() is v and v.ravel().data_ptr() != v.data_ptr()  # claim: ravel-copies-noncontiguous
assert "A copy is made only if needed" in torch.ravel.__doc__  # claim: ravel-docstring

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3, 1, device=device)  # 3 float32 values, 12 bytes
e = x.expand(3, 1000)                # dim 1 stretched from 1 to 1000
p = x.expand(2, 3, 1000)             # plus a new leading dim
r = x.repeat(1, 1000)                # 3000 values written out

for name, t in (("x", x), ("x.expand(3, 1000)", e), ("x.expand(2, 3, 1000)", p), ("x.repeat(1, 1000)", r)):
    print(f"{name:21} stride {t.stride()!s:13} storage bytes {t.untyped_storage().nbytes()}")
assert x.stride() == (1, 1) and e.stride() == (1, 0)  # claim: stretched-stride-zero
assert p.stride() == (0, 1, 0)  # claim: new-dim-stride-zero
assert e.data_ptr() == p.data_ptr() == x.data_ptr()  # claim: expand-same-ptr
assert e.untyped_storage().nbytes() == p.untyped_storage().nbytes() == 3 * 4  # claim: expand-no-alloc
assert r.data_ptr() != x.data_ptr()  # claim: repeat-allocates
assert r.untyped_storage().nbytes() == r.numel() * r.element_size() == 3000 * 4  # claim: repeat-allocates
assert torch.equal(e, r)  # claim: same-values

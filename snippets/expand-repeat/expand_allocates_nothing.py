# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3, 1, device=device)  # 3 float32 values, 12 bytes
e = x.expand(3, 1000)                # 3000 elements to read...
r = x.repeat(1, 1000)                # ...3000 elements stored

print("x:      stride", x.stride(), " storage bytes", x.untyped_storage().nbytes())
print("expand: stride", e.stride(), " storage bytes", e.untyped_storage().nbytes())
print("repeat: stride", r.stride(), " storage bytes", r.untyped_storage().nbytes())
assert e.stride() == (1, 0) and e.data_ptr() == x.data_ptr()
assert e.untyped_storage().nbytes() == x.untyped_storage().nbytes() == 3 * 4
assert r.data_ptr() != x.data_ptr()
assert r.untyped_storage().nbytes() == r.numel() * r.element_size() == 3000 * 4
assert torch.equal(e, r)  # the same values, very different memory

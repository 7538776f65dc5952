import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(4, 5, dtype=torch.float64, device=device)

like = torch.zeros_like(x)  # x's shape, dtype and device
new = x.new_zeros(2, 3)  # x's dtype and device, a shape of its own
plain = torch.zeros(2, 3)  # default dtype, default device: nothing from x
for name, t in [("zeros_like(x)", like), ("x.new_zeros(2, 3)", new), ("torch.zeros(2, 3)", plain)]:
    print(f"{name:18} shape={tuple(t.shape)} dtype={t.dtype} device={t.device.type}")

assert like.shape == x.shape and like.dtype == x.dtype and like.device == x.device  # claim: like-follows
assert new.shape == (2, 3) and new.dtype == x.dtype and new.device == x.device  # claim: new-follows
assert plain.dtype == torch.float32 and plain.device.type == "cpu"  # claim: plain-default
assert torch.zeros(2, 3, device=x.device).device == x.device  # claim: pass-device

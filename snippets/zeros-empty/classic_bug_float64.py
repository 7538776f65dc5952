import torch

torch.manual_seed(0)
x = torch.tensor([1.0 + 1e-12, 2.0], dtype=torch.float64)  # needs float64 precision

buf = torch.zeros(2)  # the bug: float32, the default, not x's dtype
buf[:] = x  # rounded to float32 without a word
print("torch.zeros:", buf.dtype, "| lost:", (buf.double() - x).tolist())
assert buf.dtype == torch.float32 and buf[0].item() == 1.0  # claim: f64-rounded

good = x.new_zeros(2)  # the fix: x's dtype (and device)
good[:] = x
print("x.new_zeros:", good.dtype, "| lost:", (good - x).tolist())
assert good.dtype == torch.float64 and torch.equal(good, x)  # claim: f64-fix

# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3)                                          # float32, CPU
other = torch.zeros(2, 2, dtype=torch.float64, device=device)

y = x.to(other)  # takes dtype and device from other; shape and values stay x's
print("y:", y.dtype, y.device, tuple(y.shape))
assert y.dtype == other.dtype and y.device == other.device
assert y.shape == x.shape and torch.allclose(y.cpu(), x.double())

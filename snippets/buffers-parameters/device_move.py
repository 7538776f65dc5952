# gpu-capable
import torch
import torch.nn as nn

# without CUDA, the "meta" device (shapes, no data) is enough to see what moves
device = "cuda" if torch.cuda.is_available() else "meta"
torch.manual_seed(0)


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(3))
        self.register_buffer("mean", torch.zeros(3))
        self.offset = torch.ones(3)  # a plain tensor attribute, created on the CPU


m = Scaler().to(device)
for name in ["weight", "mean", "offset"]:
    print(f"{name:6} -> {getattr(m, name).device}")

assert m.weight.device.type == device and m.mean.device.type == device  # claim: to-moves
assert m.offset.device.type == "cpu"  # claim: plain-stays

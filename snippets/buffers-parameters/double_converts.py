import torch
import torch.nn as nn

torch.manual_seed(0)


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(3))
        self.register_buffer("mean", torch.zeros(3))
        self.offset = torch.ones(3)  # a plain tensor attribute


m = Scaler().to(torch.float64)  # same as m.double()
for name in ["weight", "mean", "offset"]:
    print(f"{name:6} -> {getattr(m, name).dtype}")

assert m.weight.dtype == torch.float64 and isinstance(m.weight, nn.Parameter)
assert m.mean.dtype == torch.float64
assert m.offset.dtype == torch.float32  # left behind

import torch
import torch.nn as nn

torch.manual_seed(0)


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(3))
        self.register_buffer("mean", torch.zeros(3))
        self.register_buffer("count", torch.zeros((), dtype=torch.int64))  # an integer buffer
        self.offset = torch.ones(3)  # a plain tensor attribute


m = Scaler().to(torch.float64)  # same as m.double()
for name in ["weight", "mean", "count", "offset"]:
    print(f"{name:6} -> {getattr(m, name).dtype}")

assert m.weight.dtype == m.mean.dtype == torch.float64  # claim: to-converts
assert isinstance(m.weight, nn.Parameter)  # claim: still-parameter
assert m.count.dtype == torch.int64  # claim: floating-only
assert m.offset.dtype == torch.float32  # claim: plain-left-behind
d = Scaler().double()
dtypes = lambda module: [getattr(module, name).dtype for name in ["weight", "mean", "count", "offset"]]
assert dtypes(d) == dtypes(m)  # claim: double-same-as-to

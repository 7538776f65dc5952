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

t = torch.ones(3).to("meta")  # the meta device keeps shape and dtype, and no data
assert t.is_meta and t.shape == (3,) and t.dtype == torch.float32  # claim: meta-device
try:
    t.tolist()
except NotImplementedError as error:
    assert "no data" in str(error)  # claim: meta-device
else:
    raise AssertionError("a meta tensor should have no data to read")

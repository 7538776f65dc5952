# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(10.0, device=device)
calls = {"split(3)": x.split(3), "chunk(4)": x.chunk(4), "tensor_split(4)": x.tensor_split(4),
         "unbind()": x.unbind()}

for name, pieces in calls.items():
    shared = all(p.untyped_storage().data_ptr() == x.untyped_storage().data_ptr() for p in pieces)
    print(f"{name:16} {len(pieces):2} pieces, all share x's storage: {shared}")
    assert shared
    start = 0
    for p in pieces:  # each piece starts where the previous one ended
        assert p.storage_offset() == start
        start += p.numel()

x.split(3)[1][0] = -1.0  # a write into a piece reaches x
print("x[3] =", x[3].item())
assert x[3].item() == -1.0

import warnings

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
src = torch.tensor([1.7, 2.2, -1.5])                   # float32, on the CPU
dst = torch.zeros(3, dtype=torch.int64, device=device)  # int64, on the device

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dst.copy_(src)  # converts the values to dst's dtype and moves them to dst's device
print("dst:", dst.tolist(), dst.dtype, dst.device.type, " warnings:", len(caught))
assert dst.dtype == torch.int64  # claim: copy-dst-dtype
assert dst.device.type == device and src.device.type == "cpu"  # claim: copy-dst-device
assert dst.tolist() == [1, 2, -1]  # claim: copy-truncates
assert not caught  # claim: copy-silent

meta = torch.empty(3, device="meta").copy_(src)  # "meta": a second device every build has
print("into a meta tensor:", meta.device.type)
assert meta.device.type == "meta"  # claim: copy-dst-device

c = src.clone()  # clone keeps the source's dtype and device
print("clone:", c.dtype, c.device.type)
assert c.dtype == torch.float32 and c.device.type == "cpu"  # claim: clone-keeps-dtype

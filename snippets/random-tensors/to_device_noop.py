import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
host = torch.randn(1_000)  # drawn on the CPU
moved = host.to(device)
direct = torch.randn(1_000, device=device)  # drawn where it will be used
print("branch:", device, "| direct on:", direct.device.type, "| moved on:", moved.device.type)
print(".to(device) returned the same tensor:", moved is host)

assert direct.device.type == moved.device.type == device  # claim: both-land-on-device
if device == "cuda":  # a real transfer: new memory on the GPU
    assert moved is not host and torch.equal(moved.cpu(), host)  # claim: to-cuda-copies
else:  # already there: .to() hands back the tensor itself
    assert moved is host  # claim: to-cpu-noop

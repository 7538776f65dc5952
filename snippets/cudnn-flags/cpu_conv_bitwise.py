import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
# claim: cpu-defaults
assert not (cudnn.benchmark or cudnn.deterministic or torch.are_deterministic_algorithms_enabled())
conv = torch.nn.Conv2d(16, 32, kernel_size=3, padding=1)
x = torch.randn(8, 16, 32, 32)

with torch.no_grad():
    outputs = [conv(x) for _ in range(5)]
same = all(torch.equal(outputs[0], out) for out in outputs[1:])
print("5 CPU forward passes, bitwise identical:", same)
assert same  # claim: cpu-five-equal

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
model = torch.nn.Linear(4, 2).to(device)  # a module moves in place; the reassignment is harmless
x = torch.rand(8, 4)                      # created on the CPU, like a batch from a DataLoader

x = x.to(device, non_blocking=True)  # a tensor must be reassigned
out = model(x)
print("device:", device, "| x on", x.device, "| output on", out.device)
assert x.device.type == device and out.device.type == device and model.weight.device.type == device  # claim: device-moves

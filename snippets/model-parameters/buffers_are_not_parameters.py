import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.block = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
        self.register_buffer("mask", torch.ones(2), persistent=False)


model = Net()
for name, buf in model.named_buffers():
    print(f"{name:<27} {str(buf.dtype):<13} requires_grad={buf.requires_grad}")

buffer_names = [name for name, _ in model.named_buffers()]
param_names = {name for name, _ in model.named_parameters()}
assert buffer_names == ["mask", "block.1.running_mean", "block.1.running_var",
                        "block.1.num_batches_tracked"]
assert param_names.isdisjoint(buffer_names)
assert all(b is nb for b, (_, nb) in zip(model.buffers(), model.named_buffers()))
assert not any(isinstance(b, nn.Parameter) or b.requires_grad for b in model.buffers())

model.block(model.fc(torch.randn(8, 4)))  # training mode: BatchNorm updates its buffers
print("after one forward pass:", model.block[1].num_batches_tracked)
assert model.block[1].num_batches_tracked.item() == 1

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
# claim: buffers-listed
assert buffer_names == ["mask", "block.1.running_mean", "block.1.running_var", "block.1.num_batches_tracked"]
assert param_names.isdisjoint(buffer_names)  # claim: buffers-not-params
assert all(b is nb for b, (_, nb) in zip(model.buffers(), model.named_buffers()))  # claim: buffers-listed
assert not any(isinstance(b, nn.Parameter) or b.requires_grad for b in model.buffers())  # claim: buffers-no-grad
assert model.block[1].num_batches_tracked.dtype == torch.int64  # claim: buffers-no-grad
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
held = {id(p) for group in optimizer.param_groups for p in group["params"]}
buffers = list(model.buffers())
assert held == {id(p) for p in model.parameters()} and held.isdisjoint(map(id, buffers))  # claim: buffers-not-optimized
assert not any(b.requires_grad for b in buffers)  # claim: buffers-not-optimized

bn, x = model.block[1], torch.randn(8, 4)
model.eval()
model.block(model.fc(x))  # eval mode: the statistics stay put
# claim: bn-updates-in-train
assert bn.num_batches_tracked.item() == 0 and torch.equal(bn.running_mean, torch.zeros(2)) and torch.equal(bn.running_var, torch.ones(2))
model.train()
model.block(model.fc(x))  # training mode: BatchNorm updates its buffers, no optimizer involved
print("after one forward pass in train mode:", bn.num_batches_tracked)
assert bn.num_batches_tracked.item() == 1 and not torch.equal(bn.running_mean, torch.zeros(2))  # claim: bn-updates-in-train

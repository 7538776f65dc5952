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
for name, param in model.named_parameters():
    print(f"{name:<15} {type(param).__name__} {tuple(param.shape)}")

names = [name for name, _ in model.named_parameters()]
# claim: dotted-paths
assert names == ["fc.weight", "fc.bias", "block.0.weight", "block.0.bias", "block.1.weight", "block.1.bias"]
# claim: attribute-path
assert model.get_parameter("fc.weight") is model.fc.weight and model.get_parameter("block.0.bias") is model.block[0].bias
assert all(type(p) is nn.Parameter for _, p in model.named_parameters())  # claim: named-pairs
assert model.block[1].weight.requires_grad and model.block[1].bias.requires_grad  # claim: bn-params

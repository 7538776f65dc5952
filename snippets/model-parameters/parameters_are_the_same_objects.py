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

params = list(model.parameters())
pairs = list(model.named_parameters())
same = [p is q for p, (_, q) in zip(params, pairs)]
print("parameters():", len(params), "named_parameters():", len(pairs))
print("same object, same position:", same)
print("numbers to train:", sum(p.numel() for p in params))
assert len(params) == len(pairs) == 6
assert all(same)
assert sum(p.numel() for p in params) == (4 * 3 + 3) + (3 * 2 + 2) + (2 + 2)

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
model.fc.requires_grad_(False)  # freeze fc: its parameters are still listed

params = list(model.parameters())
pairs = list(model.named_parameters())
same = [p is q for p, (_, q) in zip(params, pairs)]
print("parameters():", len(params), "named_parameters():", len(pairs))
print("same object, same position:", same)
assert len(params) == len(pairs) == 6 and all(same)  # claim: same-objects
assert not any(isinstance(p, tuple) for p in params)  # claim: no-names

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
assert all(a is b for a, b in zip(optimizer.param_groups[0]["params"], params))  # claim: optimizer-gets-them

total = sum(p.numel() for p in params)
trainable = sum(p.numel() for p in params if p.requires_grad)
print("numbers in all parameters:", total, "| trainable only:", trainable)
assert total == (4 * 3 + 3) + (3 * 2 + 2) + (2 + 2)  # claim: numel-counts-all
assert trainable == total - (4 * 3 + 3)  # claim: count-trainable

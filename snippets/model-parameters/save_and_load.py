import io

import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.block = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
        self.register_buffer("mask", torch.ones(2), persistent=False)


source, target = Net(), Net()
assert not torch.equal(target.fc.weight, source.fc.weight)
with torch.no_grad():
    source.block[1].running_mean.fill_(5.0)
    source.mask.fill_(0.0)
file = io.BytesIO()
torch.save(source.state_dict(), file)
file.seek(0)
print(target.load_state_dict(torch.load(file)))
print("running_mean:", target.block[1].running_mean, "| mask:", target.mask)
assert torch.equal(target.fc.weight, source.fc.weight)  # claim: load-restores
assert torch.equal(target.block[1].running_mean, torch.full((2,), 5.0))  # claim: load-restores
assert torch.equal(target.mask, torch.ones(2))  # claim: mask-not-saved
restored = target.state_dict()
# claim: saved-is-state-dict
assert all(torch.equal(restored[k], v) for k, v in source.state_dict().items()) and not torch.equal(target.mask, source.mask)

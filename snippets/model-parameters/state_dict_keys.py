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
params = {name for name, _ in model.named_parameters()}
buffers = {name for name, _ in model.named_buffers()}
state = model.state_dict()
keys = list(state)
for key in keys:
    print(f"{key:<27} {'parameter' if key in params else 'buffer'}")
print("named_buffers() has 'mask':", "mask" in buffers, "| state_dict() has 'mask':", "mask" in keys)

assert isinstance(state, dict) and all(key in params or key in buffers for key in keys)  # claim: sd-keys
assert set(keys) == params | (buffers - {"mask"})  # claim: sd-contents
assert "mask" in buffers and "mask" not in keys  # claim: sd-no-mask
assert {"block.1.running_mean", "block.1.running_var", "block.1.num_batches_tracked"} <= set(keys)  # claim: sd-contents

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

sd = model.state_dict(keep_vars=True)
w = sd["fc.weight"]
print("type:", type(w).__name__, "| requires_grad:", w.requires_grad)
print("is model.fc.weight:", w is model.fc.weight)
assert w is model.fc.weight and type(w) is nn.Parameter and w.requires_grad  # claim: keep-vars-params
assert all(sd[name] is p for name, p in model.named_parameters())  # claim: keep-vars-params
assert all(sd[name] is b for name, b in model.named_buffers() if name != "mask")  # claim: keep-vars-buffers
assert "mask" not in sd and set(sd) == set(model.state_dict())  # claim: keep-vars-same-keys
assert model.state_dict()["fc.weight"] is not model.fc.weight  # claim: detached-tensors

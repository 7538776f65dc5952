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
sd = model.state_dict()
w = sd["fc.weight"]
print("type:", type(w).__name__, "| requires_grad:", w.requires_grad)
print("same memory as the parameter:", w.data_ptr() == model.fc.weight.data_ptr())
assert type(w) is torch.Tensor and not w.requires_grad and model.fc.weight.requires_grad  # claim: detached-tensors
live = dict(model.named_parameters()) | dict(model.named_buffers())
# every entry, parameters and buffers alike: a plain detached tensor on the model's memory
assert all(type(t) is torch.Tensor and not t.requires_grad for t in sd.values())  # claim: detached-tensors
assert all(t.data_ptr() == live[k].data_ptr() for k, t in sd.items())  # claim: shares-memory

with torch.no_grad():
    w[0].fill_(7.0)  # write through the state_dict tensor
print("fc.weight row 0 now:", model.fc.weight[0].tolist())
assert torch.equal(model.fc.weight[0], torch.full((4,), 7.0))  # claim: write-through

import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)

bn.running_mean = torch.full((3,), 5.0)  # a plain tensor onto a buffer name: allowed
print("still a buffer:", "running_mean" in dict(bn.named_buffers()))
print("in state_dict():", bn.state_dict()["running_mean"])
assert dict(bn.named_buffers())["running_mean"] is bn.running_mean  # claim: buffer-replaced
assert torch.equal(bn.state_dict()["running_mean"], torch.full((3,), 5.0))  # claim: buffer-replaced

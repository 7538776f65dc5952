import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(8, 3, 4, 4)  # a batch: (N, C, H, W)

print("torch.flatten(x)    ", tuple(torch.flatten(x).shape))  # start_dim=0
print("x.flatten()         ", tuple(x.flatten().shape))       # start_dim=0
print("x.ravel()           ", tuple(x.ravel().shape))         # always everything
print("nn.Flatten()(x)     ", tuple(nn.Flatten()(x).shape))   # start_dim=1
print("torch.flatten(x, 1) ", tuple(torch.flatten(x, 1).shape))
assert torch.flatten(x).shape == x.flatten().shape == x.ravel().shape == (8 * 3 * 4 * 4,)  # claim: default-start-zero
assert nn.Flatten()(x).shape == (8, 3 * 4 * 4)  # claim: nn-flatten-start-one
assert torch.equal(nn.Flatten()(x), torch.flatten(x, 1))  # claim: nn-flatten-equals-flatten-1
assert torch.equal(nn.Flatten(start_dim=0)(x), torch.flatten(x))  # claim: nn-flatten-start-zero
# start_dim=2 merges only H and W
print("x.flatten(2)        ", tuple(x.flatten(2).shape))
assert x.flatten(2).shape == (8, 3, 16)  # claim: higher-start-fewer

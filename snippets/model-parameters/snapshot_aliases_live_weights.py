import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model.weight.detach().clone()

best = model.state_dict()                 # bug: aliases the live weights
saved = copy.deepcopy(model.state_dict())  # fix: an independent copy

model(torch.randn(4, 2)).sum().backward()
optimizer.step()  # updates the weights in place
print("weight after step: ", model.weight.data)
print("'best' snapshot:   ", best["weight"])
print("deep-copied one:   ", saved["weight"])
assert not torch.equal(model.weight, before)
assert torch.equal(best["weight"], model.weight)  # the "snapshot" moved too
assert torch.equal(saved["weight"], before)

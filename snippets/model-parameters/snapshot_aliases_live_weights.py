import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before, address = model.weight.detach().clone(), model.weight.data_ptr()

best = model.state_dict()                 # bug: aliases the live weights
saved = copy.deepcopy(model.state_dict())  # fix: an independent copy

model(torch.randn(4, 2)).sum().backward()
optimizer.step()  # updates the weights in place
print("weight after step: ", model.weight.data)
print("'best' snapshot:   ", best["weight"])
print("deep-copied one:   ", saved["weight"])
assert not torch.equal(model.weight, before) and model.weight.data_ptr() == address  # claim: step-in-place
assert torch.equal(best["weight"], model.weight)  # claim: snapshot-moves
assert torch.equal(saved["weight"], before)  # claim: deepcopy-fix

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.LayerNorm(32), nn.Linear(32, 4))

try:  # bug: assumes every module has a weight
    model.apply(lambda module: nn.init.xavier_uniform_(module.weight))
except AttributeError as error:  # ReLU has none
    print(f"AttributeError: {error}")
    assert "'ReLU' object has no attribute 'weight'" in str(error)  # claim: bug-no-weight
else:
    raise AssertionError("apply() should fail on ReLU")

try:  # half a fix: LayerNorm has a weight too, but a 1-D one
    model.apply(lambda module: nn.init.xavier_uniform_(module.weight) if hasattr(module, "weight") else None)
except ValueError as error:
    print(f"ValueError: {error}")
    assert "can not be computed for tensor with fewer than 2 dimensions" in str(error) and model[2].weight.dim() == 1  # claim: bug-1d-weight
else:
    raise AssertionError("xavier_uniform_ on LayerNorm's 1-D weight should raise")


def init_linear(module):  # fix: pick the modules by type
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)


model.apply(init_linear)
print("LayerNorm weight still all ones:", torch.equal(model[2].weight, torch.ones(32)))
assert torch.equal(model[2].weight, torch.ones(32))  # claim: fix-by-type
assert torch.equal(model[0].bias, torch.zeros(32)) and torch.equal(model[3].bias, torch.zeros(4))  # claim: fix-by-type

import math

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.LayerNorm(256),
                      nn.Sequential(nn.Linear(256, 256), nn.ReLU()), nn.Linear(256, 10))
before = {name: p.detach().clone() for name, p in model.named_parameters()}
visited = []


def init_fn(module):  # called once for every module, the model itself included
    visited.append(type(module).__name__)
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)


result = model.apply(init_fn)
print("visited:", visited)
assert result is model and len(visited) == len(list(model.modules())) == 8  # claim: apply-visits-all
assert visited[-1] == "Sequential" and visited[3:6] == ["Linear", "ReLU", "Sequential"]  # claim: apply-children-first
linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
assert len(linears) == 3  # claim: apply-every-linear
for m in linears:
    fan_out, fan_in = m.weight.shape
    assert m.weight.abs().max() <= math.sqrt(6 / (fan_in + fan_out)) and torch.equal(m.bias, torch.zeros(fan_out))  # claim: apply-every-linear
    assert m.weight.abs().max() > 1 / math.sqrt(fan_in)  # claim: apply-every-linear
changed = [name for name, p in model.named_parameters() if not torch.equal(p, before[name])]
print("changed:", changed)
assert changed == ["0.weight", "0.bias", "3.0.weight", "3.0.bias", "4.weight", "4.bias"]  # claim: apply-only-linear

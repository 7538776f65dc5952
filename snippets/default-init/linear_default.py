import inspect
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(1024, 256)  # weight (256, 1024): fan_in = in_features = 1024
bound = 1 / math.sqrt(layer.in_features)
w, b = layer.weight.detach(), layer.bias.detach()
print(f"1/sqrt(fan_in) = {bound:.5f}")
print("weight within it:", (w.abs().max() <= bound).item(), "| bias within it:", (b.abs().max() <= bound).item())
assert w.shape == (256, 1024) and w.abs().max() <= bound and w.abs().max() > 0.99 * bound  # claim: weight-bound
assert b.abs().max() <= bound and b.abs().max() > 0.9 * bound  # claim: bias-bound
assert abs(w.mean().item()) < 0.01 * bound  # claim: uniform-spread
assert abs(w.std().item() - bound / math.sqrt(3)) < 0.01 * bound  # claim: uniform-spread

# Where the bound comes from: reset_parameters calls kaiming_uniform_ with a = sqrt(5)
source = inspect.getsource(nn.Linear.reset_parameters)
assert "init.kaiming_uniform_(self.weight, a=math.sqrt(5))" in source  # claim: source-kaiming
assert "github.com/pytorch/pytorch/issues/57109" in source  # claim: source-issue
assert "init.uniform_(self.bias, -bound, bound)" in source and "bound = 1 / math.sqrt(fan_in)" in source  # claim: source-bias-uniform
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
assert math.isclose(gain, math.sqrt(2 / 6)) and math.isclose(gain * math.sqrt(3 / 1024), bound)  # claim: a-sqrt5-bound
torch.manual_seed(0)
again = nn.Linear(1024, 256)  # the same seed, redone by hand: the same numbers
torch.manual_seed(0)
by_hand = nn.init.kaiming_uniform_(torch.empty(256, 1024), a=math.sqrt(5))
assert torch.equal(again.weight.detach(), by_hand)  # claim: source-kaiming

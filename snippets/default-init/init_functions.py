import inspect
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
fan_out, fan_in = 512, 2048
w = torch.empty(fan_out, fan_in)  # 1M entries: the spread is measured to well under 1 %

nn.init.xavier_uniform_(w)
bound = math.sqrt(6 / (fan_in + fan_out))
print(f"xavier_uniform_: bound {bound:.5f}, max |w| {w.abs().max().item():.5f}")
assert w.abs().max() <= bound and w.abs().max() > 0.999 * bound  # claim: xavier-bound
gain = nn.init.calculate_gain("relu")  # sqrt(2)
nn.init.xavier_uniform_(w, gain=gain)
assert w.abs().max() <= gain * bound and w.abs().max() > 0.999 * gain * bound  # claim: xavier-gain

nn.init.kaiming_normal_(w)  # defaults: a=0, mode='fan_in', nonlinearity='leaky_relu'
std = math.sqrt(2 / fan_in)
print(f"kaiming_normal_: std {std:.5f}, measured {w.std().item():.5f}")
assert abs(w.std().item() - std) < 0.01 * std and abs(w.mean().item()) < 0.01 * std  # claim: kaiming-std
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
assert abs(w.std().item() - math.sqrt(2 / fan_out)) < 0.01 * math.sqrt(2 / fan_out)  # claim: kaiming-fan-out

# The default 'leaky_relu' with a=0 is the ReLU gain; calculate_gain's own default slope is 0.01
defaults = inspect.signature(nn.init.kaiming_normal_).parameters
assert defaults["a"].default == 0 and defaults["nonlinearity"].default == "leaky_relu"  # claim: kaiming-defaults
assert defaults["mode"].default == "fan_in"  # claim: kaiming-defaults
assert nn.init.calculate_gain("leaky_relu", 0) == nn.init.calculate_gain("relu") == math.sqrt(2)  # claim: leaky-zero
assert nn.init.calculate_gain("leaky_relu") == nn.init.calculate_gain("leaky_relu", 0.01) < math.sqrt(2)  # claim: leaky-zero

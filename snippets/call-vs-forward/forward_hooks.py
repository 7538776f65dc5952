import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
counts = {"pre-hook": 0, "hook": 0}


def double_input(module, args):  # forward pre-hook: runs before forward(), may replace the input
    counts["pre-hook"] += 1
    return (2 * args[0],)


def add_one(module, args, output):  # forward hook: runs after forward(), may replace the output
    counts["hook"] += 1
    return output + 1


model.register_forward_pre_hook(double_input)
model.register_forward_hook(add_one)
for _ in range(3):
    by_call = model(x)
print("after 3 x model(x):        ", counts)
assert counts == {"pre-hook": 3, "hook": 3}  # claim: call-fires-both
for _ in range(3):
    by_forward = model.forward(x)
print("after 3 x model.forward(x):", counts)
assert counts == {"pre-hook": 3, "hook": 3}  # claim: forward-fires-neither

assert torch.allclose(by_call, model.forward(2 * x) + 1)  # claim: hooks-change-output
assert torch.allclose(by_forward, x @ model.weight.T + model.bias)  # claim: forward-plain

import math

import torch
import torch.nn as nn

torch.manual_seed(0)
fan_in, fan_out = 1024, 256  # a Linear(1024, 256): its weight has shape (256, 1024)
default = nn.Linear(fan_in, fan_out)
w = torch.empty(fan_out, fan_in)
rows = [  # (init, what spreads, value by the formula, tensor it made, measure)
    ("nn.Linear(1024, 256).weight", "bound = 1/sqrt(fan_in)", 1 / math.sqrt(fan_in), default.weight.detach(), "max"),
    ("nn.Linear(1024, 256).bias", "bound = 1/sqrt(fan_in)", 1 / math.sqrt(fan_in), default.bias.detach(), "max"),
    ("kaiming_uniform_(w, a=sqrt(5))", "bound = 1/sqrt(fan_in)", 1 / math.sqrt(fan_in),
     nn.init.kaiming_uniform_(w.clone(), a=math.sqrt(5)), "max"),
    ("xavier_uniform_(w)", "bound = sqrt(6/(fan_in + fan_out))", math.sqrt(6 / (fan_in + fan_out)),
     nn.init.xavier_uniform_(w.clone()), "max"),
    ("kaiming_uniform_(w)", "bound = sqrt(6/fan_in)", math.sqrt(6 / fan_in), nn.init.kaiming_uniform_(w.clone()), "max"),
    ("kaiming_normal_(w)", "std = sqrt(2/fan_in)", math.sqrt(2 / fan_in), nn.init.kaiming_normal_(w.clone()), "std"),
    ("kaiming_normal_(w, mode='fan_out')", "std = sqrt(2/fan_out)", math.sqrt(2 / fan_out),
     nn.init.kaiming_normal_(w.clone(), mode="fan_out"), "std"),
]
print("| Init | Formula | Formula value | Measured (max abs, or std) | Measured within 2 % of the formula (and max ≤ bound)? |")
print("|---|---|---|---|---|")
agree = []
for name, formula, value, tensor, measure in rows:
    measured = (tensor.abs().max() if measure == "max" else tensor.std()).item()
    ok = abs(measured - value) <= 0.02 * value and (measure == "std" or measured <= value)
    agree.append(ok)
    print(f"| `{name}` | `{formula}` | {value:.5f} | {measured:.5f} | {'✓' if ok else '✗'} |")

assert all(agree)  # claim: table-formulas
assert rows[0][2] != rows[3][2]  # claim: table-not-xavier
assert math.isclose(rows[4][2], math.sqrt(6) * rows[0][2])  # claim: table-not-he

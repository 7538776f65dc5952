import copy

import numpy as np
import torch

torch.manual_seed(0)
calls = [  # (call, input tensor, conversion)
    ("t.item()", torch.tensor(2.5), lambda t: t.item()),
    ("t.item()", torch.tensor([7]), lambda t: t.item()),
    ("float(t)", torch.tensor([2.5]), float),
    ("float(t)", torch.tensor([7]), float),
    ("t.tolist()", torch.rand(2, 3), lambda t: t.tolist()),
    ("t.tolist()", torch.tensor(2.5), lambda t: t.tolist()),
    ("t.numpy()", torch.rand(2, 3), lambda t: t.numpy()),
]
rows = []
print("| call | input | returns | follows a later add_(1)? |")
print("|---|---|---|---|")
for call, t, convert in calls:
    out = convert(t)
    before = copy.deepcopy(out)
    t.add_(1)  # change the tensor in place: does the result follow?
    follows = not np.array_equal(out, before)
    kind = f"{type(out).__module__}.{type(out).__name__}".removeprefix("builtins.")
    if isinstance(out, list):
        kind += f" of list of {type(out[0][0]).__name__}"
    rows.append((kind, follows))
    print(f"| `{call}` | `{t.dtype}, shape {tuple(t.shape)}` | `{kind}` | {'✓' if follows else '✗'} |")

assert rows[0] == ("float", False) and rows[1] == ("int", False)  # claim: item-type-follows-dtype
assert rows[2] == rows[3] == ("float", False)  # claim: float-always-float
assert rows[4] == ("list of list of float", False) and rows[5] == ("float", False)  # claim: tolist-nested-or-bare
assert rows[6] == ("numpy.ndarray", True) and all(not f for _, f in rows[:6])  # claim: only-numpy-follows

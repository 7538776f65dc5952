import copy

import numpy as np
import torch

torch.manual_seed(0)
calls = [  # (call, input tensor, conversion)
    ("t.item()", torch.tensor(2.5), lambda t: t.item()),
    ("t.item()", torch.tensor([7]), lambda t: t.item()),
    ("float(t)", torch.tensor([2.5]), float),
    ("t.tolist()", torch.rand(2, 3), lambda t: t.tolist()),
    ("t.tolist()", torch.tensor(2.5), lambda t: t.tolist()),
    ("t.numpy()", torch.rand(2, 3), lambda t: t.numpy()),
]
rows = []
print("| call | input | returns | shares memory? |")
print("|---|---|---|---|")
for call, t, convert in calls:
    out = convert(t)
    before = copy.deepcopy(out)
    t.add_(1)  # change the tensor in place: does the result follow?
    shares = not np.array_equal(out, before)
    kind = f"{type(out).__module__}.{type(out).__name__}".removeprefix("builtins.")
    if isinstance(out, list):
        kind += f" of list of {type(out[0][0]).__name__}"
    rows.append((kind, shares))
    print(f"| `{call}` | `{t.dtype}, shape {tuple(t.shape)}` | `{kind}` | {'✓' if shares else '✗'} |")

assert rows == [("float", False), ("int", False), ("float", False),
                ("list of list of float", False), ("float", False), ("numpy.ndarray", True)]

import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_warn_always(True)
x = torch.tensor([[[0.0, 10.0, 20.0]]])  # 3 samples, resized to 5
calls = {
    'F.interpolate(x, size=5, mode="linear", align_corners=True)': lambda: F.interpolate(x, size=5, mode="linear", align_corners=True),
    'F.interpolate(x, size=5, mode="linear", align_corners=False)': lambda: F.interpolate(x, size=5, mode="linear", align_corners=False),
    'F.interpolate(x, size=5, mode="linear")': lambda: F.interpolate(x, size=5, mode="linear"),
    'nn.Upsample(size=5, mode="linear")(x)': lambda: nn.Upsample(size=5, mode="linear")(x),
    'F.upsample(x, size=5, mode="linear")': lambda: F.upsample(x, size=5, mode="linear"),
    'F.interpolate(x, size=5, mode="nearest")': lambda: F.interpolate(x, size=5, mode="nearest"),
    'F.interpolate(x, size=5, mode="nearest", align_corners=False)': lambda: F.interpolate(x, size=5, mode="nearest", align_corners=False),
}
false = F.interpolate(x, size=5, mode="linear", align_corners=False)
print("| call | output | equals align_corners=False | warning | error |\n|---|---|---|---|---|")
rows = {}
for name, call in calls.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out, error = call(), "✗"
        except ValueError as e:
            out, error = None, f"`{type(e).__name__}`"
    values = "—" if out is None else f"`{[round(v, 4) for v in out.flatten().tolist()]}`"
    same = "—" if out is None else ("✓" if torch.allclose(out, false) else "✗")
    warned = " ".join(f"`{w.category.__name__}`" for w in caught) or "✗"
    rows[name] = (same, warned, error)
    print(f"| `{name}` | {values} | {same} | {warned} | {error} |")

names = list(calls)
assert rows[names[0]] == ("✗", "✗", "✗") and rows[names[1]] == ("✓", "✗", "✗")  # claim: table-true-false
assert rows[names[2]] == rows[names[3]] == ("✓", "✗", "✗")  # claim: table-default-false
assert rows[names[4]] == ("✓", "`UserWarning`", "✗") and rows[names[5]][1] == "✗"  # claim: table-upsample-warns
assert rows[names[5]][2] == "✗" and rows[names[6]] == ("—", "✗", "`ValueError`")  # claim: table-nearest

import math
import warnings

import numpy as np
import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # a warning torch gives once per process would show up in every row
calls = ["torch.std(x)", "x.std()", "torch.std(x, correction=0)", "torch.std(x, unbiased=False)",
         "np.std(a)", "np.std(a, ddof=1)", "torch.var(x)", "torch.var(x, correction=0)", "np.var(a)", "np.var(a, ddof=1)"]
four, one = [1.0, 2.0, 3.0, 4.0], [5.0]
squares = sum((v - 2.5) ** 2 for v in four)  # sum of squared deviations of `four`: 5.0


def run(call, values):  # the value as a Python float, and the category of any warning
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = eval(call, {"torch": torch, "np": np, "x": torch.tensor(values), "a": np.array(values, dtype=np.float32)})
    return float(out), sorted({w.category.__name__ for w in caught})


print("| call | divides by | on [1., 2., 3., 4.] | on [5.] | warns on [5.] |\n|---|---|---|---|---|")
rows = {}
for call in calls:
    (v4, w4), (v1, w1) = run(call, four), run(call, one)
    var = v4 if "var" in call else v4 ** 2
    by = "N - 1" if math.isclose(var, squares / 3, rel_tol=1e-6) else "N" if math.isclose(var, squares / 4, rel_tol=1e-6) else "?"
    rows[call] = (by, round(v4, 4), v1, w1, w4)
    print(f"| `{call}` | `{by}` | `{round(v4, 4)}` | `{v1}` | {', '.join(f'`{w}`' for w in w1) or '✗'} |")

assert [rows[c][0] for c in calls] == ["N - 1", "N - 1", "N", "N", "N", "N - 1", "N - 1", "N", "N", "N - 1"]  # claim: table-divides-by
assert all(not rows[c][4] for c in calls)  # claim: table-no-warning-on-four
assert all(math.isnan(rows[c][2]) == (rows[c][0] == "N - 1") for c in calls)  # claim: table-one-element
assert all(rows[c][3] == (["UserWarning"] if c.startswith(("torch", "x")) else ["RuntimeWarning"]) for c in calls if rows[c][0] == "N - 1")  # claim: table-one-element
assert all(rows[c][2] == 0.0 and not rows[c][3] for c in calls if rows[c][0] == "N")  # claim: table-one-element

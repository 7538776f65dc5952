import math

import numpy as np
import torch

torch.manual_seed(0)
pairs = [(-7, 2), (7, -2), (-7.0, 2.0), (-7.5, 2.0)]  # (a, b): Python numbers; x, y: the same as tensors
rows = [  # each row label is the exact expression evaluated
    "a // b", "np.floor_divide(a, b)", "x // y", "torch.floor_divide(x, y)",
    "torch.div(x, y, rounding_mode='floor')", "torch.div(x, y, rounding_mode='trunc')", "math.trunc(a / b)",
    "torch.div(x, y)", "x / y",
    "a % b", "x % y", "torch.remainder(x, y)", "torch.fmod(x, y)", "math.fmod(a, b)", "np.fmod(a, b)",
]
cells = {row: [] for row in rows}
for a, b in pairs:
    names = {"a": a, "b": b, "x": torch.tensor(a), "y": torch.tensor(b), "math": math, "np": np, "torch": torch}
    for row in rows:
        value = eval(row, names)
        cells[row].append(value.item() if hasattr(value, "item") else value)  # tensors, NumPy: to Python
print("| expression | " + " | ".join(f"a = {a}, b = {b}" for a, b in pairs) + " |")
print("|---|" + "---|" * len(pairs))
for row, values in cells.items():
    print(f"| `{row}` | " + " | ".join(f"`{v}`" for v in values) + " |")

floor_rows = rows[1:5]
assert all(cells[r] == cells["a // b"] for r in floor_rows)  # claim: table-floor-agree
assert cells["torch.div(x, y, rounding_mode='trunc')"] == cells["math.trunc(a / b)"]  # claim: table-trunc
assert all(f != t for f, t in zip(cells["x // y"], cells["math.trunc(a / b)"]))  # claim: table-floor-not-trunc
assert cells["x / y"] == cells["torch.div(x, y)"] == [a / b for a, b in pairs]  # claim: table-true-div
assert all(isinstance(v, float) for v in cells["x / y"])  # claim: table-true-div
assert cells["x % y"] == cells["torch.remainder(x, y)"] == cells["a % b"]  # claim: table-remainder
assert cells["torch.fmod(x, y)"] == cells["math.fmod(a, b)"] == cells["np.fmod(a, b)"]  # claim: table-fmod
assert all(r != f for r, f in zip(cells["a % b"], cells["math.fmod(a, b)"]))  # claim: table-remainder-not-fmod
# claim: table-int-stays-int
assert all(isinstance(cells[r][i], int) for r in floor_rows + [rows[5], "x % y", "torch.fmod(x, y)"] for i in (0, 1))

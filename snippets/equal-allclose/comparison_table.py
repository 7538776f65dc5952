import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0])
cases = {  # column: (a, b)
    "identical": (x, x.clone()),
    "1e-6 apart": (x, x + torch.tensor([0.0, 0.0, 1e-6])),
    "(3,) vs (1, 3)": (x, x.clone().reshape(1, 3)),
    "(3,) vs (2,)": (x, x[:2].clone()),
    "int64 vs float32": (torch.tensor([1, 2, 3]), x.clone()),
    "float32 vs float64": (torch.tensor([0.1]), torch.tensor([0.1], dtype=torch.float64)),
    "NaN in both": (torch.tensor([1.0, float("nan")]), torch.tensor([1.0, float("nan")])),
}
calls = ["a == b", "torch.eq(a, b)", "torch.equal(a, b)", "torch.isclose(a, b)", "torch.allclose(a, b)",
         "torch.allclose(a, b, equal_nan=True)"]


def run(call, a, b):  # what the call returned, or the exception it raised
    try:
        out = eval(call, {"torch": torch, "a": a, "b": b})
    except RuntimeError:
        return "RuntimeError"
    return f"tensor({out.tolist()})" if isinstance(out, torch.Tensor) else out


cells = {call: [run(call, a, b) for a, b in cases.values()] for call in calls}
print("| call | " + " | ".join(cases) + " |")
print("|---|" + "---|" * len(cases))
for call, row in cells.items():
    print(f"| `{call}` | " + " | ".join(f"`{c}`" for c in row) + " |")

assert cells["a == b"] == cells["torch.eq(a, b)"]  # claim: eq-is-operator
assert all(isinstance(c, bool) for c in cells["torch.equal(a, b)"])  # claim: equal-always-bool
assert cells["torch.equal(a, b)"] == [True, False, False, False, True, False, False]  # claim: table-equal
assert cells["torch.allclose(a, b)"] == [True, True, True, "RuntimeError", "RuntimeError", "RuntimeError", False]  # claim: table-allclose
assert cells["a == b"][2] == "tensor([[True, True, True]])" and cells["a == b"][3] == "RuntimeError"  # claim: table-eq-shapes
assert cells["torch.allclose(a, b, equal_nan=True)"][-1] is True  # claim: table-nan
assert all(cells[c][-1] in (False, "tensor([True, False])") for c in calls[:5])  # claim: table-nan

import copy

import torch

torch.manual_seed(0)
ways = {"x.clone()": lambda x, dst: x.clone(), "dst.copy_(x)": lambda x, dst: dst.copy_(x),
        "copy.deepcopy(x)": lambda x, dst: copy.deepcopy(x)}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Way | New memory? | Keeps the graph? | Non-leaf source? | Broadcasts? | dtype from |")
print("|---|---|---|---|---|---|")
for name, way in ways.items():
    x = torch.rand(3, dtype=torch.float64, requires_grad=True)  # a (3,) float64 leaf
    dst = torch.zeros(2, 3)                                     # a (2, 3) float32 target
    out = way(x, dst)
    out.sum().backward()
    try:
        way(x * 1, torch.zeros(2, 3))  # the same way, on a non-leaf source
        non_leaf = True
    except RuntimeError:
        non_leaf = False
    dtype_from = "`x`" if out.dtype == x.dtype else "`dst`"
    rows[name] = (out.data_ptr() != x.data_ptr(), x.grad is not None, non_leaf,
                  out.shape != x.shape, dtype_from)
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[name][:4]) + f" | {dtype_from} |")

assert rows["x.clone()"] == (True, True, True, False, "`x`")
assert rows["dst.copy_(x)"] == (True, True, True, True, "`dst`")
assert rows["copy.deepcopy(x)"] == (True, False, False, False, "`x`")

import copy

import torch

torch.manual_seed(0)
ways = {"x.clone()": lambda x, dst: x.clone(), "dst.copy_(x)": lambda x, dst: dst.copy_(x),
        "copy.deepcopy(x)": lambda x, dst: copy.deepcopy(x)}
mark = {True: "✓", False: "✗"}


def whose(value, of_x, of_dst):  # which operand the result took the property from
    return "`x`" if value == of_x else "`dst`" if value == of_dst else "neither"


rows = {}
print("| Way | New allocation? | Keeps the graph? | Non-leaf source? | Shape from | dtype from |")
print("|---|---|---|---|---|---|")
for name, way in ways.items():
    x = torch.rand(3, dtype=torch.float64, requires_grad=True)  # a (3,) float64 leaf
    dst = torch.zeros(2, 3)                                     # a (2, 3) float32 target
    out = way(x, dst)
    new_allocation = out.data_ptr() not in (x.data_ptr(), dst.data_ptr())
    out.sum().backward()
    try:
        way(x * 1, torch.zeros(2, 3))  # the same way, on a non-leaf source
        non_leaf = True
    except RuntimeError:
        non_leaf = False
    shape_from, dtype_from = whose(out.shape, x.shape, dst.shape), whose(out.dtype, x.dtype, dst.dtype)
    rows[name] = (new_allocation, x.grad is not None, non_leaf, shape_from, dtype_from)
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[name][:3]) + f" | {shape_from} | {dtype_from} |")

assert rows["x.clone()"] == (True, True, True, "`x`", "`x`")  # claim: table-clone
assert rows["dst.copy_(x)"] == (False, True, True, "`dst`", "`dst`")  # claim: table-copy
assert rows["copy.deepcopy(x)"] == (True, False, False, "`x`", "`x`")  # claim: table-deepcopy

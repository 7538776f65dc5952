import torch

torch.manual_seed(0)
ways = ["x += y", "x.add_(y)", "torch.add(x, y, out=x)", "x = x + y"]
mark, err = {True: "✓", False: "✗"}, "`RuntimeError`"


def attempt(stmt, x, y):  # what the name x refers to afterwards, or None if it raised
    ns = {"torch": torch, "x": x, "y": y}
    try:
        exec(stmt, ns)
    except RuntimeError:
        return None
    return ns["x"]


rows = {}
print("| Way | Same object? | Same memory? | On a leaf that requires grad | int64 x, float32 y |")
print("|---|---|---|---|---|")
for stmt in ways:
    x = torch.zeros(3)
    out = attempt(stmt, x, torch.ones(3))
    leaf = attempt(stmt, torch.zeros(3, requires_grad=True), torch.ones(3)) is not None
    ints = attempt(stmt, torch.zeros(3, dtype=torch.int64), torch.ones(3))
    rows[stmt] = (out is x, out.data_ptr() == x.data_ptr(), leaf, None if ints is None else ints.dtype)
    print(f"| `{stmt}` | {mark[out is x]} | {mark[rows[stmt][1]]} | {mark[True] if leaf else err} | "
          f"{err if ints is None else f'`{ints.dtype}`'} |")

assert all(rows[stmt] == (True, True, False, None) for stmt in ways[:3])  # claim: inplace-row, out-like-inplace
assert rows["x = x + y"] == (False, False, True, torch.float32)  # claim: outofplace-row

import contextlib

import torch

torch.manual_seed(0)
x, w = torch.randn(4, requires_grad=True), torch.randn(4, requires_grad=True)


def f(a):  # the same computation in every row
    return ((a * w).sin() * a).sum()


def run(way):
    saved = []  # the pack hook runs once for every tensor an operation saves for backward
    block = torch.no_grad() if way == "no_grad" else contextlib.nullcontext()
    with block:
        a = x.detach() if way == "detach" else x
        flags = [a.requires_grad, (a * 2).requires_grad, (a * w).requires_grad]
        with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
            f(a)
    return flags + [len(saved)]


labels = {"plain": "a = x", "detach": "a = x.detach()", "no_grad": "with torch.no_grad(): a = x"}
rows = {way: run(way) for way in labels}
print("| Code | a.requires_grad | (a * 2).requires_grad | (a * w).requires_grad | Tensors saved by f(a) |")
print("|---|---|---|---|---|")
for way, (*flags, saved) in rows.items():
    print(f"| `{labels[way]}` | " + " | ".join("✓" if v else "✗" for v in flags) + f" | {saved} |")
assert rows["plain"] == [True, True, True, 5]  # claim: table-plain
assert rows["detach"] == [False, False, True, 3]  # claim: table-detach
assert rows["no_grad"] == [True, False, False, 0]  # claim: table-no-grad
assert rows["plain"][3] > rows["detach"][3] > rows["no_grad"][3] == 0  # claim: table-saved

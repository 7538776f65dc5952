import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
calls = {
    "x.sum(dim=1)": lambda: x.sum(dim=1),
    "x.sum(dim=1, keepdim=True)": lambda: x.sum(dim=1, keepdim=True),
    "x.mean(dim=1)": lambda: x.mean(dim=1),
    "x.mean(dim=1, keepdim=True)": lambda: x.mean(dim=1, keepdim=True),
    "x.max(dim=1).values": lambda: x.max(dim=1).values,
    "x.max(dim=1, keepdim=True).values": lambda: x.max(dim=1, keepdim=True).values,
    "x.sum(dim=(1, 2))": lambda: x.sum(dim=(1, 2)),
    "x.sum(dim=(1, 2), keepdim=True)": lambda: x.sum(dim=(1, 2), keepdim=True),
    "x.sum()": lambda: x.sum(),
}
print("| call | result shape |")
print("|---|---|")
shapes = []
for call, fn in calls.items():
    shapes.append(tuple(fn().shape))
    print(f"| `{call}` | `{shapes[-1]}` |")

assert shapes == [(2, 4), (2, 1, 4)] * 3 + [(2,), (2, 1, 1), ()]  # claim: table-shapes
kept = [s for call, s in zip(calls, shapes) if "keepdim=True" in call]
assert all(len(s) == x.dim() for s in kept)  # claim: keepdim-same-ndim
assert shapes[-1] == () and all(len(s) < x.dim() for call, s in zip(calls, shapes) if "keepdim" not in call)  # claim: default-drops-dims

import math
import warnings

import torch

torch.manual_seed(0)
rows = [  # (call, function, start, end, kind); torch.range warns, so it is called inside catch_warnings
    ("torch.arange(5)", lambda: torch.arange(5), 0, 5, "arange"),
    ("torch.arange(1, 5)", lambda: torch.arange(1, 5), 1, 5, "arange"),
    ("torch.arange(0, 1, 0.25)", lambda: torch.arange(0, 1, 0.25), 0, 1, "arange"),
    ("torch.linspace(0, 1, 5)", lambda: torch.linspace(0, 1, 5), 0, 1, "linspace"),
    ("torch.linspace(1, 5, 5)", lambda: torch.linspace(1, 5, 5), 1, 5, "linspace"),
    ("torch.range(1, 5)", lambda: torch.range(1, 5), 1, 5, "range"),
    ("torch.range(0, 1, 0.25)", lambda: torch.range(0, 1, 0.25), 0, 1, "range"),
]
print("| Call | Elements | First | Last | Last == end? | dtype |")
print("|---|---|---|---|---|---|")
results, lasts = [], []
for call, fn, start, end, kind in rows:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = fn()
    has_end = t[-1].item() == end
    lasts.append(t[-1].item())
    results.append((kind, t.numel(), t[0].item() == start, has_end, t.dtype))
    print(f"| `{call}` | {t.numel()} | `{t[0].item()}` | `{t[-1].item()}` | {'✓' if has_end else '✗'} | `{t.dtype}` |")

# claim: table-counts
assert [(n, first, last) for _, n, first, last, _ in results] == [
    (5, True, False), (4, True, False), (4, True, False), (5, True, True), (5, True, True), (5, True, True), (5, True, True)]
assert all(n == 5 for kind, n, *_ in results if kind == "linspace")  # claim: table-counts
assert lasts[:3] == [5 - 1, 5 - 1, 1 - 0.25]  # claim: table-counts
# claim: table-dtypes
assert [r[-1] for r in results] == [torch.int64, torch.int64] + [torch.float32] * 5

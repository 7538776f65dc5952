import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(8, 3, 4, 4)  # contiguous (N, C, H, W)
inputs = {"contiguous": x, "transposed": x.transpose(2, 3), "strided": x[..., ::2]}
ways = {"torch.flatten(x)": (torch.flatten, lambda t: torch.flatten(t, start_dim=2)),
        "x.flatten()": (lambda t: t.flatten(), lambda t: t.flatten(start_dim=2)),
        "nn.Flatten()(x)": (nn.Flatten(), lambda t: nn.Flatten(start_dim=2)(t)),
        "x.ravel()": (lambda t: t.ravel(), lambda t: t.ravel(start_dim=2)),
        "x.view(-1)": (lambda t: t.view(-1), lambda t: t.view(-1, start_dim=2))}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Call | Default start_dim | Result shape | Contiguous input: view? | Transposed input: view? | Strided input: view? |")
print("|---|---|---|---|---|---|")
for name, (fn, with_start_dim) in ways.items():
    try:
        with_start_dim(x)
        start = fn(x).dim() - 1  # leading dims kept = the default start_dim
    except TypeError:
        start = "—"  # the call takes no start_dim
    cells = []
    for t in inputs.values():
        try:
            cells.append(mark[fn(t).untyped_storage().data_ptr() == t.untyped_storage().data_ptr()])
        except RuntimeError:
            cells.append("`RuntimeError`")
    rows[name] = (start, *cells)
    print(f"| `{name}` | {start} | `{tuple(fn(x).shape)}` | " + " | ".join(cells) + " |")

assert rows["torch.flatten(x)"] == rows["x.flatten()"] == (0, "✓", "✗", "✓")  # claim: flatten-views-when-it-can
assert rows["nn.Flatten()(x)"] == (1, "✓", "✗", "✓")  # claim: nn-flatten-start-one
assert rows["x.ravel()"] == ("—", "✓", "✗", "✗")  # claim: ravel-copies-noncontiguous
assert rows["x.view(-1)"] == ("—", "✓", "`RuntimeError`", "✓")  # claim: view-never-copies
assert rows["x.ravel()"][0] == "—"  # claim: ravel-no-start-dim
# claim: table-inputs
assert not inputs["transposed"].is_contiguous() and not inputs["strided"].is_contiguous()
assert torch.equal(inputs["transposed"].transpose(2, 3), x)  # claim: table-inputs

import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(8, 3, 4, 4)   # contiguous (N, C, H, W)
xt = x.transpose(2, 3)       # the same batch with H and W swapped: not contiguous
ways = {"torch.flatten(x)": (torch.flatten, True), "x.flatten()": (lambda t: t.flatten(), True),
        "nn.Flatten()(x)": (nn.Flatten(), True), "x.ravel()": (lambda t: t.ravel(), False),
        "x.view(-1)": (lambda t: t.view(-1), False)}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Call | Default start_dim | Result shape | Contiguous input: view? | Transposed input: view? |")
print("|---|---|---|---|---|")
for name, (fn, has_start_dim) in ways.items():
    out = fn(x)
    start = out.dim() - 1 if has_start_dim else None  # dims kept in front = start_dim
    try:
        on_t = mark[fn(xt).data_ptr() == xt.data_ptr()]
    except RuntimeError:
        on_t = "`RuntimeError`"
    rows[name] = (start, out.data_ptr() == x.data_ptr(), on_t)
    print(f"| `{name}` | {'—' if start is None else start} | `{tuple(out.shape)}` "
          f"| {mark[rows[name][1]]} | {on_t} |")

assert rows["torch.flatten(x)"] == rows["x.flatten()"] == (0, True, "✗")
assert rows["nn.Flatten()(x)"] == (1, True, "✗")
assert rows["x.ravel()"] == (None, True, "✗") and rows["x.view(-1)"] == (None, True, "`RuntimeError`")

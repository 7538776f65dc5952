import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
m = torch.rand(3, 4)
ops = {
    "x.transpose(0, 1)": (x, x.transpose(0, 1)),
    "x.permute(2, 0, 1)": (x, x.permute(2, 0, 1)),
    "x.mT": (x, x.mT),
    "m.T": (m, m.T),
    "x.permute(2, 0, 1).contiguous()": (x, x.permute(2, 0, 1).contiguous()),
}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Operation | Result shape | stride() | Contiguous? | Shares storage? |")
print("|---|---|---|---|---|")
for name, (source, out) in ops.items():
    shares = out.untyped_storage().data_ptr() == source.untyped_storage().data_ptr()
    rows[name] = (out.is_contiguous(), shares)
    print(f"| `{name}` | `{tuple(out.shape)}` | `{out.stride()}` "
          f"| {mark[out.is_contiguous()]} | {mark[shares]} |")

*views, copied = rows
assert all(rows[name] == (False, True) for name in views)  # claim: table-views
assert rows[copied] == (True, False)  # claim: table-contiguous-copies

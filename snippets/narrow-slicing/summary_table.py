import torch

torch.manual_seed(0)
idx = torch.tensor([1, 2, 3])
# each way: (how it picks columns 1..3 of x, the same call handed the index tensor idx)
ways = {"x.narrow(1, 1, 3)": (lambda x: x.narrow(1, 1, 3), lambda x: x.narrow(1, idx, 3)),
        "x[:, 1:4]": (lambda x: x[:, 1:4], lambda x: x[:, idx:]),
        "x.index_select(1, idx)": (lambda x: x.index_select(1, idx), lambda x: x.index_select(1, idx)),
        "x[:, idx]": (lambda x: x[:, idx], lambda x: x[:, idx])}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Way | Shares x's storage? | Takes a tensor of indices? | A write to the result reaches x? |")
print("|---|---|---|---|")
for name, (pick, with_idx) in ways.items():
    x = torch.zeros(4, 5)
    out = pick(x)
    view = out.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    try:
        takes = torch.equal(with_idx(x), x[:, 1:4])
    except (RuntimeError, TypeError):
        takes = False
    out[0, 0] = 1.0
    rows[name] = (view, takes, x[0, 1].item() == 1.0)
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[name]) + " |")

assert rows["x.narrow(1, 1, 3)"] == rows["x[:, 1:4]"] == (True, False, True)  # claim: table-views
assert rows["x.index_select(1, idx)"] == rows["x[:, idx]"] == (False, True, False)  # claim: table-copies

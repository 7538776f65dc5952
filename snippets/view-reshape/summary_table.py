import torch

torch.manual_seed(0)
x = torch.rand(3, 4)
inputs = {"x": x, "x[1:]": x[1:], "x.T": x.T, "x[::2]": x[::2], "x[:, ::2]": x[:, ::2]}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Input | view(-1) works? | reshape(-1) allocates new storage? | is_contiguous() | stride() |")
print("|---|---|---|---|---|")
for name, t in inputs.items():
    try:
        t.view(-1)
        viewable = True
    except RuntimeError:
        viewable = False
    copies = t.reshape(-1).untyped_storage().data_ptr() != t.untyped_storage().data_ptr()  # new storage?
    rows[name] = (viewable, copies, t.is_contiguous())
    print(f"| `{name}` | {mark[viewable]} | {mark[copies]} | {mark[t.is_contiguous()]} | `{t.stride()}` |")

assert all(viewable != copies for viewable, copies, _ in rows.values())  # claim: table-copy-iff
assert rows["x"] == rows["x[1:]"] == (True, False, True)  # claim: table-rows
assert rows["x.T"] == rows["x[::2]"] == (False, True, False)  # claim: table-rows
# not contiguous, yet view() works: one stride of 2 covers the kept elements
assert rows["x[:, ::2]"] == (True, False, False) and x[:, ::2].view(-1).stride() == (2,)  # claim: strided-view

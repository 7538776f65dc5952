import torch

torch.manual_seed(0)
x = torch.rand(3, 4)
inputs = {"x": x, "x[1:]": x[1:], "x.T": x.T, "x[::2]": x[::2], "x[:, ::2]": x[:, ::2]}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Input | view(-1) works? | reshape(-1) copies? | is_contiguous() | stride() |")
print("|---|---|---|---|---|")
for name, t in inputs.items():
    try:
        t.view(-1)
        viewable = True
    except RuntimeError:
        viewable = False
    copies = t.reshape(-1).data_ptr() != t.data_ptr()
    rows[name] = (viewable, copies, t.is_contiguous())
    print(f"| `{name}` | {mark[viewable]} | {mark[copies]} | {mark[t.is_contiguous()]} | `{t.stride()}` |")

assert all(viewable != copies for viewable, copies, _ in rows.values())  # copy iff no view
assert rows["x"] == rows["x[1:]"] == (True, False, True)
assert rows["x.T"] == rows["x[::2]"] == (False, True, False)
assert rows["x[:, ::2]"] == (True, False, False)  # not contiguous, yet view() works

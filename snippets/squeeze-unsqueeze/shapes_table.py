import torch

torch.manual_seed(0)
x = torch.zeros(1, 3, 1, 4)
calls = ["x.squeeze()", "x.squeeze(0)", "x.squeeze(1)", "x.squeeze(2)", "x.squeeze((0, 2))",
         "x.unsqueeze(0)", "x.unsqueeze(-1)", "x[None]", "x[:, None]", "x[..., None]"]
mark = {True: "✓", False: "✗"}
shapes, views = {}, []
print("| Call | Result shape | View of x? |")
print("|---|---|---|")
for call in calls:
    out = eval(call, {"x": x})
    shapes[call] = tuple(out.shape)
    view = out._base is x and out.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    views.append(view)
    print(f"| `{call}` | `{shapes[call]}` | {mark[view]} |")

assert all(views)  # claim: all-views
assert shapes["x.squeeze()"] == shapes["x.squeeze((0, 2))"] == (3, 4)  # claim: squeeze-all
assert shapes["x.squeeze(1)"] == (1, 3, 1, 4)  # claim: squeeze-noop
assert shapes["x.squeeze(0)"] == (3, 1, 4) and shapes["x.squeeze(2)"] == (1, 3, 4)  # claim: squeeze-dim-drops
assert shapes["x.unsqueeze(0)"] == shapes["x[None]"] == shapes["x[:, None]"] == (1, 1, 3, 1, 4)  # claim: none-is-unsqueeze
assert shapes["x.unsqueeze(-1)"] == shapes["x[..., None]"] == (1, 3, 1, 4, 1)  # claim: none-is-unsqueeze

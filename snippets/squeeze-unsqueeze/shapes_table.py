import torch

torch.manual_seed(0)
x = torch.zeros(1, 3, 1, 4)
calls = ["x.squeeze()", "x.squeeze(0)", "x.squeeze(1)", "x.squeeze(2)", "x.squeeze((0, 2))",
         "x.unsqueeze(0)", "x.unsqueeze(-1)", "x[None]", "x[:, None]", "x[..., None]"]
mark = {True: "✓", False: "✗"}
shapes = {}
print("| Call | Result shape | View of x? |")
print("|---|---|---|")
for call in calls:
    out = eval(call, {"x": x})
    shapes[call] = tuple(out.shape)
    view = out.data_ptr() == x.data_ptr()
    print(f"| `{call}` | `{shapes[call]}` | {mark[view]} |")
    assert view

assert shapes["x.squeeze()"] == shapes["x.squeeze((0, 2))"] == (3, 4)
assert shapes["x.squeeze(1)"] == (1, 3, 1, 4)  # size 3: a no-op
assert shapes["x.unsqueeze(0)"] == shapes["x[None]"] == (1, 1, 3, 1, 4)
assert shapes["x.unsqueeze(-1)"] == shapes["x[..., None]"] == (1, 3, 1, 4, 1)
assert shapes["x[:, None]"] == (1, 1, 3, 1, 4)

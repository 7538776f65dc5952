import torch
import torch.nn.functional as F

torch.manual_seed(0)
forms = {
    "F.relu(x)": lambda x: F.relu(x),
    "nn.ReLU()(x)": lambda x: torch.nn.ReLU()(x),
    "F.relu(x, inplace=True)": lambda x: F.relu(x, inplace=True),
    "nn.ReLU(inplace=True)(x)": lambda x: torch.nn.ReLU(inplace=True)(x),
    "x.relu_()": lambda x: x.relu_(),
}
mark, rows = {True: "✓", False: "✗"}, []
print("| Form | new output memory | input preserved | same values | safe after sigmoid |\n|---|---|---|---|---|")
for name, relu in forms.items():
    x = torch.randn(8)
    before = x.clone()
    out = relu(x)
    y = torch.randn(8, requires_grad=True).sigmoid()  # sigmoid's backward reads its own output
    try:
        relu(y).sum().backward()
        safe = True
    except RuntimeError:
        safe = False
    rows.append((out.data_ptr() != x.data_ptr(), torch.equal(x, before), torch.equal(out, F.relu(before)), safe))
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[-1]) + " |")

assert all(same for _, _, same, _ in rows)  # every form computes the same values
assert rows[:2] == [(True, True, True, True)] * 2 and rows[2:] == [(False, False, True, False)] * 3

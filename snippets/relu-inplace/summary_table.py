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
mark, rows, shared = {True: "✓", False: "✗"}, [], []
print("| Form | returns x itself | input preserved | same values | backward after sigmoid |\n|---|---|---|---|---|")
for name, relu in forms.items():
    x = torch.randn(8)
    before = x.clone()
    out = relu(x)
    shared.append(out.data_ptr() == x.data_ptr())  # the output lives in x's memory
    y = torch.randn(8, requires_grad=True).sigmoid()  # sigmoid's backward reads its own output
    try:
        relu(y).sum().backward()
        works = True
    except RuntimeError as error:
        assert "modified by an inplace operation" in str(error)
        works = False
    rows.append((out is x, torch.equal(x, before), torch.equal(out, F.relu(before)), works))
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[-1]) + " |")

assert all(same for _, _, same, _ in rows)  # claim: same-values
assert rows[:2] == [(False, True, True, True)] * 2  # claim: out-of-place-new
assert rows[2:] == [(True, False, True, False)] * 3  # claim: inplace-returns-input
assert shared == [False, False, True, True, True]  # claim: no-output-memory

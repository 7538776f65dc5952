import warnings

import torch
from torch.autograd import Variable

torch.manual_seed(0)
base = torch.rand(3)  # each row starts from a fresh copy: x = base.clone()
calls = {
    "Variable(x)": lambda x: Variable(x),
    "Variable(x, requires_grad=True)": lambda x: Variable(x, requires_grad=True),
    "x.detach().requires_grad_(True)": lambda x: x.detach().requires_grad_(True),
    "x.requires_grad_()": lambda x: x.requires_grad_(),
    "Variable(x, volatile=True)": lambda x: Variable(x, volatile=True),
}
print("| call | type(r) | r is x | shares x's storage | r.requires_grad | x.requires_grad after |")
print("|---|---|---|---|---|---|")
mark = {True: "✓", False: "✗"}
rows = {}
for call, make in calls.items():
    x = base.clone()
    with warnings.catch_warnings(record=True):  # volatile=True warns: see below
        warnings.simplefilter("always")
        r = make(x)
    rows[call] = [f"`{type(r).__name__}`", *(mark[b] for b in (
        r is x, r.data_ptr() == x.data_ptr(), r.requires_grad, x.requires_grad))]
    print(f"| `{call}` | {' | '.join(rows[call])} |")

assert all(row[0] == "`Tensor`" for row in rows.values())  # claim: table-all-tensors
assert rows["Variable(x)"] == ["`Tensor`", "✗", "✓", "✗", "✗"]  # claim: table-variable
# claim: table-same-as-detach
assert rows["Variable(x, requires_grad=True)"] == rows["x.detach().requires_grad_(True)"] == ["`Tensor`", "✗", "✓", "✓", "✗"]
assert rows["x.requires_grad_()"] == ["`Tensor`", "✓", "✓", "✓", "✓"]  # claim: table-requires-grad-in-place
assert rows["Variable(x, volatile=True)"] == rows["Variable(x)"]  # claim: table-volatile-nothing

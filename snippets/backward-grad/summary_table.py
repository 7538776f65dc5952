import warnings

import torch

torch.manual_seed(0)
calls = {  # each row runs on a fresh x and y = (x ** 3).sum()
    "y.backward()": lambda x, y: y.backward(),
    "y.backward(retain_graph=True)": lambda x, y: y.backward(retain_graph=True),
    "y.backward(create_graph=True)": lambda x, y: y.backward(create_graph=True),
    "torch.autograd.grad(y, x)": lambda x, y: torch.autograd.grad(y, x),
    "torch.autograd.grad(y, x, retain_graph=True)": lambda x, y: torch.autograd.grad(y, x, retain_graph=True),
    "torch.autograd.grad(y, x, create_graph=True)": lambda x, y: torch.autograd.grad(y, x, create_graph=True),
}
mark, rows = {True: "✓", False: "✗"}, []
print("| Call | fills .grad | returns grads | keeps the graph | higher order |\n|---|---|---|---|---|")
for name, call in calls.items():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = (x ** 3).sum()
    with warnings.catch_warnings(record=True):  # backward(create_graph=True) warns about a reference cycle
        warnings.simplefilter("always")
        returned = call(x, y)
    grad = returned[0] if returned is not None else x.grad
    try:
        torch.autograd.grad(y, x)  # a second pass through the same graph
        kept = True
    except RuntimeError:
        kept = False
    rows.append((x.grad is not None, returned is not None, kept, grad.requires_grad))
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[-1]) + " |")
    assert torch.equal(grad.detach(), 3 * x.detach() ** 2)  # the same first derivative in every row

assert [r[0] for r in rows] == [True] * 3 + [False] * 3 and [r[1] for r in rows] == [False] * 3 + [True] * 3
assert [r[2] for r in rows] == [False, True, True] * 2 and [r[3] for r in rows] == [False, False, True] * 2

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


def second_pass(y, x):  # a second pass through the same graph
    try:
        torch.autograd.grad(y, x)
    except RuntimeError:
        return False
    return True


def differentiable(grad, x):  # differentiate the gradient itself: d(sum 3x^2)/dx = 6x
    try:
        (second,) = torch.autograd.grad(grad.sum(), x)
    except RuntimeError:
        return False
    return torch.equal(second, 6 * x.detach())


mark, rows = {True: "✓", False: "✗"}, []
print("| Call | fills .grad | returns grads | keeps the graph | higher order |\n|---|---|---|---|---|")
for name, call in calls.items():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = (x ** 3).sum()
    with warnings.catch_warnings(record=True):  # backward(create_graph=True) warns about a reference cycle
        warnings.simplefilter("always")
        returned = call(x, y)
    expected = 3 * x.detach() ** 2
    fills = x.grad is not None and torch.equal(x.grad.detach(), expected)
    gives = isinstance(returned, tuple) and torch.equal(returned[0].detach(), expected)
    grad = returned[0] if gives else x.grad
    higher, kept = differentiable(grad, x), second_pass(y, x)
    rows.append((fills, gives, kept, higher))
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[-1]) + " |")
    assert torch.equal(grad.detach(), expected)  # claim: same-numbers
    x.grad = None  # breaks the cycle of the create_graph row

assert [r[0] for r in rows] == [True] * 3 + [False] * 3  # claim: backward-fills, grad-writes-nothing
assert [r[1] for r in rows] == [False] * 3 + [True] * 3  # claim: grad-returns
assert [r[2] for r in rows] == [False, True, True] * 2  # claim: retain-keeps, create-keeps
assert [r[3] for r in rows] == [False, False, True] * 2  # claim: create-higher-order

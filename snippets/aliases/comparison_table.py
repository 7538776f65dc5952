import re
import torch

torch.manual_seed(0)
x, y = torch.randn(3, 4), torch.randn(3, 4)
u = torch.rand(3, 4) * 2 - 1  # in [-1, 1) for arccos
calls = {  # alias: arguments passed to it and to the function its docstring names
    "clip": (x, -0.5, 0.5), "absolute": (x,), "concat": ([x, y], 1), "concatenate": ([x, y], 1),
    "multiply": (x, y), "divide": (x, y), "subtract": (x, y), "negative": (x,), "greater": (x, y),
    "arccos": (u,), "fix": (x * 3,), "swapaxes": (x, 0, 1), "moveaxis": (x, 0, 1),
}
print("| alias | original | same results? | same object? |")
print("|---|---|---|---|")
originals = {}
for alias, args in calls.items():
    a = getattr(torch, alias)
    found = re.search(r"Alias (?:for|of) :func:`torch\.(\w+)`", a.__doc__)
    assert found, f"torch.{alias}: its docstring says no 'Alias for/of'"  # claim: doc-says-alias
    originals[alias], b = found[1], getattr(torch, found[1])
    same_result, same_object = torch.equal(a(*args), b(*args)), a is b
    assert same_result and not same_object  # claim: same-results, different-objects
    print(f"| `torch.{alias}` | `torch.{found[1]}` | {'✓' if same_result else '✗'} | {'✓' if same_object else '✗'} |")
# claim: doc-says-alias
assert originals == {"clip": "clamp", "absolute": "abs", "concat": "cat", "concatenate": "cat",
                     "multiply": "mul", "divide": "div", "subtract": "sub", "negative": "neg", "greater": "gt",
                     "arccos": "acos", "fix": "trunc", "swapaxes": "transpose", "moveaxis": "movedim"}

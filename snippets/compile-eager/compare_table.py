import time
import warnings

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)
f = lambda x: torch.sin(x) * 2 + x
model = torch.nn.Linear(8, 2)
x, inputs = torch.randn(100), torch.randn(4, 8)


def seconds(g, t):
    start = time.perf_counter()
    g(t)
    return time.perf_counter() - start


columns = []
for wrap in (lambda fn: fn, torch.compile):  # eager, then compiled
    try:
        g, gm = wrap(f), wrap(model)
        t_first, t_new_shape, t_third_shape = (seconds(g, torch.randn(n)) for n in (100, 200, 300))
        columns.append([torch.allclose(g(x), f(x)), t_first > 0.01, t_new_shape > 0.01, t_third_shape > 0.01,
                        torch.allclose(gm(inputs), model(inputs)), gm.weight is model.weight,
                        f"`{type(gm).__name__}`"])
    except Exception as error:  # torch.compile unavailable: every cell names the error
        columns.append([f"`{type(error).__name__}`"] * 7)
expressions = ["torch.allclose(g(x), f(x))", "t_first > 0.01", "t_new_shape > 0.01", "t_third_shape > 0.01",
               "torch.allclose(gm(inputs), model(inputs))", "gm.weight is model.weight", "type(gm).__name__"]
print("| Expression | Eager | torch.compile |")
print("|---|---|---|")
for expression, *cells in zip(expressions, *columns):
    cells = [{True: "✓", False: "✗"}.get(cell, cell) for cell in cells]
    print(f"| `{expression}` | {cells[0]} | {cells[1]} |")
eager, compiled = columns
assert eager[:6] == [True, False, False, False, True, True]
assert compiled[:6] == [True, True, True, False, True, True] or isinstance(compiled[0], str)

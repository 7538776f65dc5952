import time
import warnings

import torch
from torch._dynamo.utils import counters  # internal: how many graphs have been compiled

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
    before = counters["stats"]["unique_graphs"]
    g, gm = wrap(f), wrap(model)
    t_first, t_new_shape, t_third_shape = (seconds(g, torch.randn(n)) for n in (100, 200, 300))
    graphs = counters["stats"]["unique_graphs"] - before
    columns.append([torch.allclose(g(x), f(x)), t_first > 0.1, t_new_shape > 0.1, t_third_shape > 0.1, graphs,
                    torch.allclose(gm(inputs), model(inputs)), gm.weight is model.weight, f"`{type(gm).__name__}`"])
expressions = ["torch.allclose(g(x), f(x))", "t_first > 0.1", "t_new_shape > 0.1", "t_third_shape > 0.1",
               "graphs", "torch.allclose(gm(inputs), model(inputs))", "gm.weight is model.weight", "type(gm).__name__"]
print("| Expression | Eager | torch.compile |")
print("|---|---|---|")
for expression, *cells in zip(expressions, *columns):
    cells = [{True: "✓", False: "✗"}.get(cell, cell) if isinstance(cell, bool) else cell for cell in cells]
    print(f"| `{expression}` | {cells[0]} | {cells[1]} |")
eager, compiled = columns
assert eager[0] and compiled[0] and eager[5] and compiled[5]  # claim: same-results
assert eager[1:4] == [False, False, False] and eager[4] == 0  # claim: eager-no-warmup
assert compiled[1:3] == [True, True]  # claim: first-calls-slow
assert compiled[3] is False and compiled[4] == 2  # claim: third-size-reused
assert eager[6] and compiled[6] and compiled[7] == "`OptimizedModule`"  # claim: wrapper-shares

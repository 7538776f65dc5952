import warnings

import torch
from torch._dynamo.utils import counters  # internal: how many graphs have been compiled

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)
f = lambda x: torch.sin(x) * 2 + x
model = torch.nn.Linear(8, 2)
x, inputs = torch.randn(100), torch.randn(4, 8)

columns = []
for wrap in (lambda fn: fn, torch.compile):  # eager, then compiled
    before = counters["stats"]["unique_graphs"]
    g, gm = wrap(f), wrap(model)
    graphs = []  # graphs compiled so far, after each first call with a new input size
    for n in (100, 200, 300):
        g(torch.randn(n))
        graphs.append(counters["stats"]["unique_graphs"] - before)
    columns.append([torch.allclose(g(x), f(x)), *graphs,
                    torch.allclose(gm(inputs), model(inputs)), gm.weight is model.weight, f"`{type(gm).__name__}`"])
expressions = ["torch.allclose(g(x), f(x))", "graphs after g(torch.randn(100))", "graphs after g(torch.randn(200))",
               "graphs after g(torch.randn(300))", "torch.allclose(gm(inputs), model(inputs))", "gm.weight is model.weight",
               "type(gm).__name__"]
print("| Expression | Eager | torch.compile |")
print("|---|---|---|")
for expression, *cells in zip(expressions, *columns):
    cells = [{True: "✓", False: "✗"}.get(cell, cell) if isinstance(cell, bool) else cell for cell in cells]
    print(f"| `{expression}` | {cells[0]} | {cells[1]} |")
eager, compiled = columns
assert eager[0] and compiled[0] and eager[4] and compiled[4]  # claim: same-results
assert eager[1:4] == [0, 0, 0]  # claim: eager-no-warmup
assert compiled[1:3] == [1, 2]  # claim: first-calls-compile
assert compiled[3] == 2  # claim: third-size-reused
assert eager[5] and compiled[5] and compiled[6] == "`OptimizedModule`"  # claim: wrapper-shares

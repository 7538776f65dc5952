import re
import warnings

import torch
from torch._dynamo.utils import counters  # internal counters, read here to show when compiling happens
from torch._inductor.utils import run_and_get_code

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)


def f(x):
    return torch.sin(x) * 2 + x


model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
x = torch.randn(4, 8)
graphs = lambda: counters["stats"]["unique_graphs"] - before  # graphs compiled since `before`
before = counters["stats"]["unique_graphs"]
compiled_f, compiled_model = torch.compile(f), torch.compile(model)  # nothing is compiled yet
print("graphs compiled by torch.compile() itself:", graphs())
assert graphs() == 0  # claim: compile-lazy
out_f, (code,) = run_and_get_code(compiled_f, x)  # the first call compiles; keep the generated code
kernels = sorted(set(re.findall(r"cpp_fused_\w+", code)))
print("graphs after the first call:", graphs(), "| C++ kernels generated:", kernels)
assert graphs() == 1  # claim: compile-first-call
assert len(kernels) == 1 and "sin" in kernels[0]  # claim: fuses-ops
compiled_f(x)  # a second call with the same input
assert graphs() == 1  # claim: compile-once
out_model = compiled_model(x)
print("function: allclose to eager:", torch.allclose(out_f, f(x)))
print("module:   allclose to eager:", torch.allclose(out_model, model(x), atol=1e-6))
assert torch.allclose(out_f, f(x)) and torch.allclose(out_model, model(x), atol=1e-6)  # claim: same-results
shared = all(a is b for a, b in zip(compiled_model.parameters(), model.parameters()))
print("compiled module type:", type(compiled_model).__name__, "| same Parameter objects:", shared)
assert type(compiled_model).__name__ == "OptimizedModule" and shared  # claim: wrapper-shares

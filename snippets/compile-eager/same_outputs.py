import warnings

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)


def f(x):
    return torch.sin(x) * 2 + x


model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
x = torch.randn(4, 8)
try:
    compiled_f = torch.compile(f)        # nothing is compiled yet:
    compiled_model = torch.compile(model)
    out_f, out_model = compiled_f(x), compiled_model(x)  # the first calls compile
except Exception as error:  # no working C++ compiler, an unsupported platform...
    print(f"torch.compile is unavailable here: {type(error).__name__}: {str(error).splitlines()[0]}")
else:
    print("function: allclose to eager:", torch.allclose(out_f, f(x)))
    print("module:   allclose to eager:", torch.allclose(out_model, model(x), atol=1e-6))
    shared = all(a is b for a, b in zip(compiled_model.parameters(), model.parameters()))
    print("compiled module type:", type(compiled_model).__name__, "| same Parameter objects:", shared)
    assert torch.allclose(out_f, f(x)) and torch.allclose(out_model, model(x), atol=1e-6)
    assert shared  # a wrapper around the same module: training one trains the other

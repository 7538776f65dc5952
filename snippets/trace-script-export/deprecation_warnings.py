import collections
import os
import subprocess
import sys
import warnings

import torch

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(2):  # each function called twice, on a model with no `if` at all
        torch.jit.trace(torch.nn.Linear(2, 2), torch.ones(1, 2))
        torch.jit.script(torch.nn.Linear(2, 2))
where = lambda w: os.path.relpath(w.filename, os.path.dirname(torch.__path__[0]))  # e.g. torch/jit/_trace.py
seen = collections.Counter((w.category.__name__, where(w), str(w.message)) for w in caught)
for (category, path, message), count in seen.items():
    print(f"{count} x {category} from {path}: {message}")
messages = [str(w.message) for w in caught]
assert all(w.category is DeprecationWarning for w in caught)  # claim: both-deprecated
assert messages.count("`torch.jit.trace` is deprecated. Please switch to `torch.compile` or `torch.export`.") == 2  # claim: both-deprecated
assert messages.count("`torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.") == 2  # claim: both-deprecated
assert "`torch.jit.trace_method` is deprecated. Please switch to `torch.compile` or `torch.export`." in messages  # claim: trace-method-too
assert all(os.sep + "torch" + os.sep + "jit" + os.sep in w.filename for w in caught)  # claim: warned-from-torch

# The same two calls in a fresh `python -c`: with Python's default filters, then with -W default
code = "import torch; torch.jit.trace(torch.nn.Linear(2, 2), torch.ones(1, 2)); torch.jit.script(torch.nn.Linear(2, 2))"
env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
shown = {}
for flags in ([], ["-W", "default"]):
    run = subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    shown[" ".join(flags) or "no flags"] = "DeprecationWarning" in run.stderr
mine = subprocess.run([sys.executable, "-c", "import warnings; warnings.warn('mine', DeprecationWarning)"],
                      capture_output=True, text=True, env=env, timeout=60)  # raised from __main__ itself
print("DeprecationWarning on stderr:", shown, "| raised in __main__:", "DeprecationWarning: mine" in mine.stderr)
assert shown == {"no flags": False, "-W default": True}  # claim: hidden-by-default
assert "DeprecationWarning: mine" in mine.stderr  # claim: main-shown

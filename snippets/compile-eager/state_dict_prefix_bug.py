import warnings

import torch
from torch._dynamo.utils import counters  # internal: how many graphs have been compiled

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)
model = torch.nn.Linear(4, 2)
before = counters["stats"]["unique_graphs"]
compiled = torch.compile(model)  # a wrapper: nothing is compiled until the first call
saved = compiled.state_dict()  # the bug: saving the wrapper's state_dict
print("keys saved from the compiled model:", list(saved))
assert list(saved) == ["_orig_mod.weight", "_orig_mod.bias"]  # claim: prefixed-keys
assert compiled._orig_mod is model  # claim: orig-mod
try:
    torch.nn.Linear(4, 2).load_state_dict(saved)  # e.g. loading for inference, without compile
except RuntimeError as error:
    print(f"RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
    missing, unexpected = str(error).split("Unexpected key(s)")
    # claim: load-refuses
    assert '"weight", "bias"' in missing and '"_orig_mod.weight", "_orig_mod.bias"' in unexpected
else:
    raise AssertionError("the _orig_mod. prefix should make loading fail")
print("graphs compiled so far:", counters["stats"]["unique_graphs"] - before)
assert counters["stats"]["unique_graphs"] == before  # claim: no-compilation-needed

saved = model.state_dict()  # the fix: save the original module, which shares the parameters
fresh = torch.nn.Linear(4, 2)
fresh.load_state_dict(saved)
print("keys saved from the original module:", list(saved))
assert torch.equal(fresh.weight, model.weight) and list(saved) == ["weight", "bias"]  # claim: fix-original

import warnings

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)
model = torch.nn.Linear(4, 2)
try:
    compiled = torch.compile(model)  # a wrapper: nothing is compiled until the first call
except RuntimeError as error:  # e.g. a Python version torch.compile does not support
    print(f"torch.compile is unavailable here: {error}")
else:
    saved = compiled.state_dict()  # the bug: saving the wrapper's state_dict
    print("keys saved from the compiled model:", list(saved))
    try:
        torch.nn.Linear(4, 2).load_state_dict(saved)  # e.g. loading for inference, without compile
    except RuntimeError as error:
        print(f"RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
        assert "_orig_mod.weight" in str(error) and "Missing key(s)" in str(error)
    else:
        raise AssertionError("the _orig_mod. prefix should make loading fail")

    saved = model.state_dict()  # the fix: save the original module, which shares the parameters
    fresh = torch.nn.Linear(4, 2)
    fresh.load_state_dict(saved)
    print("keys saved from the original module:", list(saved))
    assert torch.equal(fresh.weight, model.weight) and list(saved) == ["weight", "bias"]

import sys
import warnings
from unittest import mock

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)

with mock.patch.object(sys, "version_info", (3, 15, 0)):  # pretend to run a Python torch 2.13 rejects
    try:
        torch.compile(torch.cos)
    except RuntimeError as error:
        print(f"at torch.compile(): RuntimeError: {error}")
        assert "not supported on Python 3.15+" in str(error)  # claim: unsupported-python
    else:
        raise AssertionError("torch.compile() should refuse Python 3.15")

# a missing C++ compiler: torch.compile() still succeeds, the first call fails
with torch._inductor.config.patch({"cpp.cxx": ("no-such-compiler",), "fx_graph_cache": False}):
    compiled = torch.compile(lambda x: torch.cos(x) * 3 - x)
    try:
        compiled(torch.randn(50))
    except Exception as error:
        print(f"at the first call: {type(error).__name__}: {str(error).splitlines()[0]}")
        assert "No working C++ compiler found" in str(error)  # claim: no-compiler-first-call
    else:
        raise AssertionError("the first call should fail without a C++ compiler")

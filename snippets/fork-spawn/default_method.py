import multiprocessing
import subprocess
import sys

import torch

torch.manual_seed(0)
# A cold interpreter: nothing in it has chosen a start method yet
code = "import multiprocessing; print(multiprocessing.get_start_method())"
plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout.strip()
print(f"Python {sys.version_info.major}.{sys.version_info.minor} on {sys.platform}")
print("multiprocessing.get_start_method() in a fresh interpreter:", plain)
# torch.multiprocessing hands out multiprocessing's own functions, so it reports the same default
assert torch.multiprocessing.get_start_method is multiprocessing.get_start_method  # claim: torch-same-default
assert torch.multiprocessing.get_context is multiprocessing.get_context  # claim: torch-same-default
assert plain in {"fork", "spawn", "forkserver"}  # claim: default-one-of
if sys.platform == "linux" and sys.version_info < (3, 14):
    assert plain == "fork"  # claim: linux-default-fork

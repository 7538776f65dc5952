import subprocess
import sys
import tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
SCRIPT = '''import multiprocessing
print(f"module code runs, __name__ = {__name__}", flush=True)
SETTING = "as imported"

def report(queue):
    queue.put(SETTING)

if __name__ == "__main__":
    SETTING = "changed in main"  # after import, before any child starts
    for method in ["fork", "spawn"]:
        ctx = multiprocessing.get_context(method)
        queue = ctx.Queue()
        child = ctx.Process(target=report, args=(queue,))
        child.start()
        print(f"{method} child sees SETTING = {queue.get(timeout=60)!r}", flush=True)
        child.join(timeout=60)
'''
with tempfile.TemporaryDirectory() as folder:
    Path(folder, "state.py").write_text(SCRIPT)
    lines = subprocess.run([sys.executable, "state.py"], cwd=folder, capture_output=True, text=True, timeout=120).stdout.splitlines()
print("\n".join(lines))
assert lines[1] == "fork child sees SETTING = 'changed in main'"  # claim: fork-sees-change
assert lines[3] == "spawn child sees SETTING = 'as imported'"  # claim: spawn-reimports
assert lines[0].endswith("__main__") and lines[2].endswith("__mp_main__")  # claim: spawn-runs-module-code
assert len(lines) == 4  # claim: fork-no-rerun

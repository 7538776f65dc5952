import subprocess
import sys
import tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
BODY = '''import multiprocessing
ctx = multiprocessing.get_context("spawn")
child = ctx.Process(target=print, args=("child ran",))
child.start()
child.join(timeout=60)
print("child exit code:", child.exitcode)
'''
GUARDED = 'if __name__ == "__main__":\n' + "".join("    " + line + "\n" for line in BODY.splitlines())

with tempfile.TemporaryDirectory() as folder:
    Path(folder, "unguarded.py").write_text(BODY)
    Path(folder, "guarded.py").write_text(GUARDED)
    bad = subprocess.run([sys.executable, "unguarded.py"], cwd=folder, capture_output=True, text=True, timeout=120)
    good = subprocess.run([sys.executable, "guarded.py"], cwd=folder, capture_output=True, text=True, timeout=120)
error = bad.stderr[bad.stderr.index("RuntimeError: "):].split("\n\n")[0]  # the error and its first paragraph
print("without the guard:", bad.stdout.strip())
print(" ".join(error.split()))
print("with the guard:   ", " | ".join(good.stdout.splitlines()))
assert "has finished its bootstrapping phase" in error and bad.stdout.strip() == "child exit code: 1"  # claim: unguarded-bootstrap-error
assert "if __name__ == '__main__':" in bad.stderr  # claim: error-names-guard
assert "in spawn_main" in bad.stderr and "child ran" not in bad.stdout  # claim: raised-in-child
assert good.stdout.splitlines() == ["child ran", "child exit code: 0"]  # claim: guarded-works

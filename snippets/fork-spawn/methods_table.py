import subprocess
import sys
import tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
HEAD = "import multiprocessing as mp, sys\nctx = mp.get_context(sys.argv[-1])\nSETTING = 'as imported'\n"
CASES = {  # each prints what its child did; the child runs the target function
    "global": HEAD + "def report(q): q.put(SETTING)\nif __name__ == '__main__':\n    SETTING = 'changed'\n"
                     "    q = ctx.Queue(); c = ctx.Process(target=report, args=(q,)); c.start(); print(q.get(timeout=60)); c.join(60)",
    "lambda": HEAD + "if __name__ == '__main__':\n    try:\n        c = ctx.Process(target=lambda: None); c.start(); c.join(60); print(c.exitcode)\n"
                     "    except Exception as error:\n        print(type(error).__name__)",
    "main_function": HEAD + "def work(): pass\nif __name__ == '__main__':\n    c = ctx.Process(target=work); c.start(); c.join(60); print(c.exitcode)",
    "no_guard": HEAD + "c = ctx.Process(target=print); c.start(); c.join(60); print(c.exitcode)",
}


def python(*args):  # a fresh interpreter, as a reader's terminal would start one
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120).stdout.splitlines()[-1]


rows = {}
with tempfile.TemporaryDirectory() as folder:
    for name, code in CASES.items():
        Path(folder, f"{name}.py").write_text(code)
    for method in ["fork", "spawn", "forkserver"]:
        rows[method] = (python(str(Path(folder, "global.py")), method) == "changed",
                        python(str(Path(folder, "lambda.py")), method) == "0",
                        python("-c", CASES["main_function"], method) == "0",  # like a notebook: __main__ has no file
                        python(str(Path(folder, "no_guard.py")), method) == "0")

print("| start method | child sees the changed global? | lambda target runs? | function from `python -c` runs? | unguarded script's child runs? |")
print("|---|---|---|---|---|")
for method, cells in rows.items():
    print(f"| `{method}` |", " | ".join("✓" if c else "✗" for c in cells), "|")
assert rows["fork"] == (True, True, True, True)  # claim: table-fork-all
assert rows["spawn"] == rows["forkserver"] == (False, False, False, False)  # claim: table-spawn-none

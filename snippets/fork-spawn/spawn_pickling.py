import re, subprocess, sys, tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
SCRIPT = '''import multiprocessing, sys

def work():
    print("child ran work()")

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    target = (lambda: None) if sys.argv[-1] == "lambda" else work
    child = ctx.Process(target=target)
    child.start(); child.join(timeout=60)
'''
NOTEBOOK = '''import multiprocessing
from helpers import work  # the target lives in an importable .py module
child = multiprocessing.get_context("spawn").Process(target=work)
child.start(); child.join(timeout=60)
'''


def run(*args, cwd):  # stdout, the error's last line (without the object's address), the traceback
    result = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120)
    last = (result.stderr.strip().splitlines() or [""])[-1]
    return result.stdout.strip(), re.sub(r" at 0x[0-9a-f]+", "", last), result.stderr


with tempfile.TemporaryDirectory() as folder:
    Path(folder, "job.py").write_text(SCRIPT)
    in_file = run("job.py", "work", cwd=folder)
    a_lambda = run("job.py", "lambda", cwd=folder)
    no_file = run("-c", SCRIPT, "work", cwd=folder)  # __main__ without a file, as in a notebook
    Path(folder, "helpers.py").write_text('def work():\n    print("child ran helpers.work()")\n')
    from_module = run("-c", NOTEBOOK, cwd=folder)  # no file either, but the target is imported
print("function in a script:   ", in_file[0])
print("lambda:                 ", a_lambda[1])
print("function in `python -c`:", no_file[1])
print("function in helpers.py: ", from_module[0])
assert in_file[:2] == ("child ran work()", "")  # claim: script-function-ok
assert a_lambda[1].startswith("_pickle.PicklingError: Can't pickle <function <lambda>")  # claim: lambda-pickling-error
assert "child.start()" in a_lambda[2] and "spawn_main" not in a_lambda[2]  # claim: lambda-in-parent
assert no_file[1] == "AttributeError: Can't get attribute 'work' on <module '__main__' (built-in)>"  # claim: no-file-attribute-error
assert "in spawn_main" in no_file[2]  # claim: no-file-in-child
assert from_module[:2] == ("child ran helpers.work()", "")  # claim: module-function-ok

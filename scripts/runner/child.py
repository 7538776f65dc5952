"""The forked child: runs one snippet file as a reader's `python file.py` would, and reports back.

This module is preloaded by the forkserver (so `import torch` is paid once); every block then runs
in a fresh fork, so no state leaks between blocks and a crash takes only its own process down.
What the snippet prints is captured at the file-descriptor level (C extensions, subprocesses and
DataLoader workers included) into a file the parent reads; the result itself (figures of a
benchmark, which tagged asserts ran) comes back through a pipe, never parsed out of printed text.
"""
from __future__ import annotations

import ast
import linecache
import multiprocessing
import os
import random
import sys
import time
import traceback
import types
import warnings
from pathlib import Path

import numpy
import torch

from scripts.runner import benchmark, claim_tags, fingerprint, snippet_files

SEED = 0
LOADED = fingerprint.runner_digest()  # the runner code this server holds: the parent checks it is current
RECORD = "__claim_ran__"


def reset_seeds() -> None:
    random.seed(SEED)
    numpy.random.seed(SEED)
    torch.manual_seed(SEED)


def snippet_traceback(exc: BaseException, shown: str) -> str:
    """The traceback from the snippet's own frames on, without ours."""
    report = traceback.TracebackException.from_exception(exc)
    frames = report.stack
    first = next((i for i, frame in enumerate(frames) if frame.filename == shown), 0)
    report.stack = traceback.StackSummary.from_list(frames[first:])
    return "".join(report.format())


class _RecordTagged(ast.NodeTransformer):
    """After each tagged assert, a call that records its line: the proof ran and held."""

    def __init__(self, lines: set[int]) -> None:
        self.lines = lines

    def visit_Assert(self, node: ast.Assert):
        if node.lineno not in self.lines:
            return node
        call = ast.Expr(ast.Call(ast.Name(RECORD, ast.Load()), [ast.Constant(node.lineno)], []))
        return [node, ast.copy_location(call, node)]


def compiled(code: str, shown: str):
    tree = _RecordTagged(claim_tags.tagged_lines(code, shown)).visit(ast.parse(code, filename=shown))
    return compile(ast.fix_missing_locations(tree), shown, "exec")


def capture_into(output_file: str) -> None:
    """Point fds 1 and 2 at the output file, and Python's streams at them, line-buffered so order holds."""
    fd = os.open(output_file, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False)


def run_script(path: str, shown: str, ran: set[int]) -> None:
    code = Path(path).read_text(encoding="utf-8")
    linecache.cache[shown] = (len(code), None, code.splitlines(True), shown)  # tracebacks show the lines
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__dict__[RECORD] = ran.add
    sys.modules["__main__"] = main
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)  # as `python file.py`: a sibling module imports
    multiprocessing.set_start_method(None, force=True)  # the platform's default, not the forkserver we came from
    exec(compiled(code, shown), main.__dict__)


def run(path: str, shown: str, workdir: str, output_file: str, device: str, conn) -> None:
    """Child entry point: run `path` in the empty folder `workdir`; send (ok, error, seconds, data, ran, LOADED).

    `shown` is the path tracebacks name. A benchmark declaration is timed on `device`; a script picks its device itself.
    """
    os.chdir(workdir)  # only this forked child moves
    capture_into(output_file)
    reset_seeds()
    warnings.simplefilter("default")
    ran: set[int] = set()
    data, error = None, ""
    start = time.perf_counter()
    try:
        if snippet_files.is_benchmark(path):
            data = benchmark.run(benchmark.load(path), device)
        else:
            run_script(path, shown, ran)
    except BaseException as exc:  # the traceback is the report, whatever was raised
        error = snippet_traceback(exc, shown)
    seconds = time.perf_counter() - start
    sys.stdout.flush()
    sys.stderr.flush()
    conn.send((not error, error, seconds, data, sorted(ran), LOADED))
    conn.close()

"""Runs one snippet file inside a forked child and reports what it printed.

This module is preloaded by the forkserver (so `import torch` is paid once);
every snippet then runs in a fresh fork, which is why no state leaks between
blocks and a snippet that crashes takes only its own process down.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import random
import runpy
import time
import traceback
import warnings

import numpy
import torch

from scripts import benchmark

SEED = 0


def reset_seeds() -> None:
    random.seed(SEED)
    numpy.random.seed(SEED)
    torch.manual_seed(SEED)


def snippet_traceback(exc: BaseException, path: str) -> str:
    """The traceback from the snippet's own frames on, without runpy's and ours."""
    report = traceback.TracebackException.from_exception(exc)
    frames = report.stack
    first = next((i for i, frame in enumerate(frames) if frame.filename == path), 0)
    report.stack = traceback.StackSummary.from_list(frames[first:])
    return "".join(report.format())


def run_file(path: str, root: str, device: str, conn) -> None:
    """Child entry point: run `path` (relative to `root`) as __main__, send (ok, output, seconds).

    A benchmark declaration is timed on `device`; a script picks its device itself.
    """
    os.chdir(root)  # only this forked child moves
    reset_seeds()
    buffer = io.StringIO()
    start = time.perf_counter()
    ok = True
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        warnings.simplefilter("default")
        try:
            if path.endswith(benchmark.SUFFIX):
                print(json.dumps(benchmark.run(benchmark.load(path), device)))
            else:
                runpy.run_path(path, run_name="__main__")
        except BaseException as exc:  # the traceback is the report, whatever was raised
            ok = False
            error = snippet_traceback(exc, path)
    seconds = time.perf_counter() - start
    conn.send((ok, buffer.getvalue() if ok else buffer.getvalue() + error, seconds))
    conn.close()

"""Executes snippet files in isolated child processes, with a time limit."""
from __future__ import annotations

import multiprocessing
import signal
from dataclasses import dataclass

from scripts.environment import ROOT

DEFAULT_TIMEOUT = 60.0


class SnippetError(Exception):
    """A snippet raised, crashed its interpreter or ran past its time limit."""


@dataclass(frozen=True)
class Result:
    output: str
    seconds: float


_context = None


def _forkserver():
    # Forking from a server that has already imported torch costs milliseconds
    # per block instead of a fresh interpreter's seconds.
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["scripts.worker"])  # imports torch, once
    return _context


def _child(path: str, root: str, device: str, conn) -> None:
    # Imported here, not at the top: the build process itself never loads torch.
    from scripts import worker  # already in the forkserver's memory

    worker.run_file(path, root, device, conn)


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def run_snippet(path: str, timeout: float = DEFAULT_TIMEOUT, device: str = "cpu", cwd: str | None = None) -> Result:
    """Run one snippet file as a script (a benchmark on `device`); raise SnippetError naming it on failure.

    It runs in `cwd`, by default the project root (snippet paths are relative to it).
    """
    context = _forkserver()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(path, cwd or str(ROOT), device, send))
    process.start()
    send.close()
    try:
        if not receive.poll(timeout):
            process.kill()
            process.join()
            raise SnippetError(f"{path}: still running after the {timeout:g} s limit; stopped")
        try:
            ok, output, seconds = receive.recv()
        except EOFError:
            process.join()
            raise SnippetError(f"{path}: the interpreter crashed ({_describe_exit(process.exitcode)})") from None
    finally:
        receive.close()
    process.join()
    if not ok:
        raise SnippetError(f"{path} raised:\n{output}")
    return Result(output=output, seconds=seconds)

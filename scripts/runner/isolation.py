"""Executes snippet files in isolated child processes: a time limit, an output limit, an empty folder each."""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import re
import signal
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from scripts.runner import fingerprint
from scripts.runner.fingerprint import ROOT

DEFAULT_TIMEOUT = 60.0
OUTPUT_LIMIT = 200_000  # bytes a block may print: more is a runaway loop, not a page


class SnippetError(Exception):
    """A snippet raised, crashed its interpreter, ran past its time limit or printed too much."""

    def __init__(self, message: str, kind: str = "exception", ran: tuple[int, ...] = (), printed: str = "") -> None:
        super().__init__(message)
        self.kind = kind  # "exception", "crash", "timeout" or "output"
        self.ran = ran  # the tagged asserts that held before it stopped
        self.printed = printed  # what it printed before it stopped

    def line_in(self, shown: str) -> int | None:
        """The snippet's own line the traceback ends in: the statement that raised."""
        found = re.findall(rf'File "{re.escape(shown)}", line (\d+)', str(self))
        return int(found[-1]) if found else None

    def first_line(self) -> str:
        """The line a reader needs: the exception's own, or what stopped the run."""
        lines = [line for line in str(self).splitlines() if line.strip()]
        if self.kind == "exception" and lines:
            return next((line for line in reversed(lines) if not line.startswith(" ")), lines[-1]).strip()
        return lines[0] if lines else self.kind


@dataclass(frozen=True)
class Result:
    output: str  # what it printed, stdout and stderr together, in order
    seconds: float
    data: dict | None = None  # a benchmark's figures
    ran: tuple[int, ...] = field(default=())  # first lines of the tagged asserts that ran and held


_server: dict = {}  # the forkserver context and the runner digest its preloaded code has


def _context(digest: str):
    """The forkserver, restarted when the runner's code changed since it preloaded it (`make serve`)."""
    if _server.get("digest") not in (None, digest):
        multiprocessing.forkserver._forkserver._stop()  # the next start launches a server with the new code
        _server.clear()
    if not _server:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["scripts.runner.child"])  # imports torch, once
        _server.update(context=context, digest=digest)
    return _server["context"]


def start(digest: str) -> None:
    """Start the forkserver now, so that threads running snippets side by side share one."""
    _context(digest)
    multiprocessing.forkserver.ensure_running()


def _child(*args) -> None:
    # Imported here, not at the top: the build process itself never loads torch.
    from scripts.runner import child  # already in the forkserver's memory

    child.run(*args)


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def _printed(output_file: Path, path: str) -> str:
    size = output_file.stat().st_size
    if size > OUTPUT_LIMIT:
        raise SnippetError(f"{path}: printed {size:,} bytes, over the {OUTPUT_LIMIT:,}-byte limit for a block", "output")
    return output_file.read_bytes().decode("utf-8", errors="backslashreplace")


def _run_once(path: str, timeout: float, device: str, digest: str) -> tuple[Result, str]:
    context = _context(digest)
    absolute = str((ROOT / path).resolve())
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        workdir, output_file = Path(scratch) / "work", Path(scratch) / "output"
        workdir.mkdir()
        output_file.touch()
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(absolute, path, str(workdir), str(output_file), device, send))
        process.start()
        send.close()
        try:
            if not receive.poll(timeout):
                process.kill()
                process.join()
                raise SnippetError(f"{path}: still running after the {timeout:g} s limit; stopped", "timeout")
            try:
                ok, error, seconds, data, ran, loaded = receive.recv()
            except EOFError:
                process.join()
                printed = _printed(output_file, path)
                raise SnippetError(
                    f"{path}: the interpreter crashed ({_describe_exit(process.exitcode)})" + (f"; it printed:\n{printed}" if printed else ""),
                    "crash", printed=printed,
                ) from None
        finally:
            receive.close()
        process.join()
        printed = _printed(output_file, path)
    if not ok:
        raise SnippetError(f"{path} raised:\n{printed}{error}", ran=tuple(ran), printed=printed)
    return Result(output=printed, seconds=seconds, data=data, ran=tuple(ran)), loaded


def run_snippet(path: str, timeout: float = DEFAULT_TIMEOUT, device: str = "cpu", digest: str | None = None) -> Result:
    """Run one snippet file (relative to the project root, or absolute) as a script in an empty folder.

    A benchmark runs on `device`. `digest` is the runner code the caller keys the result by; a
    server whose preloaded code differs is restarted and the block run again, so a result is never
    stored under the key of code that did not produce it. SnippetError names the file on failure.
    """
    digest = digest or fingerprint.runner_digest()
    result, loaded = _run_once(path, timeout, device, digest)
    if loaded != digest:
        _server["digest"] = loaded  # forces a restart with the current code
        result, loaded = _run_once(path, timeout, device, digest)
        if loaded != digest:
            raise SnippetError(f"{path}: the runner's code changed while it ran; run the build again", "exception")
    return result

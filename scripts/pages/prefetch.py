"""Before any page renders: the build's snippets that the cache lacks run on every core at once.

MkDocs renders pages one after another, so a cold build would otherwise run its blocks one at a
time on a machine with several cores. Here every page's exec blocks are listed first, and the
scripts among them run in parallel; the pages then find their results waiting in `Runs.fresh`.
Benchmarks are left to the pages, which run them one at a time: a measured time must not share
the CPU with another block. A failure is kept, not raised, so that its page reports it.
"""
from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scripts.pages import execution
from scripts.runner import cache, isolation, snippet_files
from scripts.runner.fingerprint import ROOT

# A fence header that executes, and the include line under it.
BLOCK = re.compile(r'^```python (?P<options>[^\n]*\bexec="on"[^\n]*)\n--8<--\s+"(?P<path>snippets/[^"]+)"', re.MULTILINE)
TIMEOUT = re.compile(r'\btimeout="(?P<seconds>[^"]+)"')


def blocks(docs: Path) -> dict[str, float]:
    """Every snippet the pages under `docs` execute, with the longest time limit any of its blocks sets."""
    found: dict[str, float] = {}
    for page in sorted(docs.rglob("*.md")):
        for match in BLOCK.finditer(page.read_text(encoding="utf-8")):
            limit = TIMEOUT.search(match["options"])
            seconds = float(limit["seconds"]) if limit else execution.default_timeout()
            found[match["path"]] = max(seconds, found.get(match["path"], 0.0))
    return found


def to_run(runs: execution.Runs, snippets: dict[str, float]) -> dict[str, float]:
    """The scripts among `snippets` that this build has to execute: not cached (or a fresh build), not benchmarks."""
    fresh = os.environ.get("SNIPPET_FRESH") == "1"
    return {
        path: limit for path, limit in snippets.items()
        if not snippet_files.is_benchmark(path)
        and (ROOT / path).is_file()  # a missing file is its page's error to report, by name
        and (fresh or cache.load(cache.key(path, runner=runs.runner)) is None)
    }


def run(runs: execution.Runs, snippets: dict[str, float], workers: int) -> None:
    """Execute `snippets` ({path: time limit}) `workers` at a time into `runs.fresh`."""
    if not snippets:
        return
    isolation.start(runs.runner)  # one forkserver for all threads, started before they share it

    def one(item: tuple[str, float]):
        path, limit = item
        try:
            return isolation.run_snippet(path, limit, digest=runs.runner)
        except isolation.SnippetError as error:
            return error

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for (path, _), outcome in zip(snippets.items(), pool.map(one, snippets.items())):
            runs.fresh[cache.key(path, runner=runs.runner)] = outcome

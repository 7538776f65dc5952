"""Execution for the build: each snippet runs once per change, whatever the language or rebuild.

Settings, from the environment:
  SNIPPET_FRESH=1      ignore the cache (re-execute everything, then refresh the cache)
  SNIPPET_TIMEOUT=S    default per-block limit in seconds (60); a block may set timeout="S"
  SNIPPET_EXEC=off     render without executing: only for measuring the build's floor
  SNIPPET_WORKERS=N    blocks run at once ahead of the pages (prefetch.py; default: one per core)

The site's build runs every snippet on the CPU; GPU runs come from bundles (scripts/runner/gpu_run.py).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace

from scripts.runner import cache, fingerprint
from scripts.runner.isolation import DEFAULT_TIMEOUT, Result, SnippetError, run_snippet

log = logging.getLogger("mkdocs.plugins.exec")


@dataclass(frozen=True)
class Row:
    page: str  # the Markdown source, relative to its docs folder
    url: str  # the page's URL, relative to the site root
    snippet: str
    seconds: float
    cached: bool


@dataclass
class Runs:
    """One build's blocks, in the order they were rendered, and its results by cache key."""

    rows: list[Row] = field(default_factory=list)
    done: dict[str, Result] = field(default_factory=dict)  # so a fresh build runs a snippet once
    fresh: dict[str, Result | SnippetError] = field(default_factory=dict)  # run ahead of the pages (prefetch.py)
    runner: str = field(default_factory=fingerprint.runner_digest)  # the runner code this build keys by


def default_timeout() -> float:
    return float(os.environ.get("SNIPPET_TIMEOUT", DEFAULT_TIMEOUT))


def workers() -> int:
    return int(os.environ.get("SNIPPET_WORKERS", os.cpu_count() or 1))


def enabled() -> bool:
    return os.environ.get("SNIPPET_EXEC") != "off"


def result(runs: Runs, snippet: str, timeout: float, page: str) -> tuple[Result, bool]:
    """The snippet's result, and whether it was already there (from this build or the cache); SnippetError on failure."""
    key = cache.key(snippet, runner=runs.runner)
    if key in runs.done:
        return runs.done[key], True
    ahead = runs.fresh.pop(key, None)  # this build's own run, made before the pages (prefetch.py)
    if isinstance(ahead, SnippetError):
        raise ahead
    stored = None if ahead or os.environ.get("SNIPPET_FRESH") == "1" else cache.load(key)
    found = stored or ahead or run_snippet(snippet, timeout, digest=runs.runner)
    if stored is None:
        cache.store(key, snippet, found)
        log.info("exec %7.2f s  %s  (%s)", found.seconds, snippet, page)
    runs.done[key] = found
    return found, stored is not None


def rerun(runs: Runs, page: str, snippet: str, timeout: float) -> Result:
    """Run the snippet again, whatever the cache holds, and keep the new result (a benchmark measured once more)."""
    key = cache.key(snippet, runner=runs.runner)
    found = run_snippet(snippet, timeout, digest=runs.runner)
    cache.store(key, snippet, found)
    log.info("exec %7.2f s  %s  (%s, again)", found.seconds, snippet, page)
    runs.done[key] = found
    # The page shows this run, so its row in the times report is this run's (the other language reads it from the cache).
    last = max(i for i, row in enumerate(runs.rows) if (row.page, row.snippet) == (page, snippet))
    runs.rows[last] = replace(runs.rows[last], seconds=round(found.seconds, 3), cached=False)
    return found


def execute(runs: Runs, page: str, url: str, snippet: str, timeout: float) -> Result:
    """A page block's result, logged for the report (scripts/pages/report.py)."""
    found, cached = result(runs, snippet, timeout, page)
    runs.rows.append(Row(page=page, url=url, snippet=snippet, seconds=round(found.seconds, 3), cached=cached))
    return found


def summary(runs: Runs) -> str:
    executed = [row for row in runs.rows if not row.cached]
    return (
        f"exec: {len(runs.rows)} blocks, {len(executed)} executed in "
        f"{sum(row.seconds for row in executed):.2f} s, {len(runs.rows) - len(executed)} from the cache"
    )

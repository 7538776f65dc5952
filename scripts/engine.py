"""Execution for the build: each snippet runs once per change, whatever the language or rebuild.

Settings, from the environment:
  SNIPPET_FRESH=1      ignore the cache (re-execute everything, then refresh the cache)
  SNIPPET_TIMEOUT=S    default per-block limit in seconds (60); a block may set timeout="S"
  SNIPPET_EXEC=off     render without executing: only for measuring the build's floor

The site's build runs every snippet on the CPU; GPU runs come from bundles (scripts/gpu_runner.py).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from scripts import cache
from scripts.executor import DEFAULT_TIMEOUT, Result, run_snippet

log = logging.getLogger("mkdocs.plugins.exec")


@dataclass(frozen=True)
class Row:
    page: str  # the Markdown source, relative to its docs folder
    url: str  # the page's URL, relative to the site root
    snippet: str
    seconds: float
    cached: bool


class Log:
    """The blocks of the build in progress, in the order they were rendered."""

    rows: list[Row] = []
    done: dict[str, Result] = {}  # this build's results by cache key, so a fresh build runs a snippet once

    @classmethod
    def reset(cls) -> None:
        cls.rows = []
        cls.done = {}


def default_timeout() -> float:
    return float(os.environ.get("SNIPPET_TIMEOUT", DEFAULT_TIMEOUT))


def enabled() -> bool:
    return os.environ.get("SNIPPET_EXEC") != "off"


def result(snippet: str, timeout: float, page: str) -> tuple[Result, bool]:
    """The snippet's output, and whether it was already there (from this build or the cache); SnippetError on failure."""
    key = cache.key(snippet, timeout)
    if key in Log.done:
        return Log.done[key], True
    found = None if os.environ.get("SNIPPET_FRESH") == "1" else cache.load(key)
    cached = found is not None
    if found is None:
        found = run_snippet(snippet, timeout)
        cache.store(key, snippet, found)
        log.info("exec %7.2f s  %s  (%s)", found.seconds, snippet, page)
    Log.done[key] = found
    return found, cached


def execute(page: str, url: str, snippet: str, timeout: float) -> Result:
    """A page block's output, logged for the report (scripts/report.py)."""
    found, cached = result(snippet, timeout, page)
    Log.rows.append(Row(page=page, url=url, snippet=snippet, seconds=round(found.seconds, 3), cached=cached))
    return found


def summary() -> str:
    executed = [row for row in Log.rows if not row.cached]
    return (
        f"exec: {len(Log.rows)} blocks, {len(executed)} executed in "
        f"{sum(row.seconds for row in executed):.2f} s, {len(Log.rows) - len(executed)} from the cache"
    )

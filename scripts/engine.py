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

    @classmethod
    def reset(cls) -> None:
        cls.rows = []



def default_timeout() -> float:
    return float(os.environ.get("SNIPPET_TIMEOUT", DEFAULT_TIMEOUT))


def enabled() -> bool:
    return os.environ.get("SNIPPET_EXEC") != "off"


def execute(page: str, url: str, snippet: str, timeout: float) -> Result:
    """The snippet's output, from the cache when its key is there; SnippetError on failure."""
    key = cache.key(snippet, timeout)
    result = None if os.environ.get("SNIPPET_FRESH") == "1" else cache.load(key)
    cached = result is not None
    if result is None:
        result = run_snippet(snippet, timeout)
        cache.store(key, snippet, result)
        log.info("exec %7.2f s  %s  (%s)", result.seconds, snippet, page)
    Log.rows.append(Row(page=page, url=url, snippet=snippet, seconds=round(result.seconds, 3), cached=cached))
    return result


def summary() -> str:
    executed = [row for row in Log.rows if not row.cached]
    return (
        f"exec: {len(Log.rows)} blocks, {len(executed)} executed in "
        f"{sum(row.seconds for row in executed):.2f} s, {len(Log.rows) - len(executed)} from the cache"
    )

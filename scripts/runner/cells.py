"""The pages' executed blocks, read from the Markdown: which snippets a topic's notebook runs, which print tables.

Only the standard library: the GPU runner plans its run from this where MkDocs is absent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from scripts.runner.fingerprint import ROOT

FENCE = re.compile(
    r'^```python exec="on"(?P<options>[^\n]*)\n--8<--\s+"(?P<path>[^"]+)"\s*\n```[ \t]*$', re.MULTILINE
)
TIMEOUT = re.compile(r'timeout="(?P<seconds>[^"]+)"')
DOCS = ROOT / "docs" / "en"  # both languages run the same blocks (checked by the parity check)


@dataclass(frozen=True)
class Cell:
    """A code cell: the snippet it is, and its block's own time limit, if it sets one."""

    snippet: str
    timeout: str | None


def cells_of(markdown: str) -> list[Cell]:
    """The page's code cells: its `.py` blocks, in order."""
    return [
        Cell(match["path"], (TIMEOUT.search(match["options"]) or {"seconds": None})["seconds"])
        for match in FENCE.finditer(markdown)
        if match["path"].endswith(".py")
    ]


def topic_cells(docs: Path = DOCS) -> dict[str, list[str]]:
    """Each topic page (a page with a `.py` block) and its code cells' snippets, in order."""
    found = {}
    for page in sorted(docs.rglob("*.md")):
        cells = [cell.snippet for cell in cells_of(page.read_text(encoding="utf-8"))]
        if cells:
            found[page.relative_to(docs).with_suffix("").as_posix()] = cells
    return found


def table_snippets(docs: Path = DOCS) -> set[str]:
    """Snippets that some page shows as a table: their output must parse as one."""
    return {
        match["path"]
        for page in docs.rglob("*.md")
        for match in FENCE.finditer(page.read_text(encoding="utf-8"))
        if 'table="' in match["options"]
    }


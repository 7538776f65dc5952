"""The Function index: every torch function, method and module the site covers, from the pages.

Each topic page lists what it covers in its front matter (name, section, summary). The index
page of each language is generated from those lists at build time, so a new topic appears in
it by itself. A listed name must occur in the code of the page's snippets: the index only
claims what the site's executed code really uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from scripts.runner.fingerprint import ROOT
from scripts.pages import claims
from scripts.pages.parity import front_matter
from scripts.runner.snippet_files import INCLUDE

PLACEHOLDER = re.compile(r'<div class="function-index" data-labels="(?P<labels>[^"]*)"></div>')
TITLE = re.compile(r"^# (?P<title>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    name: str
    summary: str
    page: str  # relative to the docs folder
    section: str
    title: str  # the page's title
    main: bool  # first in its page's list: the function the page answers for


def entries(docs: Path) -> list[Entry]:
    found = []
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = TITLE.search(text)
        try:
            listed = front_matter(text).get("functions", [])
        except ValueError:
            continue  # the parity check reports it, naming the file
        for position, item in enumerate(listed):
            found.append(Entry(item["name"], claims.strip(item["summary"]), path.relative_to(docs).as_posix(), item["section"],
                               title["title"] if title else path.stem, position == 0))
    return sorted(found, key=lambda entry: (entry.name.lower(), entry.page))


def unused(docs: Path) -> list[str]:
    """Listed names that none of their page's snippets mention, each message naming the page."""
    problems = []
    for entry in entries(docs):
        page = (docs / entry.page).read_text(encoding="utf-8")
        code = "\n".join((ROOT / snippet).read_text(encoding="utf-8") for snippet in INCLUDE.findall(page))
        short = entry.name.rsplit(".", 1)[-1]
        if not re.search(rf"\b{re.escape(short)}\b", code):
            problems.append(f"{docs / entry.page}: lists {entry.name}, but none of its snippets uses {short}")
    return problems


def cell(text: str) -> str:
    """A table cell's text: a bar in it (`|other|`) would end the cell."""
    return text.replace("|", "\\|")


def markdown(docs: Path, labels: list[str]) -> str:
    """A Markdown table: function, summary, the topic that covers it (a link to the section)."""
    rows = [
        f"| `{entry.name}` | {cell(entry.summary)} | [{entry.title}]({entry.page}#{entry.section}) |"
        for entry in entries(docs)
    ]
    header = "| " + " | ".join(labels) + " |"
    # Kept out of search: a function's own section should be its first hit, not this list.
    return "\n".join(['<div class="function-index" markdown="1" data-search-exclude="on">', "", header,
                      "|---|---|---|", *rows, "", "</div>"])


def fill(page_markdown: str, docs: Path) -> str:
    return PLACEHOLDER.sub(lambda match: markdown(docs, match["labels"].split("|")), page_markdown)

"""The home page's list of topics, generated from the nav and each page's front matter."""
from __future__ import annotations

import re
from pathlib import Path

from scripts.pages.parity import front_matter

PLACEHOLDER = re.compile(r'<div class="topic-list" data-labels="(?P<labels>[^"]*)"></div>')


def markdown(nav: list, docs: Path, labels: list[str]) -> str:
    """One table, grouped by theme: each topic links to its page and names the functions it covers.

    Kept out of search, like the function index: a function's own section should be its first hit.
    """
    rows = []
    for group in nav:
        (title, items), = group.items()
        if not isinstance(items, list):
            continue  # the home page itself, the index and report pages
        for item in items:
            (name, page), = item.items()
            try:
                covered = front_matter((docs / page).read_text(encoding="utf-8")).get("functions", [])
            except ValueError:
                covered = []  # the parity check reports it, naming the file
            short = dict.fromkeys(entry["name"].rsplit(".", 1)[-1] for entry in covered)  # ordered, unique
            functions = ", ".join(f"`{name}`" for name in short)
            rows.append(f"| {title} | [{name}]({page}) | {functions} |")
            title = ""  # the theme names its first row only
    header = "| " + " | ".join(labels) + " |"
    return "\n".join(['<div class="topic-list" markdown="1" data-search-exclude="on">', "", header,
                      "|---|---|---|", *rows, "", "</div>"])


def fill(page_markdown: str, nav: list | None, docs: Path) -> str:
    return PLACEHOLDER.sub(lambda match: markdown(nav or [], docs, match["labels"].split("|")), page_markdown)

"""The home page's topics as cards, generated from the nav and each page's title and front matter.

Two placeholders, both kept out of search (a function's own section should be its first hit):
  <div class="topic-list"></div>                         every theme of the nav, a heading and its cards
  <div class="start-here" data-pages="a.md b.md"></div>  the cards of the pages named, for newcomers
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts.pages.parity import front_matter

TOPIC_LIST = re.compile(r'<div class="topic-list"></div>')
START_HERE = re.compile(r'<div class="start-here" data-pages="(?P<pages>[^"]*)"></div>')


def title_of(text: str) -> str:
    """The page's `# ` heading, as the nav shows it."""
    heading = re.search(r"^# (.+)$", text, flags=re.M)
    return heading[1].strip() if heading else ""


def card(docs: Path, page: str) -> str:
    """One list item of a Material grid of cards: the page's title, then the functions it covers."""
    text = (docs / page).read_text(encoding="utf-8")
    try:
        covered = front_matter(text).get("functions", [])
    except ValueError:
        covered = []  # the parity check reports it, naming the file
    short = dict.fromkeys(entry["name"].rsplit(".", 1)[-1] for entry in covered)  # ordered, unique
    functions = " ".join(f"`{name}`" for name in short)
    return f"-   [**{title_of(text)}**]({page})\n\n    {functions}\n"


def cards(docs: Path, pages: list[str]) -> str:
    items = "\n".join(card(docs, page) for page in pages)
    return f'<div class="grid cards topic-cards" markdown data-search-exclude="on">\n\n{items}\n</div>'


def themes(nav: list, docs: Path) -> str:
    """Each theme of the nav (a group of pages) as a heading numbered in nav order, then its cards."""
    parts = []
    groups = [(title, items) for group in nav for title, items in group.items() if isinstance(items, list)]
    for number, (title, pages) in enumerate(groups, start=1):
        parts += [f"### {title} {{#theme-{number}}}", cards(docs, pages)]
    return "\n\n".join(parts)


def fill(page_markdown: str, nav: list | None, docs: Path) -> str:
    page_markdown = START_HERE.sub(lambda match: cards(docs, match["pages"].split()), page_markdown)
    return TOPIC_LIST.sub(lambda match: themes(nav or [], docs), page_markdown)

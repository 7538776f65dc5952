"""The computation-times report: a table on its own page, and site/exec-report.json.

A block's run time is that of the run whose output the page shows, in this build or an earlier
one (the cache keeps it), so both languages list the same times; what differs is only whether
this build ran the block or reused a result it already had. The page groups the blocks by page,
under each page's title; the JSON keeps one flat list, slowest first.

The page's words come from its placeholder, in its language:
  data-docs    the docs folder of that language, where the pages' titles are read
  data-labels  the column headers: block, run time, this build
  data-status  what the last column says: ran | reused
  data-total   the totals sentence, with {blocks} {seconds} {executed} {executed_seconds} {cached}
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from itertools import groupby
from pathlib import Path

from scripts.pages.execution import Row
from scripts.pages.topic_list import title_of
from scripts.runner.fingerprint import ROOT

PLACEHOLDER = re.compile(r'<div class="exec-report"(?P<attributes>(?: data-[a-z]+="[^"]*")+)></div>')
ATTRIBUTE = re.compile(r' data-(?P<name>[a-z]+)="(?P<value>[^"]*)"')
INLINE_CODE = re.compile(r"`([^`]+)`")


def totals(rows: list[Row]) -> dict:
    executed = [row for row in rows if not row.cached]
    return {
        "blocks": len(rows),
        "seconds": round(sum(row.seconds for row in rows), 3),
        "executed": len(executed),
        "executed_seconds": round(sum(row.seconds for row in executed), 3),
        "cached": len(rows) - len(executed),
    }


def slowest_first(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (-row.seconds, row.snippet, row.page))


def by_page(rows: list[Row]) -> list[list[Row]]:
    """The rows of each page, slowest first; the pages by their total run time, ties by file name (the same in both languages)."""
    pages = [slowest_first(list(group)) for _, group in groupby(sorted(rows, key=lambda row: row.page), lambda row: row.page)]
    return sorted(pages, key=lambda page: (-sum(row.seconds for row in page), page[0].page))


def title(docs: Path, page: str) -> str:
    """The page's title as HTML: its `# ` heading, inline code included; the file name if it has none."""
    heading = title_of((docs / page).read_text(encoding="utf-8"))
    return INLINE_CODE.sub(r"<code>\1</code>", html.escape(heading or page))


def seconds_cell(seconds: float, tag: str = "td") -> str:
    return f'<{tag} class="exec-report__seconds">{seconds:.2f}</{tag}>'


def table(rows: list[Row], words: dict[str, str], base: str) -> str:
    """The report as HTML; `base` leads from the report page to the site root."""
    docs = ROOT / words["docs"]
    block, run_time, this_build = (html.escape(label) for label in words["labels"].split("|"))
    ran, reused = (html.escape(status) for status in words["status"].split("|"))
    head = f'<thead><tr><th>{block}</th><th class="exec-report__seconds">{run_time}</th><th>{this_build}</th></tr></thead>'
    groups = []
    for page in by_page(rows):
        first = page[0]
        heading = (
            f'<tr class="exec-report__page"><th scope="rowgroup"><a href="{base}{html.escape(first.url)}">'
            f'{title(docs, first.page)}</a></th>{seconds_cell(sum(row.seconds for row in page), "th")}<td></td></tr>'
        )
        body = "".join(
            f"<tr><td><code>{html.escape(row.snippet)}</code></td>{seconds_cell(row.seconds)}"
            f"<td>{reused if row.cached else ran}</td></tr>"
            for row in page
        )
        groups.append(f"<tbody>{heading}{body}</tbody>")
    summary = html.escape(words["total"]).format(**{
        name: f"{value:.2f}" if name.endswith("seconds") else value for name, value in totals(rows).items()
    })
    # Seconds differ from build to build: keep them out of search and of determinism checks.
    return (
        f'<div class="exec-report" data-timing="on" data-search-exclude="on"><p class="exec-report__totals">{summary}</p>'
        f'<table>{head}{"".join(groups)}</table></div>'
    )


def fill(content: str, rows: list[Row], base: str) -> str:
    """Replace the report placeholder in a page's HTML, if it has one."""
    def render(match: re.Match) -> str:
        words = {found["name"]: html.unescape(found["value"]) for found in ATTRIBUTE.finditer(match["attributes"])}
        return table(rows, words, base)

    return PLACEHOLDER.sub(render, content)


def write_json(site_dir: str, rows: list[Row], environment: dict) -> Path:
    path = Path(site_dir) / "exec-report.json"
    report = {
        "environment": environment,
        "totals": totals(rows),
        "rows": [asdict(row) for row in slowest_first(rows)],
    }
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path

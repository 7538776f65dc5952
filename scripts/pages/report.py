"""The computation-times report: a table on its own page, and site/exec-report.json."""
from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from pathlib import Path

from scripts.pages.execution import Row

PLACEHOLDER = re.compile(r'<div class="exec-report" data-labels="(?P<labels>[^"]*)" data-total="(?P<total>[^"]*)"></div>')


def totals(rows: list[Row]) -> dict:
    executed = [row for row in rows if not row.cached]
    return {
        "blocks": len(rows),
        "executed": len(executed),
        "cached": len(rows) - len(executed),
        "seconds": round(sum(row.seconds for row in executed), 3),
    }


def slowest_first(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (-row.seconds, row.snippet, row.page))


def table(rows: list[Row], labels: list[str], total: str, base: str) -> str:
    """An HTML table of the rows; `base` leads from the report page to the site root."""
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = "".join(
        f'<tr><td><a href="{base}{html.escape(row.url)}">{html.escape(row.page)}</a></td>'
        f"<td><code>{html.escape(row.snippet)}</code></td><td>{row.seconds:.2f}</td>"
        f"<td>{'✓' if row.cached else '✗'}</td></tr>"
        for row in slowest_first(rows)
    )
    sums = totals(rows)
    foot = (
        f"<tr><th>{html.escape(total)}</th><td>{sums['blocks']}</td>"
        f"<td>{sums['seconds']:.2f}</td><td>{sums['cached']}/{sums['blocks']}</td></tr>"
    )
    # Seconds differ from build to build: keep them out of search and of determinism checks.
    return (
        f'<div class="exec-report" data-timing="on" data-search-exclude="on"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody><tfoot>{foot}</tfoot></table></div>"
    )


def fill(content: str, rows: list[Row], base: str) -> str:
    """Replace the report placeholder in a page's HTML, if it has one."""
    def render(match: re.Match) -> str:
        return table(rows, match["labels"].split("|"), match["total"], base)

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

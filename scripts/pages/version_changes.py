"""The "What changed across versions" page: what behaves differently on another torch version, by version.

The page (versions.md) is written by hand: a section per version, with a summary proved like any
claim, and a placeholder `<div class="version-changes" data-version="2.6.0"></div>` that the build
fills with every block and claim that changed at that version (scripts/pages/versions.py), page by
page. A version with changes and no section, or a section with no changes, fails the build.
"""
from __future__ import annotations

import html
import re

from scripts.pages import claims as claims_, versions

PLACEHOLDER = re.compile(r'<div class="version-changes" data-version="(?P<version>[^"]+)"></div>')


def listed(content: str) -> list[str]:
    return PLACEHOLDER.findall(content)


def _item(change: dict, labels: dict, base: str) -> str:
    if change["kind"] == "block":
        href = f"{base}{change['url']}#exec-{claims_.block_id(change['snippet'])}"
        name = html.escape(change["snippet"].rsplit("/", 1)[-1])
        return f'<li><a href="{html.escape(href)}"><code>{name}</code></a> · {html.escape(labels["how"][change["how"]])}</li>'
    anchor = "" if change["section"] == claims_.TOP else f"#{change['section']}"
    text = html.escape(labels["claim"].format(text=change["text"], verdict=labels["verdict"][change["verdict"]]))
    return f'<li><a href="{html.escape(base + change["url"] + anchor)}">{text}</a></li>'


def _page(title: str, found: list[dict], labels: dict, base: str) -> str:
    """One page's changes: its blocks first, then its claims, each claim once."""
    seen, items = set(), []
    for change in sorted(found, key=lambda c: (c["kind"], c.get("snippet", ""))):
        if change["kind"] == "claim" and change["claim"] in seen:
            continue
        seen.add(change.get("claim"))
        items.append(_item(change, labels, base))
    return f'<li><a href="{html.escape(base + found[0]["url"])}">{html.escape(title)}</a><ul>{"".join(items)}</ul></li>'


def fill(content: str, page: str, changes: list[dict], titles: dict[str, str], labels: dict, base: str) -> tuple[str, list[str]]:
    """The page with its placeholders filled, and the problems: versions with changes and no section, or the reverse.

    The page's own blocks and claims are each section's example, shown above its list, not in it."""
    by_version: dict[str, list[dict]] = {}
    for change in changes:
        by_version.setdefault(change["version"], [])
        if change["page"] != page:
            by_version[change["version"]].append(change)
    problems = [f"changes at torch {version} have no section on the page (add one with a placeholder for {version})"
                for version in sorted(set(by_version) - set(listed(content)), key=versions.key)]
    problems += [f"the section for torch {version} lists nothing: no block or claim changed there"
                 for version in sorted(set(listed(content)) - set(by_version), key=versions.key)]

    def filled(match: re.Match) -> str:
        pages: dict[str, list[dict]] = {}
        for change in by_version.get(match["version"], []):
            pages.setdefault(change["page"], []).append(change)
        ordered = sorted(pages, key=lambda page: titles.get(page, page))
        items = "".join(_page(titles.get(page, page), pages[page], labels, base) for page in ordered)
        # Out of search: the list repeats other pages' titles and claims, and a search should lead to those pages.
        return f'<ul class="version-changes" data-version="{match["version"]}" data-search-exclude="on">{items}</ul>'

    return PLACEHOLDER.sub(filled, content), problems

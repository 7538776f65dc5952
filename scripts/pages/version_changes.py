"""The "What changed across versions" page: what behaves differently on another torch version, by version.

The page (versions.md) is written by hand: a section per version, with a summary proved like any
claim, and a placeholder `<div class="version-changes" data-version="2.6.0"></div>` that the build
fills with every block and claim that changed at that version (scripts/pages/versions.py). A version
with changes and no section, or a section with no changes, fails the build.
"""
from __future__ import annotations

import html
import re

from scripts.pages import claims as claims_, versions

PLACEHOLDER = re.compile(r'<div class="version-changes" data-version="(?P<version>[^"]+)"></div>')


def listed(content: str) -> list[str]:
    return PLACEHOLDER.findall(content)


def _item(change: dict, titles: dict[str, str], labels: dict, base: str) -> str:
    title = html.escape(titles.get(change["page"], change["page"]))
    if change["kind"] == "block":
        href = f"{base}{change['url']}#exec-{claims_.block_id(change['snippet'])}"
        what = f"<code>{html.escape(change['snippet'].rsplit('/', 1)[-1])}</code>"
        return f'<li><a href="{html.escape(href)}">{title}</a> · {what}</li>'
    anchor = "" if change["section"] == claims_.TOP else f"#{change['section']}"
    verdict = labels["verdict"][change["verdict"]]
    return (f'<li><a href="{html.escape(base + change["url"] + anchor)}">{title}</a> · '
            f'{html.escape(labels["claim"].format(text=change["text"], verdict=verdict))}</li>')


def fill(content: str, changes: list[dict], titles: dict[str, str], labels: dict, base: str) -> tuple[str, list[str]]:
    """The page with its placeholders filled, and the problems: versions with changes and no section, or the reverse."""
    by_version: dict[str, list[dict]] = {}
    for change in changes:
        by_version.setdefault(change["version"], []).append(change)
    problems = [f"changes at torch {version} have no section on the page (add one with a placeholder for {version})"
                for version in sorted(set(by_version) - set(listed(content)), key=versions.key)]
    problems += [f"the section for torch {version} lists nothing: no block or claim changed there"
                 for version in sorted(set(listed(content)) - set(by_version), key=versions.key)]

    def filled(match: re.Match) -> str:
        found = sorted(by_version.get(match["version"], []), key=lambda c: (titles.get(c["page"], c["page"]), c["kind"], str(c.get("snippet", c.get("claim")))))
        items = "".join(_item(change, titles, labels, base) for change in found)
        return f'<ul class="version-changes" data-version="{match["version"]}">{items}</ul>'

    return PLACEHOLDER.sub(filled, content), problems

"""Checks that the Chinese and English docs have the same pages, sections and snippets."""
from __future__ import annotations

import re
from pathlib import Path

SECTION = re.compile(r"^## .*?\{#(?P<anchor>[\w-]+)\}\s*$", re.MULTILINE)
UNANCHORED = re.compile(r"^## (?!.*\{#[\w-]+\}\s*$).*$", re.MULTILINE)
INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^"]+)"\s*$', re.MULTILINE)


def outline(text: str) -> dict[str, list[str]]:
    """What must match across languages: the `##` anchors and the included snippets, in order."""
    return {
        "sections": SECTION.findall(text),
        "snippets": INCLUDE.findall(text),
    }


def pages(docs: Path) -> set[str]:
    return {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}


def problems(zh: Path, en: Path) -> list[str]:
    """Every difference between the two language trees, each message naming the file."""
    found = []
    zh_pages, en_pages = pages(zh), pages(en)
    for page in sorted(zh_pages - en_pages):
        found.append(f"{en / page}: missing (its Chinese page is {zh / page})")
    for page in sorted(en_pages - zh_pages):
        found.append(f"{zh / page}: missing (its English page is {en / page})")
    for page in sorted(zh_pages & en_pages):
        texts = {lang: (root / page).read_text(encoding="utf-8") for lang, root in (("zh", zh), ("en", en))}
        for lang, root in (("zh", zh), ("en", en)):
            for heading in UNANCHORED.findall(texts[lang]):
                found.append(f"{root / page}: section without an explicit anchor: {heading}")
        zh_outline, en_outline = outline(texts["zh"]), outline(texts["en"])
        for part in ("sections", "snippets"):
            if zh_outline[part] != en_outline[part]:
                found.append(
                    f"{zh / page} and {en / page}: {part} differ\n  zh: {zh_outline[part]}\n  en: {en_outline[part]}"
                )
    return found

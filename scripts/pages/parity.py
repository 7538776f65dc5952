"""Checks that the Chinese and English docs have the same pages, sections, snippets and functions."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.pages import claims
from scripts.runner.snippet_files import INCLUDE

SECTION = re.compile(r"^## .*?\{#(?P<anchor>[\w-]+)\}\s*$", re.MULTILINE)
UNANCHORED = re.compile(r"^## (?!.*\{#[\w-]+\}\s*$).*$", re.MULTILINE)


def front_matter(text: str) -> dict:
    """The YAML block a page starts with, if any; ValueError if it is not valid YAML."""
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 4)
    if end == -1:
        return {}
    try:
        return yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError as error:
        raise ValueError(f"front matter is not valid YAML: {error}") from None


def functions(text: str) -> list[tuple[str, str]]:
    """(name, section) of each function the page's front matter says it covers."""
    return [(entry["name"], entry["section"]) for entry in front_matter(text).get("functions", [])]


def outline(text: str) -> dict[str, list]:
    """What must match across languages: anchors, included snippets and covered functions, in order."""
    return {
        "sections": SECTION.findall(text),
        "snippets": INCLUDE.findall(text),
        "functions": functions(text),
    }


def _valid(text: str) -> bool:
    try:
        front_matter(text)
    except ValueError:
        return False
    return True


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
        broken = [root / page for lang, root in (("zh", zh), ("en", en)) if not _valid(texts[lang])]
        if broken:
            found += [f"{path}: front matter is not valid YAML" for path in broken]
            continue
        for lang, root in (("zh", zh), ("en", en)):
            for heading in UNANCHORED.findall(texts[lang]):
                found.append(f"{root / page}: section without an explicit anchor: {heading}")
            anchors = set(SECTION.findall(texts[lang]))
            for name, section in functions(texts[lang]):
                if section not in anchors:
                    found.append(f"{root / page}: function {name} points to a missing section #{section}")
        zh_claims, en_claims = claims.by_section(texts["zh"]), claims.by_section(texts["en"])
        for section in sorted(set(zh_claims) | set(en_claims)):
            only_zh, only_en = zh_claims.get(section, set()) - en_claims.get(section, set()), en_claims.get(section, set()) - zh_claims.get(section, set())
            for lang, root, ids in (("zh", zh, only_zh), ("en", en, only_en)):
                if ids:
                    found.append(f"{root / page}: claim(s) {', '.join(sorted(ids))} in section #{section} exist in {lang} only")
        zh_outline, en_outline = outline(texts["zh"]), outline(texts["en"])
        for part in ("sections", "snippets", "functions"):
            if zh_outline[part] != en_outline[part]:
                found.append(
                    f"{zh / page} and {en / page}: {part} differ\n  zh: {zh_outline[part]}\n  en: {en_outline[part]}"
                )
    return found

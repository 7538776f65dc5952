"""The sentences of a page that carry no claim mark, for an author's or auditor's review.

    python -m scripts.pages.census [topic ...]     (all topics when none is named)

The build proves every marked claim; it cannot tell a factual sentence from a set-up line, a piece
of advice or a link. This lists every unmarked sentence, in both languages, so that a person can
judge each one (snippets/README.md, "What needs no mark"). The splitting is heuristic: a clause
whose mark comes one clause later may be listed on its own.
"""
from __future__ import annotations

import re
import sys

from scripts.pages import claims
from scripts.runner.fingerprint import ROOT

LANGS = ("en", "zh")
SENTENCE_BREAK = re.compile(
    r"(?<=[.!?;])\s+(?=[A-Z`*\[(\"“])"  # English: a stop, then a capital, code, link or quote
    r"|(?<=[。！？；])(?![”\"）)])"  # Chinese: a full-width stop, unless a quote or bracket closes
    r"|(?<=\})\s*(?=[^\s{])"  # right after a mark: what follows is another claim, or none
)
LEADING_MARKS = re.compile(r"(?:\s*\{claim:[\w-]+(?:\s+(?:since|until)=[\d.]+)?\})*")
NOT_PROSE = re.compile(r'^(?:#|--8<--|<|!!! \w+ "[^"]*"\s*$)')
FRONT_MATTER_KEYS = re.compile(r"^(?:---$|functions:|(?:- )?(?:name|section):)")
NON_PAGES = {"index.md", "functions.md", "exec-times.md", "claims.md"}


def sentences(line: str) -> list[str]:
    """The line cut into sentences; marks at the start of a piece belong to the sentence before."""
    masked = re.sub(r"`[^`]*`", lambda match: "`" + "x" * (len(match[0]) - 2) + "`", line)  # never cut inside code
    cuts = [0] + [match.end() for match in SENTENCE_BREAK.finditer(masked)] + [len(line)]
    found: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        piece = line[start:end].strip()
        marks = LEADING_MARKS.match(piece)[0]
        if found and marks:
            found[-1] += " " + marks.strip()
            piece = piece[len(marks):].strip()
        if piece:
            found.append(piece)
    return found


def unmarked(markdown: str) -> list[tuple[str, str]]:
    """(section, sentence) of every sentence in the prose and the front matter's summaries without a mark."""
    found = []
    for section, line in claims._prose_lines(markdown):
        text = line.strip()
        if not text or NOT_PROSE.match(text) or FRONT_MATTER_KEYS.match(text):
            continue
        text = re.sub(r'^summary: "(.*)"$', r"summary: \1", text)  # YAML's quotes are not a sentence
        found += [(section, sentence) for sentence in sentences(text) if not claims.MARKER.search(sentence)]
    return found


def topics() -> list[str]:
    return sorted(path.stem for path in (ROOT / "docs" / "en").glob("*.md") if path.name not in NON_PAGES)


def main(names: list[str]) -> int:
    total = 0
    for topic in names or topics():
        for lang in LANGS:
            markdown = (ROOT / "docs" / lang / f"{topic}.md").read_text(encoding="utf-8")
            found = unmarked(markdown)
            total += len(found)
            print(f"{lang}/{topic}.md: {len(claims.markers(markdown))} marks, {len(found)} unmarked sentences")
            for section, sentence in found:
                print(f"  [{section}] {sentence}")
    print(f"{total} unmarked sentences to review")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Chinese typography in the prose of docs/zh: full-width punctuation and “” quotes beside Chinese, no stray spaces."""
import re

import pytest

from conftest import ROOT
from scripts.pages import claims

HAN = r"[\u4e00-\u9fff]"
RULES = {
    "a straight quote beside Chinese (use “”)": re.compile(rf'{HAN}"|"{HAN}'),
    "half-width punctuation after Chinese (use ，；：？！)": re.compile(rf"{HAN}[,;:?!]"),
    "a space before full-width punctuation": re.compile(r" [，。：；？！、）”]"),
    "a space after full-width punctuation": re.compile(r"[，。：；？！、（“] (?!\{claim:)"),
}


def prose(line: str) -> str:
    """What a reader reads of one Markdown line: inline code, link targets, HTML and YAML quoting left out."""
    if line.lstrip().startswith("<"):
        return ""
    line = re.sub(r"`[^`]*`", "C", line)
    line = re.sub(r"\]\([^)]*\)", "]", line)
    line = re.sub(r'^(\s*(?:- )?\w+: )"(.*)"\s*$', r"\1\2", line)  # a quoted front-matter value
    return re.sub(r'^(\s*!!! \w+) "[^"]*"', r"\1", line)  # an admonition's quoted title


def problems(text: str, name: str) -> list[str]:
    found = []
    for number, (line, code) in enumerate(claims._lines(text), start=1):
        if code:
            continue
        readable = prose(line)
        for rule, pattern in RULES.items():
            for match in pattern.finditer(readable):
                found.append(f"{name}:{number}: {rule}: …{readable[max(0, match.start() - 10):match.end() + 10]}…")
    return found


def test_chinese_pages_follow_chinese_typography():
    found = [problem for path in sorted((ROOT / "docs" / "zh").glob("*.md"))
             for problem in problems(path.read_text(encoding="utf-8"), path.name)]
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("planted", [
    '它返回"视图"。', "真的吗?不是。", "形状 ，不变。", "形状， 不变。", "  summary: 这是 (名字, 参数) 对",
])
def test_each_rule_catches_its_mistake(planted):
    assert problems(planted, "planted.md")


@pytest.mark.parametrize("fine", [
    "它返回“视图”。", "`x.view(-1)` 可以，{claim:a} 然后……", '!!! tip "先说结论"', '  summary: "返回视图。"', "见 [文档](https://a.b/c?d=e)。",
])
def test_correct_typography_passes(fine):
    assert not problems(fine, "fine.md")

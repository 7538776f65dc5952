"""The search index, rewritten after Material's search plugin has written it (on_post_build).

Chinese. Material splits a Chinese query into the words it finds in the index, but never tries one
that ends at the query's last character: with jieba's words in the index, 张量复制 is searched as 张量
and 复, which finds every page (张量 is on all of them) and lights up 复现 on the page it opens. When
no Chinese word in the index begins a query's run of Chinese characters, Material searches the run
whole, as a prefix. So the Chinese index holds no Chinese word at all: the fields `title_terms` and
`text_terms` are indexed in place of `title` and `text`, and in them every suffix of a run of Chinese
characters is a term that ends with MARK. A Chinese query then matches where its characters occur,
in that order, inside one run of a section, as the page highlighter will mark them. `title` and
`text` stay in the documents, to be shown: without jieba's U+200B, and `text` cut to the section's
first paragraph, since unhighlighted Material would show all of it.

Words that only link the others (和, 的区别, vs) are in the separator (mkdocs.yml): they vanish
from a query, as English stop words do.

Synonyms (`extra.search_synonyms`: groups of words a reader may type for the same thing) go into
fields of their own, `title_synonyms` and `text_synonyms`, weighed a tenth of their source's field:
a page that says the reader's word ranks above one that says its synonym, and a run indexed once
more for each synonym in it hardly counts more for the rest of its words. Where a Chinese run holds
a synonym, each other word of its group stands in for it (张量复制 gives 张量拷贝 and 拷贝); a Latin word
brings the group's other words.

Both languages. `functions` holds, on a topic page and on each section its front matter names, the
functions the page covers, each ending with MARK: a term of its own, weighed by the few pages that
list it rather than by every snippet that calls it, so a query naming two ranks their page first.
`main_function` holds the page's main function (the first it lists) alone, weighed above all: the
page that answers for a name comes first for it, above the others that list it. No two pages have
the same main function (tests/test_site.py).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.structure.files import File

from scripts.pages import function_index

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
MARK = "~"  # ends the terms built here: no Chinese word is one, and function names are terms of their own
TAG = re.compile(r"<[^>]+>")
FIRST_BLOCK = re.compile(r"\s*<(p|ul|ol)>.*?</\1>", re.DOTALL)
TERMS = {"title_terms": "title", "text_terms": "text"}  # each replaces its source in the index
SYNONYMS = {"title_synonyms": "title", "text_synonyms": "text"}


def function_names(entries: list[function_index.Entry], docs_dir: str, use_directory_urls: bool) -> dict[str, list[str]]:
    """{search location: short names} of `entries`, on each one's topic page and on its section."""
    names: dict[str, list[str]] = {}
    for entry in entries:
        page = File(entry.page, docs_dir, "", use_directory_urls).url.removeprefix("./")
        short = entry.name.rsplit(".", 1)[-1]
        for location in (page, f"{page}#{entry.section}"):
            names.setdefault(location, []).append(short)
    return names


def plain(html: str) -> str:
    return TAG.sub(" ", html).replace("\u200b", "")


def is_chinese(word: str) -> bool:
    return HAN.search(word) is not None


def says(text: str, word: str) -> bool:
    if is_chinese(word):
        return word in text
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def phrases(run: str, starts: int | None = None) -> list[str]:
    """The terms of a run of Chinese characters: its suffixes (those from its first `starts` characters)."""
    return [run[i:] + MARK for i in range(starts or len(run))]


def swapped(run: str, synonyms: list[list[str]]) -> list[str]:
    """The terms of a run with each other word of a group in place of one it holds, from each
    start up to the swapped-in word."""
    found = []
    for group in synonyms:
        for word in filter(is_chinese, group):
            for match in re.finditer(re.escape(word), run):
                for other in (w for w in filter(is_chinese, group) if w != word):
                    found += phrases(run[:match.start()] + other + run[match.end():], match.start() + 1)
    return found


def added(text: str, synonyms: list[list[str]]) -> list[str]:
    """The words a group adds where the text says one of its words: all the others if that one is
    Latin, the Latin ones if it is Chinese (its Chinese ones are swapped into the runs)."""
    words = []
    for group in synonyms:
        said = [word for word in group if says(text, word)]
        for word in group if said else []:
            if word not in said and (not is_chinese(word) or not any(map(is_chinese, said))):
                words.append(word + MARK if is_chinese(word) else word)
    return words


def terms(html: str) -> str:
    """A field's own index terms, each once: its Latin words, its Chinese runs as phrases."""
    text = plain(html)
    latin = [word for word in HAN.sub(" ", text).split() if re.search(r"\w", word)]
    return " ".join(dict.fromkeys(latin + [term for run in HAN.findall(text) for term in phrases(run)]))


def synonym_terms(html: str, synonyms: list[list[str]]) -> str:
    """A field's synonym terms, each once: its Chinese runs with synonyms swapped in, and added words."""
    text = plain(html)
    chinese = [term for run in HAN.findall(text) for term in swapped(run, synonyms)]
    return " ".join(dict.fromkeys(chinese + added(text, synonyms)))


def rewrite(site_dir: str, fields: dict, synonyms: list[list[str]], names: dict[str, list[str]],
            mains: dict[str, list[str]]) -> None:
    path = Path(site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        doc["title"], doc["text"] = doc["title"].replace("\u200b", ""), doc["text"].replace("\u200b", "")
        for field, source in TERMS.items():
            if field in fields:
                doc[field] = terms(doc[source])
        for field, source in SYNONYMS.items():
            if field in fields:
                doc[field] = synonym_terms(doc[source], synonyms)
        for field, listed in (("functions", names), ("main_function", mains)):
            if field in fields and doc["location"] in listed:
                doc[field] = " ".join(name + MARK for name in listed[doc["location"]])
        if "text_terms" in fields:
            block = FIRST_BLOCK.match(doc["text"])
            doc["text"] = block[0].strip() if block else doc["text"]
    for field, source in TERMS.items():
        if field in fields:
            index["config"]["fields"].pop(source)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

"""The built site: both languages exist, and what the pages show is what the snippets print."""
import json
import os
import re
from urllib.parse import urlparse

import jieba
import pytest
import torch
from bs4 import BeautifulSoup

from conftest import ROOT, run_standalone
from scripts.runner import benchmark, snippet_files
from scripts.runner.fingerprint import cpu_model

TOPICS = sorted(p.stem for p in (ROOT / "docs" / "en").glob("*.md") if "--8<--" in p.read_text(encoding="utf-8"))
TABLE_LABELS = re.compile(r'^```python exec="on" table="(?P<labels>[^"]+)".*\n--8<-- "snippets/(?P<name>[^"]+)"', re.M)


def declared_labels(lang, topic, pattern):
    """{snippet name: labels} for the fences `pattern` matches in a page's source."""
    source = (ROOT / "docs" / lang / f"{topic}.md").read_text(encoding="utf-8")
    return {m["name"]: m["labels"].split("|") for m in pattern.finditer(source)}


def page(site, lang, topic):
    path = site / ("" if lang == "zh" else "en") / topic / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_there_are_topics():
    assert len(TOPICS) >= 19 and "tensor-copies" in TOPICS


def test_home_pages_exist_in_both_languages(site):
    zh = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    en = BeautifulSoup((site / "en" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert zh.html["lang"] == "zh-Hans" and en.html["lang"] == "en"
    for topic in TOPICS:  # each home page links every topic
        assert zh.select_one(f'article a[href="{topic}/"]') and en.select_one(f'article a[href="{topic}/"]')


@pytest.mark.parametrize("lang, words", [("zh", ["找不到这个页面", "本节的链接"]), ("en", ["page not found", "Link to this section"])])
def test_the_404_page_leads_back_and_speaks_the_page_language(site, lang, words):
    root = site if lang == "zh" else site / "en"
    missing = BeautifulSoup((root / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert missing.html["lang"] == ("zh-Hans" if lang == "zh" else "en") and words[0] in missing.h1.get_text()
    home, functions = [urlparse(a["href"]).path for a in missing.select("article a")]
    assert home.endswith("/" if lang == "zh" else "/en/") and functions == home + "functions/"  # absolute: a 404 has no place
    assert (root / "functions" / "index.html").exists()
    anchor = page(site, lang, "flatten-ravel").select_one("a.headerlink")
    assert anchor["title"] == words[1]  # the heading-link tooltip, not Material's English "Permanent link"


@pytest.mark.parametrize("lang, expected", [
    ("zh", "本站代码运行于 torch {torch} · 设备：CPU（{cpu}，{cores} 核） · 构建日期：{date}"),
    ("en", "Outputs computed with torch {torch} · on CPU ({cpu}, {cores} cores) · built {date}"),
])
def test_the_footer_names_torch_and_the_device_in_the_page_language(site, lang, expected):
    stamp = page(site, lang, "flatten-ravel").select_one(".build-stamp")
    text = " ".join(stamp.get_text().split())
    date = re.search(r"\d{4}-\d{2}-\d{2}$", text)
    assert date and text == expected.format(torch=torch.__version__, cpu=cpu_model(), cores=os.cpu_count(), date=date[0])


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("topic", TOPICS)
def test_every_block_shows_what_its_snippet_prints(site, lang, topic):
    blocks = page(site, lang, topic).select("div.exec-block")
    assert blocks, f"{lang}/{topic} shows no executed block"
    for block in blocks:
        snippet = "snippets/" + block["data-snippet"]
        code = block.select_one(".highlight code").get_text()
        assert code == (ROOT / snippet).read_text(encoding="utf-8"), f"{snippet}: the page shows other code"
        if block.select_one("[data-timing]"):
            continue  # measured times differ from run to run
        shown = block.select_one(".exec-output code").get_text()
        assert shown.rstrip("\n") == run_standalone(snippet).stdout.rstrip("\n"), f"{snippet}: output differs"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("topic", TOPICS)
def test_tables_are_computed_and_labelled_in_the_page_language(site, lang, topic):
    declared = declared_labels(lang, topic, TABLE_LABELS)
    tables = page(site, lang, topic).select("div.exec-table")
    assert len(tables) == len(declared) >= 1
    for table in tables:
        name = table["data-snippet"]
        assert [th.get_text() for th in table.select("thead th")] == declared[name]
        if table.select_one("[data-timing]"):
            continue
        printed = run_standalone("snippets/" + name).stdout.strip().splitlines()[2:]
        rows = [[td.get_text() for td in tr.select("td")] for tr in table.select("tbody tr")]
        expected = [[re.sub(r"`([^`]*)`", r"\1", c.strip()) for c in line.strip().strip("|").split("|")] for line in printed]
        assert rows == expected, f"{name}: the table differs from what the snippet prints"


CHART_LABELS = re.compile(r'^```python exec="on" chart="(?P<labels>[^"]+)".*\n--8<-- "snippets/(?P<name>[^"]+)"', re.M)


CHARTED = [t for t in TOPICS if 'chart="' in (ROOT / "docs" / "en" / f"{t}.md").read_text(encoding="utf-8")]


def test_several_topics_have_charts():
    assert len(CHARTED) >= 5 and "random-tensors" in CHARTED


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("topic", CHARTED)
def test_charts_are_drawn_from_this_build_in_the_page_language(site, lang, topic):
    declared = declared_labels(lang, topic, CHART_LABELS)
    charts = page(site, lang, topic).select("div.exec-chart")
    assert len(charts) == len(declared) >= 1
    for chart in charts:
        name = chart["data-snippet"]
        spec = benchmark.load(ROOT / "snippets" / name)
        figure = chart.select_one("figure[data-timing]")
        cpu = figure.select_one(".tabbed-block") or figure  # with GPU tabs, the first is this build's CPU run
        texts = [text.get_text() for text in cpu.select("svg text")]
        assert set(declared[name]) <= set(texts), f"{name}: axis labels not in the page's language"
        assert set(spec["cases"]) <= set(texts)  # the legend names the cases
        assert f"num_threads={spec['num_threads']}" in texts[-1] and "torch 2.13.0" in texts[-1]  # the caption
        rows = cpu.select("table tbody tr")
        assert [row.td.get_text() for row in rows] == [f"{n:,}" for n in spec["sizes"]]
        assert chart.select_one("details code").get_text() == (ROOT / "snippets" / name).read_text(encoding="utf-8")


def test_every_snippet_is_on_a_page_in_both_languages(site):
    for lang in ("zh", "en"):
        shown = {
            "snippets/" + div["data-snippet"]
            for topic in TOPICS
            for div in page(site, lang, topic).select("[data-snippet]")
        }
        assert shown == set(snippet_files.all_snippets()), f"{lang}: not on any page: {set(snippet_files.all_snippets()) - shown}"


def search_index(site, lang):
    path = site / ("" if lang == "zh" else "en") / "search" / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ["named_parameters", "detach_", "state_dict", "randn"])
def test_search_index_holds_function_names(site, lang, name):
    docs = search_index(site, lang)["docs"]
    assert any(re.search(rf"\b{name}\b", doc["text"] + doc["title"]) for doc in docs)


def test_zh_search_index_is_segmented_by_jieba(site):
    index = search_index(site, "zh")
    assert index["config"]["lang"] == ["zh"] and "\\u200b" in index["config"]["separator"]
    titles = {doc["title"] for doc in index["docs"]}
    for title in ("张量复制", "模型参数"):
        segmented = "\u200b".join(jieba.cut(title))
        assert "\u200b" in segmented and any(segmented in found for found in titles)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_measured_times_stay_out_of_search(site, lang):
    labels = [label for labels in declared_labels(lang, "random-tensors", CHART_LABELS).values() for label in labels]
    text = " ".join(doc["text"] for doc in search_index(site, lang)["docs"]).replace("\u200b", "")
    assert labels and not any(label.replace(" ", "") in text.replace(" ", "") for label in labels)


def test_en_search_is_english(site):
    assert search_index(site, "en")["config"]["lang"] == ["en"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pages_request_nothing_from_other_hosts(site, lang):
    root = site if lang == "zh" else site / "en"
    for path in root.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for element in soup.find_all(tag):
                url = element.get(attr, "")
                if tag == "link" and element.get("rel") not in (["stylesheet"], ["preconnect"], ["icon"]):
                    continue
                assert not re.match(r"^(https?:)?//", url), f"{path}: loads {url}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_ledger_counts_every_mark_on_every_page(site, lang):
    from scripts.pages import claims, parity

    root = site / ("" if lang == "zh" else "en")
    ledger = json.loads((root / "claims.json").read_text(encoding="utf-8"))
    listed = {}
    for claim in ledger["claims"]:
        listed[claim["page"]] = listed.get(claim["page"], 0) + 1
    for topic in TOPICS:
        source = (ROOT / "docs" / lang / f"{topic}.md").read_text(encoding="utf-8")
        in_front_matter = sum(len(claims.MARKER.findall(entry.get("summary", ""))) for entry in parity.front_matter(source).get("functions", []))
        shown = len(page(site, lang, topic).select("article .claim"))
        assert listed.get(f"{topic}.md", 0) == shown + in_front_matter, topic
    statuses = [claim["status"] for claim in ledger["claims"]]
    assert ledger["totals"]["claims"] == len(statuses) == sum(listed.values())
    assert all(ledger["totals"][status] == statuses.count(status) for status in ("proved", "gpu", "awaiting"))
    ledger_page = BeautifulSoup((root / "claims" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(ledger_page.select(".claims-ledger tbody tr")) == len(statuses)
    home = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert str(ledger["totals"]["claims"]) in home.select_one(".claims-totals").get_text()

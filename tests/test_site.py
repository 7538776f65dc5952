"""The built site: both languages exist, and what the pages show is what the snippets print."""
import json
import os
import re
from urllib.parse import urlparse

import pytest
import torch
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, SITE_URL, built_output
from scripts.pages import function_index
from scripts.pages.search_index import MARK
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


def index_pages(root, lang):
    """Every page a language's build wrote (the Chinese root's without the English under en/)."""
    return [path for path in root.rglob("index.html") if lang == "en" or path.relative_to(root).parts[0] != "en"]


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
    ("zh", "本站代码运行于 torch {torch} · 设备：CPU（{cpu}，{cores} 核） · 构建日期：{date} · 另在 torch {versions} 上运行（{checked}）"),
    ("en", "Outputs computed with torch {torch} · on CPU ({cpu}, {cores} cores) · built {date} · also run on torch {versions} ({checked})"),
])
def test_the_footer_names_torch_and_the_device_in_the_page_language(site, lang, expected):
    from scripts.pages import versions

    stamp = page(site, lang, "flatten-ravel").select_one(".build-stamp")
    text = " ".join(stamp.get_text().split())
    date = re.search(r"构建日期：(\d{4}-\d{2}-\d{2})|built (\d{4}-\d{2}-\d{2})", text)
    checked = versions.load(ROOT)
    listed = ("、" if lang == "zh" else ", ").join(bundle["torch"] for bundle in checked)
    assert date and text == expected.format(torch=torch.__version__, cpu=cpu_model(), cores=os.cpu_count(), date=date[1] or date[2],
                                            versions=listed, checked=max(bundle["date"] for bundle in checked))


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
        assert shown.rstrip("\n") == built_output(site, snippet).rstrip("\n"), f"{snippet}: output differs"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("topic", [topic for topic in TOPICS if topic != "versions"])  # the upgrade guide has no table
def test_tables_are_computed_and_labelled_in_the_page_language(site, lang, topic):
    declared = declared_labels(lang, topic, TABLE_LABELS)
    tables = page(site, lang, topic).select("div.exec-table")
    assert len(tables) == len(declared) >= 1
    for block in tables:
        name = block["data-snippet"]
        table = block.select_one("table")  # this build's; an Other versions tab may hold other versions' tables
        assert [th.get_text() for th in table.select("thead th")] == declared[name]
        if block.select_one("[data-timing]"):
            continue
        printed = built_output(site, "snippets/" + name).strip().splitlines()[2:]
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
        cpu = figure  # this build's CPU run: the first tab (this build, not other versions), then its first (CPU, not GPU)
        while (first := cpu.select_one(".tabbed-block")) is not None:
            cpu = first
        texts = [text.get_text() for text in cpu.select("svg text")]
        assert set(declared[name]) <= set(texts), f"{name}: axis labels not in the page's language"
        assert set(spec["cases"]) <= set(texts)  # the legend names the cases
        caption = " ".join(text.get_text() for text in cpu.select("svg")[0].select("text.chart-caption"))
        assert f"num_threads={spec['num_threads']}" in caption and "torch 2.13.0" in caption
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


HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def indexed_terms(index, doc):
    """The terms lunr indexes for a document: every field the search indexes, without its markup,
    split at the separator (as JavaScript reads it: \\w and \\s are ASCII)."""
    separator = re.compile(index["config"]["separator"], re.ASCII)
    values = [re.sub(r"<[^>]+>", " ", doc[field]) for field in index["config"]["fields"] if isinstance(doc.get(field), str)]
    return [term.lower() for value in values for term in separator.split(value) if term]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ["named_parameters", "detach_", "state_dict", "randn"])
def test_search_index_holds_function_names(site, lang, name):
    index = search_index(site, lang)
    assert any(re.fullmatch(rf"{name}~?", term) for doc in index["docs"] for term in indexed_terms(index, doc))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_function_index_has_a_row_of_three_cells_per_function_linking_its_section(site, lang):
    from scripts.pages import function_index

    rows = page(site, lang, "functions").select(".function-index tbody tr")
    found = [(row.select("td")[0].get_text(), row.select("td")[-1].a and row.select("td")[-1].a["href"],
              len(row.select("td"))) for row in rows]
    topic = lambda entry: entry.page.removesuffix(".md")
    expected = [(entry.name, f"../{topic(entry)}/#{entry.section}", 3)
                for entry in function_index.entries(ROOT / "docs" / lang)]
    assert sorted(found, key=str) == sorted(expected, key=str)
    assert any("|" in row.select("td")[1].get_text() for row in rows)  # a summary with a bar keeps it


def test_zh_search_indexes_no_chinese_word(site):
    """Material's search sends a query's run of Chinese characters whole, as one prefix, only when no
    indexed term is a Chinese word (scripts/pages/search_index.py): each Chinese term ends with a mark."""
    index = search_index(site, "zh")
    terms = {term for doc in index["docs"] for term in indexed_terms(index, doc)}
    chinese = [term for term in terms if re.search(HAN, term)]
    assert len(chinese) > 1000 and not [term for term in chinese if re.fullmatch(f"{HAN}+", term)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_search_results_show_no_zero_width_space(site, lang):
    docs = search_index(site, lang)["docs"]
    assert docs and not [doc["location"] for doc in docs if "\u200b" in doc["title"] + doc["text"]]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_synonym_group_holds_a_word_the_pages_use(lang):
    config = yaml.safe_load((ROOT / ("mkdocs.yml" if lang == "zh" else "mkdocs.en.yml")).read_text(encoding="utf-8"))
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / lang).glob("*.md")).lower()
    groups = config["extra"]["search_synonyms"]
    assert groups and not [group for group in groups if not any(word.lower() in text for word in group)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_measured_times_stay_out_of_search(site, lang):
    """A chart's value label, in the figure's own words, finds no section: if the figure were indexed,
    every word of it would begin a term of the chart's section."""
    index = search_index(site, lang)
    separator = re.compile(index["config"]["separator"], re.ASCII)
    labels = [labels[1] for labels in declared_labels(lang, "random-tensors", CHART_LABELS).values()]
    for words in ([word.lower() for word in separator.split(label) if word] for label in labels):
        found = [doc["location"] for doc in index["docs"]
                 if all(any(term.startswith(word) for term in indexed_terms(index, doc)) for word in words)]
        assert len(words) > 2 and not found, (words, found)


def test_en_search_is_english(site):
    assert search_index(site, "en")["config"]["lang"] == ["en"]


LOADING_TAG = re.compile(r"<(script|link|img)\b([^>]*)>")  # escaped in code blocks, so only real tags match
ATTRIBUTE = re.compile(r'\b(src|href|rel)="([^"]*)"')


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pages_request_nothing_from_other_hosts(site, lang):
    root = site if lang == "zh" else site / "en"
    checked = 0
    for path in root.rglob("*.html"):
        for tag, attributes in LOADING_TAG.findall(path.read_text(encoding="utf-8")):
            found = dict(ATTRIBUTE.findall(attributes))
            if tag == "link" and found.get("rel") not in ("stylesheet", "preconnect", "icon"):
                continue
            url = found.get("src" if tag != "link" else "href", "")
            assert not re.match(r"^(https?:)?//", url), f"{path}: loads {url}"
            checked += 1
    assert checked > 100


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
    # The overview: a row per page, with its count and a link to its own ledger, a row per claim.
    overview = BeautifulSoup((root / "claims" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = overview.select(".claims-ledger tbody tr")
    assert len(rows) == len(listed) == len(TOPICS)
    for row in rows:
        topic = row.select("a")[0]["href"].strip("./")
        assert int(row.select("td")[1].get_text()) == listed[f"{topic}.md"], topic
        assert row.select("a")[-1]["href"].endswith(f"claims/{topic}/")
        own = BeautifulSoup((root / "claims" / topic / "index.html").read_text(encoding="utf-8"), "html.parser")
        claimed = [c for c in ledger["claims"] if c["page"] == f"{topic}.md"]
        texts = [tr.select_one("td a").get_text() for tr in own.select(".claims-ledger tbody tr")]
        assert texts == [c["text"] for c in claimed] and all(texts), topic  # each row says its claim
    home = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert str(ledger["totals"]["claims"]) in home.select_one(".claims-totals").get_text()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_asset_a_page_loads_exists_and_english_loads_the_roots(site, lang):
    """The English pages load the root's copy of the assets (scripts/pages/share_assets.py), so none is fetched twice."""
    root = site if lang == "zh" else site / "en"
    assert (site / "assets" / "site.css").is_file() and (lang == "zh" or not (root / "assets").exists())
    for path in (root / "index.html", root / "flatten-ravel/index.html", root / "notebooks/tensor-copies/index.html", root / "404.html"):
        document = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        config = json.loads(document.select_one("#__config").get_text())
        addresses = [tag.get("href") or tag.get("src") for tag in document.select("link[rel=stylesheet], link[rel~=icon], script[src]")]
        for address in addresses + [config["search"]]:
            if address.startswith("data:"):  # mkdocs-jupyter's empty MathJax: nothing is fetched
                continue
            local = urlparse(address).path
            absolute = local.startswith("/")  # the 404 page's: under the site's URL (conftest.SITE_URL)
            target = site / local.removeprefix(urlparse(SITE_URL).path) if absolute else path.parent / local
            assert target.resolve().is_file() and site.resolve() in target.resolve().parents, f"{path}: {address}"
            assert lang == "zh" or (site / "en").resolve() not in target.resolve().parents, f"{path}: {address}"


# ---- Computation times (scripts/pages/report.py) -------------------------------------------------

def report_rows(*rows):
    from scripts.pages.execution import Row

    return [Row(page=page, url=page.removesuffix(".md") + "/", snippet=snippet, seconds=seconds, cached=cached)
            for page, snippet, seconds, cached in rows]


def test_the_times_report_groups_blocks_under_page_titles_with_meaningful_totals(tmp_path):
    from scripts.pages import report

    (tmp_path / "a.md").write_text("---\nx: 1\n---\n\n# Leaf `.grad`\n\ntext\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Bee\n", encoding="utf-8")
    rows = report_rows(("a.md", "snippets/a/one.py", 1.0, False), ("b.md", "snippets/b/big.py", 5.0, False),
                       ("a.md", "snippets/a/two.py", 3.0, True))
    placeholder = (f'<div class="exec-report" data-docs="{tmp_path}" data-labels="Block|Run time|This build" '
                   'data-status="ran|reused" data-total="{blocks} blocks, {seconds} s; ran {executed} '
                   '({executed_seconds} s), reused {cached}"></div>')
    soup = BeautifulSoup(report.fill(f"<p>x</p>{placeholder}", rows, "../"), "html.parser")
    groups = [[[cell.get_text() for cell in row.select("th, td")] for row in body.select("tr")]
              for body in soup.select(".exec-report tbody")]
    assert groups == [  # pages by their total run time, each page's blocks slowest first
        [["Bee", "5.00", ""], ["snippets/b/big.py", "5.00", "ran"]],
        [["Leaf .grad", "4.00", ""], ["snippets/a/two.py", "3.00", "reused"], ["snippets/a/one.py", "1.00", "ran"]],
    ]
    assert soup.select_one(".exec-report__page a")["href"] == "../b/" and soup.select_one(".exec-report__page code").text == ".grad"
    assert soup.select_one(".exec-report__totals").get_text() == "3 blocks, 9.00 s; ran 2 (6.00 s), reused 1"
    assert [th.get_text() for th in soup.select("thead th")] == ["Block", "Run time", "This build"]
    assert report.totals(rows) == {"blocks": 3, "seconds": 9.0, "executed": 2, "executed_seconds": 6.0, "cached": 1}


def times_page(site, lang):
    root = site if lang == "zh" else site / "en"
    return BeautifulSoup((root / "exec-times" / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_times_page_shows_each_block_under_its_page_title_as_this_build_ran_it(site, lang):
    root = site if lang == "zh" else site / "en"
    words = re.search(r'data-status="([^"]*)"', (ROOT / "docs" / lang / "exec-times.md").read_text(encoding="utf-8"))[1]
    ran, reused = words.split("|")
    report = {(row["url"], row["snippet"]): row for row in json.loads((root / "exec-report.json").read_text(encoding="utf-8"))["rows"]}
    shown = {}
    for body in times_page(site, lang).select(".exec-report tbody"):
        link = body.select_one(".exec-report__page a")
        url = link["href"].removeprefix("../")
        heading = BeautifulSoup((root / url / "index.html").read_text(encoding="utf-8"), "html.parser").select_one("article h1")
        heading.select_one(".headerlink").decompose()
        assert link.get_text() == heading.get_text(), url  # the page's title, not its file name
        for row in body.select("tr:not(.exec-report__page)"):
            snippet, seconds, status = (cell.get_text() for cell in row.select("td"))
            shown[(url, snippet)] = (seconds, status)
    assert shown == {key: (f"{row['seconds']:.2f}", reused if row["cached"] else ran) for key, row in report.items()}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_links_a_prefilled_issue_about_itself(site, lang):
    """"Report a problem with this page": a plain link (nothing is requested until a reader follows it) to a new
    issue on the repository, titled with the page as its browser tab names it, the body naming the page's address,
    its language and this build's torch and date, all worded by the language's config."""
    from urllib.parse import parse_qs, urlsplit

    import yaml

    config = yaml.safe_load((ROOT / ("mkdocs.yml" if lang == "zh" else "mkdocs.en.yml")).read_text(encoding="utf-8"))
    words, repo = config["extra"]["report"], yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["repo_url"]
    root = site if lang == "zh" else site / "en"
    pages = index_pages(root, lang)
    assert len(pages) > 80  # topics, indexes and notebooks
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        links = soup.select("article a[href*='/issues/new?']")
        assert len(links) == 1 and " ".join(links[0].get_text().split()) == words["link"], path
        address = urlsplit(links[0]["href"])
        assert f"{address.scheme}://{address.netloc}{address.path}" == f"{repo}/issues/new", path
        name = soup.title.get_text().removesuffix(" - " + config["site_name"])
        date = re.search(r"\d{4}-\d{2}-\d{2}", soup.select_one(".build-stamp").get_text())[0]
        body = words["body"].format(page=name, url=soup.find("link", rel="canonical")["href"], lang=soup.html["lang"],
                                    torch=torch.__version__, date=date)
        assert parse_qs(address.query) == {"title": [words["title"].format(page=name)], "body": [body]}, path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_topics_answer_for_the_same_function_name(lang):
    """The first function a page lists is its main one, the name its search result answers for."""
    mains = {}
    for entry in filter(lambda entry: entry.main, function_index.entries(ROOT / "docs" / lang)):
        mains.setdefault(entry.name.rsplit(".", 1)[-1].lower(), []).append(entry.page)
    assert {name: pages for name, pages in mains.items() if len(pages) > 1} == {}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_only_a_main_function_section_carries_its_name_in_the_main_function_field(site, lang):
    expected = {f"{entry.page.removesuffix('.md')}/#{entry.section}": entry.name.rsplit(".", 1)[-1] + MARK
                for entry in function_index.entries(ROOT / "docs" / lang) if entry.main}
    found = {doc["location"]: doc["main_function"] for doc in search_index(site, lang)["docs"]
             if "main_function" in doc and "#" in doc["location"]}
    assert found == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sitemap_names_each_pages_counterparts_and_no_head_repeats_them(site, lang):
    """hreflang alternates live in the sitemap, page by page (scripts/pages/sitemap.py); the <head> links
    Material writes, to each language's home page, are gone, so that its bundle parses one sitemap per
    page load instead of three. The language switch's own links keep their hreflang."""
    from xml.etree import ElementTree as ET

    from scripts.pages.sitemap import SITEMAP, XHTML

    root = site if lang == "zh" else site / "en"
    names = {"s": SITEMAP, "x": XHTML}
    urls = ET.parse(root / "sitemap.xml").getroot().findall("s:url", names)
    pages = index_pages(root, lang)
    assert len(urls) == len(pages) > 80
    for url in urls:
        relative = url.find("s:loc", names).text.removeprefix(SITE_URL if lang == "zh" else SITE_URL + "en/")
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", names)}
        assert links == {"zh": SITE_URL + relative, "en": SITE_URL + "en/" + relative, "x-default": SITE_URL + relative}, relative
        assert url.find("s:lastmod", names) is None and (site / relative / "index.html").is_file() and (site / "en" / relative / "index.html").is_file()
    for path in pages + [root / "404.html"]:
        head = path.read_text(encoding="utf-8").split("</head>")[0]  # the head alone: parsing whole pages takes half a minute
        assert "<head>" in head and not BeautifulSoup(head, "html.parser").select("link[rel=alternate][hreflang]"), path
    assert {a["hreflang"] for a in page(site, lang, "tensor-copies").select("a.md-select__link")} == {"zh", "en"}

"""What a reader does, in a real browser: swipe, search, copy, switch language; nothing leaves the site.

Playwright drives Debian's Chromium (/usr/bin/chromium, installed by .ci/run) against the site
built by the `site` fixture, served on a loopback port.
"""
import functools
import json
import re
import threading
from base64 import b64encode
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError, expect, sync_playwright

from conftest import ROOT, SERVER, SITE_URL
from mkdocs_jupyter.nbconvert2 import nb2html

from scripts.pages import notebook_css, notebook_pages, parity

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}


@pytest.fixture(scope="module")
def origin(site):
    SERVER.site_dir = str(site)  # bound since the address was chosen (conftest)
    threading.Thread(target=SERVER.serve_forever, daemon=True).start()
    yield SITE_URL.rstrip("/")
    SERVER.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `apt-get install chromium` (.ci/run does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def url(origin, lang, path=""):
    return f"{origin}/{'' if lang == 'zh' else 'en/'}{path}"


# What the page received, recorded before any handler of the site's (capture phase on window, which
# instant navigation keeps), for the failure messages: touches, clicks, where and on what.
RECORD_INPUT = """() => {
  if (window.__input) return window.__input.length;
  window.__input = [];
  for (const type of ["touchstart", "touchend", "click"]) {
    window.addEventListener(type, event => window.__input.push({
      type, x: Math.round(event.changedTouches?.[0].clientX ?? event.clientX),
      target: event.target.outerHTML.slice(0, 80), url: location.pathname,
    }), { capture: true, passive: true });
  }
  return 0;
}"""
RECEIVED = """seen => {
  if (!window.__input) return true;  // a new document: the swipe navigated; the caller judges where to
  const types = window.__input.slice(seen).map(input => input.type);
  const start = types.indexOf("touchstart");
  return start >= 0 && types.includes("touchend", start + 1);
}"""


def swipe(page, start, end, steps=6):
    """A one-finger swipe through the DevTools protocol, as a touch screen sends it; returns once the
    page has received it, so that a swipe that must change nothing cannot pass by getting lost."""
    seen = page.evaluate(RECORD_INPUT)
    cdp = page.context.new_cdp_session(page)
    (x0, y0), (x1, y1) = start, end
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y0}]})
    for i in range(1, steps + 1):
        point = {"x": x0 + (x1 - x0) * i / steps, "y": y0 + (y1 - y0) * i / steps}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()
    try:
        page.wait_for_function(RECEIVED, arg=seen, timeout=10_000)
    except PlaywrightTimeoutError:
        pytest.fail(f"the page never received the swipe: {page.evaluate('window.__input')}")


def centre(page, selector):
    expect(page.locator(selector).first).to_be_visible()
    box = page.locator(selector).first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


# The page is in once its locator (inside the container that instant navigation replaces) names
# the address; Material changes the address at the click, before it has fetched the page.
PAGE_IS_IN = "() => location.pathname.endsWith('/' + document.querySelector('.page-locator').dataset.path)"


def arrive(page, address):
    """Wait for a navigation, instant ones included, to reach `address` and show its page, on a
    machine that may be busy."""
    try:
        page.wait_for_url(address, wait_until="commit", timeout=90_000)
        page.wait_for_function(PAGE_IS_IN, timeout=90_000)
    except PlaywrightTimeoutError:
        pytest.fail(f"still at {page.url}, not {address}; input received: {page.evaluate('window.__input')}")


def open_page(context, address):
    page = context.new_page()
    page.goto(address)
    page.wait_for_load_state("networkidle")
    return page


# ---- Swipe -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_swipe_moves_to_next_and_previous_topic_with_instant_navigation(phone, origin, lang):
    page = open_page(phone, url(origin, lang, "tensor-copies/"))
    page.evaluate("window.__sameDocument = true")  # survives only instant (in-page) navigation
    start = page.url
    for _ in range(2):  # forward twice: the second swipe happens on a page reached by instant navigation
        expected = page.evaluate("document.querySelector('a.md-footer__link--next').href")
        x, y = centre(page, "article h1")
        swipe(page, (x + 120, y), (x - 120, y))
        arrive(page, expected)
    expected = page.evaluate("document.querySelector('a.md-footer__link--prev').href")
    x, y = centre(page, "article h1")
    swipe(page, (x - 120, y), (x + 120, y))
    arrive(page, expected)
    assert page.evaluate("window.__sameDocument") is True
    assert page.url != start


def test_one_swipe_moves_one_topic_not_also_back_through_history(phone, origin):
    # Came from elsewhere, so that history's "back" and the previous topic are different pages.
    page = open_page(phone, url(origin, "en", "tensor-copies/"))
    page.goto(url(origin, "en", "transpose-permute/"))
    page.wait_for_load_state("networkidle")
    expected = page.evaluate("document.querySelector('a.md-footer__link--prev').href")
    _, y = centre(page, "article h1")
    swipe(page, (40, y), (370, y))  # long and fast: Chrome's own history swipe would take it
    arrive(page, expected)
    page.wait_for_timeout(1500)  # a history swipe would land just after
    assert page.url == expected


@pytest.mark.parametrize(
    "where, prepare",
    [
        ("inside a code block", None),
        ("on a chart", None),
        ("mostly vertical", None),
        ("with search open", "document.getElementById('__search').checked = true"),
        ("with the drawer open", "document.getElementById('__drawer').checked = true"),
        ("from the screen's edge", None),  # the system's back gesture
    ],
)
def test_swipes_that_must_be_ignored(phone, origin, where, prepare):
    page = open_page(phone, url(origin, "zh", "random-tensors/" if where == "on a chart" else "tensor-copies/"))
    inside = {"inside a code block": ".exec-block pre", "on a chart": ".exec-chart .bench-chart--narrow"}.get(where)
    page.locator(inside or ".exec-block pre").first.scroll_into_view_if_needed()
    if inside:
        x, y = centre(page, inside)
        start, end = (x + 100, y), (x - 100, y)
    else:
        x, y = centre(page, "article h1") if page.locator("article h1").is_visible() else (195, 400)
        start, end = {
            "mostly vertical": ((x + 60, y - 150), (x - 60, y + 150)),
            "from the screen's edge": ((8, y), (248, y)),
        }.get(where, ((x + 120, y), (x - 120, y)))
    if prepare:
        page.evaluate(prepare)
    before = page.url
    swipe(page, start, end)
    page.wait_for_timeout(800)
    assert page.url == before, f"a swipe {where} navigated"


def test_hint_on_first_touch_visit_stays_dismissed(phone, origin):
    page = open_page(phone, url(origin, "zh", "tensor-copies/"))
    hint = page.locator(".swipe-hint")
    expect(hint).to_be_visible()
    assert "滑动" in hint.inner_text()
    page.locator(".swipe-hint__dismiss").click()
    expect(hint).to_be_hidden()
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator(".swipe-hint")).to_be_hidden()


def test_no_hint_without_a_touch_screen(desktop, origin):
    page = open_page(desktop, url(origin, "en", "tensor-copies/"))
    expect(page.locator(".swipe-hint")).to_be_hidden()


def test_keyboard_previous_and_next_still_work(desktop, origin):
    page = open_page(desktop, url(origin, "en", "tensor-copies/"))
    following = page.evaluate("document.querySelector('a.md-footer__link--next').href")
    page.keyboard.press("n")
    arrive(page, following)
    previous = page.evaluate("document.querySelector('a.md-footer__link--prev').href")
    page.keyboard.press("p")
    arrive(page, previous)


# ---- Search -------------------------------------------------------------------------------------

def search(page, query):
    """The result links for `query`, grouped by page as Material shows them, once they have settled."""
    box = page.locator("input.md-search__input")
    box.click()  # Material's search reads the box on focus and keyup, as a reader's typing (or an IME) produces them
    # Emptied first, until the last query's results are gone; then the whole query at once, as an IME
    # commits it: Material sees one query, so whatever list appears next is that query's answer.
    box.fill("")
    page.keyboard.press("End")
    page.wait_for_function("() => !document.querySelector('.md-search-result__list > li')")
    box.fill(query)
    page.keyboard.press("End")
    previous = None
    for _ in range(150):  # the worker may still be loading its index; results settle within a few polls
        page.wait_for_timeout(100)
        links = page.locator(".md-search-result__list > li").evaluate_all(
            "groups => groups.map(g => [...g.querySelectorAll('a')].map(a => a.href))")
        if links and links == previous:
            return [[re.sub(r"\?h=[^#]*", "", link) for link in group] for group in links]
        previous = links
    raise AssertionError(f"no settled search results for {query!r}")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("opening", ["search box", "shortcut", "phone button"])
def test_the_search_index_is_fetched_only_when_the_reader_searches(browser, origin, lang, opening):
    """overrides/assets/lazy-search.js holds Material's request for the index until search is opened."""
    context = browser.new_context(**(PHONE if opening == "phone button" else {}))
    page = context.new_page()
    fetched = []
    page.on("request", lambda request: "search_index.json" in request.url and fetched.append(request.url))
    page.goto(url(origin, lang, "view-reshape/"))
    page.wait_for_load_state("networkidle")
    page.locator("a.md-footer__link--next").click()  # instant navigation: the same document holds it still
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert fetched == [], "the index was fetched before the reader searched"
    if opening == "search box":
        assert search(page, "reshape")
    elif opening == "shortcut":
        page.keyboard.press("/")
        page.keyboard.type("reshape", delay=20)
        expect(page.locator(".md-search-result__list > li").first).to_be_visible()
    else:
        page.locator("label.md-header__button[for=__search]").tap()
        page.keyboard.type("reshape", delay=20)
        expect(page.locator(".md-search-result__list > li").first).to_be_visible()
    assert len(fetched) == 1
    context.close()


def test_a_page_opened_from_a_search_result_fetches_the_index_to_highlight(browser, origin):
    page = browser.new_page()
    with page.expect_request(lambda request: "search_index.json" in request.url):
        page.goto(url(origin, "en", "view-reshape/?h=reshape"))
    expect(page.locator("article mark").first).to_be_visible()
    page.close()


def declared_sections(lang, function):
    """{topic: section} for every topic whose front matter lists `function`."""
    found = {}
    for path in sorted((ROOT / "docs" / lang).glob("*.md")):
        for name, section in parity.functions(path.read_text(encoding="utf-8")):
            if name.rsplit(".", 1)[-1] == function:
                found.setdefault(path.stem, section)
    assert found, f"{function} is in no page's front matter"
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("function", ["detach_", "named_parameters", "randn", "state_dict"])
def test_a_function_name_finds_its_section_first(desktop, origin, lang, function):
    page = open_page(desktop, url(origin, lang))
    first, *rest = search(page, function)
    assert not [group for group in [first, *rest] if "/notebooks/" in group[0]]  # a notebook repeats its page
    sections = declared_sections(lang, function)
    # The first group is a topic that covers it: the page itself, then the section its front matter names.
    topic = next((t for t in sections if first[0] == url(origin, lang, f"{t}/")), None)
    assert topic, f"first result {first[0]} is none of {sorted(sections)}"
    assert first[1] == url(origin, lang, f"{topic}/#{sections[topic]}"), first


def main_functions(lang):
    """{topic: (name, section)}: the first function of each topic's front matter, its main one."""
    return {path.stem: listed[0] for path in sorted((ROOT / "docs" / lang).glob("*.md"))
            if (listed := parity.functions(path.read_text(encoding="utf-8")))}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_topic_comes_first_for_its_main_function(desktop, origin, lang):
    """A reader types the short name (`relu`, not `torch.nn.functional.relu`): the topic's own section
    is the first result, above the other topics that list a function of that name."""
    topics = main_functions(lang)
    assert sorted(set(topic_pages(lang)) - set(topics)) == ["versions"]  # the upgrade guide has no function of its own
    page = open_page(desktop, url(origin, lang))
    missed = []
    for topic, (name, section) in topics.items():
        short = name.rsplit(".", 1)[-1]
        first = search(page, short)[0][:2]
        if first != [url(origin, lang, f"{topic}/"), url(origin, lang, f"{topic}/#{section}")]:
            missed.append(f"{short}: {topic}/#{section} is not first; first is {first}")
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize("term, topic", [("张量复制", "tensor-copies"), ("模型参数", "model-parameters")])
def test_chinese_terms_find_their_pages(desktop, origin, term, topic):
    page = open_page(desktop, url(origin, "zh"))
    assert search(page, term)[0][0] == url(origin, "zh", f"{topic}/")


def all_results(page):
    """Every result group's links: Material shows ten, then more as the list is scrolled to its end."""
    total = int(re.search(r"\d+", page.locator(".md-search-result__meta").text_content())[0])
    groups = page.locator(".md-search-result__list > li")
    for _ in range(40):
        if groups.count() >= total:
            break
        for top in (0, 1e9):  # to the end again: Material loads more when the end comes into view
            page.evaluate("top => document.querySelector('.md-search__scrollwrap').scrollTop = top", top)
            page.wait_for_timeout(100)
    assert groups.count() == total
    return [[re.sub(r"\?h=[^#]*", "", href) for href in group] for group in
            groups.evaluate_all("groups => groups.map(g => [...g.querySelectorAll('a')].map(a => a.href))")]


@functools.cache
def searched_text(site, lang, topic):
    """A topic page's text as the search indexes it: its article, without what is kept out of search."""
    article = BeautifulSoup((site / ("" if lang == "zh" else "en") / topic / "index.html").read_text(encoding="utf-8"),
                            "html.parser").select_one("article")
    for element in article.select("[data-search-exclude], .headerlink"):
        element.decompose()
    return article.get_text()


# A Chinese query is searched as a phrase: the topics that say it, or say it with a synonym swapped in
# (mkdocs.yml, extra.search_synonyms), and no other. The expected page says it in its title.
@pytest.mark.parametrize("term, said, topic", [
    ("张量复制", ["张量复制", "张量拷贝"], "tensor-copies"),
    ("就地", ["就地", "原地"], "detach-data-clone"),
])
def test_a_chinese_term_finds_the_topics_that_say_it_and_no_other(desktop, origin, site, term, said, topic):
    page = open_page(desktop, url(origin, "zh"))
    assert search(page, term)[0][0] == url(origin, "zh", f"{topic}/")
    found = [group[0] for group in all_results(page)]
    topics = {url(origin, "zh", f"{t}/"): t for t in topic_pages("zh")}
    saying = {t for t in topics.values() if any(word in searched_text(site, "zh", t) for word in said)}
    assert {topics[link] for link in found if link in topics} == saying
    assert len(found) <= 8 if term == "张量复制" else len(found) < len(topics)


def test_synonyms_find_what_the_pages_call_otherwise(desktop, origin):
    page = open_page(desktop, url(origin, "zh"))
    assert url(origin, "zh", "tensor-copies/") in [group[0] for group in search(page, "拷贝")][:5]  # it says 复制
    assert search(page, "深拷贝")[0][0] == url(origin, "zh", "clone-copy/")
    assert url(origin, "zh", "inplace-add/") in [group[0] for group in search(page, "原地")]  # it says 就地


@pytest.mark.parametrize("query", ["张量复制", "就地", "模型参数"])
def test_chinese_result_titles_carry_no_zero_width_space(desktop, origin, query):
    page = open_page(desktop, url(origin, "zh"))
    search(page, query)
    titles = page.locator(".md-search-result__list :is(h1, h2)").all_text_contents()
    assert titles and not [title for title in titles if "\u200b" in title]


def test_chinese_results_show_one_paragraph_of_each_section(desktop, origin):
    """Chinese results are not highlighted (scripts/pages/search_index.py): each shows its section's
    first paragraph, not the whole section."""
    page = open_page(desktop, url(origin, "zh"))
    search(page, "就地")
    blocks = page.locator(".md-search-result__article").evaluate_all(
        "articles => articles.map(a => a.querySelectorAll(':scope > :is(p, ul, ol, pre):not(.md-search-result__terms)').length)")
    assert blocks and max(blocks) == 1


# Words that only link the others (vs, 和, 的区别) vanish from the query: no result lists them as missing.
@pytest.mark.parametrize("lang, query, topic", [
    ("zh", "clone vs copy_", "clone-copy"),
    ("zh", "squeeze 和 unsqueeze 的区别", "squeeze-unsqueeze"),
    ("zh", "squeeze和unsqueeze的区别", "squeeze-unsqueeze"),
    ("zh", "empty 与 full 有什么区别", "zeros-empty"),
    ("en", "clone vs copy_", "clone-copy"),
    ("en", "squeeze vs unsqueeze", "squeeze-unsqueeze"),
    ("zh", "rand 和 randn 的区别", "random-tensors"),  # rand also begins randint and randperm (random-sampling)
    ("en", "rand vs randn", "random-tensors"),
    ("en", "difference between where and masked_fill", "where-masked-fill"),
])
def test_a_query_naming_two_functions_ranks_the_page_comparing_them_first(desktop, origin, lang, query, topic):
    page = open_page(desktop, url(origin, lang))
    assert search(page, query)[0][0] == url(origin, lang, f"{topic}/")
    missing = " ".join(page.locator(".md-search-result__terms").all_text_contents())
    assert not re.search(r"\b(vs|difference|between)\b|和|与|区别", missing), missing


@pytest.mark.parametrize("lang, query, words", [
    ("zh", "张量复制", {"张量复制"}),
    ("zh", "squeeze 和 unsqueeze 的区别", {"squeeze", "unsqueeze"}),
    ("en", "squeeze vs unsqueeze", {"squeeze", "unsqueeze"}),
])
def test_a_result_opens_with_only_the_query_words_highlighted(desktop, origin, lang, query, words):
    page = open_page(desktop, url(origin, lang))
    search(page, query)
    page.locator(".md-search-result__link").first.click()
    page.wait_for_function("document.querySelector('article mark[data-md-highlight]')")
    marks = page.locator("article mark[data-md-highlight]").all_text_contents()
    assert {mark.lower() for mark in marks} <= words, sorted(set(marks))


# ---- Copy ---------------------------------------------------------------------------------------

def topic_pages(lang):
    return sorted(p.stem for p in (ROOT / "docs" / lang).glob("*.md") if parity.INCLUDE.search(p.read_text(encoding="utf-8")))


# Material's button copies the text of the block's code element, which tests/test_site.py compares with
# its file on every page; here, in a sample of pages, the button is seen to copy exactly that.
@pytest.mark.parametrize("topic", topic_pages("en")[::6])
def test_copy_button_copies_exactly_the_snippet(desktop, origin, topic):
    """What the copy button gives is the snippet file, byte for byte: the file whose run the page shows,
    and which a reader's interpreter runs alike (tests/test_snippets.py)."""
    page = open_page(desktop, url(origin, "en", f"{topic}/"))
    blocks = page.locator("div.exec-block")
    for i in range(blocks.count()):
        block = blocks.nth(i)
        block.locator(".highlight").first.hover()
        block.locator("button.md-code__button[data-md-type=copy]").first.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        snippet = "snippets/" + block.get_attribute("data-snippet")
        assert copied.rstrip("\n") == (ROOT / snippet).read_text(encoding="utf-8").rstrip("\n"), f"{snippet}: the copy differs"
    assert blocks.count() >= 1


def test_output_blocks_offer_no_copy_button(desktop, origin):
    page = open_page(desktop, url(origin, "zh", "tensor-copies/"))
    assert page.locator(".exec-block .highlight button[data-md-type=copy]").count() >= 1
    assert page.locator(".exec-output button[data-md-type=copy]").count() == 0


# ---- Language switch ----------------------------------------------------------------------------

def switch_language(page, lang):
    page.locator(".md-header__option .md-select").hover()
    page.locator(f"a.md-select__link[hreflang={lang}]").click()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("start, target", [("zh", "en"), ("en", "zh")])
def test_language_switch_keeps_page_and_section(desktop, origin, start, target):
    page = open_page(desktop, url(origin, start, "tensor-copies/#version-counter"))
    switch_language(page, target)
    assert page.url == url(origin, target, "tensor-copies/#version-counter")
    assert page.locator("html").get_attribute("lang") == {"zh": "zh-Hans", "en": "en"}[target]


def test_language_switch_after_instant_navigation(desktop, origin):
    page = open_page(desktop, url(origin, "zh"))
    page.locator("article a[href$='/model-parameters/']").first.click()
    arrive(page, url(origin, "zh", "model-parameters/"))
    switch_language(page, "en")
    assert page.url == url(origin, "en", "model-parameters/")


# ---- Notebook pages -----------------------------------------------------------------------------

COMPUTED_STYLES = """() => {
  // One element of each kind: the same tags and classes from the wrapper down match the same rules.
  const path = el => el.matches('.jupyter-wrapper') ? '' : `${path(el.parentElement)}>${el.tagName}.${el.className}`;
  const kinds = new Map();
  document.querySelectorAll('.jupyter-wrapper, .jupyter-wrapper *').forEach(el => kinds.has(path(el)) || kinds.set(path(el), el));
  const styles = {};
  for (const [kind, el] of kinds) for (const pseudo of [null, '::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && style.content === 'none') continue;  // not rendered
    styles[kind + (pseudo || '')] = [...style].map(name => `${name}:${style.getPropertyValue(name)}`).join(';');
  }
  return styles;
}"""


def fewest_pages_covering(pages, kinds_on):
    """The fewest of `pages` (built index.html files) that, between them, show every kind that any of them shows."""
    kinds = {path: kinds_on(path.read_text(encoding="utf-8")) for path in pages}
    wanted, chosen = set().union(*kinds.values()), []
    while wanted:
        best = max(sorted(kinds), key=lambda path: len(kinds[path] & wanted))
        chosen.append(best)
        wanted -= kinds[best]
    return chosen


def test_cut_notebook_styles_style_every_element_as_mkdocs_jupyters_whole_sheets(site, desktop, origin):
    """Each kind of element (and its rendered ::before and ::after) on notebook pages computes the same style with the
    page's cut stylesheets as with the sheets mkdocs-jupyter itself inlines for that notebook."""
    page = desktop.new_page()
    pages = fewest_pages_covering((site / "en" / "notebooks").glob("*/index.html"), notebook_css.classes_in)
    for path in pages:
        topic = path.parent.name
        page.goto(url(origin, "en", f"notebooks/{topic}/"))
        page.wait_for_load_state("networkidle")
        cut = page.evaluate(COMPUTED_STYLES)
        whole = [m["css"] for m in notebook_pages.STYLE.finditer(nb2html(str(path.parent / f"{topic}.ipynb")))]
        page.evaluate("""(sheets) => {
          document.querySelectorAll('style').forEach(s => { if (s.textContent.includes('.highlight-ipynb')) s.remove(); });
          const link = document.querySelector('link[href*="assets/notebook/"]');
          link.replaceWith(...sheets.map(css => Object.assign(document.createElement('style'), {textContent: css})));
        }""", whole)
        styled = page.evaluate(COMPUTED_STYLES)
        assert len(cut) > 40 and styled.keys() == cut.keys(), topic
        assert [kind for kind in cut if styled[kind] != cut[kind]] == [], topic
    assert len(pages) >= 2


CODE_CONTRAST = """() => {
  const rgba = text => text.match(/[\\d.]+/g).map(Number).concat(1).slice(0, 4);
  const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {  // the nearest one that is painted
    for (; el; el = el.parentElement) {
      const colour = rgba(getComputedStyle(el).backgroundColor);
      if (colour[3] > 0) return colour;
    }
  };
  return [...document.querySelectorAll('.highlight pre span, .highlight-ipynb pre span')]
    .filter(span => span.textContent.trim() && !span.children.length).map(span => {
      const back = background(span);
      const [r, g, b, a] = rgba(getComputedStyle(span).color);
      const fore = [r, g, b].map((v, i) => v * a + back[i] * (1 - a));
      const [light, dark] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
      return [span.textContent, back[3], (light + 0.05) / (dark + 0.05)];
    });
}"""


def token_kinds(html):
    return set(re.findall(r'<span class="([a-z0-9]{1,3})">', html))  # Pygments' token classes: k, nb, s2, ...


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_code_is_readable_in_both_colour_schemes(site, desktop, origin, scheme):
    """WCAG AA (4.5:1) for every highlighted token, light and dark, on the fewest pages, and the fewest
    notebook pages, that between them show every kind of token."""
    root = site / "en"
    notebooks = list((root / "notebooks").glob("*/index.html"))
    others = [path for path in root.rglob("index.html") if path not in notebooks]
    page = desktop.new_page()
    for path in fewest_pages_covering(others, token_kinds) + fewest_pages_covering(notebooks, token_kinds):
        address = path.parent.relative_to(root).as_posix()
        page.goto(url(origin, "en", f"{address}/"))
        page.add_style_tag(content="* { transition: none !important }")  # Material fades colours on a switch
        page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
        tokens = page.evaluate(CODE_CONTRAST)
        assert tokens and all(opacity == 1 for _, opacity, _ in tokens), address
        assert sorted({(text, round(ratio, 2)) for text, _, ratio in tokens if ratio < 4.5}) == [], address


# ---- Nothing leaves the site --------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_requests_anything_from_another_origin(site, browser, origin, lang):
    root = site if lang == "zh" else site / "en"
    pages = sorted(p.parent.relative_to(root).as_posix() for p in root.rglob("index.html"))
    pages = [path for path in pages if lang == "en" or not path.startswith("en")]  # the zh root holds en/
    # Topic pages share one template and site script, and so do notebook pages and claims ledgers: a
    # sample of each kind stands for all (test_site.py reads every page's HTML for what it loads).
    topics = set(topic_pages(lang))
    kinds = [sorted(topics)] + [[path for path in pages if path.startswith(folder)] for folder in ("notebooks/", "claims/")]
    sampled = {path for kind in kinds for path in kind}
    pages = [path for path in pages if path not in sampled] + [path for kind in kinds for path in kind[::8]]
    context = browser.new_context(**PHONE)
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    for path in pages:
        page.goto(url(origin, lang, "" if path == "." else f"{path}/"))
        page.wait_for_load_state("networkidle")
    context.close()
    outside = sorted({u for u in requested if not u.startswith((origin, "data:", "blob:"))})
    assert len(pages) >= 5 and requested
    assert outside == []


# ---- Other torch versions -----------------------------------------------------------------------

# What a reader sees of one block's versions: its quiet line, whether its second tab shows, and the
# diff in that tab (visible, wrapped, inside the screen).
VERSIONS_OF = """name => { const block = document.querySelector(`[data-snippet="${name}"]`);
  const diff = [...block.querySelectorAll(".tabbed-block pre")].find(pre => pre.querySelector(".gu"));  // a diff's @@ line
  const box = diff && diff.getBoundingClientRect();
  return { line: block.querySelector(".version-line").textContent,
    shown: [...block.querySelectorAll(".tabbed-block")].map(tab => tab.offsetParent !== null),
    diff: diff && diff.offsetParent !== null ? diff.textContent : null,
    inside: box ? box.left >= 0 && box.right <= document.documentElement.clientWidth + 1 : null,
    scrolls: diff ? diff.querySelector("code").scrollWidth > diff.querySelector("code").clientWidth + 1 : null }; }"""


@pytest.mark.parametrize("lang, other, same", [("zh", "其他版本", "上输出相同"), ("en", "Other versions", "Same output on torch")])
def test_a_block_that_changed_across_versions_opens_its_own_tab_with_a_diff(phone, desktop, origin, lang, other, same):
    """arange's error was reworded in 2.9: the older versions' output is one tap away, with its diff."""
    changed, beside = "versions/arange_message.py", "versions/adam_decoupled.py"
    for context in (phone, desktop):
        page = open_page(context, url(origin, lang, "versions/"))
        before = page.evaluate(VERSIONS_OF, changed)
        assert same in before["line"] and "2.1.2" in before["line"] and before["shown"] == [True, False], before
        page.locator(f'[data-snippet="{changed}"] .tabbed-labels label', has_text=other).click()
        after = page.evaluate(VERSIONS_OF, changed)
        assert after["shown"] == [False, True] and "larger bound" in after["diff"], after
        assert after["inside"] and not after["scrolls"], after  # wrapped like output: a reworded message is the point
        assert page.evaluate(VERSIONS_OF, beside)["shown"][0], "a tap on one block's tab switched another block"
        page.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_block_that_printed_the_same_everywhere_has_a_line_and_no_tab(desktop, origin, lang):
    page = open_page(desktop, url(origin, lang, "aliases/"))
    steady = page.evaluate(VERSIONS_OF, "aliases/clip_clamp.py")
    assert steady["shown"] == [] and "2.1.2 – 2.15.0" in steady["line"], steady  # no tabs at all, only the line


# ---- Screenshots for people to look at -------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshot_of_a_topic_page(phone, origin, lang):
    page = open_page(phone, url(origin, lang, "tensor-copies/"))
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{lang}-tensor-copies.png"
    page.screenshot(path=path, full_page=False)
    assert path.stat().st_size > 10_000
    text = BeautifulSoup(page.content(), "html.parser").select_one("article h1").get_text()
    assert text.strip()


def a_proved_claim(site, lang):
    """A claim of the built site proved by an assert, and the line of that assert in its snippet file."""
    from scripts.runner import claim_tags

    ledger = json.loads((site / ("" if lang == "zh" else "en") / "claims.json").read_text(encoding="utf-8"))
    claim = next(c for c in ledger["claims"] if c["status"] == "proved" and c["proofs"][0]["kind"] == "assert" and c["section"] != "top")
    proof = claim["proofs"][0]
    tagged = claim_tags.tagged_asserts((ROOT / proof["snippet"]).read_text(encoding="utf-8"), proof["snippet"])
    assert proof["line"] in [p.line for p in tagged[claim["id"]]]
    return claim, proof


def open_claim(context, origin, lang, claim):
    """The claim's page, its mark and its proof box (closed)."""
    page = context.new_page()
    page.goto(url(origin, lang, claim["url"]))
    mark = page.locator(f'.claim[data-claim="{claim["id"]}"] .claim__mark').first
    box = page.locator(f'.claim[data-claim="{claim["id"]}"] .claim__proof').first
    expect(box).to_be_hidden()
    return page, mark, box


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_claim_mark_opens_its_proof_on_keyboard_focus(site, origin, desktop, lang):
    claim, proof = a_proved_claim(site, lang)
    page, mark, box = open_claim(desktop, origin, lang, claim)
    mark.focus()
    page.keyboard.press("Shift+Tab")  # then back onto the mark with the keyboard alone
    page.keyboard.press("Tab")
    if page.evaluate("document.activeElement.closest('.claim__proof') !== null"):
        page.keyboard.press("Tab")  # the stop before was a mark: its open box's link came first
    assert mark.evaluate("mark => document.activeElement === mark")
    expect(box).to_be_visible()
    text = box.inner_text()
    assert proof["snippet"] in text and str(proof["line"]) in text and "2.13.0" in text
    page.keyboard.press("Tab")  # the next stop is the proof's link to its block: the box stays open
    assert page.evaluate("document.activeElement.closest('.claim__proof') !== null")
    expect(box).to_be_visible()
    page.evaluate("document.activeElement.blur()")
    expect(box).to_be_hidden()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_claim_mark_opens_its_proof_on_tap_inside_the_screen(site, origin, phone, lang):
    claim, proof = a_proved_claim(site, lang)
    page, mark, box = open_claim(phone, origin, lang, claim)
    mark.evaluate("mark => mark.scrollIntoView({block: 'center'})")  # clear of the swipe hint at the bottom
    before = mark.bounding_box()
    mark.tap()
    expect(box).to_be_visible()
    assert proof["snippet"] in box.inner_text()
    shown = box.bounding_box()
    assert shown["x"] >= 0 and shown["x"] + shown["width"] <= 390 and shown["y"] + shown["height"] <= 844
    assert mark.bounding_box() == before  # opening it moves nothing


# ---- What readers see: charts, tables, links (checked in both languages, phone and desktop) ------

CHART_FACTS = """() => {
  const luminance = colour => {
    const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const background = getComputedStyle(document.body).backgroundColor;
  const column = document.querySelector("article").getBoundingClientRect().width;
  return [...document.querySelectorAll(".exec-chart .bench-chart")].filter(svg => svg.getBoundingClientRect().width > 0).map(svg => {
    const scale = svg.getScreenCTM().a;
    return {
      share: svg.getBoundingClientRect().width / column,
      smallest: Math.min(...[...svg.querySelectorAll("text")].map(t => parseFloat(getComputedStyle(t).fontSize) * scale)),
      whisker: Math.min(...[...svg.querySelectorAll(".whisker")].map(w => parseFloat(getComputedStyle(w).strokeWidth) * scale)),
      contrast: Math.min(...[...svg.querySelectorAll("polyline.series")].map(line => contrast(getComputedStyle(line).stroke, background))),
    };
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_charts_span_the_column_with_legible_text_visible_whiskers_and_contrast(browser, origin, device, lang, scheme):
    context = browser.new_context(color_scheme=scheme, **(PHONE if device == "phone" else {"viewport": {"width": 1366, "height": 900}}))
    try:
        page = open_page(context, url(origin, lang, "random-tensors/"))
        charts = page.evaluate(CHART_FACTS)
        assert len(charts) == 2, "one layout of each of the page's two charts is visible"
        for chart in charts:
            assert chart["share"] > 0.98, chart  # the whole content column, every chart alike
            assert chart["smallest"] >= 12, chart
            assert chart["whisker"] >= 1, chart
            assert chart["contrast"] >= 3, chart
    finally:
        context.close()


def test_a_tap_opens_a_chart_full_screen_and_escape_closes_it(phone, origin):
    page = open_page(phone, url(origin, "zh", "random-tensors/"))
    chart = page.locator(".exec-chart .bench-chart--narrow").first
    chart.scroll_into_view_if_needed()
    chart.tap()
    dialog = page.locator("dialog.chart-dialog[open]")
    expect(dialog).to_be_visible()
    assert dialog.locator("svg.bench-chart--wide").bounding_box()["width"] >= 350 and dialog.locator("button").inner_text() == "关闭"
    page.keyboard.press("Escape")
    expect(page.locator("dialog.chart-dialog")).to_have_count(0)


# Code in a table whose text runs over two lines inside one name: a break may fall only at a <wbr>,
# which the Function index puts after the dots of its names (scripts/pages/code_breaks.py).
BROKEN_CODE = """() => [...document.querySelectorAll("article :is(td, th) code")].filter(code => [...code.childNodes]
  .some(node => { if (node.nodeType !== Node.TEXT_NODE) return false; const range = document.createRange();
    range.selectNodeContents(node); return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1; }))
  .map(code => code.textContent)"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_identifier_in_a_table_breaks_across_lines(phone, desktop, origin, lang):
    for context in (phone, desktop):
        for path in ("functions/", "random-tensors/", "autocast-half/", "cudnn-flags/", "model-parameters/"):
            page = open_page(context, url(origin, lang, path))
            assert page.evaluate(BROKEN_CODE) == [], path
            page.close()


def test_a_wide_table_scrolls_with_its_first_column_fixed_and_a_cue(phone, origin):
    page = open_page(phone, url(origin, "en", "model-parameters/"))
    facts = page.evaluate("""() => [...document.querySelectorAll("article .md-typeset__scrollwrap")]
      .filter(wrap => wrap.scrollWidth > wrap.clientWidth + 1).map(wrap => ({
        first: getComputedStyle(wrap.querySelector("td")).position,
        cue: getComputedStyle(wrap).backgroundImage,
        page: document.documentElement.scrollWidth <= innerWidth,
      }))""")
    assert facts, "the page has a table wider than a phone"
    for fact in facts:
        assert fact["first"] == "sticky" and "radial-gradient" in fact["cue"] and fact["page"], fact


# The page's width and the inline code (outside tables and code blocks) past the screen's right edge,
# against the layout viewport: a phone's innerWidth grows to fit a page that is too wide.
WIDER_THAN_SCREEN = """() => { const screen = document.documentElement.clientWidth;
  return [document.documentElement.scrollWidth, screen,
    [...document.querySelectorAll("article code")].filter(code => !code.closest("pre, table, .claim__proof"))
      .filter(code => code.getBoundingClientRect().right > screen + 1).map(code => code.textContent)]; }"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_is_wider_than_a_phone(phone, origin, lang):
    """Long dotted names in a sentence wrap at their dots (scripts/pages/code_breaks.py), every topic page."""
    page = phone.new_page()
    wide = []
    for path in ["", "functions/", "claims/"] + [f"{topic}/" for topic in topic_pages(lang)]:
        page.goto(url(origin, lang, path))
        width, screen, code = page.evaluate(WIDER_THAN_SCREEN)
        if width > screen or code:
            wide.append((path, width, code[:3]))
    assert wide == [], f"pages wider than the {PHONE['viewport']['width']} px phone (path, width, code): {wide[:5]}"


UNDERLINE_ROWS = """async ([withLine, without, box, glyph]) => {
  const pixels = async data => {
    const image = new Image();
    image.src = "data:image/png;base64," + data;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height);
  };
  const [a, b] = [await pixels(withLine), await pixels(without)];
  const ratio = a.width / box.width;
  const rows = { line: [], ink: [] };
  const background = [...b.data.slice(0, 3)];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = 4 * (y * a.width + x);
      const differs = [0, 1, 2].some(c => Math.abs(a.data[i + c] - b.data[i + c]) > 40);
      if (differs) rows.line.push(y);
      const inGlyph = x >= (glyph.left - box.x) * ratio && x <= (glyph.right - box.x) * ratio;
      if (inGlyph && [0, 1, 2].some(c => Math.abs(b.data[i + c] - background[c]) > 60)) rows.ink.push(y);
    }
  }
  return { line: rows.line.length ? Math.min(...rows.line) : null, ink: rows.ink.length ? Math.max(...rows.ink) : null };
}"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_link_underline_leaves_a_trailing_underscore_visible(desktop, origin, lang):
    """`detach_` in a link: the underline runs below the underscore, so the two never share a pixel row."""
    page = open_page(desktop, url(origin, lang, "tensor-copies/"))
    link = page.locator("article a", has=page.locator("code", has_text=re.compile(r"^Tensor\.detach_$"))).first
    link.scroll_into_view_if_needed()
    box = link.bounding_box()
    glyph = link.evaluate("""a => { const text = a.querySelector("code").firstChild; const range = document.createRange();
      range.setStart(text, text.length - 1); range.setEnd(text, text.length); const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right }; }""")
    clip = {"x": box["x"], "y": box["y"], "width": box["width"], "height": box["height"] + 6}
    with_line = page.screenshot(clip=clip)
    link.evaluate("a => a.style.textDecoration = 'none'")
    without = page.screenshot(clip=clip)
    rows = page.evaluate(UNDERLINE_ROWS, [b64encode(with_line).decode(), b64encode(without).decode(), clip, glyph])
    assert rows["line"] is not None and rows["ink"] is not None, rows
    assert rows["line"] > rows["ink"], f"the underline (from row {rows['line']}) covers the underscore (down to row {rows['ink']})"


# ---- Notebook pages on a phone, the Function index as cards, the times page ---------------------

NOTEBOOK_LAYOUT = """() => ({
  prompts: [...document.querySelectorAll(".jp-InputPrompt, .jp-OutputPrompt")]
    .filter(prompt => prompt.getClientRects().length).map(prompt => prompt.textContent.trim()),
  links: Math.round(document.querySelector(".notebook-links a").getBoundingClientRect().left),
  starts: [...document.querySelectorAll(".jp-RenderedMarkdown > :is(h1, h2, p), .jp-CodeCell .jp-InputArea-editor")]
    .map(element => Math.round(element.getBoundingClientRect().left)),
})"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_notebook_on_a_phone_shows_no_prompts_and_its_text_starts_under_the_links(phone, origin, lang):
    page = open_page(phone, url(origin, lang, "notebooks/tensor-copies/"))
    layout = page.evaluate(NOTEBOOK_LAYOUT)
    assert layout["prompts"] == [], "In [n]: / Out [n]: prompts take a fifth of a phone's width"
    assert len(layout["starts"]) > 10 and set(layout["starts"]) == {layout["links"]}, layout


FUNCTION_ENTRIES = """() => [...document.querySelectorAll(".function-index tbody tr")].map(row => {
  const [name, summary, topic] = [...row.cells];
  const [a, b, c] = [name, summary, topic].map(cell => cell.getBoundingClientRect());
  const link = topic.querySelector("a").getBoundingClientRect();
  return {
    name: name.textContent, display: getComputedStyle(row).display,
    stacked: a.bottom <= b.top + 1 && b.bottom <= c.top + 1,
    inside: link.left >= 0 && link.right <= innerWidth && name.scrollWidth <= name.clientWidth,
  };
})"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_function_index_is_cards_on_a_phone_and_a_table_on_a_desktop(phone, desktop, origin, lang):
    page = open_page(phone, url(origin, lang, "functions/"))
    entries = page.evaluate(FUNCTION_ENTRIES)
    assert len(entries) > 100
    assert [entry["name"] for entry in entries if not (entry["display"] == "block" and entry["stacked"])] == []
    assert [entry["name"] for entry in entries if not entry["inside"]] == [], "links or names outside a phone's screen"
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    page = open_page(desktop, url(origin, lang, "functions/"))
    entries = page.evaluate(FUNCTION_ENTRIES)
    assert {entry["display"] for entry in entries} == {"table-row"}
    assert [entry["name"] for entry in entries if not entry["inside"]] == [], "links beyond a desktop's column"
    assert page.evaluate("(wrap => wrap.scrollWidth <= wrap.clientWidth)(document.querySelector('.function-index .md-typeset__scrollwrap'))")


SKIPPED = """selector => [...document.querySelectorAll(selector)].map(element =>
  element.checkVisibility({ contentVisibilityAuto: true }))"""


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path, selector", [
    ("notebooks/tensor-copies/", ".jp-Cell > *"),
    ("functions/", ".function-index tbody tr > td"),
])
def test_long_pages_leave_what_is_out_of_view_unrendered_until_it_is_scrolled_to(phone, origin, lang, path, selector):
    """A notebook's cells and the Function index's cards out of a phone's view are not styled or laid out
    at load (site.css, content-visibility), which is most of what Lighthouse found blocking; the ones in
    view are, and so is each of the others once scrolled to."""
    page = open_page(phone, url(origin, lang, path))
    shown = page.evaluate(SKIPPED, selector)
    assert len(shown) > 20 and shown[0] and not shown[-1], (shown[:3], shown[-3:])
    page.locator(selector).last.scroll_into_view_if_needed()
    page.wait_for_timeout(200)  # rendering catches up on the next frames
    assert page.evaluate(SKIPPED, selector)[-1]


TIMES_TABLE = """() => {
  const textRight = cell => { const range = document.createRange(); range.selectNodeContents(cell);
    return Math.round(range.getBoundingClientRect().right); };
  const numbers = [...document.querySelectorAll(".exec-report tbody .exec-report__seconds")];
  const wrap = document.querySelector(".exec-report .md-typeset__scrollwrap");
  return {
    groups: [...document.querySelectorAll(".exec-report tbody")].map(body => ({
      page: body.querySelector(".exec-report__page a").href.slice(new URL("..", location.href).href.length),
      subtotal: Number(body.querySelector(".exec-report__page .exec-report__seconds").textContent),
      rows: [...body.querySelectorAll("tr:not(.exec-report__page)")].map(row => [...row.cells].map(cell => cell.textContent)),
    })),
    totals: document.querySelector(".exec-report__totals").textContent,
    alignment: [...new Set(numbers.map(cell => getComputedStyle(cell).textAlign))],
    rightEdges: [...new Set(numbers.map(textRight))].length,
    fits: wrap.scrollWidth <= wrap.clientWidth && document.documentElement.scrollWidth <= innerWidth,
  };
}"""


def test_the_times_page_lists_the_same_rows_in_both_languages_right_aligned_with_totals_that_add_up(phone, desktop, origin):
    for context in (desktop, phone):
        shown = {}
        for lang in ("zh", "en"):
            source = (ROOT / "docs" / lang / "exec-times.md").read_text(encoding="utf-8")
            ran = re.search(r'data-status="([^"|]*)\|', source)[1]
            page = open_page(context, url(origin, lang, "exec-times/"))
            table = page.evaluate(TIMES_TABLE)
            page.close()
            assert table["alignment"] == ["right"] and table["rightEdges"] == 1 and table["fits"], (lang, table["rightEdges"])
            rows = [row for group in table["groups"] for row in group["rows"]]
            for group in table["groups"]:
                seconds = [float(row[1]) for row in group["rows"]]
                assert group["subtotal"] == pytest.approx(sum(seconds), abs=0.005 * len(seconds) + 0.01), group["page"]
            executed = [float(row[1]) for row in rows if row[2] == ran]
            expected = [len(rows), sum(float(row[1]) for row in rows), len(executed), sum(executed), len(rows) - len(executed)]
            figures = [float(figure) for figure in re.findall(r"\d+(?:\.\d+)?", table["totals"])]
            assert figures == pytest.approx(expected, abs=0.005 * len(rows) + 0.01), (lang, table["totals"])
            shown[lang] = [(group["page"], [row[:2] for row in group["rows"]]) for group in table["groups"]]
        assert shown["zh"] == shown["en"], "the two languages list different blocks or times"

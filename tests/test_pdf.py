"""The whole site as one PDF per language (scripts/pdf.py), printed from the site the `site` fixture built:
every nav page a chapter, every output, table and chart as built, a contents page whose links and numbers
lead to each chapter, a numbered footer, a text layer that reads as printed; both linked from both home pages."""
import re
import shutil
import subprocess
import sys
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config
from pypdf import PdfReader

from conftest import ENV, ROOT, SITE_URL
from scripts import pdf

CONFIGS = {"zh": "mkdocs.yml", "en": "mkdocs.en.yml"}
FILES = {"zh": "zh.pdf", "en": "en/en.pdf"}  # each at the root of its language's site
LIMITS = {"pages": 600, "bytes": 15_000_000}  # a whole site, and still a reasonable download


def bare(text: str) -> str:
    """Text without whitespace: a PDF's text layer breaks and spaces lines its own way."""
    return re.sub(r"\s+", "", text)


class Printed:
    def __init__(self, site: Path, lang: str):
        self.root = site if lang == "zh" else site / "en"
        self.path = site / FILES[lang]
        self.reader = PdfReader(self.path)
        self.config = load_config(str(ROOT / CONFIGS[lang]))
        self.entries = list(pdf.nav_entries(self.config.nav))

    def pages(self, order: str) -> list[str]:
        """Each page's text, read by poppler's pdftotext (pypdf takes about a minute for the same pages):
        with `-layout` in reading order (Chromium may draw the part of a block that runs onto a page
        last), with `-raw` in the order Chromium drew it, where a table cell wrapped onto two lines reads
        as one while the layout order puts the next cell's text between its lines."""
        assert shutil.which("pdftotext"), "pdftotext is missing: `apt-get install poppler-utils` (.ci/run does)"
        text = subprocess.run(["pdftotext", order, "-enc", "UTF-8", str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout
        pages = text.split("\f")[:len(self.reader.pages)]  # a form feed ends each page
        assert len(pages) == len(self.reader.pages)
        return pages

    @cached_property
    def texts(self) -> list[str]:
        return self.pages("-layout")

    def footer(self, number: int) -> str:
        words = self.config.extra["pdf"]["footer"]
        return bare(words.format(site=self.config.site_name, page=number, pages=len(self.reader.pages)))

    def joined(self, pages: list[str]) -> str:
        """All pages' text, footers left out, so that what runs across a page break reads as one."""
        return "".join(bare(text).replace(self.footer(i + 1), "") for i, text in enumerate(pages))

    @cached_property
    def body(self) -> str:
        return self.joined(self.texts)

    @cached_property
    def drawn(self) -> str:
        return self.joined(self.pages("-raw"))

    def page(self, name: str) -> BeautifulSoup:
        path = pdf.page_folder(self.root, name) / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    @cached_property
    def starts(self) -> dict[str, int]:
        """{chapter key: the page (from 1) it starts on}, from the PDF's named destinations."""
        return pdf.chapter_pages(self.path.read_bytes(), {pdf.chapter_key(name) for _, _, name in self.entries})

    def heading(self, name: str) -> str:
        """The text of a page's h1, as the site built it."""
        heading = self.page(name).select_one("article h1")
        heading.select_one(".headerlink").decompose()
        return heading.get_text()


@pytest.fixture(scope="module")
def printed(site):
    result = subprocess.run([sys.executable, "-m", "scripts.pdf", "--site", str(site)], cwd=ROOT,
                            capture_output=True, text=True, env=ENV, timeout=1800)
    assert result.returncode == 0, result.stdout + result.stderr
    return {lang: Printed(site, lang) for lang in CONFIGS}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_nav_page_is_a_chapter_on_a_page_of_its_own(printed, lang):
    book = printed[lang]
    pages = len(book.reader.pages)
    assert len(book.entries) + 2 <= pages <= LIMITS["pages"] and book.path.stat().st_size <= LIMITS["bytes"]
    assert len(book.starts) == len(book.entries) >= 40
    starts = [book.starts[pdf.chapter_key(name)] for _, _, name in book.entries]
    assert starts == sorted(set(starts)) and starts[0] > 2  # in nav order, after the cover and the contents
    for (_, _, name), start in zip(book.entries, starts):
        assert bare(book.texts[start - 1]).startswith(bare(book.heading(name))), name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_is_numbered_in_its_footer(printed, lang):
    book = printed[lang]
    missing = [i + 1 for i, text in enumerate(book.texts) if book.footer(i + 1) not in bare(text)]
    assert missing == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_contents_links_each_chapter_and_names_the_page_it_starts_on(printed, lang):
    book = printed[lang]
    first = min(book.starts.values())
    contents = "".join(bare(text) for text in book.texts[1:first - 1])
    assert contents.startswith(bare(book.config.extra["pdf"]["contents"]))
    linked = {str(annotation.get_object()["/Dest"]).lstrip("/") for page in book.reader.pages[1:first - 1]
              for annotation in page.get("/Annots", []) if "/Dest" in annotation.get_object()}
    for _, title, name in book.entries:
        key = pdf.chapter_key(name)
        shown = re.search(re.escape(bare(title or book.heading(name))) + r"(\d+)", contents)
        assert key in linked and shown and int(shown[1]) == book.starts[key], name
    bookmarks = [item.title for item in book.reader.outline if not isinstance(item, list)]
    assert bookmarks[0] == book.config.extra["pdf"]["contents"] and len(bookmarks) >= 10


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_link_inside_the_pdf_lands_on_a_destination(printed, lang):
    book = printed[lang]
    destinations = {name.lstrip("/") for name in book.reader.named_destinations}
    inside, outside = set(), set()
    for page in book.reader.pages:
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if "/Dest" in annotation:
                inside.add(str(annotation["/Dest"]).lstrip("/"))
            elif "/A" in annotation:
                outside.add(annotation["/A"]["/URI"])
    assert len(inside) > 100 and inside <= destinations
    # Links to other pages lead inside the PDF or to the site's own address, never to the server that printed it.
    assert not [uri for uri in outside if urlsplit(uri).hostname == "127.0.0.1" and not uri.startswith(SITE_URL)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_output_table_and_chart_is_in_the_text_as_built(printed, lang):
    book = printed[lang]
    checked = 0
    for _, _, name in book.entries:
        article = book.page(name).select_one("article")
        shown = [line for code in article.select(".exec-output code") for line in code.get_text().splitlines()]
        shown += [text for cell in article.select(".exec-table td, .exec-chart td") for text in cell.stripped_strings]
        shown += [text.get_text() for text in article.select(".exec-chart svg.bench-chart--wide text")]
        missing = [text for text in shown if bare(text) not in book.body and bare(text) not in book.drawn]
        assert missing == [], f"{name}: {missing[:5]}"
        checked += len(shown)
    assert checked > 1000


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_what_works_only_on_a_screen_is_left_out(printed, lang):
    extra = printed[lang].config.extra
    screen_only = [extra["report"]["link"], extra["swipe"]["hint"], extra["notebook"]["colab"],
                   extra["claims"]["ran"].split("{")[0]]  # a claim's proof opens on hover or tap
    assert [words for words in screen_only if bare(words) in printed[lang].body] == []


def test_both_home_pages_link_both_pdfs(site, printed):
    for home in (site / "index.html", site / "en" / "index.html"):
        soup = BeautifulSoup(home.read_text(encoding="utf-8"), "html.parser")
        linked = {(home.parent / a["href"]).resolve() for a in soup.select("article a[href$='.pdf']")}
        assert linked == {printed["zh"].path.resolve(), printed["en"].path.resolve()}, home


def test_a_missing_chromium_stops_it_with_a_clear_message(tmp_path):
    missing = tmp_path / "chromium"
    result = subprocess.run([sys.executable, "-m", "scripts.pdf", "--site", str(tmp_path), "--chromium", str(missing)],
                            cwd=ROOT, capture_output=True, text=True, env=ENV, timeout=300)
    assert result.returncode == 1 and result.stdout == ""
    assert f"no Chromium at {missing}" in result.stderr and "apt-get install chromium" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_chinese_font_stops_it_with_a_clear_message(tmp_path):
    (tmp_path / "fonts.conf").write_text("<fontconfig></fontconfig>", encoding="utf-8")  # no font at all
    result = subprocess.run([sys.executable, "-m", "scripts.pdf", "--site", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, env={**ENV, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf")},
                            timeout=300)
    assert result.returncode == 1 and "no font here covers zh" in result.stderr and "fonts-noto-cjk" in result.stderr

"""The whole site as one PDF per language, for reading offline: `python -m scripts.pdf [--site DIR]`.

Run after both languages are built (`make site` does). It serves the built site on a loopback port,
assembles each language's nav pages, in nav order and as built (outputs, tables, charts), into one
document behind a cover and a contents page, and has Debian's Chromium print it through Playwright,
styled by the print section of overrides/assets/site.css. Each PDF lies at the root of its language's
site, named after the language: site/zh.pdf and site/en/en.pdf.

The contents page links each chapter and gives the page it starts on. Chromium writes a named
destination for every link target, so a first print tells where each chapter landed and a second
print, whose page numbers take the same room, shows them.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import html
import http.server
import io
import itertools
import os
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin

from bs4 import BeautifulSoup
from mkdocs.config import load_config
from playwright.sync_api import sync_playwright
from pypdf import PdfReader, PdfWriter

from scripts import pdf_text

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CONFIGS = ("mkdocs.yml", "mkdocs.en.yml")  # the root language first: its alternate links place the others
REFERENCES = ("for", "aria-describedby", "aria-labelledby", "aria-controls")  # attributes that name ids
BOOK = "pdf-book.html"  # where the assembled document is served, in its language's root
CHAPTERS = "pdf-book-chapters"  # stands for the cover, contents and chapters in the skeleton
MARGIN = {"top": "14mm", "right": "14mm", "bottom": "16mm", "left": "14mm"}


@dataclass
class Chapter:
    key: str  # its id in the document, the contents' link target
    title: str
    section: str | None  # the nav section it sits in
    html: str  # its article, ids prefixed with the key and links pointing inside the document


def nav_entries(nav: list, section: str | None = None):
    """(section, title or None, file) for each page of an MkDocs nav, in order."""
    for item in nav:
        if isinstance(item, str):
            yield section, None, item
            continue
        ((title, value),) = item.items()
        if isinstance(value, str):
            yield section, title, value
        else:
            yield from nav_entries(value, title)


def page_folder(root: Path, name: str) -> Path:
    path = Path(name).with_suffix("")
    return root / (path.parent if path.name == "index" else path)


def chapter_key(name: str) -> str:
    """A nav page's id in the document (tensor-copies.md: chapter-tensor-copies)."""
    return "chapter-" + Path(name).with_suffix("").as_posix().replace("/", "-")


def read_page(root: Path, name: str) -> BeautifulSoup:
    path = page_folder(root, name) / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def canonical(soup: BeautifulSoup) -> str:
    return soup.find("link", rel="canonical")["href"]


def chapters(root: Path, nav: list) -> list[Chapter]:
    pages = [(section, title, read_page(root, name), chapter_key(name)) for section, title, name in nav_entries(nav)]
    keys = {canonical(soup): key for _, _, soup, key in pages}
    found = []
    for section, title, soup, key in pages:
        article = soup.select_one("article.md-content__inner")
        for link in article.select("h1 .headerlink"):
            link.decompose()
        localise(article, key, canonical(soup), keys)
        found.append(Chapter(key, title or article.h1.get_text().strip(), section, article.decode_contents()))
    return found


def localise(article, key: str, address: str, keys: dict[str, str]) -> None:
    """Ids unique in the whole document, and links to any page of it turned into links inside it."""
    prefix = key + "--"
    for element in article.find_all(id=True):
        element["id"] = prefix + element["id"]
    for attribute in REFERENCES:
        for element in article.find_all(attrs={attribute: True}):
            element[attribute] = " ".join(prefix + name for name in element[attribute].split())
    for radio in article.select("input[name]"):  # tab groups: one per block, not one per document
        radio["name"] = prefix + radio["name"]
    for link in article.select("a[href]"):
        target, _, fragment = urljoin(address, link["href"]).partition("#")
        if target in keys:
            link["href"] = "#" + keys[target] + ("--" + unquote(fragment) if fragment else "")
        else:  # the published site (a notebook, a download) or another site
            link["href"] = urljoin(address, link["href"])


def front(config, words: dict, home: BeautifulSoup, book: list[Chapter], pages: dict[str, int]) -> str:
    """The cover (the site, this build's stamp, the online address) and the contents."""
    text = html.escape
    stamp = " ".join(home.select_one(".build-stamp").get_text().split())
    online = text(words["online"]).replace("{url}", f'<a href="{text(canonical(home))}">{text(canonical(home))}</a>')

    def entry(chapter):
        return (f'<li><a href="#{chapter.key}"><span>{text(chapter.title)}</span>'
                f'<span class="pdf-contents__page">{pages.get(chapter.key, "")}</span></a></li>')

    items = []
    for section, group in itertools.groupby(book, key=lambda chapter: chapter.section):
        entries = "".join(entry(chapter) for chapter in group)
        if section:
            entries = f'<li><span class="pdf-contents__section">{text(section)}</span><ol>{entries}</ol></li>'
        items.append(entries)
    return (f'<div class="pdf-cover"><p class="pdf-cover__title">{text(config.site_name)}</p>'
            f'<p>{text(config.site_description)}</p><p>{text(stamp)}</p><p>{online}</p></div>'
            f'<nav class="pdf-contents"><h1>{text(words["contents"])}</h1><ol>{"".join(items)}</ol></nav>')


def skeleton(home: BeautifulSoup, config) -> str:
    """The home page with its article emptied and no scripts: the site's styles, nothing that runs."""
    for script in home.find_all("script"):
        script.decompose()
    home.html["class"] = [*home.html.get("class", []), "pdf-book"]
    home.title.string = config.site_name
    home.select_one("article.md-content__inner").clear()
    home.select_one("article.md-content__inner").append(CHAPTERS)
    return str(home)


def footer(words: dict, config) -> str:
    """Chromium's page footer (a template outside the page, so styled inline): the site and the page number."""
    text = (html.escape(words["footer"]).replace("{site}", html.escape(config.site_name))
            .replace("{page}", '<span class="pageNumber"></span>')
            .replace("{pages}", '<span class="totalPages"></span>'))
    return (f'<div lang="{config.extra["html_lang"]}" style="width:100%;text-align:center;font-size:8px;'
            f'color:#555;font-family:sans-serif">{text}</div>')


def chapter_pages(data: bytes, keys: set[str]) -> dict[str, int]:
    """The page (counted from 1, as the footer counts) each chapter starts on."""
    reader = PdfReader(io.BytesIO(data))
    return {name.lstrip("/"): reader.get_destination_page_number(destination) + 1
            for name, destination in reader.named_destinations.items() if name.lstrip("/") in keys}


def with_bookmarks(writer: PdfWriter, book: list[Chapter], pages: dict[str, int], contents: str) -> None:
    """The contents and the chapters, under their nav sections, as the PDF's bookmarks (a viewer's sidebar)."""
    writer.add_outline_item(title=contents, page_number=1)  # right after the one-page cover
    for section, group in itertools.groupby(book, key=lambda chapter: chapter.section):
        group = list(group)
        parent = writer.add_outline_item(title=section, page_number=pages[group[0].key] - 1) if section else None
        for chapter in group:
            writer.add_outline_item(title=chapter.title, page_number=pages[chapter.key] - 1, parent=parent)
    writer.page_mode = "/UseOutlines"


def print_language(browser, origin: str, folder: Path, link: str, config) -> bytes:
    words = config.extra["pdf"]
    book = chapters(folder, config.nav)
    contents = functools.partial(front, config, words, read_page(folder, "index.md"), book)
    body = skeleton(read_page(folder, "index.md"), config)
    address = urljoin(origin + "/", link) + BOOK
    served = {}
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.route(address, lambda route: route.fulfill(body=served["html"], content_type="text/html; charset=utf-8"))

    def printed(inside: str, **options) -> bytes:
        served["html"] = body.replace(CHAPTERS, inside)
        page.goto(address, wait_until="load")
        return page.pdf(format="A4", print_background=True, margin=MARGIN, **options)

    chapters_html = "".join(f'<section class="pdf-chapter" id="{c.key}">{c.html}</section>' for c in book)
    numbered = {"display_header_footer": True, "header_template": "<span></span>",
                "footer_template": footer(words, config)}
    pages: dict[str, int] = {}
    try:
        for _ in range(3):  # the second print normally shows where the first put each chapter
            data = printed(contents(pages) + chapters_html, **numbered)
            found = chapter_pages(data, {chapter.key for chapter in book})
            if found == pages:
                break
            pages = found
        else:
            raise RuntimeError(f"{folder}: the contents' page numbers did not settle: {pages}")
        readings = pdf_text.misread(printed, served["html"] + words["footer"])
    finally:
        context.close()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    pdf_text.repair_text(writer, readings)
    with_bookmarks(writer, book, pages, words["contents"])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(root: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> list[Path]:
    parser = argparse.ArgumentParser(description="The whole site as one PDF per language.")
    parser.add_argument("--site", type=Path, help="the built site, both languages (default: mkdocs.yml's site_dir)")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"the Chromium that prints (default: {CHROMIUM})")
    args = parser.parse_args(argv)
    if not Path(args.chromium).is_file():
        sys.exit(f"scripts/pdf.py: no Chromium at {args.chromium}; the PDFs are printed by Debian's Chromium: "
                 "`apt-get install chromium` (.ci/run installs it)")
    configs = [load_config(str(ROOT / name)) for name in CONFIGS]
    for lang in (config.theme["language"] for config in configs):  # or Chromium prints empty boxes for its text
        if not subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True, text=True).stdout.strip():
            sys.exit(f"scripts/pdf.py: no font here covers {lang} (`fc-list :lang={lang}` lists none); "
                     "for Chinese, `apt-get install fonts-noto-cjk` (.ci/run installs it)")
    root = args.site or Path(configs[0].site_dir)
    links = {alternate["lang"]: alternate["link"] for alternate in configs[0].extra["alternate"]}
    for folder in (root / links[config.theme["language"]] for config in configs):
        if not (folder / "index.html").exists():
            sys.exit(f"scripts/pdf.py: {folder} holds no built site: build both languages first")
    jobs = [(root / links[config.theme["language"]], links[config.theme["language"]], config.config_file_path, args.chromium)
            for config in configs]
    # Chromium prints one document at a time, and printing is most of the run: a process per language.
    with serve(root) as origin, ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        written = list(pool.map(print_one, [(origin, *job) for job in jobs]))
    return written


def print_one(job: tuple[str, Path, str, str, str]) -> Path:
    """Print one language's site (a job of main's) into <its root>/<lang>.pdf."""
    origin, folder, link, config_file, chromium = job
    config = load_config(config_file)
    lang = config.theme["language"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        data = print_language(browser, origin, folder, link, config)
        browser.close()
    path = folder / f"{lang}.pdf"
    path.write_bytes(data)
    print(f"{path}: {len(PdfReader(io.BytesIO(data)).pages)} pages, {len(data) / 1e6:.1f} MB", flush=True)
    return path


if __name__ == "__main__":
    main()

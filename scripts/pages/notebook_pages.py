"""The notebooks in the built site: pages for mkdocs-jupyter, filled with this build's outputs, linked both ways.

For each topic the build adds `notebooks/<topic>.ipynb`, and `notebooks/<topic>-gpu.ipynb`
when the topic has a GPU-capable cell and the newest GPU bundle holds a current result for every
code cell. The files are
written under the cache folder and handed to MkDocs as extra files, which
mkdocs-jupyter renders (without executing: the outputs are already in them) and copies
beside the page for download.

A code cell's output is its snippet's output from this build (scripts/pages/execution.py): the
cell is the snippet, so the run the page shows is the cell's run, executed once for
both languages and every rebuild.
"""
from __future__ import annotations

import hashlib
import logging
import posixpath
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from mkdocs.structure.files import File

from scripts.pages import execution, notebook_css, notebooks
from scripts.runner import bundle as bundles, cache, snippet_files
from scripts.runner.cells import Cell, cells_of
from scripts.runner.isolation import SnippetError

log = logging.getLogger("mkdocs.plugins.notebooks")

GPU_SUFFIX = "-gpu"
STYLE = re.compile(r'<style type="text/css">(?P<css>.*?)</style>', re.DOTALL)
UNUSABLE_STYLE = re.compile(r"<style>\s*\[(['\"]).*?\1\]\s*</style>", re.DOTALL)  # a list's repr
INLINE_LIMIT = 4096  # characters of CSS below which a request costs a phone more than the bytes
SHARED_MARK = "<!-- shared notebook stylesheet -->"


@dataclass
class Notebook:
    topic: str
    source: str  # the topic page, for messages
    plain: dict  # the generated notebook, without outputs
    cells: list[Cell]
    gpu: dict | None = None  # the bundle whose results fill the GPU variant, if it has them all


@dataclass
class Notebooks:
    """The notebooks of one language's build, by their src_uri."""

    site: notebooks.Site
    folder: Path
    entries: dict[str, Notebook] = field(default_factory=dict)


def folder(lang: str) -> Path:
    """Where a language's built notebooks live: beside the execution cache, outside the source tree."""
    return cache.CACHE_DIR.parent / "notebooks" / lang


def uri(topic: str, gpu: bool = False) -> str:
    return f"{notebooks.FOLDER}/{topic}{GPU_SUFFIX if gpu else ''}.ipynb"


def gpu_run(bundle: dict | None, cells: list[Cell]) -> bool:
    """A GPU variant is a GPU run only if some cell uses the GPU, and every cell has a current result."""
    return (
        bundle is not None
        and any(snippet_files.gpu_capable(cell.snippet) for cell in cells)
        and all(bundles.find(bundle, c.snippet, snippet_files.digest(c.snippet)).status == "current" for c in cells)
    )


def add_files(files, config, book: Notebooks, bundle: dict | None) -> None:
    """Generate every topic's notebook and add it (and its GPU variant, if any) to the build's files."""
    book.entries.clear()
    docs = Path(config.docs_dir)
    for topic in notebooks.topics(docs):
        page = docs / f"{topic}.md"
        markdown = page.read_text(encoding="utf-8")
        try:
            plain = notebooks.generate(markdown, topic, book.site, source=str(page))
        except (ValueError, OSError) as error:
            log.warning("%s: no notebook: %s", page, error)
            continue
        entry = Notebook(topic, str(page), plain, cells_of(markdown))
        variants = [False] + ([True] if gpu_run(bundle, entry.cells) else [])
        for gpu in variants:
            path = book.folder / uri(topic, gpu)
            book.entries[uri(topic, gpu)] = replace(entry, gpu=bundle) if gpu else entry
            if gpu:
                notebooks.write_if_changed(path, notebooks.dumps(gpu_notebook(book, entry, bundle)))
            elif not path.exists():
                notebooks.write_if_changed(path, notebooks.dumps(plain))  # outputs come in fill()
            # A file in another source folder rather than File.generated: mkdocs-jupyter's wrapper
            # finds a file's path through src_dir, which a generated file lacks.
            files.append(File(uri(topic, gpu), str(book.folder), config.site_dir, config.use_directory_urls))


def gpu_notebook(book: Notebooks, entry: Notebook, bundle: dict) -> dict:
    outputs = [bundles.find(bundle, c.snippet, snippet_files.digest(c.snippet)).result["output"] for c in entry.cells]
    note = book.site.labels["gpu_run"].format(
        device=bundle["device"]["name"], torch=bundle["torch"], cuda=bundle["cuda"], date=bundle["date"]
    )
    return notebooks.with_outputs(entry.plain, outputs, note)


def fill(book: Notebooks, runs: execution.Runs, src_uri: str) -> None:
    """Write the CPU notebook with this build's outputs, before mkdocs-jupyter reads it."""
    entry = book.entries.get(src_uri)
    if entry is None or entry.gpu is not None or not execution.enabled():
        return
    outputs = []
    for cell in entry.cells:
        timeout = float(cell.timeout) if cell.timeout else execution.default_timeout()
        try:
            outputs.append(execution.result(runs, cell.snippet, timeout, src_uri)[0].output)
        except SnippetError as error:
            log.warning("%s: notebook cell %s failed: %s", entry.source, cell.snippet, error)
            return
    notebooks.write_if_changed(book.folder / src_uri, notebooks.dumps(notebooks.with_outputs(entry.plain, outputs)))


def _urls(files, src_uri: str) -> tuple[str, str]:
    """The notebook page's URL and its download's, as MkDocs and mkdocs-jupyter place them."""
    file = files.get_file_from_path(src_uri)
    folder = posixpath.dirname(Path(file.dest_path).as_posix())  # set by mkdocs-jupyter's wrapper
    return file.url, f"{folder}/{posixpath.basename(src_uri)}".lstrip("/")


def _take_away(book: Notebooks, download: str, topic: str) -> list[dict]:
    """The two links both kinds of page share: the .ipynb download and Colab."""
    labels = book.site.labels
    return [
        {"href": download, "label": labels["download"], "icon": "material/download", "download": True},
        {"href": notebooks.colab_url(book.site, topic), "label": labels["colab"], "icon": "simple/googlecolab", "external": True},
    ]


def links_for_topic(book: Notebooks, topic: str, files) -> list[dict]:
    """The links above a topic page: its notebook, the download, Colab, and the GPU run if there is one."""
    labels = book.site.labels
    page, download = _urls(files, uri(topic))
    links = [{"href": page, "label": labels["open"], "icon": "material/notebook-outline"}, *_take_away(book, download, topic)]
    gpu = book.entries.get(uri(topic, True))
    if gpu:
        label = labels["gpu"].format(device=gpu.gpu["device"]["name"], date=gpu.gpu["date"])
        links.append({"href": _urls(files, uri(topic, True))[0], "label": label, "icon": "material/expansion-card"})
    return links


def links_for_notebook(book: Notebooks, src_uri: str, topic_url: str, files) -> list[dict]:
    """The links above a notebook page: back to its topic, the download, Colab."""
    entry = book.entries[src_uri]
    labels = book.site.labels
    return [
        {"href": topic_url, "label": labels["back"], "icon": "material/arrow-left"},
        *_take_away(book, _urls(files, src_uri)[1], entry.topic),
    ]


def shared_styles(html: str, site_dir: str, base: str) -> str:
    """The notebook's inline stylesheets, cut to what the page uses; the large ones as one shared file.

    mkdocs-jupyter inlines about 600 kB of CSS into each page. Cut, JupyterLab's sheets are the
    same on every notebook page: one linked file, downloaded once and cached. The code colours
    (about 1 kB, depending on the page's tokens) stay inline, where they cost no request.
    mkdocs-jupyter's second copy of those colours is a Python list's repr inside a <style>,
    which no browser can use: it goes.
    """
    html = UNUSABLE_STYLE.sub("", html)
    classes = notebook_css.classes_in(html)
    shared = []

    def cut(match: re.Match) -> str:
        css = notebook_css.prune(match["css"], classes)
        if len(css) < INLINE_LIMIT:
            return f"<style>{css}</style>"
        shared.append(css)
        return SHARED_MARK if len(shared) == 1 else ""  # in the first large sheet's place, so the cascade keeps its order

    html = STYLE.sub(cut, html)
    if not shared:
        return html
    css = "".join(shared).encode()
    name = f"assets/notebook/{hashlib.sha256(css).hexdigest()[:16]}.css"
    path = Path(site_dir) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(css)
    return html.replace(SHARED_MARK, f'<link rel="stylesheet" href="{base}{name}">')

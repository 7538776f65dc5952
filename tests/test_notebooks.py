"""Every topic as a notebook: generated from its page, valid, executable with nbclient, rendered and linked in the site."""
import json
import os
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin

import nbformat
import pytest
import yaml
from bs4 import BeautifulSoup
from nbclient import NotebookClient

from conftest import ROOT
from scripts.pages import notebooks
from scripts.runner import snippet_files

LANGS = ("zh", "en")
TOPICS = notebooks.topics(ROOT / "docs" / "en")
WARNING_SOURCE = re.compile(r"^\S+\.py:(\d+): (\w+Warning)", re.MULTILINE)  # where a printed warning comes from


def committed(lang, topic):
    return json.loads(notebooks.committed_path(ROOT, lang, topic).read_text(encoding="utf-8"))


def page_snippets(lang, topic):
    text = (ROOT / "docs" / lang / f"{topic}.md").read_text(encoding="utf-8")
    return [path for path in snippet_files.INCLUDE.findall(text) if path.endswith(".py")]


def code_cells(notebook):
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def test_every_topic_has_a_notebook_in_both_languages():
    assert len(TOPICS) >= 40 and notebooks.topics(ROOT / "docs" / "zh") == TOPICS
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / notebooks.FOLDER).glob("*/*.ipynb"))
    assert on_disk == sorted(f"{notebooks.FOLDER}/{lang}/{topic}.ipynb" for lang in LANGS for topic in TOPICS)


def test_committed_notebooks_are_what_the_pages_generate():
    """Generated, never edited: a changed page or snippet must be followed by `make notebooks`."""
    for path, text in notebooks.committed(["mkdocs.yml", "mkdocs.en.yml"]).items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is out of date: run `make notebooks` and commit it"


@pytest.mark.parametrize("lang", LANGS)
def test_notebooks_are_valid_nbformat_without_install_cells(lang):
    for topic in TOPICS:
        path = notebooks.committed_path(ROOT, lang, topic)
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        text = path.read_text(encoding="utf-8")
        assert "pip install" not in text and "%pip" not in text, f"{path}: Colab already has torch"
        for cell in notebook.cells:
            if cell.cell_type == "markdown":  # page-only Markdown is converted, relative links made absolute
                assert not re.search(r"\{#[\w-]+\}|^!!! |--8<--|\]\((?!https?:)", cell.source, re.M), f"{path}: {cell.source[:80]}"


@pytest.mark.parametrize("lang", LANGS)
def test_code_cells_are_exactly_the_topic_snippets_in_order(lang):
    for topic in TOPICS:
        cells = code_cells(committed(lang, topic))
        snippets = page_snippets(lang, topic)
        assert [cell["metadata"]["snippet"] for cell in cells] == snippets, f"{lang}/{topic}"
        assert [cell["source"] + "\n" for cell in cells] == [(ROOT / s).read_text(encoding="utf-8") for s in snippets]


def test_gpu_topics_ask_colab_for_a_gpu():
    for topic in TOPICS:
        gpu = any(snippet_files.gpu_capable(s) for s in snippet_files.INCLUDE.findall((ROOT / "docs/en" / f"{topic}.md").read_text()))
        assert (committed("en", topic)["metadata"].get("accelerator") == "GPU") == gpu, topic
    assert "accelerator" in committed("zh", "view-reshape")["metadata"]


def execute(path):
    """Run a notebook as a reader would: a fresh kernel, in an empty folder; every cell's printed text."""
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as folder:
        NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": folder}}).execute()
    return ["".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream") for cell in code_cells(notebook)]


def normalised(text):
    """A printed warning names the file it came from: the snippet on the site, a kernel's cell file here."""
    return WARNING_SOURCE.sub(r"<cell>:\1: \2", text)


@pytest.fixture(scope="module")
def executed():
    """Each topic's notebook run with nbclient. The code cells of both languages are the same (asserted),
    so the English notebooks stand for both; two kernels at a time."""
    for topic in TOPICS:
        assert code_cells(committed("zh", topic)) == code_cells(committed("en", topic)), topic
    paths = [notebooks.committed_path(ROOT, "en", topic) for topic in TOPICS]
    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:  # the kernels do the work
        return dict(zip(TOPICS, pool.map(execute, paths)))  # a cell that raises fails the whole fixture, naming it


@pytest.mark.parametrize("lang", LANGS)
def test_notebooks_run_cleanly_and_print_what_the_site_shows(executed, site, lang):
    root = site if lang == "zh" else site / "en"
    for topic in TOPICS:
        built = json.loads((root / notebooks.FOLDER / topic / f"{topic}.ipynb").read_text(encoding="utf-8"))
        for cell, printed in zip(code_cells(built), executed[topic], strict=True):
            if "timing" in cell["metadata"].get("tags", []):
                continue  # measured times differ from run to run
            shown = "".join(output["text"] for output in cell["outputs"])
            assert normalised(printed) == normalised(shown), f"{lang}/{topic}: {cell['metadata']['snippet']}"


def config(name):
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_topic_pages_link_their_notebook_download_and_colab(site, lang):
    root = site if lang == "zh" else site / "en"
    repo = config("mkdocs.yml")["repo_url"].removeprefix("https://github.com/")
    labels = {**config("mkdocs.yml")["extra"]["notebook"], **(config("mkdocs.en.yml")["extra"]["notebook"] if lang == "en" else {})}
    for topic in TOPICS:
        page = BeautifulSoup((root / topic / "index.html").read_text(encoding="utf-8"), "html.parser")
        links = {a.get_text(strip=True): a for a in page.select("nav.notebook-links a")}
        assert urljoin(f"/{topic}/", links[labels["open"]]["href"]) == f"/notebooks/{topic}/"
        download = links[labels["download"]]
        assert download.has_attr("download") and urljoin(f"/{topic}/", download["href"]) == f"/notebooks/{topic}/{topic}.ipynb"
        assert links[labels["colab"]]["href"] == (
            f"https://colab.research.google.com/github/{repo}/blob/main/notebooks/{lang}/{topic}.ipynb"
        )
        built = nbformat.reads((root / "notebooks" / topic / f"{topic}.ipynb").read_text(encoding="utf-8"), as_version=4)
        nbformat.validate(built)
        cells = code_cells(built)
        assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
        assert all(cell.outputs for cell in cells), f"{lang}/{topic}: a code cell without output"
        assert [c.source for c in cells] == [c["source"] for c in code_cells(committed(lang, topic))]


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_pages_are_rendered_with_outputs_and_lead_back(site, lang):
    root = site if lang == "zh" else site / "en"
    stylesheets = set()
    for topic in TOPICS:
        page = BeautifulSoup((root / "notebooks" / topic / "index.html").read_text(encoding="utf-8"), "html.parser")
        cells = page.select(".jupyter-wrapper .jp-CodeCell[id]")  # mkdocs-jupyter nests a second, id-less div
        assert len(cells) == len(page_snippets(lang, topic)) and all(c.select_one(".jp-OutputArea-output") for c in cells)
        back, download, _ = page.select("nav.notebook-links a")
        assert urljoin(f"/notebooks/{topic}/", back["href"]) == f"/{topic}/"
        assert urljoin(f"/notebooks/{topic}/", download["href"]) == f"/notebooks/{topic}/{topic}.ipynb"
        assert sum(len(style.text) for style in page.find_all("style")) < 8_000, f"{topic}: CSS inlined"
        stylesheets |= {link["href"].removeprefix("../../") for link in page.select('link[href*="assets/notebook/"]')}
    # JupyterLab's CSS, cut to what notebook pages use: one file, shared by every notebook page.
    (stylesheet,) = stylesheets
    assert 10_000 < (root / stylesheet).stat().st_size < 100_000


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_pages_stay_out_of_search(site, lang):
    root = site if lang == "zh" else site / "en"
    docs = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert docs and not [doc["location"] for doc in docs if doc["location"].startswith("notebooks/")]

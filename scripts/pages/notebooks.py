"""Each topic page as a Jupyter notebook: the page's prose in Markdown cells, its snippets as the code cells.

A topic page is a page that includes at least one `.py` snippet. Its notebook is
generated, never edited: the code cells are the snippet files, unchanged and in
page order; benchmarks (`.bench.toml`, data rather than code) become a note
linking to their chart; everything a reader is told comes from the language's
`extra.notebook` labels in the MkDocs config.

Two copies of each notebook exist:
  notebooks/<lang>/<topic>.ipynb   committed, without outputs: what "Open in Colab" opens from GitHub.
                                   `python -m scripts.pages.notebooks` (run by `make site`) rewrites them;
                                   tests/test_notebooks.py fails when one is out of date.
  site: notebooks/<topic>/         rendered by mkdocs-jupyter with the outputs of this build's
                                   execution (scripts/pages/hooks.py), downloadable as <topic>.ipynb.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scripts.pages import claims, topic_list
from scripts.runner import snippet_files
from scripts.runner.cells import FENCE, cells_of
from scripts.runner.fingerprint import ROOT

FOLDER = "notebooks"
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
ANCHORED = re.compile(r"^(?P<heading>#{1,6} .*?)\s*\{#(?P<anchor>[\w-]+)\}[ \t]*$", re.MULTILINE)
ADMONITION = re.compile(r'^!!! \w+(?: "(?P<title>[^"]*)")?[ \t]*$')
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


@dataclass(frozen=True)
class Site:
    """What a language's notebooks need from its MkDocs config."""

    lang: str
    url: str  # the published site_url: links in a notebook lead there, wherever it is opened
    repo: str  # repo_url, for Colab
    labels: dict  # extra.notebook

    @classmethod
    def from_config(cls, config) -> Site:
        return cls(config.theme["language"], config.site_url or "", config.repo_url or "", config.extra["notebook"])


def is_topic(markdown: str) -> bool:
    return any(path.endswith(".py") for path in snippet_files.INCLUDE.findall(markdown))


def topics(docs: Path) -> list[str]:
    """Names of the topic pages in a docs folder (the notebook of topic.md is topic.ipynb)."""
    return sorted(p.stem for p in docs.glob("*.md") if is_topic(p.read_text(encoding="utf-8")))


def committed_path(root: Path, lang: str, topic: str) -> Path:
    return root / FOLDER / lang / f"{topic}.ipynb"


def colab_url(site: Site, topic: str) -> str:
    """Colab opens a notebook from GitHub: repo_url must name a github.com repository."""
    parts = urlsplit(site.repo)
    repository = parts.path.strip("/").removesuffix(".git")
    if parts.netloc != "github.com" or repository.count("/") != 1:
        raise ValueError(f"repo_url {site.repo!r} is not a github.com/<owner>/<name> address: Colab cannot open it")
    branch = site.labels["branch"]
    return f"https://colab.research.google.com/github/{repository}/blob/{branch}/{FOLDER}/{site.lang}/{topic}.ipynb"


def absolute_links(text: str, site: Site, topic: str) -> str:
    """Links to other pages or sections, made absolute: a notebook travels without the site around it."""

    def resolve(match: re.Match) -> str:
        target = match["target"]
        if re.match(r"[a-z]+:", target):
            return match[0]
        page, _, anchor = target.partition("#")
        page = page.removesuffix(".md") if page else topic
        return f"]({site.url}{'' if page == 'index' else page + '/'}{'#' + anchor if anchor else ''})"

    return LINK.sub(resolve, text)


def blockquotes(text: str, source: str) -> str:
    """Admonitions (`!!! tip "Title"` and an indented body) as blockquotes, which Jupyter renders."""
    lines, out, index = text.split("\n"), [], 0
    while index < len(lines):
        match = ADMONITION.match(lines[index])
        if not match:
            out.append(lines[index])
            index += 1
            continue
        if not match["title"]:
            raise ValueError(f'{source}: an admonition needs a title to become a notebook cell: {lines[index]}')
        out += [f"> **{match['title']}**", ">"]
        index += 1
        while index < len(lines) and (lines[index].startswith("    ") or not lines[index].strip()):
            out.append(f"> {lines[index][4:]}".rstrip())
            index += 1
        while out and out[-1] == ">":
            out.pop()
        out.append("")
    return "\n".join(out)


def prose(text: str, site: Site, topic: str, source: str) -> str:
    """A stretch of page Markdown as notebook Markdown: no attribute lists, no admonitions, absolute links."""
    text = claims.strip(ANCHORED.sub(lambda match: match["heading"], text))  # the marks live on the site
    return absolute_links(blockquotes(text, source), site, topic).strip()


def generate(markdown: str, topic: str, site: Site, root: Path = ROOT, source: str = "?") -> dict:
    """The notebook of a topic page, without outputs: a pure function of the page, its snippets and labels."""
    labels = site.labels
    body = FRONT_MATTER.sub("", markdown, count=1)
    page_url = site.url + ("" if topic == "index" else f"{topic}/")
    gpu = any(snippet_files.gpu_capable(path) for path in snippet_files.INCLUDE.findall(body) if (root / path).exists())
    intro = labels["intro"].format(title=topic_list.title_of(body) or topic, url=page_url)
    intro += " " + labels["gpu_hint"] if gpu else ""
    cells, position, anchor = [], 0, ""
    for match in [*FENCE.finditer(body), None]:
        stretch = body[position : match.start() if match else len(body)]
        anchors = ANCHORED.findall(stretch)
        anchor = anchors[-1][1] if anchors else anchor
        text = prose(stretch, site, topic, source)
        if not cells:  # the title first, then what this notebook is
            heading, _, rest = text.partition("\n")
            text = f"{heading}\n\n> {intro}\n\n{rest.strip()}".strip()
        if text:
            cells.append({"cell_type": "markdown", "metadata": {}, "source": text})
        if match is None:
            break
        position = match.end()
        path = match["path"]
        if path.endswith(".py"):
            code = (root / path).read_text(encoding="utf-8").removesuffix("\n")
            tags = {"tags": ["timing"]} if "timing=" in match["options"] else {}  # measured times: they vary
            cells.append({"cell_type": "code", "metadata": {"snippet": path, **tags}, "source": code,
                          "execution_count": None, "outputs": []})
        else:
            note = labels["bench"].format(name=Path(path).name, url=f"{page_url}#{anchor}" if anchor else page_url)
            cells.append({"cell_type": "markdown", "metadata": {}, "source": f"> {note}"})
    for index, cell in enumerate(cells):
        cell["id"] = f"cell-{index}"  # fixed ids: the same page always gives the same file
    metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "colab": {"provenance": [], "toc_visible": True, **({"gpuType": "T4"} if gpu else {})},
        **({"accelerator": "GPU"} if gpu else {}),
    }
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def with_outputs(notebook: dict, outputs: list[str], note: str = "") -> dict:
    """A copy with each code cell's printed output, in order; `note` is added to the first cell."""
    notebook = json.loads(json.dumps(notebook))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    if len(code) != len(outputs):
        raise ValueError(f"{len(outputs)} outputs for {len(code)} code cells")
    for count, (cell, printed) in enumerate(zip(code, outputs), start=1):
        cell["execution_count"] = count
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": printed}] if printed else []
    if note:
        notebook["cells"][0]["source"] += f"\n\n> {note}"
    return notebook


def dumps(notebook: dict) -> str:
    """Jupyter's own layout (one-space indent, sorted keys), so a saved notebook diffs cleanly."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def committed(config_files: list[str], root: Path = ROOT) -> dict[Path, str]:
    """{path: text} of every committed notebook, generated from the configs' docs folders."""
    from mkdocs.config import load_config

    expected = {}
    for config_file in config_files:
        config = load_config(str(root / config_file))
        site, docs = Site.from_config(config), Path(config.docs_dir)
        for topic in topics(docs):
            page = docs / f"{topic}.md"
            notebook = generate(page.read_text(encoding="utf-8"), topic, site, root, str(page.relative_to(root)))
            expected[committed_path(root, site.lang, topic)] = dumps(notebook)
    return expected


def main() -> int:
    """Rewrite notebooks/<lang>/*.ipynb from the pages; remove those whose page is gone."""
    expected = committed(["mkdocs.yml", "mkdocs.en.yml"])
    changed = [path for path, text in expected.items() if write_if_changed(path, text)]
    for path in sorted((ROOT / FOLDER).glob("*/*.ipynb")):
        if path not in expected:
            path.unlink()
            changed.append(path)
    for path in changed:
        print(f"notebooks: updated {path.relative_to(ROOT)}")
    print(f"notebooks: {len(expected)} notebooks, {len(changed)} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())

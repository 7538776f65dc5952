"""The `python exec="on"` fence: include a snippet file, run it, render what it printed.

A block's body is exactly one include line, `--8<-- "snippets/<topic>/<name>.py"`
(or `<name>.bench.toml`, a benchmark declared as data). We read the file
ourselves, instead of through pymdownx.snippets, so that the snippet runs under
its own path: a traceback then names the file and the line.

Options in the fence header:
  exec="on"          required: marks the block for execution
  table="A|B|C"      the snippet prints a Markdown table; show it with these headers
  chart="X|Y"        a benchmark: draw it with these axis labels, its numbers in a table beside
  timing="on"        the output holds measured times, which vary from run to run
  timeout="S"        this block's limit in seconds (default: SNIPPET_TIMEOUT, or 60)

A GPU-capable snippet (scripts/sources.py) shows its output in two tabs: this
build's CPU run, and the run from the newest GPU bundle (scripts/gpu_bundle.py).
"""
from __future__ import annotations

import html
import logging
import os
import re

from markdown_exec import MarkdownConverter

from scripts import engine, gpu_bundle, render, sources
from scripts.environment import ROOT, cpu_model
from scripts.executor import SnippetError

log = logging.getLogger("mkdocs.plugins.snippets")

INCLUDE = re.compile(r'^--8<--\s+"(?P<path>snippets/[^"]+(\.py|\.bench\.toml))"$')
OPTIONS = {"exec", "table", "chart", "timing", "timeout"}


class Site:
    """What the hook tells the fence: the page being rendered, the labels, the GPU bundle."""

    source = "?"  # e.g. docs/zh/tensor-copies.md
    name = "?"  # e.g. tensor-copies.md
    url = ""  # e.g. tensor-copies/
    labels: dict = {}  # the language's extra.gpu
    bundle: dict | None = None


def included_path(body: str) -> str:
    """The snippet path a block includes; the body must be just the include line."""
    match = INCLUDE.match(body.strip())
    if not match:
        raise ValueError(f'an exec block must hold exactly one line --8<-- "snippets/…/name.py", got:\n{body}')
    return match["path"]


def validator(language, inputs, options, attrs, md) -> bool:
    if inputs.get("exec", "").lower() not in {"on", "1", "true", "yes"}:
        return False
    unknown = set(inputs) - OPTIONS
    if unknown:
        log.warning("%s: unknown exec block option(s): %s", Site.source, ", ".join(sorted(unknown)))
    options.update({key: inputs[key] for key in OPTIONS & set(inputs)})
    return True


def formatter(source, language, css_class, options, md, **kwargs) -> str:
    try:
        doc = block(included_path(source), options)
    except (OSError, ValueError, KeyError, SnippetError) as error:
        log.warning("%s: %s", Site.source, error)
        return f"<pre>{html.escape(str(error))}</pre>"
    return MarkdownConverter(md, update_toc=False).convert(doc.text(), stash=doc.stash)


def block(path: str, options: dict) -> render.Doc:
    name = path.removeprefix("snippets/")
    code = (ROOT / path).read_text(encoding="utf-8")
    doc = render.Doc()
    if not engine.enabled():  # measuring the build's floor: show the code alone
        return doc.md(f'<div class="exec-block" markdown="1" data-snippet="{name}">\n\n{render.source(name, code)}\n\n</div>')
    timeout = float(options.get("timeout", engine.default_timeout()))
    printed = engine.execute(Site.name, Site.url, path, timeout).output
    if not printed.strip():
        raise SnippetError(f"{path} printed nothing: a snippet must print what the reader should see")
    if "\t" in printed:  # Markdown turns tabs into spaces: the page would differ from the reader's run
        raise SnippetError(f"{path} printed a tab character; print it with .expandtabs(4)")
    gpu = gpu_match(path)
    attrs = f'data-snippet="{name}"' + (f' data-gpu="{gpu.status}"' if gpu else "")

    if sources.is_benchmark(path):
        labels = split_labels(options.get("chart", ""), 2, "chart")
        data = render.parse_benchmark(printed)
        caption = f"{cpu_model()} · num_threads={data['num_threads']} · torch {data['torch']}"
        cpu = doc.stashed(render.benchmark_chart(data, labels, caption))
        inner = with_gpu(doc, cpu, gpu, lambda result: gpu_chart(doc, data, result, labels))
        return doc.md(wrap("exec-chart", attrs, timed(inner, True), render.folded_source(name, code)))
    if "table" in options:
        labels = split_labels(options["table"], None, "table")
        inner = with_gpu(doc, render.table(printed, labels), gpu, lambda result: render.table(result["output"], labels))
        return doc.md(wrap("exec-table", attrs, timed(inner, "timing" in options), render.folded_source(name, code)))
    inner = with_gpu(doc, doc.stashed(render.output(printed)), gpu, lambda result: doc.stashed(render.output(result["output"])))
    output = f'<div class="exec-output" markdown="1">\n\n{timed(inner, "timing" in options)}\n\n</div>'
    return doc.md(wrap("exec-block", attrs, render.source(name, code), output))


def wrap(kind: str, attrs: str, *parts: str) -> str:
    body = "\n\n".join(parts)
    return f'<div class="{kind}" markdown="1" {attrs}>\n\n{body}\n\n</div>'


def timed(content: str, timing: bool) -> str:
    """Measured times differ from build to build: mark them, and keep them out of search.

    A <figure>, because Material's search parser matches elements by tag name: an
    excluded <div> would stop being excluded at the first nested </div>.
    """
    if not timing:
        return content
    return f'<figure class="exec-timing" markdown="1" data-timing="on" data-search-exclude="on">\n\n{content}\n\n</figure>'


def split_labels(option: str, count: int | None, kind: str) -> list[str]:
    labels = [label.strip() for label in option.split("|")] if option else []
    if not labels or (count is not None and len(labels) != count):
        raise ValueError(f'{kind}="…" needs {count or "its"} labels separated by |, got {option!r}')
    return labels


def gpu_match(path: str) -> gpu_bundle.Match | None:
    """None for a CPU-only snippet; otherwise what the GPU bundle holds for it."""
    if not sources.gpu_capable(path):
        return None
    match = gpu_bundle.find(Site.bundle, path, sources.digest(path))
    if match.status == "stale" and os.environ.get("STRICT_GPU") == "1":
        log.warning("%s: the GPU result for %s is stale (run %s); run `make gpu`", Site.source, path, match.bundle["date"])
    return match


def with_gpu(doc: render.Doc, cpu: str, gpu: gpu_bundle.Match | None, show) -> str:
    """The CPU rendering alone, or CPU and GPU tabs; `show(result)` renders the bundle's result."""
    if gpu is None:
        return cpu
    labels = Site.labels
    if gpu.status == "none":
        return render.tabs((labels["cpu_tab"], cpu), (labels["gpu_tab_none"], labels["none"]))
    bundle = gpu.bundle
    title = labels["gpu_tab"].format(device=bundle["device"]["name"], torch=bundle["torch"], date=bundle["date"])
    body = show(gpu.result)
    if gpu.status == "stale":
        title = labels["gpu_tab_stale"].format(date=bundle["date"])
        body = f'!!! warning ""\n    {labels["stale"].format(date=bundle["date"])}\n\n{body}'
    return render.tabs((labels["cpu_tab"], cpu), (title, body))


def gpu_chart(doc: render.Doc, cpu: dict, result: dict, labels: list[str]) -> str:
    bundle = Site.bundle
    data = result["data"]
    caption = f"{bundle['device']['name']} · torch {bundle['torch']} · CUDA {bundle['cuda']} · {bundle['date']}"
    extra = render.gpu_columns(cpu, data, bundle["device"]["copy_gbps"], Site.labels)
    return doc.stashed(render.benchmark_chart(data, labels, caption, extra))

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

A GPU-capable snippet (scripts/runner/snippet_files.py) shows its output in two tabs: this
build's CPU run, and the run from the newest GPU bundle (scripts/runner/bundle.py).
"""
from __future__ import annotations

import functools
import html
import logging
import os

from markdown_exec import MarkdownConverter

from scripts.pages import chart, execution, render, versions
from scripts.pages.build_state import Build
from scripts.runner import benchmark, bundle as bundles, expectations, output_checks, snippet_files
from scripts.runner.isolation import Result
from scripts.runner.fingerprint import ROOT, cpu_model
from scripts.runner.isolation import SnippetError

log = logging.getLogger("mkdocs.plugins.snippets")

OPTIONS = {"exec", "table", "chart", "timing", "timeout"}


def custom_fence(build: Build) -> dict:
    """The superfences entry for `python exec="on"` blocks of this build."""
    return {
        "name": "python", "class": "python",
        "validator": functools.partial(validator, build), "format": functools.partial(formatter, build),
    }


def included_path(body: str) -> str:
    """The snippet path a block includes; the body must be just the include line."""
    match = snippet_files.INCLUDE.fullmatch(body.strip())
    path = match["path"] if match else ""
    if not path.startswith("snippets/") or not (path.endswith(".py") or snippet_files.is_benchmark(path)):
        raise ValueError(f'an exec block must hold exactly one line --8<-- "snippets/…/name.py", got:\n{body}')
    return path


def validator(build: Build, language, inputs, options, attrs, md) -> bool:
    if inputs.get("exec", "").lower() not in {"on", "1", "true", "yes"}:
        return False
    unknown = set(inputs) - OPTIONS
    if unknown:
        log.warning("%s: unknown exec block option(s): %s", build.page.source, ", ".join(sorted(unknown)))
    options.update({key: inputs[key] for key in OPTIONS & set(inputs)})
    return True


def formatter(build: Build, source, language, css_class, options, md, **kwargs) -> str:
    try:
        doc = block(build, included_path(source), options)
    except (OSError, ValueError, KeyError, SnippetError) as error:
        log.warning("%s: %s", build.page.source, error)
        return f"<pre>{html.escape(str(error))}</pre>"
    return MarkdownConverter(md, update_toc=False).convert(doc.text(), stash=doc.stash)


def block(build: Build, path: str, options: dict) -> render.Doc:
    name = path.removeprefix("snippets/")
    code = (ROOT / path).read_text(encoding="utf-8")
    doc = render.Doc()
    if not execution.enabled():  # measuring the build's floor: show the code alone
        return doc.md(f'<div class="exec-block" markdown="1" data-snippet="{name}">\n\n{render.source(name, code)}\n\n</div>')
    timeout = float(options.get("timeout", execution.default_timeout()))
    result = execution.execute(build.runs, build.page.name, build.page.url, path, timeout)
    if snippet_files.is_benchmark(path):
        result = checked_expectations(build, path, timeout, result)
    build.results[path] = result
    gpu = gpu_match(build, path)
    attrs = f'data-snippet="{name}"' + (f' data-gpu="{gpu.status}"' if gpu else "")

    if snippet_files.is_benchmark(path):
        labels = split_labels(options.get("chart", ""), 2, "chart")
        caption = f"{cpu_model()} · num_threads={result.data['num_threads']} · torch {result.data['torch']}"
        cpu = doc.stashed(render.benchmark_chart(result.data, labels, caption))
        inner = with_gpu(build, cpu, gpu, lambda found: gpu_chart(build, doc, result.data, found, labels))
        inner = with_versions(build, path, None, inner, lambda data: doc.stashed(chart.table(data["cases"], labels[0])))
        attrs += f' data-close="{html.escape(build.labels["close"])}"'  # the full-screen chart's button (site.js)
        return doc.md(wrap("exec-chart", attrs, timed(inner, True), render.folded_source(name, code, build.labels["chart_source"])))
    problems = output_checks.problems(result.output, "table" in options)
    if problems:
        raise SnippetError(f"{path} {problems[0]}")
    if "table" in options:
        labels = split_labels(options["table"], None, "table")
        inner = with_gpu(build, render.table(result.output, labels), gpu, lambda found: render.table(found["output"], labels))
        inner = with_versions(build, path, None if "timing" in options else result.output, inner,
                              lambda text: render.table(text, labels))
        return doc.md(wrap("exec-table", attrs, timed(inner, "timing" in options), render.folded_source(name, code, build.labels["table_source"])))
    printed = functools.partial(render.output, label=build.output_label)
    inner = with_gpu(build, doc.stashed(printed(result.output)), gpu, lambda found: doc.stashed(printed(found["output"])))
    inner = with_versions(build, path, None if "timing" in options else result.output, inner,
                          lambda text: doc.stashed(printed(text)))
    output = f'<div class="exec-output" markdown="1">\n\n{timed(inner, "timing" in options)}\n\n</div>'
    return doc.md(wrap("exec-block", attrs, render.source(name, code), output))


def checked_expectations(build: Build, path: str, timeout: float, result: Result) -> Result:
    """Evaluate the benchmark's expectations; one that fails is measured once more, and a second failure fails the build."""
    declared = benchmark.load(ROOT / path)["expect"]
    outcomes = [expectations.evaluate(expect, result.data) for expect in declared]
    if not all(held for held, _ in outcomes):
        log.info("%s: an expectation failed; measuring once more", path)
        result = execution.rerun(build.runs, build.page.name, path, timeout)
        outcomes = [expectations.evaluate(expect, result.data) for expect in declared]
        for expect, (held, figures) in zip(declared, outcomes):
            if not held:
                raise SnippetError(f"{path}: expectation {expect['claim']} failed twice: {figures}")
    for expect, outcome in zip(declared, outcomes):
        build.outcomes[(path, expect["claim"])] = outcome
    return result


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



def gpu_match(build: Build, path: str) -> bundles.Match | None:
    """None for a CPU-only snippet; otherwise what the GPU bundle holds for it."""
    if not snippet_files.gpu_capable(path):
        return None
    match = bundles.find(build.bundle, path, snippet_files.digest(path))
    if os.environ.get("STRICT_GPU") == "1" and match.status in ("stale", "failed"):
        reason = f"stale (run {match.bundle['date']})" if match.status == "stale" else f"a failure: {match.result['error']}"
        log.warning("%s: the GPU result for %s is %s; run `make gpu`", build.page.source, path, reason)
    return match


def with_gpu(build: Build, cpu: str, gpu: bundles.Match | None, show) -> str:
    """The CPU rendering, with a GPU tab only when a current GPU result exists; `show(result)` renders it.

    Without one (no run yet, or the code changed since) a quiet line says so: a tab that holds nothing
    would only hide this build's output.
    """
    if gpu is None:
        return cpu
    labels = build.labels
    if gpu.status == "none":
        return cpu + "\n\n" + quiet_note(labels["none"])
    bundle = gpu.bundle
    device, date = bundle["device"]["name"], bundle["date"]
    if gpu.status == "stale":
        return cpu + "\n\n" + quiet_note(labels["stale"].format(date=date))
    if gpu.result["kind"] == "failure":
        title = labels["gpu_tab_failed"].format(date=date)
        body = f'!!! failure ""\n    {labels["failed"].format(device=device, date=date)}\n\n' + render.fenced_text(gpu.result["error"])
        return render.tabs((labels["cpu_tab"], cpu), (title, body))
    body = show(gpu.result)
    if gpu.result["kind"] != "benchmark":  # a chart's caption already names the run
        body += "\n\n" + quiet_note(labels["ran"].format(device=device, torch=bundle["torch"], date=date))
    return render.tabs((labels["cpu_tab"], cpu), (labels["gpu_tab"].format(device=device), body))


def quiet_note(text: str) -> str:
    return f'<p class="gpu-note">{html.escape(text)}</p>'


def gpu_chart(build: Build, doc: render.Doc, cpu: dict, result: dict, labels: list[str]) -> str:
    bundle = build.bundle
    data = result["data"]
    caption = f"{bundle['device']['name']} · torch {bundle['torch']} · CUDA {bundle['cuda']} · {bundle['date']}"
    extra = render.gpu_columns(cpu, data, bundle["device"], build.labels, build.stamp["torch"], bundle["torch"])
    return doc.stashed(render.benchmark_chart(data, labels, caption, extra))


def with_versions(build: Build, path: str, printed: str | None, inner: str, show) -> str:
    """This build's rendering, with a line that says what the other torch versions did, and a tab where one differs.

    `printed`: this build's output, compared with theirs; None where outputs are not compared (timings,
    benchmarks), and the other versions then only show whether it ran, and a benchmark's figures.
    `show(output or data)` renders another version's result.
    """
    if not build.versions:
        return inner
    labels, pinned = build.version_labels, build.stamp["torch"]
    found = versions.view(build.versions, pinned, path, printed)
    if os.environ.get("STRICT_VERSIONS") == "1":
        for label, date in found.stale.items():
            log.warning("%s: the torch %s result for %s is stale (run %s); run `make versions`", build.page.source, label, path, date)
        for label in found.missing:
            log.warning("%s: %s has no torch %s result; run `make versions VERSIONS_ARGS=--resume`", build.page.source, path, label)
    for label, how in versions.changes(found):
        build.changes.append({"version": label, "page": build.page.name, "url": build.page.url, "snippet": path, "kind": "block", "how": how})
    line = version_line(labels, found, printed is not None)
    if not found.differs() and not found.data:
        return inner + "\n\n" + line
    parts = [line]
    separator = labels["separator"]
    for output, labels_ in found.outputs.items():
        listed = versions.spans(labels_, found.order, separator)
        parts += [f'<span class="version-group">{html.escape(labels["prints"].format(versions=listed))}</span>', show(output),
                  f'<span class="version-group">{html.escape(labels["diff"])}</span>', render.fenced_text(versions.diff(printed, output), "diff")]
    failures: dict[tuple, list[str]] = {}  # the same failure on several versions is shown once
    for label, (error, claims_, before) in found.failed.items():
        failures.setdefault((error, claims_, versions.comparable(before)), []).append(label)
    for (error, claims_, _), labels_ in failures.items():
        stopped = labels["stopped_at"].format(claims=separator.join(claims_)) if claims_ else ""
        listed = versions.spans(labels_, found.order, separator)
        parts += [f'<span class="version-group">{html.escape(labels["raised"].format(versions=listed, stopped=stopped))}</span>', render.fenced_text(error)]
        before = found.failed[labels_[0]][2]
        if before and printed is not None:
            parts += [f'<span class="version-group">{html.escape(labels["printed_before"])}</span>', render.fenced_text(before),
                      f'<span class="version-group">{html.escape(labels["diff"])}</span>', render.fenced_text(versions.diff(printed, before), "diff")]
    for label, data in found.data.items():
        parts += [f'<span class="version-group">{html.escape(labels["figures"].format(versions=label))}</span>', show(data)]
    return render.tabs((labels["this_tab"].format(torch=pinned), inner), (labels["other_tab"], "\n\n".join(parts)))


def version_line(labels: dict, found: versions.View, compared: bool) -> str:
    """One quiet line: on which versions the block printed the same, ran, raised, or was not run."""
    separator = labels["separator"]
    ran = [label for label in found.order if label not in found.failed]
    sentences = [labels["same" if compared else "ran"].format(versions=versions.spans(found.same if compared else ran, found.order, separator))]
    others = [label for output_labels in found.outputs.values() for label in output_labels]
    if others:
        sentences.append(labels["differs"].format(versions=versions.spans(others, found.order, separator)))
    if found.failed:
        sentences.append(labels["fails"].format(versions=versions.spans(list(found.failed), found.order, separator)))
    for label, date in found.stale.items():
        sentences.append(labels["stale"].format(version=label, date=date))
    if found.missing:
        sentences.append(labels["missing"].format(versions=separator.join(found.missing)))
    return f'<span class="version-line" data-versions="{" ".join(found.order)}">{html.escape(labels["joiner"].join(sentences))}</span>'

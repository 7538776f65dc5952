"""The `python exec="on"` fence: include a snippet file, run it, render code and output.

A block's body is exactly one include line, `--8<-- "snippets/<topic>/<name>.py"`.
We read the file ourselves (instead of pymdownx.snippets) so that the snippet
runs under its own path: a traceback then names the file and the line.

Options in the fence header:
  exec="on"          required: marks the block for execution
  table="A|B|C"      the snippet prints a Markdown table; show it with these headers
  timing="on"        the output holds measured times, which vary from run to run
  timeout="S"        this block's limit in seconds (default: SNIPPET_TIMEOUT, or 60)
"""
from __future__ import annotations

import html
import logging
import re

from markdown_exec import MarkdownConverter, code_block

from scripts import engine, mdtable
from scripts.environment import ROOT
from scripts.executor import SnippetError

log = logging.getLogger("mkdocs.plugins.snippets")

INCLUDE = re.compile(r'^--8<--\s+"(?P<path>snippets/[^"]+\.py)"$')
OPTIONS = {"exec", "table", "timing", "timeout"}


class Page:
    """The page being rendered (set by the hook), for messages and the report."""

    source = "?"  # e.g. docs/zh/tensor-copies.md
    name = "?"  # e.g. tensor-copies.md
    url = ""  # e.g. tensor-copies/


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
        log.warning("%s: unknown exec block option(s): %s", Page.source, ", ".join(sorted(unknown)))
    options.update({key: inputs[key] for key in OPTIONS & set(inputs)})
    return True


def formatter(source, language, css_class, options, md, **kwargs) -> str:
    try:
        path = included_path(source)
        code = (ROOT / path).read_text(encoding="utf-8")
        timeout = float(options.get("timeout", engine.default_timeout()))
        result = engine.execute(Page.name, Page.url, path, timeout)
        if not result.output.strip():
            raise SnippetError(f"{path} printed nothing: a snippet must print what the reader should see")
        markdown = render(path, code, result.output, options)
    except (OSError, ValueError, SnippetError) as error:
        log.warning("%s: %s", Page.source, error)
        return f"<pre>{html.escape(str(error))}</pre>"
    return MarkdownConverter(md, update_toc=False).convert(markdown)


def render(path: str, code: str, output: str, options: dict) -> str:
    """Markdown for a block: the code and its output, or a relabelled table.

    Output always lands inside a code block or a table cell, so any HTML it
    prints is shown as text, never injected.
    """
    name = path.removeprefix("snippets/")
    source = code_block("python", code.rstrip("\n"), title=name)
    # Measured times differ from build to build: mark them, and keep them out of search.
    timing = ' data-timing="on" data-search-exclude' if "timing" in options else ""
    if "table" in options:
        labels = [label.strip() for label in options["table"].split("|")]
        table = mdtable.relabel(_escape_table(output), labels)
        return (
            f'<div class="exec-table" markdown="1" data-snippet="{name}"{timing}>\n\n{table}\n'
            f'<details class="exec-source" markdown="1">\n<summary>{name}</summary>\n\n{source}\n\n'
            "</details>\n\n</div>"
        )
    printed = code_block("text", output.rstrip("\n"))
    return (
        f'<div class="exec-block" markdown="1" data-snippet="{name}">\n\n{source}\n\n'
        f'<div class="exec-output" markdown="1"{timing}>\n\n{printed}\n\n</div>\n\n</div>'
    )


CODE_SPAN = re.compile(r"(`[^`]*`)")


def _escape_table(output: str) -> str:
    # Markdown passes raw HTML in table cells through; outside code spans, escape it.
    parts = CODE_SPAN.split(output)
    return "".join(part if CODE_SPAN.fullmatch(part) else html.escape(part, quote=False) for part in parts)

"""Markdown and HTML for executed blocks: code and output, tables, charts, and CPU/GPU tabs.

Labels come from the language's config (`extra.gpu`); everything else on the
page comes from execution.
"""
from __future__ import annotations

import html
import re
from textwrap import indent

from markdown_exec import code_block

from scripts.pages import chart
from scripts.runner import mdtable

CODE_SPAN = re.compile(r"(`[^`]*`)")


class Doc:
    """Markdown with raw HTML set aside, so Markdown never touches an SVG or a table we built."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.stash: dict[str, str] = {}

    def md(self, text: str) -> Doc:
        self.parts.append(text)
        return self

    def stashed(self, markup: str) -> str:
        """A placeholder that the finished HTML gets `markup` in place of.

        Plain text, because Markdown rewrites raw HTML; it comes out as a paragraph of its own.
        """
        placeholder = f"EXECSTASH{len(self.stash) // 2}X"
        self.stash[f"<p>{placeholder}</p>"] = markup
        self.stash[placeholder] = markup
        return placeholder

    def text(self) -> str:
        return "\n\n".join(self.parts)


def source(name: str, code: str) -> str:
    language = "toml" if name.endswith(".toml") else "python"
    return code_block(language, code.rstrip("\n"), title=name)


def output(text: str, label: str) -> str:
    """What a snippet printed, as HTML: escaped, so printed HTML shows as text, never as markup.

    Built directly (the markup Pygments gives plain text) rather than through Markdown, which
    is most of what a cached rebuild would otherwise spend on outputs. `no-copy`: the button on
    the code above copies the code, and only the code.
    """
    body = html.escape(text.rstrip("\n"), quote=False)
    return f'<div class="no-copy highlight"><pre data-label="{html.escape(label)}"><span></span><code>{body}\n</code></pre></div>'



def table(printed: str, labels: list[str]) -> str:
    """A printed Markdown table with the page's headers; raw HTML outside code spans is escaped."""
    parts = CODE_SPAN.split(printed)
    escaped = "".join(part if CODE_SPAN.fullmatch(part) else html.escape(part, quote=False) for part in parts)
    return mdtable.relabel(escaped, labels)


def folded_source(name: str, code: str, title: str) -> str:
    """The code behind a table or chart, folded; `title` says what it is ("The code behind this table: {name}")."""
    summary = html.escape(title.format(name=name.rsplit("/", 1)[-1]))
    return f'<details class="exec-source" markdown="1">\n<summary>{summary}</summary>\n\n{source(name, code)}\n\n</details>'


def tabs(*items: tuple[str, str]) -> str:
    """pymdownx.tabbed tabs, each switched on its own (content.tabs.link is off: a tap never changes other blocks)."""
    return "\n\n".join(f'=== "{title}"\n\n{indent(body, "    ")}' for title, body in items)


def benchmark_chart(data: dict, labels: list[str], caption: str, extra: dict[str, list[str]] | None = None) -> str:
    x_label, y_label = labels
    return chart.both_layouts(data["cases"], x_label, y_label, caption) + chart.table(data["cases"], x_label, extra=extra)


def fenced_text(text: str, language: str = "text") -> str:
    """Printed text as a Markdown code block, safe inside a tab; like an output, it has no copy button."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence} {{ .{language} .no-copy }}\n{text}\n{fence}"


def gpu_columns(cpu: dict, gpu: dict, device: dict, labels: dict, cpu_torch: str, gpu_torch: str) -> dict[str, list[str]]:
    """Speed-up over this build's CPU run (naming both torch versions), and the bandwidth achieved.

    Bandwidth is a share of what the same GPU run measured for the same path: a device-to-device copy
    for work on the device, a copy from pinned host memory for host-to-device transfers.
    """
    columns = {}
    peak, label = (device["h2d_gbps"], labels["bandwidth_h2d"]) if gpu.get("bandwidth") == "host-to-device" else (device["copy_gbps"], labels["bandwidth"])
    speedup = labels["speedup"].format(cpu=cpu_torch, gpu=gpu_torch)
    for name, points in gpu["cases"].items():
        cpu_points = {p["n"]: p for p in cpu["cases"].get(name, [])}
        columns[f"{speedup} · {name}"] = [
            f"{cpu_points[p['n']]['median'] / p['median']:.1f}×" if p["n"] in cpu_points else "–" for p in points
        ]
        if all("bytes" in p for p in points):
            columns[f"{label} · {name}"] = [
                f"{p['bytes'] / p['median'] / 1e9:,.0f} GB/s ({100 * p['bytes'] / p['median'] / 1e9 / peak:.0f}%)"
                for p in points
            ]
    return columns

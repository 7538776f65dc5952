"""Long inline code may wrap between the parts of a dotted name, never inside one of them.

The site's CSS keeps identifiers whole (a reader must never see `torch.ran` / `d(n)`), so a long
dotted path in a sentence, `nn.SyncBatchNorm.convert_sync_batchnorm(model)`, was wider than a
phone. A `<wbr>` after each dot and before an opening parenthesis lets it wrap there; the text and
what a copy gives are unchanged, and search has indexed the page before this runs on its final
HTML. Code blocks (`<pre>`) and tables are left alone: both scroll instead, and a table cell keeps
its code on one line (site.css), also where a phone shows the table as cards.

The Function index is the one table that must fit without scrolling, since its last column holds the
links: its names, summaries and titles may wrap at the same places, dotted names in plain text too.
"""
from __future__ import annotations

import re

LEFT_ALONE = re.compile(r"(<pre\b.*?</pre>|<table\b.*?</table>)", re.DOTALL)
FUNCTION_INDEX = re.compile(r'(<div class="function-index".*?</table>)', re.DOTALL)
TEXT = re.compile(r">([^<]+)<")  # the text between two tags
INLINE_CODE = re.compile(r"<code>([^<]+)</code>")
NAME_THEN_DOT = re.compile(r"\b([A-Za-z_]\w*\.)(?=[A-Za-z_])")  # torch.nn: after the dot, not in 1.5
NAME_THEN_PAREN = re.compile(r"\b([A-Za-z_]\w*)(?=\([^)])")  # f(x): before the parenthesis, not f()
SHORT = 24  # characters; a shorter piece of code fits on any phone line as it is


def with_breaks(code: str) -> str:
    if len(code) <= SHORT:
        return code
    return dotted_breaks(code)


def dotted_breaks(text: str) -> str:
    return NAME_THEN_PAREN.sub(r"\1<wbr>", NAME_THEN_DOT.sub(r"\1<wbr>", text))


def function_index(block: str) -> str:
    return TEXT.sub(lambda m: f">{dotted_breaks(m.group(1))}<", block)


def add(html: str) -> str:
    """`html` with break opportunities in its long inline code, outside code blocks and tables but the Function index's."""
    html = "".join(function_index(part) if i % 2 else part for i, part in enumerate(FUNCTION_INDEX.split(html)))
    parts = LEFT_ALONE.split(html)
    for i in range(0, len(parts), 2):  # even parts lie outside <pre> and <table>
        parts[i] = INLINE_CODE.sub(lambda m: f"<code>{with_breaks(m.group(1))}</code>", parts[i])
    return "".join(parts)

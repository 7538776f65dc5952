"""The part of mkdocs-jupyter's stylesheets that a notebook page can use.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 575 kB) into every notebook
page: the file browser, toolbars, dialogs and some 80 kB of icons a static notebook never
shows. A page loads only the rules whose selectors could match it: every class a selector
requires (outside `:not()` and the like) is on the page, or is one Material's script adds at
run time (`md-`). Rules scoped as `.jupyter-wrapper :root` never match (the root element is
nobody's descendant) and go too.
"""
from __future__ import annotations

import functools
import re

import tinycss2

RUNTIME_CLASS = "md-"  # Material's JavaScript adds classes such as md-typeset__scrollwrap after load
CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def classes_in(html: str) -> frozenset[str]:
    return frozenset(name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split())


def prune(css: str, classes: frozenset[str]) -> str:
    """`css` without the selectors that need a class missing from `classes`, nor the rules left empty."""
    return "".join(_kept(_rules(css), classes))


@functools.lru_cache(maxsize=8)
def _rules(css: str) -> tuple:
    """The stylesheet parsed once per build: (selectors with the classes each needs, body) per rule;
    a nested tuple for @media; the text of any other at-rule."""
    return _parse(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _parse(nodes) -> tuple:
    parsed = []
    for node in nodes:
        if node.type == "qualified-rule":
            selectors = [(tinycss2.serialize(tokens).strip(), _required(tokens)) for tokens in _split(node.prelude)]
            live = [(text, needed) for text, needed in selectors if not _root_inside(text)]
            parsed.append(("rule", live, tinycss2.serialize(node.content)))
        elif node.type == "at-rule" and node.lower_at_keyword == "media" and node.content is not None:
            inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            parsed.append(("media", tinycss2.serialize(node.prelude), _parse(inner)))
        elif node.type == "at-rule":
            parsed.append(("other", node.serialize()))
    return tuple(parsed)


def _split(prelude) -> list[list]:
    """A selector list's selectors; commas inside :is() and the like stay inside their function token."""
    selectors = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _required(tokens) -> frozenset[str]:
    """The classes a selector needs: `.name` at its top level, not inside a function such as :not()."""
    return frozenset(
        token.value
        for previous, token in zip(tokens, tokens[1:])
        if previous.type == "literal" and previous.value == "." and token.type == "ident"
        and not token.value.startswith(RUNTIME_CLASS)
    )


def _root_inside(selector: str) -> bool:
    return bool(re.search(r"\S\s*[\s>+~]\s*:root\b", selector))


def _kept(parsed: tuple, classes: frozenset[str]):
    for kind, *rest in parsed:
        if kind == "rule":
            selectors, body = rest
            kept = [text for text, needed in selectors if needed <= classes]
            if kept:
                yield f"{','.join(kept)}{{{body}}}"
        elif kind == "media":
            query, inner = rest
            body = "".join(_kept(inner, classes))
            if body:
                yield f"@media{query}{{{body}}}"
        else:
            yield rest[0]

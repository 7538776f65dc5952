"""The proofs a snippet offers: asserts tagged `# claim: <id>`, and a benchmark's declared expectations.

A tag is a comment, either at the end of an assert's first or last line, or alone on the line(s)
right above the assert it tags:

    assert flat.data_ptr() != x.data_ptr()  # claim: ravel-copies
    # claim: view-raises, view-message
    assert "view size is not compatible" in str(error)

Only the standard library: the forked child uses this to know which lines to record.
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass

CLAIM_ID = r"[a-z0-9][a-z0-9-]*"
TAG = re.compile(rf"^#\s*claim:\s*(?P<ids>{CLAIM_ID}(?:\s*,\s*{CLAIM_ID})*)\s*$")


class TagError(ValueError):
    """A tag that tags nothing, or something other than an assert; the message names file and line."""


@dataclass(frozen=True)
class Proof:
    snippet: str  # path relative to the project root
    line: int  # the assert's first line, the one the child records when it runs
    source: str  # the assert as written


def _comments(code: str) -> list[tuple[int, str, bool]]:
    """(line, text, alone on its line) of every comment, read by the tokenizer so `#` in strings is no comment."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.COMMENT:
            alone = not token.line[: token.start[1]].strip()
            found.append((token.start[0], token.string, alone))
    return found


def tagged_asserts(code: str, snippet: str) -> dict[str, list[Proof]]:
    """Claim id → the asserts that carry its tag; TagError for a tag on anything but an assert."""
    tree = ast.parse(code, filename=snippet)
    lines = code.splitlines()
    asserts = [node for node in ast.walk(tree) if isinstance(node, ast.Assert)]
    by_line = {}
    for node in asserts:
        by_line.setdefault(node.lineno, node)
        by_line.setdefault(node.end_lineno, node)
    first_lines = sorted(node.lineno for node in asserts)
    proofs: dict[str, list[Proof]] = {}
    for line, text, alone in _comments(code):
        match = TAG.match(text)
        if not match:
            if text.lstrip("# ").startswith("claim"):
                raise TagError(f"{snippet}:{line}: malformed claim tag {text!r} (write `# claim: some-id`)")
            continue
        if alone:  # tags the next statement, past any further comment lines
            following = line + 1
            while following <= len(lines) and lines[following - 1].strip().startswith("#"):
                following += 1
            node = by_line.get(following) if following in first_lines else None
        else:
            node = by_line.get(line)
        if node is None:
            raise TagError(f"{snippet}:{line}: `{text}` tags no assert (put it on the assert's line or right above it)")
        source = ast.get_source_segment(code, node) or lines[node.lineno - 1].strip()
        for claim in re.split(r"\s*,\s*", match["ids"]):
            proofs.setdefault(claim, []).append(Proof(snippet, node.lineno, source))
    return proofs


def tagged_lines(code: str, snippet: str) -> set[int]:
    """The first lines of every tagged assert: what the child records as executed."""
    return {proof.line for found in tagged_asserts(code, snippet).values() for proof in found}


def claims_at(code: str, snippet: str, line: int) -> list[str]:
    """The claims of the tagged assert that spans `line`: what failed when a traceback ends there."""
    spans = {node.lineno: node.end_lineno for node in ast.walk(ast.parse(code, filename=snippet)) if isinstance(node, ast.Assert)}
    return sorted(claim for claim, proofs in tagged_asserts(code, snippet).items()
                  for proof in proofs if proof.line <= line <= spans[proof.line])

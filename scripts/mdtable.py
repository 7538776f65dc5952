"""Markdown tables printed by snippets, relabelled in the page's language.

A table snippet prints a Markdown table whose cells are language-neutral
(code, numbers, ✓/✗); the page supplies the header labels, so one execution
serves both languages.
"""
from __future__ import annotations


class TableError(ValueError):
    pass


def relabel(table: str, labels: list[str]) -> str:
    """Replace the header row of a printed Markdown table with `labels`."""
    lines = table.strip().splitlines()
    if len(lines) < 3 or not all(line.startswith("|") for line in lines):
        raise TableError(f"expected a Markdown table with a header, a rule and rows, got:\n{table}")
    columns = len(_cells(lines[0]))
    if len(labels) != columns:
        raise TableError(f"the table has {columns} columns but {len(labels)} labels were given: {labels}")
    header = "| " + " | ".join(labels) + " |"
    return "\n".join([header, *lines[1:]]) + "\n"


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]

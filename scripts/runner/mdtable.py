"""Markdown tables printed by snippets, relabelled in the page's language.

A table snippet prints a Markdown table whose cells are language-neutral
(code, numbers, ✓/✗); the page supplies the header labels, so one execution
serves both languages.
"""
from __future__ import annotations


class TableError(ValueError):
    pass


def columns(table: str) -> int:
    """The number of columns of a printed Markdown table; TableError if it is not one."""
    lines = table.strip().splitlines()
    if len(lines) < 3 or not all(line.startswith("|") for line in lines):
        raise TableError(f"expected a Markdown table with a header, a rule and rows, got:\n{table}")
    return len(_cells(lines[0]))


def relabel(table: str, labels: list[str]) -> str:
    """Replace the header row of a printed Markdown table with `labels`."""
    count = columns(table)
    lines = table.strip().splitlines()
    if len(labels) != count:
        raise TableError(f"the table has {count} columns but {len(labels)} labels were given: {labels}")
    header = "| " + " | ".join(labels) + " |"
    return "\n".join([header, *lines[1:]]) + "\n"


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]

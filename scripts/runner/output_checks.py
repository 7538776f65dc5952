"""What a block's output must be for a page to show it; the build and the GPU runner check the same."""
from __future__ import annotations

from scripts.runner import mdtable


def problems(printed: str, table: bool) -> list[str]:
    found = []
    if not printed.strip():
        found.append("printed nothing: a snippet must print what the reader should see")
    if "\t" in printed:  # Markdown turns tabs into spaces: the page would differ from the reader's run
        found.append("printed a tab character; print it with .expandtabs(4)")
    if table and printed.strip():
        try:
            mdtable.columns(printed)
        except mdtable.TableError as error:
            found.append(str(error))
    return found

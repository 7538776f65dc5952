"""After both languages are built: the English pages load the Chinese root's copy of the assets.

    python -m scripts.pages.share_assets site

Both builds copy the same theme and site assets (one custom_dir, one Material), so a reader who
switches language would download about 300 kB twice. The English pages' asset URLs are pointed one
folder up, at the root's identical files, and site/en/assets/ is removed. It refuses, naming the
file, if the two copies differ. A single-language build (`make serve`) keeps its own assets.
"""
from __future__ import annotations

import filecmp
import re
import shutil
import sys
from pathlib import Path

RELATIVE = re.compile(r"""(["'])((?:\.\./)*)assets/""")  # from a page of the English site: its own assets/
ABSOLUTE = re.compile(r"""(["'][^"'\s]*?/)en/assets/""")  # the 404 page's URLs are absolute


def differing(site: Path) -> list[Path]:
    """The English site's asset files that the root lacks or holds in another version."""
    own, found = site / "en" / "assets", []
    for path in own.rglob("*"):
        twin = site / "assets" / path.relative_to(own)
        if path.is_file() and not (twin.is_file() and filecmp.cmp(path, twin, shallow=False)):
            found.append(path)
    return found


def share(site: Path) -> int:
    """Point every English page at the root's assets; the number of pages rewritten."""
    own = site / "en" / "assets"
    if not own.is_dir():
        return 0
    mismatched = differing(site)
    if mismatched:
        raise SystemExit(f"share_assets: {mismatched[0]} differs from the root's copy; both languages must ship the same assets")
    pages = list((site / "en").rglob("*.html"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        page.write_text(ABSOLUTE.sub(r"\1assets/", RELATIVE.sub(r"\1\2../assets/", text)), encoding="utf-8")
    shutil.rmtree(own)
    return len(pages)


if __name__ == "__main__":
    print(f"share_assets: {share(Path(sys.argv[1]))} English pages now load the root's assets")

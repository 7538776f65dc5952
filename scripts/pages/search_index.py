"""A fix-up of the Chinese search index, for a gap in Material's query segmentation.

Material splits a Chinese query into words it finds in the index, but never tries a word
that ends at the query's last character: in 张量复制 it keeps 张量 and drops 复制. With
every section's Chinese characters indexed one by one in an extra, undisplayed field
(`han`, declared in mkdocs.yml), the dropped tail still contributes its first character,
which matches as a prefix (复 → 复制), and the page that has both words ranks first.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FIELD = "han"


def add_han_characters(site_dir: str) -> int:
    """Fill the `han` field of every entry; return how many entries have Chinese characters."""
    path = Path(site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    filled = 0
    for doc in index["docs"]:
        characters = dict.fromkeys(HAN.findall(doc["title"] + doc["text"]))  # unique, in order
        doc[FIELD] = "\u200b".join(characters)
        filled += bool(characters)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return filled

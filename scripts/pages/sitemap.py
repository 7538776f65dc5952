"""Adds each page's counterparts in the other languages to a build's sitemap (hreflang alternates)."""
from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def root_url(site_url: str, alternates: list[dict]) -> str:
    """The whole site's root: where the first language (the root language) lives."""
    return urljoin(site_url, alternates[0]["link"])


def add_alternates(site_dir: str, site_url: str, alternates: list[dict]) -> int:
    """Rewrite sitemap.xml and sitemap.xml.gz with <xhtml:link rel="alternate"> entries; return URLs done."""
    path = Path(site_dir) / "sitemap.xml"
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    tree = ET.parse(path)
    urls = tree.getroot().findall(f"{{{SITEMAP}}}url")
    for url in urls:
        relative = url.find(f"{{{SITEMAP}}}loc").text[len(site_url):]
        for alternate in alternates:
            href = urljoin(urljoin(site_url, alternate["link"]), relative)
            ET.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang=alternate["lang"], href=href)
        default = urljoin(urljoin(site_url, alternates[0]["link"]), relative)
        ET.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang="x-default", href=default)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with gzip.GzipFile(path.with_suffix(".xml.gz"), "wb", mtime=0) as compressed:  # mtime 0: reproducible
        compressed.write(path.read_bytes())
    return len(urls)

"""Each page's counterparts in the other languages (hreflang alternates) go in the build's sitemap, and
nowhere else.

Material's own hreflang links, in every page's <head>, name each language's home page rather than the
page's counterpart, and its bundle fetches and parses the sitemap of every language they name on each
page load, for a language switch that site.js replaces. The sitemap names the counterparts page by
page, so those links are dropped, and it is kept small: Material still parses this language's sitemap
on every load, for instant navigation.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
HEAD_ALTERNATE = re.compile(r'\n?[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def without_head_alternates(html: str) -> str:
    """The page without Material's <head> hreflang links to each language's home page."""
    return HEAD_ALTERNATE.sub("", html)


def root_url(site_url: str, alternates: list[dict]) -> str:
    """The whole site's root: where the first language (the root language) lives."""
    return urljoin(site_url, alternates[0]["link"])


def add_alternates(site_dir: str, site_url: str, alternates: list[dict]) -> int:
    """Rewrite sitemap.xml and sitemap.xml.gz with <xhtml:link rel="alternate"> entries and without
    <lastmod> (every page's would be the build's date, which tells a crawler nothing); return URLs done."""
    path = Path(site_dir) / "sitemap.xml"
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    tree = ET.parse(path)
    urls = tree.getroot().findall(f"{{{SITEMAP}}}url")
    for url in urls:
        relative = url.find(f"{{{SITEMAP}}}loc").text[len(site_url):]
        for lastmod in url.findall(f"{{{SITEMAP}}}lastmod"):
            url.remove(lastmod)
        for alternate in alternates:
            href = urljoin(urljoin(site_url, alternate["link"]), relative)
            ET.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang=alternate["lang"], href=href)
        default = urljoin(urljoin(site_url, alternates[0]["link"]), relative)
        ET.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang="x-default", href=default)
    for element in tree.iter():  # no indentation: it would be parsed too
        element.text = element.text.strip() if element.text else None
        element.tail = None
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with gzip.GzipFile(path.with_suffix(".xml.gz"), "wb", mtime=0) as compressed:  # mtime 0: reproducible
        compressed.write(path.read_bytes())
    return len(urls)

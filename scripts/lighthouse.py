"""`make lighthouse`: Lighthouse scores, on mobile, for the home page, a topic page and its notebook page in each language.

Builds both languages for a local address (so canonical links and sitemaps point at the
server under test), serves the site on loopback with gzip, runs the pinned npm `lighthouse` with
Debian's Chromium, prints the four category scores per page and checks each is >= 95.
"""
from __future__ import annotations

import functools
import gzip
import io
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.pages import share_assets  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = ["", "tensor-copies/", "notebooks/tensor-copies/", "en/", "en/tensor-copies/", "en/notebooks/tensor-copies/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGET = 95
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves text gzip-compressed, as any real host (GitHub Pages included) does; Lighthouse's
    simulated mobile network would otherwise charge every page for uncompressed CSS and JS."""

    COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if path.suffix not in self.COMPRESSED or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build(site: Path, origin: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"{origin}/"}
    for config, target in (("mkdocs.yml", site), ("mkdocs.en.yml", site / "en")):
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", str(target)],
                       cwd=ROOT, env=env, check=True)
    share_assets.share(site)


def scores(url: str, report: Path, failing: dict[str, set[str]]) -> dict[str, int]:
    """The four scores of one page; audits that cost points are added to `failing`."""
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    categories, audits = result["categories"], result["audits"]
    for name in CATEGORIES:
        for ref in categories[name]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                failing.setdefault(f"{name}: {audit['title']}", set()).add(url)
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}


def main() -> int:
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as temporary:
        site = Path(temporary) / "site"
        build(site, origin)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(CompressingHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        failing: dict[str, set[str]] = {}
        try:
            results = {page or "/": scores(f"{origin}/{page}", Path(temporary) / "report.json", failing) for page in PAGES}
        finally:
            server.shutdown()
    print(f"{'page':30}" + "".join(f"{name:>16}" for name in CATEGORIES))
    for page, values in results.items():
        print(f"{page:30}" + "".join(f"{values[name]:>16}" for name in CATEGORIES))
    for audit, urls in sorted(failing.items()):
        print(f"  losing points: {audit} ({len(urls)} pages)")
    missed = [(page, name, value) for page, values in results.items() for name, value in values.items() if value < TARGET]
    for page, name, value in missed:
        print(f"below {TARGET}: {page} {name} {value}")
    print(f"lighthouse (mobile): {'all' if not missed else 'not all'} scores >= {TARGET}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

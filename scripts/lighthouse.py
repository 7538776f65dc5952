"""`make lighthouse`: Lighthouse scores on mobile for every page type in each language: home, a
topic, its notebook page, the Function index, the claims ledger and a page of it.

Builds both languages for a local address (so canonical links and sitemaps point at the
server under test), serves the site on loopback with gzip, runs the pinned npm `lighthouse` with
Debian's Chromium three times per page (the score follows the machine's load: the lowest is kept),
prints the four category scores and the compressed weight of the first load (HTML, CSS, JS and
fonts), and checks each score is >= 95 and each weight <= 150 kB.
"""
from __future__ import annotations

import functools
import gzip
import io
import http.server
import json
import os
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
PAGE_TYPES = ["", "tensor-copies/", "notebooks/tensor-copies/", "functions/", "claims/", "claims/tensor-copies/"]
PAGES = PAGE_TYPES + [f"en/{page}" for page in PAGE_TYPES]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGET = 95
RUNS = 3
FIRST_LOAD = {"Document", "Stylesheet", "Script", "Font"}  # what the 150 kB counts
WEIGHT_LIMIT = 150_000
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


def build(site: Path, origin: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"{origin}/"}
    for config, target in (("mkdocs.yml", site), ("mkdocs.en.yml", site / "en")):
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", str(target)],
                       cwd=ROOT, env=env, check=True)
    share_assets.share(site)


def scores(url: str, report: Path, failing: dict[str, set[str]]) -> dict[str, int]:
    """The four scores of one page and its first load's weight in bytes ("weight"); audits that cost
    points are added to `failing`."""
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
    requests = audits["network-requests"]["details"]["items"]
    weight = sum(item.get("transferSize", 0) for item in requests if item.get("resourceType") in FIRST_LOAD)
    return {**{name: round(categories[name]["score"] * 100) for name in CATEGORIES}, "weight": weight}


def lowest(runs: list[dict[str, int]]) -> dict[str, int]:
    return {name: (max if name == "weight" else min)(run[name] for run in runs) for name in runs[0]}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as temporary:
        site = Path(temporary) / "site"
        # Bound before the build, which needs the address: nothing else can take the port meanwhile.
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CompressingHandler, directory=str(site)))
        origin = f"http://127.0.0.1:{server.server_port}"
        build(site, origin)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        failing: dict[str, set[str]] = {}
        try:
            report = Path(temporary) / "report.json"
            results = {page or "/": lowest([scores(f"{origin}/{page}", report, failing) for _ in range(RUNS)]) for page in PAGES}
        finally:
            server.shutdown()
    print(f"lowest of {RUNS} runs per page")
    print(f"{'page':30}" + "".join(f"{name:>16}" for name in CATEGORIES) + f"{'first load':>14}")
    for page, values in results.items():
        print(f"{page:30}" + "".join(f"{values[name]:>16}" for name in CATEGORIES) + f"{values['weight'] / 1000:>11.1f} kB")
    for audit, urls in sorted(failing.items()):
        print(f"  losing points: {audit} ({len(urls)} pages)")
    missed = [(page, name, value) for page, values in results.items() for name, value in values.items()
              if name != "weight" and value < TARGET]
    heavy = [(page, values["weight"]) for page, values in results.items() if values["weight"] > WEIGHT_LIMIT]
    for page, name, value in missed:
        print(f"below {TARGET}: {page} {name} {value}")
    for page, weight in heavy:
        print(f"over {WEIGHT_LIMIT // 1000} kB: {page} {weight / 1000:.1f} kB")
    print(f"lighthouse (mobile): {'all' if not missed else 'not all'} scores >= {TARGET}; "
          f"{'every' if not heavy else 'not every'} first load <= {WEIGHT_LIMIT // 1000} kB")
    return 1 if missed or heavy else 0


if __name__ == "__main__":
    sys.exit(main())

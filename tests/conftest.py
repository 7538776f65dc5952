"""Shared fixtures: standalone snippet runs, a strict build of both languages, throwaway projects."""
from __future__ import annotations

import http.server
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.pages import share_assets  # noqa: E402
from scripts.runner import cache  # noqa: E402
SNIPPETS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "snippets").rglob("*.py"))
ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONUNBUFFERED": "1"}


def run_cold(code: str) -> subprocess.CompletedProcess:
    """`python copied.py` in a new interpreter, in an empty folder, exactly as a reader would run it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copied.py"
        path.write_text(code, encoding="utf-8")
        return subprocess.run([sys.executable, str(path)], cwd=folder, capture_output=True, text=True, timeout=300)


def built_output(site: Path, snippet: str) -> str:
    """What `snippet` printed in the build of `site`: its isolated run, as that build's cache holds it.

    The build's run stands for a reader's: tests/test_snippets.py proves the two agree, on a cold
    interpreter per topic and for every snippet's imports.
    """
    found = cache.load(cache.key(snippet), folder=site.parent / "exec-cache")
    assert found is not None, f"{snippet}: the build of {site} holds no run of it"
    return found.output


def build(project: Path, lang: str, site: Path, **env: str) -> subprocess.CompletedProcess:
    """A strict build of one language; `env` adds settings such as SNIPPET_CACHE."""
    config = "mkdocs.yml" if lang == "zh" else "mkdocs.en.yml"
    target = site if lang == "zh" else site / "en"
    env.setdefault("SNIPPET_CACHE", str(site.parent / "exec-cache"))  # never the checkout's own cache
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(target)],
        cwd=project, capture_output=True, text=True, env={**ENV, **env}, timeout=1200,
    )


def exec_report(site: Path) -> dict:
    return json.loads((site / "exec-report.json").read_text(encoding="utf-8"))


FIXED_DATE = "1764115200"  # SOURCE_DATE_EPOCH: builds compared byte for byte share a date


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder the server was pointed at (`server.site_dir`), quietly."""

    def __init__(self, request, address, server):
        super().__init__(request, address, server, directory=server.site_dir)

    def log_message(self, *args):
        pass


# The site is built for the address the browser tests serve it from: Material's instant
# navigation and language sitemaps only treat URLs under the site's own URL as internal. The
# server binds its port now, when the address is chosen, so that nothing else can take it before
# the browser tests start serving (tests/test_browser.py, fixture `origin`).
SERVER = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler, bind_and_activate=True)
SITE_URL = f"http://127.0.0.1:{SERVER.server_port}/"


def build_site(out: Path) -> Path:
    """Both languages, with the cache beside `out` (empty unless a test filled it), as `make site` builds them."""
    for lang in ("zh", "en"):
        result = build(ROOT, lang, out, SOURCE_DATE_EPOCH=FIXED_DATE, SITE_URL=SITE_URL)
        assert result.returncode == 0, f"{lang} build failed:\n{result.stdout}\n{result.stderr}"
    share_assets.share(out)  # as `make site` does: the English pages load the root's assets
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Both languages built strictly from this checkout with an empty cache: Chinese at the root, English under en/."""
    return build_site(tmp_path_factory.mktemp("built") / "site")


def make_project(root: Path, pages: dict[str, str], snippets: dict[str, str]) -> Path:
    """A throwaway copy of the site machinery with the given pages (same text in both languages)."""
    from scripts.preview_topic import copy_machinery  # here, not at the top: it needs PyYAML, which the GPU machine lacks

    copy_machinery(root)
    for lang in ("zh", "en"):
        for page, text in pages.items():
            path = root / "docs" / lang / page
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for name, code in snippets.items():
        path = root / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")
    return root


def exec_page(*snippets: str) -> str:
    blocks = "\n".join(f'```python exec="on"\n--8<-- "snippets/{name}"\n```\n' for name in snippets)
    return f"# Page\n\n## Blocks {{#blocks}}\n\n{blocks}"


def pytest_terminal_summary(terminalreporter):
    """List GPU and other-version results whose snippet changed since their run (STRICT_GPU=1 and
    STRICT_VERSIONS=1 make the build fail on them)."""
    from scripts.runner import bundle as bundles, snippet_files

    digests = {path: snippet_files.digest(path) for path in snippet_files.all_snippets()}
    gpu_summary(terminalreporter, bundles, {path: digest for path, digest in digests.items() if snippet_files.gpu_capable(path)})
    versions_summary(terminalreporter, bundles, digests)


def gpu_summary(terminalreporter, bundles, capable: dict[str, str]) -> None:
    terminalreporter.section("GPU results")
    try:
        bundle = bundles.newest(ROOT)
    except bundles.BundleError as error:
        terminalreporter.write_line(f"broken bundle: {error}")
        return
    if bundle is None:
        terminalreporter.write_line("no GPU bundle yet: GPU-capable blocks say they have not run on a GPU (run `make gpu` on a CUDA machine)")
        return
    stale, failed = bundles.stale(bundle, capable), bundles.failed(bundle, capable)
    terminalreporter.write_line(
        f"bundle of {bundle['date']} on {bundle['device']['name']}: {len(stale)} stale, {len(failed)} failed"
    )
    for path in stale:
        terminalreporter.write_line(f"  stale: {path}")
    for path in failed:
        terminalreporter.write_line(f"  failed: {path}")


def versions_summary(terminalreporter, bundles, digests: dict[str, str]) -> None:
    from scripts.pages import versions

    terminalreporter.section("Other torch versions")
    try:
        found = versions.load(ROOT)
    except bundles.BundleError as error:
        terminalreporter.write_line(f"broken bundle: {error}")
        return
    for bundle in found:
        stale = bundles.stale(bundle, digests)
        missing = [path for path, digest in digests.items() if bundles.find(bundle, path, digest).status == "none"]
        terminalreporter.write_line(f"torch {bundle['torch']}, run {bundle['date']}: {len(stale)} stale, {len(missing)} not run "
                                    "(`make versions VERSIONS_ARGS=--resume` runs them)")
        for path in stale:
            terminalreporter.write_line(f"  stale: {path}")

"""The GPU pipeline: the runner's bundle, its validation, staleness, and the tabs it renders.

Bundles here are made by running the runner's own code (on the CPU, or on CUDA where
there is one), never written by hand.
"""
import copy
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading

import pytest
import torch
from bs4 import BeautifulSoup

from pathlib import Path

from conftest import ROOT, build, make_project
from scripts.runner import bundle as gpu_bundle

GPU_SNIPPET = (
    "import torch\n\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\n"
    "print(torch.ones(3, device=device).sum().item())\n"
)
BENCH = (
    'sizes = [10, 1_000, 100_000]\ngpu = true\nbytes = "4 * n"\nmin_run_time = 0.01\n\n'
    '[cases]\n"ones" = "torch.ones(n, device=device)"\n'
)
PLAIN_SNIPPET = "print('runs wherever it is')\n"  # not GPU-capable: a notebook cell all the same
PAGE = (
    "# GPU\n\n## Blocks {#blocks}\n\n"
    '```python exec="on"\n--8<-- "snippets/demo/on_gpu.py"\n```\n\n'
    '```python exec="on"\n--8<-- "snippets/demo/plain.py"\n```\n\n'
    '```python exec="on" chart="n|µs"\n--8<-- "snippets/demo/tiny.bench.toml"\n```\n'
)


SNIPPETS = {"demo/on_gpu.py": GPU_SNIPPET, "demo/plain.py": PLAIN_SNIPPET, "demo/tiny.bench.toml": BENCH,
            "demo/gpu-capable.txt": "on_gpu.py\n"}  # which .py snippets run on CUDA: outside their code


def run_runner(project, *args, **env):
    return subprocess.run(
        [sys.executable, "-m", "scripts.runner.gpu_run", *args], cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, **env},
    )


@pytest.fixture(scope="module")
def bundled_project(tmp_path_factory):
    """A project whose bundle the runner made on the CPU, standing in for a GPU. Never changed: copy it to change it."""
    project = make_project(tmp_path_factory.mktemp("gpu") / "p", {"index.md": PAGE}, SNIPPETS)
    result = run_runner(project, "--device", "cpu")
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def bundled_site(bundled_project, tmp_path_factory):
    """The bundled project built once in English, for the tests that only read the result."""
    site = tmp_path_factory.mktemp("gpu-site") / "site"
    assert build(bundled_project, "en", site).returncode == 0
    return site


@pytest.fixture
def cpu_bundle_project(bundled_project, tmp_path):
    """A copy of the bundled project for one test, which it may edit."""
    return Path(shutil.copytree(bundled_project, tmp_path / "p"))


def bundle_path(project):
    (path,) = (project / "gpu-results").glob("*/bundle.json")
    return path


def test_runner_writes_a_valid_bundle(cpu_bundle_project):
    path = bundle_path(cpu_bundle_project)
    bundle = gpu_bundle.load(path)
    assert path.parent.name == gpu_bundle.slug(bundle["device"]["name"])
    assert bundle["torch"] == torch.__version__ and bundle["device"]["copy_gbps"] > 0 and bundle["device"]["h2d_gbps"] > 0
    kinds = sorted((r["path"], r["kind"]) for r in bundle["results"].values())
    assert kinds == [
        ("snippets/demo/on_gpu.py", "snippet"), ("snippets/demo/plain.py", "snippet"), ("snippets/demo/tiny.bench.toml", "benchmark")
    ]


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda b: b.update(schema=99), "unknown schema version 99"),
        (lambda b: b.pop("torch"), "fields"),
        (lambda b: b["device"].pop("h2d_gbps"), "device must hold"),
        (lambda b: b.update(date="yesterday"), "is not YYYY-MM-DD"),
        (lambda b: b["results"].update({"not-a-digest": {}}), "sha256"),
        (lambda b: next(iter(b["results"].values())).pop("path"), "lacks kind, path"),
        (lambda b: next(iter(b["results"].values())).update(kind="failure", error="x"), "has no status"),
    ],
)
def test_validation_names_the_file_and_the_fault(cpu_bundle_project, damage, message):
    path = bundle_path(cpu_bundle_project)
    bundle = copy.deepcopy(json.loads(path.read_text()))
    damage(bundle)
    with pytest.raises(gpu_bundle.BundleError, match=message) as error:
        gpu_bundle.validate(bundle, path)
    assert str(path) in str(error.value)


def test_gpu_tabs_render_from_the_bundle(bundled_project, bundled_site):
    html = (bundled_site / "en" / "index.html").read_text(encoding="utf-8")
    bundle = gpu_bundle.load(bundle_path(bundled_project))
    title = f"GPU ({bundle['device']['name']})</label>"
    ran = f"Run on {bundle['device']['name']} with torch {bundle['torch']}, {bundle['date']}."
    assert html.count(title) == 2 and html.count("CPU (this build)") == 2
    assert html.count(ran) == 1  # under the output, not under the chart, whose caption names the run
    assert html.count('data-gpu="current"') == 2
    speedup = f"speed-up over CPU (CPU: torch {torch.__version__}, GPU: torch {bundle['torch']}) · ones"
    assert speedup in html and "bandwidth (share of the measured device copy peak) · ones" in html
    page = BeautifulSoup(html, "html.parser")
    block = page.select_one('div.exec-block[data-snippet="demo/on_gpu.py"]')
    panels = block.select(".tabbed-block")
    (printed,) = [r["output"] for r in bundle["results"].values() if r["path"] == "snippets/demo/on_gpu.py"]
    assert len(panels) == 2 and panels[1].select_one("pre").get_text() == printed  # the GPU tab shows the bundle's run


def test_a_tapped_gpu_tab_switches_only_its_own_block(bundled_site):
    """Tabs with equal labels must not switch together: a tap on one block never hides another's CPU output."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(bundled_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with playwright_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            address = f"http://127.0.0.1:{server.server_port}/en/"
            page.goto(address)
            block, chart = page.locator('[data-snippet="demo/on_gpu.py"]'), page.locator('[data-snippet="demo/tiny.bench.toml"]')
            block.locator(".tabbed-labels label").nth(1).click()
            assert block.locator(".tabbed-block").nth(1).is_visible()
            assert chart.locator(".tabbed-block").nth(0).is_visible() and not chart.locator(".tabbed-block").nth(1).is_visible()
            page.goto(address + "?again")  # and nothing is remembered for the next visit
            assert block.locator(".tabbed-block").nth(0).is_visible()
            browser.close()
    finally:
        server.shutdown()


def test_a_topic_whose_cells_all_ran_gets_a_gpu_notebook(bundled_project, bundled_site):
    site = bundled_site / "en"
    bundle = gpu_bundle.load(bundle_path(bundled_project))
    page = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    label = f"GPU run ({bundle['device']['name']}, {bundle['date']})"
    (link,) = [a for a in page.select("nav.notebook-links a") if a.get_text(strip=True) == label]
    assert link["href"].endswith("notebooks/index-gpu/")
    notebook = json.loads((site / "notebooks/index-gpu/index-gpu.ipynb").read_text(encoding="utf-8"))
    assert f"{bundle['device']['name']}, torch {bundle['torch']}, CUDA {bundle['cuda']}, {bundle['date']}" in notebook["cells"][0]["source"]
    printed = [cell["outputs"][0]["text"] for cell in notebook["cells"] if cell["cell_type"] == "code"]
    by_path = {result["path"]: result["output"] for result in bundle["results"].values() if result["kind"] == "snippet"}
    assert printed == [by_path["snippets/demo/on_gpu.py"], by_path["snippets/demo/plain.py"]]
    assert (site / "notebooks/index-gpu/index.html").exists()


def test_an_edited_snippet_shows_a_stale_result(cpu_bundle_project, tmp_path):
    project = cpu_bundle_project
    snippet = project / "snippets/demo/on_gpu.py"
    original = snippet.read_text()
    snippet.write_text(original.replace("ones(3", "ones(4"))
    try:
        assert build(project, "en", tmp_path / "site").returncode == 0
        html = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")
        date = gpu_bundle.load(bundle_path(project))["date"]
        block = BeautifulSoup(html, "html.parser").select_one('div.exec-block[data-snippet="demo/on_gpu.py"]')
        assert block["data-gpu"] == "stale" and not block.select(".tabbed-set")  # no tab for a result of other code
        assert block.select_one("p.gpu-note").get_text() == f"This example's GPU run of {date} predates its current code, so it is not shown; what you see above is this build's CPU run."
        assert not (tmp_path / "site/en/notebooks/index-gpu").exists() and "GPU run (" not in html  # no stale notebook
        strict = build(project, "en", tmp_path / "strict", STRICT_GPU="1")
        assert strict.returncode != 0 and "GPU result for snippets/demo/on_gpu.py is stale" in strict.stderr
    finally:
        snippet.write_text(original)


def test_without_a_bundle_the_gpu_tab_says_so(tmp_path):
    project = make_project(tmp_path / "p", {"index.md": PAGE}, SNIPPETS)
    assert build(project, "zh", tmp_path / "site").returncode == 0
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert html.count('data-gpu="none"') == 2 and html.count("这个例子还没有在 GPU 上运行过") == 2
    assert "tabbed-set" not in html  # no empty GPU tab to tap


@pytest.mark.parametrize("damage, message", [(lambda text: text[: len(text) // 2], "truncated"), (lambda text: text.replace('"schema": 2', '"schema": 3'), "unknown schema")])
def test_a_broken_bundle_stops_the_build_before_any_page(cpu_bundle_project, tmp_path, damage, message):
    path = bundle_path(cpu_bundle_project)
    original = path.read_text()
    path.write_text(damage(original))
    try:
        result = build(cpu_bundle_project, "zh", tmp_path / "site")
    finally:
        path.write_text(original)
    assert result.returncode != 0 and message in result.stderr and "bundle.json" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_committed_bundles_are_valid():
    gpu_bundle.newest(ROOT)  # raises, naming the file, on any broken bundle


# Each fails only in the rehearsal's run (REHEARSAL=1, standing for the GPU), so the site build can render them.
ONLY_THERE = "import os\n\nprint('fine on the CPU')\nif os.environ.get('REHEARSAL'):\n    "
REHEARSAL = {
    "demo/raises.py": ONLY_THERE + "raise RuntimeError('CUDA error: no kernel image is available')\n",
    "demo/hangs.py": ONLY_THERE + "import time; time.sleep(600)\n",
    "demo/crashes.py": ONLY_THERE + "os._exit(3)\n",
    "demo/silent.py": "import os\n\nif not os.environ.get('REHEARSAL'):\n    print('fine on the CPU')\n",
    "demo/on_gpu.py": GPU_SNIPPET,
    "demo/warns.bench.toml": (
        'setup = "import warnings; warnings.warn(\'a stray warning\')"\nsizes = [10, 1_000, 100_000]\ngpu = true\n'
        'min_run_time = 0.01\n\n[cases]\n"ones" = "torch.ones(n, device=device)"\n'
    ),
    "other/plain.py": PLAIN_SNIPPET,
    "demo/gpu-capable.txt": "raises.py\nhangs.py\ncrashes.py\nsilent.py\non_gpu.py\n",
}
CHART = ' chart="n|µs"'
REHEARSAL_PAGE = "# GPU\n\n## Blocks {#blocks}\n\n" + "".join(
    f'```python exec="on"{CHART if name.endswith(".toml") else ""}\n--8<-- "snippets/{name}"\n```\n\n'
    for name in REHEARSAL if name.startswith("demo/") and not name.endswith(".txt")
)
CPU_ONLY_PAGE = '# CPU only\n\n## Blocks {#blocks}\n\n```python exec="on"\n--8<-- "snippets/other/plain.py"\n```\n'


def progress(printed: str) -> list[tuple[str, str]]:
    """(status, path) of each progress line the runner printed."""
    found = []
    for line in printed.splitlines():
        paths = [word for word in line.split() if word.startswith("snippets/")]
        if paths and not line.startswith("make gpu"):
            found.append((line.split()[0], paths[0]))
    return found


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory):
    """`make gpu --device cpu` on a project with a snippet that raises, one that hangs, one that crashes."""
    project = make_project(tmp_path_factory.mktemp("rehearsal") / "p", {"index.md": REHEARSAL_PAGE, "cpu.md": CPU_ONLY_PAGE}, REHEARSAL)
    result = run_runner(project, "--device", "cpu", "--timeout", "5", REHEARSAL="1")
    assert result.returncode == 0, result.stderr
    return project, result.stdout


def test_rehearsal_records_failures_and_keeps_everything_else(rehearsal):
    project, printed = rehearsal
    bundle = gpu_bundle.load(bundle_path(project))
    by_path = {r["path"]: r for r in bundle["results"].values()}
    assert by_path["snippets/demo/raises.py"] == {
        "path": "snippets/demo/raises.py", "kind": "failure", "status": "exception",
        "error": "RuntimeError: CUDA error: no kernel image is available", "ran": [], "claims": [],
        "output": "fine on the CPU\n",  # what it printed before it raised
    }
    assert by_path["snippets/demo/hangs.py"]["status"] == "timeout" and "5 s limit" in by_path["snippets/demo/hangs.py"]["error"]
    assert by_path["snippets/demo/crashes.py"]["status"] == "crash" and "exit code 3" in by_path["snippets/demo/crashes.py"]["error"]
    assert by_path["snippets/demo/silent.py"]["status"] == "output" and "printed nothing" in by_path["snippets/demo/silent.py"]["error"]
    assert by_path["snippets/demo/on_gpu.py"]["kind"] == "snippet"
    assert by_path["snippets/demo/warns.bench.toml"]["kind"] == "benchmark"  # a warning no longer spoils the figures
    assert "snippets/other/plain.py" not in by_path  # no GPU cell on its page: only with --scope all
    assert sorted(status for status, _ in progress(printed)) == ["crash", "exception", "ok", "ok", "output", "timeout"]
    logged = (bundle_path(project).parent / "results.jsonl").read_text().splitlines()
    assert len(logged) == 6


def test_rehearsal_bundle_renders_and_says_what_failed(rehearsal, tmp_path):
    project, _ = rehearsal
    result = build(project, "en", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "site/en/index.html").read_text(encoding="utf-8"), "html.parser")
    block = page.select_one('div.exec-block[data-snippet="demo/raises.py"]')
    assert block["data-gpu"] == "failed"
    gpu_tab = block.select(".tabbed-block")[1].get_text(" ", strip=True)
    assert "This snippet failed on the GPU" in gpu_tab and "RuntimeError: CUDA error: no kernel image is available" in gpu_tab
    strict = build(project, "en", tmp_path / "strict", STRICT_GPU="1")
    assert strict.returncode != 0 and "GPU result for snippets/demo/raises.py is a failure" in strict.stderr


def test_no_gpu_notebook_for_a_topic_without_gpu_cells(rehearsal, tmp_path):
    project, _ = rehearsal
    shutil.copytree(project, tmp_path / "p")
    run_runner(tmp_path / "p", "--device", "cpu", "--scope", "all", "--resume", "--timeout", "5", REHEARSAL="1")
    bundle = gpu_bundle.load(bundle_path(tmp_path / "p"))
    assert "snippets/other/plain.py" in {r["path"] for r in bundle["results"].values()}  # it ran, all its page's cells
    assert build(tmp_path / "p", "en", tmp_path / "site").returncode == 0
    assert not (tmp_path / "site/en/notebooks/cpu-gpu").exists()


def test_resume_runs_only_what_failed_or_is_missing(rehearsal, tmp_path):
    project = Path(shutil.copytree(rehearsal[0], tmp_path / "p"))
    result = run_runner(project, "--device", "cpu", "--timeout", "5", "--resume", REHEARSAL="1")
    assert sorted(path for _, path in progress(result.stdout)) == [
        "snippets/demo/crashes.py", "snippets/demo/hangs.py", "snippets/demo/raises.py", "snippets/demo/silent.py",
    ]
    assert len(gpu_bundle.load(bundle_path(project))["results"]) == 6


def test_past_the_budget_no_item_starts_and_the_bundle_is_written(tmp_path):
    project = make_project(tmp_path / "p", {"index.md": PAGE}, SNIPPETS)
    result = run_runner(project, "--device", "cpu", "--budget", "0")
    assert result.returncode == 0 and "budget of 0 s spent; 3 items not started" in result.stdout
    assert gpu_bundle.load(bundle_path(project))["results"] == {}

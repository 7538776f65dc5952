"""The GPU pipeline: the runner's bundle, its validation, staleness, and the tabs it renders.

Bundles here are made by running the runner's own code (on the CPU, or on CUDA where
there is one), never written by hand.
"""
import copy
import json
import subprocess
import sys

import pytest
import torch
from bs4 import BeautifulSoup

from conftest import ROOT, build, make_project
from scripts import gpu_bundle

GPU_SNIPPET = (
    "# gpu-capable\nimport torch\n\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\n"
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


SNIPPETS = {"demo/on_gpu.py": GPU_SNIPPET, "demo/plain.py": PLAIN_SNIPPET, "demo/tiny.bench.toml": BENCH}


def run_runner(project, *args):
    return subprocess.run(
        [sys.executable, "-m", "scripts.gpu_runner", *args], cwd=project, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def cpu_bundle_project(tmp_path_factory):
    """A project whose bundle the runner made on the CPU, standing in for a GPU, from its committed notebooks."""
    project = make_project(tmp_path_factory.mktemp("gpu") / "p", {"index.md": PAGE}, SNIPPETS)
    notebooks = subprocess.run([sys.executable, "-m", "scripts.notebooks"], cwd=project, capture_output=True, text=True)
    assert notebooks.returncode == 0, notebooks.stderr
    result = run_runner(project, "--device", "cpu")
    assert result.returncode == 0, result.stderr
    return project


def bundle_path(project):
    (path,) = (project / "gpu-results").glob("*/bundle.json")
    return path


def test_runner_writes_a_valid_bundle(cpu_bundle_project):
    path = bundle_path(cpu_bundle_project)
    bundle = gpu_bundle.load(path)
    assert path.parent.name == gpu_bundle.slug(bundle["device"]["name"])
    assert bundle["torch"] == torch.__version__ and bundle["device"]["copy_gbps"] > 0
    kinds = sorted((r["path"], r["kind"]) for r in bundle["results"].values())
    assert kinds == [
        ("snippets/demo/on_gpu.py", "snippet"), ("snippets/demo/plain.py", "snippet"), ("snippets/demo/tiny.bench.toml", "benchmark")
    ]


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda b: b.update(schema=99), "unknown schema version 99"),
        (lambda b: b.pop("torch"), "fields"),
        (lambda b: b["device"].pop("copy_gbps"), "device must hold"),
        (lambda b: b.update(date="yesterday"), "is not YYYY-MM-DD"),
        (lambda b: b["results"].update({"not-a-digest": {}}), "sha256"),
        (lambda b: next(iter(b["results"].values())).pop("path"), "lacks kind, path"),
    ],
)
def test_validation_names_the_file_and_the_fault(cpu_bundle_project, damage, message):
    path = bundle_path(cpu_bundle_project)
    bundle = copy.deepcopy(json.loads(path.read_text()))
    damage(bundle)
    with pytest.raises(gpu_bundle.BundleError, match=message) as error:
        gpu_bundle.validate(bundle, path)
    assert str(path) in str(error.value)


def test_gpu_tabs_render_from_the_bundle(cpu_bundle_project, tmp_path):
    assert build(cpu_bundle_project, "en", tmp_path / "site").returncode == 0
    html = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")
    bundle = gpu_bundle.load(bundle_path(cpu_bundle_project))
    title = f"GPU ({bundle['device']['name']}, torch {bundle['torch']}, {bundle['date']})"
    assert html.count(title) == 2 and html.count("CPU (this build)") == 2
    assert html.count('data-gpu="current"') == 2
    assert "speed-up over CPU · ones" in html and "bandwidth (of measured peak) · ones" in html
    assert "6.0" in html  # the snippet's GPU-tab output


def test_a_topic_whose_cells_all_ran_gets_a_gpu_notebook(cpu_bundle_project, tmp_path):
    assert build(cpu_bundle_project, "en", tmp_path / "site").returncode == 0
    site = tmp_path / "site" / "en"
    bundle = gpu_bundle.load(bundle_path(cpu_bundle_project))
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
        assert 'data-gpu="stale"' in html and f"GPU (stale, run of {date})" in html
        assert "changed after its GPU run" in html
        assert not (tmp_path / "site/en/notebooks/index-gpu").exists() and "GPU run (" not in html  # no stale notebook
        strict = build(project, "en", tmp_path / "strict", STRICT_GPU="1")
        assert strict.returncode != 0 and "GPU result for snippets/demo/on_gpu.py is stale" in strict.stderr
    finally:
        snippet.write_text(original)


def test_without_a_bundle_the_gpu_tab_says_so(tmp_path):
    project = make_project(tmp_path / "p", {"index.md": PAGE}, SNIPPETS)
    assert build(project, "zh", tmp_path / "site").returncode == 0
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert html.count('data-gpu="none"') == 2 and html.count("还没有 GPU 运行结果") == 2


@pytest.mark.parametrize("damage, message", [(lambda text: text[: len(text) // 2], "truncated"), (lambda text: text.replace('"schema": 1', '"schema": 2'), "unknown schema")])
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


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the message on machines without CUDA")
def test_make_gpu_refuses_without_cuda(tmp_path):
    result = run_runner(ROOT, "--out", str(tmp_path))
    assert result.returncode == 2 and "no CUDA device" in result.stderr
    assert not (tmp_path / "gpu-results").exists()


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_runner_on_cuda(tmp_path):
    result = run_runner(ROOT, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    bundle = gpu_bundle.load(bundle_path(tmp_path))
    assert bundle["device"]["name"] == torch.cuda.get_device_name(0)
    assert bundle["cuda"] == torch.version.cuda and bundle["device"]["copy_gbps"] > 100
    for result in bundle["results"].values():
        if result["kind"] == "benchmark":
            assert result["data"]["device"] == "cuda"

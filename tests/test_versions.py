"""Other torch versions: the runner's bundles, the version line and tab, claim ranges, staleness, the changes page.

Bundles here are made by the runner's own code on the pinned torch (`version_run --inside LABEL`),
for throwaway snippets that print differently when FAKE_OLD_TORCH=1 stands for an older version;
never written by hand.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, build, make_project
from scripts.pages import versions
from scripts.runner import bundle as bundles, version_run

SNIPPETS = {
    "demo/printing.py": "import os\n\nimport torch\n\nold = os.environ.get('FAKE_OLD_TORCH') == '1'\n"
                        "print('old message' if old else 'new message', torch.ones(2).sum().item())\n",
    "demo/steady.py": "print('the same everywhere')\n",
    "demo/claimed.py": "import os\n\nprint('checking')\nassert os.environ.get('FAKE_OLD_TORCH') != '1'  # claim: new-behaviour\n",
    "demo/also_claimed.py": "import os\n\nprint('checking too')\nassert os.environ.get('FAKE_OLD_TORCH') != '1'  # claim: index-claim\n",
    # GPU-capable: the old version raises before the CUDA branch, the new one ends without taking it
    "demo/branch.py": "import os\n\nimport torch\n\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\n"
                      "assert os.environ.get('FAKE_OLD_TORCH') != '1'\nprint('branch:', device)\n"
                      "if device == 'cuda':\n    assert torch.ones(1, device=device).is_cuda  # claim: on-cuda\n",
    "demo/gpu-capable.txt": "branch.py\n",
}
INDEX = (
    "# Versions demo\n\n## Blocks {#blocks}\n\nTwo blocks.\n\n"
    '```python exec="on"\n--8<-- "snippets/demo/printing.py"\n```\n\n'
    '```python exec="on"\n--8<-- "snippets/demo/steady.py"\n```\n\n'
    "The index says so too. {claim:index-claim}\n\n"
    '```python exec="on"\n--8<-- "snippets/demo/also_claimed.py"\n```\n\n'
    "On CUDA it lands on the GPU. {claim:on-cuda}\n\n"
    '```python exec="on"\n--8<-- "snippets/demo/branch.py"\n```\n'
)
CHANGES = (
    "# What changed\n\n## torch 1.5 {#torch-1-5}\n\nThe new behaviour arrives. {claim:new-behaviour since=1.5}\n\n"
    '<div class="version-changes" data-version="1.5.0"></div>\n\n'
    '```python exec="on"\n--8<-- "snippets/demo/claimed.py"\n```\n'
)
OLD, NEW = "1.0.0", "1.5.0"


def run_inside(project: Path, label: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts.runner.version_run", "--inside", label, "--workers", "1"],
                          cwd=project, capture_output=True, text=True, timeout=600, env={**os.environ, **env})


@pytest.fixture(scope="module")
def versioned_project(tmp_path_factory):
    """A project with two version bundles made by the runner: 1.0.0 prints the old way, 1.5.0 the new. Never changed."""
    project = make_project(tmp_path_factory.mktemp("versions") / "p", {"index.md": INDEX, "versions.md": CHANGES}, SNIPPETS)
    (project / "version-results").mkdir()
    for label, env in ((OLD, {"FAKE_OLD_TORCH": "1"}), (NEW, {})):
        result = run_inside(project, label, **env)
        assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="module")
def versioned_site(versioned_project, tmp_path_factory):
    site = tmp_path_factory.mktemp("versions-site") / "site"
    for lang in ("zh", "en"):
        result = build(versioned_project, lang, site)
        assert result.returncode == 0, result.stdout + result.stderr
    return site


def copy_of(project: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(project, tmp_path / "p"))


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / name).read_text(encoding="utf-8"), "html.parser")


def test_the_runner_records_a_failure_with_its_claim(versioned_project):
    old = bundles.load(version_run.bundle_path(versioned_project, OLD))
    (failure,) = [r for r in old["results"].values() if r["path"] == "snippets/demo/claimed.py"]
    assert failure["kind"] == "failure" and failure["error"] == "AssertionError" and failure["claims"] == ["new-behaviour"]
    assert failure["output"] == "checking\n"  # what it printed before its assert failed
    new = bundles.load(version_run.bundle_path(versioned_project, NEW))
    (passed,) = [r for r in new["results"].values() if r["path"] == "snippets/demo/claimed.py"]
    assert passed["kind"] == "snippet" and passed["ran"] == [4]  # the counter-case: the same assert holds there
    assert old["torch"] == OLD and new["torch"] == NEW


@pytest.mark.parametrize("lang, same, other_tab", [("en", "Same output on torch", "Other versions"), ("zh", "输出相同", "其他版本")])
def test_a_steady_block_gets_a_line_and_a_changed_one_a_tab(versioned_site, lang, same, other_tab):
    html = page(versioned_site if lang == "zh" else versioned_site / "en", "index.html")
    steady = html.select_one('[data-snippet="demo/steady.py"]')
    line = steady.select_one(".version-line")
    assert same in line.get_text() and line["data-versions"].split()[:2] == [OLD, NEW]
    assert not steady.select(".tabbed-set")
    changed = html.select_one('[data-snippet="demo/printing.py"]')
    labels = [label.get_text() for label in changed.select(".tabbed-labels label")]
    assert len(labels) == 2 and labels[1] == other_tab
    panels = changed.select(".tabbed-block")
    assert "new message" in panels[0].get_text() and "old message" not in panels[0].get_text()
    assert "old message 2.0" in panels[1].get_text() and "-new message 2.0" in panels[1].select("pre")[-1].get_text()
    assert OLD in changed.select_one(".version-line").get_text()
    failed = page(versioned_site if lang == "zh" else versioned_site / "en", "versions/index.html").select_one('[data-snippet="demo/claimed.py"]')
    shown = failed.select(".tabbed-block")[1].get_text()
    assert "AssertionError" in shown and "new-behaviour" in shown and "checking" in shown  # the error, its claim, the output before it


@pytest.mark.parametrize("lang, holds, fails", [("en", "Holds on torch 1.5.0", "Fails on torch 1.0.0"), ("zh", "在 torch 1.5.0", "在 torch 1.0.0 上不成立")])
def test_a_claim_lists_the_versions_it_holds_on(versioned_site, lang, holds, fails):
    html = page(versioned_site if lang == "zh" else versioned_site / "en", "versions/index.html")
    proof = html.select_one('[data-claim="new-behaviour"] .claim__proof').get_text()
    assert holds in proof and fails in proof and "1.5" in proof


@pytest.mark.parametrize("lang, raised, untaken", [
    ("en", "Not reached on torch 1.0.0 (the code raised before it)", "Not run on torch 1.5.0 (those runs took another branch"),
    ("zh", "在 torch 1.0.0 上没有运行到（代码在它之前就报错了）", "在 torch 1.5.0 上没有运行（这些运行走的是另一个分支"),
])
def test_a_claim_in_a_branch_not_taken_is_not_said_to_follow_an_error(versioned_site, lang, raised, untaken):
    """A CPU-only run that ends without entering the CUDA branch did not raise before its assert."""
    html = page(versioned_site if lang == "zh" else versioned_site / "en", "index.html")
    rows = html.select_one('[data-claim="on-cuda"] .claim__versions').get_text()
    assert raised in rows and untaken in rows
    assert "1.5.0 (the code raised" not in rows and "1.5.0 上没有运行到" not in rows


def test_the_changes_page_lists_what_changed_at_its_version(versioned_site):
    html = page(versioned_site / "en", "versions/index.html")
    listed = html.select_one('ul.version-changes[data-version="1.5.0"]').get_text()
    assert "printing.py · prints differently" in listed and "also_claimed.py · stops raising" in listed
    assert "The index says so too" in listed
    named = [code.get_text() for code in html.select('ul.version-changes[data-version="1.5.0"] code')]
    assert "claimed.py" not in named and "The new behaviour arrives" not in listed  # the page's own example
    assert "steady.py" not in listed  # the counter-case: what printed the same is no change


def test_the_footer_names_the_checked_versions(versioned_site):
    for site, text in ((versioned_site, "另在 torch 1.0.0、1.5.0 上运行"), (versioned_site / "en", "also run on torch 1.0.0, 1.5.0")):
        stamp = page(site, "index.html").select_one(".build-stamp__versions").get_text()
        assert text in stamp


@pytest.mark.parametrize("declared, message", [
    ("since=2.0", "claim new-behaviour (since 2.0) also holds on torch 1.5.0"),
    ("since=1.0", "claim new-behaviour (since 1.0) does not hold on torch 1.0.0"),
    ("until=1.0", "claim new-behaviour (until 1.0) does not hold on torch 1.0.0"),
])
def test_a_wrong_range_fails_the_build_naming_the_claim(versioned_project, tmp_path, declared, message):
    project = copy_of(versioned_project, tmp_path)
    for lang in ("zh", "en"):
        path = project / "docs" / lang / "versions.md"
        path.write_text(path.read_text(encoding="utf-8").replace("since=1.5", declared), encoding="utf-8")
    result = build(project, "en", tmp_path / "site")
    assert result.returncode != 0 and message in result.stderr and "versions.md" in result.stderr


def test_an_until_range_holds_up_to_its_version_and_not_after():
    verdicts = {"1.0.0": "holds", "1.2.0": "holds", "1.5.0": "fails", "1.5.0+cpu": "fails"}
    assert versions.range_problems("old", "until", "1.2", verdicts) == []
    assert versions.range_problems("old", "until", "1.0", verdicts) == [
        "claim old (until 1.0) also holds on torch 1.2.0: the change lies beyond the declared range"]
    assert versions.range_problems("old", "until", "1.5", verdicts)[0] == "claim old (until 1.5) does not hold on torch 1.5.0: it fails"


def test_a_pinned_build_is_compared_with_the_index_build_of_its_version_only():
    order = ["1.0.0", "1.5.0", "1.5.0+cpu", "2.0.0"]
    assert versions.steps(order, "1.5.0+cpu") == [("1.0.0", "1.5.0"), ("1.5.0", "2.0.0"), ("1.5.0", "1.5.0+cpu")]
    assert versions.steps(["1.0.0", "1.5.0+cpu", "2.0.0"], "1.5.0+cpu") == [("1.0.0", "1.5.0+cpu"), ("1.5.0+cpu", "2.0.0")]
    assert versions.steps(["1.0.0", "1.5.0"], "1.5.0+cpu") == [("1.0.0", "1.5.0")]  # a claim this build did not prove


def test_a_changed_snippet_makes_its_results_stale_and_a_new_one_is_not_run(versioned_project, tmp_path):
    project = copy_of(versioned_project, tmp_path)
    (project / "snippets" / "demo" / "steady.py").write_text("print('the same everywhere, still')\n", encoding="utf-8")
    (project / "snippets" / "demo" / "fresh.py").write_text("print('new here')\n", encoding="utf-8")
    for lang in ("zh", "en"):
        with (project / "docs" / lang / "index.md").open("a", encoding="utf-8") as index:
            index.write('\n```python exec="on"\n--8<-- "snippets/demo/fresh.py"\n```\n')
    result = build(project, "en", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = page(tmp_path / "site" / "en", "index.html")
    line = html.select_one('[data-snippet="demo/steady.py"] .version-line').get_text()
    assert "the torch 1.0.0 run of" in line and "predates this code" in line
    assert "not yet run on torch 1.0.0, 1.5.0" in html.select_one('[data-snippet="demo/fresh.py"] .version-line').get_text()
    strict = build(project, "en", tmp_path / "strict", STRICT_VERSIONS="1")
    assert strict.returncode != 0 and "demo/steady.py is stale" in strict.stderr
    assert "demo/fresh.py has no torch 1.0.0 result" in strict.stderr


def test_a_malformed_bundle_fails_the_build_with_its_path(versioned_project, tmp_path):
    project = copy_of(versioned_project, tmp_path)
    path = version_run.bundle_path(project, OLD)
    path.write_text(path.read_text(encoding="utf-8")[:100], encoding="utf-8")
    result = build(project, "en", tmp_path / "site")
    assert result.returncode != 0 and str(path) in result.stderr and "truncated" in result.stderr


def test_a_change_without_a_section_fails_the_build(versioned_project, tmp_path):
    project = copy_of(versioned_project, tmp_path)
    for lang in ("zh", "en"):
        path = project / "docs" / lang / "versions.md"
        path.write_text(path.read_text(encoding="utf-8").replace('data-version="1.5.0"', 'data-version="1.2.0"'), encoding="utf-8")
    result = build(project, "en", tmp_path / "site")
    assert result.returncode != 0 and "changes at torch 1.5.0 have no section" in result.stderr
    assert "the section for torch 1.2.0 lists nothing" in result.stderr


def test_spans_ranges_and_diffs():
    order = ["2.1.2", "2.4.1", "2.6.0", "2.9.1", "2.13.0+cpu", "2.15.0"]
    assert versions.spans(["2.15.0", "2.1.2", "2.6.0", "2.9.1", "2.13.0+cpu"], order, ", ") == "2.1.2, 2.6.0 – 2.15.0"
    assert versions.spans(["2.4.1"], order, "、") == "2.4.1"
    verdicts = {"2.1.2": "unreached", "2.4.1": "fails", "2.6.0": "holds", "2.13.0+cpu": "holds"}
    assert versions.range_problems("c", "since", "2.6", verdicts) == []
    assert "also holds on torch 2.6.0" in versions.range_problems("c", "since", "2.9", verdicts)[0]
    assert "does not hold on torch 2.4.1" in versions.range_problems("c", "since", "2.4", verdicts)[0]
    assert "torch 2.1.2 did not reach its assert" in versions.range_problems("c", "since", "2.4", verdicts)[-1]
    assert "no checked version below 2.1" in versions.range_problems("c", "since", "2.1", verdicts)[-1]
    assert versions.diff("a\nb\nc", "a\nB\nc").splitlines()[1:] == [" a", "-b", "+B", " c"]
    assert versions.comparable("/tmp/torch-2.4.1-x/lib/python3.11/site-packages/torch/a.py: UserWarning") == \
        versions.comparable("/work/.venv/lib/python3.11/site-packages/torch/a.py: UserWarning")
    warned = "W1203 13:30:04.474000 9267 torch/utils/cpp_extension.py:117] No CUDA runtime is found, using CUDA_HOME='/usr/local'\n"
    assert versions.comparable(warned + "graphs: 1\n") == "graphs: 1\n"  # the CUDA build's own warning on a CPU
    assert versions.comparable("graphs: 0\nNo CUDA runtime is found, using CUDA_HOME='/usr/local'\ngraphs: 1\n") == "graphs: 0\ngraphs: 1\n"
    assert versions.comparable("No CUDA here\ngraphs: 1\n") == "No CUDA here\ngraphs: 1\n"


def test_committed_version_bundles_are_valid_and_declared():
    found = versions.load(ROOT)  # raises, naming the file, on any broken bundle
    declared = [entry["torch"] for entry in version_run.declared(ROOT)]
    assert [bundle["torch"] for bundle in found] == [label for label in declared if version_run.bundle_path(ROOT, label).exists()]

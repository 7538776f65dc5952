"""Every snippet runs on its own, as a reader who copies it would run it.

The build runs each snippet once, isolated: a fresh fork of an interpreter that has imported torch,
in an empty folder (scripts/runner/isolation.py). That run is what the page shows, and it stands
for the reader's `python copied.py` because the two are proved to agree here: a brand-new
interpreter per topic prints exactly what the build printed, and no snippet depends on the folder
it sits in (the build runs it at its own path, a reader runs a copy elsewhere).
"""
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, SNIPPETS, built_output, exec_report, run_cold
from scripts.runner import benchmark, snippet_files


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3


MAX_LINES = 60  # snippets/README.md: aim for 30, never past 60


def test_snippets_stay_short_enough_to_read_on_a_page():
    long = [f"{name}: {n} lines" for name in SNIPPETS if (n := len((ROOT / name).read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, long


def test_the_build_ran_every_snippet_in_both_languages(site):
    for root in (site, site / "en"):
        assert {row["snippet"] for row in exec_report(root)["rows"]} >= set(SNIPPETS), root


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_no_snippet_depends_on_the_folder_it_sits_in(site, snippet):
    """It imports no file beside it nor of the project, and prints nothing of where it ran: a copy
    elsewhere prints the same. (Both runs start in an empty working folder.)"""
    assert snippet_files.project_modules(ROOT / snippet) == set(), f"{snippet} imports project files"
    printed = built_output(site, snippet)
    assert str(ROOT) not in printed and snippet not in printed, f"{snippet} prints its own location"


# One snippet per topic, in a brand-new interpreter: the build's forked runs must agree with it.
COLD_SAMPLE = sorted({Path(s).parent.name: s for s in SNIPPETS if "timing" not in s}.values())


@pytest.fixture(scope="module")
def cold_runs():
    """The sample, two interpreters at a time (each is a process: the threads only wait)."""
    codes = [(ROOT / snippet).read_text(encoding="utf-8") for snippet in COLD_SAMPLE]
    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        return dict(zip(COLD_SAMPLE, pool.map(run_cold, codes)))


@pytest.mark.parametrize("snippet", COLD_SAMPLE)
def test_a_cold_interpreter_prints_what_the_build_printed(site, cold_runs, snippet):
    cold = cold_runs[snippet]
    assert cold.returncode == 0, cold.stderr
    assert cold.stdout + cold.stderr == built_output(site, snippet), f"{snippet}: a reader's run differs from the build's"


@pytest.mark.parametrize("declaration", [s for s in snippet_files.all_snippets() if snippet_files.is_benchmark(s)])
def test_benchmark_declarations_are_valid(declaration):
    spec = benchmark.load(ROOT / declaration)
    assert spec["cases"] and len(spec["sizes"]) >= 3


@pytest.mark.parametrize("listing", sorted((ROOT / "snippets").glob(f"*/{snippet_files.GPU_LIST}")), ids=lambda p: p.parent.name)
def test_gpu_listings_name_snippets_that_pick_a_device(listing):
    """A topic's gpu-capable.txt names existing snippets of its folder, each of which asks for CUDA."""
    names = listing.read_text(encoding="utf-8").split()
    assert names and len(names) == len(set(names))
    for name in names:
        path = listing.parent / name
        assert path.suffix == ".py" and path.is_file(), f"{listing}: no snippet {name}"
        assert "cuda" in path.read_text(encoding="utf-8"), f"{listing}: {name} never asks for CUDA"
        assert snippet_files.gpu_capable(path.relative_to(ROOT).as_posix())

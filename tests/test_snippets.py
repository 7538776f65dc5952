"""Every snippet runs on its own, as a reader who copies it would run it."""
import pytest

from pathlib import Path

from conftest import ROOT, SNIPPETS, run_code, run_cold, run_standalone
from scripts.runner import benchmark, snippet_files


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_standalone_and_prints(snippet):
    result = run_standalone(snippet)
    assert result.returncode == 0, f"{snippet} failed:\n{result.stdout}"
    assert result.stdout.strip(), f"{snippet} printed nothing"


# One snippet per topic, in a brand-new interpreter: the fast forked runs above must agree with it.
COLD_SAMPLE = sorted({Path(s).parent.name: s for s in SNIPPETS if "timing" not in s}.values())


@pytest.mark.parametrize("snippet", COLD_SAMPLE)
def test_a_cold_interpreter_prints_the_same(snippet):
    code = (ROOT / snippet).read_text(encoding="utf-8")
    cold = run_cold(code)
    assert cold.returncode == 0, cold.stderr
    assert cold.stdout + cold.stderr == run_code(code).stdout


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

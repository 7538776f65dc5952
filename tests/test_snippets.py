"""Every snippet runs on its own, as a reader who copies it would run it."""
import pytest

from conftest import ROOT, SNIPPETS, run_standalone
from scripts import benchmark, sources


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_standalone_and_prints(snippet):
    result = run_standalone(snippet)
    assert result.returncode == 0, f"{snippet} failed:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{snippet} printed nothing"


@pytest.mark.parametrize("declaration", [s for s in sources.all_snippets() if sources.is_benchmark(s)])
def test_benchmark_declarations_are_valid(declaration):
    spec = benchmark.load(ROOT / declaration)
    assert spec["cases"] and len(spec["sizes"]) >= 3

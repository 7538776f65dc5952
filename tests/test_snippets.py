"""Every snippet runs on its own, as a reader who copies it would run it."""
import pytest

from conftest import SNIPPETS, run_standalone


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_standalone_and_prints(snippet):
    result = run_standalone(snippet)
    assert result.returncode == 0, f"{snippet} failed:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{snippet} printed nothing"

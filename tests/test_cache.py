"""The execution cache: what its key covers, and what it refuses to serve."""
import pytest

from scripts.pages import execution
from scripts.runner import cache, snippet_files
from scripts.runner.isolation import Result, SnippetError


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(snippet_files, "ROOT", tmp_path)
    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.delenv("SNIPPET_FRESH", raising=False)
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    return tmp_path


def write(project, name, code):
    (project / name).write_text(code, encoding="utf-8")
    return name


def test_key_follows_the_code(project):
    name = write(project, "snippets/t/a.py", "print(1)\n")
    before = cache.key(name)
    assert cache.key(name) == before
    write(project, name, "print(2)\n")
    assert cache.key(name) != before


@pytest.mark.parametrize("importer", ["import helper\n", "from snippets.t import helper\n", "import snippets.t.helper\n"])
def test_key_follows_imported_project_modules(project, importer):
    name = write(project, "snippets/t/a.py", importer + "print(1)\n")
    write(project, "snippets/t/helper.py", "import deeper\nVALUE = 1\n")
    write(project, "snippets/t/deeper.py", "X = 1\n")
    before = cache.key(name)
    write(project, "snippets/t/deeper.py", "X = 2\n")  # two imports away
    assert cache.key(name) != before


def test_key_follows_the_environment(project, monkeypatch):
    name = write(project, "snippets/t/a.py", "print(1)\n")
    before = cache.key(name)
    monkeypatch.setattr(cache, "fingerprint", lambda: {"torch": "another version"})
    assert cache.key(name) != before


@pytest.mark.parametrize("part", ["numpy", "torch", "runner"])
def test_key_covers_numpy_torch_and_the_runner(project, monkeypatch, part):
    name = write(project, "snippets/t/a.py", "print(1)\n")
    real = cache.fingerprint()
    assert part in real
    before = cache.key(name)
    monkeypatch.setattr(cache, "fingerprint", lambda: {**real, part: "another"})
    assert cache.key(name) != before


def test_key_follows_the_device(project):
    name = write(project, "snippets/t/a.py", "print(1)\n")
    assert cache.key(name, "cpu") != cache.key(name, "cuda")


def test_round_trip(project):
    result = Result(output="hi\n", seconds=0.5, data={"cases": {}}, ran=(3, 7))
    cache.store("ab" * 32, "snippets/t/a.py", result)
    assert cache.load("ab" * 32) == result


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: text.replace("hi", "ho"),  # edited output, stale checksum
        lambda text: "",
    ],
)
def test_damaged_entry_is_not_served(project, damage):
    key = "cd" * 32
    cache.store(key, "snippets/t/a.py", Result(output="hi\n", seconds=0.5))
    entry = cache._entry(key)
    entry.write_text(damage(entry.read_text()))
    assert cache.load(key) is None


def test_damaged_entry_is_re_executed_and_replaced(project):
    name = str(project / write(project, "snippets/t/a.py", "print('fresh')\n"))
    runs = execution.Runs()
    execution.execute(runs, "p.md", "p/", name, 60)
    entry = cache._entry(cache.key(name))
    entry.write_text(entry.read_text()[:20])
    runs.done.clear()  # a later build
    assert execution.execute(runs, "p.md", "p/", name, 60).output == "fresh\n"
    assert [row.cached for row in runs.rows] == [False, False]
    assert cache.load(cache.key(name)).output == "fresh\n"


def test_second_run_is_served_from_cache_and_fresh_forces_a_run(project, monkeypatch):
    name = str(project / write(project, "snippets/t/a.py", "print('x')\n"))
    runs = execution.Runs()
    execution.execute(runs, "p.md", "p/", name, 60)
    runs.done.clear()  # each call below stands for a later build
    execution.execute(runs, "p.md", "p/", name, 60)
    monkeypatch.setenv("SNIPPET_FRESH", "1")
    runs.done.clear()
    execution.execute(runs, "p.md", "p/", name, 60)
    assert [row.cached for row in runs.rows] == [False, True, False]


def test_a_fresh_build_runs_a_snippet_once_however_often_it_is_shown(project, monkeypatch):
    """A page block and its notebook cell are the same snippet: FRESH=1 re-runs it once per build."""
    name = str(project / write(project, "snippets/t/a.py", "print('x')\n"))
    monkeypatch.setenv("SNIPPET_FRESH", "1")
    runs = execution.Runs()
    execution.execute(runs, "p.md", "p/", name, 60)
    assert execution.result(runs, name, 60, "notebooks/p.ipynb") == (runs.done[cache.key(name)], True)
    assert [row.cached for row in runs.rows] == [False]


def test_errors_are_never_cached(project):
    name = str(project / write(project, "snippets/t/bad.py", "raise ValueError('no')\n"))
    runs = execution.Runs()
    with pytest.raises(SnippetError):
        execution.execute(runs, "p.md", "p/", name, 60)
    assert cache.load(cache.key(name)) is None
    assert not list((project / "cache").rglob("*.json"))

"""The runner package needs only the standard library, torch and numpy: what a GPU machine has."""
import subprocess
import sys
import textwrap

from conftest import ROOT

BLOCKED = ("mkdocs", "markdown_exec", "yaml", "jieba", "bs4", "tinycss2", "markdown", "pymdownx", "nbformat", "jinja2")

# Installed as sitecustomize, so that the forkserver and every child it forks are blocked too.
BLOCKER = f"""
import sys

class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError(f"{{name}} is not on the GPU machine")

sys.meta_path.insert(0, Blocked())
"""

CHECK = textwrap.dedent("""
    import importlib, pkgutil, sys
    import scripts.runner as runner
    for module in pkgutil.iter_modules(runner.__path__):
        importlib.import_module(f"scripts.runner.{module.name}")
    try:
        import yaml
    except ImportError:
        pass
    else:
        sys.exit("the blocker does not block")
    from scripts.runner.isolation import run_snippet
    printed = run_snippet(sys.argv[1]).output
    assert printed == "tensor([0, 1, 2])\\n", printed
    figures = run_snippet(sys.argv[2]).data
    assert [p["n"] for p in figures["cases"]["ones"]] == [10, 1000, 100000], figures
    print("boundary holds")
""")


def test_the_runner_imports_and_runs_without_the_site_packages(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    snippet = tmp_path / "ok.py"
    snippet.write_text("import torch\nprint(torch.arange(3))\n", encoding="utf-8")
    bench = tmp_path / "tiny.bench.toml"
    bench.write_text('sizes = [10, 1_000, 100_000]\nmin_run_time = 0.01\n\n[cases]\n"ones" = "torch.ones(n)"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(snippet), str(bench)], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{tmp_path}:{ROOT}"},
    )
    assert result.returncode == 0 and "boundary holds" in result.stdout, result.stdout + result.stderr

"""A snippet whose claim breaks, or that crashes, fails the strict build with its path."""
import pytest

from conftest import build, exec_page, make_project

CASES = {
    "broken claim": ("import torch\n\nx = torch.zeros(2)\nassert x.sum() == 1, 'the claim no longer holds'\n", "line 4"),
    "error that stopped raising": (
        "import torch\n\ntry:\n    torch.zeros(2).view(2)\nexcept RuntimeError as error:\n    print(error)\n"
        "else:\n    raise AssertionError('view() should have raised')\n",
        "line 8",
    ),
    "crash": ("import os\nprint('about to crash')\nos._exit(3)\n", "crashed (exit code 3)"),
    "silence": ("x = 1\n", "printed nothing"),
    "a tab": ("print('a\\tb')\n", "printed a tab character"),
}


@pytest.mark.parametrize("case", CASES)
def test_planted_failure_fails_the_build_naming_the_file(tmp_path, case):
    code, detail = CASES[case]
    project = make_project(
        tmp_path / "p",
        {"index.md": exec_page("demo/fine.py", "demo/planted.py")},
        {"demo/fine.py": "print('fine')\n", "demo/planted.py": code},
    )
    result = build(project, "zh", tmp_path / "site")
    assert result.returncode != 0, result.stderr
    assert "snippets/demo/planted.py" in result.stderr
    assert detail in result.stderr
    assert "docs/zh/index.md" in result.stderr

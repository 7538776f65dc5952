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


def slug(case: str) -> str:
    return case.replace(" ", "-")


@pytest.fixture(scope="module")
def failed(tmp_path_factory):
    """One build of a page per planted failure (each beside a block that works): every one must be reported."""
    root = tmp_path_factory.mktemp("failing")
    pages = {f"{slug(case)}.md": exec_page("demo/fine.py", f"demo/{slug(case)}.py") for case in CASES}
    snippets = {"demo/fine.py": "print('fine')\n", **{f"demo/{slug(case)}.py": code for case, (code, _) in CASES.items()}}
    return build(make_project(root / "p", pages, snippets), "zh", root / "site")


def warnings(stderr: str) -> list[str]:
    """The build's warnings, each with the lines that follow it (a traceback)."""
    return ["WARNING" + part for part in stderr.split("WARNING")[1:]]


@pytest.mark.parametrize("case", CASES)
def test_planted_failure_fails_the_build_naming_the_file(failed, case):
    assert failed.returncode != 0, failed.stderr
    first_line = f"docs/zh/{slug(case)}.md: snippets/demo/{slug(case)}.py"  # the page, then the snippet
    (reported,) = [w for w in warnings(failed.stderr) if first_line in w.splitlines()[0]]
    assert CASES[case][1] in reported

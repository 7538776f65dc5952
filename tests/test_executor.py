"""The isolated runner: failures, crashes and hangs become errors that name the snippet."""
import pytest

from scripts.executor import SnippetError, run_snippet


def write(tmp_path, name, code):
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    return str(path)


def test_output_is_what_the_snippet_printed(tmp_path):
    path = write(tmp_path, "ok.py", "import torch\nprint(torch.arange(3))\n")
    assert run_snippet(path).output == "tensor([0, 1, 2])\n"


def test_exception_names_file_and_line(tmp_path):
    path = write(tmp_path, "boom.py", "x = 1\n\nassert x == 2, 'claim broken'\n")
    with pytest.raises(SnippetError) as error:
        run_snippet(path)
    assert f'File "{path}", line 3' in str(error.value)
    assert "AssertionError: claim broken" in str(error.value)


@pytest.mark.parametrize(
    "code, expected",
    [("import os\nos._exit(7)\n", "exit code 7"), ("import ctypes\nctypes.string_at(0)\n", "SIGSEGV")],
)
def test_crash_is_reported_not_fatal(tmp_path, code, expected):
    path = write(tmp_path, "crash.py", code)
    with pytest.raises(SnippetError) as error:
        run_snippet(path)
    assert path in str(error.value) and "crashed" in str(error.value) and expected in str(error.value)


def test_hang_is_stopped_at_the_limit(tmp_path):
    path = write(tmp_path, "hang.py", "import time\ntime.sleep(60)\n")
    with pytest.raises(SnippetError) as error:
        run_snippet(path, timeout=1)
    assert path in str(error.value) and "1 s limit" in str(error.value)


def test_state_does_not_leak_between_snippets(tmp_path):
    first = write(tmp_path, "a.py", "import torch\ntorch.set_default_dtype(torch.float64)\nprint(torch.get_default_dtype())\n")
    second = write(tmp_path, "b.py", "import torch\nprint(torch.get_default_dtype())\n")
    assert run_snippet(first).output == "torch.float64\n"
    assert run_snippet(second).output == "torch.float32\n"


def test_seed_is_reset_before_every_snippet(tmp_path):
    path = write(tmp_path, "r.py", "import torch\nprint(torch.rand(2))\n")
    assert run_snippet(path).output == run_snippet(path).output

"""The isolated runner: failures, crashes and hangs become errors that name the snippet; capture and isolation."""
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

from scripts.runner.isolation import SnippetError, run_snippet


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


def test_output_is_captured_at_the_file_descriptor_level(tmp_path):
    code = (
        "import os, subprocess, sys\nprint('python', flush=True)\nos.write(1, b'fd one\\n')\nos.write(2, b'fd two\\n')\n"
        "subprocess.run(['echo', 'a subprocess'])\nprint('python again')\n"
    )
    assert run_snippet(write(tmp_path, "fds.py", code)).output == "python\nfd one\nfd two\na subprocess\npython again\n"


def test_what_a_dataloader_worker_prints_reaches_the_output(tmp_path):
    code = (
        "import torch\nfrom torch.utils.data import DataLoader, Dataset\n\n"
        "class Loud(Dataset):\n    def __len__(self):\n        return 1\n\n    def __getitem__(self, i):\n"
        "        print('in the worker', flush=True)\n        return i\n\n"
        "for batch in DataLoader(Loud(), num_workers=1):\n    pass\nprint('done')\n"
    )
    assert run_snippet(write(tmp_path, "loader.py", code), timeout=120).output == "in the worker\ndone\n"


def test_each_block_runs_in_an_empty_folder_of_its_own(tmp_path):
    path = write(tmp_path, "writes.py", "import os\nfrom pathlib import Path\n\nprint(os.listdir('.'))\nPath('model.pt').write_text('x')\n")
    assert run_snippet(path).output == "[]\n"
    assert run_snippet(path).output == "[]\n"  # the file the first run wrote is gone with its folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["writes.py"]


def test_output_over_the_limit_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path, "loud.py", "print('x' * 300_000)\n")
    with pytest.raises(SnippetError) as error:
        run_snippet(path)
    assert path in str(error.value) and "over the 200,000-byte limit" in str(error.value) and error.value.kind == "output"


def test_only_tagged_asserts_that_ran_are_recorded(tmp_path):
    code = "x = 1\nassert x == 1  # claim: taken\nif x == 2:\n    assert x == 2  # claim: untaken\nassert x\n"
    assert run_snippet(write(tmp_path, "tags.py", code)).ran == (2,)


def test_an_edited_runner_restarts_the_server_before_the_next_block(tmp_path):
    """`make serve` keeps one process: a result must come from the runner code its key names."""
    project = tmp_path / "p"
    shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    snippet = write(tmp_path, "s.py", "from scripts.runner import child\nprint(child.LOADED)\n")
    check = (
        "import sys\nfrom pathlib import Path\nfrom scripts.runner import fingerprint\n"
        "from scripts.runner.isolation import run_snippet\n"
        "first = run_snippet(sys.argv[1]).output.strip()\nassert first == fingerprint.runner_digest()\n"
        "child = Path('scripts/runner/child.py')\nchild.write_text(child.read_text() + '# edited\\n')\n"
        "second = run_snippet(sys.argv[1]).output.strip()\n"
        "assert second != first and second == fingerprint.runner_digest(), (first, second)\nprint('restarted')\n"
    )
    result = subprocess.run([sys.executable, "-c", check, snippet], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "restarted" in result.stdout, result.stdout + result.stderr

"""Claim marks: every mark names a proof that ran, in both languages, and the ledger counts them."""
import json

import pytest
from bs4 import BeautifulSoup

from conftest import build, make_project

PROVED = "import torch\n\nx = torch.ones(3)\nprint(x.sum())\nassert x.sum() == 3  # claim: sums-to-three\n"
GPU_ONLY = (
    "import torch\n\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\nprint(device != '')\n"
    "if device == 'cuda':\n    assert torch.ones(1, device=device).is_cuda  # claim: lands-on-gpu\n"
)
UNTAKEN = "x = 1\nprint(x)\nif x == 2:\n    assert x == 2  # claim: never-runs\n"
SLOWER = (
    'sizes = [1_000, 10_000, 100_000]\nmin_run_time = 0.02\n\n[cases]\n"small" = "torch.ones(10)"\n"big" = "torch.ones(n)"\n\n'
    '[[expect]]\nclaim = "big-is-faster"\nfaster = "big"\nthan = "small"\nby = 2\nfrom_n = 100_000\n'
)


CHART = ' chart="n|s"'


def page(*blocks: str, body: str) -> str:
    fences = "".join(
        f'```python exec="on"{CHART if name.endswith(".toml") else ""}\n--8<-- "snippets/{name}"\n```\n\n' for name in blocks
    )
    return f"# Claims\n\n## Blocks {{#blocks}}\n\n{body}\n\n{fences}"


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    root = tmp_path_factory.mktemp("claims")
    text = page("t/proved.py", "t/gpu.py", body="It sums to three. {claim:sums-to-three} It lands on the GPU. {claim:lands-on-gpu}")
    snippets = {"t/proved.py": PROVED, "t/gpu.py": GPU_ONLY, "t/gpu-capable.txt": "gpu.py\n"}
    project = make_project(root / "p", {"index.md": text}, snippets)
    result = build(project, "en", root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site" / "en"


def test_a_mark_shows_its_proof_and_where_it_ran(good):
    html = BeautifulSoup((good / "index.html").read_text(encoding="utf-8"), "html.parser")
    claim = html.select_one('.claim[data-claim="sums-to-three"]')
    assert claim["data-status"] == "proved" and claim.select_one(".claim__mark").get_text() == "✓"
    proof = claim.select_one(".claim__proof").get_text(" ", strip=True)
    assert "snippets/t/proved.py, line 5" in proof and "assert x.sum() == 3" in proof
    assert "Ran and held in this build: torch" in proof
    assert claim.select_one("a")["href"] == "#exec-t-proved-py" and html.select_one("#exec-t-proved-py")


def test_an_assert_in_an_untaken_gpu_branch_is_not_rendered_as_proved(good):
    html = BeautifulSoup((good / "index.html").read_text(encoding="utf-8"), "html.parser")
    claim = html.select_one('.claim[data-claim="lands-on-gpu"]')
    assert claim["data-status"] == "awaiting" and claim.select_one(".claim__mark").get_text() != "✓"
    assert "Not yet run on a GPU" in claim.get_text()


def test_the_ledger_json_counts_the_marks(good):
    ledger = json.loads((good / "claims.json").read_text(encoding="utf-8"))
    assert ledger["totals"] == {"claims": 2, "proved": 1, "gpu": 0, "awaiting": 1, "pages": 1}
    assert [(c["id"], c["status"], c["text"]) for c in ledger["claims"]] == [
        ("sums-to-three", "proved", "It sums to three."), ("lands-on-gpu", "awaiting", "It lands on the GPU."),
    ]


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """One strict build with four planted faults; each must be reported, naming page, id and language."""
    root = tmp_path_factory.mktemp("broken")
    pages = {
        "index.md": page("t/proved.py", body="It sums to three. {claim:sums-to-three} Nothing proves this. {claim:no-such-proof}"),
        "untaken.md": page("t/untaken.py", body="This never runs. {claim:never-runs}"),
        "bench.md": page("t/slower.bench.toml", body="Big is faster. {claim:big-is-faster}"),
        "parity.md": page("t/proved.py", body="It sums to three. {claim:sums-to-three}"),
    }
    snippets = {"t/proved.py": PROVED, "t/untaken.py": UNTAKEN, "t/slower.bench.toml": SLOWER}
    project = make_project(root / "p", pages, snippets)
    english = project / "docs/en/parity.md"
    english.write_text(english.read_text().replace(" {claim:sums-to-three}", ""), encoding="utf-8")
    return build(project, "zh", root / "site")


def test_a_mark_without_an_assert_fails_the_build(broken):
    assert broken.returncode != 0
    assert "docs/zh/index.md (zh): claim no-such-proof: no assert tagged `# claim: no-such-proof`" in broken.stderr


def test_a_claim_in_one_language_only_fails_the_build(broken):
    assert "docs/zh/parity.md: claim(s) sums-to-three in section #blocks exist in zh only" in broken.stderr


def test_a_tagged_assert_that_did_not_run_fails_the_build(broken):
    assert "docs/zh/untaken.md (zh): claim never-runs: its proof (snippets/t/untaken.py:4) did not run" in broken.stderr


def test_an_expectation_that_fails_twice_fails_the_build(broken):
    assert "snippets/t/slower.bench.toml: an expectation failed; measuring once more" in broken.stderr
    assert "snippets/t/slower.bench.toml: expectation big-is-faster failed twice: n=100000: q1/q3 =" in broken.stderr

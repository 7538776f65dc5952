"""`make gpu` on a real CUDA device, and its refusal without one.

Collectable where only torch, numpy and pytest are installed (the GPU machine has nothing of the
site): it imports nothing but the runner package and the standard library.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.runner import bundle as bundles  # noqa: E402


def run_runner(*args):
    return subprocess.run(
        [sys.executable, "-m", "scripts.runner.gpu_run", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the message on machines without CUDA")
def test_make_gpu_refuses_without_cuda(tmp_path):
    result = run_runner("--out", str(tmp_path))
    assert result.returncode == 2 and "no CUDA device" in result.stderr
    assert not (tmp_path / "gpu-results").exists()


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_runner_on_cuda(tmp_path):
    result = run_runner("--out", str(tmp_path), "--budget", "240")
    assert result.returncode == 0, result.stderr
    (path,) = (tmp_path / "gpu-results").glob("*/bundle.json")
    bundle = bundles.load(path)
    assert bundle["device"]["name"] == torch.cuda.get_device_name(0)
    assert bundle["cuda"] == torch.version.cuda and bundle["device"]["copy_gbps"] > 100
    benchmarks = [r for r in bundle["results"].values() if r["kind"] == "benchmark"]
    assert benchmarks and all(r["data"]["device"] == "cuda" for r in benchmarks)
    logged = [json.loads(line) for line in path.with_name("results.jsonl").read_text().splitlines()]
    assert {entry["digest"] for entry in logged} == set(bundle["results"])

"""`make gpu`: run the GPU-capable snippets and benchmarks and every notebook cell on CUDA, write a bundle.

Needs only torch and numpy (no MkDocs), so it runs on any CUDA machine:

    python3 -m scripts.gpu_runner            # writes gpu-results/<device-slug>/bundle.json

Each result is keyed by its snippet's source digest; the site build shows it as
the snippet's GPU tab while the digest still matches, and as stale once it does not.
The committed notebooks (notebooks/<lang>/*.ipynb, scripts/notebooks.py) are run
cell by cell, each cell being a snippet: a topic whose cells all have current
results gets a GPU-executed notebook in the site.
If any snippet fails, nothing is written: a bundle holds only what really ran.
"""
from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
from pathlib import Path

from scripts import gpu_bundle, notebooks, sources
from scripts.environment import ROOT, cpu_model
from scripts.executor import SnippetError, run_snippet

COPY_BYTES = 1 << 28  # 256 MiB each way: large enough to reach the device's streaming bandwidth


def copy_bandwidth(device: str) -> float:
    """Peak bandwidth in GB/s, measured with a device-to-device copy (read + write)."""
    import torch
    from torch.utils.benchmark import Timer

    source = torch.empty(COPY_BYTES, dtype=torch.uint8, device=device)
    target = torch.empty_like(source)
    timer = Timer("target.copy_(source)", globals={"source": source, "target": target})
    timer.timeit(1)
    return 2 * COPY_BYTES / timer.blocked_autorange(min_run_time=0.5).median / 1e9


def driver_version() -> str:
    if not shutil.which("nvidia-smi"):
        return "none"
    query = subprocess.run(
        ["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"], capture_output=True, text=True
    )
    return query.stdout.strip().splitlines()[0] if query.returncode == 0 and query.stdout.strip() else "unknown"


def describe(device: str) -> dict:
    import torch

    if device == "cuda":
        properties = torch.cuda.get_device_properties(0)
        name, capability = properties.name, f"{properties.major}.{properties.minor}"
        memory = properties.total_memory / 2**30
    else:  # the CPU stands in for a GPU when tests exercise the pipeline
        name, capability, memory = f"CPU ({cpu_model()})", "n/a", 0.0
    return {"name": name, "capability": capability, "memory_gib": round(memory, 1), "copy_gbps": round(copy_bandwidth(device), 1)}


def make_bundle(device: str, snippets: list[str], timeout: float = 600) -> dict:
    """Run `snippets` on `device` and return the bundle; SnippetError if any fails."""
    import torch

    results, failures = {}, []
    for snippet in snippets:
        try:
            printed = run_snippet(snippet, timeout, device).output
        except SnippetError as error:
            failures.append(str(error))
            continue
        result = {"path": snippet, "kind": "snippet", "output": printed}
        if sources.is_benchmark(snippet):
            result = {"path": snippet, "kind": "benchmark", "data": json.loads(printed)}
        results[sources.digest(snippet)] = result
        print(f"gpu: {snippet}", file=sys.stderr)
    if failures:
        raise SnippetError("\n".join(failures))
    return {
        "schema": gpu_bundle.SCHEMA,
        "device": describe(device),
        "driver": driver_version(),
        "cuda": torch.version.cuda or "none",
        "torch": torch.__version__,
        "date": datetime.date.today().isoformat(),
        "results": dict(sorted(results.items())),
    }


def write(bundle: dict, root: Path) -> Path:
    path = root / gpu_bundle.FOLDER / gpu_bundle.slug(bundle["device"]["name"]) / "bundle.json"
    gpu_bundle.validate(bundle, path)  # never write what the site would refuse to read
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(bundle, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda", help="cuda (default); cpu only to exercise the pipeline")
    parser.add_argument("--out", type=Path, default=ROOT, help="folder that receives gpu-results/")
    args = parser.parse_args(argv)
    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("make gpu: no CUDA device here (torch.cuda.is_available() is False)", file=sys.stderr)
        return 2
    try:
        cells = notebooks.cell_snippets(ROOT)
    except ValueError as error:
        print(f"make gpu: {error}", file=sys.stderr)
        return 1
    capable = [snippet for snippet in sources.all_snippets() if sources.gpu_capable(snippet)]
    snippets = sorted(set(capable) | set(cells))
    try:
        bundle = make_bundle(args.device, snippets)
    except SnippetError as error:
        print(f"make gpu: failed, no bundle written:\n{error}", file=sys.stderr)
        return 1
    print(f"make gpu: {len(bundle['results'])} results on {bundle['device']['name']} → {write(bundle, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

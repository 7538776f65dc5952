"""`make versions`: every snippet and benchmark on other torch versions, one bundle per version.

For each version in version-results/versions.toml, on the CPU:

    python3 -m scripts.runner.version_run                  # all versions, everything again
    python3 -m scripts.runner.version_run --resume         # only missing or stale results
    python3 -m scripts.runner.version_run --resume --failures   # and the failures again
    python3 -m scripts.runner.version_run --versions 2.4.1

makes a throwaway virtual environment (Python 3.11), installs that torch and its numpy from the
package index, runs this module inside it (`--inside`), which writes
`version-results/torch-<version>/bundle.json` in the GPU bundles' schema and digest keys
(scripts/runner/bundle.py), then deletes the environment. What it cost goes to `cost.json` beside
the bundle: the wheels' size, the install and run times (`resumed`: the run covered only missing or
stale results) and the environment's size. A snippet that raises on a version is a result:
the failure, its first line, the tagged asserts that held before it, and the claim whose assert
stopped it.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scripts.runner import bundle as bundles, snippet_files
from scripts.runner.fingerprint import ROOT

FOLDER = "version-results"
DECLARED = "versions.toml"
PYTHON = "python3.11"


def declared(root: Path = ROOT) -> list[dict]:
    return tomllib.loads((root / FOLDER / DECLARED).read_text(encoding="utf-8"))["version"]


def bundle_path(root: Path, version: str) -> Path:
    return root / FOLDER / f"torch-{version}" / "bundle.json"


def kept(results: dict, failures: bool) -> dict:
    """The results a resumed run keeps: every current one, less the failures where they are to run again."""
    return {digest: result for digest, result in results.items() if not (failures and result["kind"] == "failure")}


def missing(path: Path, failures: bool = False) -> list[str]:
    """Snippets with no current result in the bundle at `path` (all of them if there is none)."""
    everything = snippet_files.all_snippets()
    if not path.exists():
        return everything
    results = kept(bundles.load(path)["results"], failures)
    return [snippet for snippet in everything if snippet_files.digest(snippet) not in results]


def inside(label: str, resume: bool, workers: int, timeout: float, failures: bool) -> int:
    """In the version's environment: run what is missing, rewriting the bundle after each result."""
    import torch

    from scripts.runner import gpu_run

    path = bundle_path(ROOT, label)
    previous = kept(bundles.load(path)["results"], failures) if resume and path.exists() else {}
    current = {snippet_files.digest(snippet): snippet for snippet in snippet_files.all_snippets()}
    results = {digest: result for digest, result in previous.items() if digest in current}
    found = {
        "schema": bundles.SCHEMA, "device": gpu_run.describe("cpu"), "driver": "none", "cuda": "none",
        "torch": label, "date": datetime.date.today().isoformat(), "results": results,
    }
    todo = [snippet for digest, snippet in current.items() if digest not in results]
    tables = gpu_run.cells.table_snippets(ROOT / "docs" / "en")
    print(f"torch {label} ({torch.__version__}): {len(todo)} to run, {len(results)} kept", flush=True)

    writing = threading.Lock()

    def one(snippet: str) -> None:
        began = time.monotonic()
        result = gpu_run.run_item(snippet, "cpu", timeout, tables)
        with writing:  # a cut-short run still leaves everything it finished
            results[snippet_files.digest(snippet)] = result
            found["results"] = dict(sorted(results.items()))
            gpu_run.write(found, path)
        line = f"{result.get('status', 'ok'):9} {time.monotonic() - began:7.2f} s  {snippet}"
        if result["kind"] == "failure":
            line += f"  {result['error']}" + (f"  [claim {', '.join(result['claims'])}]" if result.get("claims") else "")
        print(line, flush=True)

    scripts = [snippet for snippet in todo if not snippet_files.is_benchmark(snippet)]
    with ThreadPoolExecutor(workers) as pool:  # scripts side by side; benchmarks alone, so they time a quiet machine
        list(pool.map(one, scripts))
    for snippet in todo:
        if snippet_files.is_benchmark(snippet):
            one(snippet)
    gpu_run.write(found, path)
    return 0


def megabytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) // 2**20


def index_only(environ: dict) -> dict:
    """pip without this machine's configuration: its local CPU wheel of the pinned torch would win over
    the package index's build of the same version, and its cap on torch would refuse the newest one."""
    kept = {name: value for name, value in environ.items() if name not in ("PIP_FIND_LINKS", "PIP_CONSTRAINT")}
    return dict(kept, PIP_CONFIG_FILE=os.devnull)


def one_version(entry: dict, resume: bool, workers: int, timeout: float, failures: bool) -> None:
    version = entry["torch"]
    path = bundle_path(ROOT, version)
    if resume and not missing(path, failures):
        print(f"make versions: torch {version}: every result current", flush=True)
        return
    environment = Path(tempfile.mkdtemp(prefix=f"torch-{version}-"))
    try:
        began = time.monotonic()
        subprocess.run([PYTHON, "-m", "venv", str(environment)], check=True)
        pip, wanted, wheels = [str(environment / "bin" / "python"), "-m", "pip"], [f"torch=={version}", f"numpy=={entry['numpy']}"], environment / "wheels"
        # Downloaded first, then installed from that folder: the folder's size is what a first run downloads.
        subprocess.run([*pip, "download", "--quiet", "--dest", str(wheels), *wanted], check=True, env=index_only(os.environ))
        subprocess.run([*pip, "install", "--quiet", "--no-index", "--find-links", str(wheels), *wanted], check=True, env=index_only(os.environ))
        download = megabytes(wheels)
        shutil.rmtree(wheels)
        installed = time.monotonic() - began
        print(f"make versions: torch {version}: {download:,} MB of wheels, installed in {installed:.0f} s, {megabytes(environment):,} MB", flush=True)
        began = time.monotonic()
        subprocess.run([str(environment / "bin" / "python"), "-m", "scripts.runner.version_run", "--inside", version,
                        "--workers", str(workers), "--timeout", str(timeout), *(["--resume"] if resume else []),
                        *(["--failures"] if failures else [])],
                       cwd=ROOT, check=True)
        cost = {"download_mb": download, "install_s": round(installed), "environment_mb": megabytes(environment),
                "run_s": round(time.monotonic() - began), "resumed": resume, "date": datetime.date.today().isoformat()}
        path.with_name("cost.json").write_text(json.dumps(cost, indent=1) + "\n", encoding="utf-8")
        print(f"make versions: torch {version}: done, {cost}", flush=True)
    finally:
        shutil.rmtree(environment, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", nargs="*", help="only these (default: every version in versions.toml)")
    parser.add_argument("--resume", action="store_true", help="run only missing or stale results; keep the rest")
    parser.add_argument("--failures", action="store_true", help="with --resume, run the failures again too")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="scripts run side by side")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one item may run (default 120)")
    parser.add_argument("--inside", metavar="LABEL", help=argparse.SUPPRESS)  # run here, in a version's environment
    args = parser.parse_args(argv)
    if args.inside:
        return inside(args.inside, args.resume, args.workers, args.timeout, args.failures)
    entries = [entry for entry in declared() if not args.versions or entry["torch"] in args.versions]
    for entry in entries:
        one_version(entry, args.resume, args.workers, args.timeout, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

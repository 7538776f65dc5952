"""`make gpu`: run the GPU-capable snippets and benchmarks on CUDA and write a results bundle.

Needs only torch and numpy (no MkDocs), so it runs on any CUDA machine:

    python3 -m scripts.runner.gpu_run --budget 480     # writes gpu-results/<device-slug>/bundle.json

Order: the device's description and peak copy rates first; then every GPU-capable snippet (gpu-capable.txt) and
`gpu = true` benchmark; then the other code cells of the topics that have one of those, so that
their notebooks can be published as GPU runs; the rest only with `--scope all`. Each item runs in the
same forked runner as the site build, with a limit of its own (`--timeout`); past `--budget`
seconds no new item starts. A failure (exception, crash, time-out, output a page could not show)
is recorded with its first line, and the run goes on. After every item its result is appended to
`results.jsonl` beside the bundle and the bundle is rewritten, so a run cut short still leaves
everything it finished; `--resume` runs only what is missing, stale or failed, and merges.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path

from scripts.runner import benchmark, bundle as bundles, cells, claim_tags, output_checks, snippet_files
from scripts.runner.fingerprint import ROOT, cpu_model, nvidia_smi
from scripts.runner.isolation import SnippetError, run_snippet

COPY_BYTES = 1 << 28  # 256 MiB: large enough to reach the streaming bandwidth


def copy_rates(device: str) -> tuple[float, float]:
    """Peak GB/s of a device-to-device copy (read + write) and of a copy from pinned host memory."""
    import torch
    from torch.utils.benchmark import Timer

    source = torch.empty(COPY_BYTES, dtype=torch.uint8, device=device)
    target = torch.empty_like(source)
    host = torch.empty(COPY_BYTES, dtype=torch.uint8, pin_memory=device == "cuda")
    on_device = benchmark.measure(Timer("target.copy_(source)", globals={"source": source, "target": target}), 0.5)
    from_host = benchmark.measure(Timer("target.copy_(host)", globals={"host": host, "target": target}), 0.5)
    return 2 * COPY_BYTES / on_device.median / 1e9, COPY_BYTES / from_host.median / 1e9


def describe(device: str) -> dict:
    import torch

    if device == "cuda":
        properties = torch.cuda.get_device_properties(0)
        name, capability = properties.name, f"{properties.major}.{properties.minor}"
        memory = properties.total_memory / 2**30
    else:  # the CPU stands in for a GPU when tests rehearse the pipeline
        name, capability, memory = f"CPU ({cpu_model()})", "n/a", 0.0
    copy_gbps, h2d_gbps = copy_rates(device)
    return {"name": name, "capability": capability, "memory_gib": round(memory, 1),
            "copy_gbps": round(copy_gbps, 1), "h2d_gbps": round(h2d_gbps, 1)}


def plan(scope: str, root: Path = ROOT) -> list[str]:
    """What to run, in order of value for a short lease."""
    everything = snippet_files.all_snippets()
    capable = [snippet for snippet in everything if snippet_files.gpu_capable(snippet)]
    topics = cells.topic_cells(root / "docs" / "en")
    companions = [cell for found in topics.values() if any(map(snippet_files.gpu_capable, found)) for cell in found]
    return list(dict.fromkeys(capable + companions + (everything if scope == "all" else [])))


def run_item(snippet: str, device: str, timeout: float, tables: set[str]) -> dict:
    """The bundle's result for one snippet: its output or figures, or the failure and its first line."""
    try:
        result = run_snippet(snippet, timeout, device)
    except SnippetError as error:
        failure = {"path": snippet, "kind": "failure", "status": error.kind, "error": error.first_line(), "ran": list(error.ran)}
        if error.printed:
            failure["output"] = error.printed  # what it printed before it stopped
        line = error.line_in(snippet)
        if line is not None and not snippet_files.is_benchmark(snippet):  # which tagged assert, if any, stopped it
            failure["claims"] = claim_tags.claims_at((ROOT / snippet).read_text(encoding="utf-8"), snippet, line)
        return failure
    if snippet_files.is_benchmark(snippet):
        return {"path": snippet, "kind": "benchmark", "data": result.data}
    problems = output_checks.problems(result.output, snippet in tables)
    if problems:  # never bring back what `make site` would refuse to show
        return {"path": snippet, "kind": "failure", "status": "output", "error": problems[0].splitlines()[0]}
    return {"path": snippet, "kind": "snippet", "output": result.output, "ran": list(result.ran)}


def reusable(previous: dict | None) -> dict:
    """The previous bundle's results that still match their snippets and did not fail."""
    if previous is None:
        return {}
    current = {snippet_files.digest(path) for path in snippet_files.all_snippets()}
    return {d: r for d, r in previous["results"].items() if d in current and r["kind"] != "failure"}


def write(found: dict, path: Path) -> None:
    bundles.validate(found, path)  # never write what the site would refuse to read
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(bundles.dumps(found), encoding="utf-8")
    temporary.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda", help="cuda (default); cpu only to rehearse the pipeline")
    parser.add_argument("--out", type=Path, default=ROOT, help="folder that receives gpu-results/")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one item may run (default 120)")
    parser.add_argument("--budget", type=float, default=None, help="seconds after which no new item starts")
    parser.add_argument("--scope", choices=("gpu", "all"), default="gpu", help="all: every snippet, not only GPU topics")
    parser.add_argument("--resume", action="store_true", help="run only missing, stale or failed items; merge")
    args = parser.parse_args(argv)
    start = time.monotonic()
    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("make gpu: no CUDA device here (torch.cuda.is_available() is False)", file=sys.stderr)
        return 2
    device = describe(args.device)
    print(f"make gpu: {device['name']}, copy {device['copy_gbps']} GB/s, from pinned host {device['h2d_gbps']} GB/s", flush=True)
    path = bundles.path_for(args.out, device["name"])
    previous = bundles.load(path) if args.resume and path.exists() else None
    results = reusable(previous)
    found = {
        "schema": bundles.SCHEMA, "device": device, "driver": (nvidia_smi("driver_version") or ["none"])[0],
        "cuda": torch.version.cuda or "none", "torch": torch.__version__,
        "date": datetime.date.today().isoformat(), "results": results,
    }
    tables = cells.table_snippets(ROOT / "docs" / "en")
    todo = [snippet for snippet in plan(args.scope) if snippet_files.digest(snippet) not in results]
    log = path.with_name("results.jsonl")
    log.parent.mkdir(parents=True, exist_ok=True)
    counts = {"ok": 0, "failed": 0, "not run": 0}
    with log.open("a" if args.resume else "w", encoding="utf-8") as stream:
        for number, snippet in enumerate(todo):
            if args.budget is not None and time.monotonic() - start > args.budget:
                counts["not run"] = len(todo) - number
                print(f"make gpu: budget of {args.budget:g} s spent; {counts['not run']} items not started", flush=True)
                break
            began = time.monotonic()
            result = run_item(snippet, args.device, args.timeout, tables)
            seconds = time.monotonic() - began
            digest = snippet_files.digest(snippet)
            stream.write(json.dumps({"digest": digest, "seconds": round(seconds, 2), **result}, ensure_ascii=False) + "\n")
            stream.flush()
            results[digest] = result
            found["results"] = dict(sorted(results.items()))
            write(found, path)
            status = result.get("status", "ok")
            counts["ok" if status == "ok" else "failed"] += 1
            print(f"{status:9} {seconds:7.2f} s  {snippet}" + (f"  {result['error']}" if status != "ok" else ""), flush=True)
    write(found, path)  # also when nothing was left to run: the description and date are this run's
    print(f"make gpu: {counts['ok']} ok, {counts['failed']} failed, {counts['not run']} not run, "
          f"{len(results)} results → {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

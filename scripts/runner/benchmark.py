"""Runs a benchmark declared as data, with torch.utils.benchmark.

A declaration is a TOML file beside the snippets, `snippets/<topic>/<name>.bench.toml`:

    setup = "x = torch.rand(n, device=device)"   # run before timing; sees torch, n, device
    sizes = [1_000, 100_000, 10_000_000]         # values of n, swept over orders of magnitude
    gpu = true                                   # the GPU runner runs it on CUDA too
    bytes = "8 * n"                              # optional: bytes moved per call, for bandwidth
    bandwidth = "device"                         # optional: what `bytes` cross: "device" memory (default)
                                                 # or "host-to-device" (compared with a pinned copy)
    min_run_time = 0.2                           # optional: seconds of timing per point
    num_threads = 1                              # optional: CPU threads given to the Timer

    [cases]                                      # legend name = statement timed
    "x.clone()" = "x.clone()"

    [[expect]]                                   # optional: readings of the chart, checked on the data
    claim = "…"                                  # (scripts/runner/expectations.py)

Only torch and the standard library are needed, so `make gpu` runs it where MkDocs is absent.
"""
from __future__ import annotations

import math
import statistics
import tomllib
from pathlib import Path

from scripts.runner import expectations

FIELDS = {"setup", "sizes", "gpu", "bytes", "bandwidth", "min_run_time", "num_threads", "cases", "expect"}
BANDWIDTHS = ("device", "host-to-device")


class DeclarationError(ValueError):
    pass


def load(path: str | Path) -> dict:
    """The declaration, checked: every mistake is reported with the file's name."""
    try:
        spec = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DeclarationError(f"{path}: {error}") from None
    problems = []
    if set(spec) - FIELDS:
        problems.append(f"unknown fields {sorted(set(spec) - FIELDS)}")
    if not isinstance(spec.get("cases"), dict) or not spec["cases"]:
        problems.append("[cases] must map legend names to statements")
    sizes = spec.get("sizes")
    if not isinstance(sizes, list) or len(sizes) < 3 or not all(isinstance(n, int) and n > 0 for n in sizes):
        problems.append("sizes must be at least three positive integers")
    elif sizes != sorted(sizes) or max(sizes) < 100 * min(sizes):
        problems.append("sizes must rise and span at least two orders of magnitude")
    if spec.get("bandwidth", "device") not in BANDWIDTHS:
        problems.append(f"bandwidth must be one of {BANDWIDTHS}")
    if problems:
        raise DeclarationError(f"{path}: " + "; ".join(problems))
    try:
        expectations.check_declarations(spec.get("expect", []), spec["cases"], str(path))
    except expectations.ExpectationError as error:
        raise DeclarationError(str(error)) from None
    defaults = {"setup": "", "gpu": False, "bytes": None, "bandwidth": "device", "min_run_time": 0.2, "num_threads": 1, "expect": []}
    return {**defaults, **spec}


def quartiles(times: list[float]) -> tuple[float, float, float]:
    if len(times) < 2:
        return times[0], times[0], times[0]
    q1, median, q3 = statistics.quantiles(times, n=4, method="inclusive")
    return q1, median, q3


def measure(timer, min_run_time: float):
    """One warm-up call (first-call allocations and kernel loading stay out of the figures), then the timing."""
    timer.timeit(1)
    return timer.blocked_autorange(min_run_time=min_run_time)


def run(spec: dict, device: str = "cpu") -> dict:
    """Median and quartiles of every case at every size, with what they were measured on."""
    import torch
    from torch.utils.benchmark import Timer

    points = {name: [] for name in spec["cases"]}
    for n in spec["sizes"]:
        names = {"torch": torch, "n": n, "device": device}
        for name, statement in spec["cases"].items():
            timer = Timer(stmt=statement, setup=spec["setup"], globals=names, num_threads=spec["num_threads"])
            measurement = measure(timer, spec["min_run_time"])
            q1, median, q3 = quartiles(measurement.times)
            point = {"n": n, "median": median, "q1": q1, "q3": q3, "runs": len(measurement.times)}
            if spec["bytes"]:
                point["bytes"] = eval(spec["bytes"], {"n": n, "math": math})  # a declared formula in n
            points[name].append(point)
    return {
        "device": device, "num_threads": spec["num_threads"], "torch": torch.__version__,
        "bandwidth": spec["bandwidth"], "cases": points,
    }

"""What the build runs on: the cache key's environment part and the footer's stamp.

Read without importing torch, so a build served entirely from the cache
never pays for loading it.
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The runner's own code shapes every output (seeding, capture), so it is part of the key.
RUNNER_FILES = ("scripts/worker.py", "scripts/executor.py")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


@functools.cache
def gpu_names() -> tuple[str, ...]:
    if not shutil.which("nvidia-smi"):
        return ()
    try:
        listing = subprocess.run(
            ["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return tuple(line.strip() for line in listing.stdout.splitlines() if line.strip())


@functools.cache
def fingerprint() -> dict[str, str]:
    """Everything besides a snippet's own code that can change what it prints."""
    runner = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in RUNNER_FILES)).hexdigest()
    return {
        "python": platform.python_version(),
        "torch": importlib.metadata.version("torch"),  # the local tag names the CUDA build, e.g. +cu126
        "markdown-exec": importlib.metadata.version("markdown-exec"),
        "cpu": cpu_model(),
        "gpu": ", ".join(gpu_names()) or "none",
        "runner": runner,
    }


def build_date() -> str:
    """Today, or the date in SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    )
    return moment.date().isoformat()


def stamp() -> dict[str, str]:
    """What the footer of every page says about the build."""
    env = fingerprint()
    device = env["gpu"] if env["gpu"] != "none" else f"CPU ({env['cpu']}, {os.cpu_count()} cores)"
    return {"torch": env["torch"], "device": device, "date": build_date()}

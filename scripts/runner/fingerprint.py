"""What a run happens on: the cache key's environment part, the runner's own digest, the footer's stamp.

Read without importing torch, so a build served entirely from the cache never pays for loading it.
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

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).resolve().parent


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def nvidia_smi(field: str) -> list[str]:
    """One value per GPU for an nvidia-smi query field; empty where there is no NVIDIA driver."""
    if not shutil.which("nvidia-smi"):
        return []
    try:
        query = subprocess.run(
            ["nvidia-smi", f"--query-gpu={field}", "--format=csv,noheader"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in query.stdout.splitlines() if line.strip()] if query.returncode == 0 else []


@functools.cache
def gpu_names() -> tuple[str, ...]:
    return tuple(nvidia_smi("name"))


def runner_digest() -> str:
    """sha256 of this package's code: it seeds, isolates and captures every run, so it shapes every output.

    Not cached: a long-lived process (`make serve`) must see an edit to the runner.
    """
    hasher = hashlib.sha256()
    for path in sorted(RUNNER.glob("*.py")):
        hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


@functools.cache
def environment() -> dict[str, str]:
    """Everything outside the project that can change what a snippet prints."""
    return {
        "python": platform.python_version(),
        "torch": importlib.metadata.version("torch"),  # the local tag names the CUDA build, e.g. +cu126
        "numpy": importlib.metadata.version("numpy"),
        "cpu": cpu_model(),
        "gpu": ", ".join(gpu_names()) or "none",
    }


def fingerprint() -> dict[str, str]:
    return {**environment(), "runner": runner_digest()}


def build_date() -> str:
    """Today, or the date in SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    )
    return moment.date().isoformat()


def stamp(cpu_label: str = "CPU ({cpu}, {cores} cores)") -> dict[str, str]:
    """What the footer of every page says about the build; `cpu_label` words the CPU in the page's language."""
    env = environment()
    device = env["gpu"] if env["gpu"] != "none" else cpu_label.format(cpu=env["cpu"], cores=os.cpu_count())
    return {"torch": env["torch"], "device": device, "date": build_date()}

"""Content-addressed cache of executed snippet results.

The key hashes the snippet's path and source digest (its code and every project module it imports,
followed recursively, so editing a helper re-runs the snippets that use it), the device, and the
environment fingerprint (Python, torch, numpy, CPU, GPUs, the runner's own code). Nothing else can
change what a self-contained snippet prints: there is no session state to key, and the time limit
only decides whether a run fails, and failures are never stored.

An entry stores a checksum of its own payload: a truncated or edited entry is detected, ignored and
rewritten, never rendered.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from scripts.runner import snippet_files
from scripts.runner.fingerprint import ROOT, fingerprint
from scripts.runner.isolation import Result

CACHE_DIR = Path(os.environ.get("SNIPPET_CACHE", ROOT / ".cache" / "exec"))


def key(snippet: str, device: str = "cpu", runner: str | None = None) -> str:
    """The cache key; `runner` pins the runner digest the caller will run with (it is part of the environment)."""
    env = fingerprint()
    if runner:
        env["runner"] = runner
    parts = {"env": env, "device": device, "snippet": snippet, "source": snippet_files.digest(snippet)}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _entry(key_: str, folder: Path | None = None) -> Path:
    return (folder or CACHE_DIR) / key_[:2] / f"{key_}.json"


def _checksum(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def load(key_: str, folder: Path | None = None) -> Result | None:
    """The stored result, or None when absent, unreadable or not intact; `folder`: another build's cache."""
    try:
        entry = json.loads(_entry(key_, folder).read_text(encoding="utf-8"))
        payload = entry["payload"]
        if entry["checksum"] != _checksum(payload) or payload["key"] != key_:
            return None
        return Result(
            output=payload["output"], seconds=float(payload["seconds"]), data=payload["data"], ran=tuple(payload["ran"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key_: str, snippet: str, result: Result) -> None:
    payload = {
        "key": key_, "snippet": snippet, "output": result.output, "seconds": result.seconds,
        "data": result.data, "ran": list(result.ran),
    }
    path = _entry(key_)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"payload": payload, "checksum": _checksum(payload)}), encoding="utf-8")
    temporary.replace(path)  # atomic: a build killed mid-write leaves no half entry

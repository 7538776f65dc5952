"""Content-addressed cache of executed snippet output.

The key hashes the snippet's source digest (its code and every project module
it imports, followed recursively, so editing a helper re-runs the snippets that
use it), the block's time limit, the device and the environment fingerprint. Each snippet is self-contained,
so no earlier block can change what it prints: there is no session state to key.

An entry stores a checksum of its own payload: a truncated or edited entry is
detected, ignored and rewritten, never rendered. Errors are never stored.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from scripts import sources
from scripts.environment import ROOT, fingerprint
from scripts.executor import Result

CACHE_DIR = Path(os.environ.get("SNIPPET_CACHE", ROOT / ".cache" / "exec"))


def key(snippet: str, timeout: float, device: str = "cpu") -> str:
    parts = {"env": fingerprint(), "timeout": timeout, "device": device, "snippet": snippet}
    parts["source"] = sources.digest(snippet)
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _entry(key_: str) -> Path:
    return CACHE_DIR / key_[:2] / f"{key_}.json"


def _checksum(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def load(key_: str) -> Result | None:
    """The stored result, or None when absent, unreadable or not intact."""
    try:
        entry = json.loads(_entry(key_).read_text(encoding="utf-8"))
        payload = entry["payload"]
        if entry["checksum"] != _checksum(payload) or payload["key"] != key_:
            return None
        return Result(output=payload["output"], seconds=float(payload["seconds"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key_: str, snippet: str, result: Result) -> None:
    payload = {"key": key_, "snippet": snippet, "output": result.output, "seconds": result.seconds}
    path = _entry(key_)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"payload": payload, "checksum": _checksum(payload)}), encoding="utf-8")
    temporary.replace(path)  # atomic: a build killed mid-write leaves no half entry

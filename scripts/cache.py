"""Content-addressed cache of executed snippet output.

The key hashes the snippet's code, every project module it imports (followed
recursively, so editing a helper re-runs the snippets that use it), the block's
time limit and the environment fingerprint. Each snippet is self-contained,
so no earlier block can change what it prints: there is no session state to key.

An entry stores a checksum of its own payload: a truncated or edited entry is
detected, ignored and rewritten, never rendered. Errors are never stored.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
from pathlib import Path

from scripts.environment import ROOT, fingerprint
from scripts.executor import Result

CACHE_DIR = Path(os.environ.get("SNIPPET_CACHE", ROOT / ".cache" / "exec"))
PROJECT_PACKAGES = ("snippets", "scripts")


def project_modules(path: Path, seen: set[Path] | None = None) -> set[Path]:
    """The files under snippets/ or scripts/ that `path` imports, directly or not."""
    seen = set() if seen is None else seen
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            for candidate in _candidates(name, path.parent):
                if candidate.is_file() and candidate not in seen:
                    seen.add(candidate)
                    project_modules(candidate, seen)
    return seen


def _candidates(module: str, folder: Path) -> list[Path]:
    parts = module.split(".")
    # A script's own folder is first on sys.path, so `import helper` finds a sibling file.
    found = [folder.joinpath(*parts).with_suffix(".py"), folder.joinpath(*parts, "__init__.py")]
    if parts[0] in PROJECT_PACKAGES:
        found += [ROOT.joinpath(*parts).with_suffix(".py"), ROOT.joinpath(*parts, "__init__.py")]
    return found


def key(snippet: str, timeout: float) -> str:
    path = ROOT / snippet
    digest = hashlib.sha256()
    digest.update(json.dumps({"env": fingerprint(), "timeout": timeout, "snippet": snippet}, sort_keys=True).encode())
    digest.update(path.read_bytes())
    for module in sorted(project_modules(path)):
        digest.update(module.relative_to(ROOT).as_posix().encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()


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

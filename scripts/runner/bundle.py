"""Results bundles: written by the runner on another machine (`make gpu`), read by the site build.

A bundle is `gpu-results/<device-slug>/bundle.json`, or `version-results/torch-<version>/bundle.json`
for a CPU run on another torch version (scripts/runner/version_run.py):

    {"schema": 2,
     "device": {"name", "capability", "memory_gib", "copy_gbps", "h2d_gbps"},  # measured peaks, GB/s
     "driver", "cuda", "torch", "date",
     "results": {<digest>: {"path": "snippets/…", "kind": "snippet", "output": "…", "ran": [lines]}
                          | {"path": "snippets/…", "kind": "benchmark", "data": {…}}
                          | {"path": "snippets/…", "kind": "failure", "status": "exception" | "crash"
                             | "timeout" | "output", "error": "its first line",
                             "ran": [lines], "claims": [ids of the tagged assert it stopped at],
                             "output": "what it printed before it stopped"}}}

`copy_gbps` is a device-to-device copy (read + write), `h2d_gbps` a copy from pinned host memory.
Each result is keyed by the digest of the snippet's source (scripts/runner/snippet_files.py), so a
snippet edited after its run no longer matches: its result is stale.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

SCHEMA = 2
FOLDER = "gpu-results"
TOP_FIELDS = {"schema", "device", "driver", "cuda", "torch", "date", "results"}
DEVICE_FIELDS = {"name", "capability", "memory_gib", "copy_gbps", "h2d_gbps"}
PAYLOAD = {"snippet": "output", "benchmark": "data", "failure": "error"}
FAILURES = {"exception", "crash", "timeout", "output"}


class BundleError(ValueError):
    """A bundle that cannot be trusted; the message names its file."""


@dataclass(frozen=True)
class Match:
    status: str  # "current", "failed" (current, but it failed there), "stale" or "none"
    bundle: dict | None = None
    result: dict | None = None


def slug(device_name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", device_name.lower()).strip("-")


def path_for(root: Path, device_name: str) -> Path:
    return root / FOLDER / slug(device_name) / "bundle.json"


def validate(bundle: object, path: Path) -> dict:
    def fail(reason: str):
        raise BundleError(f"{path}: {reason}")

    if not isinstance(bundle, dict):
        fail("not a JSON object")
    if bundle.get("schema") != SCHEMA:
        fail(f"unknown schema version {bundle.get('schema')!r} (this build reads {SCHEMA})")
    if set(bundle) != TOP_FIELDS:
        fail(f"fields {sorted(bundle)} instead of {sorted(TOP_FIELDS)}")
    if not isinstance(bundle["device"], dict) or set(bundle["device"]) != DEVICE_FIELDS:
        fail(f"device must hold {sorted(DEVICE_FIELDS)}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(bundle["date"])):
        fail(f"date {bundle['date']!r} is not YYYY-MM-DD")
    if not isinstance(bundle["results"], dict):
        fail("results must be an object")
    for digest, result in bundle["results"].items():
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not isinstance(result, dict):
            fail(f"result {digest!r} is not keyed by a sha256 digest")
        kind = result.get("kind")
        payload = PAYLOAD.get(kind)
        if payload is None or not isinstance(result.get("path"), str) or payload not in result:
            fail(f"result {digest[:12]}… lacks kind, path or its {payload or 'output/data/error'}")
        if kind == "benchmark" and not isinstance(result["data"].get("cases"), dict):
            fail(f"benchmark result {digest[:12]}… has no cases")
        if kind == "failure" and result.get("status") not in FAILURES:
            fail(f"failure {digest[:12]}… has no status among {sorted(FAILURES)}")
    return bundle


def load(path: Path) -> dict:
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleError(f"{path}: unreadable or truncated JSON ({error})") from None
    return validate(bundle, path)


def dumps(bundle: dict) -> str:
    return json.dumps(bundle, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def newest(root: Path) -> dict | None:
    """The most recent valid bundle under root/gpu-results; any broken one is an error."""
    bundles = [load(path) for path in sorted((root / FOLDER).glob("*/bundle.json"))]
    return max(bundles, key=lambda bundle: bundle["date"], default=None)


def find(bundle: dict | None, path: str, digest: str) -> Match:
    """The result for a snippet: current (or failed) if its digest matches, stale if only its path does."""
    if bundle is None:
        return Match("none")
    if digest in bundle["results"] and bundle["results"][digest]["path"] == path:
        result = bundle["results"][digest]
        return Match("failed" if result["kind"] == "failure" else "current", bundle, result)
    for result in bundle["results"].values():
        if result["path"] == path:
            return Match("stale", bundle, result)
    return Match("none", bundle)


def stale(bundle: dict | None, digests: dict[str, str]) -> list[str]:
    """Paths whose result no longer matches the snippet (`digests`: path → current digest)."""
    return sorted(path for path, digest in digests.items() if find(bundle, path, digest).status == "stale")


def failed(bundle: dict | None, digests: dict[str, str]) -> list[str]:
    """Paths whose current result is a failure."""
    return sorted(path for path, digest in digests.items() if find(bundle, path, digest).status == "failed")

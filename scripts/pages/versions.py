"""Other torch versions on the page: each block's version line and tab, each claim's versions, the changes.

The bundles come from `make versions` (scripts/runner/version_run.py): one per version, in the GPU
bundles' schema, keyed by each snippet's digest. A result whose digest no longer matches its
snippet is stale: left out of every comparison, and named with its run's date.

Outputs are compared as printed, except the location of the environment's own files: each version
ran from a throwaway environment of its own, so `…/site-packages/` paths are compared without it.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from scripts.runner import bundle as bundles, expectations, snippet_files

FOLDER = "version-results"
SITE_PACKAGES = re.compile(r"(?:/[^\s\"'/]+)+/site-packages/")


class VersionError(ValueError):
    """A version bundle the build cannot use; the message names its file."""


def key(label: str) -> tuple[int, ...]:
    """"2.13.0+cpu" → (2, 13, 0): versions sort by their numbers, whatever build they name."""
    return tuple(int(part) for part in re.match(r"\d+(?:\.\d+)*", label)[0].split("."))


def load(root: Path) -> list[dict]:
    """Every version bundle under root/version-results, oldest version first."""
    found = []
    for path in sorted((root / FOLDER).glob("torch-*/bundle.json")):
        bundle = bundles.load(path)  # BundleError names the file
        label = path.parent.name.removeprefix("torch-")
        if not re.fullmatch(r"\d+(?:\.\d+){1,2}", label) or bundle["torch"] != label:
            raise bundles.BundleError(f"{path}: its folder and its torch field must name the same version, got {bundle['torch']!r}")
        found.append(bundle)
    return sorted(found, key=lambda bundle: key(bundle["torch"]))


def comparable(text: str) -> str:
    return SITE_PACKAGES.sub(".../site-packages/", text)


@dataclass
class View:
    """What the other versions did with one block, beside this build's result."""

    pinned: str  # this build's torch
    order: list[str]  # every version with a current result, and the pinned one, oldest first
    same: list[str] = field(default_factory=list)  # printed what this build printed (the pinned version included)
    outputs: dict[str, list[str]] = field(default_factory=dict)  # another output → its versions
    data: dict[str, dict] = field(default_factory=dict)  # a benchmark's figures by version
    failed: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # version → (first error line, claims)
    stale: dict[str, str] = field(default_factory=dict)  # version → date of its run
    missing: list[str] = field(default_factory=list)

    def differs(self) -> bool:
        return bool(self.outputs or self.failed)


def view(found: list[dict], pinned: str, path: str, printed: str | None) -> View:
    """`printed`: this build's output to compare with; None where outputs are not compared (timings, benchmarks)."""
    digest = snippet_files.digest(path)
    result = View(pinned, [])
    current = []
    for bundle in found:
        match = bundles.find(bundle, path, digest)
        label = bundle["torch"]
        if match.status == "stale":
            result.stale[label] = bundle["date"]
        elif match.status == "none":
            result.missing.append(label)
        elif match.result["kind"] == "failure":
            result.failed[label] = (match.result["error"], match.result.get("claims", []))
            current.append(label)
        else:
            current.append(label)
            if match.result["kind"] == "benchmark":
                result.data[label] = match.result["data"]
            if printed is None or comparable(match.result["output"]) == comparable(printed):
                result.same.append(label)
            else:
                result.outputs.setdefault(match.result["output"], []).append(label)
    result.same.append(pinned)
    result.order = sorted(current + [pinned], key=key)
    result.same.sort(key=key)
    return result


def spans(labels: list[str], order: list[str], separator: str) -> str:
    """Versions as runs of the checked ones: "2.6.0 – 2.15.0, 2.1.2"."""
    chosen = set(labels)
    runs: list[list[str]] = []
    previous = False
    for label in order:
        if label in chosen:
            if previous:
                runs[-1].append(label)
            else:
                runs.append([label])
        previous = label in chosen
    return separator.join(run[0] if len(run) == 1 else f"{run[0]} – {run[-1]}" for run in runs)


def diff(pinned: str, other: str) -> str:
    """The lines that differ, from this build's output to the other version's."""
    lines = difflib.unified_diff(pinned.splitlines(), other.splitlines(), "this build", "other", lineterm="", n=1)
    return "\n".join(line for line in lines if not line.startswith(("---", "+++")))


def changes(view_: View, printed: str | None) -> list[str]:
    """The versions at which the block's behaviour changed: the first of each run that differs from the one before."""
    def behaviour(label: str) -> str:
        if label in view_.failed:
            return "raised: " + view_.failed[label][0]
        for output, labels in view_.outputs.items():
            if label in labels:
                return comparable(output)
        return "same"

    marks = [behaviour(label) for label in view_.order]
    return [label for label, before, now in zip(view_.order[1:], marks, marks[1:]) if before != now]


def claim_verdict(bundle: dict, proofs: list[dict], claim: str) -> str | None:
    """"holds", "fails" or "unreached" for one claim on one version; None where its results are missing or stale."""
    verdicts = set()
    for proof in proofs:
        match = bundles.find(bundle, proof["snippet"], snippet_files.digest(proof["snippet"]))
        if match.status not in ("current", "failed"):
            continue
        result = match.result
        if proof["kind"] == "expectation":
            if proof["expect"].get("on") == "gpu" or result["kind"] != "benchmark":
                verdicts.add("unreached")
                continue
            verdicts.add("holds" if expectations.evaluate(proof["expect"], result["data"])[0] else "fails")
        elif proof["line"] in result.get("ran", []):
            verdicts.add("holds")
        elif result["kind"] == "failure" and claim in result.get("claims", []):
            verdicts.add("fails")
        else:
            verdicts.add("unreached")
    return next((verdict for verdict in ("holds", "fails", "unreached") if verdict in verdicts), None)


def range_problems(claim: str, since: str, verdicts: dict[str, str]) -> list[str]:
    """A declared range holds on every checked version from `since` on, and not on the newest one below it."""
    inside = [label for label in verdicts if key(label) >= key(since)]
    below = sorted((label for label in verdicts if key(label) < key(since)), key=key)
    problems = [f"claim {claim} (since {since}) does not hold on torch {label}: it {verdicts[label]}"
                for label in sorted(inside, key=key) if verdicts[label] != "holds"]
    if not below:
        problems.append(f"claim {claim} (since {since}): no checked version below {since} shows that it changed")
    elif verdicts[below[-1]] == "holds":
        problems.append(f"claim {claim} (since {since}) already holds on torch {below[-1]}: its range starts later than the change")
    return problems


def claim_changes(claims_: list) -> list[dict]:
    """Each version at which a claim's verdict differs from the checked version before it."""
    found = []
    for claim in claims_:
        order = sorted(claim.versions, key=key)
        for before, now in zip(order, order[1:]):
            if claim.versions[before] != claim.versions[now]:
                found.append({"version": now, "page": claim.page, "url": claim.url, "claim": claim.id, "text": claim.text,
                              "section": claim.section, "kind": "claim", "verdict": claim.versions[now]})
    return found

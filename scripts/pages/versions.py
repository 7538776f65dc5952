"""Other torch versions on the page: each block's version line and tab, each claim's versions, the changes.

The bundles come from `make versions` (scripts/runner/version_run.py): one per version, in the GPU
bundles' schema, keyed by each snippet's digest. A result whose digest no longer matches its
snippet is stale: left out of every comparison, and named with its run's date.

Outputs are compared as printed, except what belongs to the environment or the build rather than
to the behaviour: each version ran from a throwaway environment of its own, so `…/site-packages/`
paths are compared without it; the package index's CUDA wheels, run on a CPU, log a warning of their
own about the missing CUDA runtime, which a CPU wheel of the same version does not print; and a C++
warning names the line of torch's source that raised it, which moves from release to release.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from scripts.runner import bundle as bundles, expectations, snippet_files

FOLDER = "version-results"
SITE_PACKAGES = re.compile(r"(?:/[^\s\"'/]+)+/site-packages/")
NO_CUDA_RUNTIME = re.compile(r"^(?:.*\] )?No CUDA runtime is found, using CUDA_HOME=.*\n?", re.MULTILINE)
RAISED_AT = re.compile(r"(Triggered internally at )[^\s)]+:\d+")


class VersionError(ValueError):
    """A version bundle the build cannot use; the message names its file."""


def key(label: str) -> tuple[int, ...]:
    """"2.6" → (2, 6, 0, 0), "2.13.0+cpu" → (2, 13, 0, 1): by number, and a named build after the
    package index's build of the same number."""
    numbers = [int(part) for part in re.match(r"\d+(?:\.\d+)*", label)[0].split(".")]
    return (*numbers, *[0] * (3 - len(numbers)), int("+" in label))


def steps(order: list[str], pinned: str) -> list[tuple[str, str]]:
    """The pairs of versions between which a change is read, in order.

    The bundles hold the package index's builds. Where one of them has the pinned version's number,
    the pinned build is compared with that one only, so that a change between versions is never
    read across two kinds of build; otherwise the pinned version takes its place in the line."""
    twin = next((label for label in order if label != pinned and key(label)[:3] == key(pinned)[:3]), None) if pinned in order else None
    line = [label for label in order if label != pinned] if twin else order
    return list(zip(line, line[1:])) + ([(twin, pinned)] if twin else [])


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
    return RAISED_AT.sub(r"\1…", SITE_PACKAGES.sub(".../site-packages/", NO_CUDA_RUNTIME.sub("", text)))


@dataclass
class View:
    """What the other versions did with one block, beside this build's result."""

    pinned: str  # this build's torch
    order: list[str]  # every version with a current result, and the pinned one, oldest first
    same: list[str] = field(default_factory=list)  # printed what this build printed (the pinned version included)
    outputs: dict[str, list[str]] = field(default_factory=dict)  # another output → its versions
    data: dict[str, dict] = field(default_factory=dict)  # a benchmark's figures by version
    failed: dict[str, tuple[str, tuple[str, ...], str]] = field(default_factory=dict)  # version → (first error line, claims, printed before)
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
            result.failed[label] = (match.result["error"], tuple(match.result.get("claims", [])), match.result.get("output", ""))
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


def changes(view_: View) -> list[tuple[str, str]]:
    """Each version at which the block's behaviour changed (see steps), and how: "raises" where it
    starts raising, "recovers" where it stops, "raises-differently", or "prints" differently."""
    def behaviour(label: str) -> tuple[bool, str]:
        if label in view_.failed:
            error, _, printed = view_.failed[label]
            return True, comparable(printed) + error
        return False, next((comparable(output) for output, labels in view_.outputs.items() if label in labels), "same")

    found = []
    for before, now in steps(view_.order, view_.pinned):
        (raised_before, was), (raises, now_is) = behaviour(before), behaviour(now)
        if (raised_before, was) != (raises, now_is):
            how = ("raises-differently" if raised_before else "raises") if raises else "recovers" if raised_before else "prints"
            found.append((now, how))
    return found


def claim_verdict(bundle: dict, proofs: list[dict], claim: str) -> str | None:
    """"holds", "fails", "unreached" (the run raised before the assert) or "untaken" (it ended without
    taking the assert's branch, such as a CUDA branch on a CPU-only run); None where results are missing or stale."""
    verdicts = set()
    for proof in proofs:
        match = bundles.find(bundle, proof["snippet"], snippet_files.digest(proof["snippet"]))
        if match.status not in ("current", "failed"):
            continue
        result = match.result
        if proof["kind"] == "expectation":
            if result["kind"] != "benchmark":
                verdicts.add("unreached")
                continue
            if proof["expect"].get("on") == "gpu":
                verdicts.add("untaken")
                continue
            verdicts.add("holds" if expectations.evaluate(proof["expect"], result["data"])[0] else "fails")
        elif proof["line"] in result.get("ran", []):
            verdicts.add("holds")
        elif result["kind"] == "failure":
            verdicts.add("fails" if claim in result.get("claims", []) else "unreached")
        else:
            verdicts.add("untaken")
    return next((verdict for verdict in ("holds", "fails", "unreached", "untaken") if verdict in verdicts), None)


def range_problems(claim: str, bound: str, version: str, verdicts: dict[str, str]) -> list[str]:
    """A declared range holds on every checked version inside it, and not on the nearest one outside.

    since=2.6: from 2.6 on (any build), and its assert fails on the newest version below 2.6;
    until=2.13: up to 2.13 (any build), and its assert fails on the oldest version above 2.13."""
    def inside(label: str) -> bool:
        return key(label)[:3] >= key(version)[:3] if bound == "since" else key(label)[:3] <= key(version)[:3]

    declared = f"{bound} {version}"
    outside = sorted((label for label in verdicts if not inside(label)), key=key, reverse=bound == "since")
    problems = [f"claim {claim} ({declared}) does not hold on torch {label}: it {verdicts[label]}"
                for label in sorted(verdicts, key=key) if inside(label) and verdicts[label] != "holds"]
    if not outside:
        problems.append(f"claim {claim} ({declared}): no checked version {'below' if bound == 'since' else 'above'} {version} shows that it changed")
    elif verdicts[outside[0]] == "holds":
        problems.append(f"claim {claim} ({declared}) also holds on torch {outside[0]}: the change lies beyond the declared range")
    elif verdicts[outside[0]] != "fails":
        problems.append(f"claim {claim} ({declared}): torch {outside[0]} did not reach its assert, which proves no change")
    return problems


def claim_changes(claims_: list, pinned: str) -> list[dict]:
    """Each version at which a claim's assert fails where it held on the checked version before it,
    or the reverse (see steps). An assert not reached is no change of its own: the block that stopped
    before it is listed."""
    found = []
    for claim in claims_:
        if all(proof["kind"] == "expectation" for proof in claim.proofs):
            continue  # a benchmark's reading: timings are not compared across versions
        for before, now in steps(sorted(claim.versions, key=key), pinned):
            if {claim.versions[before], claim.versions[now]} == {"holds", "fails"}:
                found.append({"version": now, "page": claim.page, "url": claim.url, "claim": claim.id, "text": claim.text,
                              "section": claim.section, "kind": "claim", "verdict": claim.versions[now]})
    return found

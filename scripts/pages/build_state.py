"""The state of one build, created by the hooks at on_config and handed explicitly to what needs it."""
from __future__ import annotations

from dataclasses import dataclass, field

from scripts.pages import claims, execution
from scripts.runner.isolation import Result


@dataclass(frozen=True)
class Page:
    """The page whose blocks are being rendered."""

    source: str  # e.g. docs/zh/tensor-copies.md, for messages
    name: str  # e.g. tensor-copies.md
    url: str  # e.g. tensor-copies/


@dataclass
class Build:
    labels: dict  # the language's extra.gpu
    bundle: dict | None  # the newest GPU results bundle
    stamp: dict  # torch, device and date of this build (the footer's)
    claim_labels: dict = field(default_factory=dict)  # the language's extra.claims
    output_label: str = ""  # the language's extra.output, above what a snippet printed
    runs: execution.Runs = field(default_factory=execution.Runs)
    page: Page = Page("?", "?", "")
    results: dict[str, Result] = field(default_factory=dict)  # snippet → its result in this build
    outcomes: dict[tuple[str, str], tuple[bool, str]] = field(default_factory=dict)  # (benchmark, claim) → held, figures
    claims: list[claims.Claim] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # src_uri → page title, for the ledger
    versions: list[dict] = field(default_factory=list)  # the other torch versions' bundles, oldest first
    version_labels: dict = field(default_factory=dict)  # the language's extra.versions
    changes: list[dict] = field(default_factory=list)  # what behaves differently on another version (scripts/pages/versions.py)

"""Measures what the execution cache buys, side by side in one run on one machine.

In a throwaway copy of the project, with a private cache, it times builds of
both languages:
  floor   execution off (SNIPPET_EXEC=off): what MkDocs alone costs
  cold    empty cache: every block runs (ahead of the pages, one per core)
  serial  empty cache, one block at a time (SNIPPET_WORKERS=1): each block's own run time
  warm    no change: everything from the cache
  touch   one snippet edited: that block alone runs
and prints the figures, the ratios and whether each target is met:
  warm  <= 1.10 x floor
  touch <= (floor + the touched snippet's own run time) x 1.10
  cold  <= floor + (the blocks' own run times alone, summed) x 1.10: execution adds no cost of its own
  cold runs each block exactly once across both languages
Floor, warm and touch are measured in interleaved rounds and reported as
medians, so that a noisy neighbour hurts them alike.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("docs", "snippets", "scripts", "overrides", "mkdocs.yml", "mkdocs.en.yml")
ROUNDS = 3


def copy_project(target: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)


def build_both(project: Path, env: dict) -> float:
    """Seconds for the zh and then the en build, as `make site` runs them."""
    start = time.perf_counter()
    for config, site in (("mkdocs.yml", "site"), ("mkdocs.en.yml", "site/en")):
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", site],
            cwd=project, env=env, capture_output=True, text=True,
        )
        if result.returncode != 0:
            sys.exit(f"build failed ({config}):\n{result.stderr}")
    return time.perf_counter() - start


def totals(project: Path) -> tuple[dict, dict]:
    return tuple(
        json.loads((project / site / "exec-report.json").read_text(encoding="utf-8"))["totals"]
        for site in ("site", "site/en")
    )


def report_rows(project: Path) -> list[dict]:
    return json.loads((project / "site/exec-report.json").read_text(encoding="utf-8"))["rows"]


def standalone_seconds(snippet: Path) -> float:
    """The touched block's own run time: the snippet run as a reader would run it."""
    start = time.perf_counter()
    subprocess.run([sys.executable, str(snippet)], cwd=snippet.parent, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temporary:
        project = Path(temporary) / "project"
        copy_project(project)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPET_CACHE": str(Path(temporary) / "cache")}
        env.pop("SNIPPET_FRESH", None)
        floor_env = {**env, "SNIPPET_EXEC": "off"}

        cold = build_both(project, env)
        zh, en = totals(project)
        unique = len({row["snippet"] for row in report_rows(project)})
        serial = build_both(project, {**env, "SNIPPET_FRESH": "1", "SNIPPET_WORKERS": "1"})
        runs = sum(row["seconds"] for row in report_rows(project) if not row["cached"])  # each block alone, as the runner timed it
        once = zh["executed"] == unique and en["executed"] == 0

        # The touched snippet: the first one that is not a timing benchmark, so its own time is steady.
        touched = next(p for p in sorted((project / "snippets").rglob("*.py")) if "timing" not in p.name)
        original = touched.read_text(encoding="utf-8")
        floors, warms, touches, owns = [], [], [], []
        for round_ in range(ROUNDS):
            floors.append(build_both(project, floor_env))
            warms.append(build_both(project, env))
            touched.write_text(original + f"# touched {round_}\n", encoding="utf-8")
            touches.append(build_both(project, env))
            owns.append(standalone_seconds(touched))
        touched_totals = totals(project)

    floor, warm, touch, own = (statistics.median(values) for values in (floors, warms, touches, owns))
    touch_budget = (floor + own) * 1.10
    checks = [
        (f"cold build runs each of {unique} blocks once across both languages "
         f"(zh executed {zh['executed']}, en executed {en['executed']})", once),
        (f"warm / floor = {warm / floor:.2f} <= 1.10", warm <= 1.10 * floor),
        (f"cold {cold:.2f} s <= floor {floor:.2f} s + blocks' own runs {runs:.2f} s x 1.10 = {floor + runs * 1.10:.2f} s",
         cold <= floor + runs * 1.10),
        (f"touch-one {touch:.2f} s <= (floor {floor:.2f} s + own run {own:.2f} s) x 1.10 = {touch_budget:.2f} s "
         f"(executed zh {touched_totals[0]['executed']}, en {touched_totals[1]['executed']})",
         touch <= touch_budget and touched_totals[0]["executed"] == 1 and touched_totals[1]["executed"] == 0),
    ]
    print(f"both languages, medians of {ROUNDS} interleaved rounds; touched {touched.relative_to(project)}")
    print(f"  floor (no execution) {floor:7.2f} s")
    print(f"  cold (empty cache)   {cold:7.2f} s   {cold / floor:5.2f} x floor")
    print(f"  cold, one at a time  {serial:7.2f} s   {serial / floor:5.2f} x floor   (cold / serial = {cold / serial:.2f})")
    print(f"  warm (no change)     {warm:7.2f} s   {warm / floor:5.2f} x floor")
    print(f"  touch one snippet    {touch:7.2f} s   {touch / floor:5.2f} x floor")
    for text, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

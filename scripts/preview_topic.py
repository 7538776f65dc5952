"""Strict build of a few topics, both languages, in a minute: an author's loop while writing a page.

    python -m scripts.preview_topic <topic> [<topic> ...] [--out DIR]

The named topics are built as they are, with every check of the real build (marks, tags, sections,
executed asserts, expectations, links). Every other page is replaced by a stub holding only its title
and its headings, so that links and anchors to it resolve while none of its snippets run. Runs
share the checkout's cache (.cache/exec), so a second preview re-runs only what changed. The other
torch versions' results come along only when the What changed page (versions) is among the topics,
since that page lists the changes of every page it is built with. `make site` remains the build that
counts.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from scripts.runner.fingerprint import ROOT

LANGS = {"zh": "mkdocs.yml", "en": "mkdocs.en.yml"}
HEADING = re.compile(r"^#{1,4} .*$", re.MULTILINE)


def stub(markdown: str) -> str:
    """The page's title and headings (anchors included), without front matter, prose or code."""
    body = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.DOTALL)
    return "\n\n".join(HEADING.findall(body)) + "\n"


def copy_machinery(root: Path, folders: tuple[str, ...] = ("scripts", "overrides")) -> None:
    """The checkout's build machinery and both configs, without a nav, copied under `root` (tests use it too)."""
    for folder in folders:
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in LANGS.values():
        config = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
        config.pop("nav", None)  # the pages are found by listing the docs folder
        (root / name).write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def make_project(root: Path, topics: list[str]) -> None:
    copy_machinery(root, ("scripts", "overrides", "snippets") + (("version-results",) if "versions" in topics else ()))
    # A page in one language only is someone's work in progress: it would fail the parity check here.
    paired = set.intersection(*({page.name for page in (ROOT / "docs" / lang).glob("*.md")} for lang in LANGS))
    for lang in LANGS:
        for page in (ROOT / "docs" / lang).glob("*.md"):
            if page.name not in paired:
                continue
            target = root / "docs" / lang / page.name
            target.parent.mkdir(parents=True, exist_ok=True)
            text = page.read_text(encoding="utf-8")
            target.write_text(text if page.stem in topics else stub(text), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="+")
    parser.add_argument("--out", type=Path, help="where to leave the built site (default: a temporary folder)")
    args = parser.parse_args(argv)
    missing = [t for t in args.topics if not all((ROOT / "docs" / lang / f"{t}.md").exists() for lang in LANGS)]
    if missing:
        print(f"no page in both docs/zh and docs/en for: {', '.join(missing)}")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "project"
        make_project(project, args.topics)
        out = args.out or Path(folder) / "site"
        env = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "SNIPPET_CACHE": str(ROOT / ".cache" / "exec")}
        for lang, config in LANGS.items():
            target = out if lang == "zh" else out / "en"
            done = subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(target.resolve())],
                cwd=project, env=env, capture_output=True, text=True,
            )
            print(f"{lang}: {'passed' if done.returncode == 0 else 'FAILED'}")
            if done.returncode:  # the warnings name the throwaway copy: name the checkout's files instead
                for line in (done.stdout + done.stderr).splitlines():
                    if line.startswith(("WARNING", "ERROR", "Aborted")) or "Error" in line:
                        print(line.replace(f"{project}/", ""))
                return 1
    print(f"both languages of {', '.join(args.topics)} built strictly")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

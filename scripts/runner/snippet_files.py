"""Snippet files as the runner sees them: what each depends on, its digest, whether it runs on a GPU."""
from __future__ import annotations

import ast
import hashlib
import re
import tomllib
from pathlib import Path

from scripts.runner.fingerprint import ROOT, RUNNER

PROJECT_PACKAGES = ("snippets", "scripts")
BENCH_SUFFIX = ".bench.toml"
GPU_LIST = "gpu-capable.txt"  # in a topic's folder: the names of its .py snippets that run on CUDA when it is there
INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^"]+)"\s*$', re.MULTILINE)  # a page's include line


def is_benchmark(path: str | Path) -> bool:
    return str(path).endswith(BENCH_SUFFIX)


IMPORT_LINE = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w., ]+))", re.MULTILINE)


def _may_import_project_files(text: str, folder: Path) -> bool:
    """A cheap first look, so that most snippets (torch and numpy only) skip the full parse."""
    for source, imported in IMPORT_LINE.findall(text):
        for name in [source] if source else [part.strip() for part in imported.split(",")]:
            top = name.split(".")[0]
            if top in PROJECT_PACKAGES or (folder / f"{top}.py").exists() or (folder / top).is_dir():
                return True
    return False


def project_modules(path: Path, seen: set[Path] | None = None) -> set[Path]:
    """The files under snippets/ or scripts/ that `path` imports, directly or not."""
    seen = set() if seen is None else seen
    text = path.read_text(encoding="utf-8")
    if not _may_import_project_files(text, path.parent):
        return seen
    tree = ast.parse(text, filename=str(path))
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


def dependencies(path: Path) -> set[Path]:
    """Project files whose change can change what `path` prints. A benchmark depends on its runner."""
    if is_benchmark(path):
        runner = RUNNER / "benchmark.py"
        return {runner} | project_modules(runner)
    return project_modules(path)


def digest(snippet: str) -> str:
    """sha256 of the snippet and of every project module it depends on."""
    path = ROOT / snippet
    hasher = hashlib.sha256(path.read_bytes())
    for module in sorted(dependencies(path)):
        hasher.update(b"\0" + module.relative_to(ROOT).as_posix().encode() + b"\0" + module.read_bytes())
    return hasher.hexdigest()


def gpu_capable(snippet: str) -> bool:
    path = ROOT / snippet
    if is_benchmark(path):
        return bool(tomllib.loads(path.read_text(encoding="utf-8")).get("gpu", False))
    listed = path.parent / GPU_LIST  # outside the code, so that the code a reader copies is exactly the example
    return listed.is_file() and path.name in listed.read_text(encoding="utf-8").split()


def all_snippets() -> list[str]:
    """Every snippet and benchmark declaration, as paths relative to the project root."""
    files = [*ROOT.glob("snippets/**/*.py"), *ROOT.glob(f"snippets/**/*{BENCH_SUFFIX}")]
    return sorted(path.relative_to(ROOT).as_posix() for path in files)

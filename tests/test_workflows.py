"""The GitHub workflows: valid against GitHub's schema (offline), and shaped as the project needs."""
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECK = Path(sys.executable).parent / "check-jsonschema"


def test_workflows_match_the_github_schema():
    assert WORKFLOWS
    result = subprocess.run([CHECK, "--builtin-schema", "vendor.github-workflows", *WORKFLOWS], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    steps: []\n")  # a job without runs-on
    result = subprocess.run([CHECK, "--builtin-schema", "vendor.github-workflows", broken], capture_output=True, text=True)
    assert result.returncode != 0


def steps(job):
    return " ".join(step.get("run", "") + step.get("uses", "") for step in job["steps"])


def test_cpu_gpu_and_deploy_jobs():
    jobs = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text())["jobs"]
    assert "make test" in steps(jobs["cpu"]) and "make site" in steps(jobs["cpu"])
    assert {"self-hosted", "cuda"} <= set(jobs["gpu"]["runs-on"]) and "make gpu" in steps(jobs["gpu"])
    assert "upload-artifact" in steps(jobs["gpu"])
    deploy = jobs["deploy"]
    assert set(deploy["needs"]) == {"cpu", "gpu"} and "download-artifact" in steps(deploy)
    assert "make site" in steps(deploy) and "actions/deploy-pages" in steps(deploy)
    versions = jobs["versions"]  # on demand only: it downloads a torch per version
    assert "make versions" in steps(versions) and "upload-artifact" in steps(versions)
    assert versions["if"] == "github.event_name == 'workflow_dispatch'"

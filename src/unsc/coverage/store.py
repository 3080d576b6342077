"""Keeping coverage in the store: ``<store>/coverage/{articles,statements,mentions,checks}.parquet``.

:func:`add` reads articles and replaces whatever the store held for the same
article (its URL, else its file), so adding an article twice changes
nothing. Each file is written to a temporary file in the same folder and
moved into place with :func:`os.replace`; a lock file keeps two concurrent
``add`` runs from losing each other's rows.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from unsc import config
from unsc.model import Dataset, conform

if TYPE_CHECKING:
    from unsc.coverage import Coverage

TABLES = ("articles", "statements", "mentions", "checks")


def coverage_dir() -> Path:
    """Where coverage is kept (``<store>/coverage``)."""
    return config.store_dir() / "coverage"


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_atomic(frame: pd.DataFrame, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".parquet.tmp")
    os.close(fd)
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def load_stored(folder: str | Path | None = None) -> Coverage:
    """The coverage kept in the store (empty tables when nothing was added).

    Parameters
    ----------
    folder
        Another coverage folder; default :func:`coverage_dir`.

    Returns
    -------
    unsc.coverage.Coverage
    """
    from unsc.coverage import Coverage, conform_articles, conform_checks
    from unsc.coverage.mentions import conform_mentions

    folder = Path(folder) if folder is not None else coverage_dir()
    frames = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        frames[name] = pd.read_parquet(path) if path.exists() else pd.DataFrame()
    return Coverage(
        articles=conform_articles(frames["articles"]),
        statements=conform(frames["statements"], "statements"),
        mentions=conform_mentions(frames["mentions"]),
        checks=conform_checks(frames["checks"]),
    )


def _without(current: Coverage, slugs: set[str], keys: set[str]) -> Coverage:
    from unsc.coverage import Coverage

    def prefixed(ids: pd.Series) -> pd.Series:
        return ids.astype(str).str.rsplit(":", n=1).str[0].isin(slugs)

    return Coverage(
        articles=current.articles[~current.articles.article.isin(keys)],
        statements=current.statements[~prefixed(current.statements.statement_id)],
        mentions=current.mentions[~current.mentions.article.isin(keys)],
        checks=current.checks[~prefixed(current.checks.mention_id)],
    )


def _save(cov: Coverage, folder: Path) -> None:
    for name in TABLES:
        _write_atomic(getattr(cov, name).reset_index(drop=True), folder / f"{name}.parquet")


def add(
    paths: Iterable[str | Path] | str | Path,
    ds: Dataset | None = None,
    *,
    date: object = None,
    folder: str | Path | None = None,
) -> Coverage:
    """Read articles and keep their statements, mentions and checks in the store.

    Parameters
    ----------
    paths
        Article files.
    ds
        The record to link mentions to and check them against (``None``: unlinked).
    date
        Publication date for plain-text files.
    folder
        Another coverage folder; default :func:`coverage_dir`.

    Returns
    -------
    unsc.coverage.Coverage
        What was read from these articles (all files are read before the
        store changes: one bad file leaves it as it was).
    """
    from unsc.coverage import Coverage, analyse

    if isinstance(paths, str | Path):
        paths = [paths]
    new = Coverage.concat(analyse(p, ds, date=date) for p in paths)
    folder = Path(folder) if folder is not None else coverage_dir()
    with _locked(folder):
        current = load_stored(folder)
        kept = _without(current, set(new.articles.slug.astype(str)),
                        set(new.articles.article.astype(str)))
        _save(Coverage.concat([kept, new]), folder)
    return new


def remove(articles: Iterable[str] | str, *, folder: str | Path | None = None) -> int:
    """Drop articles (by URL, file key or slug) from the store; returns how many were dropped."""
    if isinstance(articles, str):
        articles = [articles]
    wanted = set(articles)
    folder = Path(folder) if folder is not None else coverage_dir()
    with _locked(folder):
        current = load_stored(folder)
        a = current.articles
        hit = a[a.article.isin(wanted) | a.slug.isin(wanted) | a.url.isin(wanted)]
        if hit.empty:
            return 0
        _save(_without(current, set(hit.slug.astype(str)), set(hit.article.astype(str))), folder)
        return len(hit)

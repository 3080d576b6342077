"""Keeping coverage in the store: ``<store>/coverage/{articles,statements,mentions,checks}.parquet``.

:func:`add` reads articles and replaces whatever the store held for the same
article (its URL, else its file), so adding an article twice changes
nothing; :func:`keep` stores articles already read and says, per article,
whether it was ``added``, ``replaced`` (its rows changed) or ``unchanged``.

Every table is first written to a temporary file in the same folder; only
when all four are written are they moved into place with :func:`os.replace`,
so a failed write leaves the store as it was. A lock file keeps two
concurrent writers from losing each other's rows, and :func:`load_stored`
takes it shared so it never reads one table old and another new.
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
def _locked(folder: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold the folder's lock: exclusive to write, ``shared`` to read (no lock if it cannot be made)."""
    if not shared:
        folder.mkdir(parents=True, exist_ok=True)
    try:
        handle = open(folder / ".lock", "a+")  # noqa: SIM115 - closed below
    except OSError:
        if not shared:
            raise
        yield  # a folder that cannot be written to: no writer to wait for
        return
    with handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_all(frames: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write every table to a temporary file, then move them all into place."""
    written: dict[str, str] = {}
    try:
        for name, frame in frames.items():
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".parquet.tmp")
            os.close(fd)
            written[name] = tmp
            frame.to_parquet(tmp, index=False)
        for name, tmp in written.items():
            os.replace(tmp, folder / f"{name}.parquet")
    except BaseException:
        for tmp in written.values():
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
    folder = Path(folder) if folder is not None else coverage_dir()
    if not folder.is_dir():
        return _read(folder)
    with _locked(folder, shared=True):
        return _read(folder)


def _read(folder: Path) -> Coverage:
    from unsc.coverage import Coverage, conform_articles, conform_checks
    from unsc.coverage.mentions import conform_mentions

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


def _select(current: Coverage, slugs: set[str], keys: set[str], *, keep: bool) -> Coverage:
    """The rows of these articles (``keep``), or every other row."""
    from unsc.coverage import Coverage

    def prefixed(ids: pd.Series) -> pd.Series:
        return ids.astype(str).str.rsplit(":", n=1).str[0].isin(slugs)

    masks = {
        "articles": current.articles.article.isin(keys),
        "statements": prefixed(current.statements.statement_id),
        "mentions": current.mentions.article.isin(keys),
        "checks": prefixed(current.checks.mention_id),
    }
    return Coverage(**{name: getattr(current, name)[mask if keep else ~mask]
                       for name, mask in masks.items()})


def _without(current: Coverage, slugs: set[str], keys: set[str]) -> Coverage:
    return _select(current, slugs, keys, keep=False)


def _save(cov: Coverage, folder: Path) -> None:
    _write_all({name: getattr(cov, name).reset_index(drop=True) for name in TABLES}, folder)


def _rows(cov: Coverage, *, with_file: bool = True) -> list[str]:
    """A canonical text of every row, table by table (to compare two versions of an article)."""
    out = []
    for name in TABLES:
        frame = getattr(cov, name)
        if not with_file and name == "articles":
            frame = frame.drop(columns="file")
        frame = frame.astype("string").fillna("<NA>")
        out.append(frame.sort_values(list(frame.columns)).to_csv(index=False))
    return out


def keep(parts: Iterable[Coverage], *, folder: str | Path | None = None) -> dict[str, str]:
    """Keep articles already read (one :class:`~unsc.coverage.Coverage` per article) in the store.

    Parameters
    ----------
    parts
        What :func:`~unsc.coverage.analyse` returned for each article; when two
        are the same article (the same URL) the last is kept.
    folder
        Another coverage folder; default :func:`coverage_dir`.

    Returns
    -------
    dict
        Per article key (URL, else ``file:...``), in order: ``added`` (new to
        the store), ``replaced`` (the stored rows differed: a new version of
        the article, or it was linked to another record) or ``unchanged``.
        The store is rewritten only when something changed.
    """
    from unsc.coverage import Coverage

    latest: dict[str, tuple[str, Coverage]] = {}
    for part in parts:
        for key, slug in zip(part.articles.article.astype(str), part.articles.slug.astype(str),
                             strict=True):
            latest.pop(key, None)  # the last version, in its place
            latest[key] = (slug, _select(part, {slug}, {key}, keep=True))
    new = Coverage.concat(rows for _, rows in latest.values())
    folder = Path(folder) if folder is not None else coverage_dir()
    status: dict[str, str] = {}
    with _locked(folder):
        current = _read(folder)
        for key, (slug, rows) in latest.items():
            old = _select(current, {slug}, {key}, keep=True)
            if old.articles.empty:
                status[key] = "added"
            else:
                same = _rows(old, with_file=False) == _rows(rows, with_file=False)
                status[key] = "unchanged" if same else "replaced"
        kept = _without(current, set(new.articles.slug.astype(str)),
                        set(new.articles.article.astype(str)))
        merged = Coverage.concat([kept, new])
        if _rows(merged) != _rows(current):
            _save(merged, folder)
    return status


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
    parts = [analyse(p, ds, date=date) for p in paths]
    keep(parts, folder=folder)
    return Coverage.concat(parts)


def remove(articles: Iterable[str] | str, *, folder: str | Path | None = None) -> int:
    """Drop articles (by URL, file key or slug) from the store; returns how many were dropped."""
    if isinstance(articles, str):
        articles = [articles]
    wanted = set(articles)
    folder = Path(folder) if folder is not None else coverage_dir()
    with _locked(folder):
        current = _read(folder)
        a = current.articles
        hit = a[a.article.isin(wanted) | a.slug.isin(wanted) | a.url.isin(wanted)]
        if hit.empty:
            return 0
        _save(_without(current, set(hit.slug.astype(str)), set(hit.article.astype(str))), folder)
        return len(hit)

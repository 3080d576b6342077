"""Keeping coverage in the store: ``<store>/coverage``, an area of its own.

Layout (under :func:`coverage_dir`)::

    manifest.json                 {"version": 1, "dir": "v-<id>", "rows": {table: n}}
    v-<id>/                       one folder per write, never changed
        articles.parquet  statements.parquet  mentions.parquet  checks.parquet
    .lock                         held by writers

:func:`add` reads articles and replaces whatever the store held for the same
article (its URL, else its file), so adding an article twice changes
nothing; :func:`keep` stores articles already read and says, per article,
whether it was ``added``, ``replaced`` (its rows changed) or ``unchanged``.

A write puts all four tables into a new version folder and only then
replaces ``manifest.json`` (:func:`os.replace`), the single point where the
coverage changes: a failure or a kill at any moment leaves the store as it
was or complete, never articles without their statements. Writers queue on
``.lock``; :func:`load_stored` reads the manifest once under a shared lock
on the folder, and a version is deleted only when no reader holds that lock
(the machinery is :mod:`unsc.store`'s "areas", shared with the data store,
which never touches this folder). A full disk, a refused permission or a
read-only store raise :class:`unsc.errors.StoreError` and change nothing.
Stores written before this layout (the four tables directly in the folder)
are read as they are and converted by the next write.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from unsc import config
from unsc import store as areas
from unsc.errors import StoreError
from unsc.model import Dataset, conform

if TYPE_CHECKING:
    from unsc.coverage import Coverage

TABLES = ("articles", "statements", "mentions", "checks")
VERSION = 1
_VERSION_DIR = re.compile(r"v-[0-9a-f]{12}")
#: What the first layout kept in the folder, and its temporary files.
_LEGACY = re.compile(r"(articles|statements|mentions|checks)\.parquet|\.[a-z]+-.*\.parquet\.tmp")


def coverage_dir() -> Path:
    """Where coverage is kept (``<store>/coverage``)."""
    return config.store_dir() / "coverage"


def _owned(path: Path) -> bool:
    """What a coverage write may sweep: old versions and the first layout's files."""
    if path.is_dir():
        return _VERSION_DIR.fullmatch(path.name) is not None
    return _LEGACY.fullmatch(path.name) is not None


def _write_all(frames: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write every table into a new version folder, then publish it in the manifest.

    Call holding the writer lock (:func:`unsc.store.writing`).
    """
    tmp = areas.new_temp_dir(folder)
    final = folder / f"v-{uuid.uuid4().hex[:12]}"
    try:
        for name, frame in frames.items():
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        areas.sync_tree(tmp)
        os.rename(tmp, final)
    except BaseException:
        areas._remove(tmp)
        raise
    data = {"version": VERSION, "dir": final.name,
            "rows": {name: len(frame) for name, frame in frames.items()}}
    try:
        areas.write_manifest(folder, data)
    except BaseException:
        areas._remove(final)
        raise
    areas.sweep(folder, {final.name}, _owned)


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
    with areas.reading(folder):
        return _read(folder)


def _read(folder: Path) -> Coverage:
    """The tables the manifest names (call holding a lock); the first layout without one."""
    from unsc.coverage import Coverage, conform_articles, conform_checks
    from unsc.coverage.mentions import conform_mentions

    data = areas.read_manifest(folder) if folder.is_dir() else None
    where = folder / data["dir"] if data else folder
    frames = {}
    for name in TABLES:
        path = where / f"{name}.parquet"
        if data:  # a published version holds all four: a missing one is damage, not "empty"
            frames[name] = pd.read_parquet(path)
        else:
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


@contextlib.contextmanager
def _writing(folder: Path, action: str) -> Iterator[None]:
    """Hold the writer lock; an environment failure becomes a :class:`StoreError`."""
    try:
        with areas.writing(folder):
            yield
    except StoreError:
        raise
    except OSError as exc:
        raise areas.store_error(exc, folder, action) from exc


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
    with _writing(folder, "storing coverage"):
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
    with _writing(folder, "removing coverage"):
        current = _read(folder)
        a = current.articles
        hit = a[a.article.isin(wanted) | a.slug.isin(wanted) | a.url.isin(wanted)]
        if hit.empty:
            return 0
        _save(_without(current, set(hit.slug.astype(str)), set(hit.article.astype(str))), folder)
        return len(hit)

"""The local parquet store (``data/processed``): atomic imports, listing, loading, downloads.

Layout (under :func:`unsc.config.store_dir`)::

    manifest.json                 what is stored: one entry per dataset
    <name>.<checksum12>/          one folder per imported dataset, never changed
        decisions.parquet
        votes.parquet
        problems.parquet          the reader's problems

``<name>`` is the format (``undl-sc``, ``unvotes``, ...) unless given; a new
import under a name replaces the previous one of that name.

Atomicity
---------
An import reads and checks the whole input first, writes its tables into a
temporary folder inside the store, renames that folder into place, and only
then replaces ``manifest.json`` (``os.replace``, atomic): the manifest is the
single point where the store changes. Any failure or interruption before it
(a malformed file, a full disk, Ctrl-C) removes what was written and leaves
the store exactly as it was; after it, the replaced folder is deleted. A
crash in between leaves at most an unreferenced folder, which is never read
and is removed by the next write. Importing a file whose checksum (SHA-256
of the input files) matches the stored one changes nothing at all.

Downloads (:func:`fetch`) go to a temporary file in ``data/raw``, are checked
against the announced ``Content-Length`` and only then renamed into place and
imported; a truncated or failed download leaves ``data/raw`` and the store
untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import http.client
import json
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from unsc import config, members
from unsc.model import Dataset, conform, empty_problems

MANIFEST = "manifest.json"
TABLES = ("decisions", "votes", "problems")
STORE_VERSION = 1
#: Official addresses of the UN Library's voting data (version 6, 6 February
#: 2026); the record pages list the current file: pass ``--url`` for a newer one.
DEFAULT_URLS: dict[str, str] = {
    "undl-sc": "https://digitallibrary.un.org/record/4055387/files/2026_02_06_sc_voting.csv",
    "undl-ga": "https://digitallibrary.un.org/record/4060887/files/2026_02_06_ga_voting.csv",
}
#: Which stored dataset wins when two disagree (:func:`unsc.combine`): the
#: official files first, third-party tables after, the veto list last.
TRUST = ("undl-sc", "undl-ga", "curated", "hrc", "sc-drafts", "unvotes", "vetoes")
CHUNK = 1 << 16


class DownloadError(OSError):
    """A download failed (HTTP error, truncated body, network): nothing was changed."""


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_path` did."""

    entry: dict
    #: False when the same input (same checksum) was already stored.
    changed: bool


# -- manifest -------------------------------------------------------------------------

def _manifest_path(store: Path) -> Path:
    return store / MANIFEST


def manifest(store: Path | None = None) -> dict:
    """The store's manifest: ``{"version": 1, "entries": {name: entry}}`` (empty if none)."""
    store = store or config.store_dir()
    path = _manifest_path(store)
    if not path.is_file():
        return {"version": STORE_VERSION, "entries": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def entries(store: Path | None = None) -> list[dict]:
    """The stored datasets, most trusted first."""
    found = list(manifest(store)["entries"].values())
    rank = {fmt: i for i, fmt in enumerate(TRUST)}
    return sorted(found, key=lambda e: (rank.get(e["format"], len(TRUST)), e["imported_at"]))


def has_data() -> bool:
    """Whether the store holds any dataset."""
    return bool(manifest()["entries"])


def _write_manifest(store: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".manifest-", dir=store)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, _manifest_path(store))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _locked(store: Path) -> Iterator[None]:
    """Hold an exclusive lock on the store folder (no lock file is created)."""
    fd = os.open(store, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _sweep(store: Path, data: dict) -> None:
    """Remove folders the manifest does not reference (left by a crash or a replacement)."""
    used = {e["dir"] for e in data["entries"].values()}
    for child in store.iterdir():
        if child.is_dir() and child.name not in used:
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".manifest-"):
            with contextlib.suppress(OSError):
                child.unlink()


# -- import ---------------------------------------------------------------------------

def checksum(files: list[Path], fmt: str) -> str:
    """SHA-256 over the format and the names and bytes of the input files."""
    digest = hashlib.sha256(f"unsc-store-{STORE_VERSION}:{fmt}".encode())
    for path in sorted(files, key=lambda p: p.name):
        digest.update(b"\0" + path.name.encode() + b"\0")
        with path.open("rb") as fh:
            for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def import_path(path: str | Path, format: str | None = None,  # noqa: A002 - CLI name
                name: str | None = None) -> ImportResult:
    """Read ``path`` and store it atomically.

    Parameters
    ----------
    path
        A file or folder any reader of :mod:`unsc.sources` accepts.
    format
        The format, sniffed from the header when ``None``.
    name
        The name to store it under (default: the format); a dataset already
        stored under that name is replaced.

    Returns
    -------
    ImportResult
        The manifest entry, and whether anything changed (importing the same
        input twice does not).

    Raises
    ------
    unsc.errors.DataFormatError
        When the input is malformed; the store is then left as it was.
    """
    from unsc import sources

    path = Path(path).resolve()
    fmt = format or sources.sniff(path)
    name = name or fmt
    files = sources.input_files(path, fmt)
    if not files:
        raise FileNotFoundError(f"{path}: no input files for format {fmt!r}")
    digest = checksum(files, fmt)
    store = config.store_dir()
    current = manifest(store)["entries"].get(name)
    if current and current["checksum"] == digest:
        return ImportResult(current, changed=False)

    ds = sources.read(path, fmt)  # every check happens here, before anything is written
    created = not store.exists()
    store.mkdir(parents=True, exist_ok=True)
    tmp = store / f".tmp-{name}-{uuid.uuid4().hex[:8]}"
    final = store / f"{name}.{digest[:12]}"
    committed = False
    try:
        with _locked(store):
            data = manifest(store)
            tmp.mkdir()
            _write_tables(ds, tmp)
            if final.exists():  # left by an earlier crash: never referenced
                shutil.rmtree(final)
            os.rename(tmp, final)
            entry = _entry(ds, name, fmt, path, files, digest, final.name)
            data["entries"][name] = entry
            try:
                _write_manifest(store, data)
            except BaseException:
                shutil.rmtree(final, ignore_errors=True)
                raise
            committed = True
            _sweep(store, data)
    finally:
        if not committed:
            shutil.rmtree(tmp, ignore_errors=True)
            if created:
                with contextlib.suppress(OSError):
                    store.rmdir()  # only if still empty
    return ImportResult(entry, changed=True)


def _write_tables(ds: Dataset, folder: Path) -> None:
    ds.decisions.to_parquet(folder / "decisions.parquet", index=False)
    ds.votes.to_parquet(folder / "votes.parquet", index=False)
    problems = ds.problems.astype({c: "string" for c in ds.problems.columns if c != "row"})
    problems.to_parquet(folder / "problems.parquet", index=False)


def _entry(ds: Dataset, name: str, fmt: str, path: Path, files: list[Path], digest: str,
           folder: str) -> dict:
    dates = ds.decisions.date.dropna()
    return {
        "name": name,
        "format": fmt,
        "source": str(path),
        "files": [f.name for f in files],
        "checksum": digest,
        "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "decisions": len(ds.decisions),
        "votes": len(ds.votes),
        "problems": len(ds.problems),
        "bodies": sorted(ds.decisions.body.dropna().astype(str).unique().tolist()),
        "first": dates.min().strftime("%Y-%m-%d") if len(dates) else None,
        "last": dates.max().strftime("%Y-%m-%d") if len(dates) else None,
        "dir": folder,
    }


def remove(name: str) -> bool:
    """Remove the dataset stored under ``name`` (atomically); False if there is none."""
    store = config.store_dir()
    if name not in manifest(store)["entries"]:
        return False
    with _locked(store):
        data = manifest(store)
        data["entries"].pop(name, None)
        _write_manifest(store, data)
        _sweep(store, data)
    return True


# -- load -----------------------------------------------------------------------------

def read_entry(entry: dict, store: Path | None = None) -> Dataset:
    """One stored dataset."""
    folder = (store or config.store_dir()) / entry["dir"]
    decisions = pd.read_parquet(folder / "decisions.parquet")
    votes = pd.read_parquet(folder / "votes.parquet")
    problems = pd.read_parquet(folder / "problems.parquet")
    problems = problems.astype(object).where(problems.notna(), None) if len(problems) \
        else empty_problems()
    problems["row"] = pd.array(pd.to_numeric(problems["row"], errors="coerce"), dtype="Int64")
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                   members=members.table(), origin=f"store: {entry['name']} ({entry['format']})",
                   problems=problems)


def load(names: list[str] | None = None) -> Dataset:
    """Everything in the store (or the datasets ``names``), combined into one :class:`Dataset`.

    Several datasets are merged with :func:`unsc.combine`, most trusted first
    (:data:`TRUST`): each decision appears once and disagreements are in
    ``Dataset.conflicts``. ``origin`` names the store and what it holds.
    """
    from unsc.combine import combine

    store = config.store_dir()
    chosen = [e for e in entries(store) if names is None or e["name"] in names]
    if not chosen:
        raise FileNotFoundError(f"the store {store} holds no data: import some with "
                                "`unsc data import PATH`")
    datasets = [read_entry(e, store) for e in chosen]
    ds = combine(*datasets) if len(datasets) > 1 else datasets[0]
    # Who sat where, and the statements quoted in coverage, are reference
    # material of the curated record, valid for every source.
    from unsc.sources import curated

    statements = pd.concat([curated.read_statements(), ds.statements], ignore_index=True)
    origin = f"store: {store} [" + ", ".join(e["name"] for e in chosen) + "]"
    return Dataset(decisions=ds.decisions, votes=ds.votes, members=ds.members,
                   terms=curated.read_terms(), statements=conform(statements, "statements"),
                   origin=origin, problems=ds.problems, conflicts=ds.conflicts)


# -- downloads ------------------------------------------------------------------------

def download(url: str, folder: Path | None = None, *, progress: bool | None = None,
             timeout: float = 60.0) -> Path:
    """Download ``url`` into ``folder`` (default ``data/raw``) with a progress bar.

    The body goes to a temporary file that is renamed into place only when
    complete (as long as the announced ``Content-Length``).

    Raises
    ------
    DownloadError
        On an HTTP error, a network error or a truncated body; nothing is left behind.
    """
    from tqdm import tqdm

    folder = folder or config.raw_dir()
    name = Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name or "download"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".part", dir=folder)
    received = 0
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "unsc (UN voting data)"})
        with urllib.request.urlopen(request, timeout=timeout) as resp, \
                os.fdopen(fd, "wb") as out:
            length = resp.headers.get("Content-Length")
            expected = int(length) if length and length.isdigit() else None
            with tqdm(total=expected, unit="B", unit_scale=True, desc=name, file=sys.stderr,
                      disable=None if progress is None else not progress) as bar:
                while block := resp.read(CHUNK):
                    out.write(block)
                    received += len(block)
                    bar.update(len(block))
            out.flush()
            os.fsync(out.fileno())
        if expected is not None and received != expected:
            raise DownloadError(f"{url}: truncated download, {received} of {expected} bytes")
        if received == 0:
            raise DownloadError(f"{url}: the server sent an empty file")
        os.replace(tmp, target)
    except urllib.error.HTTPError as exc:
        _discard(tmp)
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError,
            ConnectionError) as exc:
        _discard(tmp)
        reason = getattr(exc, "reason", exc)
        if isinstance(exc, http.client.IncompleteRead):
            reason = f"truncated download: the connection closed after {received} bytes"
        raise DownloadError(f"{url}: {reason}") from None
    except BaseException:
        _discard(tmp)
        raise
    return target


def _discard(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def fetch(fmt: str, url: str | None = None, *, progress: bool | None = None) -> ImportResult:
    """Download the official ``fmt`` file (``undl-sc`` or ``undl-ga``) and import it.

    Parameters
    ----------
    fmt
        ``"undl-sc"`` or ``"undl-ga"``.
    url
        Where to download from (default :data:`DEFAULT_URLS`).
    """
    if fmt not in DEFAULT_URLS:
        raise ValueError(f"cannot fetch {fmt!r}; use one of {sorted(DEFAULT_URLS)}")
    path = download(url or DEFAULT_URLS[fmt], progress=progress)
    return import_path(path, format=fmt)

"""The local parquet store (``data/processed``): atomic imports, listing, loading, downloads.

Layout (under :func:`unsc.config.store_dir`)::

    manifest.json                 what is stored: one entry per dataset
    <name>.<checksum12>-<id>/     one folder per imported dataset, never changed
        decisions.parquet
        votes.parquet
        problems.parquet          the reader's problems
    coverage/                     the coverage store (:mod:`unsc.coverage.store`), its own area
    .lock                         held by writers, so that two never interleave

``<name>`` is the format (``undl-sc``, ``unvotes``, ...) unless given; a new
import under a name replaces the previous one of that name.

Areas
-----
The data store and the coverage store are each an *area*: a folder whose
whole state is one ``manifest.json`` naming immutable version folders. The
functions in the "areas" section below are shared by both. A write

1. takes the area's writer lock (``.lock``, exclusive), so writers queue;
2. writes its new files into a fresh ``.tmp-*`` folder, syncs them, and
   renames the folder to its version name;
3. replaces ``manifest.json`` with :func:`os.replace` (atomic): the single
   point where the area changes;
4. sweeps what it owns and the manifest no longer names: stale temporary
   files always, old version folders only when no reader is using them.

A failure or a kill before step 3 leaves the area exactly as it was (plus
unreferenced leftovers the next write removes); after it, the new state is
complete. An area sweeps only names it creates itself, so the data store
never touches ``coverage/`` and coverage never touches the datasets.

Readers hold a shared lock on the area folder itself (an :func:`fcntl.flock`
on its directory, so a read-only store can be read) while they read the
manifest, once, and the files it names; the sweep deletes old versions only
if it can take that lock exclusively without waiting. A reader therefore
sees the old state or the new one, never a folder deleted under it, and a
writer never waits for readers: a version still in use is removed by a
later write. Files and folders get the usual permissions (the umask).

Importing a file whose checksum (SHA-256 of the input files) matches the
stored one changes nothing at all. A full disk, a permission refused or a
read-only file system while writing raise :class:`unsc.errors.StoreError`
(an :class:`OSError`) saying so, and leave the store unchanged.

Downloads (:func:`fetch`) go to a temporary file in ``data/raw``, are checked
against the announced ``Content-Length`` (and the size the Library's record
lists) and only then renamed into place and imported; a truncated or failed
download leaves ``data/raw`` and the store untouched. :func:`fetch` finds the
newest release on the record page (:mod:`unsc.releases`) and records what it
fetched (address, size, SHA-256, ``ETag``, ``Last-Modified``) under
``"fetched"`` in the manifest, in the same atomic write as the import; the
same release is asked for again only conditionally, and downloads nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import gzip
import hashlib
import http.client
import json
import os
import re
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from unsc import config, members
from unsc.errors import DataFormatError, StoreError
from unsc.model import Dataset, conform, empty_problems

MANIFEST = "manifest.json"
LOCK = ".lock"
TABLES = ("decisions", "votes", "problems")
STORE_VERSION = 1
#: :func:`fetch` finds the newest release on the record page; these are the
#: release of 6 February 2026, for reference.
DEFAULT_URLS: dict[str, str] = {
    "undl-sc": "https://digitallibrary.un.org/record/4055387/files/2026_02_06_sc_voting.csv",
    "undl-ga": "https://digitallibrary.un.org/record/4060887/files/2026_02_06_ga_voting.csv",
}
#: Which stored dataset wins when two disagree (:func:`unsc.combine`): the
#: official files first, third-party tables after, the veto list last.
TRUST = ("undl-sc", "undl-ga", "curated", "hrc", "sc-drafts", "unvotes", "vetoes")
CHUNK = 1 << 16
#: A dataset's folder: ``<name>.<checksum12>`` (older stores) or ``<name>.<checksum12>-<id>``.
_DATASET_DIR = re.compile(r"[^.].*\.[0-9a-f]{12}(-[0-9a-f]{8})?")
#: What a stored dataset may be called (it names a folder).
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
TEMP_PREFIXES = (".tmp-", ".manifest-")


class DownloadError(OSError):
    """A download failed (HTTP error, truncated body, network): nothing was changed."""


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_path` did."""

    entry: dict
    #: False when the same input (same checksum) was already stored.
    changed: bool


# -- areas: a folder whose state is one manifest -----------------------------------------

def read_manifest(folder: Path) -> dict | None:
    """The area's manifest, or None when it has none."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return json.loads(text)


def write_manifest(folder: Path, data: dict) -> None:
    """Replace the area's manifest atomically (a temporary file, synced, then :func:`os.replace`)."""
    tmp = folder / f".manifest-{uuid.uuid4().hex[:8]}.tmp"
    # os.open with 0o666 so that the umask applies (mkstemp would make it 0600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / MANIFEST)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a power cut after it keeps it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sync_tree(folder: Path) -> None:
    """Flush every file in ``folder`` and the folder itself to disk (before it is published)."""
    for child in folder.iterdir():
        fd = os.open(child, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    _fsync_dir(folder)


def new_temp_dir(folder: Path) -> Path:
    """A fresh ``.tmp-*`` folder in the area (permissions from the umask, unlike mkdtemp)."""
    tmp = folder / f".tmp-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    return tmp


@contextlib.contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Hold the area's writer lock (``folder/.lock``, exclusive); creates the folder if needed."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextlib.contextmanager
def reading(folder: Path) -> Iterator[None]:
    """Hold a shared lock on the area folder while its manifest and files are read.

    The lock is on the folder itself, so reading needs no write permission; a
    missing folder needs no lock (there is nothing to read, nothing to delete).
    """
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except (FileNotFoundError, NotADirectoryError):
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def sweep(folder: Path, used: set[str], owned: Callable[[Path], bool]) -> None:
    """Remove what a write of this area left behind (call it holding :func:`writing`).

    Stale temporary files and folders (``.tmp-*``, ``.manifest-*``) always go:
    only writers make them, and writers queue. Old version folders (``owned``
    and not in ``used``) go only when no reader holds the area: they are
    otherwise kept for a later write to remove.
    """
    old = []
    for child in folder.iterdir():
        if child.name.startswith(TEMP_PREFIXES):
            _remove(child)
        elif child.name not in used and child.name not in (MANIFEST, LOCK) and owned(child):
            old.append(child)
    if not old:
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # a reader may be using them
        try:
            for child in old:
                _remove(child)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


_HINTS = {
    errno.ENOSPC: "the disk is full: free some space and try again",
    errno.EDQUOT: "the disk quota is exceeded: free some space and try again",
    errno.EACCES: "permission denied: make the folder writable, or set UNSC_STORE to one that is",
    errno.EPERM: "permission denied: make the folder writable, or set UNSC_STORE to one that is",
    errno.EROFS: "the file system is read-only: set UNSC_STORE to a writable folder",
}


def store_error(exc: OSError, folder: Path, action: str) -> StoreError:
    """A :class:`StoreError` for an :class:`OSError` met while writing ``folder``."""
    reason = _HINTS.get(exc.errno, exc.strerror or str(exc))
    where = f" ({exc.filename})" if exc.filename else ""
    return StoreError(f"{action} failed, nothing was changed: cannot write to {folder}{where}: "
                      f"{reason}", errno=exc.errno, filename=exc.filename)


# -- manifest -------------------------------------------------------------------------

def _manifest_path(store: Path) -> Path:
    return store / MANIFEST


def manifest(store: Path | None = None) -> dict:
    """The store's manifest: ``{"version": 1, "entries": {name: entry}}`` (empty if none)."""
    store = store or config.store_dir()
    return read_manifest(store) or {"version": STORE_VERSION, "entries": {}}


def entries(store: Path | None = None) -> list[dict]:
    """The stored datasets, most trusted first."""
    return _ranked(manifest(store))


def _ranked(data: dict) -> list[dict]:
    found = list(data["entries"].values())
    rank = {fmt: i for i, fmt in enumerate(TRUST)}
    return sorted(found, key=lambda e: (rank.get(e["format"], len(TRUST)), e["imported_at"]))


def has_data() -> bool:
    """Whether the store holds any dataset."""
    return bool(manifest()["entries"])


def _write_manifest(store: Path, data: dict) -> None:
    write_manifest(store, data)


def _is_dataset_dir(path: Path) -> bool:
    return path.is_dir() and _DATASET_DIR.fullmatch(path.name) is not None


def _sweep(store: Path, data: dict) -> None:
    """Remove the dataset folders the manifest does not reference, and stale temporary files."""
    sweep(store, {e["dir"] for e in data["entries"].values()}, _is_dataset_dir)


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
                name: str | None = None, *, fetched: dict | None = None) -> ImportResult:
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
    fetched
        What :func:`fetch` downloaded, recorded in the manifest (under the
        format) in the same atomic write.

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
    if not NAME.fullmatch(name):
        raise ValueError(f"{name!r} cannot name a dataset: use letters, digits, '.', '_' and '-'")
    files = sources.input_files(path, fmt)
    if not files:
        raise FileNotFoundError(f"{path}: no input files for format {fmt!r}")
    digest = checksum(files, fmt)
    store = config.store_dir()
    current = manifest(store)["entries"].get(name)
    if current and current["checksum"] == digest:
        if fetched is not None:
            _record_fetch(store, fmt, {**fetched, "checksum": digest})
        return ImportResult(current, changed=False)

    ds = sources.read(path, fmt)  # every check happens here, before anything is written
    if ds.decisions.empty:
        raise _nothing_read(path, files, ds)
    created = not store.exists()
    try:
        with writing(store):
            data = manifest(store)
            now = data["entries"].get(name)
            if now and now["checksum"] == digest:  # another process stored it meanwhile
                return ImportResult(now, changed=False)
            if fetched is not None:
                data.setdefault("fetched", {})[fmt] = {**fetched, "checksum": digest}
            entry = _commit(store, data, name, lambda folder: _write_tables(ds, folder),
                            lambda folder: _entry(ds, name, fmt, path, files, digest, folder),
                            digest)
    except OSError as exc:
        if created:
            _remove_if_empty(store)
        if isinstance(exc, StoreError):
            raise
        raise store_error(exc, store, f"importing {path}") from exc
    except BaseException:
        if created:
            _remove_if_empty(store)
        raise
    return ImportResult(entry, changed=True)


def _record_fetch(store: Path, fmt: str, record: dict) -> None:
    """Record a download whose data was already stored (only the manifest changes)."""
    try:
        with writing(store):
            data = manifest(store)
            data.setdefault("fetched", {})[fmt] = record
            _write_manifest(store, data)
    except OSError as exc:
        raise store_error(exc, store, "recording the download") from exc


def _commit(store: Path, data: dict, name: str, write: Callable[[Path], None],
            describe: Callable[[str], dict], digest: str) -> dict:
    """Write a new version folder for ``name``, publish it in the manifest, sweep (under the lock)."""
    tmp = new_temp_dir(store)
    final = store / f"{name}.{digest[:12]}-{uuid.uuid4().hex[:8]}"
    try:
        write(tmp)
        sync_tree(tmp)
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    entry = describe(final.name)
    data["entries"][name] = entry
    try:
        _write_manifest(store, data)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        raise
    _sweep(store, data)
    return entry


def _remove_if_empty(store: Path) -> None:
    """Undo the creation of a store that a failed first import left with only its lock file."""
    with contextlib.suppress(OSError):
        if [p.name for p in store.iterdir()] == [LOCK]:
            (store / LOCK).unlink()
        store.rmdir()  # only if empty


def _nothing_read(path: Path, files: list[Path], ds: Dataset) -> DataFormatError:
    """The error for an input that yields no decision: header only, or every row refused."""
    if not any(_has_rows(f) for f in files):
        return DataFormatError(path, "header only: nothing stored")
    return DataFormatError(path, f"no decision could be read ({len(ds.problems):,} problem(s) "
                           "reported): nothing stored")


def _has_rows(path: Path) -> bool:
    """Whether a file has a non-blank line after its first (its header)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            fh.readline()
            return any(line.strip(b"\xef\xbb\xbf \t\r\n") for line in fh)
    except (OSError, EOFError):
        return True  # unreadable here: the reader's own message stands


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
    try:
        with writing(store):
            data = manifest(store)
            if data["entries"].pop(name, None) is None:
                return False
            _write_manifest(store, data)
            _sweep(store, data)
    except StoreError:
        raise
    except OSError as exc:
        raise store_error(exc, store, f"removing {name!r}") from exc
    return True


# -- load -----------------------------------------------------------------------------

def read_entry(entry: dict, store: Path | None = None) -> Dataset:
    """One stored dataset (``entry`` from the manifest)."""
    store = store or config.store_dir()
    with reading(store):
        return _read_entry(entry, store)


def _read_entry(entry: dict, store: Path) -> Dataset:
    folder = store / entry["dir"]
    decisions = pd.read_parquet(folder / "decisions.parquet")
    if "source_topic" not in decisions.columns:
        # Stored before topics were normalised: its topic is the source's own label.
        from unsc.sources._common import with_topic

        decisions = with_topic(decisions.rename(columns={"topic": "source_topic"}),
                               source_is_subject=entry.get("format") not in ("hrc", "unvotes"))
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
    with reading(store):  # one manifest, and the folders it names, read as one state
        found = _ranked(manifest(store))
        if not found:
            raise FileNotFoundError(f"the store {store} holds no data: import some with "
                                    "`unsc data import PATH`")
        unknown = sorted(set(names or ()) - {e["name"] for e in found})
        if unknown:
            raise FileNotFoundError(
                f"the store {store} holds no dataset named " + ", ".join(map(repr, unknown))
                + "; it holds: " + ", ".join(e["name"] for e in found))
        chosen = [e for e in found if names is None or e["name"] in names]
        datasets = [_read_entry(e, store) for e in chosen]
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

@dataclass(frozen=True)
class Download:
    """A completed download, still in its temporary file (or renamed into place)."""

    url: str
    path: Path
    size: int
    sha256: str
    etag: str | None
    last_modified: str | None


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
    folder = folder or config.raw_dir()
    got = _get(url, folder, progress=progress, timeout=timeout)
    assert got is not None  # no validators were sent, so no 304
    return _keep(got, folder).path


#: A partial download untouched for this long was left by a killed run, not one under way.
STALE_PART_SECONDS = 600


def _sweep_parts(folder: Path) -> None:
    """Remove ``.*.part`` files that a killed download left in ``folder``."""
    import time

    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()


def _file_name(url: str) -> str:
    return Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name or "download"


def _get(url: str, folder: Path, *, progress: bool | None, timeout: float,
         validators: dict | None = None, expected_size: int | None = None) -> Download | None:
    """GET ``url`` into a temporary file in ``folder``; None when the server says 304.

    ``validators`` (``etag``, ``last_modified`` of an earlier download) make
    the request conditional. ``expected_size`` is what the record announced.
    """
    from tqdm import tqdm

    name = _file_name(url)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    _sweep_parts(folder)
    tmp = folder / f".{name}-{uuid.uuid4().hex[:8]}.part"
    headers = {"User-Agent": "unsc (UN voting data)"}
    if validators and validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators and validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    received = 0
    digest = hashlib.sha256()
    try:
        request = urllib.request.Request(url, headers=headers)
        # os.open with 0o666: the umask applies (mkstemp would make the download 0600).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with urllib.request.urlopen(request, timeout=timeout) as resp, \
                os.fdopen(fd, "wb") as out:
            length = resp.headers.get("Content-Length")
            expected = int(length) if length and length.isdigit() else None
            with tqdm(total=expected, unit="B", unit_scale=True, desc=name, file=sys.stderr,
                      disable=None if progress is None else not progress) as bar:
                while block := resp.read(CHUNK):
                    out.write(block)
                    digest.update(block)
                    received += len(block)
                    bar.update(len(block))
            out.flush()
            os.fsync(out.fileno())
            etag, modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
        if expected is not None and received != expected:
            raise DownloadError(f"{url}: truncated download, {received} of {expected} bytes")
        if received == 0:
            raise DownloadError(f"{url}: the server sent an empty file")
        if expected_size is not None and received != expected_size:
            raise DownloadError(f"{url}: received {received:,} bytes where the record lists "
                                f"{expected_size:,} (truncated or changed)")
    except urllib.error.HTTPError as exc:
        _discard(tmp, folder if created else None)
        if exc.code == 304 and validators:
            return None
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError,
            ConnectionError) as exc:
        _discard(tmp, folder if created else None)
        reason = getattr(exc, "reason", exc)
        if isinstance(exc, http.client.IncompleteRead):
            reason = f"truncated download: the connection closed after {received} bytes"
        raise DownloadError(f"{url}: {reason}") from None
    except BaseException:
        _discard(tmp, folder if created else None)
        raise
    return Download(url=url, path=tmp, size=received, sha256=digest.hexdigest(), etag=etag,
                    last_modified=modified)


def _keep(got: Download, folder: Path) -> Download:
    """Rename a completed download into place under its own name."""
    target = folder / _file_name(got.url)
    os.replace(got.path, target)
    return Download(**{**got.__dict__, "path": target})


def _discard(path: str | Path, created: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
    if created is not None:  # a raw folder this download made: as it was, absent
        with contextlib.suppress(OSError):
            created.rmdir()


@dataclass(frozen=True)
class FetchResult:
    """What :func:`fetch` did."""

    source: str
    #: ``"up to date"`` (nothing downloaded or imported), ``"imported"`` or
    #: ``"same data"`` (a new file whose data was already stored).
    status: str
    #: What is now recorded as fetched (url, file, size, sha256, etag, last_modified, ...).
    fetched: dict
    #: What was recorded before (None on a first fetch).
    previous: dict | None
    #: The import, when one was made.
    result: ImportResult | None = None

    @property
    def changed(self) -> bool:
        """Whether the stored data changed."""
        return self.result is not None and self.result.changed


def fetched(store: Path | None = None) -> dict[str, dict]:
    """What :func:`fetch` recorded per source (``url``, ``size``, ``sha256``, validators)."""
    return manifest(store).get("fetched", {})


def fetch(fmt: str, url: str | None = None, *, progress: bool | None = None,
          timeout: float = 60.0) -> FetchResult:
    """Fetch the latest official ``fmt`` release (``undl-sc`` or ``undl-ga``) if it changed.

    Parameters
    ----------
    fmt
        ``"undl-sc"`` or ``"undl-ga"``.
    url
        Download this address instead of the newest release the Library's record
        lists (:func:`unsc.releases.latest`).

    Returns
    -------
    FetchResult
        ``status`` says what happened. A release already fetched (the same
        address, the size the record lists, the stored data still the one it
        gave) is asked for again only conditionally (``If-None-Match`` /
        ``If-Modified-Since`` with the validators the server gave): a 304, or no
        validators and an unchanged size, downloads and imports nothing.

    Raises
    ------
    DownloadError
        When the record cannot be read or lists no CSV, or the download fails:
        ``data/raw`` and the store are then unchanged.
    unsc.errors.DataFormatError
        When the downloaded file is malformed (it is kept in ``data/raw`` for a
        person to look at; the store is unchanged).
    """
    from unsc import releases

    if fmt not in releases.RECORDS:
        raise ValueError(f"cannot fetch {fmt!r}; use one of {sorted(releases.RECORDS)}")
    release = releases.latest(fmt, timeout=timeout) if url is None else None
    url = release.url if release else url
    size = release.size if release else None
    store, raw = config.store_dir(), config.raw_dir()
    data = manifest(store)
    previous = data.get("fetched", {}).get(fmt)
    entry = data["entries"].get(fmt)
    same = (previous is not None and previous["url"] == url and entry is not None
            and entry["checksum"] == previous.get("checksum")
            and (size is None or previous.get("size") == size))
    validators = previous if same and (previous.get("etag") or previous.get("last_modified")) \
        else None
    if same and validators is None and size is not None:
        return FetchResult(fmt, "up to date", previous, previous)  # same file, same size
    got = _get(url, raw, progress=progress, timeout=timeout, validators=validators,
               expected_size=size)
    if got is None:
        return FetchResult(fmt, "up to date", previous, previous)  # 304 Not Modified
    if same and got.sha256 == previous.get("sha256"):
        _discard(got.path)  # the same bytes again: the kept copy stands
        return FetchResult(fmt, "up to date", previous, previous)
    kept = _keep(got, raw)
    record = {
        "url": url, "file": kept.path.name, "size": kept.size, "sha256": kept.sha256,
        "etag": kept.etag, "last_modified": kept.last_modified,
        "release_date": release.date.isoformat() if release and release.date else None,
        "record": release.record if release else None,
        "fetched_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    result = import_path(kept.path, format=fmt, fetched=record)
    record["checksum"] = result.entry["checksum"]
    return FetchResult(fmt, "imported" if result.changed else "same data", record, previous,
                       result)

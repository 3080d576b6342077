"""Top-level entry points: :func:`load`."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from typing import Literal

from unsc import config, store
from unsc.combine import combine
from unsc.model import Dataset
from unsc.sources import curated

log = logging.getLogger("unsc")

#: What ``unsc.load`` (and every notebook's ``data`` parameter) accepts.
DATA_SOURCES: tuple[str, ...] = ("auto", "embedded", "store")


def load(source: Literal["auto", "embedded", "store"] = "auto") -> Dataset:
    """Load the data a report should use.

    Parameters
    ----------
    source
        ``"embedded"``: the curated record in ``data/curated``.
        ``"store"``: the local parquet store (``unsc data import``), combined
        with the embedded record as the most trusted source, so its verified
        decisions and corrections take precedence and every disagreement
        with the imported data is listed in ``Dataset.conflicts``.
        ``"auto"`` (default): the store when it holds data, else the embedded
        record.

    ``Dataset.origin`` says which was used and ``Dataset.version``
    fingerprints the data as loaded (it survives filtering).

    Raises
    ------
    unsc.errors.ParameterError
        When ``source`` is anything else (``"stored"`` is not ``"store"``:
        loading the embedded record instead would answer a different question).
    FileNotFoundError
        For ``"store"`` when the store holds no data.
    """
    check_source(source)
    embedded = curated.read()
    embedded = replace(embedded, version=_fingerprint(_curated_files()))
    if source in ("auto", "store"):
        if store.has_data():
            stored = store.load()
            ds = combine(embedded, stored)
            checksums = [e.get("checksum", "") for e in store.entries()]
            ds = replace(ds, origin=f"{stored.origin} + embedded record",
                         version=_fingerprint([embedded.version, *checksums]))
            log.info("unsc.load: using the %s", ds.origin)
            return ds
        if source == "store":
            raise FileNotFoundError("the store is empty: import data with `unsc data import`")
    log.info("unsc.load: the store is empty; using the embedded record")
    return embedded


def check_source(source: object, what: str = "data") -> str:
    """``source`` if it is one of :data:`DATA_SOURCES`, else an error listing them."""
    if not isinstance(source, str) or source not in DATA_SOURCES:
        from unsc.errors import ParameterError

        raise ParameterError(f"{what}: {source!r} is not a data source; use one of "
                             + ", ".join(map(repr, DATA_SOURCES)))
    return source


def _curated_files() -> list[bytes]:
    folder = config.curated_dir()
    return [p.read_bytes() for p in sorted(folder.glob("*.csv"))]


def _fingerprint(parts: list) -> str:  # noqa: ANN001 - bytes or text
    digest = hashlib.sha1()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else str(part).encode())
    return digest.hexdigest()[:10]

"""Top-level entry points: :func:`load`."""

from __future__ import annotations

import logging
from typing import Literal

from unsc import store
from unsc.model import Dataset
from unsc.sources import curated

log = logging.getLogger("unsc")


def load(source: Literal["auto", "embedded", "store"] = "auto") -> Dataset:
    """Load the data a report should use.

    Parameters
    ----------
    source
        ``"embedded"``: the curated record in ``data/curated``.
        ``"store"``: the local parquet store (``unsc data import``).
        ``"auto"`` (default): the store when it holds data, else the embedded
        record. ``Dataset.origin`` says which was used.
    """
    if source in ("auto", "store"):
        if store.has_data():
            ds = store.load()
            log.info("unsc.load: using the %s", ds.origin)
            return ds
        if source == "store":
            raise FileNotFoundError("the store is empty: import data with `unsc data import`")
    log.info("unsc.load: the store is empty; using the embedded record")
    return curated.read()

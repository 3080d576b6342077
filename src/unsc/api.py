"""Top-level entry points: :func:`load`."""

from __future__ import annotations

from typing import Literal

from unsc.model import Dataset
from unsc.sources import curated


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
        try:
            from unsc import store
        except ImportError:  # the store arrives with the real-data readers
            store = None
        if store is not None and store.has_data():
            return store.load()
        if source == "store":
            raise FileNotFoundError("the store is empty: import data with `unsc data import`")
    return curated.read()

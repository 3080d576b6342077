"""Inline articles for the coverage tests: a few sentences of our own, no file needed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from unsc.coverage import Article


def inline_article(*paragraphs: str, date: str, headline: str = "") -> Article:
    """An article of ``paragraphs`` dated ``date`` (as if read from ``inline.txt``)."""
    return Article(path=Path("inline.txt"), date=pd.Timestamp(date), paragraphs=paragraphs,
                   headline=headline)


def position_groups(mentions: pd.DataFrame) -> dict[str, str]:
    """Position → the ``;``-joined members stated with it, from a mentions frame."""
    rows = mentions.dropna(subset=["position"])
    return dict(zip(rows.position, rows.members, strict=True))

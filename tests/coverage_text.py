"""Inline articles for the coverage tests: a few sentences of our own, no file needed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from unsc.coverage import Article
from unsc.model import Dataset, conform


def inline_article(*paragraphs: str, date: str, headline: str = "") -> Article:
    """An article of ``paragraphs`` dated ``date`` (as if read from ``inline.txt``)."""
    return Article(path=Path("inline.txt"), date=pd.Timestamp(date), paragraphs=paragraphs,
                   headline=headline)


def position_groups(mentions: pd.DataFrame) -> dict[str, str]:
    """Position → the ``;``-joined members stated with it, from a mentions frame."""
    rows = mentions.dropna(subset=["position"])
    return dict(zip(rows.position, rows.members, strict=True))


def read_positions(*paragraphs: str, date: str = "2011-10-05") -> dict[str, str]:
    """Position → members, as :func:`position_groups`, of an inline article of ``paragraphs``."""
    from unsc.coverage import extract_mentions

    return position_groups(extract_mentions(inline_article(*paragraphs, date=date)))


def with_rival(ds: Dataset, rival_id: str, tally: tuple[int, int, int], fields: dict | None = None,
               votes: dict[str, str] | None = None) -> Dataset:
    """``ds`` with an invented rival of S/2011/612: its roll call flipped (yes ↔ no).

    ``tally`` is the rival's (yes, no, abstain); ``fields`` sets other decision
    columns (title, date, outcome); ``votes`` sets single members' votes after the flip.
    """
    d = ds.decisions
    rival = d[d.decision_id == "S/2011/612"].copy()
    rival["decision_id"] = rival["draft"] = rival_id
    rival[["yes", "no", "abstain"]] = list(tally)
    for column, value in (fields or {}).items():
        rival[column] = value
    v = ds.votes
    flipped = v[v.decision_id == "S/2011/612"].copy()
    flipped["decision_id"] = rival_id
    flipped["vote"] = flipped.vote.astype(str).map({"yes": "no", "no": "yes", "abstain": "abstain"})
    for member, vote in (votes or {}).items():
        flipped.loc[flipped.member == member, "vote"] = vote
    decisions = pd.concat([d.astype(object), rival.astype(object)], ignore_index=True)
    all_votes = pd.concat([v.astype(object), flipped.astype(object)], ignore_index=True)
    return replace(ds, decisions=conform(decisions, "decisions"), votes=conform(all_votes, "votes"))

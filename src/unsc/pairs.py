"""Two members side by side: did they vote alike, decision by decision?

Simpler than the dyadic measures in :mod:`unsc.alignment`: an exact-match
count, which is what a news claim such as "China traditionally joins Russia"
is checked against first.
"""

from __future__ import annotations

import pandas as pd

from unsc.model import SCALE, Dataset


def side_by_side(ds: Dataset, a: str, b: str) -> pd.DataFrame:
    """One row per decision on which both ``a`` and ``b`` cast yes, abstain or no.

    Returns
    -------
    pandas.DataFrame
        ``decision_id, body, date, title, outcome, vote_a, vote_b, same``,
        in date order. Decisions where either was absent or had no row are left
        out (there is nothing to compare).
    """
    votes = ds.votes[ds.votes.member.isin([a, b]) & ds.votes.vote.isin(SCALE)]
    wide = votes.pivot_table(index="decision_id", columns="member", values="vote",
                             aggfunc="first", observed=True)
    if a not in wide.columns or b not in wide.columns:
        wide = wide.reindex(columns=[a, b])
    wide = wide[[a, b]].dropna()
    wide.columns = ["vote_a", "vote_b"]
    wide.index = wide.index.astype(str)
    dec = ds.decisions.assign(decision_id=ds.decisions.decision_id.astype(str))
    out = dec[["decision_id", "body", "date", "title", "outcome"]].merge(
        wide, left_on="decision_id", right_index=True, how="inner")
    out["same"] = out.vote_a.astype(str) == out.vote_b.astype(str)
    return out.sort_values(["date", "decision_id"]).reset_index(drop=True)


def voted_alike(ds: Dataset, a: str, b: str) -> pd.DataFrame:
    """How often ``a`` and ``b`` cast the same vote, per body.

    Returns
    -------
    pandas.DataFrame
        Index ``body``; columns ``decisions`` (both voted), ``same``, ``share``
        (``same / decisions``), ``first``, ``last`` (dates).
    """
    sbs = side_by_side(ds, a, b)
    grouped = sbs.groupby(sbs.body.astype(str))
    out = pd.DataFrame({
        "decisions": grouped.size(),
        "same": grouped.same.sum().astype(int),
        "first": grouped.date.min(),
        "last": grouped.date.max(),
    })
    out["share"] = out.same / out.decisions
    out.index.name = "body"
    return out[["decisions", "same", "share", "first", "last"]]

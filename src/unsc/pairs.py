"""Two members side by side: did they vote alike, decision by decision?

Simpler than the dyadic measures in :mod:`unsc.alignment`: an exact-match
count, which is what a news claim such as "China traditionally joins Russia"
is checked against first.

Two measures, two names
-----------------------
The **identical-vote share** here (``share``) counts a decision as alike only
when both cast the same vote: an abstention against a yes or a no is a
difference. The **agreement index** of :mod:`unsc.alignment` gives such a
decision half credit. On the same decisions the agreement index is
therefore never lower: Russia and China on the 33 Security Council votes
both cast in the curated record show a share of 27/33 = 0.818 and an
agreement of (27 + 6 × ½)/33 = 0.909, because on 6 of the 33 one
abstained while the other voted (the other 27 identical, none yes against
no). :data:`unsc.alignment.MEASURE_SENTENCES` holds the sentence each
report prints for either.

``share`` is a proportion, so it comes with a 95 % Wilson interval
(``low``, ``high``; :func:`unsc.alignment.wilson`), and ``contested=True``
leaves out decisions on which every member casting a vote cast the same
one (judged on every member, as :func:`unsc.alignment.alignment` does).
"""

from __future__ import annotations

import pandas as pd

from unsc.alignment import unanimous, wilson
from unsc.model import SCALE, Dataset


def _contested_only(ds: Dataset) -> Dataset:
    split = unanimous(ds)
    return ds.filter(decisions=split.index[~split.to_numpy()])


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
    wide = wide.reindex(columns=[a, b]).dropna()
    wide = pd.DataFrame({"decision_id": wide.index.astype(str),
                         "vote_a": wide[a].to_numpy(), "vote_b": wide[b].to_numpy()})
    dec = ds.decisions.assign(decision_id=ds.decisions.decision_id.astype(str))
    out = dec[["decision_id", "body", "date", "title", "outcome"]].merge(wide, on="decision_id")
    out["same"] = out.vote_a.astype(str) == out.vote_b.astype(str)
    return out.sort_values(["date", "decision_id"]).reset_index(drop=True)


def voted_alike(ds: Dataset, a: str, b: str, contested: bool = False) -> pd.DataFrame:
    """How often ``a`` and ``b`` cast the same vote, per body.

    Parameters
    ----------
    contested
        Only decisions on which not every member voted alike.

    Returns
    -------
    pandas.DataFrame
        Index ``body``; columns ``decisions`` (both voted), ``same``, ``share``
        (``same / decisions``, the identical-vote share), ``first``, ``last``
        (dates), ``low``, ``high`` (95 % Wilson interval on ``share``).
    """
    if contested:
        ds = _contested_only(ds)
    sbs = side_by_side(ds, a, b)
    grouped = sbs.groupby(sbs.body.astype(str))
    out = pd.DataFrame({
        "decisions": grouped.size(),
        "same": grouped.same.sum().astype(int),
        "first": grouped.date.min(),
        "last": grouped.date.max(),
    })
    out["share"] = out.same / out.decisions
    out["low"], out["high"] = wilson(out.same.to_numpy(), out.decisions.to_numpy())
    out.index.name = "body"
    return out[["decisions", "same", "share", "first", "last", "low", "high"]]


def same_vote_share(ds: Dataset, members: list[str] | None = None,
                    period: str | None = None, contested: bool = False) -> pd.DataFrame:
    """Share of identical votes for every pair of ``members``, per body and period.

    Computed from one-hot member × decision matrices (identical = sum over the
    three votes of ``X_k X_kᵀ``; both voted = ``V Vᵀ``), not pair by pair.

    Parameters
    ----------
    ds
        The decisions to use.
    members
        Members to pair (default: all).
    period
        ``None`` (all together) or ``"year"``.
    contested
        Only decisions on which not every member voted alike.

    Returns
    -------
    pandas.DataFrame
        ``body, period, member_a, member_b, decisions, same, share, low,
        high``, one row per unordered pair with ``member_a < member_b``;
        ``low``, ``high``: 95 % Wilson interval on ``share``.
    """
    import numpy as np

    if contested:
        ds = _contested_only(ds)

    dec = ds.decisions.assign(decision_id=ds.decisions.decision_id.astype(str))
    labels = dec.date.dt.year.astype(str) if period == "year" else pd.Series("all", index=dec.index)
    if period not in (None, "year"):
        raise ValueError(f"period must be None or 'year', not {period!r}")
    codes = ds.matrix(codes=True)
    if members is not None:
        codes = codes.reindex([m for m in members if m in codes.index])
    names = codes.index.to_numpy()
    rows = []
    key = dec.set_index("decision_id")
    for (body, label), group in key.groupby([key.body.astype(str), labels.to_numpy()], observed=True):
        sub = codes[group.index.intersection(codes.columns)].to_numpy()
        onehot = [(sub == k).astype(np.float32) for k in range(len(SCALE))]
        voted = sum(onehot)
        same = sum(x @ x.T for x in onehot)
        both = voted @ voted.T
        a, b = np.triu_indices(len(names), k=1)
        rows.append(pd.DataFrame({
            "body": body, "period": label, "member_a": names[a], "member_b": names[b],
            "decisions": both[a, b].astype(int), "same": same[a, b].astype(int),
        }))
    if not rows:
        return pd.DataFrame(columns=["body", "period", "member_a", "member_b", "decisions", "same",
                                     "share", "low", "high"])
    out = pd.concat(rows, ignore_index=True)
    out = out[out.decisions > 0].reset_index(drop=True)
    out["share"] = out.same / out.decisions
    out["low"], out["high"] = wilson(out.same.to_numpy(), out.decisions.to_numpy())
    return out


def lone_votes(ds: Dataset, member: str) -> pd.DataFrame:
    """Decisions on which ``member`` cast a vote that no other member cast.

    Returns
    -------
    pandas.DataFrame
        ``decision_id, body, date, title, outcome, vote, others`` where
        ``others`` summarises the rest (e.g. ``"yes 13, abstain 1"``).
    """
    v = ds.votes[ds.votes.vote.isin(SCALE)]
    own = v[v.member == member].set_index(v.decision_id[v.member == member].astype(str)).vote
    counts = pd.crosstab(v.decision_id.astype(str), v.vote.astype(str))
    counts = counts.reindex(columns=list(SCALE), fill_value=0)
    own = own[own.index.isin(counts.index)]
    same_count = counts.to_numpy()[counts.index.get_indexer(own.index),
                                   [SCALE.index(x) for x in own.astype(str)]] if len(own) else []
    alone = own[pd.Series(same_count, index=own.index) == 1]
    others = counts.loc[alone.index].copy()
    for i, vote in enumerate(alone.astype(str)):
        others.iloc[i, SCALE.index(vote)] -= 1
    summary = others.apply(lambda r: ", ".join(f"{k} {n}" for k, n in r.items() if n), axis=1)
    dec = ds.decisions.assign(decision_id=ds.decisions.decision_id.astype(str))
    out = dec[dec.decision_id.isin(alone.index)][["decision_id", "body", "date", "title", "outcome"]]
    out = out.assign(vote=out.decision_id.map(alone.astype(str)),
                     others=out.decision_id.map(summary))
    return out.sort_values("date").reset_index(drop=True)

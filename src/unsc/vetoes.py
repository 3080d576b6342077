"""Vetoes: who vetoed, when, on what, together with whom, and alone.

A veto is a permanent member's ``no`` on a Security Council decision whose
``outcome`` is ``vetoed``. Whether the member held a permanent seat is judged
on the day of the vote (``members.seat_from`` / ``seat_to``), so a USSR no of
1950 counts and nobody else's does. Decisions read from a veto list
(``partial=True``) carry only the vetoing members' votes, which is all this
module needs; a ``no`` by a permanent member on a draft that failed for want
of nine votes is not a veto.

With ``by_seat=True`` (the default) members are reported by seat: the USSR's
vetoes are the Russian seat's, the Republic of China's the China seat's.
Data already relabelled with :meth:`~unsc.model.Dataset.by_seat` gives the
same answers: a seat code is then judged by the seat's holder on the day, and
``by_seat=False`` names that holder again (``SUN`` for a veto of 1950).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from unsc import members as members_mod
from unsc.members import PERMANENT_SEATS
from unsc.model import Dataset

#: Label for decisions without a topic.
NO_TOPIC = "(no topic)"


def _seat_table(ds: Dataset) -> pd.DataFrame:
    table = ds.members if ds.members.seat.notna().any() else members_mod.table()
    return table.dropna(subset=["seat"])[["member", "seat", "seat_from", "seat_to"]]


def veto_table(ds: Dataset, by_seat: bool = True) -> pd.DataFrame:
    """One row per veto cast.

    Parameters
    ----------
    ds
        Any dataset; only Security Council decisions with outcome ``vetoed`` count.
    by_seat
        Report the seat (``RUS``) rather than the holder (``SUN``), whether or
        not ``ds`` was relabelled with :meth:`~unsc.model.Dataset.by_seat`.

    Returns
    -------
    pandas.DataFrame
        ``decision_id, date, year, topic, member, vetoers, alone, joined_by``:
        ``vetoers`` is how many permanent members vetoed that draft, ``alone``
        whether this member was the only one, ``joined_by`` the others
        (comma-separated, empty when alone). Sorted by date, then member.
    """
    dec = ds.decisions
    vetoed = dec[(dec.body.astype(str) == "SC") & (dec.outcome.astype(str) == "vetoed")]
    votes = ds.votes[(ds.votes.vote.astype(str) == "no")
                     & ds.votes.decision_id.isin(vetoed.decision_id.to_numpy())]
    rows = votes.assign(decision_id=votes.decision_id.astype(str),
                        member=votes.member.astype(str))[["decision_id", "member"]]
    rows = rows.merge(vetoed.assign(decision_id=vetoed.decision_id.astype(str))[
        ["decision_id", "date", "topic"]], on="decision_id")
    seats = _seat_table(ds).rename(columns={"member": "holder"})
    # Votes relabelled by Dataset.by_seat() name the seat ("RUS" for a Soviet veto of
    # 1950): match them with every holder of that seat, so the vote is judged by
    # whoever held the seat that day; otherwise by the member who cast it.
    rows = rows.merge(seats, left_on="member", right_on="seat" if ds.seated else "holder",
                      how="inner")
    held = (rows.seat_from.isna() | (rows.date >= rows.seat_from)) & (
        rows.seat_to.isna() | (rows.date < rows.seat_to))
    rows = rows[held.to_numpy()]
    rows = rows.assign(member=rows.seat if by_seat else rows.holder)
    rows = rows.drop_duplicates(["decision_id", "member"])
    count = rows.groupby("decision_id").member.transform("size")
    others = rows.groupby("decision_id").member.agg(lambda s: sorted(s))
    joined = [",".join(m for m in others[d] if m != me)
              for d, me in zip(rows.decision_id, rows.member, strict=True)]
    out = pd.DataFrame({
        "decision_id": rows.decision_id.to_numpy(),
        "date": rows.date.to_numpy(),
        "year": rows.date.dt.year.astype("int64").to_numpy(),
        "topic": rows.topic.astype("string").fillna(NO_TOPIC).to_numpy(),
        "member": rows.member.astype(str).to_numpy(),
        "vetoers": count.astype("int64").to_numpy(),
        "alone": (count == 1).to_numpy(),
        "joined_by": joined,
    })
    return out.sort_values(["date", "decision_id", "member"]).reset_index(drop=True)


def _columns(table: pd.DataFrame, by_seat: bool) -> list[str]:
    if by_seat:
        return list(PERMANENT_SEATS)
    return sorted(set(table.member))


def vetoes_by(ds: Dataset, by: str = "year", by_seat: bool = True) -> pd.DataFrame:
    """Vetoes per permanent member per year (or per topic).

    Parameters
    ----------
    ds
        The dataset (filter it first for a window).
    by
        ``"year"``: every year from the first to the last Security Council
        decision in ``ds`` (years without a veto hold 0); ``"topic"``: every
        topic with at least one veto, most vetoed first.
    by_seat
        Columns are the five seats (``CHN, FRA, GBR, RUS, USA``); ``False``
        gives one column per holder (``SUN`` apart from ``RUS``).

    Returns
    -------
    pandas.DataFrame
        Counts (int), one column per member, index ``year`` or ``topic``.
    """
    if by not in ("year", "topic"):
        raise ValueError(f"by must be 'year' or 'topic', not {by!r}")
    table = veto_table(ds, by_seat)
    counts = pd.crosstab(table[by], table.member).reindex(columns=_columns(table, by_seat),
                                                            fill_value=0)
    if by == "year":
        sc = ds.decisions[ds.decisions.body.astype(str) == "SC"]
        if len(sc):
            years = range(int(sc.date.dt.year.min()), int(sc.date.dt.year.max()) + 1)
            counts = counts.reindex(years, fill_value=0)
    else:
        counts = counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    counts.index.name = by
    counts.columns.name = "member"
    return counts.astype("int64")


def joint_vetoes(ds: Dataset, by_seat: bool = True) -> pd.DataFrame:
    """How often each permanent member joined another's vetoes.

    Returns
    -------
    pandas.DataFrame
        Square, rows and columns the members: cell ``(a, b)`` is the number
        of ``a``'s vetoes that ``b`` cast too; the diagonal is ``a``'s total.
        "How many Russian vetoes did China join" is ``joint.loc["RUS", "CHN"]``.
    """
    table = veto_table(ds, by_seat)
    cols = _columns(table, by_seat)
    onehot = pd.crosstab(table.decision_id, table.member).reindex(columns=cols, fill_value=0)
    x = onehot.to_numpy(dtype=np.int64)
    out = pd.DataFrame(x.T @ x, index=pd.Index(cols, name="member"),
                       columns=pd.Index(cols, name="joined_by"))
    return out


def lone_vetoes(ds: Dataset, by_seat: bool = True) -> pd.Series:
    """Vetoes each permanent member cast alone (no other permanent member vetoed)."""
    table = veto_table(ds, by_seat)
    out = table[table.alone].groupby("member").size().reindex(_columns(table, by_seat),
                                                              fill_value=0)
    out.index.name = "member"
    return out.rename("alone").astype("int64")


def veto_summary(ds: Dataset, by_seat: bool = True) -> pd.DataFrame:
    """One row per permanent member: ``vetoes, alone, joint, first, last``.

    ``joint`` = vetoes cast together with at least one other permanent member.
    """
    table = veto_table(ds, by_seat)
    cols = _columns(table, by_seat)
    grouped = table.groupby("member")
    out = pd.DataFrame({
        "vetoes": grouped.size(),
        "alone": grouped.alone.sum(),
        "first": grouped.date.min(),
        "last": grouped.date.max(),
    }).reindex(cols)
    out["vetoes"] = out.vetoes.fillna(0).astype("int64")
    out["alone"] = out.alone.fillna(0).astype("int64")
    out["joint"] = out.vetoes - out.alone
    out.index.name = "member"
    return out[["vetoes", "alone", "joint", "first", "last"]]

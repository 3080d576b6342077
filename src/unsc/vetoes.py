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

What is counted (``convention=``)
---------------------------------
One veto per vetoing permanent member per vetoed vote: a draft that China and
Russia both vetoed counts once for each, and as one vetoed draft. Which votes
count is the convention; published counts differ by it:

- the UN Library's veto list (research.un.org/en/docs/sc/quick/veto; the
  ``vetoes`` reader reads the World Politics Data Lab's copy of it) lists
  vetoed *draft resolutions*, drafts voted "as amended" among them, and a few
  votes on the "preliminary question" (whether a matter was procedural: the
  "double veto" of 26 June 1946 on the Spanish question, 15 September 1947 on
  Greece, 24 May 1948 on Czechoslovakia); it has no separate votes on
  amendments or paragraphs;
- Sievers and Daws, *The Procedure of the UN Security Council*, Table 4
  (scprocedure.org/table-4-vetoes-cast) counts "proposals": draft
  resolutions, votes on the preliminary question and votes on amendments,
  with votes on separate paragraphs of a draft then vetoed as footnotes;
- the UK Foreign Office's *Vetoed Draft Resolutions in the United Nations
  Security Council 1946-2012* counts "every public negative vote of a
  Permanent Member on a substantive issue", parts of drafts and amendments
  included.

Each vetoed decision gets a ``kind`` (:func:`veto_kind`): ``amendment`` (its
symbol or draft names an amendment: ``Oral amendment at S/PV.9520`` in the
drafts table), ``paragraph`` (a separately voted part), ``preliminary`` (its
title names the preliminary question) or ``draft``. ``convention`` selects
the kinds counted (:data:`CONVENTIONS`): ``"all"`` (default, every vetoed vote
the data holds), ``"drafts"`` (draft resolutions only) or ``"no_amendments"``
(drafts and preliminary questions, what the veto list's rows hold; use it to
compare roll-call data with the list). Vetoes cast in private meetings on the
appointment of the Secretary-General are in the data only where a source
records them (the drafts table has the US vote on S/1996/952, the veto list
does not: a known gap of the list, below).

Vetoes the data lacks
---------------------
A veto list can miss vetoes. ``data/curated/known_errors.csv`` lists those
verified from the record (``field`` ``missing_veto``: the 1972 China-USSR
joint veto of amendments at S/PV.1662, the Republic of China's 1955 veto of
Mongolia's admission, the USSR's 1955 veto of the amendment adding Japan, the
US veto of S/1996/952 by secret ballot in a private meeting).
:func:`missing_vetoes` names each one that falls in the span of a source's
vetoes but is not in the data, :func:`unsc.validate` reports them
(``missing_veto``), and :func:`veto_summary` counts them per seat
(``missing``), so a total never silently depends on one list.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from unsc import config
from unsc import members as members_mod
from unsc.errors import ParameterError
from unsc.members import PERMANENT_SEATS
from unsc.model import Dataset

#: Label for decisions without a topic.
NO_TOPIC = "(no topic)"
#: What a vetoed vote was on (:func:`veto_kind`).
KINDS = ("draft", "amendment", "paragraph", "preliminary")
#: The kinds each convention counts (see the module docstring).
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "all": KINDS,
    "drafts": ("draft",),
    "no_amendments": ("draft", "preliminary"),
}
#: The file each third-party table of ``known_errors.csv`` is read from (its folder
#: in ``../shared/data`` is the table's name): how a source in the data is known to be it.
TABLE_FILES: dict[str, tuple[str, ...]] = {
    "unsc_vetoes_wpdl": ("unsc_vetoes_1946_sept2022.csv",),
}
#: ``known_errors.csv``'s ``field`` for a veto a third-party table lacks.
MISSING_FIELD = "missing_veto"
#: ``ours`` of such a row: ``"no on 1972-09-10, amendment"``.
_MISSING_VALUE = re.compile(r"^no on (?P<date>\d{4}-\d{2}-\d{2}), (?P<kind>" + "|".join(KINDS) + r")$")
# "S/6113 (as amended)" and "S/3995 (incorporating the amendment)" are drafts, not amendments.
_AMENDMENT = re.compile(r"\bamendments?\b", re.IGNORECASE)
_AS_AMENDED = re.compile(r"as amended|incorporating the amendment", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\b(?:paragraphs?|preamble)\b", re.IGNORECASE)
_PRELIMINARY = re.compile(r"preliminary question", re.IGNORECASE)


def _seat_table(ds: Dataset) -> pd.DataFrame:
    table = ds.members if ds.members.seat.notna().any() else members_mod.table()
    return table.dropna(subset=["seat"])[["member", "seat", "seat_from", "seat_to"]]


def veto_kind(decisions: pd.DataFrame) -> pd.Series:
    """What each decision was a vote on: ``draft``, ``amendment``, ``paragraph`` or ``preliminary``.

    Read from the decision's own words, as the sources write them: an
    amendment is named in ``decision_id`` or ``draft`` (``Oral amendment at
    S/PV.9520``; a draft "as amended" or "incorporating the amendment" stays
    a draft), a paragraph vote likewise (``S/1076 Paragraph 5``), and a vote
    on the preliminary question (was the matter procedural?) in ``title``
    (the veto list's ``agenda_item``: "The Spanish question preliminary
    question"). Anything else is a draft.
    """
    ids = decisions.decision_id.astype("string").fillna("")
    draft = (decisions.draft.astype("string").fillna("") if "draft" in decisions.columns
             else pd.Series("", index=decisions.index, dtype="string"))
    named = ids + " " + draft
    title = (decisions.title.astype("string").fillna("") if "title" in decisions.columns
             else pd.Series("", index=decisions.index, dtype="string"))
    plain = named.str.replace(_AS_AMENDED, "", regex=True)
    kind = np.select(
        [title.str.contains(_PRELIMINARY).to_numpy(dtype=bool),
         plain.str.contains(_AMENDMENT).to_numpy(dtype=bool),
         plain.str.contains(_PARAGRAPH).to_numpy(dtype=bool)],
        ["preliminary", "amendment", "paragraph"], default="draft")
    return pd.Series(kind, index=decisions.index, name="kind", dtype=object)


def check_convention(convention: str) -> tuple[str, ...]:
    """The vote kinds ``convention`` counts; a :class:`ParameterError` for an unknown one."""
    if convention not in CONVENTIONS:
        raise ParameterError(f"convention must be one of {', '.join(map(repr, CONVENTIONS))}, "
                             f"not {convention!r}")
    return CONVENTIONS[convention]


def veto_table(ds: Dataset, by_seat: bool = True, convention: str = "all") -> pd.DataFrame:
    """One row per veto cast: one per vetoing permanent member per vetoed vote.

    Parameters
    ----------
    ds
        Any dataset; only Security Council decisions with outcome ``vetoed`` count.
    by_seat
        Report the seat (``RUS``) rather than the holder (``SUN``), whether or
        not ``ds`` was relabelled with :meth:`~unsc.model.Dataset.by_seat`.
    convention
        Which vetoed votes count (:data:`CONVENTIONS`): ``"all"`` (default),
        ``"drafts"`` (draft resolutions only) or ``"no_amendments"`` (drafts
        and votes on the preliminary question, as the UN Library's list).

    Returns
    -------
    pandas.DataFrame
        ``decision_id, date, year, topic, member, vetoers, alone, joined_by,
        kind``: ``vetoers`` is how many permanent members vetoed that draft,
        ``alone`` whether this member was the only one, ``joined_by`` the
        others (comma-separated, empty when alone), ``kind`` what the vote was
        on (:func:`veto_kind`). Sorted by date, then member.
    """
    kinds = check_convention(convention)
    dec = ds.decisions
    vetoed = dec[(dec.body.astype(str) == "SC") & (dec.outcome.astype(str) == "vetoed")]
    vetoed = vetoed.assign(kind=veto_kind(vetoed))
    vetoed = vetoed[vetoed.kind.isin(kinds).to_numpy(dtype=bool)]
    votes = ds.votes[(ds.votes.vote.astype(str) == "no")
                     & ds.votes.decision_id.isin(vetoed.decision_id.to_numpy())]
    rows = votes.assign(decision_id=votes.decision_id.astype(str),
                        member=votes.member.astype(str))[["decision_id", "member"]]
    rows = rows.merge(vetoed.assign(decision_id=vetoed.decision_id.astype(str))[
        ["decision_id", "date", "topic", "kind"]], on="decision_id")
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
        "kind": rows.kind.to_numpy(dtype=object),
    })
    return out.sort_values(["date", "decision_id", "member"]).reset_index(drop=True)


def _columns(table: pd.DataFrame, by_seat: bool) -> list[str]:
    if by_seat:
        return list(PERMANENT_SEATS)
    return sorted(set(table.member))


def vetoes_by(ds: Dataset, by: str = "year", by_seat: bool = True,
              convention: str = "all") -> pd.DataFrame:
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
    convention
        Which vetoed votes count, as in :func:`veto_table`.

    Returns
    -------
    pandas.DataFrame
        Counts (int), one column per member, index ``year`` or ``topic``.
    """
    if by not in ("year", "topic"):
        raise ValueError(f"by must be 'year' or 'topic', not {by!r}")
    table = veto_table(ds, by_seat, convention)
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


def joint_vetoes(ds: Dataset, by_seat: bool = True, convention: str = "all") -> pd.DataFrame:
    """How often each permanent member joined another's vetoes (``convention`` as :func:`veto_table`).

    Returns
    -------
    pandas.DataFrame
        Square, rows and columns the members: cell ``(a, b)`` is the number
        of ``a``'s vetoes that ``b`` cast too; the diagonal is ``a``'s total.
        "How many Russian vetoes did China join" is ``joint.loc["RUS", "CHN"]``.
    """
    table = veto_table(ds, by_seat, convention)
    cols = _columns(table, by_seat)
    onehot = pd.crosstab(table.decision_id, table.member).reindex(columns=cols, fill_value=0)
    x = onehot.to_numpy(dtype=np.int64)
    out = pd.DataFrame(x.T @ x, index=pd.Index(cols, name="member"),
                       columns=pd.Index(cols, name="joined_by"))
    return out


def lone_vetoes(ds: Dataset, by_seat: bool = True, convention: str = "all") -> pd.Series:
    """Vetoes each permanent member cast alone (no other permanent member vetoed)."""
    table = veto_table(ds, by_seat, convention)
    out = table[table.alone].groupby("member").size().reindex(_columns(table, by_seat),
                                                              fill_value=0)
    out.index.name = "member"
    return out.rename("alone").astype("int64")


def veto_summary(ds: Dataset, by_seat: bool = True, convention: str = "all") -> pd.DataFrame:
    """One row per permanent member: ``vetoes, alone, joint, first, last, missing``.

    ``joint`` = vetoes cast together with at least one other permanent member.
    ``missing`` = vetoes verified from the record that the data lacks in the
    span of its sources' vetoes (:func:`missing_vetoes`, counted under the
    same ``convention``): the list's total plus ``missing`` is the total the
    record supports, as far as it has been checked.
    """
    table = veto_table(ds, by_seat, convention)
    lacking = missing_vetoes(ds)
    lacking = lacking[lacking.kind.isin(check_convention(convention)).to_numpy(dtype=bool)]
    who = lacking.seat if by_seat else lacking.member
    # A holder with only a missing veto (the Republic of China's) still gets its row.
    cols = _columns(table, by_seat) if by_seat else sorted(set(table.member) | set(who))
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
    out["missing"] = who.value_counts().reindex(out.index, fill_value=0).astype("int64").to_numpy()
    out.index.name = "member"
    return out[["vetoes", "alone", "joint", "first", "last", "missing"]]


#: Columns of :func:`known_missing` and :func:`missing_vetoes`.
MISSING_COLUMNS = ["decision_id", "date", "kind", "member", "seat", "source_table", "evidence"]


def known_missing(folder: str | Path | None = None) -> pd.DataFrame:
    """The vetoes verified from the record that a third-party table lacks.

    Read from the ``missing_veto`` rows of ``known_errors.csv`` in ``folder``
    (default :func:`unsc.config.curated_dir`): ``ours`` gives the vote and
    its date and kind (``"no on 1972-09-10, amendment"``), ``reason`` the
    evidence.

    Returns
    -------
    pandas.DataFrame
        :data:`MISSING_COLUMNS`, one row per vetoing member per vote;
        ``member`` is the holder on the day (``TWN`` in 1955), ``seat`` its seat.

    Raises
    ------
    unsc.errors.DataFormatError
        A ``missing_veto`` row whose ``ours`` is not of that form, naming the
        file, line, column and value.
    """
    from unsc.csvio import Col, read_csv
    from unsc.errors import DataFormatError

    path = Path(folder or config.curated_dir()) / "known_errors.csv"
    raw = read_csv(path, {c: Col() for c in ("source_table", "decision_id", "member", "field",
                                             "theirs", "ours", "reason")})
    rows = raw[(raw["field"] == MISSING_FIELD).to_numpy(dtype=bool)]
    parsed = rows["ours"].fillna("").str.extract(_MISSING_VALUE)
    bad = parsed["date"].isna().to_numpy()
    if bad.any():
        first = np.flatnonzero(bad)[0]
        raise DataFormatError(path, "a missing_veto row needs ours = 'no on YYYY-MM-DD, <kind>' "
                              f"(kind one of {', '.join(KINDS)})", line=int(rows.line.iloc[first]),
                              column="ours", value=rows["ours"].iloc[first])
    member = rows["member"].fillna("").astype(str)
    seats = members_mod.table().dropna(subset=["seat"]).drop_duplicates("member")
    seat = member.map(seats.set_index("member").seat).fillna(member)
    return pd.DataFrame({
        "decision_id": rows["decision_id"].astype(str).to_numpy(),
        "date": pd.to_datetime(parsed["date"], format="%Y-%m-%d").to_numpy(),
        "kind": parsed["kind"].astype(str).to_numpy(),
        "member": member.to_numpy(),
        "seat": seat.to_numpy(),
        "source_table": rows["source_table"].astype(str).to_numpy(),
        "evidence": rows["reason"].astype(str).to_numpy(),
    }, columns=MISSING_COLUMNS)


def _is_table(source: str, file: object, table: str) -> bool:
    """Whether a source of the data is the third-party ``table`` (by file name or folder)."""
    names = TABLE_FILES.get(table, ())
    parts = Path(str(file)).parts if isinstance(file, str) else ()
    return source in names or (table in parts and (not names or parts[-1] in names))


def missing_vetoes(ds: Dataset, known: pd.DataFrame | None = None) -> pd.DataFrame:
    """The verified vetoes a third-party table in ``ds`` lacks, within that table's span.

    A known veto (:func:`known_missing`) is missing when ``ds`` holds
    decisions of the table that lacks it (its ``source_table``, told by the
    file name or folder, :data:`TABLE_FILES`), the veto is dated within the
    first to the last day of that table's Security Council vetoes in ``ds``,
    and ``ds`` holds no vetoed decision of that day on which the member's seat
    voted no. Data combined with a source that has the vote lacks nothing;
    a window that ends before the veto is not asked about it.

    Parameters
    ----------
    ds
        Any dataset (filter it first for a window: the span is that of the
        filtered data).
    known
        The verified vetoes; by default :func:`known_missing`.

    Returns
    -------
    pandas.DataFrame
        :data:`MISSING_COLUMNS` plus ``source`` (the table's file name in the
        data), ``file`` (its path) and ``first``, ``last`` (its span), one row
        per missing veto.
    """
    known = known_missing() if known is None else known
    columns = [*MISSING_COLUMNS, "source", "file", "first", "last"]
    dec = ds.decisions
    sc = dec[((dec.body.astype(str) == "SC") & (dec.outcome.astype(str) == "vetoed")
              & dec.date.notna()).to_numpy(dtype=bool)]
    if sc.empty or known.empty:
        return pd.DataFrame(columns=columns)
    files = (sc.file.astype(object) if "file" in sc.columns
             else pd.Series(None, index=sc.index, dtype=object))
    spans = sc.assign(source=sc.source.astype("string").fillna("(no source)").astype(str),
                      file=files.where(files.notna(), None)).groupby("source").agg(
        first=("date", "min"), last=("date", "max"), file=("file", "first")).reset_index()
    pairs = known.merge(spans, how="cross")
    own = np.array([_is_table(src, f, t) for src, f, t in
                    zip(pairs.source, pairs.file, pairs.source_table, strict=True)], dtype=bool)
    inside = ((pairs.date >= pairs["first"]) & (pairs.date <= pairs["last"])).to_numpy(dtype=bool)
    pairs = pairs[own & inside]
    if pairs.empty:  # the usual case: no veto list, or a window without a known gap
        return pd.DataFrame(columns=columns)
    held = veto_table(ds, by_seat=True)
    have = set(zip(held.date, held.member, strict=True))
    there = np.array([(d, s) in have for d, s in zip(pairs.date, pairs.seat, strict=True)],
                     dtype=bool)
    out = pairs[~there]
    return out[columns].sort_values(["date", "seat", "source"], kind="stable").reset_index(drop=True)

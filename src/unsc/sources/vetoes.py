"""Reader for ``vetoes``: a list of Security Council vetoes (who vetoed which draft).

The layout of ``../shared/data/unsc_vetoes_wpdl/`` (World Politics Data Lab,
1946-2022): one row per veto occasion, columns ``year, date (M/D/YYYY),
month, draft, meeting_record, agenda_item, crisis_topic, region,
member_veto1..3`` (the vetoing members' names: ``USSR``, ``China``, ``Russia``,
``USA``, ``UK``, ``France``), ``single_veto, multiple_vetoes`` and one 0/1
column per permanent member.

How it is read
--------------
- One decision per row, ``outcome`` ``vetoed``, ``partial=True``: the list
  names the vetoing members only. Their ``no`` votes are the only votes read;
  the other members' votes are unknown and stay unknown (no rows, no tally).
- ``decision_id`` is the draft symbol (``S/2012/77``, ``S/10416``; remarks such
  as ``(as amended)`` dropped); where ``draft`` holds no draft symbol (early
  rows give the meeting, ``S/PV.23``) it is ``"draft vetoed at S/PV.23"``.
  Rows sharing a key get ``" (line n)"``.
- ``crisis_topic`` is kept as ``source_topic``; ``topic`` is derived from it
  and the ``agenda_item`` (:mod:`unsc.topics`).
- A vetoing member is named as the list names it (``member_name``); the code
  is the seat's holder on the date: ``China`` before 25 October 1971 is the
  Republic of China (``TWN``), reported as ``member_by_date`` (info).

What it reports (``Dataset.problems``)
--------------------------------------
``meeting_as_draft``      ``draft`` holds a meeting symbol, not a draft symbol.
``inconsistent_flags``    the 0/1 columns (``China`` ... ``UK``, ``single_veto``,
                          ``multiple_vetoes``) contradict ``member_veto1..3``
                          (e.g. S/2012/538: two vetoes, ``single_veto=1``).
``member_by_date``        (info) a name read as the seat holder on that date.
``duplicate_roll_call``   two rows with the same draft symbol.
``not_a_vetoer``          a vetoing member that held no permanent seat on the date: a
                          misspelt name (``Rusia``) or another state (``Germany``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from unsc import members
from unsc.csvio import Col, read_csv
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import map_unique, sc_drafts, sc_meeting

FORMAT = "vetoes"
VETO_COLUMNS = ("member_veto1", "member_veto2", "member_veto3")
#: The 0/1 column of each name the list uses.
FLAG_COLUMNS = {"China": "China", "France": "France", "Russia": "Russia", "USSR": "USSR",
                "USA": "USA", "UK": "UK"}
COLUMNS = {
    "year": Col("int"),
    "date": Col("date", required=True, date_format="%m/%d/%Y"),
    "draft": Col(),
    "meeting_record": Col(),
    "agenda_item": Col(),
    "crisis_topic": Col(),
    "member_veto1": Col(required=True),
    "member_veto2": Col(),
    "member_veto3": Col(),
    "single_veto": Col("bool"),
    "multiple_vetoes": Col("bool"),
    **{c: Col("bool") for c in FLAG_COLUMNS.values()},
}


def matches(columns: list[str]) -> bool:
    """Whether a header is this format's."""
    return {"member_veto1", "draft", "meeting_record"} <= set(columns)


def read(path: str | Path) -> Dataset:
    """Read the veto list at ``path``.

    Raises
    ------
    unsc.errors.DataFormatError
        A missing column, a bad date (``M/D/YYYY``) or 0/1 flag, naming
        file, line, column and value.
    """
    path = Path(path)
    found: list[pd.DataFrame] = []
    raw = read_csv(path, COLUMNS, problems=found)

    drafts = map_unique(raw["draft"].fillna(""), sc_drafts)
    first_draft = drafts.map(lambda d: d.symbols[0] if d.symbols else None)
    meeting = map_unique(raw["meeting_record"], sc_meeting).fillna(raw["meeting_record"])
    in_draft = map_unique(raw["draft"].fillna(""), sc_meeting)
    as_meeting = first_draft.isna().to_numpy() & in_draft.notna().to_numpy()
    if as_meeting.any():
        other = np.where(in_draft[as_meeting] != meeting[as_meeting],
                         " (meeting_record says " + meeting[as_meeting].fillna("nothing") + ")",
                         "")
        found.append(_common.problems(
            "meeting_as_draft", "warning", path, raw.line[as_meeting], None, None,
            ("draft holds the meeting symbol " + raw["draft"][as_meeting]
             + ", not a draft symbol" + other).to_numpy()))
    fallback = "draft vetoed at " + meeting.fillna("an unknown meeting")
    base = first_draft.fillna(fallback).astype("string")
    decision_id = _common.unique_ids(base, raw["line"], "line")
    dup = base.duplicated(keep=False).to_numpy() & first_draft.notna().to_numpy()
    if dup.any():
        found.append(_common.problems("duplicate_roll_call", "error", path, raw.line[dup],
                                      decision_id[dup], None,
                                      (base[dup] + " is listed more than once").to_numpy()))

    decisions = pd.DataFrame({
        "decision_id": decision_id,
        "body": "SC",
        "date": raw["date"],
        "draft": drafts.map(lambda d: "; ".join(d.symbols) or None).fillna(raw["draft"]),
        "title": raw["agenda_item"],
        "source_topic": raw["crisis_topic"],
        "outcome": "vetoed",
        "meeting": meeting,
        "source": path.name,
        "partial": True,
        "file": str(path),
        "line": raw["line"],
    })

    # -- the vetoing members' "no" votes: one row per name in member_veto1..3 ----------
    long = raw[["line", "date", *VETO_COLUMNS]].melt(
        id_vars=["line", "date"], value_vars=list(VETO_COLUMNS), value_name="name").dropna(
        subset=["name"])
    long = long.sort_values(["line", "variable"], kind="stable").reset_index(drop=True)
    member, unknown = _common.identify_members(path, long["line"], names=long["name"])
    found.append(unknown)
    member, by_date = _seat_holder(path, long, member)
    found.append(by_date)
    id_of = pd.Series(decision_id.to_numpy(), index=raw["line"].to_numpy())
    votes = pd.DataFrame({
        "decision_id": pd.Categorical(long["line"].map(id_of)),
        "member": member,
        "vote": "no",
        "member_name": long["name"].astype("category"),
        "file": str(path),
        "line": long["line"],
    })
    found.append(_flags(path, raw, long))
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {path}")


def _seat_holder(path: Path, long: pd.DataFrame, member: pd.Categorical):
    """Replace a permanent member by whoever held its seat on the date of the veto."""
    table = members.table().dropna(subset=["seat"])
    code = np.asarray(member.astype(str), dtype=object)
    # A name that is no permanent member (``Rusia``, ``Germany``) has no seat: "".
    seat = pd.Series(code).map(table.set_index("member").seat).to_numpy(dtype=object,
                                                                         na_value="")
    date = long["date"].to_numpy(dtype="datetime64[ns]")
    holder = code.copy()
    held = np.zeros(len(code), dtype=bool)
    for s in table.itertuples():  # seven seat holders, not rows
        end = s.seat_to.to_datetime64() if pd.notna(s.seat_to) else np.datetime64("2262-01-01")
        on = (seat == s.seat) & (date >= s.seat_from.to_datetime64()) & (date < end)
        holder[on] = s.member
        held |= on
    moved = holder != code
    found = _common.problems(
        "member_by_date", "info", path, long["line"][moved].to_numpy(), None, holder[moved],
        [f"{n!r} on {d:%Y-%m-%d} is read as {h}, the holder of the {s} seat on that date"
         for n, d, h, s in zip(long["name"][moved], long["date"][moved], holder[moved],
                               seat[moved], strict=True)])
    # Only a permanent member can veto: any other name is the list's error, reported
    # and kept as written (its "no" stays a vote of whoever the name identifies).
    odd = ~held
    not_vetoer = _common.problems(
        "not_a_vetoer", "error", path, long["line"][odd].to_numpy(), None, holder[odd],
        [f"{v} {n!r} ({'read as ' + h if h != n else 'no known member'}) held no permanent "
         f"seat on {d:%Y-%m-%d}: only a permanent member can veto"
         for v, n, h, d in zip(long["variable"][odd], long["name"][odd], holder[odd],
                               long["date"][odd], strict=True)])
    return pd.Categorical(holder), _common.concat_problems([found, not_vetoer])


def _flags(path: Path, raw: pd.DataFrame, long: pd.DataFrame) -> pd.DataFrame:
    named = pd.crosstab(long["line"], long["name"]).reindex(raw["line"], fill_value=0)
    msgs = pd.Series("", index=raw.index)
    for name, col in FLAG_COLUMNS.items():  # six flag columns, each vectorised
        said = raw[col].to_numpy(dtype=bool)
        has = (named[name].to_numpy() > 0) if name in named.columns else np.zeros(len(raw), bool)
        text = np.where(said, f"{col}=1 but {name} is not among member_veto1..3; ",
                        f"{col}=0 but {name} is among member_veto1..3; ")
        msgs = msgs + np.where(said != has, text, "")
    n = named.sum(axis=1).to_numpy()
    single = raw["single_veto"].to_numpy(dtype=bool)
    multiple = raw["multiple_vetoes"].to_numpy(dtype=bool)
    msgs = msgs + np.where(single != (n == 1), "single_veto=" + single.astype(int).astype(str)
                           + " but " + n.astype(str) + " member(s) vetoed; ", "")
    msgs = msgs + np.where(multiple != (n > 1), "multiple_vetoes="
                           + multiple.astype(int).astype(str) + " but " + n.astype(str)
                           + " member(s) vetoed; ", "")
    bad = (msgs != "").to_numpy()
    return _common.problems("inconsistent_flags", "error", path, raw["line"][bad].to_numpy(),
                            None, None, msgs[bad].str.rstrip("; ").to_numpy())

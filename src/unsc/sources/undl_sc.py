"""Reader for ``undl-sc``: the UN Dag Hammarskjöld Library *Security Council Voting Data* CSV.

The official file published at https://digitallibrary.un.org/record/4055387
(data dictionary in ``../shared/data/undl_sc_voting_description/``). One row
per Council member per adopted resolution::

    undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,
    description,agenda,subjects,vote_note,total_yes,total_no,total_abstentions,
    total_non_voting,total_ms,modality,undl_link

How it is read
--------------
- One decision per ``undl_id``; ``decision_id`` is ``resolution`` canonically
  spelt (``S/RES/504(1982)``), ``outcome`` is ``adopted`` (the file holds
  adopted resolutions only), ``source`` the ``undl_link`` (the official
  voting record), ``title`` the ``description``, ``source_topic`` the ``agenda``
  (``topic`` is derived from both, :mod:`unsc.topics`).
- ``ms_vote`` ``Y``/``N``/``A``/``X`` is ``yes``/``no``/``abstain``/``absent``;
  the totals are the official tally (``yes``, ``no``, ``abstain``, ``absent``).
- ``modality`` ``Without Vote``: no vote was taken, so the member rows (coded
  ``X`` in version 6, ``Y`` in version 3) are not votes. The decision is kept
  without votes or tally, and one ``adopted_without_vote`` info problem says
  so: nothing is dropped silently.
- ``ms_code`` is ISO alpha-3 with historic codes (``SUN``, ``DDR``, ``YUG``,
  ``CSK``); a code ISO does not know (``GER``, the Federal Republic of
  Germany) is identified by ``ms_name`` and reported (``member_by_name``).
  ``ms_name`` is kept in ``member_name``: the name at the time of the vote.

What it reports (``Dataset.problems``)
--------------------------------------
``inconsistent_decision``  a resolution-level column differs between rows of one ``undl_id``.
``malformed_symbol``       a ``resolution`` that is not ``S/RES/<n>(<year>)``, kept as written.
``duplicate_roll_call``    one resolution under several ``undl_id``.
``permanent_flag``         ``permanent_member`` disagrees with who held a permanent seat then.
``adopted_without_vote``   (info) a resolution adopted without a vote.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from unsc import members
from unsc.csvio import Col, check, read_csv
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import map_unique, sc_drafts, sc_meeting, sc_resolution

FORMAT = "undl-sc"
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent"}
MODALITIES = ("vote", "without vote")
COLUMNS = {
    "undl_id": Col("int", required=True),
    "ms_code": Col(),
    "ms_name": Col(),
    "permanent_member": Col("bool"),
    "ms_vote": Col("choice", choices=tuple(VOTES)),
    "date": Col("date", required=True),
    "resolution": Col(required=True),
    "draft": Col(),
    "meeting": Col(),
    "description": Col(),
    "agenda": Col(),
    "vote_note": Col(),
    "total_yes": Col("int"),
    "total_no": Col("int"),
    "total_abstentions": Col("int"),
    "total_non_voting": Col("int"),
    "total_ms": Col("int"),
    "modality": Col(required=True),
    "undl_link": Col(optional=True),
}
DECISION_LEVEL = ["date", "resolution", "draft", "meeting", "description", "agenda",
                  "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms",
                  "modality"]


def matches(columns: list[str]) -> bool:
    """Whether a header is this format's (the SC file has ``permanent_member``)."""
    return {"undl_id", "ms_code", "ms_vote", "permanent_member"} <= set(columns)


def read(path: str | Path) -> Dataset:
    """Read the Library's Security Council voting CSV at ``path``.

    Raises
    ------
    unsc.errors.DataFormatError
        A missing column, a vote code other than Y/N/A/X, an unknown
        ``modality``, a bad date or number; naming file, line, column, value.
    """
    path = Path(path)
    found: list[pd.DataFrame] = []
    raw = read_csv(path, COLUMNS, problems=found, usecols=lambda c: c in COLUMNS)
    modality = raw["modality"].str.lower()
    check(path, raw, ~modality.isin(MODALITIES).to_numpy(), "modality",
          "unknown modality; expected 'Vote' or 'Without Vote'")
    without = (modality == "without vote").to_numpy()

    first = ~raw.duplicated("undl_id").to_numpy()
    dec = raw[first].reset_index(drop=True)
    dec_without = without[first]
    found.append(_inconsistent(path, raw, dec, "undl_id", DECISION_LEVEL))

    _, decision_id = _common.library_keys(path, dec, sc_resolution, "S/RES/<n>(<year>)", found)
    if dec_without.any():
        n_rows = raw.groupby("undl_id").size().reindex(dec["undl_id"]).to_numpy()
        found.append(_common.problems(
            "adopted_without_vote", "info", path, dec.line[dec_without],
            decision_id[dec_without], None,
            [f"adopted without a vote: its {n} member rows are not votes and are not read "
             "as votes" for n in n_rows[dec_without]]))

    drafts = map_unique(dec["draft"], sc_drafts)
    draft = drafts.map(lambda d: "; ".join(d.symbols) or None, na_action="ignore")
    tally = {col: dec[src].where(~dec_without) for col, src in (
        ("yes", "total_yes"), ("no", "total_no"), ("abstain", "total_abstentions"),
        ("absent", "total_non_voting"))}
    decisions = pd.DataFrame({
        "decision_id": decision_id,
        "body": "SC",
        "date": dec["date"],
        "draft": draft.fillna(dec["draft"]),
        "title": dec["description"],
        "source_topic": dec["agenda"],
        "outcome": "adopted",
        "meeting": map_unique(dec["meeting"], sc_meeting).fillna(dec["meeting"]),
        "source": (dec["undl_link"] if "undl_link" in dec.columns else pd.Series(
            pd.NA, index=dec.index, dtype="string")).fillna(path.name),
        **tally,
        "partial": False,
        "file": str(path),
        "line": dec["line"],
    })

    rows = raw[~without].reset_index(drop=True)
    member, by_code = _common.identify_members(path, rows["line"], codes=rows["ms_code"],
                                               names=rows["ms_name"], code_column="ms_code")
    found.append(by_code)
    id_of = pd.Series(decision_id.to_numpy(), index=dec["undl_id"].to_numpy())
    votes = pd.DataFrame({
        "decision_id": pd.Categorical(rows["undl_id"].map(id_of)),
        "member": member,
        "vote": rows["ms_vote"].map(VOTES),
        "member_name": rows["ms_name"].astype("category"),
        "file": str(path),
        "line": rows["line"],
    })
    found.append(_permanent_flag(path, rows, votes))
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {path}")


def _inconsistent(path: Path, raw: pd.DataFrame, dec: pd.DataFrame, key: str,
                  columns: list[str]) -> pd.DataFrame:
    columns = [c for c in columns if c in raw.columns]
    counts = raw.groupby(key)[columns].nunique(dropna=False)
    bad = counts[(counts > 1).any(axis=1)]
    if bad.empty:
        return _common.problems("inconsistent_decision", "error", path, [], None, None, [])
    lines = dec.set_index(key).line
    msgs = [f"{key} {i}: {', '.join(bad.columns[(bad.loc[i] > 1).to_numpy()])} differ between "
            "its member rows" for i in bad.index]
    return _common.problems("inconsistent_decision", "error", path,
                            lines.reindex(bad.index).to_numpy(), None, None, msgs)


def _permanent_flag(path: Path, rows: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """Rows whose ``permanent_member`` disagrees with the seat holders on the vote's date."""
    seats = members.table().dropna(subset=["seat"])
    code = votes["member"].astype(str).to_numpy()
    date = rows["date"].to_numpy(dtype="datetime64[ns]")
    held = np.zeros(len(rows), dtype=bool)
    for s in seats.itertuples():  # five seats, seven holders: a loop over holders, not rows
        end = s.seat_to.to_datetime64() if pd.notna(s.seat_to) else np.datetime64("2262-01-01")
        held |= (code == s.member) & (date >= s.seat_from.to_datetime64()) & (date < end)
    flag = rows["permanent_member"].to_numpy(dtype=bool)
    bad = flag != held
    if not bad.any():
        return _common.problems("permanent_flag", "warning", path, [], None, None, [])
    msgs = np.where(flag[bad], "permanent_member is True but ", "permanent_member is False but ")
    msgs = msgs + np.where(flag[bad], "the member held no permanent seat on that date",
                           "the member held a permanent seat on that date")
    return _common.problems("permanent_flag", "warning", path, rows["line"][bad].to_numpy(),
                            votes["decision_id"].astype(str)[bad].to_numpy(), code[bad], msgs)

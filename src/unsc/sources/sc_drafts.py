"""Reader for ``sc-drafts``: every Security Council draft put to a vote, 1994-2025, per member.

The third-party table in ``../shared/data/unsc_drafts_votes_1994_2025/``
(one gzipped CSV, one row per Council member per draft; columns ``Year, Date,
Resolution, Meeting, Draft, Agenda item, Category, Region, Submitted by,
Outcome results, Vote, Member State, ID, Membership_Status, Topic``).

How it is read
--------------
- One decision per ``ID``. ``decision_id`` is the resolution symbol when
  adopted (``1973 (2011)``, ``S/RES/2776/2025``, ``Resolution 2618 (2022)``
  all become ``S/RES/1973(2011)`` ...), else the draft symbol (``S/2012/77``),
  else ``"<Draft text> at <meeting>"`` (``Oral amendment 1 at S/PV.9527``).
  Where two IDs would share a key both get ``" (ID n)"`` and the pair is
  reported (``duplicate_roll_call``).
- ``Outcome results``: ``Adopted ...`` is ``adopted``, ``Not adopted - veto``
  ``vetoed``, ``... failed to receive the required number of votes`` ``failed``.
- ``Vote`` ``Yes``/``No``/``Abstain``; the table has no code for members that
  did not vote (they have no row), so there is no ``absent`` here and no
  official tally (``yes``...``absent`` are left empty).
- ``Member State`` names are identified by :func:`unsc.members.code_for` and
  kept in ``member_name``; a name that matches nothing (``Ethipia``) stays as
  written and :func:`unsc.validate` reports every such row.
- ``Topic`` is kept as ``source_topic``; ``topic`` is derived from it and the
  ``Agenda item`` (:mod:`unsc.topics`). ``Middle East (Syria)`` alone gives no
  topic: the table files the Golan (UNDOF) renewals, the Syrian conflict and,
  in 2011, a block of resolutions on other states (S/RES/2011(2011) to
  2026(2011): Afghanistan, Haiti, Somalia, Libya...) under it.
- ``Meeting`` numbers become ``S/PV.<n>``; the 2020 videoconference codes
  (``V005``) are kept as written.

What it reports (``Dataset.problems``), never fixes silently
-----------------------------------------------------------
``swapped_symbols``       ``Resolution`` holds a draft symbol and ``Draft`` a
                          resolution symbol (IDs 2010-2012); read the evident
                          way round, and reported.
``missing_symbol``        an adopted draft without a resolution number.
``malformed_symbol``      a symbol that cannot be right (``S/206/381``), kept as written.
``duplicate_roll_call``   two IDs with the same key (a draft both adopted and vetoed);
                          :func:`unsc.combine` gives the one whose outcome and date
                          match another source's plain key that key (``matched_duplicate``).
``unanimous_with_dissent`` ``Adopted unanimously`` with a member row that is not ``Yes``.
``inconsistent_decision`` a decision-level column differs between rows of one ID.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from unsc.csvio import Col, read_csv
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import map_unique, sc_drafts, sc_meeting, sc_resolution

FORMAT = "sc-drafts"
OUTCOMES = {
    "Adopted unanimously": "adopted",
    "Adopted by majority": "adopted",
    "Adopted by consensus": "adopted",
    "Adopted by acclamation": "adopted",
    "Not adopted - veto": "vetoed",
    "Not adopted - failed to receive required number of votes": "failed",
}
VOTES = {"Yes": "yes", "No": "no", "Abstain": "abstain"}
COLUMNS = {
    "Year": Col("int"),
    "Date": Col("date", required=True),
    "Resolution": Col(),
    "Meeting": Col(),
    "Draft": Col(),
    "Agenda item": Col(),
    "Outcome results": Col("choice", required=True, choices=tuple(OUTCOMES)),
    "Vote": Col("choice", required=True, choices=tuple(VOTES)),
    "Member State": Col(required=True),
    "ID": Col("int", required=True),
    "Topic": Col(),
}
#: Columns that describe the draft, the same on every member row of one ID.
DECISION_LEVEL = ["Year", "Date", "Resolution", "Meeting", "Draft", "Agenda item",
                  "Outcome results", "Topic"]


def matches(columns: list[str]) -> bool:
    """Whether a header is this format's."""
    return {"Member State", "Outcome results", "ID", "Draft"} <= set(columns)


def read(path: str | Path) -> Dataset:
    """Read the table at ``path`` (CSV, gzipped or not).

    Raises
    ------
    unsc.errors.DataFormatError
        A missing column or a malformed value, naming file, line, column and value.
    """
    path = Path(path)
    found: list[pd.DataFrame] = []
    raw = read_csv(path, COLUMNS, problems=found)

    # -- one decision per ID ---------------------------------------------------------
    first = ~raw.duplicated("ID").to_numpy()
    dec = raw[first].reset_index(drop=True)
    found.append(_inconsistent(path, raw, dec))

    res_text = dec["Resolution"].fillna("")
    draft_text = dec["Draft"].fillna("")
    res_sym = map_unique(res_text, sc_resolution)
    drafts = map_unique(draft_text, sc_drafts)
    in_res = map_unique(res_text, sc_drafts)
    res_in_draft = map_unique(draft_text, sc_resolution)
    swapped = (res_sym.isna() & res_in_draft.notna()
               & in_res.map(lambda d: bool(d.symbols))).to_numpy()
    if swapped.any():
        found.append(_common.problems(
            "swapped_symbols", "error", path, dec.line[swapped], None, None,
            ("Resolution and Draft are swapped: Resolution=" + res_text[swapped]
             + ", Draft=" + draft_text[swapped] + "; read as resolution "
             + res_in_draft[swapped] + ", draft " + res_text[swapped]).to_numpy()))
        res_sym = res_sym.where(~swapped, res_in_draft)
        drafts = drafts.where(~swapped, in_res)
        draft_text = draft_text.where(~swapped, res_text)

    outcome = dec["Outcome results"].map(OUTCOMES)
    adopted = (outcome == "adopted").to_numpy()
    symbols = drafts.map(lambda d: "; ".join(d.symbols) or None)
    first_draft = drafts.map(lambda d: d.symbols[0] if d.symbols else None)
    meeting = map_unique(dec["Meeting"], sc_meeting).fillna(dec["Meeting"])
    fallback = (draft_text.replace("", "draft") + " at " + meeting.fillna("unknown meeting"))
    base = pd.Series(np.where(adopted & res_sym.notna(), res_sym,
                              first_draft.fillna(fallback)), dtype="string")
    decision_id = _common.unique_ids(base, dec["ID"], "ID")
    found.extend(_symbol_problems(path, dec, res_text, res_sym, drafts, adopted, swapped))
    found.append(_duplicates(path, dec, base, decision_id, outcome))

    decisions = pd.DataFrame({
        "decision_id": decision_id,
        "body": "SC",
        "date": dec["Date"],
        "draft": symbols.fillna(draft_text.replace("", None)),
        "title": dec["Agenda item"],
        "source_topic": dec["Topic"],
        "outcome": outcome,
        "meeting": meeting,
        "source": path.name,
        "partial": False,
        "file": str(path),
        "line": dec["line"],
    })

    # -- one vote per row -------------------------------------------------------------
    member, by_name = _common.identify_members(path, raw["line"], names=raw["Member State"])
    found.append(by_name)
    id_of = pd.Series(decision_id.to_numpy(), index=dec["ID"].to_numpy())
    votes = pd.DataFrame({
        "decision_id": pd.Categorical(raw["ID"].map(id_of)),
        "member": member,
        "vote": raw["Vote"].map(VOTES),
        "member_name": raw["Member State"].astype("category"),
        "file": str(path),
        "line": raw["line"],
    })
    found.append(_unanimous_with_dissent(path, raw, dec, decision_id))
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {path}")


def _inconsistent(path: Path, raw: pd.DataFrame, dec: pd.DataFrame) -> pd.DataFrame:
    counts = raw.groupby("ID")[DECISION_LEVEL].nunique(dropna=False)
    bad = counts[(counts > 1).any(axis=1)]
    if bad.empty:
        return _common.problems("inconsistent_decision", "error", path, [], None, None, [])
    lines = dec.set_index("ID").line
    msgs = [f"ID {i}: {', '.join(bad.columns[(bad.loc[i] > 1).to_numpy()])} differ between "
            "its member rows" for i in bad.index]
    return _common.problems("inconsistent_decision", "error", path,
                            lines.reindex(bad.index).to_numpy(), None, None, msgs)


def _symbol_problems(path, dec, res_text, res_sym, drafts, adopted, swapped) -> list[pd.DataFrame]:
    out = []
    missing = adopted & res_sym.isna().to_numpy()
    if missing.any():
        said = res_text[missing].replace("", "(empty)")
        out.append(_common.problems(
            "missing_symbol", "error", path, dec.line[missing], None, None,
            ("adopted, but Resolution holds no resolution number: " + said).to_numpy()))
    odd_res = (res_text != "").to_numpy() & res_sym.isna().to_numpy() & ~swapped & ~missing
    malformed_draft = drafts.map(lambda d: d.malformed).to_numpy(dtype=bool)
    if odd_res.any():
        out.append(_common.problems(
            "malformed_symbol", "warning", path, dec.line[odd_res], None, None,
            ("Resolution is not a resolution symbol: " + res_text[odd_res]).to_numpy()))
    if malformed_draft.any():
        out.append(_common.problems(
            "malformed_symbol", "warning", path, dec.line[malformed_draft], None, None,
            ("Draft is not a valid draft symbol, kept as written: "
             + dec["Draft"][malformed_draft]).to_numpy()))
    return out


def _duplicates(path, dec, base, decision_id, outcome) -> pd.DataFrame:
    dup = base.duplicated(keep=False).to_numpy()
    if not dup.any():
        return _common.problems("duplicate_roll_call", "error", path, [], None, None, [])
    sub = pd.DataFrame({"base": base[dup], "ID": dec["ID"][dup].astype(str),
                        "outcome": outcome[dup].astype(str), "date": dec["Date"][dup]})
    desc = sub.ID + " (" + sub.outcome + ", " + sub.date.dt.strftime("%Y-%m-%d") + ")"
    listing = desc.groupby(sub.base).transform(lambda s: ", ".join(s))
    msgs = (sub.base + " is recorded as several roll calls: IDs " + listing).to_numpy()
    return _common.problems("duplicate_roll_call", "error", path, dec.line[dup],
                            decision_id[dup], None, msgs)


def _unanimous_with_dissent(path, raw, dec, decision_id) -> pd.DataFrame:
    unanimous = (raw["Outcome results"] == "Adopted unanimously").to_numpy()
    dissent = unanimous & (raw["Vote"] != "Yes").to_numpy()
    ids = raw["ID"][dissent]
    if ids.empty:
        return _common.problems("unanimous_with_dissent", "error", path, [], None, None, [])
    who = (raw["Member State"][dissent] + " " + raw["Vote"][dissent].str.lower())
    listing = who.groupby(ids.to_numpy()).agg(", ".join)
    d = dec.set_index("ID")
    id_of = pd.Series(decision_id.to_numpy(), index=dec["ID"].to_numpy())
    return _common.problems(
        "unanimous_with_dissent", "error", path, d.line.reindex(listing.index).to_numpy(),
        id_of.reindex(listing.index).to_numpy(), None,
        ("marked 'Adopted unanimously' but " + listing).to_numpy())

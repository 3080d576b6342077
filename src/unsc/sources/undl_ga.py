"""Reader for ``undl-ga``: the UN Dag Hammarskjöld Library *General Assembly Voting Data* CSV.

The official file published at https://digitallibrary.un.org/record/4060887
(data dictionary in ``../shared/data/undl_ga_voting_description/``): one row
per Member State per resolution adopted by recorded vote. Two layouts exist
and both are read:

=========================  ==========================================
2024 release (version 1)   later releases (2025, "singular" names)
=========================  ==========================================
``ms_codes``               ``ms_code``
``ms_names``               ``ms_name``
``ms_votes`` (Y/N/A/NV)    ``ms_vote`` (Y/N/A/X)
``resolutions``            ``resolution``
``agenda_titles``          ``agenda_title``
``yes``, ``no``,           ``total_yes``, ``total_no``,
``abstentions``,           ``total_abstentions``,
``non-voting``,            ``total_non_voting``,
``total-voting``           ``total_ms``
(no ``session``)           ``session``
=========================  ==========================================

How it is read
--------------
- One decision per ``undl_id``, ``body`` ``GA``, ``outcome`` ``adopted``;
  ``decision_id`` is the resolution symbol canonically spelt
  (``A/RES/44/41B`` → ``A/RES/44/41 B``, see :mod:`unsc.sources._symbols`),
  with ``" (undl n)"`` where one symbol has several records; ``session`` as
  given, else from the symbol (``A/RES/66/253`` → ``66``, ``A/RES/2200(XXI)``
  → ``21``, ``A/RES/ES-11/1`` → ``ES-11``).
- Votes ``Y``/``N``/``A`` are ``yes``/``no``/``abstain``; ``NV`` and ``X``
  (non-voting) are ``absent``. An empty vote is kept as a missing vote and
  reported by :func:`unsc.validate` (``unknown_vote``), never dropped.
- Totals are the official tally (``yes``, ``no``, ``abstain``, ``absent``).
- A ``modality`` saying the text was adopted without a vote (2024 layout)
  is read as for the Security Council file: no votes, one info problem.
- Members are identified by code, else by name (reported), else kept as
  written; ``member_name`` keeps the name at the time of the vote.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from unsc.csvio import Col, read_csv
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import ga_resolution, ga_session, map_unique
from unsc.sources.undl_sc import _inconsistent

FORMAT = "undl-ga"
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "NV": "absent", "X": "absent"}
#: The 2024 (plural) column names and the names used here (later releases').
PLURAL = {"ms_codes": "ms_code", "ms_names": "ms_name", "ms_votes": "ms_vote",
          "resolutions": "resolution", "agenda_titles": "agenda_title", "yes": "total_yes",
          "no": "total_no", "abstentions": "total_abstentions",
          "non-voting": "total_non_voting"}
COLUMNS = {
    "undl_id": Col("int", required=True),
    "ms_code": Col(),
    "ms_name": Col(),
    "ms_vote": Col("choice", choices=tuple(VOTES)),
    "date": Col("date", required=True),
    "session": Col(optional=True),
    "resolution": Col(required=True),
    "title": Col(optional=True),
    "modality": Col(optional=True),
    "draft": Col(optional=True),
    "meeting": Col(optional=True),
    "agenda_title": Col(optional=True),
    "total_yes": Col("int"),
    "total_no": Col("int"),
    "total_abstentions": Col("int"),
    "total_non_voting": Col("int"),
    "undl_link": Col(optional=True),
}
DECISION_LEVEL = ["date", "session", "resolution", "title", "draft", "meeting", "total_yes",
                  "total_no", "total_abstentions", "total_non_voting", "modality"]


def matches(columns: list[str]) -> bool:
    """Whether a header is this format's, in either layout."""
    cols = set(columns)
    plural = {"undl_id", "ms_codes", "ms_votes", "resolutions"} <= cols
    singular = {"undl_id", "ms_code", "ms_vote", "resolution"} <= cols and (
        "committee_report" in cols or "agenda_title" in cols) and "permanent_member" not in cols
    return plural or singular


def read(path: str | Path) -> Dataset:
    """Read the Library's General Assembly voting CSV at ``path`` (either layout).

    Raises
    ------
    unsc.errors.DataFormatError
        A missing column, a vote code other than Y/N/A/NV/X, a bad date or
        number, naming file, line, column (as the file names it) and value.
    """
    path = Path(path)
    cols = set(_common.header(path))
    plural = "ms_votes" in cols
    to_file = {v: k for k, v in PLURAL.items()} if plural else {}
    spec = {to_file.get(name, name): col for name, col in COLUMNS.items()}
    # Only the columns read: the subjects and notes the model has no place for are
    # never turned into Python strings (a million rows of them).
    found: list[pd.DataFrame] = []
    raw = read_csv(path, spec, problems=found, usecols=lambda c: c in spec).rename(columns=PLURAL)

    modality = raw.get("modality", pd.Series(pd.NA, index=raw.index, dtype="string"))
    without = modality.str.lower().str.contains("without", na=False).to_numpy()
    first = ~raw.duplicated("undl_id").to_numpy()
    dec = raw[first].reset_index(drop=True)
    dec_without = without[first]
    found.append(_inconsistent(path, raw, dec, "undl_id", DECISION_LEVEL))

    symbol, decision_id = _common.library_keys(path, dec, ga_resolution,
                                               "an A/RES symbol in a known form", found)
    if dec_without.any():
        found.append(_common.problems(
            "adopted_without_vote", "info", path, dec.line[dec_without],
            decision_id[dec_without], None,
            "adopted without a vote: its member rows are not votes and are not read as votes"))

    session = (dec["session"] if "session" in dec.columns
               else pd.Series(pd.NA, index=dec.index, dtype="string"))
    session = session.str.replace(r"\.0+$", "", regex=True).fillna(map_unique(symbol, ga_session))

    def optional(name: str) -> pd.Series:
        return dec[name] if name in dec.columns else pd.Series(pd.NA, index=dec.index,
                                                                dtype="string")

    tally = {col: dec[src].where(~dec_without) for col, src in (
        ("yes", "total_yes"), ("no", "total_no"), ("abstain", "total_abstentions"),
        ("absent", "total_non_voting"))}
    decisions = pd.DataFrame({
        "decision_id": decision_id,
        "body": "GA",
        "date": dec["date"],
        "session": session,
        "draft": optional("draft"),
        "title": optional("title"),
        "source_topic": optional("agenda_title"),
        "outcome": "adopted",
        "meeting": optional("meeting"),
        "source": optional("undl_link").fillna(path.name),
        **tally,
        "partial": False,
        "file": str(path),
        "line": dec["line"],
    })

    rows = raw[~without].reset_index(drop=True)
    member, by_code = _common.identify_members(path, rows["line"], codes=rows["ms_code"],
                                               names=rows["ms_name"],
                                               code_column=to_file.get("ms_code", "ms_code"))
    found.append(by_code)
    pos = pd.Index(dec["undl_id"]).get_indexer(rows["undl_id"])
    votes = pd.DataFrame({
        "decision_id": pd.Categorical.from_codes(pos, categories=decision_id.to_numpy()),
        "member": member,
        "vote": rows["ms_vote"].map(VOTES),
        "member_name": rows["ms_name"].astype("category"),
        "file": pd.Categorical.from_codes(np.zeros(len(rows), dtype=np.int8),
                                          categories=[str(path)]),
        "line": rows["line"],
    })
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {path}")

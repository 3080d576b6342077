"""The embedded, hand-compiled record in ``data/curated/``.

Files (UTF-8 CSV, one per table, header on line 1):

``decisions.csv``  the ``decisions`` columns; ``source`` cites the official
                   record (meeting record or report symbol) of each vote.
``decisions-*.csv`` (optional) more decisions in the same columns, one file per block
                   of the record compiled apart from the rest (``decisions-2022-2024.csv``:
                   the votes the third-party GA data end too early to hold). A body's span
                   is taken per file, so the years between two blocks are not claimed as
                   covered: a claim about them is unverifiable, not unmatched.
``votes.csv``      ``decision_id, member, vote``.
``terms.csv``      ``body, member, start, end, source``.
``statements.csv`` the ``statements`` columns.
``vote_notes.csv`` ``decision_id, member, flag, note, source``: what a vote code alone
                   cannot say: ``suspended`` (a member whose rights were suspended, its
                   vote coded ``absent``) or ``unverified`` (sources disagree on the vote).
``procedural.csv`` ``decision_id, date, meeting, note, source``: Security Council decisions
                   on procedural matters (Article 27(2) of the Charter: any nine votes, no
                   veto), adopted over a permanent member's no; :func:`unsc.validate` reports
                   them as ``procedural_no`` (a note, counted) instead of ``adopted_with_veto``.
``members.csv`` and ``member_aliases.csv`` are read by :mod:`unsc.members`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from unsc import config, members
from unsc.csvio import Col, read_csv
from unsc.errors import DataFormatError
from unsc.model import BODIES, OUTCOMES, VOTE_CODES, Dataset, conform
from unsc.sources import _common

DECISIONS = {
    "decision_id": Col(required=True),
    "body": Col("choice", required=True, choices=BODIES),
    "date": Col("date", required=True),
    "session": Col(),
    "draft": Col(),
    "title": Col(required=True),
    "topic": Col(),
    "outcome": Col("choice", required=True, choices=OUTCOMES),
    "meeting": Col(),
    "source": Col(required=True),
    "yes": Col("int"),
    "no": Col("int"),
    "abstain": Col("int"),
    "absent": Col("int"),
    "partial": Col("bool", optional=True),
}
VOTES = {
    "decision_id": Col(required=True),
    "member": Col(required=True),
    "vote": Col("choice", required=True, choices=VOTE_CODES),
}
TERMS = {
    "body": Col("choice", required=True, choices=BODIES),
    "member": Col(required=True),
    "start": Col("date", required=True),
    "end": Col("date"),
    "source": Col(),
}
STATEMENTS = {
    "statement_id": Col(required=True),
    "date": Col("date", required=True),
    "speaker": Col(required=True),
    "role": Col(),
    "country": Col(),
    "venue": Col(),
    "summary": Col(required=True),
    "stance": Col(),
    "decision_id": Col(),
    "source": Col(required=True),
    "paragraph": Col("int"),
}


VOTE_NOTES = {
    "decision_id": Col(required=True),
    "member": Col(required=True),
    "flag": Col("choice", required=True, choices=("suspended", "unverified")),
    "note": Col(required=True),
    "source": Col(required=True),
}


#: ``procedural.csv``: Security Council decisions on procedural matters (Article 27(2) of the Charter:
#: the vote of any nine members, no veto), where a permanent member's no does not block adoption.
PROCEDURAL = {
    "decision_id": Col(required=True),
    "date": Col("date", required=True),
    "meeting": Col(),
    "note": Col(required=True),
    "source": Col(required=True),
}


def _with_file(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    frame["file"] = str(path)
    return frame


def read_terms(folder: str | Path | None = None) -> pd.DataFrame:
    """The ``terms`` table (who sat in which body when); empty when the file is absent."""
    path = (Path(folder) if folder is not None else config.curated_dir()) / "terms.csv"
    if not path.is_file():
        return conform(pd.DataFrame(), "terms")
    return conform(read_csv(path, TERMS, allow_empty=True).drop(columns="line"), "terms")


def read_statements(folder: str | Path | None = None) -> pd.DataFrame:
    """The curated ``statements`` table; empty when the file is absent."""
    path = (Path(folder) if folder is not None else config.curated_dir()) / "statements.csv"
    if not path.is_file():
        return conform(pd.DataFrame(), "statements")
    return conform(read_csv(path, STATEMENTS, allow_empty=True).drop(columns="line"), "statements")


def read_vote_notes(folder: str | Path | None = None) -> pd.DataFrame:
    """The notes on single votes (``suspended``, ``unverified``); empty when the file is absent."""
    path = (Path(folder) if folder is not None else config.curated_dir()) / "vote_notes.csv"
    if not path.is_file():
        return pd.DataFrame(columns=list(VOTE_NOTES)).astype("string")
    return read_csv(path, VOTE_NOTES).drop(columns="line").astype("string")


def read_procedural(folder: str | Path | None = None) -> pd.DataFrame:
    """The procedural Security Council decisions (``procedural.csv``); empty when the file is absent.

    Columns decision_id, date, meeting, note, source, file and line (where each row was read).
    """
    path = (Path(folder) if folder is not None else config.curated_dir()) / "procedural.csv"
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype="string") for c in (*PROCEDURAL, "file", "line")})
    frame = read_csv(path, PROCEDURAL, allow_empty=True)
    return _with_file(frame.astype({c: "string" for c in PROCEDURAL if c != "date"}), path)


def _read_decisions(folder: Path) -> pd.DataFrame:
    """``decisions.csv`` and the block files ``decisions-*.csv``, each row with the file it came from.

    Raises
    ------
    unsc.errors.DataFormatError
        When a decision is in two files (named by the second file, its line and the id).
    """
    paths = [folder / "decisions.csv", *sorted(folder.glob("decisions-*.csv"))]
    frames = [_with_file(read_csv(path, DECISIONS), path) for path in paths]
    decisions = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    # A repeat inside one file is validation's to report; across files it is a compiling slip.
    per_file = decisions.drop_duplicates(["decision_id", "file"])
    twice = per_file.decision_id.duplicated()
    if twice.any():
        row = per_file[twice].iloc[0]
        first = decisions.loc[decisions.decision_id == row.decision_id, "file"].iloc[0]
        raise DataFormatError(row.file, f"the decision is already in {Path(first).name}", line=int(row.line),
                              column="decision_id", value=row.decision_id)
    return decisions


def read(folder: str | Path | None = None) -> Dataset:
    """Read the curated record from ``folder`` (default: ``data/curated``).

    Raises
    ------
    unsc.errors.DataFormatError
        When a file is missing, undecodable or has a malformed value; the
        message names the file, line, column and value.
    """
    folder = Path(folder) if folder is not None else config.curated_dir()
    decisions = _read_decisions(folder)
    # The file's own topic column is the record's label; the normalised topic is derived
    # from it and the title like every reader's (it is written in that vocabulary already).
    decisions = _common.with_topic(decisions.rename(columns={"topic": "source_topic"}))
    votes = _with_file(read_csv(folder / "votes.csv", VOTES), folder / "votes.csv")
    if not (folder / "terms.csv").is_file():
        read_csv(folder / "terms.csv", TERMS)  # the same clear error as the other files
    return Dataset(
        decisions=conform(decisions, "decisions"),
        votes=conform(votes, "votes"),
        members=members.table(),
        terms=read_terms(folder),
        statements=read_statements(folder),
        origin="embedded record",
    )

"""Reader for ``unvotes``: Voeten's General Assembly roll calls as tidy tables, a folder.

The layout of ``../shared/data/unvotes_ga/`` (the R package ``unvotes``):

``un_votes.csv[.gz]``             ``rcid, country, country_code (ISO alpha-2), vote``
                                  (``yes``, ``no``, ``abstain``; absences were dropped
                                  by the package)
``un_roll_calls.csv[.gz]``        ``rcid, session, importantvote, date, unres, amend, para,
                                  short, descr``
``un_roll_call_issues.csv[.gz]``  ``rcid, short_name, issue`` (optional)

How it is read
--------------
- One decision per ``rcid``, ``body`` ``GA``, ``session`` as given (``66``).
  ``decision_id`` is the resolution symbol canonically spelt (``R/66/253`` →
  ``A/RES/66/253``, ``R/21/2200A`` → ``A/RES/2200(XXI) A``, ``R/66/253B`` → ``A/RES/66/253 B``). A vote on an
  amendment or a paragraph (``amend`` or ``para`` is 1), and any further
  vote under one symbol, gets ``" (rcid n)"``: ``A/RES/66/253 (rcid 5678)``.
  A code that is not a symbol is kept as written: before the 18th session
  (1963) the numbers in ``unres`` are Voeten's own, not resolution numbers
  (``R/12/6`` is resolution 1134 (XII)), and special sessions have codes of
  their own (``ESS/1/34``). A roll call without ``unres`` is ``"GA rcid n"``.
- ``outcome`` is ``adopted`` for a vote on a whole text that became a
  resolution; the data do not say whether an amendment or paragraph vote
  passed, so their outcome is left missing (:func:`unsc.validate` warns).
- ``source_topic`` joins the roll call's issues (``Human rights; Colonialism``):
  categories, not subjects, so ``topic`` comes from the title
  (:mod:`unsc.topics`; "Palestinian conflict" only where the title names nothing);
  ``title`` is ``short: descr`` (the subject heading, then what was voted
  on: ``HUMAN RIGHTS--REPORTS: Situation of human rights in the Syrian Arab
  Republic``), either alone when the other is empty; the catalogue's closing
  ``" : resolution / adopted by the General Assembly"`` is left out. A
  keyword search of titles (``Dataset.filter(keyword="Syria")``) sees both.
- Members: ``country_code`` is ISO alpha-2 (historic ``SU``, ``YU``, ``CS``,
  ``DD``, ``YD`` included). Three states have an empty code (the Federal
  Republic of Germany, the Yemen Arab Republic, Zanzibar): they are
  identified by ``country`` and reported (``member_by_name``, info), never
  left missing. A code or name that identifies nothing is kept as written
  (``unknown_member`` in :func:`unsc.validate`).
- unvotes codes states by continuity: ``RU`` "Russia" from 1946 and ``YU``
  "Yugoslavia" until 2019. To keep one code per state at a time, ``RU``
  before 24 December 1991 is read as ``SUN``, ``YU`` from 4 February 2003 as
  ``SCG`` and from 3 June 2006 as ``SRB``; each remapping is reported once
  (``member_by_date``, info) and ``member_name`` keeps the source's name.

What it reports (``Dataset.problems``)
--------------------------------------
``malformed_symbol``  an ``unres`` in no known form (``R/10 65``), kept as written.
``duplicate_roll_call`` an ``rcid`` listed twice (its votes are read as votes on the first).
``member_by_name``    (info) a member identified by its name, its code being empty.
``member_by_date``    (info) a continuity code read as the state of the day.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from unsc.csvio import Col, read_csv
from unsc.errors import DataFormatError
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import map_unique, unvotes_resolution

FORMAT = "unvotes"
VOTE_FILES = ("un_votes.csv.gz", "un_votes.csv")
CALL_FILES = ("un_roll_calls.csv.gz", "un_roll_calls.csv")
ISSUE_FILES = ("un_roll_call_issues.csv.gz", "un_roll_call_issues.csv")
VOTE_COLUMNS = {
    "rcid": Col("int", required=True),
    "country": Col(),
    "country_code": Col(),
    "vote": Col("choice", required=True, choices=("yes", "no", "abstain")),
}
CALL_COLUMNS = {
    "rcid": Col("int", required=True),
    "session": Col(),
    "date": Col("date", required=True),
    "unres": Col(),
    "amend": Col("choice", choices=("0", "1")),
    "para": Col("choice", choices=("0", "1")),
    "short": Col(),
    "descr": Col(),
}
ISSUE_COLUMNS = {"rcid": Col("int", required=True), "issue": Col(required=True)}
#: Voeten's own codes for special and emergency special sessions: not
#: resolution symbols, but not errors either.
VOETEN_CODE = re.compile(
    r"^(E?SS)/\d+/\d+[A-Z]?(/[A-Z])?$|^SS/\d+$|^R/\d+/\d+[A-Z]{0,2}(/[A-Z]|/[IVXL]+)?$")
#: The library catalogue's note closing most ``descr`` texts (not part of the title).
CATALOGUE_SUFFIX = r"(?i)\s*:\s*resolution\s*/\s*adopted by the General Assembly\s*\.?\s*$"
#: (code as read, from this date on, read as): states coded by continuity.
BY_DATE = (
    ("RUS", None, "1991-12-24", "SUN"),
    ("YUG", "2003-02-04", "2006-06-03", "SCG"),
    ("YUG", "2006-06-03", None, "SRB"),
)


def matches_folder(folder: Path) -> bool:
    """Whether ``folder`` holds this format's tables."""
    return (_common.first_existing(folder, VOTE_FILES) is not None
            and _common.first_existing(folder, CALL_FILES) is not None)


def matches(columns: list[str]) -> bool:
    """Whether a header is one of this format's tables."""
    return {"rcid", "country_code", "vote"} <= set(columns) or \
        {"rcid", "unres", "amend", "para"} <= set(columns)


def _folder(path: Path) -> Path:
    return path.parent if path.is_file() else path


def input_files(path: str | Path) -> list[Path]:
    """The files :func:`read` reads."""
    folder = _folder(Path(path))
    found = [_common.first_existing(folder, names) for names in (VOTE_FILES, CALL_FILES,
                                                                  ISSUE_FILES)]
    return [f for f in found if f is not None]


def read(path: str | Path) -> Dataset:
    """Read the unvotes tables in the folder ``path`` (or the folder of the file ``path``).

    Raises
    ------
    unsc.errors.DataFormatError
        A missing table or column, a vote other than yes/no/abstain, a bad
        date or number, naming file, line, column and value.
    """
    folder = _folder(Path(path))
    votes_path = _common.first_existing(folder, VOTE_FILES)
    calls_path = _common.first_existing(folder, CALL_FILES)
    if votes_path is None or calls_path is None:
        raise DataFormatError(folder, "an unvotes folder needs un_votes.csv(.gz) and "
                              "un_roll_calls.csv(.gz)")
    found: list[pd.DataFrame] = []
    calls = read_csv(calls_path, CALL_COLUMNS, problems=found)
    decisions = _decisions(calls, calls_path, folder, found)
    again = calls["rcid"].duplicated().to_numpy()
    if again.any():
        # One rcid, two roll calls: the votes cannot say which they belong to. They are
        # read as votes on the first; the others keep a key of their own, and all are reported.
        first_line = calls["line"].groupby(calls["rcid"].to_numpy()).transform("min")
        decisions.loc[again, "decision_id"] = (decisions["decision_id"][again] + " (line "
                                               + calls["line"][again].astype(str) + ")")
        dup = calls["rcid"].duplicated(keep=False).to_numpy()
        found.append(_common.problems(
            "duplicate_roll_call", "error", calls_path, calls.line[dup],
            decisions["decision_id"][dup], None,
            ("rcid " + calls["rcid"][dup].astype(str) + " is listed more than once; its votes "
             "are read as votes on the first listing (line " + first_line[dup].astype(str)
             + ")").to_numpy()))

    rows = read_csv(votes_path, VOTE_COLUMNS, problems=found)
    pos = pd.Index(calls["rcid"][~again]).get_indexer(rows["rcid"])
    pos = np.where(pos >= 0, np.flatnonzero(~again)[np.maximum(pos, 0)], -1)
    categories = decisions["decision_id"].astype(str).to_numpy()
    if (pos < 0).any():
        # A vote on a roll call the table lacks keeps a key of its own, so that
        # validate's orphan_vote rule reports it rather than it becoming missing.
        orphans = pd.unique(rows["rcid"][pos < 0])
        extra = np.asarray([f"GA rcid {r} (not in {calls_path.name})" for r in orphans])
        pos[pos < 0] = len(categories) + pd.Index(orphans).get_indexer(rows["rcid"][pos < 0])
        categories = np.concatenate([categories, extra])
    member, by_name = _common.identify_members(votes_path, rows["line"],
                                               codes=rows["country_code"],
                                               names=rows["country"], alpha2=True,
                                               code_column="country_code")
    found.append(by_name)
    dates = calls["date"].to_numpy(dtype="datetime64[ns]")
    vote_dates = np.where(pos < len(dates), dates[np.minimum(pos, len(dates) - 1)],
                          np.datetime64("NaT"))
    member, by_date = _by_date(votes_path, rows, member, vote_dates)
    found.append(by_date)
    votes = pd.DataFrame({
        "decision_id": pd.Categorical.from_codes(pos, categories=categories),
        "member": member,
        "vote": rows["vote"],
        "member_name": rows["country"].astype("category"),
        "file": pd.Categorical.from_codes(np.zeros(len(rows), dtype=np.int8),
                                          categories=[str(votes_path)]),
        "line": rows["line"],
    })
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {folder}", source_is_subject=False)


def _decisions(calls: pd.DataFrame, calls_path: Path, folder: Path,
               found: list[pd.DataFrame]) -> pd.DataFrame:
    unres = calls["unres"].fillna("")
    symbol = map_unique(unres, unvotes_resolution)
    odd = ((unres != "") & symbol.isna() & ~unres.str.match(VOETEN_CODE)).to_numpy()
    if odd.any():
        found.append(_common.problems(
            "malformed_symbol", "warning", calls_path, calls.line[odd], None, None,
            ("unres is not a resolution symbol in a known form, kept as written: "
             + unres[odd]).to_numpy()))
    rcid = calls["rcid"].astype(str)
    base = symbol.fillna(unres.replace("", None)).fillna("GA rcid " + rcid).astype("string")
    whole = ((calls["amend"] != "1") & (calls["para"] != "1")).fillna(True).to_numpy()
    base = base.where(whole, base + " (rcid " + rcid + ")")
    decision_id = _common.unique_ids(base, rcid, "rcid")
    adopted = whole & (unres != "").to_numpy() & (decision_id == base).to_numpy()

    topic = pd.Series(pd.NA, index=calls.index, dtype="string")
    issues_path = _common.first_existing(folder, ISSUE_FILES)
    if issues_path is not None:
        issues = read_csv(issues_path, ISSUE_COLUMNS, problems=found, allow_empty=True)
        joined = (issues.drop_duplicates(["rcid", "issue"]).sort_values(["rcid", "issue"])
                  .groupby("rcid").issue.agg("; ".join))
        topic = calls["rcid"].map(joined).astype("string")
    session = calls["session"].str.replace(r"\.0+$", "", regex=True)
    return pd.DataFrame({
        "decision_id": decision_id,
        "body": "GA",
        "date": calls["date"],
        "session": session,
        "title": _title(calls["short"], calls["descr"]),
        "source_topic": topic,
        "outcome": np.where(adopted, "adopted", None),
        "source": calls_path.name,
        "partial": False,
        "file": str(calls_path),
        "line": calls["line"],
    })


def _title(short: pd.Series, descr: pd.Series) -> pd.Series:
    """``short: descr``, either alone when the other is missing.

    ``short`` is a subject heading (``HUMAN RIGHTS--REPORTS``); ``descr`` says
    what was voted on (``Situation of human rights in the Syrian Arab
    Republic``), which is what a keyword search of titles must see. The
    catalogue's trailing ``" : resolution / adopted by the General Assembly"``
    is not part of the title and is left out.
    """
    descr = descr.str.replace(CATALOGUE_SUFFIX, "", regex=True).replace("", pd.NA)
    both = short.notna() & descr.notna()
    title = short.fillna(descr).astype("string")
    return title.where(~both, short + ": " + descr)


def _by_date(path: Path, rows: pd.DataFrame, member: pd.Categorical,
             dates: np.ndarray) -> tuple[pd.Categorical, pd.DataFrame]:
    """Read continuity codes (``RU`` since 1946) as the state of the vote's date."""
    codes = member.codes.copy()
    categories = list(member.categories)
    reports = []
    for code, start, end, new in BY_DATE:  # three rules, each vectorised over the rows
        if code not in categories:
            continue
        on = codes == categories.index(code)
        if start is not None:
            on &= dates >= np.datetime64(start)
        if end is not None:
            on &= dates < np.datetime64(end)
        if not on.any():
            continue
        if new not in categories:
            categories.append(new)
        codes[on] = categories.index(new)
        first = int(np.flatnonzero(on)[0])
        span = (f"from {start}" if start else "") + (" " if start and end else "") + \
            (f"before {end}" if end else "")
        name = rows["country"].iloc[first]
        reports.append(_common.problems(
            "member_by_date", "info", path, int(rows["line"].iloc[first]), None, new,
            f"{name!r} ({code}) {span} is read as {new} ({int(on.sum())} rows)"))
    return (pd.Categorical.from_codes(codes, categories=categories),
            _common.concat_problems(reports))

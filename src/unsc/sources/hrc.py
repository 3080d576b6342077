"""Reader for ``hrc``: Human Rights Council recorded votes, a folder of three tables.

The layout of ``../shared/data/unhrc_recorded_votes/`` (scraped from the OHCHR
library, 2006-2024):

``hrc_resolutions.csv``  ``name, vote_date (YYYY/MM/DD), summary, agenda, passed, type``
                         (``type``: ``resolution``, ``decision``, ``amendment``)
``hrc_votes.csv``        ``resolution_name, country_short (ISO alpha-3), vote``
                         (``YES``, ``NO``, ``ABSTAIN``, ``NO_VOTE``)
``hrc_countries.csv``    ``country_short, country_long, category`` (optional; the
                         names go to ``member_name``)

How it is read
--------------
- One decision per text; ``decision_id`` is its symbol canonically spelt
  (``A/HRC/RES/S-19/1``, ``A/HRC/DEC/22/117``, amendments ``A/HRC/15/L.35``),
  ``session`` from the symbol (``S-19``), ``title`` the ``summary`` up to
  the catalogue's `` :resolution /adopted by ...`` tail.
- ``outcome``: a resolution or decision symbol is given only to an adopted
  text, so those are ``adopted``; an amendment (an L-document) is
  ``adopted``/``failed`` from ``passed``, which the scraper computed as
  yes > no (the Council's simple majority); with no votes recorded its
  outcome is unknown (left missing).
- ``NO_VOTE`` (a Council member that did not vote) is ``absent``. The
  source gives no official tally (``yes``...``absent`` stay empty).

What it reports (``Dataset.problems``)
--------------------------------------
``no_votes``            a text listed without any vote rows.
``passed_contradicts``  a resolution or decision symbol whose ``passed`` is 0.
``malformed_symbol``    a symbol read with a correction (``A/HRC/DEC22/117``,
                        ``A/HRC/RES/56/L.31``, a trailing ``as orally revised``).
``duplicate_roll_call`` two texts with the same canonical symbol (votes under a name listed
                        twice are read as votes on its first listing).
``duplicate_country``   a code listed twice in ``hrc_countries.csv`` (its first name is used).
``orphan_vote``         is left to :func:`unsc.validate` (votes on a text not listed).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from unsc.csvio import Col, read_csv
from unsc.errors import DataFormatError
from unsc.model import Dataset
from unsc.sources import _common
from unsc.sources._symbols import hrc_symbol, map_unique

FORMAT = "hrc"
RESOLUTIONS = "hrc_resolutions.csv"
VOTES_FILE = "hrc_votes.csv"
COUNTRIES = "hrc_countries.csv"
VOTES = {"YES": "yes", "NO": "no", "ABSTAIN": "abstain", "NO_VOTE": "absent"}
TEXT_COLUMNS = {
    "name": Col(required=True),
    "vote_date": Col("date", required=True, date_format="%Y/%m/%d"),
    "summary": Col(),
    "agenda": Col(optional=True),
    "passed": Col("bool", required=True),
    "type": Col("choice", required=True, choices=("resolution", "decision", "amendment")),
}
VOTE_COLUMNS = {
    "resolution_name": Col(required=True),
    "country_short": Col(required=True),
    "vote": Col("choice", required=True, choices=tuple(VOTES)),
}


def matches_folder(folder: Path) -> bool:
    """Whether ``folder`` holds this format's tables."""
    return (folder / RESOLUTIONS).is_file() and (folder / VOTES_FILE).is_file()


def matches(columns: list[str]) -> bool:
    """Whether a header is one of this format's tables."""
    return {"resolution_name", "country_short", "vote"} <= set(columns) or \
        {"name", "vote_date", "passed", "type"} <= set(columns)


def input_files(path: str | Path) -> list[Path]:
    """The files :func:`read` reads (the folder's tables)."""
    folder = _folder(Path(path))
    files = [folder / RESOLUTIONS, folder / VOTES_FILE, folder / COUNTRIES]
    return [f for f in files if f.is_file()]


def _folder(path: Path) -> Path:
    return path.parent if path.is_file() else path


def read(path: str | Path) -> Dataset:
    """Read the HRC tables in the folder ``path`` (or the folder of the file ``path``).

    Raises
    ------
    unsc.errors.DataFormatError
        A missing table or column, an unknown vote or type, a bad date,
        naming file, line, column and value.
    """
    folder = _folder(Path(path))
    texts_path, votes_path = folder / RESOLUTIONS, folder / VOTES_FILE
    for f in (texts_path, votes_path):
        if not f.is_file():
            raise DataFormatError(f, f"the HRC folder {folder} has no {f.name}")
    found: list[pd.DataFrame] = []
    texts = read_csv(texts_path, TEXT_COLUMNS, problems=found)
    rows = read_csv(votes_path, VOTE_COLUMNS, problems=found)

    sym = map_unique(texts["name"], hrc_symbol)
    symbol = sym.map(lambda s: s.symbol).astype("string")
    fixed = sym.map(lambda s: s.fixed).to_numpy(dtype=object) != ""
    unknown_form = sym.map(lambda s: s.kind is None).to_numpy(dtype=bool)
    if fixed.any():
        found.append(_common.problems(
            "malformed_symbol", "warning", texts_path, texts.line[fixed], None, None,
            ("symbol " + texts["name"][fixed] + " read as " + symbol[fixed] + " ("
             + sym[fixed].map(lambda s: s.fixed) + ")").to_numpy()))
    if unknown_form.any():
        found.append(_common.problems(
            "malformed_symbol", "warning", texts_path, texts.line[unknown_form], None, None,
            ("not an HRC symbol in a known form, kept as written: "
             + texts["name"][unknown_form]).to_numpy()))
    decision_id = _common.unique_ids(symbol, texts["line"], "line")
    dup = symbol.duplicated(keep=False).to_numpy()
    if dup.any():
        first_line = texts["line"].groupby(symbol.to_numpy()).transform("min").astype(str)
        found.append(_common.problems(
            "duplicate_roll_call", "error", texts_path, texts.line[dup], decision_id[dup], None,
            (symbol[dup] + " is listed more than once; votes under its name are read as votes "
             "on the first listing (line " + first_line[dup] + ")").to_numpy()))

    counted = rows["resolution_name"].value_counts()
    n_votes = texts["name"].map(counted).fillna(0).to_numpy()
    no_votes = n_votes == 0
    if no_votes.any():
        found.append(_common.problems(
            "no_votes", "warning", texts_path, texts.line[no_votes], None, None,
            ("listed (type " + texts["type"][no_votes] + ") as put to a recorded vote, but "
             + VOTES_FILE + " has no vote on it").to_numpy()))
    adopted_kind = texts["type"].isin(["resolution", "decision"]).to_numpy()
    passed = texts["passed"].to_numpy(dtype=bool)
    contradicts = adopted_kind & ~passed
    if contradicts.any():
        found.append(_common.problems(
            "passed_contradicts", "warning", texts_path, texts.line[contradicts], None, None,
            ("type " + texts["type"][contradicts] + ": its symbol says adopted, but passed=0"
             + np.where(no_votes[contradicts], ", computed from no votes", "")).to_numpy()))
    outcome = np.where(adopted_kind, "adopted", np.where(passed, "adopted", "failed"))
    outcome = pd.Series(outcome, dtype="object").where(adopted_kind | ~no_votes)

    decisions = pd.DataFrame({
        "decision_id": decision_id,
        "body": "HRC",
        "date": texts["vote_date"],
        "session": sym.map(lambda s: s.session),
        "draft": np.where(sym.map(lambda s: s.kind == "draft").to_numpy(dtype=bool), symbol,
                          None),
        "title": texts["summary"].str.split(r"\s+:\s*(?:resolution|decision)\s*/", n=1,
                                            regex=True).str[0].str.strip(),
        "source_topic": texts["agenda"] if "agenda" in texts.columns else None,
        "outcome": outcome,
        "source": texts_path.name,
        "partial": False,
        "file": str(texts_path),
        "line": texts["line"],
    })

    names = None
    if (folder / COUNTRIES).is_file():
        countries = read_csv(folder / COUNTRIES, {"country_short": Col(required=True),
                                                  "country_long": Col()},
                             problems=found, allow_empty=True)
        twice = countries["country_short"].duplicated(keep=False).to_numpy()
        if twice.any():
            first_name = countries.groupby("country_short").country_long.transform("first")
            found.append(_common.problems(
                "duplicate_country", "warning", folder / COUNTRIES, countries.line[twice], None,
                countries["country_short"][twice],
                (countries["country_short"][twice] + " is listed more than once; its first "
                 "name is used: " + first_name[twice].fillna("(empty)")).to_numpy()))
        unique = countries.drop_duplicates("country_short")
        names = rows["country_short"].map(unique.set_index("country_short").country_long)
    member, by_name = _common.identify_members(votes_path, rows["line"],
                                               codes=rows["country_short"], names=names,
                                               code_column="country_short")
    found.append(by_name)
    # A name listed twice (reported above): its votes go to the first listing.
    once = ~texts["name"].duplicated().to_numpy()
    id_of = pd.Series(decision_id.to_numpy()[once], index=texts["name"].to_numpy()[once])
    # A vote on a text the list lacks keeps its own name as decision: validate's
    # orphan_vote rule then reports it, with this file and line.
    vote_ids = rows["resolution_name"].map(id_of).fillna(rows["resolution_name"])
    votes = pd.DataFrame({
        "decision_id": pd.Categorical(vote_ids),
        "member": member,
        "vote": rows["vote"].map(VOTES),
        "member_name": (names if names is not None else rows["country_short"]).astype("category"),
        "file": str(votes_path),
        "line": rows["line"],
    })
    return _common.dataset(decisions, votes, _common.concat_problems(found),
                           origin=f"{FORMAT}: {folder}", source_is_subject=False)

"""The tidy tables, their dtypes, and the :class:`Dataset` that holds them.

Five tables share two keys, ``decision_id`` and ``member``:

``decisions`` (key ``decision_id``): one row per roll call.
    ``decision_id``  the resolution symbol when adopted (``S/RES/1973(2011)``,
                     ``A/HRC/RES/S-19/1``, ``A/RES/66/253``), the draft symbol
                     when not (``S/2012/77``); a suffix keeps it unique where
                     one resolution had several recorded votes.
    ``body``         categorical ``SC``, ``HRC``, ``GA``.
    ``date``         the day of the vote.
    ``session``      the session (GA ``66``, HRC ``S-19``), when known.
    ``draft``        the draft symbol voted on.
    ``title``        a short title.
    ``topic``        the subject (``Syria``, ``Libya``, ...).
    ``outcome``      categorical ``adopted``, ``vetoed``, ``failed``.
    ``meeting``      the meeting record (``S/PV.6711``).
    ``source``       the official record the vote was taken from, or the file
                     a third-party table was read from.
    ``yes``, ``no``, ``abstain``, ``absent``
                     the official tally (nullable integers; missing when the
                     source gives none).
    ``partial``      true when ``votes`` holds only some members' votes by
                     design (a veto list names the vetoing members only; the
                     others' votes are unknown, not invented).

``votes`` (key ``decision_id, member``): one row per member per decision.
    ``decision_id``  as above (categorical).
    ``member``       ISO 3166 alpha-3, with explicit historic codes for states
                     that no longer exist (``SUN``, ``YUG``, ``CSK``, ``DDR``)
                     (categorical).
    ``vote``         ordered categorical ``yes`` < ``abstain`` < ``no``, then
                     ``absent`` for a member of the body that did not vote.
                     Only the first three form the ordinal scale.

``members`` (key ``member``): ``member``, ``name``, ``permanent`` (holds a
    permanent Security Council seat at some time), ``seat`` (the permanent seat
    held: ``RUS`` for both ``SUN`` and ``RUS``), ``seat_from``, ``seat_to``.

``terms`` (key ``body, member, start``): who sat in a body when: ``body``,
    ``member``, ``start``, ``end`` (missing end: still a member), ``source``.

``statements`` (key ``statement_id``): ``statement_id``, ``date``,
    ``speaker``, ``role``, ``country``, ``venue``, ``summary``, ``stance``,
    ``decision_id`` (when it is about one), ``source`` (outlet and URL),
    ``paragraph`` (where in the article, when known).

Optional provenance columns ``file`` and ``line`` on ``decisions`` and
``votes`` say where a row was read, so validation can point at it.
Optional ``votes.member_name`` (categorical) keeps the member's name as the
source wrote it at the time of the vote (``USSR``, ``ZAIRE``, ``Federal
Republic of Germany``), beside the code that identifies it.

A :class:`Dataset` also carries two frames a reader or :func:`unsc.combine`
fills, never the user: ``problems`` (what a reader found wrong in its input,
columns :data:`PROBLEM_COLUMNS`, reported by :func:`unsc.validate`) and
``conflicts`` (where combined sources disagree, both values side by side,
columns :data:`CONFLICT_COLUMNS`).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

BODIES = ("SC", "HRC", "GA")
OUTCOMES = ("adopted", "vetoed", "failed")
VOTE_CODES = ("yes", "abstain", "no", "absent")
#: The three codes that form the ordinal scale used by the analytics.
SCALE = ("yes", "abstain", "no")

BODY_DTYPE = pd.CategoricalDtype(list(BODIES))
OUTCOME_DTYPE = pd.CategoricalDtype(list(OUTCOMES))
VOTE_DTYPE = pd.CategoricalDtype(list(VOTE_CODES), ordered=True)

DECISION_COLUMNS: dict[str, object] = {
    "decision_id": "string",
    "body": BODY_DTYPE,
    "date": "datetime64[ns]",
    "session": "string",
    "draft": "string",
    "title": "string",
    "topic": "string",
    "outcome": OUTCOME_DTYPE,
    "meeting": "string",
    "source": "string",
    "yes": "Int64",
    "no": "Int64",
    "abstain": "Int64",
    "absent": "Int64",
    "partial": "bool",
}
VOTE_COLUMNS: dict[str, object] = {
    "decision_id": "category",
    "member": "category",
    "vote": VOTE_DTYPE,
}
MEMBER_COLUMNS: dict[str, object] = {
    "member": "string",
    "name": "string",
    "permanent": "bool",
    "seat": "string",
    "seat_from": "datetime64[ns]",
    "seat_to": "datetime64[ns]",
}
TERM_COLUMNS: dict[str, object] = {
    "body": BODY_DTYPE,
    "member": "string",
    "start": "datetime64[ns]",
    "end": "datetime64[ns]",
    "source": "string",
}
STATEMENT_COLUMNS: dict[str, object] = {
    "statement_id": "string",
    "date": "datetime64[ns]",
    "speaker": "string",
    "role": "string",
    "country": "string",
    "venue": "string",
    "summary": "string",
    "stance": "string",
    "decision_id": "string",
    "source": "string",
    "paragraph": "Int64",
}
#: Optional provenance columns: where a row was read.
PROVENANCE_COLUMNS: dict[str, object] = {"file": "category", "line": "Int64"}
#: Optional columns of one table: ``votes.member_name`` is the name the source
#: used at the time (the code alone loses "USSR" vs "Russian Federation").
OPTIONAL_COLUMNS: dict[str, dict[str, object]] = {"votes": {"member_name": "category"}}
#: Columns of a problems frame (:func:`unsc.validate` and ``Dataset.problems``).
PROBLEM_COLUMNS = ["rule", "severity", "file", "row", "decision_id", "member", "message"]
#: Columns of ``Dataset.conflicts``: one row per field on which two sources
#: disagree; ``value``/``source`` is what was kept, ``other_*`` what differed.
CONFLICT_COLUMNS = ["decision_id", "member", "field", "value", "source", "file", "row",
                    "other_value", "other_source", "other_file", "other_row"]

SCHEMAS: dict[str, dict[str, object]] = {
    "decisions": DECISION_COLUMNS,
    "votes": VOTE_COLUMNS,
    "members": MEMBER_COLUMNS,
    "terms": TERM_COLUMNS,
    "statements": STATEMENT_COLUMNS,
}
KEYS: dict[str, list[str]] = {
    "decisions": ["decision_id"],
    "votes": ["decision_id", "member"],
    "members": ["member"],
    "terms": ["body", "member", "start"],
    "statements": ["statement_id"],
}


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``table``."""
    return conform(pd.DataFrame(columns=list(SCHEMAS[table])), table)


def empty_problems() -> pd.DataFrame:
    """An empty problems frame (:data:`PROBLEM_COLUMNS`)."""
    return conform_problems(pd.DataFrame(columns=PROBLEM_COLUMNS))


def conform_problems(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the problems schema: text as Python ``str`` or ``None``, ``row`` Int64.

    Object columns, not pandas' string dtype, so that ``problem.file or "-"``
    works on a missing value (``pd.NA`` has no truth value).
    """
    out = {}
    for col in PROBLEM_COLUMNS:
        if col not in frame.columns:
            out[col] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
        elif col == "row":
            out[col] = pd.array(pd.to_numeric(frame[col], errors="coerce"), dtype="Int64")
        else:
            values = frame[col].astype(object)
            out[col] = values.where(values.notna(), None).astype(object)
    extra = [c for c in frame.columns if c not in PROBLEM_COLUMNS]
    for col in extra:
        out[col] = frame[col]
    return pd.DataFrame(out, index=frame.index)


def conform(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``frame`` with exactly the schema's columns, in order, with its dtypes.

    Missing schema columns are added empty; provenance columns are kept when
    present; any other column is an error (a reader bug, not user input).
    """
    schema = SCHEMAS[table]
    optional = {**PROVENANCE_COLUMNS, **OPTIONAL_COLUMNS.get(table, {})}
    extra = set(frame.columns) - set(schema) - set(optional)
    if extra:
        raise KeyError(f"{table}: unexpected columns {sorted(extra)}")
    out = {}
    for col, dtype in schema.items():
        values = frame[col] if col in frame.columns else pd.Series(pd.NA, index=frame.index)
        out[col] = _cast(values, dtype)
    for col, dtype in optional.items():
        if col in frame.columns:
            out[col] = _cast(frame[col], dtype)
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)))


#: The dtype pandas gives an index of text (``str`` on pandas 3, ``object`` before).
TEXT_INDEX_DTYPE = pd.Index(["x"]).dtype


def text_categories(values: pd.Series) -> pd.Series:
    """``values`` (categorical) with its categories in pandas' own text dtype.

    Readers, the parquet store and ``pd.CategoricalDtype([...])`` must agree on
    the categories' dtype, or concatenating two datasets fails (pandas 3) or
    falls back to slow object columns: this is the one place that decides.
    """
    categories = values.cat.categories
    if categories.dtype == TEXT_INDEX_DTYPE:
        return values
    if not all(isinstance(c, str) for c in categories):
        return values  # not text (numbers): left as they are
    return values.cat.rename_categories(pd.Index(list(categories), dtype=TEXT_INDEX_DTYPE))


def _cast(values: pd.Series, dtype: object) -> pd.Series:
    values = values.reset_index(drop=True)
    if str(dtype).startswith("datetime64"):
        return pd.to_datetime(values).astype(dtype)
    if dtype == "bool":
        return values.astype("boolean").fillna(False).astype(bool)
    if isinstance(dtype, str) and dtype == "category":
        if not isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object).where(values.notna(), None).astype("category")
        return text_categories(values)
    return values.astype(dtype)


@dataclass(frozen=True)
class Dataset:
    """Decisions, votes, members, terms and statements, kept consistent.

    Build one with :func:`unsc.load` or a reader; filtering returns a new
    ``Dataset`` and never changes this one.
    """

    decisions: pd.DataFrame
    votes: pd.DataFrame
    members: pd.DataFrame = field(default_factory=lambda: empty("members"))
    terms: pd.DataFrame = field(default_factory=lambda: empty("terms"))
    statements: pd.DataFrame = field(default_factory=lambda: empty("statements"))
    #: Where the data came from (``"embedded record"``, ``"store: ..."``, a file).
    origin: str = ""
    #: What the reader found wrong in its input (:data:`PROBLEM_COLUMNS`).
    problems: pd.DataFrame = field(default_factory=lambda: empty_problems())
    #: Where combined sources disagree (:data:`CONFLICT_COLUMNS`).
    conflicts: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=CONFLICT_COLUMNS))
    #: A fingerprint of the data as loaded (before any filter), set by :func:`unsc.load`.
    version: str = ""

    def __post_init__(self) -> None:
        # The problems table has one schema whichever reader, combine or the store made it.
        object.__setattr__(self, "problems", conform_problems(self.problems))

    def __repr__(self) -> str:
        span = ""
        if len(self.decisions):
            span = f", {self.decisions.date.min():%Y-%m-%d} to {self.decisions.date.max():%Y-%m-%d}"
        bodies = ",".join(sorted(self.decisions.body.dropna().unique().astype(str)))
        return (
            f"<Dataset {self.origin or ''} {len(self.decisions)} decisions ({bodies}{span}), "
            f"{len(self.votes)} votes, {len(self.statements)} statements>"
        )

    # -- filters -------------------------------------------------------------
    def filter(
        self,
        body: str | Iterable[str] | None = None,
        start: str | pd.Timestamp | None = None,
        end: str | pd.Timestamp | None = None,
        topic: str | Iterable[str] | None = None,
        members: str | Iterable[str] | None = None,
        decisions: Iterable[str] | None = None,
        exclude: str | Iterable[str] | None = None,
    ) -> Dataset:
        """Keep the decisions that match every given criterion.

        Parameters
        ----------
        body
            ``"SC"``, ``"HRC"``, ``"GA"`` or several (anything else is an error).
        start, end
            First and last day included (``"2011-01-01"``); a bare year or
            month means all of it (``end="2020"`` includes 31 December 2020).
            Only ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD`` are read (see
            :func:`parse_day`); start after end is an error.
        topic
            Keyword or keywords, matched case-insensitively anywhere in
            ``topic`` or ``title`` (``"Syria"`` matches ``"Middle East (Syria)"``
            and "... in the Syrian Arab Republic").
        members
            Keep only these members' votes (decisions are kept); codes in any
            case, and an unknown code or a name is an error that suggests the
            code, not an empty result.
        decisions
            Keep only these ``decision_id``.
        exclude
            Keyword or keywords (matched like ``topic``) whose decisions are
            left out, e.g. ``"Golan"`` to keep the Syrian conflict apart from
            the Golan resolutions.
        """
        d = self.decisions
        keep = pd.Series(True, index=d.index)
        if body is not None:
            unknown = [b for b in _as_list(body) if b not in BODIES]
            if unknown:
                raise ValueError(f"unknown body {unknown}; use one of {list(BODIES)}")
            keep &= d.body.isin(_as_list(body))
        start, end = parse_day(start, "start"), parse_day(end, "end")
        if start is not None and end is not None and start > end:
            from unsc.errors import ParameterError

            raise ParameterError(f"start {start:%Y-%m-%d} is after end {end:%Y-%m-%d}: "
                                 "no day is in between; swap them")
        if start is not None:
            keep &= d.date >= start
        if end is not None:
            keep &= d.date <= end
        if topic is not None:
            # A keyword, not an exact label: sources name topics differently
            # ("Syria", "Middle East (Syria)").
            # Titles are searched too: some sources give no topic at all.
            found = _mentions(d, topic)
            if found is not None:
                keep &= found
        if exclude is not None:
            found = _mentions(d, exclude)
            if found is not None:
                keep &= ~found
        if decisions is not None:
            keep &= d.decision_id.isin(list(decisions))
        new_decisions = d[keep.to_numpy()].reset_index(drop=True)
        v = self.votes
        vkeep = v.decision_id.isin(new_decisions.decision_id.to_numpy())
        if members is not None:
            known = set(self.members.member.astype(str)) | set(v.member.astype(str).unique())
            # Codes in any case ("chn"); a name or unknown code is refused with a suggestion.
            wanted = [m.strip().upper() if isinstance(m, str) else m for m in _as_list(members)]
            unknown = [m for m, w in zip(_as_list(members), wanted, strict=True) if w not in known]
            if unknown:
                from unsc.errors import ParameterError
                from unsc.members import unknown_code_message

                raise ParameterError("; ".join(unknown_code_message(m, "members: ") for m in unknown))
            vkeep &= v.member.isin(wanted)
        new_votes = _drop_unused(v[vkeep.to_numpy()].reset_index(drop=True))
        s = self.statements
        if len(s):
            linked = s.decision_id.notna()
            skeep = ~linked | s.decision_id.isin(new_decisions.decision_id.to_numpy())
            if start is not None:
                skeep &= s.date >= start
            if end is not None:
                skeep &= s.date <= end
            s = s[skeep.fillna(False).to_numpy()].reset_index(drop=True)
        return replace(self, decisions=new_decisions, votes=new_votes, statements=s)

    def by_seat(self) -> Dataset:
        """Relabel permanent-seat holders with their seat (``SUN`` → ``RUS``, ``TWN`` → ``CHN``).

        Use it to follow "the Russian seat since 1946" across the 1991 succession.
        """
        seats = self.members.dropna(subset=["seat"])
        mapping = dict(zip(seats.member, seats.seat, strict=True))
        mapping = {k: v for k, v in mapping.items() if k != v}
        if not mapping:
            return self
        votes = self.votes.copy()
        member = votes.member.astype(str).replace(mapping)
        votes["member"] = member.astype("category")
        return replace(self, votes=votes)

    # -- views ---------------------------------------------------------------
    def matrix(self, codes: bool = False) -> pd.DataFrame:
        """The member × decision vote matrix.

        Rows are members, columns are decisions in date order; cells hold the
        vote (categorical), missing where a member has no row.

        Parameters
        ----------
        codes
            Return small integers instead (0 yes, 1 abstain, 2 no, 3 absent,
            -1 no row), convenient for fast arithmetic.
        """
        order = self.decisions.sort_values(["date", "decision_id"]).decision_id.astype(str)
        member_idx, members = pd.factorize(self.votes.member.astype(str), sort=True)
        dec_pos = pd.Index(order).get_indexer(self.votes.decision_id.astype(str))
        grid = np.full((len(members), len(order)), -1, dtype=np.int8)
        ok = dec_pos >= 0
        grid[member_idx[ok], dec_pos[ok]] = self.votes.vote.cat.codes.to_numpy()[ok]
        frame = pd.DataFrame(grid, index=pd.Index(members, name="member"),
                             columns=pd.Index(order.to_numpy(), name="decision_id"))
        if codes:
            return frame
        return frame.apply(lambda col: pd.Categorical.from_codes(col.to_numpy(), dtype=VOTE_DTYPE))

    def tally(self) -> pd.DataFrame:
        """Counts of each vote per decision, computed from the member rows."""
        # Counted on the categorical codes (np.bincount): a crosstab of string
        # keys takes seconds on the 870,000 General Assembly votes.
        dec = self.votes.decision_id.astype("category")
        vote = self.votes.vote.astype(VOTE_DTYPE)
        codes, vcodes = dec.cat.codes.to_numpy(), vote.cat.codes.to_numpy()
        ok = (codes >= 0) & (vcodes >= 0)
        n, k = len(dec.cat.categories), len(VOTE_CODES)
        grid = np.bincount(codes[ok].astype(np.int64) * k + vcodes[ok], minlength=n * k)
        counts = pd.DataFrame(grid.reshape(n, k), columns=list(VOTE_CODES),
                              index=pd.Index(dec.cat.categories.astype(str), name="decision_id"))
        counts = counts.groupby(level=0).sum() if not counts.index.is_unique else counts
        return counts.reindex(self.decisions.decision_id.astype(str), fill_value=0)

    def member_names(self) -> pd.Series:
        """Member code → display name, for labels."""
        return self.members.set_index("member").name.astype(str)


def _mentions(decisions: pd.DataFrame, words: str | Iterable[str]) -> np.ndarray | None:
    """Whether each decision's topic or title contains any of ``words`` (case-insensitive).

    ``None`` when no word is given (an empty string filters nothing).
    """
    pattern = "|".join(re.escape(w) for w in _as_list(words) if w)
    if not pattern:
        return None
    found = (decisions.topic.str.contains(pattern, case=False, regex=True).fillna(False)
             | decisions.title.str.contains(pattern, case=False, regex=True).fillna(False))
    return found.astype(bool).to_numpy()


#: The date forms every date parameter accepts.
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"
_DATE_TEXT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_day(value: str | int | datetime.date | None, side: str = "start",
              name: str | None = None) -> pd.Timestamp | None:
    """A day from ``YYYY-MM-DD``, or the first/last day of a bare ``YYYY`` or ``YYYY-MM``.

    ``side`` ``"start"`` gives the first day of a year or month, ``"end"`` the
    last (``"2020"`` ends on 31 December 2020). ``None`` or ``""`` is no bound.
    Only these three forms are read: ``01/06/2012`` could be 1 June or 6
    January, and ``2011-02-30`` is no day at all; both are refused, never guessed.

    Raises
    ------
    unsc.errors.ParameterError
        Naming the parameter (``name``, default ``side``), the value and the forms.
    """
    from unsc.errors import ParameterError

    name = name or side
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.date | np.datetime64) and not pd.isna(value):
        return pd.Timestamp(value)
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    found = _DATE_TEXT.fullmatch(text)
    if not found:
        raise ParameterError(f"{name}: {value!r} is not a date; use {DATE_FORMS} (e.g. 2011-03-17)")
    year, month, day = (int(g) if g else None for g in found.groups())
    try:
        if day is not None:
            first = last = datetime.date(year, month, day)
        else:
            first = datetime.date(year, 1 if month is None else month, 1)
            last_month = 12 if month is None else month
            last = datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError as exc:  # month 13, 30 February, year 0
        raise ParameterError(f"{name}: {value!r} is not a real date ({exc}); use {DATE_FORMS}") \
            from None
    return pd.Timestamp(first if side == "start" else last)


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _drop_unused(votes: pd.DataFrame) -> pd.DataFrame:
    votes = votes.copy()
    for col in ("decision_id", "member"):
        if isinstance(votes[col].dtype, pd.CategoricalDtype):
            votes[col] = votes[col].cat.remove_unused_categories()
    return votes

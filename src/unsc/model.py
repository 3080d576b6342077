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
    ``topic``        the state or region the decision is about, one vocabulary
                     for every source (``Syria``, ``Golan``, ``Israel-Palestine``,
                     ``Admission``; :mod:`unsc.topics`); missing where the
                     record names no clear one.
    ``source_topic`` the source's own label, as written (``Middle East (Syria)``,
                     an HRC agenda item, unvotes' issues); :func:`unsc.combine`
                     keeps every source's, joined with `` | ``, most trusted first.
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
    ``paragraph`` (where in the article, when known), ``speaker_kind`` (what
    the coverage reader took the speaker for: ``person``, ``org`` for an
    institution such as a ministry, ``media``, ``group``; empty for curated rows).

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
    "source_topic": "string",
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
    "speaker_kind": "string",
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
#: Columns of ``Dataset.left_out``: one row per error that kept a decision out
#: (:meth:`Dataset.clean`): the decision's body, date, topic, source_topic and title (so that
#: :meth:`Dataset.filter` narrows the list like the decisions), ``partial`` and
#: ``source`` (the file the decision was read from), then the problem: rule,
#: member, message, and the file and line where it was found.
LEFT_OUT_COLUMNS = ["decision_id", "body", "date", "topic", "source_topic", "title", "partial",
                    "source", "rule", "member", "message", "file", "line"]
#: Columns of :meth:`Dataset.span`.
SPAN_COLUMNS = ["body", "source", "first", "last", "decisions", "complete"]
#: ``Dataset.span(by_source=False)`` names the whole body's span with this source.
ALL_SOURCES = "all sources"

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


def empty_left_out() -> pd.DataFrame:
    """An empty ``Dataset.left_out`` frame (:data:`LEFT_OUT_COLUMNS`)."""
    return pd.DataFrame({
        "decision_id": pd.Series(dtype="string"), "body": pd.Series(dtype=BODY_DTYPE),
        "date": pd.Series(dtype="datetime64[ns]"), "topic": pd.Series(dtype="string"),
        "source_topic": pd.Series(dtype="string"), "title": pd.Series(dtype="string"),
        "partial": pd.Series(dtype=bool),
        "source": pd.Series(dtype="string"), "rule": pd.Series(dtype="string"),
        "member": pd.Series(dtype="string"), "message": pd.Series(dtype="string"),
        "file": pd.Series(dtype="string"), "line": pd.Series(dtype="Int64"),
    })


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
    #: The decisions :meth:`clean` kept out and why (:data:`LEFT_OUT_COLUMNS`), narrowed by
    #: :meth:`filter` to the selection; empty when the data was not cleaned.
    left_out: pd.DataFrame = field(default_factory=lambda: empty_left_out())
    #: Whether :meth:`clean` was applied (an empty ``left_out`` then means nothing was flagged).
    cleaned: bool = False
    #: Whether :meth:`by_seat` relabelled the votes (``SUN`` reads ``RUS``): the veto
    #: functions then judge a seat code by every holder of that seat, not by its last.
    seated: bool = False

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
        keyword: str | Iterable[str] | None = None,
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
            One normalised topic or several (:mod:`unsc.topics`: ``"Syria"``,
            ``"Golan"``, ``"Israel-Palestine"``), matched exactly but in any
            case against ``topic``: ``"Syria"`` keeps the Syrian conflict, not
            the Golan texts, and not a decision the record gives no clear topic.
            A topic no decision has is an error that names the closest ones
            (never an empty selection).
        members
            Keep only these members' votes (decisions are kept); codes in any
            case, and an unknown code or a name is an error that suggests the
            code, not an empty result.
        decisions
            Keep only these ``decision_id``.
        exclude
            Keyword or keywords (matched like ``keyword``) whose decisions are
            left out, e.g. ``"Golan"``.
        keyword
            Free text: keep the decisions whose ``title``, ``source_topic`` or
            ``topic`` contains any of these words, case-insensitively
            (``"chemical weapons"``; ``"Syria"`` here also matches the Golan
            texts and "... in the Syrian Arab Republic").

        Raises
        ------
        unsc.errors.ParameterError
            An unknown body, a malformed date, start after end, a topic no
            decision has, an unknown member code.
        """
        return self._filter(body=body, start=start, end=end, topic=topic, members=members,
                            decisions=decisions, exclude=exclude, keyword=keyword)

    def _filter(self, body=None, start=None, end=None, topic=None, members=None,  # noqa: ANN001
                decisions=None, exclude=None, keyword=None, check_topic: bool = True) -> Dataset:
        """:meth:`filter`; ``check_topic=False`` lets a topic match nothing (the left-out list)."""
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
            # A topic only left-out decisions have is known: its selection is just empty.
            found = _topic_mask(d, topic, check_topic, also=self.left_out.topic)
            if found is not None:
                keep &= found
        if keyword is not None:
            found = _mentions(d, keyword)
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
        left_out = self._left_out_within(body=body, start=start, end=end, topic=topic,
                                         decisions=decisions, exclude=exclude, keyword=keyword)
        return replace(self, decisions=new_decisions, votes=new_votes, statements=s,
                       left_out=left_out)

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
        return replace(self, votes=votes, seated=True)

    # -- quality and extent ----------------------------------------------------
    def clean(self, problems: pd.DataFrame | None = None) -> Dataset:
        """The dataset without the decisions that have an error-severity problem.

        What is left out, and why, is kept in :attr:`left_out` (one row per
        error: rule, member, message, and the file and line the problem was
        found at), which :meth:`filter` narrows to each selection, so a report
        can say how many decisions of its selection were left out. Warnings
        and notes keep their decisions, and so does an error about a row that
        :func:`unsc.combine` superseded with a more trusted source's (it names
        another file than the decision's and its votes'; :func:`unsc.validate`
        still lists it). Nothing is changed in the rows kept.

        Parameters
        ----------
        problems
            The problems to act on (a :func:`unsc.validate` frame); by default
            ``unsc.validate(self)``, which includes what the readers and
            :func:`unsc.combine` reported.

        Returns
        -------
        Dataset
            With :attr:`cleaned` set; cleaning twice leaves nothing more out
            unless the rules find something new.
        """
        if problems is None:
            from unsc.validate import validate  # validate imports this module

            problems = validate(self)
        ids = self.decisions.decision_id.astype(str)
        errors = problems[(problems.severity.astype(str) == "error").to_numpy()
                          & problems.decision_id.notna().to_numpy()]
        errors = errors[errors.decision_id.astype(str).isin(ids).to_numpy()]
        errors = errors[self._in_use(errors)]
        if errors.empty:
            return replace(self, cleaned=True)
        out_ids = errors.decision_id.astype(str).unique()
        gone = ids.isin(out_ids).to_numpy()
        about = (self.decisions[gone].drop_duplicates("decision_id")
                 .assign(decision_id=lambda d: d.decision_id.astype(str))
                 .set_index("decision_id"))
        key = errors.decision_id.astype(str)
        new = pd.DataFrame({
            "decision_id": key.to_numpy(),
            "body": key.map(about.body.astype(str)).to_numpy(),
            "date": key.map(about.date).to_numpy(dtype="datetime64[ns]"),
            "topic": key.map(about.topic).to_numpy(dtype=object),
            "source_topic": key.map(about.source_topic).to_numpy(dtype=object),
            "title": key.map(about.title).to_numpy(dtype=object),
            "partial": key.map(about.partial).to_numpy(dtype=bool),
            "source": key.map(pd.Series(_source_files(about), index=about.index)).to_numpy(dtype=object),
            "rule": errors.rule.to_numpy(dtype=object),
            "member": errors.member.to_numpy(dtype=object),
            "message": errors.message.to_numpy(dtype=object),
            "file": errors.file.to_numpy(dtype=object),
            "line": errors.row.to_numpy(dtype=object),
        })
        left_out = _as_left_out(pd.concat([self.left_out, _as_left_out(new)], ignore_index=True)
                                if len(self.left_out) else new)
        left_out = left_out.sort_values(["date", "decision_id", "rule"], kind="stable",
                                        na_position="last").reset_index(drop=True)
        decisions = self.decisions[~gone].reset_index(drop=True)
        votes = _drop_unused(self.votes[~self.votes.decision_id.astype(str)
                                        .isin(out_ids).to_numpy()].reset_index(drop=True))
        return replace(self, decisions=decisions, votes=votes, left_out=left_out, cleaned=True)

    def _in_use(self, problems: pd.DataFrame) -> np.ndarray:
        """Whether each problem is about a row this dataset uses.

        A problem without a file is. One with a file is when that file is where
        the decision, or one of its votes, was read from: :func:`unsc.combine`
        keeps each field from the most trusted source, so a reader's complaint
        about a row it superseded (the veto list's flags on a draft the embedded
        record holds) says nothing about the data used.
        """
        file = problems.file
        if "file" not in self.decisions.columns:
            return np.ones(len(problems), dtype=bool)
        used = pd.concat([
            self.decisions[["decision_id", "file"]].astype(str),
            self.votes[["decision_id", "file"]].drop_duplicates().astype(str)
            if "file" in self.votes.columns else None,
        ], ignore_index=True).drop_duplicates()
        pairs = pd.MultiIndex.from_frame(used)
        asked = pd.MultiIndex.from_arrays([problems.decision_id.astype(str).to_numpy(),
                                           file.astype(str).to_numpy()])
        return (file.isna().to_numpy() | asked.isin(pairs)).astype(bool)

    def span(self, by_source: bool = True, left_out: bool = False) -> pd.DataFrame:
        """Where the data begins and ends: first and last vote date per body (and per source).

        Parameters
        ----------
        by_source
            One row per body and source (the file each decision was read from,
            ``folder/file``; the source text when no file is recorded), after
            the row of the whole body (source :data:`ALL_SOURCES`). ``False``:
            the body rows only.
        left_out
            Count the decisions :meth:`clean` left out too: where the record
            itself begins and ends, rather than what is used.

        Returns
        -------
        pandas.DataFrame
            ``body, source, first, last, decisions, complete`` (:data:`SPAN_COLUMNS`;
            ``complete`` counts the decisions that hold every member's vote, not a
            veto list's vetoers only), bodies in the order ``SC, HRC, GA``; empty
            when there is no decision.
            On a filtered dataset it is the selection's span: take it on the
            dataset as loaded for where the record ends.
        """
        d = (self._record() if left_out else self).decisions.dropna(subset=["body", "date"])
        frame = pd.DataFrame({"body": d.body.astype(str).to_numpy(),
                              "source": _source_names(d), "date": d.date.to_numpy(),
                              "complete": ~d.partial.to_numpy(dtype=bool)})
        parts = [frame.assign(source=ALL_SOURCES)]
        if by_source:
            parts.append(frame)
        both = pd.concat(parts, ignore_index=True)
        out = (both.groupby(["body", "source"], sort=False)
               .agg(first=("date", "min"), last=("date", "max"), decisions=("date", "size"),
                    complete=("complete", "sum"))
               .reset_index())
        out["order"] = out.body.map({b: i for i, b in enumerate(BODIES)})
        out["whole"] = out.source != ALL_SOURCES
        out = out.sort_values(["order", "whole", "first", "source"], kind="stable")
        out = out.astype({"decisions": "int64", "complete": "int64"})
        return out[SPAN_COLUMNS].reset_index(drop=True)

    def covers(self, body: str, date: str | pd.Timestamp, complete: bool = False) -> bool:
        """Whether the data holds ``body``'s votes around ``date``.

        True when ``date`` lies between the first and last vote of one of the
        body's sources (so a gap between two sources is not covered),
        counting the decisions :meth:`clean` left out: the record reaches that
        day even where a decision was held back. A day outside every source's
        span is one the data cannot speak about (a claim about it is
        unverifiable, not false).

        With ``complete=True`` only sources holding every member's vote count:
        a veto list reaches back to 1946 but says nothing of how anyone else
        voted, or of a draft nobody vetoed.
        """
        if body not in BODIES:
            raise ValueError(f"unknown body {body!r}; use one of {list(BODIES)}")
        day = pd.Timestamp(date)
        if pd.isna(day):
            return False
        spans = self.span(left_out=True)
        spans = spans[(spans.body == body) & (spans.source != ALL_SOURCES)
                      & ((spans.complete > 0) if complete else True)]
        return bool(((spans["first"] <= day) & (day <= spans["last"])).any())

    def _record(self) -> Dataset:
        """This dataset with the decisions :meth:`clean` left out put back (decision rows only)."""
        if self.left_out.empty:
            return self
        back = self.left_out.drop_duplicates("decision_id")
        back = conform(back[["decision_id", "body", "date", "topic", "source_topic", "title",
                             "partial", "source"]], "decisions")
        if "file" in self.decisions.columns:
            back["file"] = back.source.astype("category")
        return replace(self, decisions=pd.concat([self.decisions, back], ignore_index=True),
                       left_out=empty_left_out())

    def _left_out_within(self, **criteria: object) -> pd.DataFrame:
        """:attr:`left_out` narrowed by the decision criteria of :meth:`filter`.

        Done by filtering the left-out decisions themselves, so the two can
        never disagree on what a criterion means.
        """
        if self.left_out.empty:
            return self.left_out
        rows = self.left_out.drop_duplicates("decision_id")
        columns = ["decision_id", "body", "date", "topic", "source_topic", "title"]
        sub = Dataset(decisions=conform(rows.reindex(columns=columns), "decisions"),
                      votes=empty("votes"), members=self.members)
        kept = sub._filter(**criteria, check_topic=False).decisions.decision_id.astype(str)
        keep = self.left_out.decision_id.astype(str).isin(kept).to_numpy()
        return self.left_out[keep].reset_index(drop=True)

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
    """Whether each decision's title, source_topic or topic contains any of ``words``.

    Case-insensitive; ``None`` when no word is given (an empty string filters nothing).
    """
    pattern = "|".join(re.escape(w) for w in _as_list(words) if w)
    if not pattern:
        return None
    found = np.zeros(len(decisions), dtype=bool)
    for col in ("topic", "source_topic", "title"):
        if col in decisions.columns:
            found |= decisions[col].str.contains(pattern, case=False, regex=True).fillna(False) \
                .to_numpy(dtype=bool)
    return found


def _topic_mask(decisions: pd.DataFrame, topics: str | Iterable[str], check: bool,
                also: pd.Series | None = None) -> np.ndarray | None:
    """Whether each decision's normalised ``topic`` is one of ``topics`` (any case).

    ``None`` when no topic is given. With ``check``, a topic that no decision
    (of ``decisions``, or among the topics ``also``: those of the decisions
    :meth:`Dataset.clean` left out) has is refused with the closest ones a
    decision has: a misspelt or free-text topic must not read as "no votes on it".
    """
    wanted = [str(t).strip() for t in _as_list(topics) if t is not None and str(t).strip()]
    if not wanted:
        return None
    have = decisions.topic.astype("string").str.casefold()
    mask = have.isin([w.casefold() for w in wanted]).fillna(False).to_numpy(dtype=bool)
    known = decisions.topic.dropna().astype(str)
    if also is not None and len(also):
        known = pd.concat([known, also.dropna().astype(str)], ignore_index=True)
    if check and len(known) + len(decisions):
        present = set(known.str.casefold())
        missing = [w for w in wanted if w.casefold() not in present]
        if missing:
            from unsc.errors import ParameterError
            from unsc.topics import suggest

            known = known.unique()
            parts = []
            for w in missing:
                close = suggest(w, known)
                hint = f"the closest are {', '.join(close)}" if close else "no topic is close"
                parts.append(f"topic: no decision has the topic {w!r}; {hint}")
            raise ParameterError("; ".join(parts) + " (topics are normalised labels, see "
                                 "unsc.topics; use keyword= to search titles)")
    return mask


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


def _as_left_out(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the columns and dtypes of :data:`LEFT_OUT_COLUMNS`."""
    dtypes = empty_left_out().dtypes
    out = {}
    for col in LEFT_OUT_COLUMNS:
        values = frame[col].reset_index(drop=True)
        if col == "date":
            out[col] = pd.to_datetime(values).astype("datetime64[ns]")
        elif col == "line":
            out[col] = pd.array(pd.to_numeric(values, errors="coerce"), dtype="Int64")
        elif col == "partial":
            out[col] = values.astype("boolean").fillna(False).astype(bool)
        else:
            out[col] = values.astype(object).where(values.notna(), None).astype(dtypes[col])
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)))


def _source_files(decisions: pd.DataFrame) -> np.ndarray:
    """The file each decision was read from, or its ``source`` text when no file is recorded."""
    source = decisions.source.astype(object).where(decisions.source.notna(), "(no source)")
    if "file" not in decisions.columns:
        return source.to_numpy(dtype=object)
    file = decisions.file.astype(object)
    return file.where(file.notna(), source).to_numpy(dtype=object)


def _source_names(decisions: pd.DataFrame) -> np.ndarray:
    """The source of each decision for :meth:`Dataset.span`: ``folder/file`` it was read from.

    The last two parts of the path name a shared table unambiguously
    (``unvotes_ga/un_roll_calls.csv``) without the machine's own folders.
    """
    source = decisions.source.astype(object).where(decisions.source.notna(), "(no source)")
    if "file" not in decisions.columns:
        return source.to_numpy(dtype=object)
    file = decisions.file.astype("category")
    full = [str(c) for c in file.cat.categories]
    short = ["/".join(c.replace("\\", "/").rstrip("/").split("/")[-2:]) for c in full]
    # Two files with the same last two parts keep their full paths.
    names = dict(zip(full, short if len(set(short)) == len(short) else full, strict=True))
    named = file.astype(object).map(names)
    return named.where(named.notna(), source).to_numpy(dtype=object)


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _drop_unused(votes: pd.DataFrame) -> pd.DataFrame:
    votes = votes.copy()
    for col in ("decision_id", "member"):
        if isinstance(votes[col].dtype, pd.CategoricalDtype):
            votes[col] = votes[col].cat.remove_unused_categories()
    return votes

"""What the record is likely or known to have wrong about a vote's date, or to lack.

Linking (:mod:`unsc.coverage.link`) and checking (:mod:`unsc.coverage.check`) use
two lists, both evidence about the third-party tables, never corrections of them:

Doubtful dates (:func:`doubtful_dates`)
    A decision whose stored date is likely wrong, with its likely date: the
    ``date_swapped`` suggestions of :func:`unsc.validate.date_swaps` (a
    resolution dated out of number order that, with day and month swapped,
    falls between its neighbours: S/RES/1929(2010) stored as 2010-09-06, likely
    2010-06-09) and the ``date`` rows of ``data/curated/known_errors.csv``
    (verified from the official record: S/2016/847 stored as 2016-08-10, voted
    on 2016-10-08). Linking also tries such a decision on its likely date and
    says so in the reason; a date claim on it is ``unverifiable``, never
    ``contradicts``: the record held cannot say which date is right.
Approximate days (:func:`approximate_day_ids`)
    The decisions of a session whose stored days are not the votes' days
    (:func:`unsc.validate.approximate_days`: ``unvotes_ga`` dates its roll calls
    of 1946-2002 on the 1st to the 7th of the month). Linking takes such a
    decision's date as its month; a day claimed of it is ``unverifiable``.
Known gaps (:func:`known_gaps`)
    A recorded vote a table lacks altogether (``field`` ``missing_vote`` of
    ``known_errors.csv``: ``unvotes_ga`` has no roll call of 1 November 2018,
    so no A/RES/73/8), or a member row it lacks on a vote it holds
    (``missing_row``: no row for Zimbabwe on A/RES/71/5, adopted 191-0-2).
    A mention of the missing vote is ``unverifiable``, naming the gap, never
    "no vote in the data matches"; a claim about the missing row is
    ``unverifiable`` too (see :mod:`unsc.coverage.check`).

``known_errors.csv`` rows of these kinds:

=================  ========  ===================================  ==========================
``field``          member    ``theirs``                           ``ours``
=================  ========  ===================================  ==========================
``date``           (empty)   the stored date, ``YYYY-MM-DD``      the official date
``missing_vote``   (empty)   ``(no roll call)``                   ``YYYY-MM-DD, yes-no-abstain``
``missing_row``    the code  ``(no row)``                         the member's official vote
=================  ========  ===================================  ==========================
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace

import pandas as pd

from unsc.model import Dataset

#: ``known_errors.csv``'s ``field`` for a recorded vote a table lacks, and for a member row it lacks.
MISSING_VOTE = "missing_vote"
MISSING_ROW = "missing_row"
#: ``ours`` of a ``missing_vote`` row: the day of the vote and its official tally.
_GAP_OURS = re.compile(r"^\s*(?P<date>\d{4}-\d{2}-\d{2})\s*,\s*(?P<yes>\d+)-(?P<no>\d+)-(?P<abstain>\d+)\b")
#: The body a symbol belongs to.
_BODY_OF = (("A/HRC/", "HRC"), ("A/", "GA"), ("S/", "SC"))


@dataclass(frozen=True)
class DoubtfulDate:
    """A decision whose stored date is likely (or known to be) wrong."""

    decision_id: str
    stored: pd.Timestamp
    likely: pd.Timestamp
    #: ``date_swapped`` (a suggestion from the resolution numbers) or ``known_errors.csv`` (verified).
    source: str
    evidence: str

    @property
    def words(self) -> str:
        """"the data date it 2010-09-06, likely a day-month swap of 2010-06-09 (...)"."""
        if self.source == "date_swapped":
            return (f"the data date it {self.stored:%Y-%m-%d}, likely a day-month swap of "
                    f"{self.likely:%Y-%m-%d} (date_swapped: {self.evidence})")
        return (f"the data date it {self.stored:%Y-%m-%d}; the official record has {self.likely:%Y-%m-%d} "
                "(known_errors.csv)")


@dataclass(frozen=True)
class Gap:
    """A recorded vote a third-party table lacks (``missing_vote`` of ``known_errors.csv``)."""

    decision_id: str
    body: str | None
    date: pd.Timestamp
    #: The official yes, no and abstain counts.
    tally: tuple[int, int, int]
    source_table: str
    reason: str

    @property
    def words(self) -> str:
        yes, no, abstain = self.tally
        # the evidence is in ``known_errors.csv`` and in ``unsc data validate`` (missing_vote)
        return (f"the data lack {self.decision_id} ({self.body or 'a vote'} of {self.date:%Y-%m-%d}, "
                f"{yes}-{no}-{abstain}): a known gap in {self.source_table} (known_errors.csv)")


#: id(dataset) → (a weak reference to it, the curated rows read, its doubtful dates, the dataset with their
#: likely dates added): a dataset holds frames, so it is not hashable; an edited ``known_errors.csv`` is
#: read again (:func:`unsc.coverage.check._curated_file`), and then the dates are worked out again.
_CACHE: dict[int, tuple[weakref.ref, pd.DataFrame, dict[str, DoubtfulDate], list[Dataset | None]]] = {}


def doubtful_dates(ds: Dataset) -> dict[str, DoubtfulDate]:
    """decision_id → :class:`DoubtfulDate`, for the decisions of ``ds`` (computed once per dataset).

    A verified date (``known_errors.csv``) wins over a suggestion for the same decision; a
    ``date`` row applies only while the stored date is still the table's (``theirs``).
    """
    known = _known_rows()
    held = _CACHE.get(id(ds))
    if held is not None and held[0]() is ds and held[1] is known:
        return held[2]
    from unsc.validate import date_swaps

    found: dict[str, DoubtfulDate] = {}
    for r in date_swaps(ds).itertuples():
        between = (f"between {r.before} of {r.before_date:%Y-%m-%d} and {r.after} of "
                   f"{r.after_date:%Y-%m-%d} by number; the stored date is kept")
        found[str(r.decision_id)] = DoubtfulDate(str(r.decision_id), pd.Timestamp(r.date),
                                                 pd.Timestamp(r.suggested), "date_swapped", between)
    if len(known) and len(ds.decisions):
        dated = known[(known["field"] == "date").to_numpy(dtype=bool)]
        stored = dict(zip(ds.decisions.decision_id.astype(str), ds.decisions.date, strict=True))
        for r in dated.itertuples():
            theirs, ours = _day(r.theirs), _day(r.ours)
            did = str(r.decision_id)
            if theirs is not None and ours is not None and stored.get(did) == theirs and theirs != ours:
                found[did] = DoubtfulDate(did, theirs, ours, "known_errors.csv", str(r.reason))
    for key in [k for k, (ref, *_) in _CACHE.items() if ref() is None]:
        del _CACHE[key]
    _CACHE[id(ds)] = (weakref.ref(ds), known, found, [None])
    return found


_APPROX: dict[int, tuple[weakref.ref, frozenset[str]]] = {}


def approximate_day_ids(ds: Dataset) -> frozenset[str]:
    """The decisions of ``ds`` whose stored day of the month is not the vote's (its month holds):
    those of the sessions :func:`unsc.validate.approximate_days` flags (computed once per dataset)."""
    held = _APPROX.get(id(ds))
    if held is not None and held[0]() is ds:
        return held[1]
    from unsc.validate import approximate_days

    flagged = approximate_days(ds)
    found: frozenset[str] = frozenset()
    if len(flagged):
        dec = ds.decisions
        keys = set(zip(flagged.file.astype(str), flagged.session.astype(str), strict=True))
        at = [(str(f), str(s)) in keys for f, s in zip(dec.file.astype("string").fillna(""),
                                                        dec.session.astype("string").fillna(""), strict=True)]
        found = frozenset(dec.decision_id.astype(str)[at])
    for key in [k for k, (ref, _) in _APPROX.items() if ref() is None]:
        del _APPROX[key]
    _APPROX[id(ds)] = (weakref.ref(ds), found)
    return found


def with_likely_dates(ds: Dataset) -> Dataset:
    """``ds`` with one more decision row per doubtful date: the same decision on its likely date.

    Built once per dataset. The copies share the decision's id, votes and tally, so a
    mention linked to one is linked to the decision itself; only the date differs.
    """
    doubts = doubtful_dates(ds)
    slot = _CACHE[id(ds)][3]
    if slot[0] is not None:
        return slot[0]
    dec = ds.decisions
    ids = dec.decision_id.astype(str)
    likely = ids.map({k: d.likely for k, d in doubts.items()})
    rows = dec[likely.notna().to_numpy()].copy()
    rows["date"] = pd.to_datetime(likely[likely.notna()]).to_numpy(dtype=dec.date.dtype)
    shifted = replace(ds, decisions=pd.concat([dec, rows], ignore_index=True))
    slot[0] = shifted
    return shifted


def known_gaps() -> list[Gap]:
    """The recorded votes a third-party table lacks (``missing_vote`` rows of ``known_errors.csv``)."""
    from unsc.coverage.check import _curated_file

    # read once per version of the file: linking asks for every mention of an article
    return list(_curated_file("known_errors.csv", _read_gaps, ()))


def _read_gaps(path: str) -> tuple[Gap, ...]:
    known = _read_rows(path)
    if not len(known):
        return []
    gaps = []
    for r in known[(known["field"] == MISSING_VOTE).to_numpy(dtype=bool)].itertuples():
        m = _GAP_OURS.match(str(r.ours))
        if m is None:
            continue  # a malformed row names no day: test_doubts checks every row parses
        did = str(r.decision_id)
        body = next((b for prefix, b in _BODY_OF if did.startswith(prefix)), None)
        gaps.append(Gap(did, body, pd.Timestamp(m.group("date")),
                        (int(m.group("yes")), int(m.group("no")), int(m.group("abstain"))),
                        str(r.source_table), str(r.reason)))
    return tuple(gaps)


def known_missing_rows() -> pd.DataFrame:
    """The member rows a table lacks on a vote it holds (``missing_row`` rows of ``known_errors.csv``).

    Columns ``source_table, decision_id, member, vote`` (the member's official vote) and ``reason``.
    """
    known = _known_rows()
    cols = ["source_table", "decision_id", "member", "vote", "reason"]
    if not len(known):
        return pd.DataFrame(columns=cols)
    rows = known[(known["field"] == MISSING_ROW).to_numpy(dtype=bool)
                 & known["member"].notna().to_numpy(dtype=bool)]
    return pd.DataFrame({"source_table": rows.source_table.astype(str).to_numpy(),
                         "decision_id": rows.decision_id.astype(str).to_numpy(),
                         "member": rows.member.astype(str).to_numpy(),
                         "vote": rows.ours.astype(str).to_numpy(),
                         "reason": rows.reason.astype(str).to_numpy()}, columns=cols)


def gap_for(cited: list[str], body: str | None, lo: pd.Timestamp, hi: pd.Timestamp, dated_day: bool,
            tally: object) -> Gap | None:
    """The known gap a mention may be about, else ``None``.

    A gap is named when the mention cites its symbol, or when its window holds the gap's
    day and either it is of the gap's body and gives that day (give or take one, as
    :func:`unsc.coverage.link._window` allows), or it states a tally whose written parts
    (two at least) are the gap's. A wider window alone (a year's) holds too many votes to
    name one, and a day alone does not say which body voted.
    """
    for gap in known_gaps():
        if gap.decision_id in cited:
            return gap
        if body is not None and gap.body is not None and body != gap.body:
            continue
        if not (lo <= gap.date <= hi):
            continue
        if dated_day and body is not None:
            return gap
        if isinstance(tally, str) and tally:
            parts = [None if x == "?" else int(x) for x in tally.split("-")]
            written = [(p, g) for p, g in zip(parts, gap.tally, strict=True) if p is not None]
            if len(written) >= 2 and all(p == g for p, g in written):
                return gap
    return None


def _day(value: object) -> pd.Timestamp | None:
    day = pd.to_datetime(str(value), format="%Y-%m-%d", errors="coerce")
    return None if pd.isna(day) else pd.Timestamp(day)


def _known_rows() -> pd.DataFrame:
    from unsc.coverage.check import _curated_file

    return _curated_file("known_errors.csv", _read_rows, pd.DataFrame())


def _read_rows(path: str) -> pd.DataFrame:
    from unsc.coverage.check import read_known_error_rows

    rows = read_known_error_rows(path)
    return rows[rows["field"].isin(["date", MISSING_VOTE, MISSING_ROW]).to_numpy(dtype=bool)].reset_index(
        drop=True)


__all__ = ["MISSING_ROW", "MISSING_VOTE", "DoubtfulDate", "Gap", "doubtful_dates", "gap_for", "known_gaps",
           "known_missing_rows", "with_likely_dates"]

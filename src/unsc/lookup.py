"""Look votes up: search decisions, resolve a symbol, print one roll call.

Three functions, used by ``unsc decisions`` and by :func:`unsc.explore`:

:func:`find_decisions`
    The decisions matching a body, a period, a topic, a member, an outcome
    and free-text keywords, one row per decision in date order, with the
    tally. The tally is the official one where the source gives it; where it
    gives none and the record holds every member's vote it is counted from the
    member rows (``counted`` says so); a veto list's decision, which names the
    vetoing members only, keeps no tally rather than a made-up one.
:func:`resolve_symbol`
    The ``decision_id`` a user means by a symbol typed loosely: any case and
    spacing (``a/hrc/res/s-19/1``, ``S/RES/2042 (2012)``), without the year
    (``S/RES/2042``), the bare resolution number (``2042``), or the draft
    symbol (``S/2012/219``). Several matches, or none, are an error that lists
    them or the closest symbols: a roll call of another decision than the one
    asked for would be a confident wrong answer.
:func:`roll_call`
    One decision's votes grouped yes, abstain, no, absent, and *not recorded*
    (members of the body that day, by the ``terms`` table, without a vote
    row), with member names, vetoes marked, the curated notes on single votes,
    and the tally counted from the rows beside the official one.

Conventions: topic matching is :meth:`Dataset.filter`'s (never re-implemented
here); a member's decisions are those with a vote row for it (``yes``,
``abstain``, ``no`` or ``absent``), so a member missing from a veto list's
decision is not listed. Nothing here gates on quality: callers pass the data
they mean (``unsc.quality.gate``).

Speed: every filter is a vectorised mask over the decisions (9,000 rows on the
full store) and one ``isin`` over the votes; the tally is
:meth:`Dataset.tally` (one ``bincount``). Only :func:`resolve_symbol`'s
suggestions loop, over the symbols, once, when nothing matched.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from unsc.errors import ParameterError, UnscError
from unsc.model import BODIES, OUTCOMES, VOTE_CODES, Dataset

#: The groups of a roll call, in the order they are printed.
ROLL_CALL_GROUPS: tuple[str, ...] = (*VOTE_CODES, "not recorded")
ROLL_CALL_DTYPE = pd.CategoricalDtype(list(ROLL_CALL_GROUPS), ordered=True)
#: The tally columns of :func:`find_decisions` (official, or counted from the member rows).
TALLY_COLUMNS: tuple[str, ...] = ("yes", "no", "abstain", "absent")
#: The columns of :func:`find_decisions`, in order (``vote`` is added with ``member``).
FOUND_COLUMNS: list[str] = ["decision_id", "body", "date", "outcome", *TALLY_COLUMNS, "counted",
                            "partial", "topic", "title", "draft", "meeting", "source"]
#: The columns of :attr:`RollCall.votes`.
ROLL_CALL_COLUMNS: list[str] = ["member", "name", "vote", "veto", "note"]


def find_decisions(ds: Dataset, *, body: str | Iterable[str] | None = None,
                   start: object = None, end: object = None,
                   topic: str | Iterable[str] | None = None, member: str | None = None,
                   outcome: str | Iterable[str] | None = None,
                   keyword: str | Iterable[str] | None = None) -> pd.DataFrame:
    """The decisions matching every given criterion, in date order.

    Parameters
    ----------
    ds
        The data to search (gate it first with :func:`unsc.quality.gate` for
        the report's quality rule).
    body
        ``"SC"``, ``"HRC"``, ``"GA"`` or several, in any case.
    start, end
        First and last day included, as :meth:`Dataset.filter` takes them
        (``"2011"``, ``"2012-06"``, ``"2012-06-01"``).
    topic
        Passed to :meth:`Dataset.filter` unchanged.
    member
        A member code (any case): keep the decisions with a vote row for it;
        the frame then has a ``vote`` column with that member's vote.
    outcome
        One or several of :data:`unsc.model.OUTCOMES` (any case).
    keyword
        Words that must all appear, case-insensitively, in the symbol, the
        draft symbol, the title or the topic (``"chemical weapons"``,
        ``"S/2012"``); spaces inside a symbol do not matter.

    Returns
    -------
    pandas.DataFrame
        :data:`FOUND_COLUMNS` (plus ``vote`` with ``member``), one row per
        decision, sorted by date then symbol, index from 0.

    Raises
    ------
    unsc.errors.ParameterError
        For an unknown body, outcome, member code, a bad date, or start after end.
    """
    bodies = _choices(body, BODIES, "body", upper=True)
    outcomes = _choices(outcome, OUTCOMES, "outcome", upper=False)
    code = None
    if member is not None and str(member).strip():
        from unsc.members import member_code

        code = member_code(member, "member: ")
    criteria = {"body": bodies, "start": start or None, "end": end or None, "topic": topic or None}
    # Filtering copies the votes (900,000 rows on the full store): only when there is a criterion.
    chosen = ds.filter(**criteria) if any(v is not None for v in criteria.values()) else ds
    d = chosen.decisions
    keep = pd.Series(True, index=d.index)
    if outcomes is not None:
        keep &= d.outcome.astype(str).isin(outcomes)
    words = _words(keyword)
    if words:
        keep &= _keyword_mask(d, words)
    vote = None
    if code is not None:
        # Compared on the categorical itself: casting 870,000 GA members to text takes a second.
        votes = chosen.votes[(chosen.votes.member == code).to_numpy(dtype=bool)]
        vote = pd.Series(votes.vote.astype(str).to_numpy(),
                         index=votes.decision_id.astype(str).to_numpy())
        vote = vote[~vote.index.duplicated()]
        keep &= d.decision_id.astype(str).isin(vote.index)
    d = d[keep.to_numpy()]
    out = _with_tally(d, chosen)
    if vote is not None:
        out["vote"] = pd.Categorical(out.decision_id.astype(str).map(vote),
                                     categories=list(VOTE_CODES))
    out = out.sort_values(["date", "decision_id"], kind="stable", na_position="last")
    return out.reset_index(drop=True)


def _choices(value: str | Iterable[str] | None, allowed: Iterable[str], what: str,
             upper: bool) -> list[str] | None:
    """``value`` as a list of allowed choices (comma-separated text or a list), or ``None``."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    items = [str(i).strip() for i in items if str(i).strip()]
    if not items:
        return None
    items = [i.upper() if upper else i.lower() for i in items]
    allowed = list(allowed)
    wrong = [i for i in items if i not in allowed]
    if wrong:
        raise ParameterError(f"{what}: {', '.join(map(repr, wrong))} is not one of "
                             f"{', '.join(allowed)}")
    return items


def _words(keyword: str | Iterable[str] | None) -> list[str]:
    if keyword is None:
        return []
    parts = [keyword] if isinstance(keyword, str) else list(keyword)
    return [w for part in parts for w in str(part).split() if w]


def _keyword_mask(d: pd.DataFrame, words: list[str]) -> pd.Series:
    # One lower-cased text per decision, searched for each word as a literal; a
    # symbol word is compared without spaces, so "S/RES/2042 (2012)" finds the
    # resolution whichever way it was typed.
    parts = [d[c].astype("string").fillna("") for c in ("decision_id", "draft", "title", "topic")]
    text = parts[0].str.cat(parts[1:], sep=" \x1f ").str.lower()
    compact = text.str.replace(" ", "", regex=False)
    keep = pd.Series(True, index=d.index)
    for word in words:
        w = word.lower()
        keep &= (compact.str.contains(w.replace(" ", ""), regex=False) if "/" in w
                 else text.str.contains(w, regex=False)).fillna(False).astype(bool)
    return keep


def _with_tally(d: pd.DataFrame, ds: Dataset) -> pd.DataFrame:
    """``d``'s :data:`FOUND_COLUMNS`, the tally filled from the member rows where none is given."""
    official = d[list(TALLY_COLUMNS)]
    missing = official.isna().all(axis=1).to_numpy() & ~d.partial.to_numpy(dtype=bool)
    out = d[[c for c in FOUND_COLUMNS if c in d.columns]].copy()
    out["counted"] = missing
    if missing.any():
        counts = ds.tally()  # one bincount over the selection's votes
        counts = counts[~counts.index.duplicated()]
        ids = d.decision_id[missing].astype(str)
        for col in TALLY_COLUMNS:
            filled = ids.map(counts[col]).astype("Int64")
            out.loc[missing, col] = filled.to_numpy()
    for col in TALLY_COLUMNS:
        out[col] = out[col].astype("Int64")
    return out[FOUND_COLUMNS]


def tally_text(row: pd.Series | dict) -> str:
    """``"41-3-2"`` (yes-no-abstain), ``"–"`` when unknown; absences are not part of it."""
    values = [row.get(c) for c in ("yes", "no", "abstain")]
    if any(pd.isna(v) for v in values):
        return "–"
    return "-".join(str(int(v)) for v in values)


# -- symbols -------------------------------------------------------------------

def _key(text: object) -> str:
    """A symbol as compared: upper case, no spaces (``S/RES/2042 (2012)`` is ``S/RES/2042(2012)``)."""
    return re.sub(r"\s+", "", str(text)).upper()


class UnknownSymbol(UnscError, KeyError):
    """A symbol that names no decision, or several; the message lists the candidates."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


def resolve_symbol(ds: Dataset, symbol: str) -> str:
    """The ``decision_id`` of ``ds`` that ``symbol`` names.

    Tried in order, each on symbols without spaces and in any case: the
    decision symbol itself; the symbol followed by a suffix (a year
    ``S/RES/2042`` → ``S/RES/2042(2012)``, a letter ``A/RES/66/253`` →
    ``A/RES/66/253 B`` or a roll-call number); the draft symbol voted on; a
    bare resolution number (``2042``).

    Raises
    ------
    UnknownSymbol
        When nothing matches (with the closest symbols, and, if the quality
        gate left the decision out, why), or when several do (listing them).
    """
    key = _key(symbol)
    if not key:
        raise UnknownSymbol("give a decision symbol, e.g. S/RES/2042(2012) or A/HRC/RES/S-19/1")
    ids = ds.decisions.decision_id.astype(str)
    keys = ids.map(_key)
    drafts = ds.decisions.draft.astype("string").fillna("").map(_key)
    steps = [
        keys == key,
        keys.str.startswith(key) & ~keys.str.slice(len(key), len(key) + 1).str.match(r"[0-9/.\-]"),
        drafts == key,
    ]
    if key.isdigit():
        steps.append(keys.str.contains(rf"(?:^|/){key}(?:\(|$|[A-Z])", regex=True))
    for step in steps:
        found = list(dict.fromkeys(ids[step.to_numpy(dtype=bool)]))
        if len(found) == 1:
            return found[0]
        if found:
            shown = ", ".join(found[:12]) + (f" and {len(found) - 12} more" if len(found) > 12 else "")
            raise UnknownSymbol(f"{symbol!r} matches {len(found)} decisions: {shown}; give the "
                                "full symbol")
    raise UnknownSymbol(_not_found(ds, symbol, key, ids))


def _not_found(ds: Dataset, symbol: str, key: str, ids: pd.Series) -> str:
    where = ds.origin or "data"
    left = ds.left_out[ds.left_out.decision_id.astype(str).map(_key) == key] \
        if len(ds.left_out) else ds.left_out
    if len(left):
        rules = ", ".join(dict.fromkeys(left.rule.astype(str)))
        return (f"{left.decision_id.iloc[0]} was left out by the quality gate ({rules}: "
                f"{left.message.iloc[0]}); `--quality all` shows it")
    by_key = dict(zip(ids.map(_key), ids, strict=False))
    close = difflib.get_close_matches(key, list(by_key), n=5, cutoff=0.75)
    hint = f"; did you mean {', '.join(by_key[c] for c in close)}?" if close else \
        "; `unsc decisions KEYWORD` searches titles and symbols"
    return f"no decision {symbol!r} in the {where}{hint}"


# -- one roll call ---------------------------------------------------------------

@dataclass(frozen=True)
class RollCall:
    """One decision's roll call.

    Attributes
    ----------
    decision
        The decision's row (``decision_id``, ``body``, ``date``, ``title``,
        ``outcome``, ``meeting``, ``source``, the official tally, ...).
    votes
        :data:`ROLL_CALL_COLUMNS`, one row per member and vote (a member the
        source records with two different votes has two rows, each noting
        it): ``vote`` is one of
        :data:`ROLL_CALL_GROUPS` (``not recorded``: a member of the body that
        day without a vote row); ``veto`` marks a permanent member's veto;
        ``note`` is the curated note on that vote, if any. Sorted by group,
        then name.
    counted
        The tally counted from the member rows (``yes, no, abstain, absent``).
    membership_known
        Whether the ``terms`` table says who sat in the body that day (if not,
        members without a vote row cannot be listed).
    conflicts
        Where the combined sources disagree about this decision
        (:data:`unsc.model.CONFLICT_COLUMNS`).
    origin
        The data's origin (``"embedded record"``, ``"store: ..."``).
    date_doubt
        Why validation doubts the stored date (a resolution dated out of
        number order, perhaps with day and month swapped), or ``None``
        (:func:`unsc.validate.date_doubt`).
    """

    decision: pd.Series
    votes: pd.DataFrame
    counted: dict[str, int]
    membership_known: bool
    conflicts: pd.DataFrame
    origin: str = ""
    date_doubt: str | None = None

    @property
    def decision_id(self) -> str:
        return str(self.decision["decision_id"])

    @property
    def official(self) -> dict[str, int] | None:
        """The official tally, or ``None`` when the source gives none."""
        values = {c: self.decision.get(c) for c in TALLY_COLUMNS}
        if all(pd.isna(v) for v in values.values()):
            return None
        return {c: (None if pd.isna(v) else int(v)) for c, v in values.items()}

    @property
    def tally_agrees(self) -> bool | None:
        """Whether the member rows add up to the official tally (``None`` without one, or partial)."""
        official = self.official
        if official is None or bool(self.decision.get("partial", False)):
            return None
        return all(v is None or v == self.counted[c] for c, v in official.items())

    def group(self, vote: str) -> pd.DataFrame:
        """The members in one group (``"yes"``, ``"no"``, ..., ``"not recorded"``)."""
        if vote not in ROLL_CALL_GROUPS:
            raise ValueError(f"{vote!r} is not one of {list(ROLL_CALL_GROUPS)}")
        return self.votes[(self.votes.vote == vote).to_numpy()].reset_index(drop=True)

    def vetoes(self) -> list[str]:
        """The members whose ``no`` was a veto."""
        return self.votes.member[self.votes.veto.to_numpy(dtype=bool)].tolist()


def roll_call(ds: Dataset, symbol: str) -> RollCall:
    """The roll call of the decision ``symbol`` names (see :func:`resolve_symbol`).

    Raises
    ------
    UnknownSymbol
        When ``symbol`` names no decision of ``ds``, or several.
    """
    from unsc import members as members_mod
    from unsc.quality import vote_notes
    from unsc.vetoes import veto_table

    decision_id = resolve_symbol(ds, symbol)
    one = ds.filter(decisions=[decision_id])
    decision = one.decisions.iloc[0]
    votes = one.votes
    rows = pd.DataFrame({"member": votes.member.astype(str).to_numpy(),
                         "vote": votes.vote.astype(str).to_numpy()}).drop_duplicates()
    # A member with two different votes is the source contradicting itself: both rows stay,
    # counted as the decisions list counts them, and each says so, rather than one vanishing.
    twice = rows.groupby("member").vote.agg(lambda v: "; ".join(sorted(v)))
    twice = twice[rows.member.value_counts().reindex(twice.index) > 1]
    counted = {c: int((rows.vote == c).sum()) for c in TALLY_COLUMNS}
    sitting = _sitting(ds.terms, str(decision["body"]), decision["date"])
    membership_known = bool(len(sitting))
    absent_rows = sorted(set(sitting) - set(rows.member))
    rows = pd.concat([rows, pd.DataFrame({"member": absent_rows,
                                          "vote": ["not recorded"] * len(absent_rows)})],
                     ignore_index=True)
    names = ds.member_names() if len(ds.members) else pd.Series(dtype=str)
    rows["name"] = [str(names.get(m)) if m in names.index else members_mod.name(m)
                    for m in rows.member]
    vetoers = set(veto_table(one, by_seat=False).member.astype(str)) if len(votes) else set()
    rows["veto"] = rows.member.isin(vetoers) & (rows.vote == "no")
    notes = vote_notes(one)
    note = dict(zip(notes.member.astype(str), notes.flag.astype(str) + ": " + notes.note.astype(str),
                    strict=True))
    for m, both in twice.items():
        note[m] = (f"data error: recorded more than once ({both}); the source contradicts itself"
                   + (f"; {note[m]}" if m in note else ""))
    rows["note"] = rows.member.map(note).astype("string")
    rows["vote"] = rows.vote.astype(ROLL_CALL_DTYPE)
    rows = rows.astype({"member": str, "name": str})
    rows = rows.sort_values(["vote", "name"], kind="stable")[ROLL_CALL_COLUMNS].reset_index(drop=True)
    conflicts = ds.conflicts[(ds.conflicts.decision_id.astype(str) == decision_id).to_numpy()] \
        if len(ds.conflicts) else ds.conflicts
    from unsc.validate import date_doubt  # validate imports the model this module builds on

    return RollCall(decision=decision, votes=rows, counted=counted,
                    membership_known=membership_known, conflicts=conflicts.reset_index(drop=True),
                    origin=ds.origin, date_doubt=date_doubt(ds, decision_id))


def _sitting(terms: pd.DataFrame, body: str, date: pd.Timestamp) -> list[str]:
    """Members of ``body`` on ``date`` by the terms table (empty when it does not say)."""
    if terms.empty or pd.isna(date):
        return []
    t = terms[(terms.body.astype(str) == body).to_numpy()]
    on = (t.start <= date) & (t.end.isna() | (t.end >= date))
    return sorted(set(t[on.to_numpy()].member.astype(str)))


__all__ = ["FOUND_COLUMNS", "ROLL_CALL_COLUMNS", "ROLL_CALL_GROUPS", "RollCall", "UnknownSymbol",
           "find_decisions", "resolve_symbol", "roll_call", "tally_text"]

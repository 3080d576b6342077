"""Checking what articles say against the record.

For every linked mention, each claim the sentence makes is compared with the
decision it was linked to:

==================  ==========================================================
claim               compared with
==================  ==========================================================
``body``            the decision's body
``date``            the decision's date (the day, or inside the written window; a day
                    apart is ``unverifiable``: the time zone or the day it was reported)
``vote``            one named member's recorded vote (``veto``: a permanent member's
                    no on a vetoed draft; otherwise the record's answer says what
                    happened: "no veto: it failed with 6 in favour, fewer than the
                    nine needed", or, on a decision ``procedural.csv`` lists, "no veto:
                    a procedural vote, where RUS's no was no veto"); a member with no row contradicts when the
                    roll call is complete (not a member, or no vote recorded)
                    or lists as many such votes as the tally counts, and is
                    ``unverifiable`` only on a partial roll call
                    The curated ``vote_notes`` say more: an ``unverified`` vote (the
                    sources disagree) is ``unverifiable``; a ``suspended`` member said
                    to have voted contradicts only where the record lists every such
                    vote (a full roll call, or all of that position), else unverifiable.
                    A held vote that ``known_errors.csv`` lists as a third-party table's
                    error (the held vote is the table's, ``theirs``) is ``unverifiable``,
                    the answer naming the error ("the HRC table (unhrc_recorded_votes)
                    records GBR as voting no; a known error: the official record has GBR
                    not voting"): the pipeline keeps the table's value as imported (the
                    list documents errors, it corrects nothing), so the record held
                    cannot judge the claim either way; the position's list of members
                    (``all named``) and a count made from those votes are then
                    unverifiable too
``all named``       whether the members named are all the members that voted
                    that way (from the votes, or the official tally when the
                    record lists only some members); not checked when the
                    clause counts others it does not name (``others``: "the
                    United States and five European countries opposing",
                    "among those voting against were", "including")
``permanent``       a member called a permanent member (or said to veto) held
                    a permanent seat on that day
``size``            the body's size: the tally including absentees, else the
                    members in ``terms`` on that day, else the votes recorded; a
                    size that does not fit is ``unverifiable`` when the sentence names
                    another body too ("a Council vote asking the 193-member Assembly to meet")
``tally``           yes, no and abstain as written against the official tally
``unanimous``       no votes against and no abstentions (an Assembly or Human Rights
                    Council roll call with some is ``unverifiable`` unless the symbol
                    is cited: most of their texts are adopted without a vote, which
                    the record does not hold)
``outcome``         adopted, vetoed or failed
``subject``         the decision's topic or title names a place the sentence names
``text``            what the sentence calls the text ("the resolution") against what the
                    record says it was, only where the record is certain (a ``/DEC/``
                    or ``/RES/`` symbol, or a title beginning "Draft decision" or "Draft
                    resolution"): a draft decision called a resolution contradicts.
                    Only that way round ("decision" is also the everyday word for any
                    outcome), only when the sentence does not say "decision" as well and
                    cites no other symbol. A wrong name is no wrong vote: the claims
                    table tells the two apart (:mod:`unsc.coverage.judge`, ``about``)
==================  ==========================================================

``status`` is ``agrees``, ``contradicts``, ``incomplete`` (the article names
some of the members that voted that way, all correctly, but not all) or
``unverifiable`` (the record does not say).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from unsc import members as members_mod
from unsc.coverage import lexicon
from unsc.coverage.doubts import MISSING_ROW, DoubtfulDate, approximate_day_ids, doubtful_dates
from unsc.coverage.link import _split, outcome_fits
from unsc.coverage.link import topic_code as _topic_code
from unsc.model import Dataset

CHECK_COLUMNS: dict[str, object] = {
    "mention_id": "string",
    "decision_id": "string",
    "claim": "string",
    "member": "string",
    "article": "string",
    "record": "string",
    "status": "string",
}
STATUSES = ("agrees", "contradicts", "incomplete", "unverifiable")



#: From A/RES/47/1 (22 September 1992) until the Federal Republic of Yugoslavia was admitted (1 November
#: 2000), the former Yugoslavia took no part in the Assembly's work, its seat neither vacated nor
#: filled: the UN counted its members with that seat (184 in 1993), the terms table without it.
_YUGOSLAV_SEAT = (pd.Timestamp("1992-09-22"), pd.Timestamp("2000-11-01"))
#: A word of voting: without one, a position read from "rejected", "opposed" or "backed" is a stance.
_VOTE_SAID = re.compile(r"\bvot|\babstain|\bveto|\bballot", re.I)

def _fmt_date(value: pd.Timestamp) -> str:
    return f"{value:%Y-%m-%d}"


class _Record:
    """What the record says about one decision."""

    def __init__(self, ds: Dataset, decision_id: str) -> None:
        d = ds.decisions
        self.row = d[d.decision_id.astype(str) == decision_id].iloc[0]
        v = ds.votes[ds.votes.decision_id.astype(str) == decision_id]
        self.votes = dict(zip(v.member.astype(str), v.vote.astype(str), strict=True))
        #: member → its votes, where the source records it with two different votes (a data error
        #: the validator reports as duplicate_vote): no claim about it, or a count, can be judged
        both = v.drop_duplicates(["member", "vote"]).groupby(v.member.astype(str), observed=True).vote
        self.twice = {m: "; ".join(sorted(x.astype(str))) for m, x in both if len(x) > 1}
        self.date = self.row["date"]
        self.body = str(self.row["body"])
        tally = {k: self.row[k] for k in ("yes", "no", "abstain", "absent")}
        self.tally = {k: (None if pd.isna(x) else int(x)) for k, x in tally.items()}
        total = sum(x for x in self.tally.values() if x is not None)
        self.complete = not bool(self.row.get("partial", False)) and (
            all(x is None for x in self.tally.values()) or len(self.votes) >= total)
        self.ds = ds
        self._on: dict[str, bool | None] = {}
        #: a procedural decision (``procedural.csv``): a permanent member's no on it is no veto
        self.procedural = self.body == "SC" and decision_id in _procedural()
        #: member → its known error, where the held vote is the erring table's (see :func:`_known_errors`)
        self.errors = {member: err for (did, member), err in _known_errors().items()
                       if did == decision_id and (self.votes.get(member) == err.theirs
                                                  or err.theirs == NO_ROW and member not in self.votes)}

    def wrong_for(self, vote: str) -> list[KnownError]:
        """The known errors that make the held list of ``vote`` votes wrong (a member in or out of it)."""
        return [e for e in self.errors.values() if vote in (e.theirs, e.ours)]

    def all_votes_listed(self) -> bool:
        """Whether every yes, no and abstain vote has its row (so a member without one did not vote)."""
        if not self.votes:
            return False
        if self.complete:
            return True
        cast = [self.tally[k] for k in ("yes", "no", "abstain")]
        return all(x is not None for x in cast) and len(self.votes) >= sum(cast)

    def count(self, vote: str) -> int | None:
        if self.tally.get(vote) is not None:
            return self.tally[vote]
        if self.complete and self.votes and not self.twice:
            errors = self.wrong_for(vote)
            # a known error moving a member into or out of this position makes the count wrong
            # (a swap of two members between the same positions leaves it right)
            if sum((e.ours == vote) - (e.theirs == vote) for e in errors):
                return None
            return sum(1 for x in self.votes.values() if x == vote)
        return None

    def listed(self, vote: str) -> list[str] | None:
        """Every member that voted ``vote``, when the record lists them all, else ``None``.

        All are known when the roll call is complete, or when the members
        listed with that vote are as many as the official tally counts (a
        partial record naming, say, only the no votes).
        """
        if self.wrong_for(vote) or any(vote in both.split("; ") for both in self.twice.values()):
            return None  # a known error, or a member recorded twice, puts a member in or out of it
        listed = sorted(k for k, v in self.votes.items() if v == vote)
        if self.complete and self.votes:
            return listed
        count = self.tally.get(vote)
        return listed if count is not None and len(listed) == count else None

    def on_body(self, member: str) -> bool | None:
        """Whether ``terms`` puts ``member`` in the decision's body that day (``None``: no terms)."""
        if member in self._on:
            return self._on[member]
        self._on[member] = found = self._on_body(member)
        return found

    def _on_body(self, member: str) -> bool | None:
        t = self.ds.terms
        if t.empty:
            return None
        t = t[t.body.astype(str) == self.body]
        if t.empty:
            return None
        on = t[(t.member.astype(str) == member) & (t.start <= self.date)
               & (t.end.isna() | (t.end >= self.date))]
        return not on.empty

    def without_row(self) -> int:
        """How many members ``terms`` puts in the body that day have no vote row (0 without terms).

        A third-party table can lose a member's row (``unvotes_ga`` holds 190 yes votes
        and no row for Zimbabwe on A/RES/71/5, adopted 191-0-2): a count made from the
        rows can then be short by up to this many.
        """
        t = self.ds.terms
        if t.empty:
            return 0
        on = t[(t.body.astype(str) == self.body) & (t.start <= self.date)
               & (t.end.isna() | (t.end >= self.date))]
        return len(set(on.member.astype(str)) - set(self.votes))

    def no_vote(self, member: str, vote: str) -> tuple[str, bool | None]:
        """What the record says of a member named as voting ``vote`` that has no row.

        Contradicted (``False``) when the record lists every member that voted
        ``vote`` (see :meth:`listed`); unknown (``None``) when the decision's
        votes are partial and its tally does not settle it.
        """
        if self.complete and self.votes:
            member_of = self.on_body(member)
            if member_of is False:
                return f"not a member on {_fmt_date(self.date)}", False
            if member_of:
                return "no vote recorded", False
            return "not a member / no vote recorded", False
        listed = self.listed(vote)
        if listed is not None:
            shown = ";".join(listed) or "none"
            return f"not among the {len(listed)} {vote} votes ({shown})", False
        return "not recorded (partial roll call)", None

    def size(self) -> tuple[int | None, str]:
        if all(x is not None for x in self.tally.values()):
            parts = " + ".join(f"{x} {k}" for k, x in self.tally.items())
            return sum(self.tally.values()), f"{sum(self.tally.values())} ({parts})"
        t = self.ds.terms
        if len(t):
            on = t[(t.body.astype(str) == self.body) & (t.start <= self.date)
                   & (t.end.isna() | (t.end >= self.date))]
            # terms that list fewer members than voted are incomplete: not evidence
            if len(on) and len(on) >= len(self.votes):
                return len(on), f"{len(on)} (members on {_fmt_date(self.date)})"
        if self.complete and self.votes:
            return len(self.votes), f"{len(self.votes)} (votes recorded)"
        return None, "not recorded"

    def permanent(self, member: str) -> bool:
        m = self.ds.members
        if m.empty:
            return member in members_mod.permanent_on(self.date)
        rows = m[(m.member.astype(str) == member) & m["permanent"]]
        on = rows[(rows.seat_from.isna() | (rows.seat_from <= self.date))
                  & (rows.seat_to.isna() | (rows.seat_to > self.date))]
        return not on.empty


def _date_record(rec: _Record, doubt: DoubtfulDate | None) -> str:
    """The record's answer to a date claim: its date, and why it is in doubt where it is.

    A stored date that is likely or known to be wrong (:func:`unsc.coverage.doubts.doubtful_dates`)
    can neither confirm nor contradict a date: the claim is ``unverifiable`` and the answer says why.
    """
    return _fmt_date(rec.date) if doubt is None else f"{_fmt_date(rec.date)} ({doubt.words})"


_BODY_NAME_RE = re.compile("(?<!\\w)(?:" + "|".join(
    re.escape(n) for n in sorted(lexicon.BODY_NAMES, key=len, reverse=True)) + ")(?!\\w)")


def _other_bodies(evidence: object, body: str) -> list[str]:
    """The bodies other than ``body`` a sentence names by name (codes, in order)."""
    if not isinstance(evidence, str):
        return []
    found = (lexicon.BODY_NAMES[m.group()] for m in _BODY_NAME_RE.finditer(evidence))
    return [b for b in dict.fromkeys(found) if b != body]


#: The text called a resolution: the word, not "resolutions" of others listed by number.
_RESOLUTION = re.compile(r"\bresolution\b", re.IGNORECASE)
_DECISION = re.compile(r"\bdecisions?\b", re.IGNORECASE)


def text_type(decision_id: str, title: object) -> str | None:
    """``decision`` or ``resolution`` where the record is certain of what the text was, else ``None``.

    Certain: an adopted text's symbol (``A/HRC/DEC/1/106``, ``S/RES/2623(2022)``) or a
    curated title that says it ("Draft decision (rejected): ..."). A draft symbol
    (``S/2018/175``, ``A/HRC/51/L.6``) alone says nothing: amendments and drafts of
    either kind share it. A symbol and a title that disagree are not certain either.
    """
    head = str(title).strip().lower() if isinstance(title, str) else ""
    by_symbol = "decision" if "/DEC/" in decision_id else "resolution" if "/RES/" in decision_id else None
    by_title = ("decision" if head.startswith(("draft decision", "decision ")) else
                "resolution" if head.startswith(("draft resolution", "resolution ")) else None)
    if by_symbol and by_title and by_symbol != by_title:
        return None  # the record disagrees with itself: not certain
    return by_symbol or by_title


def _text_claim(evidence: object, cited: object, decision_id: str, rec: _Record) -> tuple[str, str] | None:
    """(the record's answer, status) of the name a sentence gives its text, or ``None`` when not judged."""
    if not isinstance(evidence, str) or text_type(decision_id, rec.row["title"]) != "decision":
        return None
    others = [c for c in _split(cited) if c != decision_id]
    if others or not _RESOLUTION.search(evidence) or _DECISION.search(evidence):
        return None
    title = rec.row["title"]
    shown = f"a decision: {decision_id}" + (f" ({title})" if isinstance(title, str) and title else "")
    return shown, "contradicts"


#: The most seats a body has had: a count above it is no vote of that body (the Assembly's grew).
_SEATS = {"SC": 15, "HRC": 47}


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: A day named in the sentence's own words: a weekday or a calendar day ("Oct. 3", "3 October").
_NAMED_DAY = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b{_MONTH}[a-z]*\.?\s+\d{{1,2}}\b|"
                        rf"\b\d{{1,2}}\s+{_MONTH}", re.I)


def _named_day_before(m: pd.Series, day: pd.Timestamp) -> bool:
    """Whether the sentence names, in words of its own, the day before the record's ``day``."""
    said = m.get("date_text")
    return (isinstance(said, str) and not said.endswith("(as before)") and bool(_NAMED_DAY.search(said))
            and (day - m["date"]) == pd.Timedelta(days=1))


#: A day told relative to the page's own date: "today", "yesterday", "tonight", "this morning".
_PAGE_DAY = re.compile(r"^\W*(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
                       re.I)


def _told_from_the_page(m: pd.Series) -> bool:
    """Whether the mention's day is told relative to the page's date ("today", "yesterday")."""
    said = m.get("date_text")
    return isinstance(said, str) and bool(_PAGE_DAY.match(said))


def _status(ok: bool | None) -> str:
    return "unverifiable" if ok is None else "agrees" if ok else "contradicts"


def check(mentions: pd.DataFrame, ds: Dataset) -> pd.DataFrame:
    """Compare every linked mention with the decision it was linked to.

    Parameters
    ----------
    mentions
        Linked mentions (:func:`~unsc.coverage.link`).
    ds
        The record they were linked to.

    Returns
    -------
    pandas.DataFrame
        One row per claim: :data:`CHECK_COLUMNS`; empty when nothing is linked.
    """
    rows: list[dict] = []
    linked = mentions[mentions.decision_id.notna()]
    known = set(ds.decisions.decision_id.astype(str))
    counted = _stated_counts(linked)
    records: dict[str, _Record] = {}
    named_text: set[str] = set()
    for _, m in linked.iterrows():
        if str(m["decision_id"]) not in known:
            continue
        rec = records.get(str(m["decision_id"]))
        if rec is None:  # one per decision: building it filters the whole record
            rec = records[str(m["decision_id"])] = _Record(ds, str(m["decision_id"]))

        def add(claim: str, article: object, record: object, status: str,
                member: str | None = None, m=m) -> None:  # noqa: ANN001
            rows.append({"mention_id": m["mention_id"], "decision_id": m["decision_id"],
                         "claim": claim, "member": member, "article": str(article),
                         "record": str(record), "status": status})

        if isinstance(m["body"], str) and m["body"]:
            add("body", m["body"], rec.body, _status(m["body"] == rec.body))
        doubt = doubtful_dates(ds).get(str(m["decision_id"]))
        days = pd.notna(m["date"]) or (pd.notna(m["date_from"]) and pd.notna(m["date_to"])
                                        and (m["date_to"] - m["date_from"]).days < 27)
        if days and str(m["decision_id"]) in approximate_day_ids(ds):
            # the table dates the session's votes on the wrong days (the month holds): a day told is
            # neither confirmed nor contradicted (a year or a month told is judged as ever)
            told = _fmt_date(m["date"]) if pd.notna(m["date"]) else \
                f"{_fmt_date(m['date_from'])} to {_fmt_date(m['date_to'])} ({m['date_text']})"
            add("date", told, f"{rec.date:%Y-%m} (the table's days for this session are not the votes' "
                "days: its month alone is told)", _status(None))
        elif pd.notna(m["date"]):
            apart = abs((m["date"] - rec.date) / pd.Timedelta(days=1))
            # a day later is the time zone (an evening vote in New York is the next day in Asia)
            # or the day it was reported: the record cannot say the article is wrong; a day earlier
            # is neither (no vote in New York falls on the day before anywhere), when the sentence
            # itself names the day ("on Monday", "on 10 November"), not "today" or the day of a
            # sentence before, and the record is the Council's, dated by its meetings (the Human
            # Rights Council's and the Assembly's tables may be a day off: the day stays unverifiable)
            ok = True if apart == 0 else False if rec.body == "SC" and _named_day_before(m, rec.date) \
                else None if apart <= 1 else False
            if ok is False and _told_from_the_page(m):
                # "the vote held today" on a page dated two days after the vote: the page's date (a
                # reprint's, a translation's) may be late, so the article's day cannot be called wrong
                ok = None
            add("date", _fmt_date(m["date"]), _date_record(rec, doubt), _status(None if doubt else ok))
        elif pd.notna(m["date_from"]):
            window = f"{_fmt_date(m['date_from'])} to {_fmt_date(m['date_to'])} ({m['date_text']})"
            ok = bool(m["date_from"] <= rec.date <= m["date_to"])
            add("date", window, _date_record(rec, doubt), _status(None if doubt else ok))
        named = _split(m["members"])
        position = m["position"] if isinstance(m["position"], str) else None
        if named and position:
            wanted = "no" if position == "veto" else position
            stance = position in ("yes", "no") and not _VOTE_SAID.search(str(m["evidence"]))
            outsiders = {c for c in named if (stance or position == "veto") and rec.votes.get(c) is None
                         and rec.on_body(c) is False}
            for member in named:
                got = rec.votes.get(member)
                if member in outsiders:
                    # "Sudan rejected the Council's resolution": a state off the body, in a sentence
                    # with no word of voting, took a stance; it cast no vote the record could deny.
                    # A veto read for a state that sat on no Council that day ("the mission in
                    # Georgia ... Russia vetoed") is far likelier a misreading than the article's claim
                    why = "a stance, not a vote" if position != "veto" else "likely named for another reason"
                    add("vote", position, f"not a member on {_fmt_date(rec.date)}: {why}", _status(None),
                        member)
                    continue
                if got is None and wanted == "absent":
                    # absent is no vote: a complete roll call without the member agrees
                    # (unless terms say it was no member that day); a partial one cannot tell
                    listed = rec.all_votes_listed()
                    member_of = rec.on_body(member) if listed else None
                    # a state off the body took no part either ("Russia did not take part" in the
                    # Human Rights Council it had been suspended from): whether the article took it for
                    # a member is not said, so it is not judged
                    shown = ("not a member that day: it could cast no vote" if member_of is False
                             else "no vote recorded")
                    ok = None if not listed or member_of is False else True
                elif got is None:
                    shown, ok = rec.no_vote(member, wanted)
                    short = _rows_short(rec, counted.get(str(m["decision_id"]), {}), wanted, named)
                    if ok is False and short:
                        ok, shown = None, f"{shown}; {short}"
                elif position == "veto":
                    ok, shown = _veto_answer(rec, member, got)
                else:
                    ok, shown = got == wanted, got
                note = _vote_notes().get((str(m["decision_id"]), member))
                if note is not None:
                    ok, shown = _noted(rec, member, wanted, got, ok, shown, note)
                error = rec.errors.get(member)
                if error is not None:  # the held vote is a third-party table's known error
                    ok, shown = None, error.words(member)
                if member in rec.twice:
                    ok, shown = None, (f"recorded twice ({rec.twice[member]}): the source contradicts "
                                       "itself (duplicate_vote)")
                add("vote", position, shown, _status(ok), member)
            # "the United States and five European countries opposing" names some of the no votes:
            # whether they are all is no claim the article makes
            if position in ("no", "abstain", "veto") and not m.get("others", False) and \
                    not outsiders.issuperset(named):
                _all_named(add, rec, [c for c in named if c not in outsiders], position, wanted,
                           _rows_short(rec, counted.get(str(m["decision_id"]), {}), wanted, named))
        called = set(_split(m.get("permanent_members")))
        if named and (called or position == "veto"):
            # a veto claims a permanent seat; otherwise only the states the phrase names do
            for member in (named if position == "veto" else [c for c in named if c in called]):
                if position == "veto" and member in outsiders:
                    continue
                perm = rec.permanent(member)
                add("permanent", "permanent member", "permanent member" if perm
                    else "not a permanent member", _status(perm), member)
        if pd.notna(m["size"]):
            size, shown = rec.size()
            ok = None if size is None else size == m["size"]
            if ok is False and m["size"] == size + 1 and _YUGOSLAV_SEAT[0] <= rec.date < _YUGOSLAV_SEAT[1] \
                    and rec.body == "GA" and "(members on" in shown:
                # the UN went on counting the seat of the former Yugoslavia while it took no part
                ok, shown = True, f"{shown}; {size + 1} with the seat of the former Yugoslavia"
            others = _other_bodies(m["evidence"], rec.body)
            if ok is False and others:
                # "a Council vote asking the 193-member Assembly to meet": the size may be that of
                # the other body the sentence names
                ok, shown = None, (f"{shown}; the sentence also names the {', '.join(others)}: "
                                   "the size may be its")
            add("size", int(m["size"]), shown, _status(ok))
        if isinstance(m["tally"], str) and m["tally"]:
            stated = dict(zip(("yes", "no", "abstain"), m["tally"].split("-"), strict=True))
            biggest = max((int(x) for x in stated.values() if x != "?"), default=0)
            seats = _SEATS.get(rec.body)
            stated_counts = [int(x) for x in stated.values() if x != "?"]
            if seats is not None and biggest == seats and sum(stated_counts) > seats:
                # "backed by 13 votes to 15": a side as big as the whole body beside another side is
                # the body's seat count ("13 of 15"), not a count of votes cast against
                for vote, part in stated.items():
                    if part != "?":
                        add(f"tally {vote}", part, f"not read as a count: {seats} is the {rec.body}'s "
                            "whole seat count", _status(None))
                stated = {}
            elif seats is not None and biggest > seats:
                # "The vote - 133 in favour, four against - follows the Council debate after which the
                # US vetoed a draft": a count larger than the body's seats is another body's, never
                # this vote's; checked against it, it would be a false contradiction (a count within
                # the seats, "11-0-5" of a 10-0-5 vote, is a misstatement to judge)
                for vote, part in stated.items():
                    if part != "?":
                        add(f"tally {vote}", part, f"not this vote's count: {biggest} is more than the "
                            f"{rec.body}'s {seats} seats", _status(None))
                stated = {}
            shifted = _one_vote_apart(rec, stated) if stated else {}
            official = _known_tallies().get(str(m["decision_id"]))
            for vote, part in stated.items():
                if official is not None and part != "?":
                    # the table's rows add up wrongly (known_errors.csv): the official count answers
                    theirs, ours = official
                    add(f"tally {vote}", part, f"{ours[vote]} (official; the table's rows count "
                        f"{theirs[vote]}: known_errors.csv)", _status(ours[vote] == int(part)))
                elif vote in shifted:
                    add(f"tally {vote}", part, shifted[vote], _status(None))
                elif part != "?":
                    got = rec.count(vote)
                    shown = ("not recorded" if not rec.wrong_for(vote) else
                             "not known: a known error in the held votes") if got is None else got
                    ok = None if got is None else got == int(part)
                    if ok is False and rec.tally.get(vote) is None and \
                            got < int(part) <= got + rec.without_row():
                        # counted from the rows, short of the article's figure by members that
                        # have no row: the missing rows may hold the difference
                        ok, shown = None, (f"{got} counted from the member rows; "
                                           f"{rec.without_row()} member(s) that day have no row")
                    add(f"tally {vote}", part, shown, _status(ok))
        if m["unanimous"]:
            no, abstain = rec.count("no"), rec.count("abstain")
            ok = None if no is None or abstain is None else no == 0 and abstain == 0
            shown = ", ".join(f"{'not known' if n is None else n} {k}"
                              for n, k in ((no, "no"), (abstain, "abstain")))
            if no is None or abstain is None:
                shown += " (a held vote is a known error: known_errors.csv)" if rec.errors else \
                    " (the roll call is not complete)"
            if ok is False and rec.body != "SC" and not _split(m["cited"]):
                # the Council votes on every text it adopts; the Assembly and the Human Rights
                # Council adopt most without a vote, which no record here holds: a split roll call
                # near "unanimously" may be another text of that day, unless the symbol is cited
                ok = None
                shown += " (a recorded vote; a text adopted without a vote would not be in the record)"
            add("unanimous", "unanimous", shown, _status(ok))
        if isinstance(m["outcome"], str) and m["outcome"]:
            said, recorded = str(m["outcome"]), rec.row["outcome"]
            if isinstance(recorded, str) and recorded:
                # a vetoed draft also failed: "failed to adopt" is true of it
                ok = outcome_fits(said, recorded)
                add("outcome", said, recorded, _status(ok))
            else:
                # the GA table records roll calls with no outcome (a resolution's vote and a motion's
                # under one symbol): the record cannot say whether the text passed
                add("outcome", said, "not recorded", _status(None))
        subjects = _split(m["subjects"])
        if subjects:
            topics = set(_split(m["topics"]))
            code = _topic_code(rec.row["topic"])
            title = f"{rec.row['title']} {rec.row['topic']}".lower()
            # a mismatch is no contradiction: the places a sentence names are often bystanders,
            # and linking already required a fitting subject where the sentence named one
            ok = True if code in topics or any(s.lower() in title for s in subjects) else None
            add("subject", ";".join(subjects), rec.row["topic"], _status(ok))
        if m["mention_id"] not in named_text:  # once per sentence, not per group
            named_text.add(m["mention_id"])
            text = _text_claim(m["evidence"], m["cited"], str(m["decision_id"]), rec)
            if text is not None:
                add("text", "resolution", *text)
    frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(CHECK_COLUMNS))
    return frame.astype(CHECK_COLUMNS).reset_index(drop=True)


def _one_vote_apart(rec: _Record, stated: dict[str, str]) -> dict[str, str]:
    """The stated GA or HRC counts one recorded vote from the record's, with the answer to show.

    In the General Assembly and the Human Rights Council the tally announced in
    the room and the roll call a table holds can differ by one vote (a delegation's
    vote corrected afterwards, or one row recorded wrongly): A/RES/63/3, for one,
    is 78-6-73 in the GA table and 77-6-74 in press release GA/10764. Two stated
    counts each one off, in opposite directions (the total unchanged: one vote
    moved), are therefore no clear contradiction. A single count off by one ("voted
    28-5" of a 28-6-13 vote, leaving a member out), a bigger difference, or any in
    the Security Council still is.
    """
    if rec.body not in ("GA", "HRC"):
        return {}
    diffs = {}
    for vote, part in stated.items():
        got = rec.count(vote) if part != "?" else None
        if got is not None and got != int(part):
            diffs[vote] = (int(part) - got, got)
    moves = [d for d, _ in diffs.values()]
    if len(moves) != 2 or any(abs(d) != 1 for d in moves) or sum(moves) != 0:
        return {}
    return {vote: (f"{got} ({'official' if rec.tally.get(vote) is not None else 'counted'}); one vote "
                   "from the stated count: an announced tally and a roll call can differ by one "
                   "corrected or misrecorded vote")
            for vote, (_, got) in diffs.items()}


#: How a third-party table of ``known_errors.csv`` is named in an answer.
_TABLE_NAMES = {
    "unhrc_recorded_votes": "the HRC table (unhrc_recorded_votes)",
    "unsc_drafts_votes_1994_2025": "the SC drafts table (unsc_drafts_votes_1994_2025)",
    "unvotes_ga": "the GA table (unvotes_ga)",
    "unsc_vetoes_wpdl": "the veto list (unsc_vetoes_wpdl)",
}
#: ``theirs`` of a known error that is a member row the table lacks (``missing_row``).
NO_ROW = "(no row)"
_VOTE_WORDS = {"yes": "voting yes", "no": "voting no", "abstain": "abstaining", "absent": "not voting"}


@dataclass(frozen=True)
class KnownError:
    """A member's vote a third-party table has wrong (a ``vote`` row of ``known_errors.csv``)."""

    source_table: str
    theirs: str
    ours: str
    reason: str

    def words(self, member: str) -> str:
        """The answer for a claim about this vote: "the HRC table ... records GBR as voting no; ..."."""
        table = _TABLE_NAMES.get(self.source_table, f"the {self.source_table} table")
        theirs, ours = _VOTE_WORDS.get(self.theirs, self.theirs), _VOTE_WORDS.get(self.ours, self.ours)
        if self.theirs == NO_ROW:
            return (f"{table} has no row for {member}; a known gap: the official record has {member} "
                    f"{ours} (known_errors.csv)")
        return (f"{table} records {member} as {theirs}; a known error: "
                f"the official record has {member} {ours} (known_errors.csv)")


def _curated_file(name: str, read: Callable[[str], Any], empty: Any) -> Any:
    """``read(path)`` of the curated file ``name``, read again only when the file changes.

    The key is the file's modification time, so a test or a user editing the
    curated record sees the new rows, and an article of many claims reads it once.
    """
    from unsc import config

    path = config.curated_dir() / name
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return empty
    return _read_once(read, str(path), stamp)


@lru_cache(maxsize=16)
def _read_once(read: Callable[[str], Any], path: str, stamp: int) -> Any:  # noqa: ARG001 - stamp keys the cache
    return read(path)


def _known_errors() -> dict[tuple[str, str], KnownError]:
    """(decision, member) → the table's known error in that vote, from the curated ``known_errors.csv``."""
    return _curated_file("known_errors.csv", _read_known_errors, {})


def read_known_error_rows(path: str | Path) -> pd.DataFrame:
    """Every row of a ``known_errors.csv`` (all text), for the readers that each take their kind."""
    from unsc.csvio import Col, read_csv

    cols = ("source_table", "decision_id", "member", "field", "theirs", "ours", "reason")
    return read_csv(Path(path), {c: Col() for c in cols})


def _read_known_errors(path: str) -> dict[tuple[str, str], KnownError]:
    rows = read_known_error_rows(path)
    # a member row the table lacks (``missing_row``) is a known error of the same kind: the held
    # roll call is short of one vote, whose official value ``ours`` gives
    votes = rows[rows["field"].isin(["vote", MISSING_ROW]).to_numpy(dtype=bool)
                 & rows["member"].notna().to_numpy(dtype=bool)]
    return {(str(r.decision_id), str(r.member)): KnownError(
        str(r.source_table), NO_ROW if r.field == MISSING_ROW else str(r.theirs), str(r.ours), str(r.reason))
        for r in votes.itertuples()}


def _known_tallies() -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """Decision → (the table's counts, the official counts), from ``known_errors.csv``'s ``tally`` rows."""
    return _curated_file("known_errors.csv", _read_known_tallies, {})


def _read_known_tallies(path: str) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    rows = read_known_error_rows(path)
    out = {}
    for r in rows[(rows["field"] == "tally").to_numpy(dtype=bool)].itertuples():
        counts = [re.fullmatch(r"(\d+)-(\d+)-(\d+)", str(x).strip()) for x in (r.theirs, r.ours)]
        if all(counts):
            theirs, ours = ({k: int(v) for k, v in zip(("yes", "no", "abstain"), c.groups(), strict=True)}
                            for c in counts)
            out[str(r.decision_id)] = (theirs, ours)
    return out


def _procedural() -> frozenset[str]:
    """The procedural Security Council decisions (curated ``procedural.csv``)."""
    return _curated_file("procedural.csv", _read_procedural, frozenset())


def _read_procedural(path: str) -> frozenset[str]:
    from unsc.validate import procedural_votes

    return frozenset(procedural_votes(Path(path).parent).index)


def _vote_notes() -> dict[tuple[str, str], tuple[str, str]]:
    """(decision, member) → (flag, note) from the curated ``vote_notes.csv``."""
    return _curated_file("vote_notes.csv", _read_notes, {})


def _read_notes(path: str) -> dict[tuple[str, str], tuple[str, str]]:
    from unsc.sources.curated import read_vote_notes

    notes = read_vote_notes(Path(path).parent)
    return {(str(r.decision_id), str(r.member)): (str(r.flag), str(r.note)) for r in notes.itertuples()}


def _noted(rec: _Record, member: str, wanted: str, got: str | None, ok: bool | None, shown: str,
           note: tuple[str, str]) -> tuple[bool | None, str]:
    """A vote the curated notes say more of: ``unverified`` (sources disagree) cannot be judged;
    ``suspended`` (the member could not vote) contradicts a vote claimed only where the record
    lists every such vote (a full roll call, or all of that position)."""
    flag, words = note
    if flag == "unverified":
        return None, f"{shown} (unverified: {words})"
    if wanted == "absent" or got not in (None, "absent"):
        return ok, f"{shown}; suspended ({words})" if wanted != "absent" else f"suspended, no vote ({words})"
    full = rec.all_votes_listed() or rec.listed(wanted) is not None
    return (False if full else None), f"suspended, no vote ({words})"


def _veto_answer(rec: _Record, member: str, got: str) -> tuple[bool, str]:
    """Whether ``member`` vetoed the decision, and the record's answer in words.

    A veto is a permanent member's no on a draft that was not adopted; otherwise the
    answer says what happened instead ("no veto: it failed with 6 in favour, fewer than
    the nine needed").
    """
    outcome = str(rec.row["outcome"])
    head = f"{got} ({outcome})"
    if outcome == "vetoed" and got == "no":
        if rec.permanent(member):
            return True, head
        return False, f"{head}: {member} voted no, but held no permanent seat: its no was no veto"
    if outcome == "vetoed":
        return False, f"{head}: no veto by {member}, which voted {got}"
    if outcome == "adopted" and got == "no" and rec.procedural:
        return False, (f"{head}: no veto: a procedural vote, where {member}'s no was no veto "
                       "(Article 27(2); data/curated/procedural.csv)")
    if outcome == "adopted":
        return False, f"{head}: no veto: the draft was adopted"
    yes = rec.count("yes")
    needed = 9 if rec.date >= pd.Timestamp("1966-01-01") else 7  # the Council grew from 11 to 15 in 1966
    if outcome == "failed" and yes is not None and yes < needed:
        words = {7: "seven", 9: "nine"}[needed]
        return False, f"{head}: no veto: it failed with {yes} in favour, fewer than the {words} needed"
    return False, f"{head}: no veto recorded"


def _stated_counts(linked: pd.DataFrame) -> dict[str, dict[str, set[int]]]:
    """Decision → side → the counts the article's sentences linked to it give that side ("70-26-77")."""
    found: dict[str, dict[str, set[int]]] = {}
    for decision, tally in zip(linked.decision_id.astype(str), linked.tally, strict=True):
        if not isinstance(tally, str):
            continue
        for side, part in zip(("yes", "no", "abstain"), tally.split("-"), strict=False):
            if part.isdigit():
                found.setdefault(decision, {}).setdefault(side, set()).add(int(part))
    return found


#: A list this long that holds every member the data give its side is a copy of the official list.
_COPIED_LIST = 10


def _rows_short(rec: _Record, counts: dict[str, set[int]], wanted: str, named: list[str]) -> str | None:
    """Why a member named as voting ``wanted`` with no row may be the data's gap, not the article's error.

    ``unvotes_ga`` loses members' rows (no row for Zimbabwe on A/RES/71/205, 70-26-77 in the
    record, 25 no rows in the table). A member the article names so with no row may be the
    missing one where the article counts more ``wanted`` votes than the table holds rows, or
    where its list of that side is long, holds every member the table gives that side, and
    adds one or two with no row at all (a copy of the official list, not a guess), unless the
    article counts that side as the table does.
    """
    if wanted not in ("yes", "no", "abstain") or not rec.votes:
        return None
    actual = {k for k, v in rec.votes.items() if v == wanted}
    more = sorted(n for n in counts.get(wanted, set()) if n > len(actual))
    if more:
        return (f"but the article counts {more[0]} {wanted} votes where the data hold {len(actual)} rows: "
                "the data may lack this member's row")
    extra = set(named) - actual
    # (not where the article's own count of that side is the table's: then the extra name is its slip)
    if len(named) >= _COPIED_LIST and actual <= set(named) and 0 < len(extra) <= 2 and \
            len(actual) not in counts.get(wanted, set()) and \
            all(rec.votes.get(k) is None for k in extra):
        return (f"but the article's list holds all {len(actual)} {wanted} votes the data record and "
                f"{len(extra)} member(s) with no row: the data may lack the row")
    return None


def _all_named(add, rec: _Record, named: list[str], position: str, wanted: str,  # noqa: ANN001
               short: str | None = None) -> None:
    label = f"all {position} named"
    errors = rec.wrong_for(wanted)
    if errors:  # the held list of that position is wrong where a known error moves a member
        add(label, ";".join(sorted(named)), "; ".join(e.words(m) for m, e in rec.errors.items()
                                                      if e in errors), "unverifiable")
        return
    twice = [m for m, both in rec.twice.items() if wanted in both.split("; ")]
    if twice:  # a member recorded with this vote and another: who voted so is not known
        add(label, ";".join(sorted(named)), "; ".join(f"{m} recorded twice ({rec.twice[m]})" for m in twice)
            + ": the source contradicts itself (duplicate_vote)", "unverifiable")
        return
    if rec.complete and rec.votes:
        # a veto is a permanent member's no on a draft not adopted: on an adopted text (a procedural
        # vote among them) there was none
        vetoed = str(rec.row["outcome"]) == "vetoed"
        actual = sorted(k for k, v in rec.votes.items() if v == wanted
                        and (position != "veto" or (rec.permanent(k) and vetoed)))
        shown = ";".join(actual) or "none"
        if set(named) == set(actual):
            status = "agrees"
        elif set(named) < set(actual):
            status = "incomplete"
        elif short and all(rec.votes.get(k) is None for k in set(named) - set(actual)):
            status, shown = "unverifiable", f"{shown}; {short}"
        else:
            status = "contradicts"
        add(label, ";".join(sorted(named)), shown, status)
        return
    count = rec.count(wanted)
    confirmed = all(rec.votes.get(k) == wanted for k in named)
    listed = sorted(k for k, v in rec.votes.items() if v == wanted)
    if count is None:
        add(label, ";".join(sorted(named)), "not recorded", "unverifiable")
        return
    shown = f"{count} {wanted} votes" + (f" ({';'.join(listed)})" if len(listed) == count else "")
    if position == "veto":
        add(label, ";".join(sorted(named)), shown, "unverifiable")
    elif count == len(named) and confirmed:
        add(label, ";".join(sorted(named)), shown, "agrees")
    elif count > len(named) and confirmed:
        add(label, ";".join(sorted(named)), shown, "incomplete")
    elif (count < len(named) or any(rec.votes.get(k) not in (None, wanted) for k in named)
          or len(listed) == count):
        # the last: every member that voted so is listed, and a named one is not among them
        add(label, ";".join(sorted(named)), shown, "contradicts")
    else:
        add(label, ";".join(sorted(named)), shown, "unverifiable")


def verdicts(checks: pd.DataFrame) -> pd.DataFrame:
    """Per linked mention, how many claims agree, contradict, ...; ``passed``: none contradicts."""
    if checks.empty:
        cols = ["mention_id", "decision_id", *STATUSES, "passed"]
        return pd.DataFrame(columns=cols)
    counts = pd.crosstab([checks.mention_id, checks.decision_id], checks.status)
    counts = counts.reindex(columns=list(STATUSES), fill_value=0)
    counts.columns = list(STATUSES)
    counts["passed"] = counts["contradicts"] == 0
    return counts.reset_index()

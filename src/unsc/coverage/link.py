"""Linking vote mentions to decisions (the *link* stage), refusing to guess.

One sentence is one mention (its rows, one per group of members sharing a
position, share a ``mention_id``) and is linked to one decision or to none.

Candidates
    Every decision the mention allows: the body (named, referred back to or
    implied), the date (the day written, give or take one day for time zones;
    the window written, "in March"; an undated mention, the month before the
    article), a veto (only vetoed drafts), and the subject (a decision about
    another state is out). A cited symbol or resolution number decides alone.
Identity score
    What says *which* decision the sentence means, not what it claims about it:
    the date (the same day 1, a day apart 0.6, inside a window 1, undated:
    more for recent), the subject (the decision's topic or title), the outcome
    and concepts (what the sentence says the decision did, against its title),
    weighted by :data:`WEIGHTS`.
Decision
    The best candidate is linked when it scores at least :data:`THRESHOLD` and
    leads the next by :data:`MARGIN`. When several are within the margin, the
    stated votes may choose only when they fit one candidate entirely and
    every other one not (two or more members named, or the tally's written
    parts): a claim that is wrong about one of them cannot pick the other. Otherwise the
    mention stays unlinked with its reason ("2 decisions fit equally: S/2016/846,
    S/2016/847"; "no recorded vote fits the 36 positions stated ..."). Among
    candidates that tie, the stated votes choose first; only then does the
    story's previous decision (within :data:`CONTINUES` paragraphs) win, and
    only when the stated votes fit it. An undated sentence right after a
    linked one continues that vote when everything it states fits it ("Nine
    other members voted in favour."). "A second draft", "another
    resolution", "the rival text" is never the decision just linked.
    Tallies are the record's, else counted from a complete roll call.
    Candidates that are one decision recorded twice (the same symbol with a
    source's row key added, "S/1995/394 (ID 75)", the same day and tally) count
    once. A tie the stated votes leave is broken by the subject: the one candidate
    whose title's words (weighted by how few titles share them, states by their
    codes) the sentence and the headline name, at least :data:`SUBJECT_SHARE` of
    its title and :data:`SUBJECT_LEAD` times the next one's, never between two
    titles about the same thing (:data:`SAME_SUBJECT`), and only when everything
    stated fits it ("the sentence and the headline name the subject of
    A/HRC/RES/32/2 ('sexual', 'orientation' ...: 1.00 of its title, next
    A/HRC/RES/32/9 0.00)"). Then by the story: a tie that is still one after every
    sentence is linked goes to the one tied candidate another sentence of the
    article links to, when everything the sentence states fits it, it calls its
    text no other, and no other candidate's subject fits it better. A sentence
    giving a day no held vote fits, whose two or more stated things (members or a
    tally) all fit the one vote the rest of the story links, held within
    :data:`MISDATED_DAYS` of that day, is that vote's: its day is judged, and
    contradicted ("The final vote on Monday ..." of a Thursday veto).
    Among Council candidates that still tie, a permanent member's stated vote
    against is a veto (Charter, Article 27(3)): the one candidate not adopted (or
    procedural) is chosen when everything stated fits it.
    A sentence that quotes one candidate's title ("On the resolution, 'Human rights
    in X', 40 voted in favour") is that candidate's, and never the previous vote going
    on; nor is a sentence naming another sponsor than the one before ("Britain vetoed
    a Norwegian draft" after "Russia vetoed the Mexican text"). Of two tied texts named
    by their sponsors, the one another sponsor's sentence links is not this one: the
    other is, where every such vote of those days is held. A sentence telling of a
    resolution (never of an amendment) is not linked to a vote on an amendment.
    A vote told as "today" that nothing of the page's day fits is looked for in the
    :data:`LATE_DAYS` before, and kept only when two stated members or a tally fit it
    (:func:`_page_days_late`; the day is still judged as written).
    A symbol named without any vote ("Resolution 1929 increases the pressure") is
    the story's vote when that decision was voted by the sentence's body on the
    article's day or up to :data:`STORY_DAYS` before.
    A partial roll call (a selection naming some members only) neither confirms
    nor contradicts a member it lacks; the one vote held for those days is linked
    on it only when it confirms two stated things (members or tally parts).
Unverifiable
    What the record cannot hold is ``unverifiable`` (never ``unlinked``), with the
    reason: a mention whose date lies outside the span the record holds for its
    body (or a body the record does not hold at all), with the span; a mention
    nothing held fits, unless a source holding every decision of its kind
    (:data:`unsc.sources.holds.HOLDS`: the HRC table holds adopted texts only, the
    veto list vetoed drafts only, the curated record is a selection) spans the
    body (every body, when none is named), the days and the outcome stated
    ("rejected", "adopted without a vote"; any outcome of a recorded vote when none
    is stated): "the HRC record for those days holds adopted texts ... only: a
    rejected draft is not in it", "outside the complete GA record (1946-01-01 to
    2020-01-14); the data hold only 9 selected GA decisions after it". Only where
    such a source covers it is the mention ``unlinked`` ("no vote in the data
    matches"), which says the article may be wrong. Where no such source covers
    it, the one decision held for those days is linked only when the subject, the
    sponsor, the story just told or most of the stated votes name it: being the
    only vote a selection holds says nothing. A decision about another state than
    the story's is never a clear link. A vote on a
    cited symbol the record does not hold, on a day inside the span ("the data hold
    no record of A/HRC/51/L.6"), with why the record may lack it, or, where a
    complete source covers those days, that the symbol may be misquoted; a symbol
    of the vote's own year is never linked to a decision the
    record knows by another symbol (a resolution symbol names every adopted
    decision; a draft symbol may still be a decision held without its draft
    symbol), while one of another year is background and the date links as
    before; and a text adopted without a vote
    ("by consensus"), which has no roll call to check: it is linked only to a
    decision the record holds without a roll call.
Not linked at all
    A mention of several decisions ("have vetoed three resolutions"; ``unverifiable``
    when its day or window lies outside the record's span for its body), unless a
    clause dated to a month at most names the last of them ("four times, the last
    time in February 1999": that one is linked by the usual rules) or it cites
    each by a symbol the record holds ("two resolutions, Resolution 2712 and
    Resolution 2720": linked to both), and a resolution cited as background,
    without a vote in the sentence. An undated sentence the month's latest vote
    wins on recency alone (no subject, sponsor or story names it) when nothing
    it states fits that vote. A sentence linked by its positions alone (no
    symbol, tally, date or subject of its own) when the article tells of a vote
    the data lack, in its days and body (a symbol of the year not held; a tally
    no vote of those days has), unless another sentence links the same decision
    by evidence of its own or that decision has one of the tally's counts.

Columns added to the ``mentions`` table: ``status`` (``linked``, ``unlinked``,
``unverifiable``), ``reason`` and ``score`` (the identity score of the chosen
decision, 0 to 1).
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import numpy as np
import pandas as pd

from unsc import members as members_mod
from unsc.coverage.annotate import short_name
from unsc.coverage.doubts import approximate_day_ids
from unsc.model import Dataset

#: Weights of the identity parts (see the module docstring).
WEIGHTS = {"date": 3.0, "body": 1.0, "topic": 2.0, "outcome": 1.0, "concepts": 1.0, "sponsor": 2.0}
#: Lowest identity score linked.
THRESHOLD = 0.5
#: How far the best candidate must lead the next to be linked.
MARGIN = 0.1
#: An undated mention is about a vote this many days before the article at most.
UNDATED_DAYS = 31
#: A mention this many paragraphs after a linked one may continue its story (see link_one).
CONTINUES = 3


#: A resolution cited as the basis of another ("based on resolution 2118"), not voted on here.
_BACKGROUND = re.compile(r"\b(?:based\s+on|under|recall(?:s|ed|ing)?|pursuant\s+to|in\s+line\s+with|"
                         r"in\s+accordance\s+with|reaffirm(?:s|ed|ing)?|building\s+on)\s+"
                         r"(?:(?:the|UN|U\.N\.|Security|Council|its|an?|earlier)\s+){0,4}resolutions?\b",
                         re.I)


#: A decision other than the one the story just told of ("a second Russian resolution", "the rival draft").
#: A text adopted without a vote: there is no roll call, so no recorded vote can be its record.
_NO_VOTE = re.compile(r"\bwithout\s+(?:a\s+)?vot(?:e|ing)\b(?!\s+(?:against|for|in\s+favou?r|being\s+cast))|"
                      r"\bby\s+consensus\b|\bby\s+acclamation\b", re.I)

_ANOTHER = re.compile(r"\b(?:a\s+second|another|the\s+other|a\s+rival|the\s+rival|a\s+competing|"
                      r"(?:its|their)\s+own)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|text|measure|proposal)s?\b",
                      re.I)


#: "Two days before, the Council had passed a resolution", "a week later": a time apart from the vote
#: just told, so another vote.
_OTHER_TIME = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(?:days?|weeks?|months?)|the\s+(?:day|week|month))\s+"
                         r"(?:before|earlier|later|after(?:wards)?)\b", re.I)


#: "the last time in February 1999", "the most recent one in May": a sentence counting several names one.
_LAST_OF = re.compile(r"\b(?:the\s+)?(?:last|latest|most\s+recent)\s+"
                      r"(?:time|one|occasion|of\s+(?:them|which|these))\b", re.I)

#: "two draft resolutions", "both texts", "the three drafts": how many decisions a sentence counts.
_COUNTED = re.compile(r"\b(?P<n>two|three|both|2|3)\s+(?:[\w-]+\s+){0,3}?(?:draft\s+)?"
                      r"(?:resolutions|drafts|texts|measures|proposals)\b", re.I)
_COUNT_WORDS = {"two": 2, "both": 2, "2": 2, "three": 3, "3": 3}


#: The count itself said to be vetoed: "two drafts ... were vetoed", "both texts had been vetoed",
#: "vetoed both drafts" (not "voted on two drafts, and the first was vetoed").
_ALL_VETOED = re.compile(r"\b(?:two|three|both|2|3)\s+(?:[\w-]+\s+){0,3}?(?:draft\s+)?"
                         r"(?:resolutions|drafts|texts|measures|proposals)\b(?:\s+[\w-]+){0,6}?\s+"
                         r"(?:were|had\s+been|have\s+been|got|both\s+were)\s+vetoed\b|"
                         r"\bvetoed\s+(?:both|the\s+two|the\s+three|two|three|all\s+three)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:draft\s+)?(?:resolutions|drafts|texts|measures|proposals)\b",
                         re.I)


def _all_of_the_day(ds: Dataset, found: tuple[str, ...], day: pd.Timestamp) -> bool:
    """Whether ``found`` are all the Council votes of ``day`` in a record that holds every one of them."""
    from unsc.coverage.judge import _every_vote_held

    day = day.normalize()
    if not _every_vote_held(ds, day):
        return False
    lo = ds.left_out
    if not len(lo):
        return True
    left = set(lo.decision_id[(lo.body.astype(str) == "SC") & (lo.date == day)].astype(str))
    return left <= set(found)


def _several(m: pd.Series, stated: dict[str, str], idx: _Index, ds: Dataset) -> Linked | None:
    """Link a sentence counting the decisions of one day ("two drafts ... were defeated") to all of them.

    Only a sentence with its day written, that counts the decisions, states no
    member's vote and no tally (a claim that could fit one of them and not the
    other), on a day whose decisions of the body number exactly the count and
    all fit the outcome stated. A count of Council drafts itself said to be vetoed
    ("two drafts ... were vetoed") on a day whose votes, in a record of every Council
    vote, number the count is linked to all of them even when one was no veto, so that
    each is judged. Otherwise ``None``: the mention stays unlinked.
    """
    counted = _COUNTED.search(str(m["evidence"]))
    if counted is None or pd.isna(m["date"]) or stated or isinstance(m["tally"], str):
        return None
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    if body is None:
        return None
    same = np.flatnonzero((idx.dates == np.datetime64(m["date"], "ns")) & (idx.body == body))
    if len(same) != _COUNT_WORDS[counted.group("n").lower()]:
        return None
    said = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
    got = idx.outcome[same]
    found = tuple(idx.ids[same])
    if said is not None and not all(outcome_fits(said, g) for g in got):
        if said == "vetoed" and body == "SC" and _ALL_VETOED.search(str(m["evidence"])) \
                and _all_of_the_day(ds, found, pd.Timestamp(m["date"])):
            # "two drafts were vetoed on Friday", the day's two Council votes in a record of every
            # Council vote, one of which failed without a veto: the claim is of both, judged on each
            return Linked(found[0], 1.0, "linked", f"said to be all vetoed: the {len(found)} {body} votes of "
                          f"{_fmt(m['date'])} in a record of every Council vote, {', '.join(found)}",
                          several=found)
        return None
    return Linked(found[0], 1.0, "linked", f"the {len(found)} {body} decisions of {_fmt(m['date'])}: "
                  f"{', '.join(found)}", several=found)


def _cites_several(m: pd.Series, cited: list[str], stated: dict[str, str], idx: _Index) -> Linked | None:
    """"The Council has adopted two resolutions on it, Resolution 2712 and Resolution 2720": each one.

    A sentence of several decisions that cites each by its symbol is linked to all of them, as a
    sentence citing one is linked to it: only when every symbol names exactly one decision the record
    holds (and none the same), the count written (if any) is the number cited, the outcome said
    fits each, and no member's vote or tally is stated (a claim could fit one and not another).
    """
    if len(cited) < 2 or stated or isinstance(m["tally"], str):
        return None
    found = []
    for c in cited:
        held = _held(idx, [c])
        if len(held) != 1:
            return None
        found.append(held[0])
    if len(set(found)) != len(found):
        return None
    counted = _COUNTED.search(str(m["evidence"]))
    if counted is not None and _COUNT_WORDS[counted.group("n").lower()] != len(found):
        return None
    said = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
    if said is not None:
        got = [idx.outcome[int(np.flatnonzero(idx.ids == d)[0])] for d in found]
        if not all(outcome_fits(said, g) for g in got):
            return None
    return Linked(found[0], 1.0, "linked", f"cites {', '.join(found)}", several=tuple(found))


def _other_of_the_day(m: pd.Series, stated: dict[str, str], idx: _Index, previous: str) -> Linked | None:
    """"A second resolution ... also failed": the one other decision voted the day of ``previous``.

    Only for a sentence without a date of its own (or with that day) that calls its decision another
    (:data:`_ANOTHER`), when the body voted on exactly one other decision that day,
    and the outcome and votes stated fit it; otherwise ``None`` (linked as usual).
    """
    at = np.flatnonzero(idx.ids == previous)
    if not len(at) or not _ANOTHER.search(str(m["evidence"])):
        return None
    i = int(at[0])
    if pd.notna(m["date"]) and np.datetime64(m["date"], "ns") != idx.dates[i]:
        return None  # a day of its own (or carried from the sentence before) that is not that vote's
    if pd.isna(m["date"]) and pd.notna(m["date_from"]):
        return None
    body = m["body"] if isinstance(m["body"], str) and m["body"] else idx.body[i]
    if body != idx.body[i]:
        return None
    same = np.flatnonzero((idx.dates == idx.dates[i]) & (idx.body == body) & (idx.ids != previous))
    if len(same) != 1:
        return None
    j = int(same[0])
    said = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
    if said is not None and not outcome_fits(said, idx.outcome[j]):
        return None
    if not _fits(idx, j, stated, m["tally"]):
        return None
    return Linked(idx.ids[j], 1.0, "linked",
                  f"the other decision voted the day of {previous} ({_fmt(pd.Timestamp(idx.dates[i]))})")


def _split(value: object) -> list[str]:
    return [v for v in str(value).split(";") if v] if isinstance(value, str) and value else []


@cache
def topic_code(topic: object) -> str | None:
    """The state a decision's topic names (``"Syria"`` → ``SYR``), else ``None``."""
    if not isinstance(topic, str) or not topic:
        return None
    found = members_mod.code_for(topic)
    last = re.search(r"\(([^()]+)\)\s*$", topic)
    if found is None and last:  # "2014 Letter from Ukraine (Ukraine)": the state is in the parentheses
        found = members_mod.code_for(last.group(1))
    return found


_SPONSOR_BEFORE = re.compile(
    r"(?P<who>(?:[A-Z][\w.]*(?:\s+|-))+?)(?:-?(?:drafted|sponsored|proposed|penned|backed|authored)\s+|"
    r"-?led\s+)?(?:draft\s+)?(?:resolution|draft|text|measure|proposal)\b")
_SPONSOR_AFTER = re.compile(
    r"\b(?:drafted|sponsored|proposed|penned|put\s+forward|submitted|authored|tabled)\s+by\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w.]*(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w.]*)*)")


def _codes(text: str) -> list[str]:
    from unsc.coverage.annotate import find_countries

    return [p.code for p in find_countries(text.title() if text.islower() else text)
            if p.kind in ("name", "demonym")]


@lru_cache(maxsize=4096)
def sponsors_in(sentence: str) -> frozenset[str]:
    """The states a sentence says drafted the text ("a Russian-drafted resolution", "drafted by France")."""
    found: set[str] = set()
    for pattern in (_SPONSOR_BEFORE, _SPONSOR_AFTER):
        for m in pattern.finditer(sentence):
            found.update(_codes(m.group("who")))
    return frozenset(found)


#: Words that say nothing of what a text is about: function words, the bodies, and the vote itself.
_SUBJECT_STOP = frozenset("""
the and for with from its their this that which who whom whose into upon under over about after before
between also other others all any some such than then there these those been being were was has have had
not nor but are will would shall may can could should including include includes concerning regarding
resolution resolutions draft drafts text texts decision decisions measure proposal adopted adopt adopts
adopting adoption passed pass passes approved approve approves vote voted votes voting against favour
favor favored abstain abstained abstaining abstention abstentions reject rejected rejects veto vetoed
vetoes member members country countries state states nation nations united general assembly security
council human rights session special emergency meeting report recorded total friday monday tuesday
wednesday thursday saturday sunday today yesterday week year years month
letter dated addressed permanent representative representatives president
""".split())
#: (the last line: the furniture of the Council's agenda titles, "Letter dated 28 February 2014 from the
#: Permanent Representative of Ukraine ... addressed to the President of the Security Council", which says
#: whose letter put the item on the agenda, not what a text is about; "the three African representatives"
#: names none of them)
#: The bodies' names: "the Human Rights Council voted" says where, not what the text is about.
_BODY_WORDS = re.compile(r"\b(?:U\.?N\.?\s+)?(?:Human\s+Rights\s+Council|Security\s+Council|"
                         r"General\s+Assembly|United\s+Nations)\b", re.I)


def _stem(word: str) -> str:
    """A light stem, so "settlements" meets "settlement" and "territories" "territory"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=16384)  # titles repeat; sentences do not, so the cache is bounded
def _content_words(text: str) -> frozenset[str]:
    """A text's content words, stemmed, without the bodies' names and the words of voting."""
    text = _BODY_WORDS.sub(" ", text)
    words = {_stem(w) for w in re.findall(r"[a-z]{3,}", text.lower().replace("\u2019", "'").replace("'s", ""))
             if w not in _SUBJECT_STOP}
    return frozenset(words - _SUBJECT_STOP)


@lru_cache(maxsize=16384)
def subject_words(text: str) -> frozenset[str]:
    """What a text says it is about: its content words (stemmed) and the states it names (``@ISR``).

    The bodies' names and the words of voting ("adopted", "against") are left out: they say
    where and how a text was decided, not what it is about.
    """
    return _content_words(text) | {f"@{c}" for c in _codes(_BODY_WORDS.sub(" ", text))}


def _subject_title(title: str) -> str:
    """A title without the record's furniture ("Status of Jerusalem : resolution / adopted by ...")
    and without its sponsor ("... (US draft)"): who drafted a text is not what it is about."""
    title = re.split(r"\s+:\s+resolution\b|\s+/\s+adopted\s+by\b", title, maxsplit=1)[0]
    return re.sub(r"\([^()]*\bdrafts?\b[^()]*\)", " ", title)


#: A title saying its vote was on an amendment (the Human Rights Council's ":amendment /...").
_AMENDMENT_TITLE = re.compile(r":\s*amendments?\b", re.I)
#: A sentence telling of a text itself, not of an amendment to it.
_TEXT_WORD = re.compile(r"\b(?:resolution|draft|text)\b", re.I)
_AMEND_WORD = re.compile(r"\bamend", re.I)


@dataclass
class _Index:
    """The record's decisions as arrays, built once per dataset (linking is then per candidate)."""

    ids: np.ndarray
    body: np.ndarray
    dates: np.ndarray
    outcome: np.ndarray
    codes: np.ndarray
    titles: list[str]
    drafts: np.ndarray
    tally: dict[str, np.ndarray]
    spans: dict[str, tuple[pd.Timestamp, pd.Timestamp]]
    votes: pd.DataFrame
    #: The source format each decision was read from (:func:`unsc.sources.holds.format_of`).
    formats: np.ndarray
    #: (body, format) → first day, last day, decisions: where each source begins and ends.
    sources: dict[tuple[str, str | None], tuple[pd.Timestamp, pd.Timestamp, int]]
    _concepts: dict[int, frozenset[str]]
    _sponsors: dict[int, frozenset[str]]
    _votes: dict[str, dict[str, str]] = field(default_factory=dict)
    _vote_keys: np.ndarray | None = None
    #: The titles as the record prints them (case tells "Democratic People's Republic of Korea" apart).
    raw_titles: list[str] = field(default_factory=list)
    _title_codes: dict[int, frozenset[str]] = field(default_factory=dict)
    #: Whether each decision's roll call is partial (a selection naming some members only).
    partial: np.ndarray | None = None
    #: Whether each decision's stored day is not the vote's, its month alone told
    #: (:func:`unsc.coverage.doubts.approximate_day_ids`).
    approx: np.ndarray | None = None
    #: The record's topics as printed, beside the titles (for the subject words).
    raw_topics: list[str] = field(default_factory=list)
    _subject_words: dict[int, frozenset[str]] = field(default_factory=dict)
    _idf: dict[str, float] | None = None
    #: Decisions whose roll call lets a bare "Congo" stand for the Democratic Republic (see :meth:`votes_of`).
    congo_named_for: set[str] = field(default_factory=set)
    _amendments: np.ndarray | None = None

    def subject_words(self, i: int) -> frozenset[str]:
        """The words (and ``@``-codes of the states) a decision's title and topic name: its subject."""
        found = self._subject_words.get(i)
        if found is None:
            text = f"{_subject_title(self.raw_titles[i] if self.raw_titles else self.titles[i])} " \
                   f"{self.raw_topics[i] if self.raw_topics else ''}"
            found = self._subject_words[i] = subject_words(text)
        return found

    def idf(self) -> dict[str, float]:
        """Inverse document frequency of each subject word over every decision's title (built once).

        A state's weight (``@SYR``) is counted from the decisions whose topic is that state: finding
        the states in every title would cost more than the rest of the linking.
        """
        if self._idf is None:
            counts: dict[str, int] = {}
            for i in range(len(self.ids)):
                text = f"{_subject_title(self.raw_titles[i] if self.raw_titles else self.titles[i])} " \
                       f"{self.raw_topics[i] if self.raw_topics else ''}"
                for w in _content_words(text):
                    counts[w] = counts.get(w, 0) + 1
            for code in self.codes:
                if code is not None:
                    counts[f"@{code}"] = counts.get(f"@{code}", 0) + 1
            n = max(len(self.ids), 1)
            self._idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in counts.items()}
        return self._idf

    def title_state(self, i: int) -> str | None:
        """The one state a decision's title names, if it names exactly one (else ``None``).

        The topic can be shorter than the title and ambiguous: SC topic "Korea" reads
        as the Republic of Korea, while the title says "Democratic People's Republic of Korea".
        """
        found = self._title_codes.get(i)
        if found is None:
            found = self._title_codes[i] = frozenset(_codes(self.raw_titles[i])) if self.raw_titles \
                else frozenset()
        return next(iter(found)) if len(found) == 1 else None

    def concepts(self, i: int) -> frozenset[str]:
        from unsc.coverage.extract import _concepts

        found = self._concepts.get(i)
        if found is None:
            found = self._concepts[i] = frozenset(_concepts(self.titles[i], 1))
        return found

    def sponsors(self, i: int) -> frozenset[str]:
        """The states a decision's title names as its sponsors ("... (Russian draft)")."""
        found = self._sponsors.get(i)
        if found is None:
            m = re.search(r"\(([^()]*?)\s+drafts?\)", self.titles[i])
            found = frozenset(_codes(m.group(1))) if m else frozenset()
            self._sponsors[i] = found
        return found

    def amendments(self) -> np.ndarray:
        """Whether each decision is a vote on an amendment ("... :amendment /Human Rights Council ...",
        "Oral amendment at S/PV.9479"), not on a text itself (built once)."""
        if self._amendments is None:
            titles = self.raw_titles or self.titles
            self._amendments = np.array(
                [bool(_AMENDMENT_TITLE.search(t)) or "amendment" in str(d).lower()
                 for t, d in zip(titles, self.ids, strict=True)], dtype=bool)
        return self._amendments

    def votes_of(self, decision_id: str) -> dict[str, str]:
        """Member → vote on one decision (a binary search in the sorted votes, cached)."""
        found = self._votes.get(decision_id)
        if found is None:
            if self._vote_keys is None:
                self._vote_keys = self.votes.decision_id.to_numpy(dtype=object)
            lo = int(np.searchsorted(self._vote_keys, decision_id, side="left"))
            hi = int(np.searchsorted(self._vote_keys, decision_id, side="right"))
            rows = self.votes.iloc[lo:hi]
            found = dict(zip(rows.member, rows.vote, strict=True))
            if "COD" in found and "COG" not in found and not _of_the_assembly(decision_id):
                # a bare "Congo" is read as the Republic of the Congo; where only the Democratic
                # Republic sat (a Council of a few members; the Assembly has both, so a row it lacks
                # is a gap), it can mean no other (:func:`_congo_of_the_record` renames it)
                found["COG"] = found["COD"]
                self.congo_named_for.add(decision_id)
            self._votes[decision_id] = found
        return found


#: id(dataset) → (a weak reference to it, its index): a dataset holds frames, so it is not hashable.
_INDEXES: dict[int, tuple[weakref.ref, _Index]] = {}


def _index(ds: Dataset) -> _Index:
    held = _INDEXES.get(id(ds))
    if held is not None and held[0]() is ds:
        return held[1]
    d = ds.decisions
    titles = (d.title.astype("string").fillna("") + " " + d.topic.astype("string").fillna(""))
    spans = {}
    if len(d):
        grouped = d.groupby(d.body.astype(str), observed=True).date.agg(["min", "max"])
        spans = {str(b): (r["min"], r["max"]) for b, r in grouped.iterrows()}
    formats = _formats(d)
    v = ds.votes
    votes = pd.DataFrame({"decision_id": v.decision_id.astype(str).to_numpy(),
                          "member": v.member.astype(str).to_numpy(),
                          "vote": v.vote.astype(str).to_numpy()})
    index = _Index(
        ids=d.decision_id.astype(str).to_numpy(),
        body=d.body.astype(str).to_numpy(),
        dates=d.date.to_numpy(dtype="datetime64[ns]"),
        outcome=d.outcome.astype(str).to_numpy(),
        codes=np.array([topic_code(t) for t in d.topic.astype(object)], dtype=object),
        titles=[t.lower() for t in titles.tolist()],
        raw_titles=d.title.astype("string").fillna("").tolist(),
        raw_topics=d.topic.astype("string").fillna("").tolist(),
        partial=(d["partial"].astype("boolean").fillna(False).to_numpy(dtype=bool) if "partial" in d
                 else np.zeros(len(d), dtype=bool)),
        drafts=d.draft.astype("string").fillna("").to_numpy(dtype=object),
        approx=np.isin(d.decision_id.astype(str).to_numpy(), list(approximate_day_ids(ds))),
        tally=_tallies(d, votes),
        spans=spans,
        votes=votes.sort_values("decision_id").reset_index(drop=True),
        formats=formats,
        sources=_source_spans(d, formats),
        _concepts={},
        _sponsors={},
    )
    for key in [k for k, (ref, _) in _INDEXES.items() if ref() is None]:
        del _INDEXES[key]
    _INDEXES[id(ds)] = (weakref.ref(ds), index)
    return index


def _formats(d: pd.DataFrame) -> np.ndarray:
    """The source format of each decision, from the file it was read from (``None``: not known)."""
    from unsc.sources.holds import format_of

    if "file" not in d.columns or not len(d):
        return np.full(len(d), None, dtype=object)
    files = d.file.astype("category")
    named = {c: format_of(str(c)) for c in files.cat.categories}
    return files.astype(object).map(named).where(files.notna(), None).to_numpy(dtype=object)


def _source_spans(d: pd.DataFrame, formats: np.ndarray
                  ) -> dict[tuple[str, str | None], tuple[pd.Timestamp, pd.Timestamp, int]]:
    frame = pd.DataFrame({"body": d.body.astype(str).to_numpy(), "fmt": formats,
                          "date": d.date.to_numpy()}).dropna(subset=["date"])
    frame["fmt"] = frame.fmt.astype(object).where(frame.fmt.notna(), "")
    grouped = frame.groupby(["body", "fmt"], sort=True).date.agg(["min", "max", "size"])
    return {(str(b), f or None): (r["min"], r["max"], int(r["size"])) for (b, f), r in grouped.iterrows()}


def _tallies(d: pd.DataFrame, votes: pd.DataFrame) -> dict[str, np.ndarray]:
    """Yes, no and abstain per decision: the official tally, else counted from a complete roll call.

    -1 where neither tells (a partial roll call without a tally).
    """
    counted = pd.crosstab(votes.decision_id, votes.vote) if len(votes) else pd.DataFrame()
    ids = d.decision_id.astype(str)
    complete = ~d["partial"].astype("boolean").fillna(False).to_numpy(dtype=bool) if "partial" in d else \
        np.ones(len(d), dtype=bool)
    out = {}
    for k in ("yes", "no", "abstain"):
        official = d[k].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        if k in counted.columns:
            fromvotes = counted[k].reindex(ids).to_numpy(dtype=float, na_value=np.nan)
        else:
            fromvotes = np.where(ids.isin(counted.index), 0.0, np.nan)
        fromvotes = np.where(complete, fromvotes, np.nan)
        out[k] = np.nan_to_num(np.where(np.isnan(official), fromvotes, official), nan=-1.0)
    _official_counts(ids.to_numpy(), out)
    return out


def _official_counts(ids: np.ndarray, out: dict[str, np.ndarray]) -> None:
    """``out`` with the official counts of decisions whose table rows add up wrongly, in place.

    ``known_errors.csv``'s ``tally`` rows (read by :func:`unsc.coverage.check._known_tallies`) give
    the table's count and the body's announced one: "104 in favour, 54 against, 29 abstentions"
    of a vote whose rows add up to 105-54-28 fits the vote, so it is linked, and the check then
    judges the count against the official one. Only where the held count is still the table's
    wrong one (a corrected table keeps its own).
    """
    from unsc.coverage.check import _known_tallies

    for decision, (theirs, ours) in _known_tallies().items():
        for i in np.flatnonzero(ids == decision):
            if all(out[k][i] == theirs[k] for k in ("yes", "no", "abstain")):
                for k in ("yes", "no", "abstain"):
                    out[k][i] = ours[k]


@dataclass(frozen=True)
class Linked:
    """The outcome of linking one mention."""

    decision_id: str | None
    score: float
    status: str
    reason: str
    #: Every decision a mention of several is linked to ("two drafts were defeated" on a day that
    #: had two); ``decision_id`` is the first of them.
    several: tuple[str, ...] = ()
    #: The candidates that fit equally, when the mention is left unlinked for a tie (the story may
    #: still tell which: see :func:`_by_story`).
    tied: tuple[str, ...] = ()
    #: Their identity score (``score`` stays empty while the mention is unlinked).
    tied_score: float = math.nan


def _fmt(value: pd.Timestamp) -> str:
    return f"{value:%Y-%m-%d}"


def _positions(rows: pd.DataFrame) -> dict[str, str]:
    """Member → position stated in a mention's rows (a veto is a no vote)."""
    out: dict[str, str] = {}
    for members, position in zip(rows["members"], rows["position"], strict=True):
        if isinstance(position, str):
            for code in _split(members):
                out[code] = "no" if position == "veto" else position
    return out


def _window(m: pd.Series, article_date: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, bool]:
    """The dates the mention allows, and whether the text gives them."""
    day = pd.Timedelta(days=1)
    if pd.notna(m["date"]):
        return m["date"] - day, m["date"] + day, True
    if pd.notna(m["date_from"]):
        return m["date_from"], m["date_to"] if pd.notna(m["date_to"]) else article_date, True
    hi = m["date_to"] if pd.notna(m["date_to"]) else article_date
    # undated: up to the article's own day, never after it (a vote of the next day cannot be the one
    # told of, and as the latest candidate it would win on recency)
    return hi - UNDATED_DAYS * day, hi, False


def _link_back(rows: pd.DataFrame, ds: Dataset, previous: str | None, headline: str | None) -> Linked:
    """Link a mention, as citing the text the sentence before cites when it speaks back of it.

    "The first, resolution S/10784, expressed concern ... The US was the only country to veto the
    resolution.": the second sentence (``cited_before``, see :mod:`unsc.coverage.extract`) is
    linked as if it cited S/10784, or not at all: the days before the article, where an undated
    sentence would be looked for, hold the story's own vote, not that one.
    """
    back = rows["cited_before"].iloc[0] if "cited_before" in rows.columns else None
    if not isinstance(back, str) or not back or _split(rows["cited"].iloc[0]):
        return link_one(rows, ds, previous, headline=headline)
    linked = link_one(rows.assign(cited=back), ds, previous, headline=headline)
    return replace(linked, reason=f"speaks of {back}, which the sentence before cites: {linked.reason}")


#: The ``outside`` of a vote of the Commission on Human Rights (see :mod:`unsc.coverage.extract`).
COMMISSION = "Commission on Human Rights"


def link_one(rows: pd.DataFrame, ds: Dataset, previous: str | None = None, *,
             headline: str | None = None) -> Linked:
    """Link the rows of one mention (one sentence) to one decision, or say why not.

    ``previous`` is the decision the mention before it (in the same or the previous
    paragraph) was linked to: among candidates that fit equally, the story goes on about it.
    A mention the record cannot hold is ``unverifiable`` with the reason (see the module
    docstring), never ``unlinked``.
    """
    first = rows.iloc[0]
    outside = first.get("outside")
    if isinstance(outside, str) and outside == COMMISSION:
        # a UN body, but not one whose votes any table holds: not a guess at another body's vote
        return Linked(None, math.nan, "unverifiable",
                      "a vote of the Commission on Human Rights (1946-2006, replaced by the Human Rights "
                      "Council): the data hold no vote of it")
    if isinstance(outside, str) and outside:
        # the IAEA board's, the OAS's, a parliament's vote: no UN decision is it, whatever matches
        return Linked(None, math.nan, "unlinked", f"a vote of another body ({outside}), not of the UN's: "
                      "no UN record holds it")
    if bool(first.get("committee", False)) and (pd.isna(first["body"]) or first["body"] == "GA"):
        # the tables hold the Assembly's plenary votes: a Main Committee's vote is in none of them
        return Linked(None, math.nan, "unverifiable",
                      "a vote in a Main Committee of the General Assembly: the data hold plenary votes only")
    linked = _link_one(rows, ds, previous, headline=headline)
    said = first["date_text"]
    if isinstance(said, str) and _RELATIVE_DAY.match(said):  # cheap test first: most days are not
        linked = _page_days_late(rows, ds, previous, linked, headline=headline)
    linked = swapped_date_link(rows, ds, previous, linked, headline=headline)
    linked = known_gap_link(rows, linked)
    linked = _nothing_stated_over_long(rows, linked)
    linked = _procedural_not_the_text(rows, ds, linked)
    linked = _paragraph_not_the_text(rows, linked)
    linked = _the_text_of_another_year(rows, ds, previous, linked)
    linked = _count_days_off(rows, ds, linked)
    if linked.status != "unlinked" or linked.reason.startswith(_NOT_ONE_VOTE):
        return linked
    idx = _index(ds)
    m = rows.iloc[0]
    cited = _split(m["cited"])
    stated = _positions(rows)
    if linked.reason.startswith(_NOTHING_FITS) and _veto_claim(m, rows, stated):
        # no vetoed draft fits: "X vetoed" may be said of a draft that failed, or passed, without
        # a veto; linked only when its subject, sponsor or the story names it, so it can be judged
        other = _link_one(rows, ds, previous, vetoed_only=False, headline=headline)
        at = np.flatnonzero(idx.ids == other.decision_id)
        if other.status == "linked" and len(at) and idx.outcome[at[0]] != "vetoed":
            return replace(other, reason=_said_vetoed_reason(idx, at[0], other, stated))
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
    lo, hi, _ = _window(m, article_date)
    if _no_roll_call(m, stated):
        # where the days lie outside what the record holds of the body's votes, its span says so too
        outside = _outside_span(m, idx, lo, hi) or _not_held(idx, body, lo, hi, frozenset({"adopted"}))
        return Linked(None, math.nan, "unverifiable", "adopted without a vote: no roll call to check"
                      + (f"; and {outside}" if outside else ""))
    has_vote = bool(stated) or isinstance(m["tally"], str) or bool(m["unanimous"]) or \
        isinstance(m["outcome"], str)
    own = [c for c in cited if _symbol_year(c) is None or lo.year <= _symbol_year(c) <= hi.year]
    if own and has_vote and not _held(idx, cited):
        # the symbol may be right and the record short of it (or the article may misquote it)
        why = _not_held(idx, body, lo, hi, _kinds(m, stated))
        return Linked(None, math.nan, "unverifiable", f"the data hold no record of {', '.join(own)}" + (
            f"; {why}" if why else f", though they hold every such {body or ''} vote of {_fmt(lo)} to "
            f"{_fmt(hi)}: the symbol may be misquoted".replace("  ", " ")))
    if has_vote and (linked.reason.startswith(_NOTHING_FITS) or _NONE_FITS in linked.reason):
        # nothing held fits: "no vote in the data matches" only where a source holding every such
        # decision covers the body, the days and the outcome stated; else the record cannot tell
        why = _not_held(idx, body, lo, hi, _kinds(m, stated))
        if why is None:
            gaps = _known_to_lack(idx, body, lo, hi)
            if gaps:  # the complete source covering those days is known to lack some of its votes
                return Linked(None, math.nan, "unverifiable", f"{linked.reason}; but {gaps}: the record "
                              "cannot tell")
        if why is not None:
            if bool(m["unanimous"]) and not stated and not isinstance(m["tally"], str):
                why = f"adopted unanimously, perhaps without a vote: no roll call to check ({why})"
            return Linked(None, math.nan, "unverifiable", why)
    return linked


def _said_vetoed_reason(idx: _Index, i: int, other: Linked, stated: dict[str, str]) -> str:
    """The reason of a veto claim linked to a draft not vetoed (decision ``i``).

    "The United States, France and the United Kingdom vetoed a Russian draft" of a draft that failed
    short of nine votes: where two or more members are named, all voted no on the best fit and not
    all on the runner-up, their votes name the draft (the link is no weak guess, and "vetoed" can
    be judged); otherwise the best fit stays a guess.
    """
    said = f"{other.reason}; said to be vetoed, and no vetoed draft fits"
    runner = re.search(r"; next (\S+) \(", other.reason)
    if len(stated) < 2 or not other.reason.startswith("best fit (") or runner is None or \
            not _fits(idx, i, stated, None):
        return said
    at = np.flatnonzero(idx.ids == runner.group(1))
    if len(at) and _fits(idx, at[0], stated, None):
        return said
    names = ", ".join(sorted(stated))
    return (f"said to be vetoed, and no vetoed draft fits; {names} voted no on {idx.ids[i]} "
            f"(its best fit, {other.score:.2f}) and not all on {runner.group(1)}, the next")


#: "today", "yesterday", "tonight": a day told relative to the page's date, which may be days late.
_RELATIVE_DAY = re.compile(r"^(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
#: How many days before a relative day a page's date may lie after the vote it tells of.
LATE_DAYS = 7


def _page_days_late(rows: pd.DataFrame, ds: Dataset, previous: str | None, linked: Linked, *,
                    headline: str | None = None) -> Linked:
    """A vote told as "today" on a page dated days after it: the days before, when the stated votes say so.

    A page's date may be when it was posted or crawled, not when its story was filed:
    "Russia and China vetoed the US draft today" on a page of the 24th about a veto of the
    22nd (the day is still judged as written). When nothing of the day (give or take one) fits
    what the sentence states (no
    vote held, or the one linked contradicts two stated members or the tally), the mention is
    linked again over the :data:`LATE_DAYS` before, by the same rules; that link is kept
    only when everything stated fits it and it rests on two members or a tally.
    """
    m = rows.iloc[0]
    said = m["date_text"]
    if not isinstance(said, str) or not _RELATIVE_DAY.match(said) or "(as before)" in said or \
            pd.isna(m["date"]):
        return linked  # a day carried from the sentence before is not this one's claim to widen
    stated = _positions(rows)
    if not (len(stated) >= 2 or isinstance(m["tally"], str)):
        return linked
    idx = _index(ds)
    if linked.status == "linked" and linked.decision_id is not None:
        at = np.flatnonzero(idx.ids == linked.decision_id)
        if not len(at) or _fits(idx, int(at[0]), stated, m["tally"]):
            return linked
    elif not linked.reason.startswith(_NOTHING_FITS):
        return linked
    day = pd.Timestamp(m["date"])
    wider = rows.assign(date=pd.NaT, date_from=day - pd.Timedelta(days=LATE_DAYS), date_to=day)
    other = _link_one(wider, ds, previous, headline=headline)
    at = np.flatnonzero(idx.ids == other.decision_id) if other.decision_id is not None else []
    if other.status != "linked" or not len(at) or other.several or \
            not _fits(idx, int(at[0]), stated, m["tally"]):
        return linked
    return replace(other, reason=f"{other.reason}; told as '{said}' on a page of {_fmt(day)}, while "
                                 "nothing of that day fits what it states: the page is days late, or the "
                                 "day is misstated")


#: Longest window in which a sentence stating nothing checkable is still linked on identity alone.
GUESS_DAYS = 31


def _nothing_stated_over_long(rows: pd.DataFrame, linked: Linked) -> Linked:
    """A best-fit link of a sentence that states nothing checkable over a long window, undone.

    "India was also absent last year when the council voted to set up the inquiry":
    no member's vote read, no count, no outcome but "adopted", no symbol, and a window of a year
    holding dozens of votes. A best fit under :data:`unsc.coverage.judge.CLEAR_FIT`
    then rests on loose subject words alone, and a wrong one is an extra link: such
    a sentence is ``unlinked`` with the reason. A window of :data:`GUESS_DAYS` or
    less (a day, "last week", a month), or a subject that names the text clearly
    ("a no-fly zone on Libya"), is linked as before.
    """
    from unsc.coverage.judge import CLEAR_FIT

    if linked.status != "linked" or not linked.reason.startswith("best fit (") or linked.score >= CLEAR_FIT:
        return linked
    m = rows.iloc[0]
    # "adopted" tells nothing here: nearly every vote of a year was
    if _positions(rows) or isinstance(m["tally"], str) or bool(m["unanimous"]) or \
            (isinstance(m["outcome"], str) and m["outcome"] != "adopted") or _split(m["cited"]):
        return linked
    lo, hi = m["date_from"], m["date_to"]
    if pd.isna(lo) or pd.isna(hi) or (hi - lo).days <= GUESS_DAYS:
        return linked
    return Linked(None, math.nan, "unlinked",
                  f"nothing stated tells which vote of {_fmt(lo)} to {_fmt(hi)} it is ({linked.decision_id}: "
                  f"{linked.reason}, on its subject alone)")


#: A vote on how to take a text, not on the text: "a procedural vote", "a secret ballot", "an open vote".
_MOTION_VOTE = re.compile(r"\bprocedural\s+(?:vote|motion|decision|ballot)s?\b|"
                          r"\bsecret\s+(?:ballot|vote)s?\b|"
                          r"\b(?:open|recorded|public)\s+(?:vote|ballot)\s+(?:called|asked|requested|sought)\b|"
                          r"\b(?:asked|called|pressed|moved)\s+for\s+(?:an?\s+)?(?:open|recorded|public)\s+"
                          r"(?:vote|ballot)\b", re.I)
#: A record's title that is itself a motion's or a procedural vote's.
_MOTION_TITLE = re.compile(r"\b(?:motion|procedur\w*|adjourn\w*|no[- ]action|ballot|rule\s+\d+)\b", re.I)


#: A separate vote on part of a text: "a special vote ... on operating paragraph 10", "in a separate vote
#: on paragraph 2", "the vote on preambular paragraph 3", "voted to retain paragraph 10".
_PARAGRAPH_VOTE = re.compile(
    r"\b(?:separate|special|paragraph|recorded)\s+vote\s+(?:[\w-]+\s+){0,6}?on\s+(?:the\s+)?"
    r"(?:(?:operative|operating|preambular)\s+)?(?:paragraph|para\.?|clause)s?\s+\d|"
    r"\bvot\w*\s+(?:on|against|for|to\s+(?:retain|delete|keep|strike))\s+(?:the\s+)?"
    r"(?:operative|operating|preambular)\s+(?:paragraph|para\.?)s?\s+\d|"
    r"\b(?:operative|operating|preambular)\s+(?:paragraph|para\.?)\s+\d+\s+(?:of\s+the\s+(?:draft|text|"
    r"resolution|proposal)\s+)?(?:was|were)\s+(?:put\s+to\s+(?:a|the)\s+vote|retained|voted)", re.I)


def _paragraph_not_the_text(rows: pd.DataFrame, linked: Linked) -> Linked:
    """A sentence telling of a separate vote on one paragraph of a text is not the text's vote.

    "In a special vote on operative paragraph 10, 14 countries including India voted against it"
    (India abstained on the whole text): the members' votes are on the paragraph, which the
    Council and Rights Council tables do not hold and the Assembly's do not tell apart from the
    text's, so the sentence is ``unverifiable``, never judged on the whole text's roll call.
    """
    m = rows.iloc[0]
    if linked.status == "unverifiable" or not _PARAGRAPH_VOTE.search(str(m["evidence"])):
        return linked
    body = m["body"] if isinstance(m["body"], str) and m["body"] else "the body"
    return Linked(None, math.nan, "unverifiable",
                  f"a separate vote on one paragraph of a text, not the vote on the whole text: the {body} "
                  "record holds no such vote apart" + (f" (the text: {linked.decision_id})"
                                                       if linked.decision_id else ""))


def _procedural_not_the_text(rows: pd.DataFrame, ds: Dataset, linked: Linked) -> Linked:
    """A link undone where the sentence tells of a procedural vote and the decision is a text's vote.

    "Chile asked for an open vote after Peru had called for a secret ballot, and Kenya backed
    the procedural motion": the members' votes are on how to vote, a motion the Assembly decides
    before the text, and the text's own vote (its subject words fit) would judge them wrongly.
    A Council decision ``procedural.csv`` lists, a title that is a motion's, a symbol cited, or a
    count the decision's own record fits keeps the link.
    """
    if linked.status != "linked" or linked.decision_id is None:
        return linked
    m = rows.iloc[0]
    sentence = str(m["evidence"])
    if not _MOTION_VOTE.search(sentence) or _split(m["cited"]):
        return linked
    from unsc.coverage.check import _procedural

    if linked.decision_id in _procedural():
        return linked
    idx = _index(ds)
    at = np.flatnonzero(idx.ids == linked.decision_id)
    if not len(at) or _MOTION_TITLE.search(idx.titles[at[0]]):
        return linked
    if _written_parts(m["tally"]) >= 2 and _fits(idx, int(at[0]), {}, m["tally"]):
        return linked  # "after a procedural wrangle, the text passed 120-8-40": the count is the text's
    return Linked(None, math.nan, "unlinked",
                  f"the sentence tells of a procedural vote (on how to vote on the text), not of the vote on "
                  f"{linked.decision_id} its subject fits ({linked.reason})")


#: "the resolution", "the same text": the text the story is about, not one more.
_THE_TEXT = re.compile(r"\bthe\s+(?:same\s+)?(?:resolution|text|measure)\b(?!\s+(?:on|about|of|for)\b)", re.I)


#: A roll call printed with this many members' votes names its decision by them, a few slips aside
#: (see _roll_call_fingerprint).
ROLL_MIN = 10


def _roll_call_fingerprint(idx: _Index, cand: np.ndarray, stated: dict[str, str]) -> Linked | None:
    """The one candidate whose roll call a long printed roll call matches but for a few members.

    "Those voting no were: A, B, ..." naming the votes of 40 members, three of them wrongly: no
    decision fits every position stated, but one fits at least nine in ten of them and every other
    candidate at least three members (and a tenth of them) fewer. That vote is the one printed; the
    members that do not fit it are the article's slips, judged as such.
    """
    scores = []
    for i in cand:
        votes = idx.votes_of(idx.ids[i])
        if not votes or (idx.partial is not None and idx.partial[i]):
            continue
        scores.append((sum(_vote_fits(idx, int(i), votes, c, p) for c, p in stated.items()), int(i)))
    if not scores:
        return None
    scores.sort(reverse=True)
    best, i = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0
    n = len(stated)
    if best < 0.9 * n or best - second < max(3, 0.1 * n):
        return None
    nxt = f"; next {idx.ids[scores[1][1]]} ({second})" if len(scores) > 1 else ""
    return Linked(idx.ids[i], round(best / n, 3), "linked",
                  f"the roll call printed: {best} of the {n} positions stated fit {idx.ids[i]}{nxt}; "
                  "the others are judged")


#: How far from the day a sentence names a vote whose count alone fits may lie (see _count_days_off).
COUNT_DAYS = 7
#: The smallest count (the parts written, added) that picks one vote of the Assembly or the Human
#: Rights Council out of a week's: the Council's fifteen votes never reach it.
COUNT_MIN = 20


def _count_days_off(rows: pd.DataFrame, ds: Dataset, linked: Linked) -> Linked:
    """The one vote of the body within :data:`COUNT_DAYS` of the named day whose count the sentence gives.

    "The Human Rights Council voted 25 to 6 on Oct. 14" when the vote was on 16 October: no vote
    fits the day said, but a count of at least :data:`COUNT_MIN` votes, written in two parts or
    three, that exactly one vote of the body that week has (and every position stated fits) names
    it; the day the sentence gives is then judged against the record's.
    """
    if linked.status != "unlinked" or not linked.reason.startswith(_NOTHING_FITS):
        return linked
    m = rows.iloc[0]
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    tally = m["tally"]
    if body is None or pd.isna(m["date"]) or bool(m["plural"]) or _written_parts(tally) < 2:
        return linked
    parts = dict(zip(("yes", "no", "abstain"), str(tally).split("-"), strict=True))
    written = {k: int(x) for k, x in parts.items() if x != "?"}
    if sum(written.values()) < COUNT_MIN:
        return linked
    idx = _index(ds)
    day = np.datetime64(pd.Timestamp(m["date"]).normalize(), "ns")
    near = np.abs((idx.dates - day) / np.timedelta64(1, "D")) <= COUNT_DAYS
    keep = near & (idx.body == body)
    for k, x in written.items():
        keep = keep & (idx.tally[k] == x)
    stated = _positions(rows)
    found = [int(i) for i in np.flatnonzero(keep) if _fits(idx, int(i), stated, tally)]
    if len(found) != 1:
        return linked
    i = found[0]
    return Linked(idx.ids[i], 1.0, "linked",
                  f"{linked.reason}; but the count stated ({tally}) is that of {idx.ids[i]} alone of the "
                  f"{body}'s votes within {COUNT_DAYS} days, on {_fmt(pd.Timestamp(idx.dates[i]))}: the day "
                  "given is judged")


def _the_text_of_another_year(rows: pd.DataFrame, ds: Dataset, previous: str | None,
                              linked: Linked) -> Linked:
    """The story's text voted again in the other days a sentence gives ("Last year ... the resolution").

    An annual text (the Assembly's on an embargo, a country's human rights) is voted each year
    under one title: "Last year, Palau voted with A and B against the resolution", after a
    sentence linked to this year's vote, is the vote of that title in last year's window, when
    exactly one vote of the same body has that title there and what the sentence states fits it.
    A symbol cited, several decisions, or a window holding the vote just linked keep the link made.
    """
    if previous is None or linked.decision_id == previous or linked.several:
        return linked
    m = rows.iloc[0]
    if bool(m["plural"]) or _split(m["cited"]) or not _THE_TEXT.search(str(m["evidence"])):
        return linked
    if pd.isna(m["date_from"]) or pd.isna(m["date_to"]):
        return linked
    idx = _index(ds)
    prev = np.flatnonzero(idx.ids == previous)
    if len(prev) != 1:
        return linked
    p = int(prev[0])
    lo, hi = np.datetime64(m["date_from"], "ns"), np.datetime64(m["date_to"], "ns")
    if lo <= idx.dates[p] <= hi:
        return linked
    title = _subject_title((idx.raw_titles or idx.titles)[p]).strip().lower()
    if len(title.split()) < 3:
        return linked
    window = np.flatnonzero((idx.dates >= lo) & (idx.dates <= hi) & (idx.body == idx.body[p]))
    titles = idx.raw_titles or idx.titles
    same = [int(i) for i in window if _subject_title(titles[i]).strip().lower() == title]
    if len(same) != 1 or idx.ids[same[0]] == linked.decision_id:
        return linked
    stated = _positions(rows)
    if not _fits(idx, same[0], stated, m["tally"]):
        return linked
    was = f"; not {linked.decision_id} ({linked.reason})" if linked.decision_id else ""
    return Linked(idx.ids[same[0]], 1.0, "linked",
                  f"the text of {previous}, the story's, voted under the same title in the days the sentence "
                  f"gives ({m['date_text']}){was}")


def swapped_date_link(rows: pd.DataFrame, ds: Dataset, previous: str | None, linked: Linked, *,
                      headline: str | None = None) -> Linked:
    """Also try each decision whose stored date is doubtful on its likely date.

    The doubtful dates are :func:`unsc.coverage.doubts.doubtful_dates` (a likely
    day-month swap, or a date ``known_errors.csv`` corrects). Only where such a
    likely date lies in the mention's window and the stored one does not is the
    mention linked again, against the record with those decisions also on their
    likely dates (:func:`unsc.coverage.doubts.with_likely_dates`), by the same
    rules: a link to one of them says so in the reason ("the data date it
    2010-09-06, likely a day-month swap of 2010-06-09"); a link made on the stored
    dates that such a decision now ties with is undone (several fit). A mention
    linked by its cited symbol, or to several decisions, is left as it is.
    ``headline`` is the article's, for ties (as in :func:`link_one`).
    """
    from unsc.coverage.doubts import doubtful_dates, with_likely_dates

    if linked.several or linked.reason.startswith(("cites ", *_NOT_ONE_VOTE)) and \
            not linked.reason.startswith("cited without a vote"):
        # a symbol named without a vote may be the story's vote on its likely date (:func:`_cited_story`)
        return linked
    doubts = doubtful_dates(ds)
    if not doubts:
        return linked
    m = rows.iloc[0]
    article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
    lo, hi, _ = _window(m, article_date)
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    idx = _index(ds)
    moved = {d: doubt for d, doubt in doubts.items()
             if lo <= doubt.likely <= hi and not lo <= doubt.stored <= hi}
    moved = {d: doubt for d, doubt in moved.items()
             if any(body is None or idx.body[i] == body for i in np.flatnonzero(idx.ids == d))}
    if not moved:
        return linked
    other = _link_one(rows, with_likely_dates(ds), previous, headline=headline)
    if other.status == "linked" and other.decision_id in moved:
        return replace(other, reason=f"{other.reason}; {moved[other.decision_id].words}")
    if linked.status != "linked" or (other.status, other.decision_id) == ("linked", linked.decision_id):
        return linked
    # linked on the stored dates, but not once the doubtful ones are on their likely dates too:
    # the link was not clear (precision first)
    notes = "; ".join(f"{k}: {d.words}" for k, d in moved.items())
    why = other.reason if other.status != "linked" else \
        f"{linked.decision_id} fits on the stored dates, {other.decision_id} with the likely ones"
    return Linked(None, math.nan, "unlinked", f"{why} (counting likely dates: {notes})")


def known_gap_link(rows: pd.DataFrame, linked: Linked) -> Linked:
    """A mention nothing held fits that a known gap may be about is ``unverifiable``, naming the gap.

    The gaps are the recorded votes ``known_errors.csv`` lists a table as lacking
    (:func:`unsc.coverage.doubts.known_gaps`, e.g. A/RES/73/8 of 1 November 2018, which
    ``unvotes_ga`` lacks): "no vote in the data matches" would say the article may be
    wrong where the record is. Only an unlinked mention of a vote (positions, a tally, an
    outcome), never one linked or unlinked for what the sentence is (several decisions,
    background), and only where :func:`unsc.coverage.doubts.gap_for` names a gap.
    """
    from unsc.coverage.doubts import gap_for

    if linked.status != "unlinked" or linked.reason.startswith(_NOT_ONE_VOTE):
        return linked
    m = rows.iloc[0]
    stated = _positions(rows)
    if not (stated or isinstance(m["tally"], str) or bool(m["unanimous"]) or isinstance(m["outcome"], str)):
        return linked
    article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
    lo, hi, _ = _window(m, article_date)
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    gap = gap_for(_split(m["cited"]), body, lo, hi, pd.notna(m["date"]), m["tally"])
    if gap is None:
        return linked
    return Linked(None, math.nan, "unverifiable", f"{gap.words}; linking said: {linked.reason}")


def _veto_claim(m: pd.Series, rows: pd.DataFrame, stated: dict[str, str]) -> bool:
    """Whether a mention says a draft was vetoed (by a member named, or by someone)."""
    return m["kind"] == "veto" or "no" in stated.values() and any(
        p == "veto" for p in rows["position"].dropna())


#: A draft failing for want of votes, not by a veto: "failed to obtain sufficient votes", "did not get
#: the nine votes needed", "fell short of the required nine".
_SHORT_OF_VOTES = re.compile(
    r"\b(?:fail(?:ed|s|ing)?\s+to|did\s+not|didn['’]t)\s+(?:obtain|get|secure|win|garner|receive|gather|"
    r"muster|attract|reach)\s+(?:the\s+)?(?:sufficient|enough|required|necessary|minimum|nine|9)\b|"
    r"\bf(?:ell|alls?|alling)\s+short\s+of\s+the\s+(?:nine|9|required|necessary|minimum)\b", re.I)


def _kinds(m: pd.Series, stated: dict[str, str]) -> frozenset[str]:
    """The kinds of outcome (:data:`unsc.sources.holds.KINDS`) the decision a mention tells of may have.

    What it states ("rejected", "vetoed", "adopted without a vote"), else any outcome of a recorded
    vote (positions or a tally mean a roll call); "unanimously" alone may also be no vote at all.
    """
    if _no_roll_call(m, stated):
        return frozenset({"no vote"})
    outcome = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
    if outcome == "vetoed" or m["kind"] == "veto":
        kinds = {"vetoed"}
    elif outcome == "failed":
        kinds = {"failed", "vetoed"}  # a vetoed draft failed too
    elif outcome == "adopted":
        kinds = {"adopted"}
    else:
        kinds = {"adopted", "failed", "vetoed"}
    if bool(m["unanimous"]) and not stated and not isinstance(m["tally"], str) and outcome != "vetoed":
        kinds.add("no vote")
    return frozenset(kinds)


def _count_kinds(m: pd.Series, stated: dict[str, str], body: str | None) -> frozenset[str]:
    """:func:`_kinds`, narrowed to "adopted" when the stated count carries the text by itself.

    "Voted 28-5" in the Human Rights Council (a simple majority of those voting) or
    with two thirds of those voting in the General Assembly is an adopted text, so a
    source holding every adopted text is complete for it. The Security Council's rule
    (nine votes and no veto) cannot be read from a count alone.
    """
    kinds = _kinds(m, stated)
    tally = m["tally"]
    if not isinstance(tally, str) or kinds == frozenset({"adopted"}):
        return kinds
    yes, no = ([None if x == "?" else int(x) for x in tally.split("-")] + [None, None])[:2]
    if yes is None or no is None:
        return kinds
    if (body == "HRC" and yes > no) or (body == "GA" and yes >= 2 * no and yes > 0):
        return frozenset({"adopted"})
    return kinds


def _known_to_lack(idx: _Index, body: str | None, lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    """What the sources spanning ``lo``..``hi`` for ``body`` are known to lack, in words ("" if nothing).

    :attr:`unsc.sources.holds.Holds.gaps`: a table meant to hold every recorded vote of
    its body that is known to lack some ("the GA table (unvotes) lacks the votes of
    emergency special sessions ..."). With no body named, every body's.
    """
    from unsc.sources.holds import BODY_KINDS, holds

    said = []
    for b in [body] if body else list(BODY_KINDS):
        for (bb, f), (first, last, _) in idx.sources.items():
            if bb == b and first <= lo and hi <= last and holds(f).gaps:
                said.append(f"the {b} table ({f}) is not complete: {holds(f).gaps}")
    return "; ".join(dict.fromkeys(said))


def _not_held(idx: _Index, body: str | None, lo: pd.Timestamp, hi: pd.Timestamp,
              kinds: frozenset[str]) -> str | None:
    """Why the record cannot hold a vote of ``body`` between ``lo`` and ``hi`` of one of ``kinds``.

    ``None`` when, for the body (for every body, when none is named), one source
    holding every decision of those kinds (:data:`unsc.sources.holds.HOLDS`) spans the
    whole window: then a vote nothing matches would be in the record.
    """
    from unsc.sources.holds import BODY_KINDS, KIND_WORDS, KINDS, holds

    reasons = []
    for b in [body] if body else list(BODY_KINDS):
        need = kinds & BODY_KINDS.get(b, frozenset())
        if not need:
            continue  # a veto is the Council's: the other bodies cannot hold it
        srcs = {f: span for (bb, f), span in idx.sources.items() if bb == b}
        complete = {f: span for f, span in srcs.items() if holds(f).complete_for(b, need)}
        if any(first <= lo and hi <= last for first, last, _ in complete.values()):
            continue
        words = " or ".join(KIND_WORDS[k] for k in KINDS if k in need)
        if complete:  # a complete record exists, but the days run past it
            f, (first, last, _) = max(complete.items(), key=lambda kv: kv[1][1] - kv[1][0])
            side = "after" if hi > last else "before"
            beyond = (idx.body == b) & ((idx.dates > np.datetime64(last, "ns")) if side == "after"
                                        else (idx.dates < np.datetime64(first, "ns")))
            found = pd.Series(idx.formats[beyond]).fillna("").value_counts(sort=False)
            held = " and ".join(holds(g or None).count(int(n), b) for g, n in found.items())
            reasons.append(f"outside the complete {b} record ({_fmt(first)} to {_fmt(last)}); the data hold "
                           + (f"only {held} {side} it" if held else f"no {b} decision {side} it"))
            continue
        spanning = [f for f, (first, last, _) in srcs.items() if first <= hi and lo <= last
                    and not holds(f).selection]
        if spanning:
            h = holds(spanning[0])
            lacking = [k for k in KINDS if k in need and k not in h.kinds]
            reasons.append(f"the {b} record for those days holds {h.what}: "
                           f"{' or '.join(KIND_WORDS[k] for k in lacking)} is not in it")
        elif srcs and all(holds(f).selection for f in srcs):
            n = sum(span[2] for span in srcs.values())
            held = holds(next(iter(srcs))).count(n, b)
            reasons.append(f"the data hold only {held}, no complete {b} record")
        elif srcs:
            reasons.append(f"no source in the data holds every {b} decision of this kind ({words}) for "
                           f"{_fmt(lo)} to {_fmt(hi)}")
        else:
            reasons.append(f"the data hold no {b} decisions")
    if not reasons:
        return None
    return reasons[0] if body else "no body named, and " + "; ".join(reasons)


#: A resolution's symbol (not a draft's): every adopted decision in the record is known by one.
_RESOLUTION_SYMBOL = re.compile(r"^(?:S/RES/|A/RES/|A/HRC/RES/)")

#: Unlinked for what the sentence is, not for what the record lacks: these stay ``unlinked``.
_NOT_ONE_VOTE = ("refers to several", "cited as background", "cited without a vote", "cites several")


def _symbol_year(symbol: str) -> int | None:
    """The year a symbol carries ("S/RES/2235(2015)", "S/2017/970"), if any."""
    m = re.match(r"^S/RES/\d+\((\d{4})\)$|^S/(\d{4})/\d+$", symbol)
    return int(m.group(1) or m.group(2)) if m else None


#: Unlinked because nothing the record holds fits (not because several fit equally).
_NOTHING_FITS = ("no vote in the data matches", "no decision fits well enough")
#: Said of a stated roll call that fits none of the votes held for those days.
_NONE_FITS = "(nor does any of the"


def _no_roll_call(m: pd.Series, stated: dict[str, str]) -> bool:
    """Whether the sentence says its text was adopted without a vote (and states no vote of its own)."""
    return bool(_NO_VOTE.search(str(m["evidence"]))) and not stated and not isinstance(m["tally"], str)


def _held(idx: _Index, cited: list[str]) -> list[str]:
    """The record's decisions a list of cited symbols names (by decision or draft symbol)."""
    hit = np.zeros(len(idx.ids), dtype=bool)
    for c in cited:
        hit |= (idx.ids == c) | (idx.drafts == c)
        if "(" not in c:
            hit |= np.char.startswith(idx.ids.astype(str), c + "(")
    return sorted(set(idx.ids[hit]))


def _one_symbol_held(found: list[str], idx: _Index) -> list[str]:
    """Cited decisions that are one symbol recorded twice count once (the bare symbol).

    "Draft Resolution S/1997/199" names the draft the drafts table holds as ``S/1997/199`` and the
    veto list as ``S/1997/199 (ID 78)``: one vote, on one day, by one body, not two decisions the
    sentence may mean. Rows of one symbol whose known tallies differ (separate recorded votes on
    one text, "A/RES/72/29 (rcid 5980)") stay apart.
    """
    if len(found) < 2:
        return found
    bare = {re.sub(r"\s+\((?:ID|rcid)\s+\d+\)$", "", d) for d in found}
    if len(bare) != 1 or (plain := next(iter(bare))) not in found:
        return found
    at = [int(np.flatnonzero(idx.ids == d)[0]) for d in found]
    if len({(idx.dates[i], idx.body[i]) for i in at}) != 1:
        return found
    for k in ("yes", "no", "abstain"):
        if len({idx.tally[k][i] for i in at if idx.tally[k][i] >= 0}) > 1:
            return found
    return [plain]


def _link_one(rows: pd.DataFrame, ds: Dataset, previous: str | None = None,
              vetoed_only: bool = True, headline: str | None = None) -> Linked:
    """See :func:`link_one`. ``vetoed_only=False``: a veto claim is tried on every decision, and the
    one decision held for those days is linked only when something stated names it."""
    from unsc.coverage.extract import _concepts

    idx = _index(ds)
    m = rows.iloc[0]
    cited = _split(m["cited"])
    stated = _positions(rows)
    has_vote = bool(stated) or isinstance(m["tally"], str) or bool(m["unanimous"]) or \
        isinstance(m["outcome"], str)
    if bool(m["plural"]):
        several = _several(m, stated, idx, ds)
        if several is not None:
            return several
        if _LAST_OF.search(str(m["evidence"])) and pd.notna(m["date_from"]) and pd.notna(m["date_to"]) and \
                m["date_to"] - m["date_from"] <= pd.Timedelta(days=31):
            # "has used its veto four times, the last time in February 1999": the count is of
            # several, the dated clause names one; linked as a mention of that one, by the same rules
            last = _link_one(rows.assign(plural=False), ds, None, vetoed_only, headline)
            if last.status == "linked":
                return replace(last, reason=f"the last of several it counts, dated {m['date_text']}: "
                                            f"{last.reason}")
        cites = _cites_several(m, cited, stated, idx)
        if cites is not None:
            return cites
        # several votes of a day or a window written, none of which the record could hold (an
        # undated count, "have repeatedly vetoed", may reach back into it)
        outside = _outside_span(m, idx) if pd.notna(m["date"]) or pd.notna(m["date_from"]) else None
        if outside is not None:
            return Linked(None, math.nan, "unverifiable", f"refers to several decisions, {outside}")
        return Linked(None, math.nan, "unlinked", "refers to several decisions, not one")
    if previous is not None and not cited:
        other = _other_of_the_day(m, stated, idx, previous)
        if other is not None:
            return other
    if cited and not stated and not isinstance(m["tally"], str) and _BACKGROUND.search(str(m["evidence"])):
        return Linked(None, math.nan, "unlinked", f"cited as background: {', '.join(cited)}")
    if cited and not has_vote:  # named, not voted on or said to have done anything here
        story = _cited_story(m, cited, idx)
        if story is not None:
            return story
        adoption = _adoption_told(m, cited, idx)
        if adoption is not None:
            return adoption
        return Linked(None, math.nan, "unlinked", f"cited without a vote: {', '.join(cited)}")
    if cited:
        found = _one_symbol_held(_held(idx, cited), idx)
        if not has_vote and m["kind"] == "precedent" and not found:
            return Linked(None, math.nan, "unlinked", f"cited as background: {', '.join(cited)}")
        if len(found) == 1:
            return Linked(found[0], 1.0, "linked", f"cites {', '.join(cited)}")
        if len(found) > 1:
            dated_one = _cited_in_window(m, found, idx)
            if dated_one is not None:
                return Linked(dated_one, 1.0, "linked",
                              f"cites {', '.join(found)}; of them only {dated_one} was voted on in the days "
                              f"the sentence gives ({m['date_text']})")
            return Linked(None, math.nan, "unlinked", f"cites several decisions: {', '.join(found)}")
    article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
    lo, hi, dated = _window(m, article_date)
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    outside = _outside_span(m, idx, lo, hi)
    if outside is not None:
        return Linked(None, math.nan, "unverifiable", outside)
    dates = idx.dates
    keep = (dates >= np.datetime64(lo, "ns")) & (dates <= np.datetime64(hi, "ns"))
    if idx.approx is not None and idx.approx.any():
        # a decision whose stored day is not the vote's is of the days allowed when its month is
        months = dates.astype("datetime64[M]")
        keep = keep | (idx.approx & (months >= np.datetime64(lo, "M")) & (months <= np.datetime64(hi, "M")))
    if body is not None:
        keep = keep & (idx.body == body)
    if vetoed_only and _veto_claim(m, rows, stated):
        keep = keep & (idx.outcome == "vetoed")
    if _TEXT_WORD.search(str(m["evidence"])) and not _AMEND_WORD.search(str(m["evidence"])):
        # "voted in favour of the resolution": the text's own vote, not one on an amendment to it
        keep = keep & ~idx.amendments()
    dated_here = [c for c in cited if _symbol_year(c) is not None and lo.year <= _symbol_year(c) <= hi.year]
    if dated_here and not _held(idx, cited):
        # a symbol of the vote's own year the record does not hold: a decision the record knows by
        # another symbol is not it (a resolution symbol names every adopted decision; a draft symbol
        # only those with one). A symbol of another year is background ("set up by resolution
        # 1234 (2008)") and one without a year cannot tell: the date links those as before.
        if any(_RESOLUTION_SYMBOL.match(c) for c in dated_here):
            keep = keep & False
        else:
            keep = keep & (idx.drafts == "")
    if _no_roll_call(m, stated):  # adopted without a vote: a recorded vote is another decision
        keep = keep & ~np.isin(idx.ids, idx.votes.decision_id.unique()) & (idx.tally["yes"] < 0)
    topics = set(_split(m["topics"]))
    names = [n.lower() for n in _split(m["subjects"])]
    cand = np.flatnonzero(keep)
    evidence = str(m["evidence"])
    if previous is not None and (_ANOTHER.search(evidence) or _OTHER_TIME.search(evidence)):
        # "a second draft", "the rival text", "Two days before, the Council had passed": not the one
        # just linked
        cand = cand[idx.ids[cand] != previous]
    if topics or names:
        # ("against Cuba" in a title naming two states, the United States and Cuba, is about Cuba too)
        named_topic = re.compile("|".join(rf"\b{re.escape(short_name(t).lower())}\b"
                                          for t in sorted(topics))) if topics else None
        fits = np.array([idx.codes[i] in topics or any(n in idx.titles[i] for n in names)
                         or (bool(topics) and idx.title_state(i) in topics)
                         or (named_topic is not None and named_topic.search(idx.titles[i]) is not None)
                         for i in cand], dtype=bool)
        unknown = np.array([idx.codes[i] is None for i in cand], dtype=bool)
        topic_part = np.where(fits, 1.0, np.where(unknown, 0.3, 0.0))
        if names:  # the sentence names the subject: a decision about another state is out
            cand, topic_part = cand[fits | unknown], topic_part[fits | unknown]
    else:
        topic_part = None
    if not len(cand):
        where = f"{body or 'any body'}, {_fmt(lo)} to {_fmt(hi)}"
        return Linked(None, math.nan, "unlinked", f"no vote in the data matches ({where})")
    parts: dict[str, np.ndarray] = {}
    cdates = dates[cand]
    if pd.notna(m["date"]):
        delta = np.abs((cdates - np.datetime64(m["date"])) / np.timedelta64(1, "D"))
        parts["date"] = np.where(delta == 0, 1.0, 0.6)  # a day apart: only a time-zone shift
        if idx.approx is not None:  # (its month alone told: the day neither fits nor misfits)
            parts["date"] = np.where(idx.approx[cand], 0.6, parts["date"])
    elif dated:
        parts["date"] = np.ones(len(cand))
    else:
        days = np.clip((np.datetime64(hi) - cdates) / np.timedelta64(1, "D"), 0, None)
        parts["date"] = 0.4 + 0.6 * np.exp(-days / 7.0)
    if body is not None:
        parts["body"] = np.ones(len(cand))
    if topic_part is not None:
        parts["topic"] = topic_part
    if isinstance(m["outcome"], str) and m["outcome"]:
        got = idx.outcome[cand]
        # a vetoed draft failed too, unless it is said to have failed for want of votes
        short = m["outcome"] == "failed" and bool(_SHORT_OF_VOTES.search(str(m["evidence"])))
        fits = (got == m["outcome"]) | ((m["outcome"] == "failed") & (got == "vetoed") & (not short))
        parts["outcome"] = fits.astype(float)
    concepts = _concepts(str(m["evidence"]), 0)
    if concepts:
        parts["concepts"] = np.array([len(idx.concepts(i) & concepts) / len(concepts)
                                      for i in cand])
    sponsors = sponsors_in(str(m["evidence"]))
    if sponsors:
        title_sponsors = [idx.sponsors(i) for i in cand]
        if any(title_sponsors):
            parts["sponsor"] = np.array([np.nan if not t else float(bool(t & sponsors))
                                         for t in title_sponsors])
    num = np.zeros(len(cand))
    den = np.zeros(len(cand))
    for k, v in parts.items():
        ok = ~np.isnan(v)
        num += np.where(ok, WEIGHTS[k] * np.nan_to_num(v), 0.0)
        den += np.where(ok, WEIGHTS[k], 0.0)
    score = num / den
    order = np.argsort(-score, kind="stable")
    best = score[order[0]]
    if not dated and previous is not None and previous in set(idx.ids[cand]) and (stated or isinstance(
            m["tally"], str)) and _fits(idx, int(np.flatnonzero(idx.ids == previous)[0]), stated,
                                        m["tally"]) and not _names_another(list(cand), str(m["evidence"]),
                                                                            previous, idx) \
            and not _another_kind(str(m["evidence"]), previous):
        # an undated sentence right after a linked one, whose stated votes fit that vote: the same story
        return Linked(previous, round(float(score[list(idx.ids[cand]).index(previous)]), 3), "linked",
                      "continues the vote linked just before (no date of its own; its stated votes fit)")
    inherited = isinstance(m["date_text"], str) and m["date_text"].endswith("(as before)")
    if (not dated or inherited) and previous is not None and previous in set(idx.ids[cand]) and \
            len(stated) >= MOSTLY_MIN and not isinstance(m["tally"], str):
        at = int(np.flatnonzero(idx.ids == previous)[0])
        votes = idx.votes_of(previous)
        misfit = [c for c, p in stated.items()
                  if not (votes and c in votes and _vote_fits(idx, at, votes, c, p))]
        if len(misfit) == 1 and not any(_fits(idx, i, stated, None) for i in cand) and \
                not _names_another(list(cand), str(m["evidence"]), previous, idx) and \
                not _another_kind(str(m["evidence"]), previous):
            # "India, Japan, South Korea, the UAE and Brazil are among the countries that abstained",
            # after the text's roll call, South Korea having voted yes: one slip in a list that no
            # other vote fits is the article's claim about this one, to judge
            return Linked(previous, round(float(score[list(idx.ids[cand]).index(previous)]), 3), "linked",
                          f"continues the vote linked just before (no date of its own; all but one of "
                          f"its {len(stated)} stated votes fit, and no other vote fits them all: "
                          f"{_misfits(idx, at, {misfit[0]: stated[misfit[0]]}, None)} to judge)")
    if best < THRESHOLD:
        return Linked(None, math.nan, "unlinked",
                      f"no decision fits well enough (best {idx.ids[cand[order[0]]]}, {best:.2f})")
    if topic_part is not None and topic_part[order[0]] == 0.0 and not cited and \
            idx.codes[cand[order[0]]] not in set(_codes(str(m["evidence"]))) - set(stated):
        # the best is about another state than the one the story is about: never a clear link (unless
        # the sentence names that state too, not as a voter: "Angered by Guatemala's ties to Ruritania,
        # China vetoed the observer mission" is about both)
        return Linked(None, math.nan, "unlinked",
                      f"no decision fits well enough (best {idx.ids[cand[order[0]]]} is about "
                      f"{idx.codes[cand[order[0]]]}, not {', '.join(sorted(topics)) or 'the subject'})")
    close = _one_per_decision([cand[i] for i in order if score[i] >= best - MARGIN], idx, previous)
    if len(close) == 1 and _written_parts(m["tally"]) >= 2 and not _fits(idx, close[0], stated, m["tally"]):
        # "in the 2-3 vote with 10 abstentions" after a sentence about the day's other vote: the count
        # written contradicts the best fit by date and subject, and fits exactly one other vote of
        # that day: the count names it (two or more such votes: it cannot tell, and nothing is linked)
        exact = [i for i in np.flatnonzero(keep) if i != close[0] and dates[i] == dates[close[0]]
                 and _fits(idx, i, stated, None) and _count_exact(idx, i, m["tally"])]
        if len(exact) == 1:
            at = np.flatnonzero(cand == exact[0])
            day = _fmt(pd.Timestamp(dates[exact[0]]))
            return Linked(idx.ids[exact[0]], round(float(score[at[0]] if len(at) else best), 3), "linked",
                          f"the stated count {m['tally']} fits it alone of the votes of {day} (the best fit "
                          f"by date and subject, {idx.ids[close[0]]}, has "
                          f"{_misfits(idx, close[0], {}, m['tally'])})")
        if exact:
            return Linked(None, math.nan, "unlinked",
                          f"the stated count {m['tally']} does not fit the best fit {idx.ids[close[0]]} and "
                          f"fits {len(exact)} other votes of that day: "
                          f"{', '.join(idx.ids[i] for i in exact[:4])}")
    if len(close) == 1 and stated and not _fits(idx, close[0], stated, None):
        # the best fit by date and subject contradicts what the sentence says a member did while
        # another vote of that same day agrees with it: the subject words misled ("condemning
        # Russia's actions" is not the topic "Ukraine"), and a link would give a contradiction the
        # article does not make
        agree = [i for i in np.flatnonzero(keep) if i != close[0] and dates[i] == dates[close[0]]
                 and _fits(idx, i, stated, None)]
        pinned = bool(names) and any(n in idx.titles[close[0]] for n in names) and not any(
            idx.codes[i] in topics or any(n in idx.titles[i] for n in names) for i in agree)
        if agree and pinned:
            # "Egypt voted for the resolution on deploying police in Burundi" when Egypt abstained on
            # it and voted for the day's other text (on Sudan): the state the sentence names as its
            # subject is the best fit's and not the other's, so the sentence is about the best fit,
            # and the member's stated vote is a claim to judge (where only the member's vote chose,
            # it stays unlinked, below)
            shown = ", ".join(idx.ids[i] for i in agree[:4]) + (" ..." if len(agree) > 4 else "")
            return Linked(idx.ids[close[0]], round(float(best), 3), "linked",
                          f"the sentence names its subject ({', '.join(names)}), which {shown} of the same "
                          "day is not about; the stated votes fit that one, to judge")
        if agree:
            shown = ", ".join(idx.ids[i] for i in agree[:4]) + (" ..." if len(agree) > 4 else "")
            return Linked(None, math.nan, "unlinked",
                          f"the best fit {idx.ids[close[0]]} ({best:.2f}) contradicts the stated votes, "
                          f"which fit {shown}")
        recorded = idx.votes_of(idx.ids[close[0]])
        if len(stated) >= 2 and not any(recorded.get(c) == p for c, p in stated.items()):
            # every member named contradicts the best fit, and a vote a day from it fits them all: the
            # day the sentence carries (a weekday said wrong, "Tuesday" of a Monday vote, or the next
            # day's vote on another subject) is what misled. The story's vote just linked is that one;
            # any other is not linked, since a link would judge every position wrong
            day = np.timedelta64(1, "D")
            beside = [int(i) for i in cand if i != close[0] and abs(dates[i] - dates[close[0]]) <= day
                      and _fits(idx, int(i), stated, m["tally"])]
            if len(beside) == 1 and idx.ids[beside[0]] == previous:
                at = int(np.flatnonzero(cand == beside[0])[0])
                return Linked(previous, round(float(score[at]), 3), "linked",
                              f"continues the vote linked just before: its stated votes fit it, while "
                              f"the best fit by date, {idx.ids[close[0]]}, contradicts every one of them")
            if beside:
                shown = ", ".join(idx.ids[i] for i in beside[:4])
                return Linked(None, math.nan, "unlinked",
                              f"the best fit {idx.ids[close[0]]} ({best:.2f}) contradicts every position "
                              f"stated, which fit {shown} a day from it")
    if len(close) == 1:
        runner = (f"; next {idx.ids[cand[order[1]]]} ({score[order[1]]:.2f})" if len(order) > 1
                  else "; the only candidate")
        best_at = int(order[0])
        told = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
        named = any(parts[k][best_at] == 1.0 for k in ("topic", "sponsor") if k in parts) or (
            # the story just told of it (unless with an outcome it did not have: "the council, however,
            # did adopt a resolution" after a veto)
            idx.ids[close[0]] == previous and (told is None or outcome_fits(told, str(idx.outcome[close[0]])))
        ) or (  # the sentence names the state its title is about
                idx.codes[close[0]] is not None and idx.codes[close[0]] in _codes(str(m["evidence"]))) or \
            _names_rare_title_word(close[0], str(m["evidence"]), idx)
        recorded = idx.votes_of(idx.ids[close[0]])
        agree = sum(recorded.get(c) == p for c, p in stated.items())
        # the stated votes name it: all fit, or most of a roll call (a misstated member is a claim to judge)
        confirmed = bool(stated or isinstance(m["tally"], str)) and _fits(
            idx, close[0], stated, m["tally"], partial=True) or agree >= 2 and agree >= 0.75 * len(stated)
        # "the Security Council on March 24 unanimously adopted ...": the Council puts its resolutions
        # to a vote, so a day's one vote held, recorded without a vote against or an abstention,
        # is the one told of (the Assembly and the Rights Council adopt texts without a vote, which
        # their tables lack: "unanimously" names none of theirs)
        confirmed = confirmed or _unanimous_fit(m, idx, close[0], body)
        if not vetoed_only:  # a veto said of a draft not vetoed: one member's fitting no names nothing
            confirmed = confirmed and (len(stated) >= 2 or isinstance(m["tally"], str))
        if idx.partial[close[0]]:  # a selection's partial roll call: only what it holds confirms
            confirmed = confirmed and _evidence(idx, close[0], stated, m["tally"]) >= 2
        if confirmed and not dated and idx.body[close[0]] == "GA" and len(stated) <= FEW_IN_ASSEMBLY \
                and not isinstance(m["tally"], str) and (topic_part is None or topic_part[best_at] < 1.0):
            # "only Israel joined the US to vote against the resolution" in a story about Cuba: two or three
            # members' votes the month's one Assembly vote held shares (the chair of the Group of 77,
            # where both voted no too) name nothing, unless the text is about the story's state
            confirmed = False
        if not named and not confirmed and not dated and body == "GA" and idx.body[close[0]] == "GA" and \
                _known_to_lack(idx, body, lo, hi):
            # the Assembly's table is known to lack some of its votes (the Cuba vote of 1 November 2018
            # among them): the one vote it holds for those days may not be the one told of
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}, is the only "
                          "one held for those days, but the Assembly's table lacks some of its votes, and "
                          "neither its subject, its sponsor, the story before nor enough stated votes "
                          "name it)")
        if not named and not confirmed and (not vetoed_only or _not_held(
                idx, body, lo, hi, _kinds(m, stated)) is not None) and not (
                dated and _names_subject(close[0], str(m["evidence"]), idx)
                and (topic_part is None or topic_part[best_at] == 1.0)):
            # the record is not complete for those days: being the only vote held that day says
            # nothing, and neither subject, sponsor nor the stated votes say it is this one (a day
            # told with the words of its title does: "voted on Wednesday to condemn the attempted
            # annexation of four regions")
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}, is the only "
                          "one held for those days, and neither its subject, its sponsor nor the story "
                          "before names it)")
        # "passed a landmark measure affirming the rights of indigenous peoples": the sentence names the
        # best fit's subject by its title's weighty words, as a tie is broken (:func:`_by_subject`)
        named_subject = not named and not confirmed and not dated and _names_subject(
            close[0], str(m["evidence"]), idx)
        if not named and not confirmed and not dated and not named_subject and topic_part is not None and \
                topic_part[best_at] < 1.0 and not stated and not isinstance(m["tally"], str) \
                and not bool(m["unanimous"]):
            # "After some amendment, the Assembly passed the resolution": the story is about a state
            # (its topic), the month's votes about it are not held (an emergency session the table
            # lacks), and the best fit is a text of no state at all that wins on date and outcome
            # alone; nothing the sentence states names it
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}, is about no "
                          f"state, while the story is about {', '.join(sorted(topics))}, and nothing the "
                          "sentence states names it)")
        if not named and not confirmed and not dated and not named_subject \
                and (stated or isinstance(m["tally"], str)) \
                and not _fits(idx, close[0], stated, m["tally"], partial=True) \
                and not _outweighs(idx, close[0], stated, m["tally"]) \
                and not any(p == "absent" and c not in recorded for c, p in stated.items()):
            # an undated sentence the month's latest vote wins on recency alone, while nothing it states
            # fits it: the vote told of may be another (one the data lack, one the sentence names by a
            # subject that filtered it out), and a link would judge a claim not made of it. What the
            # record confirms keeps it only when it is no less than what the record denies ("six voted
            # against" of a 77-6 vote recorded 78-6; a member said to be absent that has no vote in
            # it), not the one part of "59 in favour, 3 opposed, 71 abstaining" a 146-3-15 vote shares
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}, wins on "
                          "recency alone: neither its subject, its sponsor nor the story before names it, "
                          "and what the sentence states does not fit it: "
                          f"{_misfits(idx, close[0], stated, m['tally'])})")
        if not named and not named_subject and _written_parts(m["tally"]) == 3 and \
                not _near_count(idx, close[0], m["tally"]) and \
                not _fits(idx, close[0], stated, m["tally"], partial=True):
            # "the Assembly voted 128 to 9, with 35 abstentions, to demand that the US rescind its Dec. 6
            # declaration": a count written in full of which no part is the best fit's tells of another
            # vote (here one days later, dated by another event), however well the day fits; linked, it
            # would be judged on a claim not made of it. (Two parts, "by 20 votes to 5", both wrong of
            # the one vote that day, stay a misstatement to judge.)
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}, has no part "
                          f"of the count stated, and neither its subject, its sponsor nor the story before "
                          f"names it: {_misfits(idx, close[0], stated, m['tally'])})")
        from unsc.coverage.judge import CLEAR_FIT

        if len(order) > 1 and best < CLEAR_FIT and len(stated) >= 2 and agree == 0 \
                and not isinstance(m["tally"], str) and all(c in recorded for c in stated) \
                and all(p in ("yes", "no", "abstain") for p in stated.values()):
            # a likely, not clear, fit that every member the sentence names contradicts ("China and
            # Russia opposed the proposal" of a statement, beside a vote both backed): the sentence
            # tells of something else, and a link this weak could not call it wrong anyway
            return Linked(None, math.nan, "unlinked",
                          f"no decision fits well enough (best {idx.ids[close[0]]}, {best:.2f}{runner}, "
                          f"and every position the sentence states contradicts it: "
                          f"{_misfits(idx, close[0], stated, m['tally'])})")
        if idx.ids[close[0]] == previous and topic_part is not None and topic_part[best_at] == 1.0 \
                and not isinstance(m["tally"], str) and pd.notna(m["date"]) \
                and idx.dates[close[0]] == np.datetime64(pd.Timestamp(m["date"]).normalize(), "ns"):
            # "Egypt voted for the resolution on Burundi. The resolution, which was unanimously
            # adopted on Friday, ...": the best fit is the vote the story has just told of, about the
            # state named, so the link is as clear as the one before it (not a guess among the day's
            # votes). Not for a count: a count one off the record's is as often the record's slip
            # (a member row of a roll call with no tally of its own) as the article's, and it stays a
            # likely link, not judged. Nor for a sentence not dated to the vote's very day ("was to
            # take place on Thursday but was postponed"): its date would be judged on a guess
            return Linked(idx.ids[close[0]], round(float(best), 3), "linked",
                          f"the vote linked just before, about the state named, and the best fit "
                          f"({best:.2f}){runner}")
        return Linked(idx.ids[close[0]], round(float(best), 3), "linked",
                      f"best fit ({best:.2f}){runner}")
    # the stated votes choose first: "the council then voted on the rival draft" goes on with another vote
    chosen = _by_stated_votes(close, stated, m["tally"], idx, str(m["evidence"]))
    if chosen is not None and body is None and len({idx.body[i] for i in close}) > 1:
        # members' votes alone pick nothing among the votes of every body over the days allowed ("this
        # year, Palau abstained" beside a story of one Assembly vote): one text of hundreds that a few
        # named votes happen to fit is a guess
        chosen = None
    shown = ", ".join(idx.ids[i] for i in close[:4]) + (" ..." if len(close) > 4 else "")
    if chosen is not None and not _fits(idx, chosen, stated, m["tally"]) and _not_held(
            idx, body, lo, hi, _count_kinds(m, stated, body)) is not None:
        # a count fitting one vote only in part names it only where the record holds every vote
        # of that kind for those days: otherwise the vote told of may be one the data lack (a
        # rejected HRC draft), and the partial fit would turn into a false contradiction
        return Linked(None, math.nan, "unlinked",
                      f"the stated count fits {idx.ids[chosen]} only in part, and the record is not "
                      f"complete for those days ({', '.join(idx.ids[i] for i in close[:4])})")
    said = m["outcome"] if isinstance(m["outcome"], str) and m["outcome"] else None
    if chosen is not None and said is not None and not outcome_fits(said, str(idx.outcome[chosen])):
        why = _not_held(idx, body, lo, hi, _kinds(m, stated))
        if why is not None:
            # "the Council passed by a 10-1 vote a resolution" in 1982, where the record holds only
            # vetoed drafts: the one veto of those days the count does not rule out is not the text
            # that passed; the record cannot hold that one
            return Linked(None, math.nan, "unverifiable",
                          f"{why}; the one held vote of those days the stated votes fit, {idx.ids[chosen]}, "
                          f"was {idx.outcome[chosen]}, not {said}")
    if chosen is not None:
        fit = "fit it alone" if _fits(idx, chosen, stated, m["tally"]) else \
            "fit it in part (a count differs, to judge) and none of the others"
        return Linked(idx.ids[chosen], round(float(best), 3), "linked",
                      f"the stated votes {fit} of {len(close)} ({shown})")
    titled = _quoted_title(close, str(m["evidence"]), idx)
    if titled is not None and _fits(idx, titled, stated, m["tally"]):
        return Linked(idx.ids[titled], round(float(best), 3), "linked",
                      f"{len(close)} decisions fit equally ({shown}); the sentence quotes the title of "
                      f"{idx.ids[titled]}")
    if previous is not None and previous in {idx.ids[i] for i in close} and titled is None and _fits(
            idx, int(np.flatnonzero(idx.ids == previous)[0]), stated, m["tally"]) \
            and not _another_kind(str(m["evidence"]), previous) \
            and (said is None or outcome_fits(said, str(idx.outcome[idx.ids == previous][0]))):
        # (not "The council, however, did unanimously adopt a Russian-proposed resolution" after a veto:
        # an outcome the vote just linked did not have tells of another text)
        return Linked(previous, round(float(best), 3), "linked",
                      f"continues the vote linked just before ({len(close)} fit its date)")
    if previous is not None and previous in {idx.ids[i] for i in close} and titled is None \
            and _written_parts(m["tally"]) and not _another_kind(str(m["evidence"]), previous) \
            and _fits(idx, int(np.flatnonzero(idx.ids == previous)[0]), stated, None) \
            and not any(_fits(idx, i, {}, m["tally"]) for i in close) \
            and _near_count(idx, int(np.flatnonzero(idx.ids == previous)[0]), str(m["tally"])) \
            and _not_held(idx, body, lo, hi, _count_kinds(m, stated, body)) is None \
            and not _known_to_lack(idx, body, lo, hi):
        # "Three voted against it and two in favour. There were seven who refrained": a count that
        # no vote of those days has, in a sentence going on with the vote just linked (whose
        # members' votes it states rightly), is a claim about that vote, to judge; where the
        # record may lack a vote of those days it may be of that one, and stays unlinked
        return Linked(previous, round(float(best), 3), "linked",
                      f"continues the vote linked just before ({len(close)} fit its date; the stated count "
                      "fits none of them, to judge)")
    if len(stated) >= ROLL_MIN and not any(_fits(idx, i, stated, m["tally"]) for i in close):
        printed = _roll_call_fingerprint(idx, cand, stated)
        if printed is not None:
            return printed
    if len(stated) >= MOSTLY_MIN and not any(_fits(idx, i, stated, m["tally"]) for i in close):
        mostly = _mostly_fits_named(close, stated, m, headline, idx)
        if mostly is not None:
            return mostly
    if len(stated) >= 2 and not any(_fits(idx, i, stated, m["tally"]) for i in close):
        # unlinked, not unverifiable: the article may misstate a vote the data hold, or the data lack it
        lacking = "" if any(_fits(idx, i, stated, m["tally"]) for i in cand) else (
            f" (nor does any of the {len(cand)} {body or ''} votes the data hold for {_fmt(lo)} to "
            f"{_fmt(hi)}: the data may lack this vote, or the article may misstate it)").replace("  ", " ")
        return Linked(None, math.nan, "unlinked",
                      f"no recorded vote fits the {len(stated)} positions stated; {len(close)} decisions "
                      f"fit the rest equally: {shown}{lacking}")
    subject = _by_subject(close, str(m["evidence"]), headline, idx) or \
        _by_distinct_words(close, str(m["evidence"]), idx)
    if subject is not None:
        i, why = subject
        if _fits(idx, i, stated, m["tally"]):
            return Linked(idx.ids[i], round(float(best), 3), "linked",
                          f"{len(close)} decisions fit equally ({shown}); {why}")
        tally = m["tally"]
        if isinstance(tally, str) and _fits(idx, i, stated, None) and \
                (len(stated) >= 2 or _written_parts(tally) >= 3) and \
                sum(x != "?" and idx.tally[k][i] == int(x)
                    for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True)) >= 2:
            # "passed by 128 to 9 with 35 abstentions" of the text whose subject the sentence names,
            # recorded 127-9-35: two parts of the count exact (and any members named fitting) make the
            # third a claim about this vote, to judge (where member rows are missing, it is unverifiable)
            return Linked(idx.ids[i], round(float(best), 3), "linked",
                          f"{len(close)} decisions fit equally ({shown}); {why}; what the sentence states "
                          f"fits it but for one part of the count ({_misfits(idx, i, stated, tally)}), "
                          "to judge")
        vetoed = _by_veto(close, stated, idx, by_roll_call=hi - lo <= pd.Timedelta(days=UNDATED_DAYS))
        if vetoed is not None and vetoed[0] != i and _fits(idx, vetoed[0], stated, m["tally"]):
            # "The US has vetoed a resolution by Palestine seeking full membership": the subject's words
            # are in the title of a text the US did not veto, and the one draft not adopted is the
            # other; what the sentence states outweighs the words of a title
            return Linked(idx.ids[vetoed[0]], round(float(best), 3), "linked",
                          f"{len(close)} decisions fit equally ({shown}); {why}, but what the sentence "
                          f"states does not fit it ({_misfits(idx, i, stated, m['tally'])}); {vetoed[1]}")
        return Linked(None, math.nan, "unlinked",
                      f"{len(close)} decisions fit equally ({shown}); {why}, but what the sentence "
                      f"states does not fit it ({_misfits(idx, i, stated, m['tally'])}), so it is not linked")
    # of several failed drafts, the roll call names the vetoer's only within a month's window: "the
    # first time China has used its veto since 1972" looks back to a year, not to one of its vetoes
    vetoed = _by_veto(close, stated, idx, by_roll_call=hi - lo <= pd.Timedelta(days=UNDATED_DAYS))
    if vetoed is not None and _fits(idx, vetoed[0], stated, m["tally"]):
        return Linked(idx.ids[vetoed[0]], round(float(best), 3), "linked",
                      f"{len(close)} decisions fit equally ({shown}); {vetoed[1]}")
    if (_written_parts(m["tally"]) >= 2 or said is not None) and not any(
            _fits(idx, int(i), stated, m["tally"])
            and (said is None or outcome_fits(said, str(idx.outcome[i]))) for i in cand):
        # "the Council voted down a draft on Yemen by 21 votes to 18": the day's adopted texts tie on
        # date and subject, but none has the count or the outcome told; the vote told of is one the
        # data lack (a rejected draft, which the Rights Council's table does not hold) or one misstated
        what = " and ".join(w for w, on in (("count", _written_parts(m["tally"]) >= 2),
                                            ("outcome", said is not None)) if on)
        return Linked(None, math.nan, "unlinked",
                      f"no recorded vote fits the stated {what}; {len(close)} decisions fit the rest "
                      f"equally: {shown} (nor does any of the {len(cand)} {body or ''} votes the data "
                      f"hold for {_fmt(lo)} to {_fmt(hi)}: the data may lack this vote, or the article "
                      "may misstate it)".replace("  ", " "))
    return Linked(None, math.nan, "unlinked", f"{len(close)} decisions fit equally: {shown}",
                  tied=tuple(idx.ids[i] for i in close), tied_score=round(float(best), 3))


#: A UN office written as a person's title, right before the person's name ("High Commissioner Ana
#: Ruiz", "Secretary-General Ban Ki-moon"); "the Special Rapporteur on Iran" names no one.
_OFFICE_BEFORE_NAME = re.compile(
    r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:(?:Deputy|Assistant|Under)[- ])?(?:High\s+Commissioner"
    r"(?:\s+for\s+(?:Human\s+Rights|Refugees))?|Secretary[- ]General|Special\s+(?:Rapporteur|Envoy|"
    r"Adviser|Advisor|Representative|Coordinator)|Independent\s+Expert)(?=\s+(?:[A-Z][\w'’.-]*\s+)*"
    r"[A-Z][\w'’-]+\b(?!\s+(?:on|for|of)\b))")
#: The share of a decision's subject (its title's words, by weight) a sentence must name to choose it.
SUBJECT_SHARE = 0.2
#: ... and by how many times it must exceed the share of every other candidate that fits equally.
SUBJECT_LEAD = 2.0
#: Two titles sharing this much of their words (by weight, of all the words of both) are about the same thing.
SAME_SUBJECT = 0.3
#: The least weight of the words named: one word a few titles share (log(N/50) + 1), not a common one.
SUBJECT_WEIGHT = 4.5


def _outside_span(m: pd.Series, idx: _Index, lo: pd.Timestamp | None = None,
                  hi: pd.Timestamp | None = None) -> str | None:
    """Why the record cannot hold the mention's vote: a body it holds nothing of, or days past its span.

    ``lo`` and ``hi``: the mention's window, when known already (:func:`_window`).
    """
    if lo is None or hi is None:
        article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
        lo, hi, _ = _window(m, article_date)
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    if body is not None and body not in idx.spans:
        return f"the record holds no {body} decisions"
    span = idx.spans.get(body) if body else None
    if span is None and idx.spans:
        span = (min(s[0] for s in idx.spans.values()), max(s[1] for s in idx.spans.values()))
    if span is not None and (hi < span[0] or lo > span[1]):
        return f"outside the data: {body or 'the'} record covers {_fmt(span[0])} to {_fmt(span[1])}"
    return None


def _subject_shares(cands: list[int], text: str, idx: _Index) -> tuple[np.ndarray, list[list[str]]]:
    """How much of each candidate's subject ``text`` names: the idf-weighted share of its title's words.

    Returns the shares (0 to 1) and, per candidate, the words named (weightiest first). The share
    is of the title, not of the sentence, so a long sentence is not penalised and a long title
    ("Permanent sovereignty of the Palestinian people ... including East Jerusalem ...") that
    shares one word with it scores less than a short one ("Status of Jerusalem").
    """
    idf = idx.idf()
    said = subject_words(text)
    shares = np.zeros(len(cands))
    named: list[list[str]] = []
    for k, i in enumerate(cands):
        words = idx.subject_words(i)
        total = sum(_weight(idf, w) for w in words)
        hit = sorted(words & said, key=lambda w: (-_weight(idf, w), w))
        shares[k] = sum(_weight(idf, w) for w in hit) / total if total else 0.0
        named.append(hit)
    return shares, named


def _names_subject(i: int, sentence: str, idx: _Index) -> bool:
    """Whether ``sentence`` names decision ``i``'s subject as :func:`_by_subject` asks of a tie's winner:
    at least :data:`SUBJECT_SHARE` of its title's words by weight, weighing :data:`SUBJECT_WEIGHT`."""
    shares, named = _subject_shares([i], _OFFICE_BEFORE_NAME.sub(" ", sentence), idx)
    idf = idx.idf()
    return bool(shares[0] >= SUBJECT_SHARE and sum(_weight(idf, w) for w in named[0]) >= SUBJECT_WEIGHT)


#: Fewest members whose stated votes, alone, confirm an Assembly vote of another subject than the story's:
#: the Assembly's minorities against (the US and Israel) vote together on many texts.
FEW_IN_ASSEMBLY = 3
#: Most titles a capitalised word may share to name one decision on its own ("Xinjiang").
RARE_TITLES = 3


def _names_rare_title_word(i: int, sentence: str, idx: _Index) -> bool:
    """Whether ``sentence`` names decision ``i`` by a capitalised word of its title that at most
    :data:`RARE_TITLES` titles hold ("voted down a US-led draft decision on Xinjiang" of "... the
    Xinjiang Uyghur Autonomous Region of China"): a place or name that rare says which text it is."""
    words = idx.subject_words(i)
    if not words:
        return False
    idf = idx.idf()
    n = max(len(idx.ids), 1)
    rare = math.log((n + 1) / (RARE_TITLES + 1)) + 1.0
    said = {w.lower() for w in re.findall(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])", sentence)}
    return any(w in words and idf.get(w, 0.0) >= rare for w in said)


def _weight(idf: dict[str, float], word: str) -> float:
    """A subject word's weight: its idf; a word no title has (a state no topic names) weighs as the rarest."""
    found = idf.get(word)
    if found is None:
        found = idf[word] = max(idf.values(), default=1.0)  # kept: the next look-up is a dict's
    return found


#: Fewest stated positions that, most of them fitting the one tied candidate whose subject the
#: sentence names, link the sentence to it with the rest judged (:func:`_mostly_fits_named`).
MOSTLY_MIN = 4
#: The share of the stated positions that must fit it.
MOSTLY_SHARE = 0.75


def _mostly_fits_named(close: list[int], stated: dict[str, str], m: pd.Series, headline: str | None,
                       idx: _Index) -> Linked | None:
    """A tie broken by subject and votes together, where no candidate fits every stated position.

    "Voting against were the US, Israel, Guatemala, ... and Canada" of the Assembly's Jerusalem vote,
    among a day's dozen Middle East votes: the sentence (or headline) names the subject of one
    (:func:`_by_subject`), at least :data:`MOSTLY_SHARE` of :data:`MOSTLY_MIN` or more stated
    positions fit it, and more fit it than any other candidate; any written count fits it too. The
    misfits (Canada abstained) are the article's claims, judged. Else ``None``.
    """
    subject = _by_subject(close, str(m["evidence"]), headline, idx)
    if subject is None or not (_fits(idx, subject[0], {}, m["tally"]) or _beyond_seats(idx, subject[0],
                                                                                          m["tally"])):
        return None
    i, why = subject

    def fitting(j: int) -> int:
        votes = idx.votes_of(idx.ids[j])
        return sum(bool(votes) and c in votes and _vote_fits(idx, j, votes, c, p) for c, p in stated.items())

    n = fitting(i)
    if n < MOSTLY_SHARE * len(stated) or any(fitting(j) >= n for j in close if j != i):
        return None
    return Linked(idx.ids[i], 1.0, "linked",
                  f"{len(close)} decisions fit equally on identity; {why}, and {n} of the "
                  f"{len(stated)} positions stated fit it, more than any other (the rest to judge: "
                  f"{_misfits(idx, i, stated, m['tally'])})")


def _by_subject(close: list[int], sentence: str, headline: str | None, idx: _Index) -> tuple[int, str] | None:
    """The one candidate of a tie whose subject the sentence (and the headline) names, by a clear margin.

    A person breaks "2 decisions fit equally" by what the text is about: "adopted a resolution on
    protection against violence based on sexual orientation" is not "Human rights and international
    solidarity" of the same day. Chosen only when its title's words (weighted by how few titles
    share them) make up at least :data:`SUBJECT_SHARE` of its subject, weigh at least
    :data:`SUBJECT_WEIGHT`, and the share leads every other candidate's by :data:`SUBJECT_LEAD`
    times; two candidates about the same thing (the same title) never lead each other. Returns the
    candidate and the reason (naming the words and the margin), else ``None``.
    """
    if len(close) < 2:
        return None
    # "the recommendations that High Commissioner Ana Ruiz presented": an office before a person's
    # name is who spoke, not what the text is about ("the Office of the High Commissioner" of a title)
    text = _OFFICE_BEFORE_NAME.sub(" ", f"{sentence} {headline or ''}")
    shares, named = _subject_shares(close, text, idx)
    order = np.argsort(-shares, kind="stable")
    first, second = int(order[0]), int(order[1])
    idf = idx.idf()
    weight = sum(_weight(idf, w) for w in named[first])
    if shares[first] < SUBJECT_SHARE or weight < SUBJECT_WEIGHT:
        return None
    if headline and len(named[first]) < 2 and not _subject_shares([close[first]], sentence, idx)[1][0]:
        # one title word named by the headline alone ("N-ban resolution" for the "Comprehensive
        # Nuclear-Test-Ban Treaty"), nothing by the sentence: too little to choose a text by
        return None
    for k in order[1:]:
        k = int(k)
        own = set(named[k]) - set(named[first])
        if own and set(named[first]) <= set(named[k]):
            # named by every word that names the leader and more ("Cuba" and "embargo" of "Necessity of
            # ending the ... embargo ... against Cuba", beside "Situation of human rights in Cuba"): the
            # shorter title's lead on share is its length, not the sentence's words
            return None
        if own and sum(_weight(idf, w) for w in own) * SUBJECT_LEAD > weight:
            # another title named by words of its own, by not far less weight: a short title ahead on
            # share ("The right to food", all of it named) does not lead one the sentence names as much
            # (the weight of those own words: "President Trump" naming 'president' in a transcript's
            # title does not undo "embargo" and "Cuba" naming the other)
            return None
        if shares[k] * SUBJECT_LEAD <= shares[first]:
            continue
        # a short title near on share by a word the leader is named by too ("The right to development",
        # named only by 'right', beside "The human right to a clean, healthy ... environment", named by
        # 'right' and four more): the sentence names nothing of it the leader lacks, and the leader by
        # far more weight; any word of its own, or a leader not far ahead by weight, leaves the tie
        if not set(named[k]) <= set(named[first]) or \
                weight < SUBJECT_LEAD * sum(_weight(idf, w) for w in named[k]):
            return None
    lead = idx.subject_words(close[first])
    for k in order[1:]:
        other = idx.subject_words(close[int(k)])
        union = sum(_weight(idf, w) for w in lead | other)
        if union and sum(_weight(idf, w) for w in lead & other) / union >= SAME_SUBJECT:
            # two texts about the same thing ("Syria: renewal of the Joint Investigative Mechanism"
            # and "Syria: 30-day extension of the Joint Investigative Mechanism"): a word of the
            # sentence that only one title has cannot tell which of them it means
            return None
    words = ", ".join(f"'{w.lstrip('@')}'" for w in named[first][:4])
    where = "the sentence" + (" and the headline" if headline else "")
    return close[first], (f"{where} name the subject of {idx.ids[close[first]]} ({words}: "
                          f"{shares[first]:.2f} of its title, next {idx.ids[close[second]]} "
                          f"{shares[second]:.2f})")


#: How many words only its title has a sentence must name to choose a candidate among titles alike.
DISTINCT_WORDS = 2


def _by_distinct_words(close: list[int], sentence: str, idx: _Index) -> tuple[int, str] | None:
    """The one candidate of a tie whose title alone has words the sentence names, when the titles are alike.

    Titles of one agenda item share most of their words ("... in the Occupied Palestinian
    Territory, including East Jerusalem"), so no share of a title leads (:func:`_by_subject`):
    "a database of businesses operating in settlements in the West Bank and Golan Heights" still
    names two weighty words ('settlement', 'golan') that one title has and no other. Chosen when
    the sentence (not the headline, which may name the actors: "US, Israel denounce") names at
    least :data:`DISTINCT_WORDS` words of weight :data:`SUBJECT_WEIGHT` or more that only that
    title has, and names no word of another title that it lacks.
    """
    if len(close) < 2:
        return None
    idf = idx.idf()
    said = subject_words(sentence)
    words = [idx.subject_words(i) for i in close]
    named = [w & said for w in words]
    for k, i in enumerate(close):
        others = frozenset().union(*(w for j, w in enumerate(words) if j != k))
        own = sorted((w for w in named[k] - others if _weight(idf, w) >= SUBJECT_WEIGHT),
                     key=lambda w: (-_weight(idf, w), w))
        if len(own) < DISTINCT_WORDS:
            continue
        if any(named[j] - named[k] for j in range(len(close)) if j != k):
            return None
        shown = ", ".join(f"'{w.lstrip('@')}'" for w in own[:4])
        return i, (f"the sentence names words of the subject of {idx.ids[i]} that no other title has "
                   f"({shown})")
    return None


#: A sentence telling its vote was a procedural one: "abstained from a procedural vote to call for ...".
_PROCEDURAL_VOTE = re.compile(r"\bprocedural\s+(?:vote|motion|decision|resolution)\b", re.I)


def _another_kind(sentence: str, previous: str) -> bool:
    """Whether a sentence tells of a procedural vote while the vote linked just before was not one, or
    turns to the other of two texts (:data:`_OTHER_TEXT`).

    "New Delhi ... abstained from a procedural vote to call for a session of the Assembly", after a
    sentence on the veto two days before, goes on to the procedural vote (never vetoable), not the
    vetoed draft, whatever its stated votes fit.
    """
    from unsc.coverage.check import _procedural

    if _OTHER_TEXT.search(sentence):
        return True  # "The latter document was adopted unanimously": the second text told of, not this one
    return bool(_PROCEDURAL_VOTE.search(sentence)) and previous not in _procedural()


#: A sentence turning to the other of two texts the story told of: "the latter", "the second
#: document", "the rival draft", "its own text".
_OTHER_TEXT = re.compile(r"\bthe\s+(?:latter|rival|alternative|competing)\b|"
                         r"\bthe\s+(?:second|other)\s+(?:draft|text|document|resolution|proposal|one)\b|"
                         r"\b(?:its|their)\s+own\s+(?:draft|text|document|resolution|proposal)\b", re.I)


def _names_another(cand: list[int], sentence: str, previous: str, idx: _Index) -> bool:
    """Whether a sentence quotes the title of another candidate than the vote just linked.

    "On the resolution 'X', 46 voted in favour" after a sentence linked to the day's vote on Y
    goes on to the vote on X (:func:`_quoted_title`): it does not continue the vote before,
    whatever its stated votes fit.
    """
    titled = _quoted_title(cand, sentence, idx)
    return titled is not None and idx.ids[titled] != previous


#: How close a quoted span must come to a candidate's title (rapidfuzz ratio, 0-100) to name it ...
TITLE_QUOTED = 90
#: ... while every other candidate's title stays under this.
TITLE_OTHER = 80
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]{12,300}?)[,.]?[\"”]")


def _quoted_title(cand: list[int], sentence: str, idx: _Index) -> int | None:
    """The one candidate whose title the sentence quotes ("On the resolution, 'Rights in X'"), or ``None``.

    A quotation of three words or more that comes within :data:`TITLE_QUOTED` of one
    candidate's title (as the record prints it) while every other title stays under
    :data:`TITLE_OTHER`.
    """
    from rapidfuzz import fuzz

    quotes = [q.group(1).strip().lower() for q in _QUOTED_SPAN.finditer(sentence)
              if len(q.group(1).split()) >= 3]
    if not quotes or len(cand) < 2:
        return None
    titles = [(idx.raw_titles[i] if idx.raw_titles else idx.titles[i]).lower() for i in cand]
    for quote in quotes:
        ratios = np.array([fuzz.ratio(quote, t) for t in titles])
        order = np.argsort(-ratios, kind="stable")
        if ratios[order[0]] >= TITLE_QUOTED and ratios[order[1]] < TITLE_OTHER:
            return cand[int(order[0])]
    return None


def _by_veto(close: list[int], stated: dict[str, str], idx: _Index, *,
             by_roll_call: bool = True) -> tuple[int, str] | None:
    """Of Council candidates that tie, the one a permanent member's stated vote against can be.

    A permanent member's vote against a Council text is a veto (Charter, Article 27(3)): an adopted
    text that is not procedural cannot be the one "the United States was alone in opposing". Chosen
    only when every candidate is the Council's, exactly one of them was not adopted (or was a
    procedural vote), and the subject has not told them apart; the caller links it only when
    everything stated fits it. Returns it with the reason, else ``None``.
    """
    from unsc.coverage.check import _procedural

    if not close or any(idx.body[i] != "SC" for i in close):
        return None
    against = sorted(c for c, p in stated.items() if p == "no")
    if not against:
        return None
    procedural = _procedural()
    left = [i for i in close if idx.outcome[i] != "adopted" or idx.ids[i] in procedural]
    if len(left) > 1 and by_roll_call and all(idx.votes_of(idx.ids[i]) for i in left):
        # several drafts failed: "the veto issued by the United States" is the one its roll call
        # shows the United States voting against (the others it voted for or abstained on)
        cast = [i for i in left if any(idx.votes_of(idx.ids[i]).get(c) == "no" for c in against
                                       if c in set(members_mod.permanent_on(pd.Timestamp(idx.dates[i]))))]
        if len(cast) == 1:
            named = [c for c in against if idx.votes_of(idx.ids[cast[0]]).get(c) == "no"]
            return cast[0], (f"of the {len(left)} drafts not adopted, only {idx.ids[cast[0]]} has a vote "
                             f"against by the permanent member named ({', '.join(named)})")
    if len(left) != 1:
        return None
    permanent = set(members_mod.permanent_on(pd.Timestamp(idx.dates[left[0]])))
    named = [c for c in against if c in permanent]
    if not named:
        return None
    return left[0], (f"a permanent member's vote against ({', '.join(named)}) is a veto, and of them only "
                     f"{idx.ids[left[0]]} was not adopted")


#: A record id the Council table's own ID tells apart: "S/1996/952 (ID 192)".
_SOURCE_KEYED = re.compile(r"\s\(ID \d+\)$")


def _one_per_decision(close: list[int], idx: _Index, previous: str | None = None) -> list[int]:
    """Candidates that are one decision recorded twice count once (the first, the bare symbol, or
    the one the story has just linked, ``previous``).

    The same symbol with an added key ("S/1995/394 (ID 75)" beside "S/1995/394"), the same day and
    the same tally is one vote the source holds twice, not two votes that tie; two rows the source
    keys by its own ID ("S/1996/952 (ID 192)", "(ID 76)") on one day are one draft whatever their
    tallies say. Separate recorded votes on one text (a paragraph vote, "A/RES/72/29 (rcid 5980)")
    differ in their tallies and stay.
    """
    if len(close) < 2:
        return close
    # (bare symbol, day, body) → (slot in ``out``, tally, keyed by the source's ID) of each kept
    seen: dict[tuple, list[tuple[int, tuple, bool]]] = {}
    out: list[int] = []
    for i in close:
        bare = re.sub(r"\s+\([^()]*\)$", "", str(idx.ids[i]))
        keyed = bool(_SOURCE_KEYED.search(str(idx.ids[i])))
        tally = tuple(idx.tally[k][i] for k in ("yes", "no", "abstain"))
        kept = seen.setdefault((bare, idx.dates[i], idx.body[i]), [])
        same = next((at for at, t, k in kept if t == tally or (keyed and k)), None)
        if same is not None:
            if idx.ids[i] in (bare, previous):  # the bare symbol is the decision's name: keep it
                out[same] = i
            continue
        kept.append((len(out), tally, keyed))
        out.append(i)
    return out


#: A symbol named without a vote is the story's vote when it was voted at most this many days before the
#: article (a report of the day, or of the day before across time zones and print deadlines).
STORY_DAYS = 2


def _cited_in_window(m: pd.Series, found: list[str], idx: _Index) -> str | None:
    """Of several decisions a sentence cites, the one voted on in the days it states, if only one was.

    "Resolution 1747 reaffirms the steps required by a resolution the council adopted in
    December, Resolution 1737": the month is the vote told of, the other symbol background. A date
    the sentence only carries on from the one before ("(as before)") names none.
    """
    said = m["date_text"]
    if not isinstance(said, str) or said.endswith("(as before)") or (
            pd.isna(m["date"]) and pd.isna(m["date_from"])):
        return None
    lo, hi, _ = _window(m, m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize())
    inside = [d for d in found
              if lo <= pd.Timestamp(idx.dates[int(np.flatnonzero(idx.ids == d)[0])]) <= hi]
    return inside[0] if len(inside) == 1 else None


#: A vote told by its noun, as done, of the one resolution named right after: "after (the) adoption of
#: resolution 1422", "since the passage of Resolution 2720" (not "with the adoption, ... its resolution
#: 2684", nor what is sought: "called for the adoption of resolution 9201").
_ADOPTION_OF = re.compile(r"\b(?:after|since|following|upon|through|until|before)\s+(?:the\s+)?"
                          r"(?:(?:its|their|unanimous)\s+)?"
                          r"(?:adoption|passage|passing)\s+of\s+(?:the\s+)?(?:(?:UN|U\.N\.|Security|"
                          r"Council|General|Assembly|Human|Rights|Council's)\s+){0,3}resolution\s+"
                          r"(?:S/RES/)?\d", re.I)


def _adoption_told(m: pd.Series, cited: list[str], idx: _Index) -> Linked | None:
    """"The mission was not renewed until after adoption of resolution 1422": the vote named by its noun.

    A sentence citing one symbol the record holds (one decision), stating no vote of its own,
    that tells of that resolution's adoption (:data:`_ADOPTION_OF`) tells of its vote, as
    background: it is linked to it. Where the sentence gives a day or a window, the record's
    date must lie in it (a day apart for time zones); otherwise ``None`` (cited without a vote).
    Nothing the sentence states is a claim to judge but the day, if any.
    """
    if len(cited) != 1 or not _ADOPTION_OF.search(str(m["evidence"])):
        return None
    found = _one_symbol_held(_held(idx, cited), idx)
    if len(found) != 1:
        return None
    at = np.flatnonzero(idx.ids == found[0])
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    if body is not None and any(idx.body[i] != body for i in at):
        return None
    if pd.notna(m["date"]) or pd.notna(m["date_from"]):
        lo, hi, _ = _window(m, m["date_to"])
        if not any(np.datetime64(lo, "ns") <= idx.dates[i] <= np.datetime64(hi, "ns") for i in at):
            return None
    return Linked(found[0], 1.0, "linked", f"cites {found[0]}, telling of its adoption (no vote stated)")


def _cited_story(m: pd.Series, cited: list[str], idx: _Index) -> Linked | None:
    """A symbol named without a vote in a story about that vote ("Resolution 1929 increases the pressure").

    The sentence states no vote, but the decision it names was voted by the body the story is about
    (the sentence's body, when it has one) on the article's day or up to :data:`STORY_DAYS` before,
    and no date of the sentence's own points elsewhere: it is the vote the story reports, named
    by its number, not a precedent. One decision only; otherwise ``None`` ("cited without a vote").
    """
    found = _one_symbol_held(_held(idx, cited), idx)
    if len(found) != 1 or pd.isna(m["date_to"]):
        return None
    article_day = pd.Timestamp(m["date_to"]).normalize()
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    # every row of the decision: linked on the record with doubtful dates also on their likely ones
    # (:func:`swapped_date_link`), a decision has a row for each
    for i in (int(k) for k in np.flatnonzero(idx.ids == found[0])):
        voted = pd.Timestamp(idx.dates[i])
        if (body is None or body == idx.body[i]) and pd.notna(voted) and \
                article_day - pd.Timedelta(days=STORY_DAYS) <= voted <= article_day and \
                (pd.isna(m["date"]) or abs((pd.Timestamp(m["date"]) - voted).days) <= 1):
            break
    else:
        return None
    # "resolution 1044 (1996) of 31 January": a date the sentence gives is the decision's (its
    # window ends there), not the article's, which the reason names only when the sentence has none
    if pd.notna(m["date"]):
        own = m["date_text"] if isinstance(m["date_text"], str) else _fmt(pd.Timestamp(m["date"]))
        when = f"the sentence dates it {own}"
    else:
        when = f"the article is of {_fmt(article_day)}"
    return Linked(found[0], 1.0, "linked",
                  f"cites {', '.join(cited)}, the {idx.body[i]} vote of {_fmt(voted)} the story reports "
                  f"(no vote stated in the sentence; {when})")


def outcome_fits(said: str, recorded: str) -> bool:
    """Whether a stated outcome can be the recorded one (a vetoed draft also failed)."""
    return said == recorded or (said, recorded) == ("failed", "vetoed")


def _fits(idx: _Index, i: int, stated: dict[str, str], tally: object, *, partial: bool = False) -> bool:
    """Whether every stated position and every written tally part fits decision ``i``.

    A member with no recorded vote fits only when the decision has no roll call at all, or, with
    ``partial``, a partial one (a selection naming some members only: the others' votes are not
    known, neither for nor against the claim; :func:`_evidence` says how much of a claim such a
    roll call confirms). Without ``partial`` an unknown vote fits nothing: it cannot choose
    between candidates or carry a story on.
    """
    votes = idx.votes_of(idx.ids[i])
    unknown = (None,) if partial and idx.partial is not None and idx.partial[i] else ()
    if stated and votes and not all(votes.get(c) in unknown or _vote_fits(idx, i, votes, c, p)
                                    for c, p in stated.items()):
        return False
    if isinstance(tally, str) and tally and tally != "?-?-?":
        claimed = [None if x == "?" else int(x) for x in tally.split("-")]
        return all(v is None or idx.tally[k][i] in (v, -1)
                   for k, v in zip(("yes", "no", "abstain"), claimed, strict=True))
    return True


#: The Security Council's size since its enlargement took effect (1 January 1966).
_COUNCIL_SIZE, _ENLARGED = 15, np.datetime64("1966-01-01", "ns")


def _vote_fits(idx: _Index, i: int, votes: dict[str, str], code: str, position: str) -> bool:
    """Whether decision ``i``'s roll call (``votes``) has ``code`` voting ``position`` (absent: see
    :func:`_one_short`)."""
    return votes.get(code) == position or (position == "absent" and code not in votes
                                           and _one_short(idx, i, votes))


def _beyond_seats(idx: _Index, i: int, tally: object) -> bool:
    """Whether a written count has more votes than decision ``i``'s body has seats ("Eighteen members
    of the Security Council voted in favour"): no vote of the body has it, so it names none of them,
    nor tells against any; it is the article's claim, judged once the sentence is linked."""
    seats = {"SC": _COUNCIL_SIZE if idx.dates[i] >= _ENLARGED else 11, "HRC": 47}.get(str(idx.body[i]))
    return seats is not None and sum(int(x) for x in str(tally).split("-") if x.isdigit()) > seats


def _one_short(idx: _Index, i: int, votes: dict[str, str]) -> bool:
    """Whether a Council roll call, complete, lists fewer members than sat: someone did not vote.

    The Council's table has no row for a member that took no part ("Algeria did not participate"),
    so a member said to be absent fits a complete roll call without it that is short of the
    Council's fifteen; a full one (every seat voting) denies it, as does a partial one (unknown).
    """
    return idx.body[i] == "SC" and idx.dates[i] >= _ENLARGED and len(votes) < _COUNCIL_SIZE and not (
        idx.partial is not None and idx.partial[i])


def _misfits(idx: _Index, i: int, stated: dict[str, str], tally: object) -> str:
    """What stated does not fit decision ``i``, in words ("LKA no: no vote recorded; yes 128: 127")."""
    votes = idx.votes_of(idx.ids[i])
    out = [f"{c} {p}: {votes[c] if c in votes else 'no vote recorded'}"
           for c, p in sorted(stated.items()) if votes and votes.get(c) != p]
    if isinstance(tally, str) and tally and tally != "?-?-?":
        out += [f"{k} {x}: {int(idx.tally[k][i])}" for k, x in zip(("yes", "no", "abstain"), tally.split("-"),
                                                                  strict=True)
                if x != "?" and idx.tally[k][i] not in (int(x), -1)]
    return "; ".join(out[:3]) + (" ..." if len(out) > 3 else "")


#: What the Council agrees without a vote: "unanimously adopted a presidential statement".
_STATEMENT = re.compile(r"\bstatements?\b", re.I)


def _written_parts(tally: object) -> int:
    """How many of a tally's three parts the text writes ("2-3-10": 3; "?-7-?": 1; none: 0)."""
    return sum(x != "?" for x in tally.split("-")) if isinstance(tally, str) and tally else 0


def _near_count(idx: _Index, i: int, tally: str) -> bool:
    """Whether a count misstating decision ``i`` may still be of it: one part written ("seven
    abstained"), or a part of several that it has exactly ("10 in favour, 2 against, 2 abstaining"
    of a 10-2-3 vote). "A 75-72 vote with 26 abstentions" after a 156-6-12 vote tells of another vote
    (a motion on the majority needed), not a misstated one."""
    if _written_parts(tally) == 1:
        return True
    return any(x != "?" and idx.tally[k][i] == int(x)
               for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True))


def _count_exact(idx: _Index, i: int, tally: str) -> bool:
    """Whether decision ``i``'s recorded count has every written part of ``tally`` exactly (an
    unknown count, -1, has none)."""
    return all(x == "?" or idx.tally[k][i] == int(x)
               for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True))


def _unanimous_fit(m: pd.Series, idx: _Index, i: int, body: str | None) -> bool:
    """Whether a Council sentence of one day saying "unanimously", and stating no vote of its own, fits
    decision ``i``: a recorded vote of that day with yes votes only."""
    if body != "SC" or not bool(m["unanimous"]) or pd.isna(m["date"]) or isinstance(m["tally"], str):
        return False
    if _STATEMENT.search(str(m["evidence"])):  # a presidential or press statement is agreed, not voted on
        return False
    yes, no, abstain = (idx.tally[k][i] for k in ("yes", "no", "abstain"))
    return bool(yes > 0 and no == 0 and abstain == 0 and idx.dates[i] == np.datetime64(m["date"], "ns"))


def _evidence(idx: _Index, i: int, stated: dict[str, str], tally: object) -> int:
    """How many stated things decision ``i``'s record confirms: members whose row agrees, and the
    written tally parts it has exactly (a partial roll call confirms only what it holds)."""
    votes = idx.votes_of(idx.ids[i])
    n = sum(votes.get(c) == p for c, p in stated.items())
    if isinstance(tally, str) and tally and tally != "?-?-?":
        n += sum(x != "?" and idx.tally[k][i] == int(x)
                 for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True))
    return n


def _outweighs(idx: _Index, i: int, stated: dict[str, str], tally: object) -> bool:
    """Whether decision ``i``'s record confirms something stated and no less than it denies."""
    confirmed = _evidence(idx, i, stated, tally)
    return bool(confirmed) and confirmed >= _against(idx, i, stated, tally)


def _against(idx: _Index, i: int, stated: dict[str, str], tally: object) -> int:
    """How many stated things decision ``i``'s record denies: members whose row differs, and the
    written tally parts it has otherwise (an unknown count denies nothing)."""
    votes = idx.votes_of(idx.ids[i])
    n = sum(c in votes and votes[c] != p for c, p in stated.items())
    if isinstance(tally, str) and tally and tally != "?-?-?":
        n += sum(x != "?" and idx.tally[k][i] not in (int(x), -1)
                 for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True))
    return n


def _by_stated_votes(close: list[int], stated: dict[str, str], tally: object,
                     idx: _Index, sentence: str = "") -> int | None:
    """The one candidate the stated votes fit entirely while every other contradicts them."""
    claimed = None
    if isinstance(tally, str) and tally and tally != "?-?-?":
        # the parts written ("seven voted against": ?-7-?) must fit; the others are not claimed
        claimed = [None if x == "?" else int(x) for x in tally.split("-")]
    if len(stated) < 2 and claimed is None:
        return None
    fits = []
    for i in close:
        ok = True
        if len(stated) >= 2:
            votes = idx.votes_of(idx.ids[i])
            ok = all(_vote_fits(idx, i, votes, c, p) for c, p in stated.items())
        if ok and claimed is not None:
            ok = all(v is None or idx.tally[k][i] == v
                     for k, v in zip(("yes", "no", "abstain"), claimed, strict=True))
        fits.append(ok)
    if fits.count(True) == 1:
        only = close[fits.index(True)]
        if not stated and claimed is not None and sum(v is not None for v in claimed) == 1 and \
                len(close) > 3 and not _names_subject(only, sentence, idx):
            # "111 states voted for the resolution" over five years of Assembly votes: one count part
            # alone fits one of 94 by chance, not because it is that vote
            return None
        return only
    if len(stated) == 1 and claimed is not None and fits.count(True) > 1:
        # "Fourteen of the 15 members adopted the resolution, while Russia abstained": the count fits
        # two votes of the day, the one member named only one of them; two stated things (the count
        # and the member) then fit it entirely, and every other candidate contradicts one of them
        ((code, said),) = stated.items()
        also = [ok and idx.votes_of(idx.ids[i]).get(code) == said for ok, i in zip(fits, close, strict=True)]
        if also.count(True) == 1:
            return close[also.index(True)]
    if not any(fits) and len(stated) < 2 and claimed is not None and sum(v is not None for v in claimed) >= 2:
        # "voted 28-5" when the vote was 28-6-13: no candidate fits the whole tally, but one has
        # its yes (or no) count exactly and every other none of the written parts; a misstated
        # count is then a claim to judge, not a reason to leave the sentence unlinked
        matched = [sum(v is not None and idx.tally[k][i] == v
                       for k, v in zip(("yes", "no", "abstain"), claimed, strict=True)) for i in close]
        # (one part alone is chance among many candidates: "81 in favour, 16 against, with 62
        # abstentions" shares only its 62 with one of a year's 95 Assembly votes, about another
        # subject; it names the vote when the candidates are few or the sentence names its subject)
        best = close[matched.index(max(matched))] if matched else None
        if best is not None and sorted(matched)[-2:] == [0, max(matched)] and (
                max(matched) >= 2 or len(close) <= 3 or _names_subject(best, sentence, idx)):
            return best
        if best is not None and len(matched) > 1 and max(matched) >= 2 and sorted(matched)[-2] <= 1 \
                and _written_parts(tally) == 3:
            # "In 1993 the count was 88 to 4 with 57 abstentions" of a vote the table holds as 87-4-57:
            # two of three parts exact, and no other vote of the year has more than one of them
            return best
    if not any(fits) and len(stated) >= 2 and claimed is not None:
        # "A and B voted for it, C, D and E against, and nine more abstained" of a 2-3-10 vote: the
        # members' votes fit one candidate entirely and every other contradicts them, and no
        # candidate has the count either; the members name the vote, and the count is a claim
        # to judge, not a reason to leave the sentence unlinked
        by_members = [all(idx.votes_of(idx.ids[i]).get(c) == p for c, p in stated.items()) for i in close]
        by_count = [all(v is None or idx.tally[k][i] in (v, -1)
                        for k, v in zip(("yes", "no", "abstain"), claimed, strict=True)) for i in close]
        if by_members.count(True) == 1 and not any(by_count) and \
                _near_count(idx, close[by_members.index(True)], str(tally)):
            return close[by_members.index(True)]
    return None


def link(mentions: pd.DataFrame, ds: Dataset, *, headline: str | None = None) -> pd.DataFrame:
    """Fill ``decision_id``, ``score``, ``status`` and ``reason`` for every mention.

    Parameters
    ----------
    mentions
        From :func:`~unsc.coverage.extract_mentions` (linked or not).
    ds
        The record to link to (``unsc.load()``).
    headline
        The article's headline: what the story is about, for candidates that tie (see
        :func:`_by_subject`). It is never a mention itself here.

    Returns
    -------
    pandas.DataFrame
        The same rows (one per group of members of a mention), each mention's
        rows with its one decision or none.
    """
    from unsc.coverage.extract import conform_mentions

    if mentions.empty:
        return conform_mentions(mentions)
    out = mentions.copy()
    results: list[tuple[pd.DataFrame, Linked]] = []
    previous: tuple[int, str, frozenset[str]] | None = None
    # the sponsors each mention's sentence names, read once from plain lists
    sponsors_of = {k: sponsors_in(str(e))
                   for k, e in zip(out["mention_id"].tolist(), out["evidence"].tolist(), strict=True)}
    # each rule reads a mention's first row again and again: plain objects make that cheap (an
    # Arrow-backed row is rebuilt value by value), which keeps linking linear and fast
    for key, rows in out.astype(object).groupby("mention_id", sort=False):
        paragraph = int(rows["paragraph"].iloc[0]) if pd.notna(rows["paragraph"].iloc[0]) else 0
        sponsors = sponsors_of[key]
        near = previous[1] if previous is not None and paragraph - previous[0] <= CONTINUES and \
            not _other_sponsor(sponsors, previous[2]) else None
        linked = _link_back(rows, ds, near, headline)
        if results and linked.status == "linked":
            linked = _after_an_unheld_text(rows, linked, *results[-1])
        if linked.decision_id is not None and not linked.several:
            previous = (paragraph, linked.decision_id, sponsors)
        results.append((rows, linked))
    results = _by_story(results, ds, headline, sponsors_of)
    results = _misdated_in_story(results, ds)
    results = _the_story_vote(results, ds)
    results = _told_otherwise(results, ds)
    results = [(rows, _veto_of_the_day(rows, linked, ds)) for rows, linked in results]
    results = _beside_a_missing_vote(results, ds)
    ids, scores, statuses, reasons, order = [], [], [], [], []
    for rows, linked in results:
        for index in rows.index:
            for decision_id in linked.several or (linked.decision_id,):
                order.append(index)  # a mention of several decisions: its rows once for each
                ids.append(decision_id)
                scores.append(linked.score)
                statuses.append(linked.status)
                reasons.append(linked.reason)
    out = out.loc[order]
    named = out.groupby("mention_id", sort=False)["members"].agg(lambda x: ";".join(x.dropna().astype(str)))
    out["members"] = [_congo_of_the_record(members, decision_id, evidence, ds, named[key])
                      for members, decision_id, evidence, key
                      in zip(out["members"].tolist(), ids, out["evidence"].tolist(),
                             out["mention_id"].tolist(), strict=True)]
    out["decision_id"] = ids
    out["score"] = scores
    out["status"] = statuses
    out["reason"] = reasons
    return conform_mentions(out)


#: A sentence pointing back at the text just told of: "voted to support it", "the draft", "the text".
_POINTS_BACK = re.compile(r"\b(?:it|the\s+(?:text|draft|resolution|measure|proposal))\b"
                          r"(?!\s+(?:is|was)\s+(?:the\s+)?(?:first|second|third|last)\b)", re.I)
#: Why a vote the record cannot hold is left unverifiable (:func:`_not_held`, :func:`_outside_span`).
_NOT_HOLDABLE = ("is not in it", "outside the complete", "outside the data")


def _after_an_unheld_text(rows: pd.DataFrame, linked: Linked, before_rows: pd.DataFrame,
                          before: Linked) -> Linked:
    """``linked``, or unverifiable when the sentence goes on with a text the record cannot hold.

    "21 countries voted against the Dutch resolution, including A and B" of a rejected draft
    the record does not hold (so left unverifiable), then "Eighteen, including C and D, voted to
    support it": the second sentence, in the same paragraph with no date or symbol of its own,
    tells of that text; the held vote its members happen to fit is another one.
    """
    m, b = rows.iloc[0], before_rows.iloc[0]
    # (only where the sentence before named members that no held vote fits: a count alone, "29 voted
    # for it", is unverifiable as often because many votes share it)
    named = {c for x in before_rows["members"].dropna() for c in str(x).split(";") if c}
    if before.status != "unverifiable" or not any(w in before.reason for w in _NOT_HOLDABLE) or \
            len(named) < 2 or \
            m["paragraph"] != b["paragraph"] or isinstance(m["date_text"], str) or _split(m["cited"]) or \
            not _POINTS_BACK.search(str(m["evidence"])):
        return linked
    return Linked(None, math.nan, "unverifiable",
                  f"goes on with the vote told just before, which the record cannot hold: {before.reason}")


#: The Republic of the Congo named as such, not by the bare "Congo" both states are called.
_CONGO_NAMED = re.compile(r"(?<!Democratic )Republic of (?:the )?Congo\b(?! \(Democratic)|Brazzaville", re.I)


def _of_the_assembly(decision_id: str) -> bool:
    """Whether a decision is the General Assembly's (``A/...`` but not the Council's ``A/HRC/...``)."""
    return decision_id.startswith("A/") and not decision_id.startswith("A/HRC/")


def _congo_of_the_record(members: object, decision_id: object, evidence: object, ds: Dataset,
                         mention_members: str) -> object:
    """A bare "Congo" (read ``COG``) as ``COD`` when the linked decision's roll call has the Democratic
    Republic of the Congo and not the Republic (a Human Rights Council of 2019 had one Congo only),
    and the mention names no Democratic Republic beside it."""
    if not isinstance(members, str) or "COG" not in members.split(";") or not isinstance(decision_id, str) \
            or _CONGO_NAMED.search(str(evidence)) or "COD" in mention_members.split(";"):
        return members
    idx = _index(ds)
    idx.votes_of(decision_id)
    if decision_id not in idx.congo_named_for:
        return members
    return ";".join(sorted("COD" if c == "COG" else c for c in members.split(";")))


def _other_sponsor(these: frozenset[str], those: frozenset[str]) -> bool:
    """Whether two sentences name the sponsors of their texts, and none in common: two texts.

    "The US vetoed a Ruritanian draft; Ruritania vetoed the US draft": the second sentence is
    not the first's vote going on, whatever the record's titles say of sponsors.
    """
    return bool(these) and bool(those) and not these & those


def _veto_of_the_day(rows: pd.DataFrame, linked: Linked, ds: Dataset) -> Linked:
    """A veto claimed on a day whose only Council vote was no veto: linked to that vote, to be judged.

    "On Friday Russia and China both vetoed the US draft": no vetoed draft fits, so the
    mention is unlinked. Where the sentence gives the day, the record holds every Council
    vote of it (``sc-drafts``) and that day had one vote, which was not vetoed, the claim can
    only be of that vote: it is linked so that the veto is judged (a draft that failed for
    want of nine votes had no veto). A day of two votes, or one a selection alone spans, stays
    unlinked.
    """
    from unsc.coverage.judge import _alone_that_day

    if linked.status != "unlinked" or not linked.reason.startswith(_NOTHING_FITS):
        return linked
    m = rows.iloc[0]
    said = m["date_text"]
    if m["body"] != "SC" or pd.isna(m["date"]) or not isinstance(said, str) or "(as before)" in said \
            or not _veto_claim(m, rows, _positions(rows)):
        return linked  # the day must be the sentence's own, not carried over from another
    d = ds.decisions
    day = pd.Timestamp(m["date"]).normalize()
    same = d[(d.body.astype(str) == "SC") & (d.date == day)]
    if len(same) != 1 or str(same.outcome.iloc[0]) == "vetoed":
        return linked
    decision_id = str(same.decision_id.iloc[0])
    if not _alone_that_day(ds, decision_id, day):
        return linked
    return Linked(decision_id, math.nan, "linked",
                  f"said to be vetoed; the only Council vote of {_fmt(day)} in a record of every Council "
                  f"vote, {decision_id}, " + ("was adopted" if str(same.outcome.iloc[0]) == "adopted"
                                              else "failed without a veto"))


def _by_story(results: list[tuple[pd.DataFrame, Linked]], ds: Dataset, headline: str | None,
              sponsors_of: dict[str, frozenset[str]] | None = None) -> list[tuple[pd.DataFrame, Linked]]:
    """A tie the rest of the story breaks: the one tied candidate another sentence links to.

    "The Council approved a resolution Friday demanding an end to settlements, with the US
    abstaining" ties two resolutions of that Friday; the next sentence's "14 votes in favor and the
    US's abstention" fits one alone. The first sentence tells of the same vote when exactly one of
    its tied candidates is linked elsewhere in the article (by a link of its own, not one made
    this way), everything it states fits that one, it does not call its text another ("a second
    draft") nor names another sponsor than the sentences linking that one
    (:func:`_other_sponsor`), and no other tied candidate's subject fits it better. Otherwise it
    stays unlinked.
    """
    if not any(linked.tied and linked.status == "unlinked" for _, linked in results):
        return results  # no tie for the story to break
    idx = _index(ds)
    told: dict[str, int] = {}
    sponsored: dict[str, frozenset[str]] = {}  # the sponsors the sentences linking each name
    for rows, linked in results:
        if linked.status == "linked" and linked.decision_id and not linked.several:
            told.setdefault(linked.decision_id, int(rows["paragraph"].iloc[0]))
            said = sponsors_of.get(str(rows["mention_id"].iloc[0])) if sponsors_of is not None else None
            sponsored[linked.decision_id] = sponsored.get(linked.decision_id, frozenset()) | (
                said if said is not None else sponsors_in(str(rows["evidence"].iloc[0])))
    out = []
    for rows, linked in results:
        if not linked.tied or linked.status != "unlinked":
            out.append((rows, linked))
            continue
        m = rows.iloc[0]
        mine = sponsors_in(str(m["evidence"]))
        if _PROCEDURAL_VOTE.search(str(m["evidence"])):
            from unsc.coverage.check import _procedural

            procedural = [d for d in linked.tied if d in _procedural()]
            if len(procedural) == 1 and _fits(idx, int(np.flatnonzero(idx.ids == procedural[0])[0]),
                                              _positions(rows), m["tally"]):
                # "abstained from a procedural vote": of the tied votes, the one procedural decision
                why = (f"{linked.reason}; the sentence calls it a procedural vote, and {procedural[0]} is "
                       "the only procedural one of them")
                out.append((rows, replace(linked, decision_id=procedural[0], status="linked",
                                          score=linked.tied_score, tied=(), reason=why)))
                continue
        hit = [d for d in linked.tied if d in told and not _another_kind(str(m["evidence"]), d)]
        rest = _the_other_sponsors(rows, linked, mine, sponsored, idx)
        if rest is not None:
            out.append((rows, rest))
            continue
        if len(hit) != 1 or _ANOTHER.search(str(m["evidence"])) or _other_sponsor(
                mine, sponsored.get(hit[0], frozenset())):
            # a text named by another sponsor than the one the story links is another text
            out.append((rows, linked))
            continue
        at = [int(np.flatnonzero(idx.ids == d)[0]) for d in linked.tied]
        chosen = at[linked.tied.index(hit[0])]
        shares, _ = _subject_shares(at, f"{m['evidence']} {headline or ''}", idx)
        fits = _fits(idx, chosen, _positions(rows), m["tally"])
        if not fits or shares[at.index(chosen)] < shares.max():
            out.append((rows, linked))
            continue
        why = (f"{linked.reason}; the story links {hit[0]} elsewhere (paragraph {told[hit[0]]}), the only "
               "one of them it tells of, and what this sentence states fits it")
        out.append((rows, replace(linked, decision_id=hit[0], status="linked", score=linked.tied_score,
                                  tied=(), reason=why)))
    return out


#: How far from the day a sentence gives the one vote its story tells of may lie, for
#: :func:`_misdated_in_story` to take the day for a misstatement of that vote's.
MISDATED_DAYS = 7


def _the_one_linked(results: list[tuple[pd.DataFrame, Linked]],
                    ds: Dataset) -> tuple[str, int, _Index] | None:
    """The one decision a story links by links of its own (not as one of several), with its row in the
    index, or ``None`` when it links none or more than one."""
    told = {linked.decision_id for _, linked in results
            if linked.status == "linked" and linked.decision_id and not linked.several}
    if len(told) != 1:
        return None
    (decision_id,) = told
    idx = _index(ds)
    at = np.flatnonzero(idx.ids == decision_id)
    return (decision_id, int(at[0]), idx) if len(at) == 1 else None


def _misdated_in_story(results: list[tuple[pd.DataFrame, Linked]],
                       ds: Dataset) -> list[tuple[pd.DataFrame, Linked]]:
    """A sentence giving a day no vote fits, about the one vote the rest of the story tells of.

    "The final vote on Monday had 12 in favour, two abstentions (A and B) and C's veto", in a
    story whose other sentences link one vote held on Thursday: the day is a misstatement of
    that vote's, which the date check then contradicts. Only where the story links exactly one
    decision (by links of its own), the sentence names the same body (or none), the vote lies
    within :data:`MISDATED_DAYS` of the stated day, and the sentence states at least two
    members' positions (or one and a tally), all of which fit that vote's roll call; not when it
    calls its text another ("a second draft"). Otherwise it stays unlinked.
    """
    one = _the_one_linked(results, ds)
    if one is None:
        return results
    decision_id, i, idx = one
    out = []
    for rows, linked in results:
        m = rows.iloc[0]
        stated = _positions(rows)
        tally = m["tally"] if isinstance(m["tally"], str) and m["tally"] != "?-?-?" else None
        body = m["body"] if isinstance(m["body"], str) and m["body"] else None
        if linked.status != "unlinked" or not linked.reason.startswith(_NOTHING_FITS[0]) or \
                pd.isna(m["date"]) or (body is not None and body != idx.body[i]) or \
                _ANOTHER.search(str(m["evidence"])) or len(stated) + (tally is not None) < 2 or \
                abs((pd.Timestamp(idx.dates[i]) - m["date"]) / pd.Timedelta(days=1)) > MISDATED_DAYS or \
                not idx.votes_of(decision_id) or not _fits(idx, i, stated, tally):
            out.append((rows, linked))
            continue
        why = (f"{linked.reason}; the story tells of {decision_id} ({_fmt(pd.Timestamp(idx.dates[i]))}) "
               "elsewhere, the only vote it links, and everything else this sentence states fits it: the "
               "day given is taken for a misstatement of that vote's")
        out.append((rows, replace(linked, decision_id=decision_id, status="linked", score=1.0, reason=why)))
    return out


#: "The 15-0 vote", "the resolution", "the text": a sentence telling of a vote already told of.
_DEFINITE_VOTE = re.compile(r"\b(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
                            r"Saturday's|Sunday's)\s+(?:(?:\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?|unanimous|"
                            r"council|assembly)\s+)?(?:vote|resolution|text|draft|measure)\b", re.I)


def _the_story_vote(results: list[tuple[pd.DataFrame, Linked]],
                    ds: Dataset) -> list[tuple[pd.DataFrame, Linked]]:
    """A sentence about "the vote" in a story of one vote, that nothing else links: that vote.

    "The 15-0 vote, according to the ambassador, sends a strong message", after the story has
    linked its one vote: nothing of the sentence's own (no day, no window, no symbol) names
    another, the sentence tells of its vote as one already told (:data:`_DEFINITE_VOTE`), and what
    it states (at least one member or a count written) fits that vote entirely. Only where the
    article links exactly one decision (by links of its own), of the sentence's body (or it names
    none), voted by the article's day; not when the sentence calls its text another ("a second
    draft") or was left unlinked for what it is (several decisions, background). The decision is
    linked elsewhere already, so no decision is added; only the claims are judged on it.
    """
    one = _the_one_linked(results, ds)
    if one is None:
        return results
    decision_id, i, idx = one
    out = []
    for rows, linked in results:
        m = rows.iloc[0]
        said = m["date_text"]
        own_date = (pd.notna(m["date"]) or pd.notna(m["date_from"])) and not (
            isinstance(said, str) and "(as before)" in said)
        stated = _positions(rows)
        tally = m["tally"] if isinstance(m["tally"], str) and m["tally"] != "?-?-?" else None
        body = m["body"] if isinstance(m["body"], str) and m["body"] else None
        evidence = str(m["evidence"])
        if linked.status != "unlinked" or linked.several or linked.reason.startswith(_NOT_ONE_VOTE) or \
                own_date or _split(m["cited"]) or bool(m["plural"]) or \
                (body is not None and body != idx.body[i]) \
                or not (stated or tally) or not _DEFINITE_VOTE.search(evidence) or _ANOTHER.search(evidence) \
                or (pd.notna(m["date_to"]) and idx.dates[i] > np.datetime64(m["date_to"], "ns")) \
                or (stated and not idx.votes_of(decision_id)) or not _fits(idx, i, stated, tally):
            out.append((rows, linked))
            continue
        why = (f"{linked.reason}; the story tells of {decision_id} alone, and this sentence, of 'the vote' "
               "with nothing of its own naming another, states only what fits it")
        out.append((rows, replace(linked, decision_id=decision_id, status="linked", score=1.0, reason=why)))
    return out


def _told_otherwise(results: list[tuple[pd.DataFrame, Linked]],
                    ds: Dataset) -> list[tuple[pd.DataFrame, Linked]]:
    """A member's vote told twice, the second time otherwise: the story's one vote, to judge.

    "A and B abstained, while C did not vote" (linked, the record agreeing with every word) and later
    "C's envoy said C abstained": a sentence left tied among the days' votes, with nothing of its own
    (no day, window, symbol, count, subject, several texts, "another draft"), whose every member the
    story has already placed on its one linked vote, otherwise, and rightly by the record. The story
    then tells of that vote's member twice; the record says which telling is wrong. Only where the tie
    includes that vote and the sentence's body (if any) is its body.
    """
    one = _the_one_linked(results, ds)
    if one is None:
        return results
    decision_id, i, idx = one
    recorded = idx.votes_of(decision_id)
    told: dict[str, str] = {}
    for rows, linked in results:
        if linked.status == "linked" and linked.decision_id == decision_id and not linked.several:
            for code, position in _positions(rows).items():
                if _vote_fits(idx, i, recorded, code, position):
                    told.setdefault(code, position)
    if not told:
        return results
    out = []
    for rows, linked in results:
        m = rows.iloc[0]
        stated = _positions(rows)
        body = m["body"] if isinstance(m["body"], str) and m["body"] else None
        said = m["date_text"]
        own_date = (pd.notna(m["date"]) or pd.notna(m["date_from"])) and not (
            isinstance(said, str) and "(as before)" in said)  # (a day carried from the sentence before)
        if linked.status != "unlinked" or linked.several or decision_id not in linked.tied or not stated \
                or own_date or _split(m["cited"]) \
                or bool(m["plural"]) or isinstance(m["tally"], str) or _split(m["subjects"]) \
                or (body is not None and body != idx.body[i]) or _ANOTHER.search(str(m["evidence"])) \
                or not all(code in told and told[code] != position for code, position in stated.items()):
            out.append((rows, linked))
            continue
        shown = ", ".join(f"{code} {told[code]}" for code in sorted(stated))
        why = (f"{linked.reason}; the story has told these members' votes on {decision_id}, its one vote, "
               f"otherwise ({shown}, as the record has them), so this sentence tells of that vote again, "
               "to judge")
        out.append((rows, replace(linked, decision_id=decision_id, status="linked", score=linked.tied_score,
                                  tied=(), reason=why)))
    return out


def _the_other_sponsors(rows: pd.DataFrame, linked: Linked, mine: frozenset[str],
                        sponsored: dict[str, frozenset[str]], idx: _Index) -> Linked | None:
    """A tie of texts named by their sponsors, which the story's other texts leave to one.

    "Ruritania vetoed a British-drafted text" ties the two vetoed drafts of its days; another
    sentence links one of them while naming another sponsor ("Britain vetoed a Ruritanian-drafted
    text"), so this one is the other draft. Only when exactly one tied candidate is left, no
    sentence links it, what this sentence states fits it, and a source holding every such vote
    spans the body and the days (else the text told of may be one the data lack). Otherwise ``None``.
    """
    if not mine:
        return None
    taken = [d for d in linked.tied if _other_sponsor(mine, sponsored.get(d, frozenset()))]
    rest = [d for d in linked.tied if d not in taken]
    if not taken or len(rest) != 1 or rest[0] in sponsored:
        return None
    m = rows.iloc[0]
    stated = _positions(rows)
    i = int(np.flatnonzero(idx.ids == rest[0])[0])
    body = m["body"] if isinstance(m["body"], str) and m["body"] else None
    article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
    lo, hi, _ = _window(m, article_date)
    if not _fits(idx, i, stated, m["tally"]) or _not_held(idx, body, lo, hi, _kinds(m, stated)) is not None:
        return None
    why = (f"{linked.reason}; the story links {', '.join(taken)} to a text of another sponsor, "
           f"so this one ({', '.join(sorted(mine))}) is the other")
    return replace(linked, decision_id=rest[0], status="linked", score=linked.tied_score, tied=(), reason=why)


def _positions_only(m: pd.Series) -> bool:
    """Whether a mention says which vote it means by nothing but the positions it states.

    No symbol, tally, date of its own (a date carried from the sentence before is not), subject or
    unanimity: "Among the abstainers were A, B and C." Such a sentence is linked by its members alone.
    """
    said = m["date_text"]
    own_date = pd.notna(m["date"]) or pd.notna(m["date_from"])
    if own_date and isinstance(said, str) and "(as before)" in said:
        own_date = False
    return not (_split(m["cited"]) or isinstance(m["tally"], str) or own_date or _split(m["subjects"])
                or _split(m["topics"]) or bool(m["unanimous"]))


def _missing_votes(results: list[tuple[pd.DataFrame, Linked]], idx: _Index
                   ) -> list[tuple[str | None, pd.Timestamp, pd.Timestamp, str, str]]:
    """The votes an article tells of that the data lack: ``(body, first day, last day, what, tally)``.

    A mention left unlinked that cites a symbol the record does not hold (of the vote's own year,
    or of none), or that states a tally (two parts written at least) no vote of its body and
    days has.
    """
    out: list[tuple[str | None, pd.Timestamp, pd.Timestamp, str, str]] = []
    for rows, linked in results:
        if linked.status == "linked" or linked.several:
            continue
        m = rows.iloc[0]
        article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
        lo, hi, _ = _window(m, article_date)
        body = m["body"] if isinstance(m["body"], str) and m["body"] else None
        evidence = str(m["evidence"])
        cited = [c for c in _split(m["cited"])
                 if _symbol_year(c) is None or lo.year <= _symbol_year(c) <= hi.year]
        missing = [c for c in cited if not _held(idx, [c])]
        if missing and not _BACKGROUND.search(evidence):
            out.append((body, lo, hi, f"it cites {missing[0]}, which the data do not hold", ""))
            continue
        tally = m["tally"]
        if not isinstance(tally, str) or sum(x != "?" for x in tally.split("-")) < 2:
            continue
        keep = (idx.dates >= np.datetime64(lo, "ns")) & (idx.dates <= np.datetime64(hi, "ns"))
        if body is not None:
            keep &= idx.body == body
        if not any(_fits(idx, int(i), {}, tally) for i in np.flatnonzero(keep)):
            out.append((body, lo, hi, f"it states a tally of {tally}, which no vote of those days has",
                        tally))
    return out


def _shares_a_count(idx: _Index, i: int, tally: str) -> bool:
    """Whether decision ``i`` has one of the tally's written counts other than none ("9 against" of
    a vote stated 128-9 and recorded 127-9-35: the data or the article may be one vote off)."""
    return any(x not in ("?", "0") and idx.tally[k][i] == int(x)
               for k, x in zip(("yes", "no", "abstain"), tally.split("-"), strict=True))


def _beside_a_missing_vote(results: list[tuple[pd.DataFrame, Linked]], ds: Dataset
                           ) -> list[tuple[pd.DataFrame, Linked]]:
    """Unlink a sentence linked by its positions alone when the article tells of a vote the data lack.

    "The council voted a resolution (A/HRC/25/L.17) ... The vote was 30 in favor, 6 against and 11
    abstentions. ... Among the abstentions were India, Indonesia, and South Africa." The symbol is not
    in the data and no vote of that day has the tally: the story's vote is one the data lack. The
    last sentence names no symbol, tally, date or subject of its own, so it is about that vote as
    likely as about any other; its three abstainers fitting another vote of that body and month
    (the only thing that linked it) names nothing, and the link would judge a claim the article
    makes of another vote. Such a sentence is left unlinked, with the reason, when the decision it
    was linked to lies in the body (if known) and days of a vote the article tells of that the data
    lack, has none of that vote's counts (but none against: a stated 128-9 may be a vote recorded
    127-9-35, one vote off), and no sentence of the article links that decision by evidence of its
    own.
    """
    idx = _index(ds)
    missing = _missing_votes(results, idx)
    if not missing:
        return results
    supported = {linked.decision_id for rows, linked in results
                 if linked.status == "linked" and not _positions_only(rows.iloc[0])}
    out = []
    for rows, linked in results:
        m = rows.iloc[0]
        if linked.status != "linked" or linked.several or linked.decision_id in supported \
                or not _positions_only(m):
            out.append((rows, linked))
            continue
        at = np.flatnonzero(idx.ids == linked.decision_id)
        article_date = m["date_to"] if pd.notna(m["date_to"]) else pd.Timestamp.now().normalize()
        lo, hi, _ = _window(m, article_date)
        near = [what for body, first, last, what, tally in missing
                if (body is None or not len(at) or idx.body[at[0]] == body) and first <= hi and last >= lo
                and not (len(at) and tally and _shares_a_count(idx, int(at[0]), tally))]
        if not len(at) or not near:
            out.append((rows, linked))
            continue
        out.append((rows, Linked(None, math.nan, "unlinked",
                                 f"only the positions it states link it to {linked.decision_id}, but the "
                                 f"article tells of a vote the data lack ({near[0]}), which it may be "
                                 "about")))
    return out

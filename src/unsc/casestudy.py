"""The words of a case study: title, introduction, headings and the answer to its claim.

A case study (``notebooks/case_study.ipynb``) is a topic, a window of dates
and a claim about two members ("China traditionally joins Russia"). Every
sentence it prints is built here from those parameters and the record, so
``-p topic Ukraine -p claim_a GBR -p claim_b USA`` reads as a report about
Ukraine and that pair, and the notebook stays a list of calls.

The claim test
--------------
"Does *a* vote with *b*?" is answered with the **identical-vote share** of
:func:`unsc.pairs.same_vote_share` (both cast yes, abstain or no, and the
same one) on **contested** Security Council votes: decisions on which not
every member casting a vote cast the same one. Unanimous votes are left out
because on them every pair agrees, which says nothing about who follows whom.
The share is set beside the **closest other pair of permanent members** on
the same decisions' scope, because a share means little alone: two members
that voted alike on 9 of 10 contested votes follow each other only if other
pairs do not do the same.

It is tested on two scopes:

``case``
    the case's own decisions (its topic, its window);
``record``
    every contested Security Council roll call the data hold, all years and
    topics, so a claim about what a member does "traditionally" is not
    judged on two years alone.

Only decisions with every member's vote count (``partial`` decisions, such as
a veto list that names the vetoing members only, say nothing about pairs),
and permanent seats are followed across successions (``RUS`` includes the
USSR). Where a scope holds no contested vote both members cast, the sentence
says so instead of giving a share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from unsc.errors import ParameterError
from unsc.members import PERMANENT_SEATS, member_code
from unsc.members import name as member_name
from unsc.model import SCALE, Dataset, parse_day
from unsc.pairs import same_vote_share

#: How each scope is named in a sentence.
SCOPES = ("case", "record")

#: Where a case began, when it began with a story: said in the introduction only when
#: the case is about that topic and its window holds the story's date; ``precedent`` is
#: what ``precedent="auto"`` means for that topic (other topics have none).
STORIES = {
    "syria": {
        "date": "2012-06-01",
        "precedent": "Libya",
        "text": ("The story this project started from: in June 2012 a news article reported that "
                 "Russia, China and Cuba voted against the Human Rights Council's resolution on the "
                 "Houla massacre, recalled the 2011 Libya precedent and the Russian and Chinese vetoes "
                 "on Syria, and said that \"China traditionally joins Russia\"."),
    },
}

#: Names read with "the" inside a sentence ("voted as the Russian Federation did").
_WITH_THE = ("United ", "Russian Federation", "Republic of ", "Democratic ", "Syrian Arab Republic",
             "Islamic Republic", "Central African Republic", "Dominican Republic", "Czech Republic",
             "Netherlands", "Philippines", "Gambia", "Bahamas", "Comoros", "Maldives", "Marshall Islands",
             "Solomon Islands", "Holy See", "Sudan", "Lao People's", "Union of Soviet",
             "Former Yugoslav", "Federal Republic", "German Democratic", "State of Palestine",
             "Plurinational", "Kingdom of")


def the(code: str) -> str:
    """A member's name as it reads inside a sentence: ``the Russian Federation``, ``China``."""
    name = member_name(code)
    return f"the {name}" if name.startswith(_WITH_THE) else name


def default_precedent(topic: str, precedent: str) -> str:
    """The precedent a case uses: ``precedent="auto"`` is its story's (Syria: Libya), else none."""
    if str(precedent).strip().lower() != "auto":
        return str(precedent or "").strip()
    story = STORIES.get(str(topic).strip().lower())
    return story["precedent"] if story else ""


@dataclass(frozen=True)
class PairResult:
    """The claimed pair on one scope, beside the closest other permanent pair.

    Attributes
    ----------
    scope
        ``"case"`` or ``"record"``.
    same, decisions
        Contested Security Council votes on which both members cast the same
        vote, and on which both cast one (0 when there is none).
    years
        The years those decisions span (``"1994–2025"``), ``""`` when none.
    rival
        The closest other pair of permanent members (``("FRA", "GBR")``), or
        ``None`` when no other pair shared a contested vote.
    rival_same, rival_decisions
        Its counts on the same scope.
    rank, tied, pairs
        Where the claimed pair stands among all pairs compared (1 = most
        alike; ties share the better rank), how many other pairs share its
        share, and how many pairs there were.
    table
        Every pair's row (``member_a, member_b, decisions, same, share, low,
        high``), most alike first.
    """

    scope: str
    same: int
    decisions: int
    years: str
    rival: tuple[str, str] | None
    rival_same: int
    rival_decisions: int
    rank: int | None
    tied: int
    pairs: int
    table: pd.DataFrame = field(repr=False)

    @property
    def share(self) -> float | None:
        return self.same / self.decisions if self.decisions else None

    @property
    def rival_share(self) -> float | None:
        return self.rival_same / self.rival_decisions if self.rival_decisions else None


@dataclass(frozen=True)
class Case:
    """A case study's parameters, checked, with the sentences built from them.

    Build one with :func:`case`.
    """

    topic: str
    start: pd.Timestamp
    end: pd.Timestamp
    claim_a: str
    claim_b: str
    precedent: str = ""

    @property
    def name_a(self) -> str:
        """The first member as it reads inside a sentence (``China``)."""
        return the(self.claim_a)

    @property
    def name_b(self) -> str:
        """The second member as it reads inside a sentence (``the Russian Federation``)."""
        return the(self.claim_b)

    @property
    def pair(self) -> tuple[str, str]:
        """The claimed pair in the order of :func:`unsc.pairs.same_vote_share` (sorted)."""
        return tuple(sorted((self.claim_a, self.claim_b)))  # type: ignore[return-value]

    @property
    def span(self) -> str:
        """The requested window as years: ``"2014–2022"`` (``"2012"`` for one year)."""
        first, last = self.start.year, self.end.year
        return str(first) if first == last else f"{first}–{last}"

    def title(self) -> str:
        """``Case study: Ukraine at the UN, 2014–2022``."""
        return f"Case study: {self.topic} at the UN, {self.span}"

    def introduction(self) -> str:
        """What the report shows, in the case's own terms (a paragraph of Markdown)."""
        window = f"{self.start:%-d %B %Y} to {self.end:%-d %B %Y}"
        text = (f"This report shows how the Security Council, the Human Rights Council and the "
                f"General Assembly voted on {self.topic} from {window}")
        if self.precedent:
            text += f" (and on {self.precedent}, the precedent the coverage recalls)"
        text += (f", what the news coverage said beside the record, and whether {self.name_a} "
                 f"votes with {self.name_b}: tested on this case and on every contested Security "
                 "Council roll call the data hold.")
        story = STORIES.get(self.topic.strip().lower())
        if story is not None and self.start <= pd.Timestamp(story["date"]) <= self.end:
            text = story["text"] + " " + text
        return text

    def claim_heading(self) -> str:
        """``Does China traditionally join Russia?`` with the pair's names."""
        return f"Does {self.name_a} traditionally join {self.name_b}?"

    def markdown_title(self) -> str:
        return f"# {self.title()}\n\n{self.introduction()}"


def case(topic: str, start: object, end: object, claim_a: str, claim_b: str,
         precedent: str = "") -> Case:
    """A :class:`Case` from a notebook's parameters (``precedent="auto"``: see :func:`default_precedent`).

    Raises
    ------
    unsc.errors.ParameterError
        When a member code is not one, the two members are the same, the
        topic is empty or a date is not a date.
    """
    a, b = member_code(claim_a, "claim_a: "), member_code(claim_b, "claim_b: ")
    if a == b:
        raise ParameterError(f"claim_a and claim_b are both {a}: the claim compares two members")
    if not str(topic).strip():
        raise ParameterError("topic is empty: a case study is about one topic, e.g. \"Syria\"")
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if first is None or last is None:
        raise ParameterError("a case study needs both start and end")
    return Case(topic=str(topic).strip(), start=first, end=last, claim_a=a, claim_b=b,
                precedent=default_precedent(topic, precedent))


def _complete_sc(ds: Dataset) -> Dataset:
    """Security Council decisions with every member's vote, seats followed across successions."""
    sc = ds.filter(body="SC")
    sc = sc.filter(decisions=sc.decisions.loc[~sc.decisions.partial.fillna(False).astype(bool),
                                              "decision_id"])
    return sc.by_seat()


def pair_result(ds: Dataset, a: str, b: str, scope: str) -> PairResult:
    """The claimed pair ``a``–``b`` against every pair of permanent members, on ``ds``'s contested SC votes.

    Parameters
    ----------
    ds
        The decisions of the scope (any bodies; only complete Security Council
        roll calls are used).
    a, b
        The claimed pair.
    scope
        A name for the result (``"case"``, ``"record"``).
    """
    sc = _complete_sc(ds)
    members = list(dict.fromkeys([*PERMANENT_SEATS, a, b]))
    shares = same_vote_share(sc, members, contested=True)
    pair = tuple(sorted((a, b)))
    shares = shares.sort_values(["share", "decisions"], ascending=False).reset_index(drop=True)
    mine = shares[(shares.member_a == pair[0]) & (shares.member_b == pair[1])]
    permanent = set(PERMANENT_SEATS)
    others = shares[~((shares.member_a == pair[0]) & (shares.member_b == pair[1]))
                    & shares.member_a.isin(permanent) & shares.member_b.isin(permanent)]
    # The years are those of the contested votes both claimed members cast.
    contested_ids = _contested_ids(sc)
    cast = sc.votes[sc.votes.member.isin(pair) & sc.votes.vote.isin(SCALE)]
    both = cast.groupby(cast.decision_id.astype(str)).member.nunique()
    both_ids = set(both.index[both.to_numpy() == 2]) & contested_ids
    years = _years(sc.decisions[sc.decisions.decision_id.astype(str).isin(both_ids)])
    rank, tied = None, 0
    if len(mine):
        rank = int((shares.share > mine.share.iloc[0]).sum()) + 1
        tied = int((shares.share == mine.share.iloc[0]).sum()) - 1
    rival = others.iloc[0] if len(others) else None
    return PairResult(
        scope=scope,
        same=int(mine.same.iloc[0]) if len(mine) else 0,
        decisions=int(mine.decisions.iloc[0]) if len(mine) else 0,
        years=years,
        rival=(str(rival.member_a), str(rival.member_b)) if rival is not None else None,
        rival_same=int(rival.same) if rival is not None else 0,
        rival_decisions=int(rival.decisions) if rival is not None else 0,
        rank=rank,
        tied=tied,
        pairs=len(shares),
        table=shares.drop(columns=["body", "period"]),
    )


def _contested_ids(sc: Dataset) -> set[str]:
    from unsc.alignment import unanimous

    split = unanimous(sc)
    return set(split.index[~split.to_numpy()].astype(str))


def _years(decisions: pd.DataFrame) -> str:
    dates = decisions.date.dropna()
    if dates.empty:
        return ""
    first, last = dates.min().year, dates.max().year
    return str(first) if first == last else f"{first}–{last}"


def _pair_names(pair: tuple[str, str]) -> str:
    return f"{the(pair[0])} and {the(pair[1])}"


def sentence(c: Case, result: PairResult) -> str:
    """The answer on one scope, in one plain sentence with its numbers.

    ``On contested Security Council votes on Syria, 2011–2012, China voted as the
    Russian Federation did on 6 of 6; the closest other pair of permanent
    members, France and the United Kingdom, did so on 6 of 6.``
    """
    where = (f"contested Security Council votes on {c.topic}" if result.scope == "case"
             else "every contested Security Council roll call the data hold (all topics)")
    if result.decisions == 0:
        if result.scope == "case":
            return (f"The data hold no contested Security Council vote on {c.topic} between "
                    f"{c.start:%-d %B %Y} and {c.end:%-d %B %Y} on which both {c.name_a} and "
                    f"{c.name_b} voted: the claim cannot be tested on this case.")
        return (f"The data hold no contested Security Council vote on which both {c.name_a} and "
                f"{c.name_b} voted: the claim cannot be tested on the record.")
    text = (f"On {where}, {result.years}, {c.name_a} voted as {c.name_b} did on "
            f"{result.same} of {result.decisions} ({result.share:.0%})")
    if result.rival is None:
        return text + "; no other pair of permanent members shared a contested vote to compare with."
    text += (f"; the closest other pair of permanent members, {_pair_names(result.rival)}, did so on "
             f"{result.rival_same} of {result.rival_decisions} ({result.rival_share:.0%})")
    if result.rank is not None and result.pairs > 1:
        place = _ordinal(result.rank)
        if result.tied:
            others = "pair" if result.tied == 1 else "pairs"
            text += (f"; {c.name_a} and {c.name_b} tie for {place} place with {result.tied} other "
                     f"{others} of the {result.pairs} compared")
        else:
            text += f"; {c.name_a} and {c.name_b} rank {place} of the {result.pairs} pairs compared"
    return text + "."


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class ClaimTest:
    """The claim tested on the case and on the whole record, with its sentences."""

    case: PairResult
    record: PairResult
    sentences: dict[str, str]

    @property
    def answer(self) -> str:
        """The answer in one sentence: the whole record's, which a claim of habit is about."""
        return self.sentences["record"]

    def results(self) -> dict:
        """What ``results.json`` keeps of the test."""
        out = {}
        for r in (self.case, self.record):
            out[r.scope] = {"same": r.same, "decisions": r.decisions, "years": r.years,
                            "rival": list(r.rival) if r.rival else None, "rival_same": r.rival_same,
                            "rival_decisions": r.rival_decisions, "rank": r.rank, "tied": r.tied,
                            "pairs": r.pairs,
                            "sentence": self.sentences[r.scope]}
        return out


def check_claim(c: Case, case_ds: Dataset, full: Dataset) -> ClaimTest:
    """Test "does ``claim_a`` vote with ``claim_b``?" on the case and on every year of the record.

    Parameters
    ----------
    c
        The case (its pair and words).
    case_ds
        The case's decisions (its topic and window).
    full
        Everything loaded: every Security Council vote the data hold.
    """
    case_result = pair_result(case_ds, c.claim_a, c.claim_b, "case")
    record_result = pair_result(full, c.claim_a, c.claim_b, "record")
    return ClaimTest(case=case_result, record=record_result,
                     sentences={"case": sentence(c, case_result), "record": sentence(c, record_result)})



def record_by_year(full: Dataset, members: list[str] | None = None) -> pd.DataFrame:
    """Identical-vote shares per pair and year on every contested, complete Security Council vote.

    The frame :func:`unsc.plots.pair_shares` draws: the claim on the whole record,
    year by year (default pairs: the permanent members').
    """
    return same_vote_share(_complete_sc(full), members or list(PERMANENT_SEATS), period="year",
                           contested=True)


@dataclass(frozen=True)
class CaseData:
    """The decisions a case study shows, selected from everything loaded.

    Attributes
    ----------
    case
        The case's decisions (its topic, without ``exclude``, in its window);
        empty when the data hold none, and ``note`` says why.
    precedent
        The precedent's decisions in the window (empty without a precedent).
    selection
        The :class:`unsc.quality.Selection` the data line and ``left_out.csv``
        describe: the case and its precedent, or, when the data hold neither,
        the whole window (so the report still states what the data hold).
    note
        ``""``, or the sentence saying why the case has no decision.
    """

    case: Dataset
    precedent: Dataset
    selection: object
    note: str = ""


def select_case(full: Dataset, quality: str, c: Case, exclude: str = "") -> CaseData:
    """The case's decisions, its precedent's and the report's selection, never failing on an empty case.

    A case the data hold nothing on (Ukraine in the embedded record, which
    ends its Ukraine-free Council record in 2020) is a report that says so in
    a sentence, not a failed run; a window with no decision at all still fails
    with :func:`unsc.quality.select`'s reason.
    """
    from unsc.quality import select

    window = {"start": f"{c.start:%Y-%m-%d}", "end": f"{c.end:%Y-%m-%d}", "exclude": exclude or None}
    note = ""
    try:
        case_ds = select(full, quality, topic=c.topic, **window).ds
    except ValueError as err:
        case_ds = full.filter(decisions=[])
        note = f"The data hold no {c.topic} decision to show: {err}."
    before = full.filter(topic=c.precedent, start=c.start, end=c.end) if c.precedent \
        else full.filter(decisions=[])
    topics = [c.topic, c.precedent] if c.precedent else c.topic
    try:
        selection = select(full, quality, topic=topics, **window)
    except ValueError:
        selection = select(full, quality, start=window["start"], end=window["end"])
    return CaseData(case=case_ds, precedent=before, selection=selection, note=note)

"""Statements: quotations and reported speech, the extraction stage that gives the ``statements`` table.

:func:`find_statements` reads an article's paragraphs (with the sentences of
:func:`unsc.coverage.text.sentences`) and returns a tuple of :class:`Statement`
(kind, paragraph, speaker, words, day, venue); :func:`extract_statements` gives
them as rows of the ``statements`` table. Who the speaker is, is decided in
:mod:`unsc.coverage.people` (a small grammar of speaker phrases, so that no
fragment of a sentence, no initial and no "U.N." is ever a speaker).

Quotations
    Straight (``"``) and typographic (``“ ”``, ``„``, ``« »``) double quotes,
    two apostrophes typed for one (``''``); single quotes (``‘ ’`` or ``'``)
    in a paragraph without double quotes. A quotation left open at the end
    of a paragraph continues into the next when that one starts with a quote
    mark (the newspaper convention) or when the first paragraph stops
    mid-sentence (a broken line). A quotation interrupted by its attribution
    (``"A," she said. "B."``) is one statement; pieces with other narrative
    between them are joined with an ellipsis. A quotation that starts the
    paragraph after an attributed one, or the sentence after one ('Liu said
    so. "It is so."'), is the same speaker's. A quoted word or two used as a
    term ("its 'brutal' invasion", "a 'borderless' partnership", "the
    'joining' of", "if the Israeli 'occupation' of ... ended": a state's adjective
    between the determiner and the word) is no statement.
Attribution
    After the quotation (``," Putin said``, ``," said U.S. Ambassador to the
    UN Ana Ruiz``: the longest run of words that reads as a speaker,
    ``," Liu Weimin, a spokesman, said``, ``," state television reported``)
    or before it (``Putin said: "``, ``Lavrov told reporters that the text
    was "..."``, ``According to Xinhua, "..."``, ``The plan, according to X,
    is "..."``, ``X, who chairs the council, said``, ``X, speaking after the
    vote, said``, ``X on Monday dismissed the plan as a "..."``, ``X called the
    vote the "..."``, ``X deemed the text "..."``; the verb first: ``..., said
    X, an analyst at Y, who called it "..."``, ``The draft, said X, is
    "..."``); ``X quoted Y as saying`` gives speaker Y and venue X, ``X was
    quoted by Y as saying`` (before or after the quotation) speaker X and
    venue Y; ``X accused Y of "..."`` gives X's word; in ``..., including Spain's
    envoy X, who went on radio to call it "..."`` the speaker is the person the
    "who" clause is about. Quoted
    fragments inside one sentence ('X admits that the vote makes "A" a "B,"
    even if it means "C"') are one statement, and so is a speaker's word in
    the next sentence ('"A," X said. She called it "B."'). Pronouns go to the
    person named or quoted last (not inside a quotation; a later mention by
    surname counts); a definite description ("the Russian diplomat") to the
    one person of the article it fits. A person the article leaves unnamed
    ("a UN diplomat", "a spokesman for the mission") gives a row with the
    role and no speaker.
Reported speech
    ``SPEAKER [also] said|told|stated|... [DAY] [that] CLAUSE`` at the start
    of a sentence without quotation marks (after an optional opening phrase:
    "After the talks, Putin said ..."), and ``CLAUSE, SPEAKER said.``; verbs
    other than said/says/told need a "that" ("announced his resignation"
    reports an act, not speech); parenthetical "the UN says" is skipped.
Day
    Read only from the words beside the verb ("said on Friday", "on Thursday
    dismissed", "On Monday, X said"), never from a day named in what was
    said or a possessive ("said of Sunday's referendum"); a weekday is the
    last such day on or before the article's date (speech is reported after
    it is made). Else the day of the same speaker's dated statement in the
    paragraph before, else the article's date.

Each row gets the speaker's full name and role (from anywhere in the article,
see :mod:`unsc.coverage.people`), the state (ISO alpha-3), the venue or channel
where the text gives one, the date, the paragraph where it starts (1-based)
and the source (outlet, URL).

``statement_id`` is ``<article slug>:q<n>`` for quotations and ``:r<n>`` for
reported speech. ``stance`` and ``decision_id`` are left empty.

Speed: one pass over the quotations and sentences; each speaker phrase is read
once (cached) and at most 14 prefixes of an attribution are tried, so the time
grows with the article's length (``benchmarks/coverage_speed.py``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from unsc.coverage import lexicon
from unsc.coverage.article import Article
from unsc.coverage.people import Registry, Speaker, describe, people_in, plausible_speaker, read_phrase
from unsc.coverage.text import find_countries, find_dates, sentence_at, sentences
from unsc.model import conform

_OPENERS = frozenset({'"', "“", "„", "«", "''", "``"})
_CLOSERS = frozenset({'"', "”", "»", "''"})
#: A list item's mark opening a paragraph ('- "We object."'): the quotation still opens the paragraph.
_BULLET = re.compile(r"\s*(?:[-*•–—]\s+)?")
#: Quotation marks; two apostrophes ("''") are typed for a double quote, and wire archives open
#: with two backticks ("``A complete waste,'' he said").
_MARK = re.compile(r"``|''|[\"“”„«»]")
_VERBS = "|".join(sorted(lexicon.SPEECH_VERBS, key=len, reverse=True))
_REPORTING = "|".join(sorted(lexicon.REPORTING_VERBS, key=len, reverse=True))
_ADVERBS = (r"(?:also|later|then|again|further|separately|repeatedly|earlier|once again|"
            r"has|have|had|was|were|is|are|will|would|had\s+earlier|has\s+since)")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY = (r"(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?")
_DATELINE = re.compile(r"[A-Z][A-Z.' ]+(?:,\s*[A-Z][\w.' ]+)?\s*(?:—|–|--?)")
_LEAD_WORD = re.compile(r"(?:But|And|Meanwhile|However|Still|Yet|So|Then|Yesterday|Today|Tonight|"
                        r"Earlier|Later)")
_STOP = re.compile(
    r"\s+(?:at|in|on|after|during|while|when|before|to|from|via|following|as|because|adding|"
    r"noting|who|which|that|with|according|told)\b|[,;:!?—–]|(?<!\b[A-Z])\.(?!\w)|$"
)


@dataclass
class Quote:
    """One quotation: where it opens and closes, and its words."""

    para: int
    start: int
    end_para: int
    end: int
    text: str
    closed: bool = True
    #: Where the closing mark ends (``end`` plus the mark's length).
    close: int = -1

    def __post_init__(self) -> None:
        if self.close < 0:
            self.close = self.end + 1 if self.closed else self.end


@dataclass
class _Statement:
    kind: str  # "q" or "r"
    para: int
    offset: int
    speaker: Speaker
    text: str
    date: pd.Timestamp
    explicit_date: bool
    venue: str | None
    end_para: int = 0
    parts: list[str] = field(default_factory=list)
    last_start: int = -1
    last_close: int = -1


#: An attribution right after a closing mark: '" Ana Ruiz said', '" said Ruiz', '" he added'.
_LOST_OPENER = re.compile(
    r"\s+(?:(?:[A-Z][\w.'’-]*\s+){1,5}|(?:he|she|they)\s+)?(?:said|says|added|told)\b")


def _unfinished(paragraph: str) -> bool:
    return not re.search(r"[.!?:;][\"”’')\]]*\s*$", paragraph)


def find_quotes(paragraphs: tuple[str, ...] | list[str]) -> list[Quote]:
    """Every quotation in the paragraphs, continued across paragraphs where the text says so."""
    quotes: list[Quote] = []
    cur: dict | None = None

    def finish(closed: bool, end_para: int, end: int, close: int = -1) -> None:
        nonlocal cur
        assert cur is not None
        text = " ".join(paragraphs[p][s:e].strip() for p, s, e in cur["segments"])
        quotes.append(Quote(cur["para"], cur["start"], end_para, end,
                            re.sub(r"\s+", " ", text).strip(), closed, close))
        cur = None

    for i, para in enumerate(paragraphs):
        marks = list(_MARK.finditer(para))
        k = 0
        if cur is not None:
            lead = _BULLET.match(para).end()
            if marks and marks[0].start() == lead and marks[0].group() in _OPENERS:
                cur["from"] = marks[0].end()
                k = 1
            elif marks and marks[0].group() in _CLOSERS and _unfinished(paragraphs[i - 1]):
                cur["from"] = 0
            else:
                finish(False, i - 1, len(paragraphs[i - 1]))
        if cur is None and not marks:
            quotes.extend(_single_quotes(i, para))
        while k < len(marks):
            m = marks[k]
            k += 1
            if cur is None and k == 1 and m.group() in _CLOSERS and m.start() \
                    and para[m.start() - 1] in ",.!?" and _LOST_OPENER.match(para, m.end()):
                # 'We need to be honest," Ana Ruiz said.': the opening mark was lost (a
                # paragraph cut in two); the attribution after it says what was quoted
                lead = len(para) - len(para.lstrip())
                text = re.sub(r"\s+", " ", para[lead : m.start()]).strip()
                quotes.append(Quote(i, lead, i, m.start(), text, True, m.end()))
                continue
            if cur is None:
                # '”I am deeply disappointed,” Tutu said': a closing mark typed for the opening one
                # (before a word, after a space or the paragraph's start) opens the quotation
                misprinted = m.group() == "”" and (m.start() == 0 or para[m.start() - 1] in " \t(—–[") \
                    and para[m.end(): m.end() + 1].isalnum()
                if m.group() in _OPENERS or misprinted:
                    cur = {"para": i, "start": m.start(), "from": m.end(), "segments": [],
                           "mark": m.group()}
                continue
            if m.group() in _CLOSERS or (m.group() == "“" and cur["mark"] == "„") or (
                    # '“We must act. “The war began ...': an opening mark where one is open already,
                    # after the end of a sentence, is the quotation's closing mark misprinted (what
                    # follows is the writer's, unless a closing mark says otherwise: none is opened)
                    m.group() == "“" and cur["mark"] == "“" and cur["para"] == i
                    and re.search(r"[.!?]\s*$", para[cur["from"]: m.start()])):
                # (German quotation marks: „ opens and “ closes)
                cur["segments"].append((i, cur["from"], m.start()))
                finish(True, i, m.start(), m.end())
        if cur is not None:
            cur["segments"].append((i, cur["from"], len(para)))
    if cur is not None:
        finish(False, len(paragraphs) - 1, len(paragraphs[-1]))
    return quotes


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(—–]))(?:‘(?=\w)|'(?=[A-Z0-9]))")
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])[’'](?=\s|$)|(?<=[\w])[’'](?=[,.;:!?](?:\s|$))|"
                           r"(?<=\w)’(?=\s|$)")


def _single_quotes(i: int, para: str) -> list[Quote]:
    found = []
    pos = 0
    while True:
        m = _SINGLE_OPEN.search(para, pos)
        if not m:
            break
        c = _SINGLE_CLOSE.search(para, m.end())
        if not c:
            break
        found.append(Quote(i, m.start(), i, c.start(), para[m.end() : c.start()].strip()))
        pos = c.end()
    return found


def quoted_spans(paragraphs: tuple[str, ...] | list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the ``(start, end)`` spans its quotations cover, marks included.

    A quoted word or two used as a term ("its 'brutal' invasion") is the writer's
    own wording and is not a span. A quotation carried over paragraphs covers the
    rest of its first paragraph, all of those between and its last up to the
    closing mark. The extract stage blanks these spans: what a quotation says
    about a vote is its speaker's claim, not the article's.
    """
    spans: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for quote in find_quotes(paragraphs):
        if not quote.text or _is_term(paragraphs[quote.para], quote):
            continue
        if quote.para == quote.end_para:
            spans[quote.para].append((quote.start, quote.close))
            continue
        spans[quote.para].append((quote.start, len(paragraphs[quote.para])))
        for i in range(quote.para + 1, quote.end_para):
            spans[i].append((0, len(paragraphs[i])))
        spans[quote.end_para].append((0, quote.close))
    return spans


# -- attribution -------------------------------------------------------------
def _after_text(para: str, quote: Quote) -> str:
    """Text after a closing mark, to the end of its sentence or the next quotation."""
    _, s_end = sentence_at(para, quote.end)
    if s_end <= quote.close:  # the quotation ends its sentence: '"... over."'
        if para[quote.end - 1 : quote.end] not in ("!", "?") or quote.close >= len(para):
            return ""
        # '"... right!" Ana Ruiz told them.': a sentence splitter ends the sentence at "!" and "?";
        # the attribution is the next sentence when a speech verb comes within its first words
        _, s_end = sentence_at(para, min(len(para) - 1, quote.close + 1))
        if not re.match(rf"^\s+(?:[^\s\"“”]+\s+){{1,5}}?(?:{_VERBS})\b", para[quote.close : s_end]):
            return ""
    rest = para[quote.close : s_end]
    stop = re.search(r"''|[\"“]", rest)
    rest = rest[: stop.start()] if stop else rest
    return re.sub(r"[.!?]+\s*$", "", rest)


_CLAUSE_WORD = re.compile(r"\b(?:after|while|as|when|and|but|because|before|since|that|which|where|"
                          r"though|although|whereas|until|once)\s+", re.I)
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,?\s*$")
#: A participle between a subject and its verb ("Ana Ruiz, speaking after the vote, said").
_PARTICIPIAL = re.compile(r",\s+[a-z]+ing\b[^,]*,?\s*$")
#: Verbs that give a quotation as the speaker's name for something ("dismissed it as a '...'").
_CHARACTERISE = re.compile(
    r"\b(?P<verb>dismissed|dismisses|described|describes|denounced|denounces|branded|brands|"
    r"labell?ed|characteri[sz]ed|portrayed|condemned|criticised|criticized|hailed|welcomed|"
    r"rejected|called|praised|praises|lauded|lauds|slammed|slams|blasted|blasts|assailed|decried|"
    r"decries|derided|derides|referred\s+to|refers\s+to|(?<=\bto\s)refer\s+to)\b"
    r"(?=[^\"“”]*\bas\s+(?:an?\s+|the\s+)?$)")
#: A clause about a noun ending before its subject: ", a call (that) ", ", a move which ".
_REDUCED_RELATIVE = re.compile(r",\s+(?:a|an|the)\s+[a-z]+(?:\s+(?:that|which))?\s+(?=[A-Z])")
#: Verbs that give a quotation as the speaker's word for something without "as" ("called it
#: '...'", "deemed the text '...'"): an object of a few words with no comma comes between
#: (none: "a group called 'X'" names the group; "called for", "called on" ask for something).
_NAMING = re.compile(
    r"(?<![\w-])(?P<verb>called|calls|deemed|deems|termed|dubbed|dubs|branded|brands|labell?ed|"
    r"pronounced|(?<=\bto\s)(?:call|term|dub|brand|label))\b(?!\s+(?:for|on|upon|by|in|off|out|up)\b)(?=(?:\s+[^\s\"“”,;:.]+){1,6}\s*$)")
#: Verbs that give a quotation as the speaker's word for what someone did ("accused Russia of
#: '...'"): an object of a few words and "of" come between.
_ACCUSING = re.compile(r"(?<![\w-])(?P<verb>accused|accuses|(?<=\bto\s)accuse)\b"
                       # ("accused Russia of siding '...'": a verb of the act may come after "of")
                       r"(?=(?:\s+[^\s\"“”,;:.]+){1,5}\s+of(?:\s+(?:an?|the))?(?:\s+\w+ing)?\s*$)")
#: Verbs of judging that quote the speaker's words a few words on, with no "as" ('Ana Ruiz denounced
#: the "one-sided" text'; 'X spoke of a "turning point"'): only for a named person opening the
#: sentence, and not when the words are a document's ("welcomed the resolution's call for").
_JUDGING = re.compile(
    r"(?<![\w-])(?P<verb>criticized|criticised|denounced|condemned|welcomed|hailed|praised|slammed|"
    r"blasted|decried|lauded|lamented|rejected|spoke\s+(?:of|about)|warned\s+(?:of|against))\b"
    r"(?=(?:\s+[^\s\"“”,;:.]+){0,8}\s*$)")
#: Words between such a verb and the quotation that make the quotation someone else's or a text's.
_NOT_THE_JUDGES = re.compile(
    r"\b(?:resolution|text|draft|statement|report|declaration|letter|document|communiqu[eé]|charter|"
    r"treaty|law)['’]s\b|\b(?:calling|demanding|urging|stating|saying|which|who|whose)\b", re.I)
#: The same verbs in the passive with their agent ('a text slammed by Ana Ruiz as "unjust"').
_JUDGED_BY = re.compile(
    r"\b(?:slammed|dismissed|described|denounced|branded|criticized|criticised|condemned|hailed|"
    r"called|labell?ed|decried|praised|welcomed|rejected|derided)\s+by\s+(?P<np>[^,;:\"“”()]{2,80}?)"
    r"\s+as\s+(?:an?\s+|the\s+)?$")
#: Participles that give the sentence's subject's word for something ('..., calling it a "farce"').
_PARTICIPLE_NAMING = re.compile(
    r",\s+(?:calling|describing|branding|labell?ing|dubbing|terming)\s+(?:it|them|this|that|him|her|"
    r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:as\s+)?(?:an?\s+|the\s+)?$")
#: A speaker in an absolute phrase: '..., with Ambassador Ana Ruiz insisting that the text "..."'.
_WITH_PARTICIPLE = re.compile(
    r"(?:^|[,;]\s*|\s)with\s+(?P<np>[^,;:\"“”()]{2,80}?)\s+(?:saying|insisting|arguing|noting|warning|"
    r"adding|stressing|declaring)\b(?P<rest>[^\"“”]*)$")
#: 'what X called "..."': X's words for something.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?P<np>[^,;:\"“”()]{1,60}?)\s+(?:has\s+|had\s+)?(?:called|calls|termed|"
                          r"terms|dubbed|dubs|described\s+as|describes\s+as|referred\s+to\s+as)\s*$")
#: A document from someone, who speaks through it ('A letter from Ana Ruiz to the council said').
_DOCUMENT_FROM = re.compile(
    r"^\s*(?:(?:But|And|Meanwhile|However)\s+)?(?:An?|The|In\s+an?)\s+(?:[a-z]+\s+)?"
    r"(?:letter|statement|message|note|memo|memorandum)\s+(?:from|by|signed\s+by)\s+"
    r"(?P<np>[^,;:\"“”()]+?)(?:,[^,;:\"“”]*,)?\s*$")
#: What may follow a speaker named after a verb that comes first, before the quotation:
#: nothing but punctuation, or a relative clause ('said Ana Ruiz, who called it "..."').
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$")
_AFTER_VERB_FIRST = re.compile(
    r"^\s*(?:[,:]\s*)?(?:who\s+[^\"“”;.]*)?$"
    # or a parenthesis: 'The draft, said Ana Ruiz, is "dead"' (lower-case words only: no new subject)
    r"|^,\s+(?:is|was|are|were|has|had|will|would|could|must|should|remains|remained)\b"
    r"(?:\s+(?!and\b|but\b|while\b)[a-z-]+){0,5}\s*$"
    # or a verb of the past ('A request, said Ana Ruiz, changed minds and brought a "sea change"'): the
    # parenthesis's sentence goes on, with no new subject ("and the envoy called it" has one)
    r"|^,\s+(?:[a-z]+ed|brought|made|took|gave|put|set|kept|left|meant|showed|won|led|drove)\b"
    r"(?:\s+(?!but\b|while\b|whereas\b|and\s+(?:the|a|an|he|she|they|it|his|her|their|its)\b)"
    r"[a-z-]+){0,8}\s*$")
#: Words that may follow a quoted word or two without making it a term the writer uses.
_AFTER_QUOTE_OK = frozenset(
    "for to and of in on at by with from as but or that which after before over while than "
    "he she they it said says told added".split())
_SCARE_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|these|those|so-called|"
                           r"a\s+so-called)|['’]s)\s*$", re.I)


#: "the Israeli " or "its U.S. " before a quoted word: a determiner and a state's name or adjective.
_SCARE_STATE = re.compile(r"\b(?:the|its|their|his|her|our|this|these|those)\s+"
                          r"(?P<state>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s*$")


class _NoPhrase:
    kind = None
    name = None


_NO_PHRASE = _NoPhrase()


def _phrase_before(text: str) -> tuple[str, int] | None:
    """The noun phrase ending ``text`` (the subject before a verb), with its start."""
    text = re.sub(rf"(?:\s+{_ADVERBS}|\s+{_DAY})+\s*$", "", text)
    state = re.search(r"\s*\((?P<state>[^()]{2,40})\)\s*$", text)
    if state and find_countries(state.group("state")):
        # "Ambassador Ana Ruiz (Chile)": the state in brackets is the title's ("of Chile"); the text
        # before it is unchanged, and so is where the phrase starts
        text = text[: state.start()] + f" of {state.group('state')}"
    text = _RELATIVE.sub("", text)  # "The envoy, Ana Ruiz, who chairs the council this month,"
    text = _PARTICIPIAL.sub("", text)  # "Ana Ruiz, appearing beside the minister,"
    stripped = text.rstrip()
    trailing_comma = stripped.endswith(",")
    if trailing_comma:
        stripped = stripped[:-1]
    cut = max(stripped.rfind(c) for c in ",;:—–(")
    spaced = stripped.rfind(" - ")
    if spaced > cut:
        cut = spaced + 2
    np_start = cut + 1
    phrase = stripped[np_start:]
    if cut >= 0 and stripped[cut] == ",":
        # an apposition: "Liu Weimin, a Foreign Ministry spokesman(,)"
        earlier = stripped[:cut]
        prev_cut = max(earlier.rfind(c) for c in ",;:—–(")
        chunk = earlier[prev_cut + 1 :].strip()
        joined = chunk + ", " + phrase.strip()
        if chunk and (re.match(r"^\s*(?:a|an|the|his|her|its)\s", phrase) or trailing_comma
                      or re.match(r"^(?:the\s|[A-Z])", chunk)) and plausible_speaker(joined) \
                and read_phrase(joined).name:
            phrase = joined
            np_start = prev_cut + 1
        elif chunk and trailing_comma and re.match(r"^\s*[a-z]", phrase) and plausible_speaker(chunk) \
                and (read_phrase(chunk) or _NO_PHRASE).kind == "person" and read_phrase(chunk).name:
            # a named person and a description set off by commas before the verb ("Ana Ruiz, one
            # of the plan's critics, said"; "X, a spokesman for President Y, said"): X speaks
            phrase = chunk
            np_start = prev_cut + 1 + (len(earlier[prev_cut + 1 :]) - len(earlier[prev_cut + 1 :].lstrip()))
    leading = re.match(r"^\s*(?:But|And|Meanwhile|However|Still|Yet|So|Then|Yesterday|Today|Tonight|"
                       r"Earlier|Later)\b,?\s*", phrase)
    if leading:
        np_start += leading.end()
        phrase = phrase[leading.end() :]
    if not plausible_speaker(phrase):
        # a subject after a clause word: "..., after Ambassador Ana Ruiz told reporters"
        words = list(_CLAUSE_WORD.finditer(phrase))
        if not words or not plausible_speaker(phrase[words[-1].end():]):
            return None
        np_start += words[-1].end()
        phrase = phrase[words[-1].end():]
    return phrase.strip(), np_start


#: A relative clause about a person ("Ana Ruiz, who took to the radio to") ending the text.
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:[^,;:\"“”()—–]*?\s)?$")


def _antecedent(text: str) -> tuple[str, int] | None:
    """The person a "who" clause ending ``text`` is about, with where the name starts.

    The antecedent is the longest run of words right before the comma that
    reads as a named person ("..., including by Spain's envoy Ana Ruiz, who
    ..." is Ana Ruiz with her title); anything else (a state, a group, a
    description) is no antecedent here.
    """
    m = _WHO_CLAUSE.search(text)
    if not m:
        return None
    head = text[: m.start()]
    words = list(re.finditer(r"\S+", head))[-10:]
    for w in words:  # the longest first
        phrase = head[w.start():]
        if re.search(r"[,;:()\"“”]", phrase):
            continue
        read = read_phrase(phrase)
        if read is not None and read.kind == "person" and read.name:
            return phrase, w.start()
    return None


#: A modal just before a short quote: the quote is the verb of the speaker's clause.
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|must|can|may)\s+(?:not\s+)?$", re.I)


def _is_term(para: str, quote: Quote) -> bool:
    """A quoted word or two used as a term ("its 'brutal' invasion"), not anyone's statement."""
    words = quote.text.split()
    before = para[: quote.start]
    following = re.match(r"\s*([A-Za-z][\w'’-]*)", para[quote.close:]) if quote.closed else None
    if len(words) <= 2 and quote.para == quote.end_para and quote.text.endswith(",") \
            and _SCARE_BEFORE.search(before) and following and following.group(1).islower() \
            and not re.fullmatch(_VERBS, following.group(1)) and following.group(1) not in ("he", "she"):
        # 'the plan known as the "road map," which ...': the comma is the sentence's, set inside
        # the marks the American way; a name after "the" is still a term
        return True
    if len(words) > 2 or quote.para != quote.end_para or re.search(r"[,.!?;:…]$", quote.text):
        return False  # '"We object," he said' is a statement however short
    if _MODAL_BEFORE.search(before):
        return False  # 'said the plan would "gravely harm" the talks': the speaker's verb, not a term
    if _SCARE_BEFORE.search(before):
        return True
    state = _SCARE_STATE.search(before)
    if state and find_countries(state.group("state")) and not (
            _CHARACTERISE.search(before) or _NAMING.search(before)):
        # 'said the Israeli "occupation" would end': a state's adjective between "the" and the
        # word makes it a noun phrase of the writer's (not after 'called the US "...')
        return True
    if _CHARACTERISE.search(before) or _NAMING.search(before):
        return False  # 'called the draft a "one-sided" text': the word is the speaker's own
    return bool(following and following.group(1).islower()
                and following.group(1) not in _AFTER_QUOTE_OK)


def _speech_date(window: str, today: pd.Timestamp) -> pd.Timestamp | None:
    """The day a statement was made, from the words of its attribution ("said on Friday").

    Only a day written beside the verb counts, never a possessive ("of Sunday's
    vote") or a day after "of", "about", "ahead of" or "for": those are the
    day of something else. A weekday is the last one on or before the article's date.
    """
    for d in find_dates(window, today):
        lead = window[: d.start]
        if d.date is None or re.search(r"['’]s$", d.text) or window[d.end : d.end + 2] in ("'s", "’s"):
            continue
        if re.search(r"\b(?:of|about|for|ahead\s+of|before|until|by)\s+(?:the\s+)?$", lead):
            continue
        if d.date > today:  # a day to come is not when something was said
            continue
        return d.date
    return None


def _window(text: str, start: int, end: int) -> str:
    """The attribution's words: ``text[start:end]`` and up to five words after it, to a comma."""
    tail = re.match(r"(?:\s+[^\s,;:.!?]+){0,5}", text[end:])
    return text[start:end] + (tail.group() if tail else "")


def _longest_phrase(rest: str) -> str | None:
    """The longest run of words opening ``rest`` that reads as a speaker ("said U.S. envoy Ana Ruiz on")."""
    # (the text ends with its sentence, so a full stop here is an abbreviation's: "Sen.", "U.S.")
    clause = re.split(r"[,;:!?—–]|\s-\s", rest, maxsplit=1)[0]
    words = clause.split()[:14]
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        if k < len(words) and _continues_name(words[k - 1], words[k]):
            continue  # "the United" of "the United Nations via ...": a name is never cut in two
        if plausible_speaker(phrase):
            return phrase
    return None


def _continues_name(last: str, following: str) -> bool:
    """Whether ``following`` carries on the capitalised name that ``last`` is part of."""
    word = following.strip("\"“”‘’'()")
    return bool(last[:1].isupper() and not last.endswith((",", ".")) and word[:1].isupper()
                and not re.fullmatch(rf"(?:{_WEEKDAYS}|January|February|March|April|May|June|July|"
                                     rf"August|September|October|November|December)", word))


def _verb_first(rest: str) -> str | None:
    """The speaker after a verb that comes first ("said Susan Rice, the U.S. ambassador, on ...")."""
    rest = rest.lstrip()
    phrase = _longest_phrase(rest)
    if phrase:
        appos = re.match(r"^,\s+([^,;]{2,60}?)\s*(?:[,;]|$)", rest[len(phrase):].rstrip(". "))
        if appos and plausible_speaker(f"{phrase}, {appos.group(1)}"):
            phrase = f"{phrase}, {appos.group(1)}"  # "said Susan Rice, the U.S. ambassador"
    return phrase


@cache
def _venue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    audiences = "|".join(re.escape(a) for a in lexicon.AUDIENCES)
    nouns = "|".join(re.escape(v) for v in sorted(lexicon.VENUE_NOUNS, key=len, reverse=True))
    return (re.compile(rf"\btold\s+(?P<v>{audiences})\b", re.I), re.compile(
        rf"\b(?:at|in|during|on|via|through|to|before)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
        rf"(?P<v>(?:(?!(?:that|{_WEEKDAYS})\b)[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
        rf"(?:\s+(?:with|in|of|to)\s+"
        rf"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"))


def _venue(clause: str, speaker: Speaker) -> str | None:
    if speaker.venue:
        return speaker.venue
    # not a relative clause's: ", who spoke at the summit," is left out, the words after it kept
    clause = re.sub(r",\s*(?:who|which|whose)\b[^,]*,", ",", clause)
    clause = re.split(r"\b(?:who|which|whose)\b", clause, maxsplit=1)[0]
    told, at = _venue_patterns()
    m = told.search(clause)
    if m:
        return re.sub(r"^(?:the|a|an)\s+", "", m.group("v"), flags=re.I)
    m = at.search(clause)
    return m.group("v") if m else None


def _attribution_part(clause: str) -> str:
    """The words of a reported-speech clause before what was said ("told reporters in X")."""
    m = re.search(r"\bthat\b", clause)
    if m and len(clause[: m.start()].split()) <= 12:
        return clause[: m.start()]
    return " ".join(clause.split()[:6])


@dataclass
class _Attribution:
    phrase: str
    clause: str
    where: tuple[int, int]
    quoted_by: str | None = None
    #: The words beside the verb, where the day of the statement is read ("said on Friday").
    window: str | None = None
    #: The quotation is a word or phrase of the speaker's inside narrative ("called it '...'").
    fragment: bool = False
    #: Only a named person may speak here ('Ana Ruiz: "..."' reads like a heading otherwise).
    person_only: bool = False
    #: The speaker's words open their sentence (where any word is capitalised, so one capitalised
    #: word is a weak name: 'Protesters called him "a traitor"').
    opens_sentence: bool = True


#: Verbs that attribute a quotation only when they end its sentence right after it ('"...,"
#: Ruiz accused.'): elsewhere they report an act ("accused Russia of ...", "protested outside").
_AFTER_ONLY = re.compile(
    rf"^\s*[,—–-]?\s*(?P<np>[^,;\"“”]+?)\s+(?:{_ADVERBS}\s+)?(?P<verb>accused|accuses|retorted|"
    r"retorts|quipped|quips|protested|protests|objected|objects|lamented|laments|fumed|snapped|"
    r"scoffed|pleaded|joked|jokes|boasted|exclaimed|mused)\s*$")


#: A quoted sentence carried on in the writer's words ("that ..."), then its speaker: '," that they
#: must comply, Ana Ruiz' (lower-case words with no comma, then the name after the last comma).
_CONTINUED_THEN_SPEAKER = re.compile(r"^\s*,?\s*that\s[a-z][^,;:]*,\s+(?P<np>[^,;:]+)$")


#: The same with the verb first: '" from the text, said Ana Ruiz' (a few lower-case words, a comma,
#: "said" and the speaker).
_CONTINUED_THEN_VERB = re.compile(r"^\s*(?:that|from|to|in|on|about|over|for|by|with|at|against|of)\s"
                                  r"[^,;:\"“”]{0,60},\s*(?:said|says|added)\s+(?P<rest>.+)$", re.S)


def _passive_quoted(upto_verb: str, rest: str) -> str | None:
    """Who quoted the subject of "X was quoted [by Y] as saying [by Y]" ('' for no one), else ``None``.

    ``upto_verb`` is the text up to "quoted" or "cited", ``rest`` the text after it.
    """
    if not re.search(r"\s(?:was|were|is|has\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)$", upto_verb):
        return None
    m = re.match(r"^\s+(?:by\s+(?P<first>[^,;.]+?)\s+)?as\s+saying(?:\s+by\s+(?P<by>[^,;.]+))?", rest)
    if not m:
        return None
    return (m.group("first") or m.group("by") or "").strip()


def _attribute_after(para: str, quote: Quote) -> _Attribution | None:
    after = _after_text(para, quote)
    where = (quote.end_para, quote.end)
    m = _AFTER_ONLY.match(after)
    if m and plausible_speaker(m.group("np")):
        return _Attribution(m.group("np"), after, where, window=after)
    m = re.match(rf"^\s*[,—–-]?\s*(?P<verb>{_VERBS})\s+(?P<rest>.+)$", after, re.S)
    if m and m.group("verb") not in ("quoted", "cited"):
        # verb first: '," said U.S. Ambassador to the UN Ana Ruiz on Friday.'
        rest = m.group("rest")
        phrase = _verb_first(rest)
        if phrase:
            return _Attribution(phrase, after, where,
                                window=_window(after, 0, after.index(rest) + len(phrase)))
    m = _CONTINUED_THEN_VERB.match(after)
    if m:
        # '"We are surprised" by the request, said Ana Ruiz, the envoy.': the writer carries the
        # quoted sentence on, then the verb and the speaker end it
        phrase = _verb_first(m.group("rest"))
        if phrase and (read_phrase(phrase) or _NO_PHRASE).kind == "person" and read_phrase(phrase).name:
            return _Attribution(phrase, after, where,
                                window=_window(after, 0, after.index(m.group("rest")) + len(phrase)))
    m = re.match(rf"^\s*[,—–-]?\s*(?P<np>.+?)\s+(?:{_ADVERBS}\s+)?(?:{_DAY}\s+)?"
                 rf"(?P<verb>{_VERBS})\b(?P<rest>.*)$", after, re.S)
    if m:
        rest = m.group("rest")
        if m.group("verb") in ("quoted", "cited"):
            q = re.match(r"^\s+(?P<who>.+?)\s+as\s+saying\b", rest)
            if q and plausible_speaker(q.group("who")):
                return _Attribution(q.group("who"), after, where, quoted_by=m.group("np"))
            by = _passive_quoted(after[: m.end("verb")], rest)
            if by is not None and plausible_speaker(m.group("np")):
                # '"...," Lavrov was quoted as saying by Interfax.'
                return _Attribution(m.group("np"), after, where, quoted_by=by or None)
            return None
        # '," Ana Ruiz, who chairs the council, told reporters' / ', speaking after the vote, said'
        phrase = _PARTICIPIAL.sub("", _RELATIVE.sub("", re.sub(rf"\s+{_DAY}$", "", m.group("np"))))
        phrase = re.sub(r",\s*\d{1,3}\s*,?\s*$", "", phrase)  # "Ana Ruiz, 54, said": her age
        if plausible_speaker(phrase):
            return _Attribution(phrase, after, where, window=_window(after, 0, m.end("verb")))
        head, comma, tail = phrase.partition(",")
        if comma and (read_phrase(head) or _NO_PHRASE).kind == "person" and read_phrase(head).name \
                and re.match(r"\s*(?:(?:a|an|the)\s+)?[a-z]", tail) and not re.search(
                    rf"\b(?:{_VERBS}|who|which|that)\b|[\"“”]", tail) and len(tail.split()) <= 10:
            # '," Ambassador Ana Ruiz, chair of the council for March, told reporters': a description
            # (here with a month in it) set off after the named person
            return _Attribution(head, after, where, window=_window(after, 0, m.end("verb")))
        tail = _CONTINUED_THEN_SPEAKER.match(phrase)
        if tail and m.group("verb") in ("said", "says", "added") and not rest.strip(" .") \
                and plausible_speaker(tail.group("np")):
            # '"It puts them on notice," that they must comply, Ana Ruiz said.': the writer carries
            # the quoted sentence on in their own words, and the speaker ends the sentence
            return _Attribution(tail.group("np"), after, where, window=_window(after, 0, m.end("verb")))
    m = re.match(r"^\s*,?\s*according\s+to\s+(?P<np>[^,.;]+)", after, re.I)
    if m and plausible_speaker(m.group("np")):
        return _Attribution(m.group("np"), after, where)
    m = re.match(r"^\s*(?:—|–|--)\s*(?P<rest>[^\"“”]+)$", after)
    if m:
        # a pull quote's attribution: '"..." — Ana Ruiz, Spain's ambassador'
        phrase = _verb_first(m.group("rest"))
        if phrase and m.group("rest").strip(" .").startswith(phrase) and \
                not m.group("rest").strip(" .")[len(phrase):].strip():
            return _Attribution(phrase, after, where, person_only=True)
    return None


#: A quotation led in by a participle of saying ("..., saying, "), its speaker the sentence's subject.
_PARTICIPLE_SAYING = re.compile(
    # ("took the podium warning that": without the comma, when "that" follows)
    r"(?:,\s+|\s+(?=(?:saying|adding|declaring|stating|noting|warning|arguing|insisting)\s+that\b))"
    r"(?:saying|adding|declaring|stating|noting|warning|arguing|insisting)"
    # what the quotation is about may come between ("saying the treaty '...'", "saying that it '...'")
    r"(?:\s+(?:that\s+)?(?:(?:the|this|these|its|their|his|her|it|they|both)\s+)?[a-z][\w-]*)?"
    r"\s*[,:]?\s*$")
#: A statement issued as a document ('X issued a statement saying: "..."'); X is the subject before it.
_ISSUED = re.compile(r"\b(?:issued|released|put\s+out|published)\s+a\s+(?:written\s+|short\s+)?"
                     r"statement\s+(?:saying|that\s+said|stating|reading)\s*[,:]?\s*$")
#: The lead-in of a quotation set off in the next paragraph ('X had this to say to the paper:').
_THIS_TO_SAY = re.compile(r"\b(?:had|has|have)\s+(?:this|the\s+following)\s+to\s+say\b")
#: A participle clause opening a sentence before its subject ("Speaking after the vote, ").
_OPENING_PARTICIPLE = re.compile(r"^\s*(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\b[^,;\"“”]{0,80},\s*")
#: An adverbial phrase opening a sentence before its subject ("Ahead of the vote, ", "After the talks, ").
_OPENING_ADVERBIAL = re.compile(r"^\s*(?:(?:After|Before|Ahead\s+of|During|Following|Despite|At|In|On|"
                                r"Prior\s+to|Shortly\s+(?:before|after))\s[^,;\"“”]{0,80},\s*"
                                # a time said in a few words, with or without its comma
                                r"|(?:Earlier|Later)\s+(?:this|that|last)\s+(?:week|month|year),?\s+"
                                r"|Last\s+(?:week|month|year),?\s+)")
#: The subject opening a sentence: the words before its first comma or first verb.
_SUBJECT_START = re.compile(r"^\s*(?P<np>[^,;]{2,80}?)(?:,|\s+(?:\w+ly\s+)?(?:voted|abstained|vetoed|"
                            r"cast|spoke|welcomed|rejected|defended|criticised|criticized|called|"
                            r"was|is|has|had)\b)")


#: A subject and its apposition between commas, opening the sentence: "A's envoy, Ana Ruiz, ...".
_SUBJECT_APPOSITION = re.compile(r"^\s*(?P<np>[^,;]{2,80}?,\s+[^,;]{2,60}?),")


def _attribute_before(paragraphs, quote: Quote) -> _Attribution | None:  # noqa: ANN001
    para = paragraphs[quote.para]
    s_start, _ = sentence_at(para, quote.start)
    before = para[s_start : quote.start]
    if not before.strip(" -*•–—\t") and quote.para > 0 and paragraphs[quote.para - 1].rstrip().endswith(":"):
        prev = paragraphs[quote.para - 1]
        spans = sentences(prev)
        before = prev[spans[-1][0] :] if spans else prev
    where = (quote.para, quote.start)
    m = re.fullmatch(r"\s*(?P<np>[^:,;\"“”—–()]{2,60}?)\s*:\s*", before)
    if m and plausible_speaker(m.group("np")):
        # 'Ana Ruiz: "We will not move."', the transcript's way
        return _Attribution(m.group("np"), before, where, person_only=True)
    m = re.search(r"\baccording\s+to\s+(?P<np>[^,.;]+),\s*$", before, re.I)
    if m and plausible_speaker(m.group("np")):
        return _Attribution(m.group("np"), before, where)
    m = re.fullmatch(r"\s*(?:[Ii]n\s+the\s+words\s+of|[Ii]n)\s+(?P<np>his|her|[^,:;\"“”]{2,60}?)"
                     r"(?:\s+(?:own\s+)?words)?\s*[:,]\s*", before)
    if m and (m.group("np") in ("his", "her") or ("words of" in before and plausible_speaker(m.group("np")))):
        # 'In her words: "..."' (the person told of before), 'In the words of Ana Ruiz, "..."'
        np_ = {"his": "He", "her": "She"}.get(m.group("np"), m.group("np"))
        return _Attribution(np_, before, where)
    m = _ISSUED.search(before) or _THIS_TO_SAY.search(before)
    if m:
        # 'X issued a statement saying: "..."', 'X had this to say to the paper:' (then the quotation)
        found = _phrase_before(before[: m.start()])
        if found is not None:
            phrase, start = found
            lead = before[:start].strip()
            if not lead or lead.endswith(",") or _DATELINE.fullmatch(lead):
                return _Attribution(phrase, before[m.start() :], where,
                                    window=_window(before, start, m.end()))
    m = _PARTICIPLE_SAYING.search(before) or _participle_clause(before) or _PARTICIPLE_NAMING.search(before)
    if m:
        # 'Ana Ruiz, whose country sponsored it, voted in favour, saying, "..."': the sentence's
        # subject says it (after any participle opening the sentence: "Speaking after the vote, ")
        opener = _OPENING_PARTICIPLE.match(before) or _OPENING_ADVERBIAL.match(before)
        head = before[opener.end() if opener and opener.end() < m.start() else 0 : m.start()]
        subject = _SUBJECT_START.match(head)
        appos = _SUBJECT_APPOSITION.match(head)
        if appos and (read_phrase(appos.group("np")) or _NO_PHRASE).kind == "person" and \
                read_phrase(appos.group("np")).name:
            # "Algeria's representative to the UN, Ambassador Amar Bendjama, criticised it, saying":
            # the title and the name in apposition are one subject
            return _Attribution(appos.group("np").strip(), before, where)
        np_ = re.sub(r"^(?:The|A|An)\s+", "", subject.group("np").strip()) if subject else ""
        if subject and re.match(r"[A-Z]", np_) and plausible_speaker(subject.group("np").strip()):
            return _Attribution(subject.group("np").strip(), before, where)
        # or a subject followed by any verb ('Ana Ruiz thanked the members, saying "..."'): the
        # longest run of words opening the sentence that names a person
        opening = _longest_phrase(head)
        if opening and re.fullmatch(r"\s*(?:He|She)", opening) and head.lstrip().startswith(opening.strip()):
            # 'She said the talks had failed, saying "..."': the pronoun's person
            return _Attribution(opening.strip(), before, where)
        if opening and (read_phrase(opening) or _NO_PHRASE).kind == "person" and read_phrase(opening).name \
                and re.match(r"\s+[a-z]", head[len(opening) + head.index(opening) :]):
            # (a lone capitalised word must be someone of the article's: "Ahead of the vote, ...")
            return _Attribution(opening, before, where, person_only=True)
    verbs = list(re.finditer(rf"\b(?P<verb>{_VERBS})\b", before))
    c = _CHARACTERISE.search(before)
    if c and (not verbs or verbs[-1].end() <= c.start()):
        # 'The Assembly urged an end to it, a call Ana Ruiz dismissed as "..."': the one who judged
        # it, in a clause about the object of the sentence's verb, says the quotation
        heads = list(_REDUCED_RELATIVE.finditer(before, 0, c.start()))
        head = heads[-1] if heads else None  # (the last such clause before the verb)
        phrase = before[head.end() : c.start()].strip() if head else ""
        if phrase and plausible_speaker(phrase) and (read_phrase(phrase) or _NO_PHRASE).kind == "person":
            return _Attribution(phrase, before[c.start() :], where,
                                window=_window(before, head.end(), c.end()), fragment=True,
                                opens_sentence=False)
    for v in reversed(verbs):
        doc = _DOCUMENT_FROM.match(before[: v.start()]) \
            if v.group("verb") in ("said", "says", "stated", "states", "added", "noted", "warned") else None
        phrase = _document_author(doc.group("np")) if doc else None
        if phrase:
            # 'A letter from Ana Ruiz to the council, seen by the paper, said the text "..."'
            return _Attribution(phrase, before[v.start() :], where, window=before[v.start() : v.end()])
        found = _phrase_before(before[: v.start()])
        if found is None:
            pre = before[: v.start()].rstrip()
            joined = _joined_verb(pre)
            if joined is not None:
                # 'Ana Ruiz spoke at the meeting and stated that, "..."': the subject of both verbs
                phrase, start = joined
                return _Attribution(phrase, before[v.start() :], where,
                                    window=_window(before, start, v.end()))
            # (after a quotation, '"A," said Ruiz, "B."', the verb is the first one's: one statement)
            if v.group("verb") in ("quoted", "cited", "told", "tells") or not (
                    not pre or pre.endswith(",") or _DATELINE.fullmatch(pre)):
                continue  # ('told the council:' names whom it was said to, never who said it)
            # the verb first: '..., said Ana Ruiz, an adviser, who called it "..."'
            rest = before[v.end() :]
            phrase = _verb_first(rest)
            if phrase and phrase.endswith(".") and not _ABBREVIATION.search(phrase):
                continue  # '"A," said Ana Ruiz. "B."': the verb belongs to the quotation before
            if phrase and _AFTER_VERB_FIRST.match(rest[rest.index(phrase) + len(phrase):]):
                return _Attribution(phrase, before[v.start() :], where,
                                    window=_window(before, v.start(), v.end() + rest.index(phrase)
                                                   + len(phrase)))
            continue
        phrase, start = found
        if v.group("verb") in ("quoted", "cited"):
            by = _passive_quoted(before[: v.end()], before[v.end() :])
            if by is not None:
                # 'Ana Ruiz was quoted by the agency as saying "..."': the subject speaks
                return _Attribution(phrase, before, where, quoted_by=by or None)
            q = re.match(r"^\s+(?P<who>.+?)\s+as\s+saying\b", before[v.end() :])
            if q and plausible_speaker(q.group("who")):
                return _Attribution(q.group("who"), before, where, quoted_by=phrase)
            continue
        return _Attribution(phrase, before[v.start() :], where, window=_window(before, start, v.end()))
    m = _WHAT_CALLED.search(before)
    if m and plausible_speaker(m.group("np")):
        # '..., rejecting what he called "a blunt instrument"': the one who called it so
        return _Attribution(m.group("np"), before[m.start() :], where, fragment=True, opens_sentence=False)
    c = _CHARACTERISE.search(before) or _NAMING.search(before) or _ACCUSING.search(before)
    if c:
        # 'Ana Ruiz on Monday dismissed the plan as a "publicity stunt".'
        found = _phrase_before(before[: c.start()])
        if found is not None:
            phrase, start = found
            lead = before[:start].strip()
            if not lead or lead.endswith(",") or _DATELINE.fullmatch(lead):
                return _Attribution(phrase, before[c.start() :], where,
                                    window=_window(before, start, c.end()), fragment=True,
                                    opens_sentence=not lead or bool(_DATELINE.fullmatch(lead)))
        found = _antecedent(before[: c.start()])
        if found is not None:
            # '..., among them Ana Ruiz, who went on radio to call it "a farce".'
            phrase, start = found
            return _Attribution(phrase, before[c.start() :], where,
                                window=_window(before, start, c.end()), fragment=True,
                                opens_sentence=False)
    m = _JUDGED_BY.search(before)
    if m and plausible_speaker(m.group("np")):
        # 'the draft, slammed by Ana Ruiz as "unjust"': the agent of the passive verb of judging
        return _Attribution(m.group("np"), before[m.start() :], where, fragment=True, opens_sentence=False)
    spaced = re.sub(r"[\"“”]", " ", before)  # (a scare-quoted word between: 'denounced the "new" text')
    c = _JUDGING.search(spaced)
    if c and not _NOT_THE_JUDGES.search(spaced[c.end() :]):
        # 'Ana Ruiz strongly criticised "the naming and shaming" of states'
        found = _phrase_before(re.sub(r"(?:\s+[a-z]+ly)+\s*$", " ", before[: c.start()]))
        if found is not None:
            phrase, start = found
            lead = before[:start].strip()
            if not lead or lead.endswith(",") or _DATELINE.fullmatch(lead) or _LEAD_WORD.fullmatch(lead):
                return _Attribution(phrase, before[c.start() :], where,
                                    window=_window(before, start, c.end()), fragment=True, person_only=True)
    m = _WITH_PARTICIPLE.search(before)
    if m and plausible_speaker(m.group("np")) and len(m.group("rest").split()) <= 20 \
            and not re.search(rf"\b(?:{_VERBS})\b", m.group("rest")):
        # '..., with Ambassador Ana Ruiz insisting that the text "..."'
        return _Attribution(m.group("np"), before[m.start() :], where, person_only=True)
    m = re.search(r"(?:^|,)\s*according\s+to\s+(?P<np>[^,.;\"“”]+),[^\"“”]*$", before, re.I)
    if m and plausible_speaker(m.group("np")):
        # 'According to the ministry, the plan is "dead".', 'The plan, according to X, is "dead".'
        return _Attribution(m.group("np"), before, where)
    return None


#: A participle of saying and the clause it reports, up to a quotation ('..., saying any move
#: toward the EU "cannot be forced"'): a few words, none a verb of saying (whose subject would speak).
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?:saying|adding|declaring|stating|noting|warning|arguing|insisting)\s+(?:that\s+)?"
    r"(?P<clause>[^\"“”;:,()]{1,140})$")


def _participle_clause(before: str) -> re.Match[str] | None:
    m = _PARTICIPLE_CLAUSE.search(before)
    if m is None or len(m.group("clause").split()) > 16:
        return None
    clause = m.group("clause")
    if re.search(rf"\b(?:{_VERBS})\b", clause) or _CHARACTERISE.search(clause) or _NAMING.search(clause):
        return None
    return m


def _document_author(words: str) -> str | None:
    """Who a document is from: the longest opening words naming a person ("X to the council"), else a body."""
    tokens = words.split()[:14]
    for k in range(len(tokens), 0, -1):
        read = read_phrase(" ".join(tokens[:k]))
        if read is not None and read.kind == "person" and read.name:
            return " ".join(tokens[:k])
    return _longest_phrase(words)


def _joined_verb(pre: str) -> tuple[str, int] | None:
    """The named person opening ``pre`` when it ends in "VERB ... and" ('Ana Ruiz spoke at the talks and')."""
    if not re.search(r"\s+and$", pre):
        return None
    head = pre[: -len("and")].rstrip()
    opener = _OPENING_PARTICIPLE.match(head)
    start = opener.end() if opener else 0
    lead = _LEAD_WORD.match(head, start)
    if lead and re.match(r",?\s", head[lead.end() :]):
        start = lead.end() + len(head[lead.end() :]) - len(head[lead.end() :].lstrip(", "))
    phrase = _longest_phrase(head[start:])
    if not phrase or not head[start:].startswith(phrase):
        return None
    read = read_phrase(phrase)
    rest = head[start + len(phrase) :]
    if read is None or read.kind != "person" or not read.name or len(rest.split()) > 10 \
            or not re.fullmatch(r"\s+[a-z][^,;:()\"“”]*", rest) \
            or re.search(r"\b(?:who|which|that|whose|whom)\b", rest):
        return None
    return phrase, start


# -- reported speech ---------------------------------------------------------
def _reported(paragraphs, quotes: list[Quote]):  # noqa: ANN001, ANN202 - internal generator
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        for p in range(q.para, q.end_para + 1):
            s = q.start if p == q.para else 0
            e = q.end if p == q.end_para else len(paragraphs[p])
            spans.setdefault(p, []).append((s, e))
    pattern = re.compile(rf"\b(?P<verb>{_REPORTING})\b")
    for pi, para in enumerate(paragraphs):
        # quotation spans in order of start, with the running furthest end: a sentence overlaps
        # one when a span starting before its end reaches its start (bisect: no quadratic scan)
        quoted = sorted(spans.get(pi, []))
        starts = [s for s, _ in quoted]
        reach = list(itertools.accumulate((e for _, e in quoted), max))
        for s_start, s_end in sentences(para):
            k = bisect.bisect_right(starts, s_end)
            if k and reach[k - 1] >= s_start:
                continue
            sent = para[s_start:s_end]
            if _MARK.search(sent):
                continue
            m = pattern.search(sent)
            if not m or len(sent[: m.start()].split()) > 16:
                continue
            if re.match(r"^\s*,", sent[m.end() :]):  # "..., the UN says, ..."
                continue
            found = _phrase_before(sent[: m.start()])
            if found is None:
                continue
            phrase, start = found
            lead = sent[:start].strip()
            if lead and not lead.endswith(",") and not _LEAD_WORD.fullmatch(lead) \
                    and not _DATELINE.fullmatch(lead):
                continue
            rest = sent[m.end() :]
            if re.match(r"\s*[\"“‘']?(?:no|yes)\b[\"”’']?\s*(?:[;,.]|$)", rest, re.I):
                continue  # "A and B said no; five others abstained": an answer to the vote, no statement
            if m.group("verb") not in ("said", "says", "told") and rest.strip(" .") \
                    and not re.match(r"^\s*(?:\S+\s+){0,4}?that\b", rest):
                continue  # "announced his resignation" reports an act, not what was said
            if not rest.strip(" .") and lead.endswith(","):
                # "CLAUSE, officials said."
                yield pi, s_start, phrase, sent[m.start() :], m.group("verb"), lead[:-1]
                continue
            if lead.endswith(",") and len(lead.split()) > 8:
                continue
            yield pi, s_start + start, phrase, sent[m.start() :], m.group("verb"), rest


def _summary_of(verb: str, rest: str) -> str:
    text = rest.strip()
    text = re.sub(rf"^(?:{_DAY}\s*)", "", text)
    if verb in ("told", "tells"):
        audiences = "|".join(re.escape(a) for a in lexicon.AUDIENCES)
        text = re.sub(rf"^(?:{audiences})\b\s*", "", text, flags=re.I)
    text = re.sub(rf"^(?:in\s+a\s+statement|on\s+state\s+television|{_DAY})\s*,?\s*", "", text)
    text = re.sub(r"^that\s+", "", text)
    return text.rstrip(" .")


# -- the table ---------------------------------------------------------------
@dataclass(frozen=True)
class Statement:
    """One statement read from an article: a row of the ``statements`` table before it is a row."""

    #: ``q`` (a quotation) or ``r`` (reported speech).
    kind: str
    #: Paragraph where it starts (0-based) and the offset there.
    para: int
    offset: int
    speaker: Speaker
    #: The quoted words (pieces of an interrupted quotation joined), or what was reported.
    text: str
    date: pd.Timestamp
    #: Whether the text gives the day ("said on Friday"); else the article's date.
    date_stated: bool
    venue: str | None


def _quoted_spans(paragraphs, quotes: list[Quote]):  # noqa: ANN001, ANN202
    """A test ``inside((paragraph, offset))``: whether a position lies inside a quotation."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        for p in range(q.para, q.end_para + 1):
            spans.setdefault(p, []).append((q.start if p == q.para else 0,
                                            q.end if p == q.end_para else len(paragraphs[p])))
    starts = {p: [s for s, _ in sorted(v)] for p, v in spans.items()}
    ends = {p: [e for _, e in sorted(v)] for p, v in spans.items()}

    def inside(where: tuple[int, int]) -> bool:
        p, off = where
        if p not in starts:
            return False
        i = bisect.bisect_right(starts[p], off) - 1
        return i >= 0 and off < ends[p][i]

    return inside


#: A person named as what is spoken of ("the fate of President Assad", "calls for the ouster of X").
_SPOKEN_OF = re.compile(r"\b(?:fate|future|ouster|removal|overthrow|departure|resignation|exile|release|"
                        r"arrest|detention|extradition|trial|death|killing|murder|assassination|regime|rule|forces|"
                        r"supporters|opponents|allies|government)\s+of\s+(?:(?:the|former|ousted|late|"
                        r"(?-i:[A-Z][\w.’'-]*))\s+){0,3}$", re.I)
#: A relative clause about a person (", who was named by X,", "a governor who was named by X,").
_WHO_SPAN = re.compile(r"\b(?:who|whose|whom)\s[^,;:.!?\"“”]*(?:,|(?=[.;!?]))")
#: How far back (characters) "the ministry" looks for the ministry named in full.
_LOOKBACK = 600


def _institution_named_before(paragraphs, phrase: str, where: tuple[int, int],  # noqa: ANN001
                              registry: Registry) -> Speaker | None:
    """The institution "the ministry" is, named in full just before it ("Israel's Foreign Ministry").

    Only a definite phrase of one or two words ("the ministry", "the foreign ministry") is looked
    up, in the text just before it in its paragraph, else at the end of the paragraph before; the
    last name ending in the same word is taken, when it reads as an institution of a state.
    """
    m = re.fullmatch(r"\s*the\s+(?P<words>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s*", phrase, re.I)
    if not m:
        return None
    pi, off = where
    named = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?i:{re.escape(m.group('head'))})\b")
    # (a window of text before it, not the whole paragraph: linear however long the article)
    found = list(named.finditer(paragraphs[pi][max(0, off - _LOOKBACK) : off]))
    if not found and pi > 0:
        found = list(named.finditer(paragraphs[pi - 1][-_LOOKBACK:]))
    for name in reversed(found):
        if re.search(r"[.!?]\s", name.group()):
            continue  # the words run over a sentence's end ("... Australia. The council")
        speaker = describe(name.group().strip(), registry, where)
        if speaker is not None and speaker.kind == "org" and speaker.country is not None:
            return speaker
    return None


def find_statements(
    article: Article,
    *,
    reported: bool = True,
    registry: Registry | None = None,
) -> tuple[Statement, ...]:
    """The statements of ``article``, in the order they start (see the module docstring).

    Parameters
    ----------
    article
        From :func:`~unsc.coverage.read_article`.
    reported
        Also read reported (indirect) speech; ``False`` keeps quotations only.
    registry
        The article's people (:func:`~unsc.coverage.people.people_in`); built when not given.
    """
    paragraphs = article.paragraphs
    registry = registry or people_in(paragraphs)
    quotes = find_quotes(paragraphs)
    inside = _quoted_spans(paragraphs, quotes)
    items: list[tuple[tuple[int, int], str, object]] = [((q.para, q.start), "q", q) for q in quotes]
    if reported:
        for pi, off, phrase, clause, verb, rest in _reported(paragraphs, quotes):
            items.append(((pi, off), "r", (phrase, clause, verb, rest)))
    items.sort(key=lambda t: t[0])
    done: list[_Statement] = []
    speakers: list[Speaker] = []
    last_person: tuple[Speaker, tuple[int, int]] | None = None
    last_quote: _Statement | None = None

    # what a pronoun subject said in reported speech, per paragraph: (start, end, pronoun)
    said_by: dict[int, list[tuple[int, int, str]]] = {}

    # the relative clauses about a person, per paragraph (read once, when a pronoun asks)
    relatives: dict[int, list[tuple[int, int]]] = {}

    def in_relative(mention: tuple[int, int]) -> bool:
        if mention[0] not in relatives:
            relatives[mention[0]] = [m.span() for m in _WHO_SPAN.finditer(paragraphs[mention[0]])]
        return any(s <= mention[1] < e for s, e in relatives[mention[0]])

    def spoken_of(mention: tuple[int, int]) -> bool:
        # '"...," Kerry said, alluding to the fate of Assad. But he added': one whose fate, rule or
        # removal is spoken of is the topic, and the pronoun goes on meaning the speaker
        return bool(_SPOKEN_OF.search(paragraphs[mention[0]], max(0, mention[1] - 60), mention[1]))

    def resolve(phrase: str, where: tuple[int, int]) -> Speaker | None:
        low = phrase.strip().lower()

        def skip(mention: tuple[int, int]) -> bool:
            # 'He said he had called Ana Ruiz. He said: "..."': a person named in what "he" said
            # is spoken of, and the same pronoun goes on meaning the same speaker; so is one named
            # in a relative clause ('Ruiz, who was named by President Vega, ... She said')
            return inside(mention) or any(s <= mention[1] < e and pronoun == low
                                          for s, e, pronoun in said_by.get(mention[0], ())) \
                or in_relative(mention) or spoken_of(mention)

        speaker = describe(phrase, registry, where, speakers, last_person=last_person, skip=skip)
        if speaker is not None and speaker.kind == "org" and speaker.country is None:
            speaker = _institution_named_before(paragraphs, phrase, where, registry) or speaker
        return speaker

    for where, kind, item in items:
        if kind == "r":
            phrase, clause, verb, rest = item
            speaker = resolve(phrase, where)
            if speaker is None:
                continue
            said = clause[: len(clause) - len(rest)] if clause.endswith(rest) else clause
            date = _speech_date(_window(clause, 0, len(said)), article.date)
            st = _Statement("r", where[0], where[1], speaker, _summary_of(verb, rest),
                            date or article.date, date is not None,
                            _venue(_attribution_part(clause), speaker), where[0])
            done.append(st)
            speakers.append(speaker)
            if speaker.kind == "person":
                last_person = (speaker, where)
                if (read_phrase(phrase) or _NO_PHRASE).kind == "pronoun":
                    at = paragraphs[where[0]].find(clause, where[1])
                    if at >= 0:
                        said_by.setdefault(where[0], []).append(
                            (at, at + len(clause), phrase.strip().lower()))
            continue
        quote: Quote = item
        if not quote.text or _is_term(paragraphs[quote.para], quote):
            continue
        attribution = _attribute_after(paragraphs[quote.end_para], quote) if quote.closed else None
        led_in = attribution is None
        attribution = attribution or _attribute_before(paragraphs, quote)
        if attribution is None:
            if last_quote is not None and _continues(last_quote, quote, paragraphs):
                between = paragraphs[quote.para][last_quote.last_close : quote.start] \
                    if quote.para == last_quote.end_para else ""
                # '"A," she said. "B."' is one statement; '"A." He called it "B."' is two pieces
                narrative = len(between.split()) > 8 or (between.strip(" ,.") and not re.search(
                    rf"\b(?:{_VERBS})\b", between))
                last_quote.parts.append(f"… {quote.text}" if narrative else quote.text)
                last_quote.end_para = quote.end_para
                last_quote.last_close = quote.close
                continue
            previous = done[-1] if done else None
            starts_para = _BULLET.fullmatch(paragraphs[quote.para][: quote.start]) is not None
            next_sentence = previous is not None and _next_sentence(paragraphs, previous, quote)
            if previous is None or len(quote.text.split()) < 5 or not (next_sentence or (
                    starts_para and quote.para - previous.end_para <= 1)):
                continue
            speaker, venue = previous.speaker, previous.venue
            date, explicit = previous.date, previous.explicit_date
        else:
            at = attribution.where
            para = paragraphs[quote.para]
            lead = quote.start - len(attribution.clause)
            if led_in and lead >= 0 and para[lead: quote.start] == attribution.clause \
                    and (read_phrase(attribution.phrase) or _NO_PHRASE).kind == "pronoun":
                # 'X doubted it, but he said that President Y "has few friends"': "he" means one
                # named before it, never the person its own clause goes on to speak of
                at = (quote.para, lead)
            speaker = resolve(attribution.phrase, at)
            if speaker is None:
                continue
            # (a double-barrelled name, "Thomas-Greenfield", is no common word capitalised)
            weak_name = speaker.kind == "person" and speaker.named and " " not in speaker.name \
                and not re.fullmatch(r"[A-Z][\w’']+-[A-Z][\w’']+", speaker.name)
            if (attribution.fragment or attribution.person_only) and weak_name \
                    and (attribution.opens_sentence or attribution.person_only):
                # 'Protesters called him "a traitor"', 'Update: "..."': one capitalised word no one
                # in the article bears is too weak a name for these
                continue
            if attribution.person_only and not (speaker.kind == "person" and speaker.named):
                continue
            venue = _venue(attribution.clause, speaker)
            if attribution.quoted_by:
                venue = re.sub(r"^(?:the|a|an)\s+", "", attribution.quoted_by.strip(), flags=re.I)
            date = _speech_date(attribution.window or attribution.clause, article.date)
            explicit = date is not None
            if date is None:
                s0, _ = sentence_at(paragraphs[quote.para], quote.start)
                lead = re.match(rf"^\s*(?:On\s+)?({_DAY}),", paragraphs[quote.para][s0:])
                date = _speech_date(lead.group(1), article.date) if lead else None
                explicit = date is not None
            if date is None:
                same = [s for s in done if s.speaker.name == speaker.name and s.explicit_date
                        and quote.para - s.end_para <= 1]
                date = same[-1].date if same else article.date
                explicit = bool(same)
        if (last_quote is not None and last_quote.speaker == speaker
                and last_quote.end_para == quote.para and attribution is not None
                and (_same_sentence(paragraphs[quote.para], last_quote.last_start, quote.start)
                     or (attribution.fragment and _sentences_apart(
                         paragraphs[quote.para], last_quote.last_start, quote.start) <= 1))):
            # '"A," Ruiz said. She called it "B."': the speaker's words in narrative are a piece
            last_quote.parts.append(f"… {quote.text}")  # "... called it 'A' and 'B'"
            last_quote.last_close = quote.close
            continue
        st = _Statement("q", quote.para, quote.start, speaker, quote.text, date, explicit, venue,
                        quote.end_para)
        st.last_start = quote.start
        st.last_close = quote.close
        done.append(st)
        speakers.append(speaker)
        if speaker.kind == "person":
            last_person = (speaker, (quote.end_para, quote.end))
        last_quote = st
    return tuple(Statement(st.kind, st.para, st.offset, st.speaker, _join([st.text, *st.parts]),
                           st.date, st.explicit_date, st.venue) for st in done)


def extract_statements(
    article: Article,
    *,
    reported: bool = True,
    registry: Registry | None = None,
) -> pd.DataFrame:
    """Statements in ``article`` as rows of the ``statements`` table.

    Parameters
    ----------
    article
        From :func:`~unsc.coverage.read_article`.
    reported
        Also extract reported (indirect) speech ("Putin said the two leaders ...");
        ``False`` keeps quotations only.
    registry
        The article's people; built when not given.

    Returns
    -------
    pandas.DataFrame
        Columns and dtypes of :data:`unsc.model.STATEMENT_COLUMNS`; empty
        (with that schema) when the article quotes no one.
    """
    return statements_frame(article, find_statements(article, reported=reported, registry=registry))


def _next_sentence(paragraphs, previous: _Statement, quote: Quote) -> bool:  # noqa: ANN001
    """Whether ``quote`` opens the sentence after ``previous`` ('Liu said so. "It is so."')."""
    if previous.end_para != quote.para:
        return False
    spans = sentences(paragraphs[quote.para])
    starts = [a for a, _ in spans]
    here = bisect.bisect_right(starts, quote.start) - 1
    if here < 0 or not re.fullmatch(r"\s*", paragraphs[quote.para][spans[here][0] : quote.start]):
        return False
    before = previous.last_close if previous.last_close >= 0 else previous.offset
    return bisect.bisect_right(starts, before) - 1 == here - 1


def _sentences_apart(paragraph: str, a: int, b: int) -> int:
    """How many sentences offset ``b`` lies after offset ``a`` in ``paragraph`` (large when ``a < 0``)."""
    if a < 0:
        return 1 << 30
    starts = [s for s, _ in sentences(paragraph)]
    return bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a)


def _same_sentence(paragraph: str, a: int, b: int) -> bool:
    return a >= 0 and sentence_at(paragraph, a) == sentence_at(paragraph, b)


def _continues(previous: _Statement, quote: Quote, paragraphs) -> bool:  # noqa: ANN001
    if quote.para == previous.end_para:
        return True
    starts_para = _BULLET.fullmatch(paragraphs[quote.para][: quote.start]) is not None
    return quote.para == previous.end_para + 1 and starts_para


def _join(parts: list[str]) -> str:
    """Join the pieces of an interrupted quotation: a piece's closing comma becomes a stop."""
    out = ""
    for part in parts:
        part = part.strip()
        if out and part.startswith("…"):
            out = out.rstrip(" ,") + " "
        elif out:
            out = (out[:-1] + "." if out.endswith(",") and part[:1].isupper() else out) + " "
        out += part
    return out.rstrip(" ,;:")


def statements_frame(article: Article, found: tuple[Statement, ...]) -> pd.DataFrame:
    """The rows of the ``statements`` table for ``found`` (ids ``<slug>:q<n>`` and ``:r<n>``)."""
    rows = []
    counters = {"q": 0, "r": 0}
    slug, source = article.slug, article.source  # each resolves the path: once, not per row
    for st in found:
        counters[st.kind] += 1
        rows.append({
            "statement_id": f"{slug}:{st.kind}{counters[st.kind]}",
            "date": st.date,
            # an unnamed person ("a UN diplomat") has a role but no name
            "speaker": st.speaker.name if st.speaker.named else None,
            "role": st.speaker.role or (None if st.speaker.named else st.speaker.name),
            "country": st.speaker.country,
            # an institution ("China's Foreign Ministry") is kept as such, not taken for a person
            "speaker_kind": st.speaker.kind,
            "venue": st.venue,
            "summary": st.text,
            "stance": None,
            "decision_id": None,
            "source": source,
            "paragraph": st.para + 1,
        })
    frame = pd.DataFrame(rows) if rows else pd.DataFrame()
    return conform(frame, "statements")

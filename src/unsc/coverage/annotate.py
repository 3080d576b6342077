"""Annotate stage: sentences, the members named in text, numbers and dates written in words.

Dates: weekdays ("On Friday", "said Monday"), ``yesterday``/``today``,
calendar dates with or without a year ("June 1", "1 June 2012"), months
("in March"), years ("In 2011"), and ``last``/``this``/``earlier this``
week, month and year, all resolved against the article's date. A weekday is
the last such day on or before the article's date (the article's own day
included), or the next one when the clause speaks of the future ("will
vote on Friday").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd
import pycountry
from rapidfuzz import fuzz, process

from unsc import config, members
from unsc.coverage.article import MONTHS
from unsc.coverage.lexicon import CAPITALS, DEMONYMS, INSTITUTIONS, PLACES
from unsc.csvio import Col, read_csv

# -- sentences ---------------------------------------------------------------
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sen rep st jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.n u.k e.g i.e vs inc co corp jr sr gov sgt capt adm prof maj ft mt "
    # roll calls' short names: "Dem. Rep. of Congo", "Fed. States of Micronesia"
    "dem fed".split()
)
#: Abbreviations only before a number ("No. 5", "Art. 27", "No. (5)"): "voted no. A resolution ..." ends a
#: sentence.
_NUMBERED = frozenset({"no", "nos", "art", "para", "p", "pp"})
#: A sentence ends at its stop before a capital, a digit or a quotation; after a bare stop a list item's
#: bullet may come first (Markdown list items joined into one paragraph: "... in favour. - Russia
#: abstained."). A dash after a closing quotation is its attribution ('"..." — Ana Ruiz'), no new item.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(]?[A-Z0-9])|"
                           r"[.!?]+(?=\s+[-*•]\s+[\"“‘'(]?[A-Z0-9])|"
                           # a stop a copy glued to the next sentence: "... of Ukraine.Of the 193 members"
                           # (a word or a number before it, a capitalised word after: not "U.S." or "2.5")
                           r"(?:(?<=[a-z][a-z])|(?<=\d))[.!?][\"”’')\]]*(?=[\"“‘']?[A-Z][a-z]+\b)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text`` (abbreviations and initials kept whole)."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # cached: every stage asks for the sentences of the same paragraphs, and
    # sentence_at once per quotation (splitting again each time was quadratic)
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        word = before[-1].lower().rstrip(".") if before else ""
        if text[m.start()] == "." and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word) or (
                word in _NUMBERED and re.match(r"\(?\d", text[m.end():].lstrip()))):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence holding character ``pos``."""
    spans = _sentences(text)
    i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    if 0 <= i < len(spans) and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return 0, len(text)


# -- countries ---------------------------------------------------------------
#: Territories whose names are mostly other things in news text.
_SKIP_CODES = frozenset({"JEY", "GGY", "IMN", "ATA", "UMI", "BVT", "HMD", "ATF", "SGS", "IOT"})
_EXTRA_NAMES = {
    "Britain": "GBR", "Great Britain": "GBR", "the United States": "USA", "U.S.": "USA",
    "US": "USA", "U.K.": "GBR", "America": "USA", "Holland": "NLD", "Russia": "RUS",
    "Syria": "SYR", "Iran": "IRN", "UAE": "ARE", "the UAE": "ARE", "DPRK": "PRK",
    # the everyday short name, as wire copy lists a council's members ("backed by Bosnia, Colombia")
    "Bosnia": "BIH",
    # the name the new state went by in 2011 copy and some UN lists after
    "Southern Sudan": "SSD",
    # no state but Papua New Guinea is "New Guinea" (a misspelt "Papa New Guinea" is not Guinea)
    "New Guinea": "PNG",
    # the abbreviation with the rest of the official name, as roll calls copied from UN pages write it
    "UK of Great Britain and Northern Ireland": "GBR",
    # the short forms of the UN's own roll calls and of wire copy
    "Dem. Rep. of Congo": "COD", "Dem. Rep. of the Congo": "COD", "DRC": "COD",
    "Dem. People's Rep. of Korea": "PRK", "Lao PDR": "LAO",
    # "Rep." for "Republic", with or without its stop and "of", as lists copied from roll calls have it
    "Rep. of Korea": "KOR", "Rep of Korea": "KOR", "Rep. Korea": "KOR", "Czech Rep.": "CZE",
    "Czech Rep": "CZE", "Rep. Moldova": "MDA", "Rep. of Moldova": "MDA", "Rep of Moldova": "MDA",
    "Dominican Rep.": "DOM", "Central African Rep.": "CAF", "Syrian Arab Rep.": "SYR",
    "Rep. of the Congo": "COG", "Rep. of Congo": "COG",
}


@dataclass(frozen=True)
class Place:
    """A state named in text."""

    start: int
    end: int
    code: str
    text: str
    #: ``name``, ``demonym``, ``capital``, ``institution`` or ``place`` (a town).
    kind: str


@cache
def _surfaces() -> dict[str, tuple[str, str]]:
    names: dict[str, tuple[str, str]] = {}

    def add(surface: str, code: str | None, kind: str) -> None:
        if surface and code and code not in _SKIP_CODES and not re.search(r"[,()]", surface):
            names.setdefault(surface, (code, kind))
            if "'" in surface:  # typeset text writes "People’s": without it, "Republic of Korea" wins
                names.setdefault(surface.replace("'", "’"), (code, kind))
            if " and " in surface:  # "Great Britain & Northern Ireland": else "Ireland" alone is read
                names.setdefault(surface.replace(" and ", " & "), (code, kind))

    for surface, code in _EXTRA_NAMES.items():
        add(surface, code, "name")
    # the curated aliases first: "Burma" and "Zaire" are the UN's Myanmar and DR Congo, one member
    # under two names, not the historic ISO codes (BUR, ZAR) no vote table uses
    aliases = read_csv(config.curated_dir() / "member_aliases.csv",
                       {"alias": Col(required=True), "member": Col(required=True)})
    for row in aliases.itertuples():
        add(str(row.alias), str(row.member), "name")
    for row in members.table().itertuples():
        add(str(row.name), str(row.member), "name")
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            add(getattr(c, attr, None) or "", c.alpha_3, "name")
    for surface, code in DEMONYMS.items():
        names[surface] = (code or "", "demonym")
        if not surface.endswith(("ese", "ss", "sh", "ch", "i")):
            names.setdefault(surface + "s", (code or "", "demonym"))
    for surface, code in CAPITALS.items():
        names.setdefault(surface, (code, "capital"))
    for surface, code in INSTITUTIONS.items():
        names.setdefault(surface, (code, "institution"))
    for surface, (_, code) in PLACES.items():
        names.setdefault(surface, (code, "place"))
    return names


@cache
def _country_pattern() -> re.Pattern[str]:
    alternatives = sorted(_surfaces(), key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives)
    # not inside a compound ("US-led", "anti-Russia"), but after a dash typed as a hyphen glued to the
    # name ("six abstentions -Russia, China ...")
    return re.compile(rf"(?<![\w.])(?<![\w.]-)(?:{body})(?!\w)")


def find_countries(text: str) -> list[Place]:
    """Every state named in ``text``: by name, nationality, capital, institution or town.

    Blocked nationality words ("Arab", "Latin American") are skipped.
    """
    found: list[Place] = []
    for m in _country_pattern().finditer(text):
        code, kind = _surfaces()[m.group()]
        if not code or re.search(r"\b(?:pro|anti)-\s+$", text[max(0, m.start() - 8): m.start()], re.I):
            continue  # "voted pro- Palestine": the compound typed with a space is no state named
        if found and found[-1].code == code and re.fullmatch(r"\s*[\[(]\s*", text[found[-1].end: m.start()]) \
                and re.match(r"\s*[\])]", text[m.end():]):
            continue  # "Myanmar [Burma]", "Zaire (Congo)": the state named again, as a gloss, is one
        found.append(Place(m.start(), m.end(), code, m.group(), kind))
    return found


_SHORT_NAMES = {"USA": "United States", "KOR": "South Korea", "GBR": "United Kingdom"}


@cache
def short_name(code: str) -> str:
    """The shortest everyday name of a state ("Syria" for ``SYR``), else its UN name."""
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    names = [s for s, (c, kind) in _surfaces().items()
             if c == code and kind == "name" and not s.isupper() and "." not in s
             and not s.startswith("the ")]
    return min(names, key=len) if names else members.name(code)


def demonym_code(word: str) -> str | None:
    """The state of a nationality adjective ("Chinese" → ``CHN``), or ``None``."""
    code, kind = _surfaces().get(word, ("", ""))
    return code or None if kind == "demonym" else None


# -- lists of members --------------------------------------------------------
#: Words a name variant may add or drop ("Antigua-Barbuda" for "Antigua and Barbuda").
_NAME_FILLERS = frozenset({"and", "the", "of", "&"})
#: Closest a list item must come to a state's name (rapidfuzz ratio, 0-100) to be read as it.
NAME_CUTOFF = 90


def _name_key(text: str) -> str:
    """``text`` lower-cased, without accents, punctuation and filler words: the key for name variants."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(w for w in words if w not in _NAME_FILLERS)


@cache
def _name_keys() -> tuple[list[str], list[str]]:
    keys: dict[str, str] = {}
    for surface, (code, kind) in _surfaces().items():
        if kind == "name" and code and len(surface) > 3:
            keys.setdefault(_name_key(surface), code)
    return list(keys), list(keys.values())


#: A UN name with its qualifier after it: "Iran (Islamic Republic of)", "Congo (Democratic Republic of the)".
_QUALIFIED = re.compile(r"(?P<head>[^()]{2,40}?)\s*\((?P<rest>[^()]{1,40}\s(?:of|of\s+the))\)")


def members_in_item(item: str) -> list[str]:
    """The states one item of a list names ("Comoros Congo" → ``COM``, ``COG``), or ``[]``.

    Every word of the item must belong to a state's name: the names found by
    :func:`find_countries`, else one name variant close enough
    (:data:`NAME_CUTOFF`, rapidfuzz's ratio on names without punctuation and
    filler words: "Sao Tome-Principe", "Bosnia-Herzegovina").
    """
    qualified = _QUALIFIED.fullmatch(item.strip())
    if qualified:
        # "Bolivia (Plurinational State of)" is "Plurinational State of Bolivia"; a qualifier that
        # makes no name ("Congo (Kinshasa)") leaves the item unread rather than guessed
        return members_in_item(f"{qualified.group('rest')} {qualified.group('head')}")
    item = item.strip(" \t.;:*-–—\"“”'")
    if not item or len(item) > 60:
        return []
    places = [p for p in find_countries(item) if p.kind in ("name", "demonym")]
    rest = item
    for p in reversed(places):
        rest = rest[: p.start] + " " + rest[p.end:]
    if places and not _name_key(rest):
        return [p.code for p in places]
    key = _name_key(item)
    if not key:
        return []
    keys, codes = _name_keys()
    best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF)
    if best:
        return [codes[best[2]]]
    code = _first_words().get(key)
    return [code] if code else []


@cache
def _first_words() -> dict[str, str]:
    """The first word of a state's name that begins no other name and is in no other ("papua" → ``PNG``).

    Roll calls shorten long names to their first word ("Papua", "Antigua"); a word that
    names one state only, and is no nationality adjective ("Russian" begins "Russian
    Federation", but stands for the people), is read as that state; words under five
    letters are not.
    """
    keys, codes = _name_keys()
    firsts: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for key, code in zip(keys, codes, strict=True):
        words = key.split()
        firsts.setdefault(words[0], set()).add(code)
        for w in words:
            anywhere.setdefault(w, set()).add(code)
    nationalities = {_name_key(d) for d in DEMONYMS}
    taken = set(keys)
    return {w: next(iter(cs)) for w, cs in firsts.items()
            if len(cs) == 1 and len(anywhere[w]) == 1 and len(w) >= 5 and w not in taken
            and w not in nationalities}


#: Between list items: commas, semicolons, "and", line breaks, and the markers of a list run into one
#: line: "1. Argentina 2. Armenia" (a numbered list), "• Benin • Brazil", "United States – France".
_LIST_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|"
                         # "Chile and Peru in addition to Kenya": the list goes on
                         r"\s+(?:in\s+addition\s+to|as\s+well\s+as)\s+|\s+\d{1,3}[.)]\s+|\s*[•·]\s*|\s+[–—]\s+|"
                         # one item a line, bulleted or not: "- Chile\n- Peru"
                         r"\s*\n\s*(?:[*–—-]\s+)?)\s*")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,3}[.)]|[•·*–—-])\s+")


def read_list(text: str, *, least: int = 3) -> list[str] | None:
    """The states of a written list ("Armenia, Belarus, ... and Zimbabwe"), or ``None`` when it is not one.

    A list is at least ``least`` items separated by commas, semicolons or
    "and", each naming states only (see :func:`members_in_item`); one item
    in ten may be unreadable (a typo), never more.
    """
    text = _LIST_MARK.sub("", text.strip().rstrip(".;"))
    # separators inside a name ("Bosnia and Herzegovina", "Trinidad and Tobago") do not split it
    guarded = list(text)
    for p in find_countries(text):
        guarded[p.start:p.end] = "_" * (p.end - p.start)
    cuts = [(m.start(), m.end()) for m in _LIST_SPLIT.finditer("".join(guarded))]
    bounds = [0, *(x for cut in cuts for x in cut), len(text)]
    items = [text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True) if text[a:b].strip()]
    if len(items) < least:
        return None
    found: list[str] = []
    missed = 0
    for item in items:
        codes = members_in_item(item)
        missed += not codes
        found.extend(codes)
    if missed * 10 > len(items):
        return None
    return list(dict.fromkeys(found))


# -- numbers -----------------------------------------------------------------
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_BELOW_HUNDRED = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[1:10]) + r"))?|"
                  + "|".join(sorted(_UNITS[1:], key=len, reverse=True)) + r")")
#: A count written in digits or words ("13", "thirteen", "twenty-one", "one hundred forty-three",
#: "none"). The hundreds come first: "One hundred forty" is 140, never a "forty" after a stray word.
NUMBER = (r"(?:(?:one|a)\s+hundred(?:\s+(?:and\s+)?" + _BELOW_HUNDRED + r"(?![\w-]))?|\d{1,3}|(?:"
          + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[1:10]) + r"))?|"
          + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|none|no\s+one)")


def number_value(text: str) -> int:
    """The value of a count matched by :data:`NUMBER` ("twenty-one" → 21, "none" → 0)."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text == "none" or re.fullmatch(r"no\s+one", text):
        return 0
    if text in _UNITS:
        return _UNITS.index(text)
    hundred = re.match(r"(?:one|a)\s+hundred(?:\s+(?:and\s+)?)?", text)
    if hundred:  # "one hundred and forty-three" → 100 + 43
        rest = text[hundred.end():].strip()
        return 100 + (number_value(rest) if rest else 0)
    parts = re.split(r"[- ]", text)
    return _TENS[parts[0]] + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)


# -- asides ------------------------------------------------------------------
_ASIDE = re.compile(r"\([^()]{0,200}\)|\s(?:--|—|–)\s[^—–]{0,200}?\s(?:--|—|–)(?=\s)|"
                    # "Three countries - A, B and C - voted": a dash typed as a spaced hyphen (words
                    # inside, so no tally's "10 - 2 - 3")
                    r"\s-\s[^-—–\d]*[A-Za-z][^-—–]{0,200}?\s-(?=\s)|"
                    r",\s+(?:which|who)\s+[^,]{0,120},")


def mask_asides(text: str) -> str:
    """``text`` with parentheses, dashed asides and "which/who" clauses blanked (same length, same offsets).

    "Seven nations -- including France -- voted against" reads as "Seven
    nations ... voted against" for counts; the members inside stay in the
    original text.
    """
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


# -- dates -------------------------------------------------------------------
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = "|".join(WEEKDAYS)
_MON = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|is to|are to|is due|are due|plans? to|planned to|"
    r"scheduled|expected to|set to|next|upcoming|coming)\b", re.I
)
#: Words around "Sunday's referendum" that put the event ahead of the story ("ahead of Sunday's
#: vote", "prepared for", "Sunday's referendum, which will ..."), looked for in the clause.
_EVENT_AHEAD = re.compile(
    r"\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+due|are\s+due|ahead\s+of|in\s+the\s+run-up\s+to|"
    r"prepar(?:e|es|ed|ing)\s+for|gear(?:s|ed|ing)?\s+up\s+for|upcoming|forthcoming|coming|"
    r"scheduled|planned|set\s+to|expected\s+to|to\s+be\s+held)\b", re.I)
#: A clause break: the tense of another clause says nothing about this one's event.
_CLAUSE_END = re.compile(r"[.;!?]|\s[—–]\s|\s--\s|,\s+(?:while|whereas|but)\s+")
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("explicit", re.compile(
        rf"\b(?P<month>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")),
    ("explicit", re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MON})\b(?:,?\s+(?P<year>\d{{4}}))?")),
    ("weekday", re.compile(
        rf"(?P<pre>\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?"
        rf"\b(?P<wd>{_WD})\b(?P<poss>'s|’s)?")),
    # "In October last year", "in March of the previous year": the month of the year before the
    # article's (read before "last year" alone takes the words)
    ("month", re.compile(
        rf"\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring)\s+(?P<month>{_MON})\b(?P<year>)"
        r"(?P<last>,?\s+(?:of\s+)?last\s+year|\s+of\s+the\s+previous\s+year)\b")),
    ("relative", re.compile(
        r"\b(?P<rel>yesterday|today|tonight|(?:last|this|earlier this|later this|next) "
        r"(?:week|month|year)|(?:a|one|two|three) (?:days?|weeks?) ago)\b", re.I)),
    ("month", re.compile(
        rf"\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|"
        rf"(?:[Aa]t\s+)?the\s+(?:start|beginning|end)\s+of)\s+(?P<month>{_MON})"
        rf"\b(?:\s+(?P<year>\d{{4}}))?")),
    # "October 2011: Russia and China vetoed ...", "the October 2011 draft": a month with its year
    # needs no preposition
    ("month", re.compile(rf"\b(?P<month>{_MON})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("year", re.compile(
        r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<year>(?:19|20)\d\d)\b")),
    # "2012: Russia and China vetoed ...": a timeline's entry headed by its year
    ("year", re.compile(r"^\W{0,3}(?P<year>(?:19|20)\d\d)(?=[*_]{0,2}\s*(?::|[–—]|-\s|\.\s))")),
    # "04/20/1982", "20/04/1982", "09/10/1972": a day written in figures, as lists and tables print it
    ("numeric", re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\w/])")),
]
_NOT_A_DATE_BEFORE = re.compile(r"\b(?:their|his|her|its|our|your|the|a|an)\s+$", re.I)
_AGO = {"a": 1, "one": 1, "two": 2, "three": 3}


@dataclass(frozen=True)
class DateExpr:
    """A date written in words, resolved against the article's date."""

    start: int
    end: int
    text: str
    #: The day, when the text gives one.
    date: pd.Timestamp | None
    #: The window the text allows (the day itself for a day).
    date_from: pd.Timestamp
    date_to: pd.Timestamp
    #: ``day``, ``week``, ``month`` or ``year``.
    precision: str


def _in_range(found: DateExpr) -> bool:
    """Whether every day of ``found`` fits the ``datetime64[ns]`` columns the mentions are kept in."""
    return all(pd.Timestamp.min <= d <= pd.Timestamp.max
               for d in (found.date, found.date_from, found.date_to) if d is not None and not pd.isna(d))


def _month_window(year: int, month: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    first = pd.Timestamp(year=year, month=month, day=1)
    return first, first + pd.offsets.MonthEnd(0)


def _event_ahead(before: str, after: str) -> bool:
    """Whether the clause around a date speaks of its event as still to come (:data:`_EVENT_AHEAD`)."""
    ends = list(_CLAUSE_END.finditer(before[-80:]))
    lead = before[-80:][ends[-1].end():] if ends else before[-80:]
    stop = _CLAUSE_END.search(after[:80])
    tail = after[:80][: stop.start()] if stop else after[:80]
    return bool(_EVENT_AHEAD.search(lead) or _EVENT_AHEAD.search(tail))


def _resolve(kind: str, m: re.Match[str], before: str, today: pd.Timestamp,
             after: str = "") -> DateExpr | None:
    future = bool(_FUTURE.search(before[-60:])) or (
        kind == "weekday" and (m.group("pre") or "").strip().lower() == "next")
    if (kind == "weekday" and m.group("poss") and not m.group("pre")
            and WEEKDAYS.index(m.group("wd")) == (today.weekday() + 1) % 7 and _event_ahead(before, after)):
        # "ahead of Sunday's referendum" in a Saturday story is tomorrow's event; only the day after
        # the article's date, and only when its clause says the event is to come: else the past
        future = True
    day = pd.Timedelta(days=1)

    def expr(date, lo, hi, precision):  # noqa: ANN001, ANN202 - local helper
        return DateExpr(m.start(), m.end(), m.group(), date, lo, hi, precision)

    if kind == "weekday":
        if _NOT_A_DATE_BEFORE.search(before) and not m.group("pre"):
            return None
        wd = WEEKDAYS.index(m.group("wd"))
        if future:
            ahead = (wd - today.weekday()) % 7 or (7 if "next" in (m.group("pre") or "") else 0)
            date = today + ahead * day
        else:
            date = today - ((today.weekday() - wd) % 7) * day
        return expr(date, date, date, "day")
    if kind == "numeric":
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        readings = {(year, mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31}
        days = sorted(pd.Timestamp(year=y, month=mo, day=d) for y, mo, d in readings
                      if d <= pd.Timestamp(year=y, month=mo, day=1).days_in_month)
        if not days:
            return None
        if len(days) == 1:
            return expr(days[0], days[0], days[0], "day")
        # "09/10/1972": the 10th of September (as the US writes it) or the 9th of October; the days
        # between are all the figures allow
        return expr(None, days[0], days[-1], "month")
    if kind == "explicit":
        month = MONTHS[m.group("month").lower()]
        try:
            if m.group("year"):
                date = pd.Timestamp(year=int(m.group("year")), month=month, day=int(m.group("day")))
            else:
                date = pd.Timestamp(year=today.year, month=month, day=int(m.group("day")))
                if not future and date > today:
                    date = date.replace(year=today.year - 1)
                elif future and date < today:
                    date = date.replace(year=today.year + 1)
        except ValueError:
            return None
        return expr(date, date, date, "day")
    if kind == "month":
        month = MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else today.year
        if "last" in m.groupdict() and m.group("last"):
            year = today.year - 1
        elif not m.group("year") and not future and month > today.month:
            year -= 1
        lo, hi = _month_window(year, month)
        return expr(None, lo, min(hi, today) if not future else hi, "month")
    if kind == "year":
        year = int(m.group("year"))
        lo, hi = pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
        return expr(None, lo, min(hi, today) if not future else hi, "year")
    rel = m.group("rel").lower()
    if rel in ("today", "tonight"):
        return expr(today, today, today, "day")
    if rel == "yesterday":
        return expr(today - day, today - day, today - day, "day")
    if rel.endswith("ago"):
        n, unit = rel.split()[:2]
        delta = _AGO[n] * (7 if unit.startswith("week") else 1) * day
        date = today - delta
        if unit.startswith("day"):
            return expr(date, date, date, "day")
        return expr(None, date - 3 * day, date + 3 * day, "week")
    which, unit = rel.rsplit(" ", 1)
    if unit == "week":
        monday = today - today.weekday() * day
        lo = monday - 7 * day if which == "last" else monday + 7 * day if which == "next" else monday
        hi = lo + 6 * day
        if which in ("this", "earlier this"):
            hi = today
        return expr(None, lo, hi, "week")
    if unit == "month":
        if which == "last":
            prev = today.replace(day=1) - day
            lo, hi = _month_window(prev.year, prev.month)
        elif which == "next":
            nxt = today + pd.offsets.MonthBegin(1)
            lo, hi = _month_window(nxt.year, nxt.month)
        else:
            lo, hi = _month_window(today.year, today.month)
            if which == "earlier this":
                hi = today
        return expr(None, lo, hi, "month")
    year = today.year - 1 if which == "last" else today.year + 1 if which == "next" else today.year
    lo, hi = pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
    if which == "earlier this":
        hi = today
    return expr(None, lo, hi, "year")


#: What follows a day that is part of a name, not a date: "the March 8 forces", "the March 14-led
#: opposition", "the February 17 revolution", "the 6 April movement".
_NAMED_FOR_A_DAY = re.compile(r"-led\b|\s+(?:forces|alliance|coalition|movement|camp|bloc|revolution|"
                              r"uprising|group|generation)\b")


def find_dates(text: str, today: pd.Timestamp) -> list[DateExpr]:
    """Every date expression in ``text``, resolved against ``today`` (the article's date)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                resolved = _resolve(kind, m, text[: m.start()], today, text[m.end():])
            except (ValueError, OverflowError):  # a day pandas cannot hold ("1 January 1")
                resolved = None
            if resolved is not None and not _in_range(resolved):
                resolved = None  # e.g. year 1: a Timestamp, but no datetime64[ns] column holds it
            if resolved is not None and _NAMED_FOR_A_DAY.match(text, m.end()):
                resolved = None  # "the March 14-led opposition", "the 6 April movement": a name
            if resolved is not None:
                found.append(resolved)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)

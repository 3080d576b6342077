"""Reading one news article (the *read* stage): headline, date, outlet, byline, address, paragraphs.

Articles reach users in many layouts; all of these are read:

Markdown
    ``#``/``##`` headline; date, outlet and byline lines in any order, with or
    without blank lines between them (``June 01, 2012`` then ``**Newser**``;
    ``*Censor.NET*, April 10, 2018``; ``Babel · 12 October 2022``;
    ``Published: 2012-06-01``, ``PUBLISHED : Friday, 23 May, 2014, 1:14am``;
    ``By Jane Doe``; ``Source: https://…``); YAML front matter
    (``title``, ``date``, ``source``/``outlet``, ``url``, ``author``); an
    ``Original url:`` or ``Source:`` line at the end.
Plain text
    The same, with the headline as the first line (short, no closing full stop).
HTML
    A saved page: the text is extracted with :mod:`trafilatura` and the
    publication date found with :mod:`htmldate` in the page's metadata (a
    date found only in the page's text, such as a photo caption's, is not
    taken); the headline comes from the page, date and byline lines are not
    body text.

The header is the run of short lines before the first sentence-like line; a
date written in words there is read by a few fixed forms and then by
:mod:`dateparser` (other languages, times). The date comes from (in this
order) the caller's ``date``, the metadata (front matter, HTML), the header
lines, a dateline opening the first paragraph ("17 November 2017 – …") and a
``YYYY-MM-DD`` prefix of the file name; when none gives one the file is
refused with :class:`MissingDateError`, which says where it looked.

Files that are not articles are refused: binary files (NUL bytes), CSV or
other delimited tables, JSON, and files with no sentence. Every problem raises
:class:`~unsc.errors.DataFormatError` naming the file (and the line, where
there is one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from unsc.csvio import read_text
from unsc.errors import DataFormatError

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
#: A time after the date ("1:14am", "6:00 PM", "21.27", "02:31 pm", "(UTC)").
_HOUR = (r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
         r"(?:\s*[A-Z]{2,4}|\s*\(?[A-Z]{2,4}\)?)?")
_TIME = rf"(?:{_HOUR})?"
_DATE_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{1,4}})(?![:.]\d){_TIME}$",
               re.I),
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{1,4}})(?![:.]\d)"
               rf"{_TIME}$", re.I),
    re.compile(rf"^(?P<year>\d{{4}})-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}})(?:[T ][\d:.+-]+Z?)?{_TIME}$"),
    # day first with dots, as in most of Europe: 31.08.2023
    re.compile(rf"^(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}$"),
]
#: A day and an hour without a year ("DECEMBER 17, 13:00 EST"): a wire copy's dateline, no date.
_ANY_MONTH = _MONTH.replace("(?P<month>", "(?:", 1)
_DAY_AND_TIME = re.compile(
    rf"^{_WEEKDAY}(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_ANY_MONTH}){_HOUR}$", re.I)
_LABEL = re.compile(
    r"^(?P<label>published(?:\s+date)?|posted|updated|last\s+updated|date(?:d)?|first\s+published|"
    r"original\s+url|source\s+url|url|link|source|outlet|publication|by|author|written\s+by)"
    r"\s*(?::|\s)\s*(?P<rest>.*)$",
    re.I,
)
_URL = re.compile(r"^<?(?P<url>https?://\S+?)>?$")
_SEPARATORS = re.compile(r"\s+[·|•—–-]{1,2}\s+|\s*\|\s*|,\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
#: Header lines are at most this many words; a longer line starts the body.
_HEADER_WORDS = 14
#: Longest first line of a plain-text file read as its headline (headlines run long; they end
#: without a full stop, unlike the body's first sentence).
_HEADLINE_WORDS = 30
#: Lines looked at for the header.
_HEADER_LINES = 10
#: The span pandas can hold: an article dated outside it is refused, not crashed on.
DATE_MIN = pd.Timestamp("1677-09-22")
DATE_MAX = pd.Timestamp("2262-04-11")


class MissingDateError(DataFormatError):
    """The file gives no publication date and the caller gave none.

    ``hint`` says how to give one; it is the Python call by default, and a
    command rephrases it (``unsc coverage`` says ``--date YYYY-MM-DD``)::

        raise MissingDateError(err.path, hint="pass --date YYYY-MM-DD") from err
    """

    def __init__(self, path: str | Path, hint: str = "read_article(path, date=...)",
                 looked: str = "the header lines (such as 'June 05, 2012')") -> None:
        self.hint = hint
        self.looked = looked
        super().__init__(path, f"no publication date: none found in {looked}, and none was given "
                         f"({hint})")


@dataclass(frozen=True)
class Article:
    """One article, as read by :func:`read_article`.

    Attributes
    ----------
    path
        The file it was read from.
    date
        Publication date (midnight, no time zone).
    paragraphs
        Body paragraphs, in order, whitespace collapsed. Paragraph ``n`` in
        the extracted tables is ``paragraphs[n - 1]``.
    lines
        The file line each paragraph starts on (for HTML: the paragraph's
        number in the extracted text).
    headline, outlet, url, byline
        Empty when the file gives none.
    format
        ``markdown``, ``text`` or ``html``.
    date_source
        Where the date came from: ``given``, ``metadata``, ``header``,
        ``dateline`` or ``file name``.
    """

    path: Path
    date: pd.Timestamp
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...] = ()
    headline: str = ""
    outlet: str = ""
    url: str = ""
    byline: str = ""
    format: str = "markdown"
    date_source: str = "header"

    @property
    def key(self) -> str:
        """What identifies the article in the store: its URL, else its file."""
        return self.url or f"file:{self.path.resolve()}"

    @property
    def slug(self) -> str:
        """A short readable id, unique per :attr:`key` (prefix of statement and mention ids)."""
        tail = self.url.rstrip("/").rsplit("/", 1)[-1] if self.url else self.path.stem
        tail = re.sub(r"[^a-z0-9]+", "-", tail.lower()).strip("-")[:60] or "article"
        digest = hashlib.sha1(self.key.encode()).hexdigest()[:6]
        return f"{tail}-{digest}"

    @property
    def source(self) -> str:
        """Outlet and address, as the ``source`` column gives them."""
        parts = [p for p in (self.outlet, self.url) if p]
        return ", ".join(parts) if parts else self.path.name

    @property
    def text(self) -> str:
        """The body, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


# -- dates -------------------------------------------------------------------
class _BadDate(ValueError):
    """A line written as a date that is no date (``June 45, 2012``)."""


def _make_date(year: int, month: int, day: int) -> pd.Timestamp:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise _BadDate(f"{year:04d}-{month:02d}-{day:02d}") from None
    if not DATE_MIN.date() <= value <= DATE_MAX.date():
        raise _BadDate(f"{value.isoformat()} is outside the dates this package handles "
                       f"({DATE_MIN:%Y-%m-%d} to {DATE_MAX:%Y-%m-%d})")
    return pd.Timestamp(value)


def parse_date_line(text: str) -> pd.Timestamp | None:
    """A publication date written on a line of its own (English forms), or ``None``.

    >>> parse_date_line("June 05, 2012")
    Timestamp('2012-06-05 00:00:00')
    >>> parse_date_line("Friday, 23 May, 2014, 1:14am")
    Timestamp('2014-05-23 00:00:00')

    Raises ``ValueError`` for a line in a date form that is no date ("June 45, 2012").
    """
    text = text.strip().strip("*_ ").rstrip(".")
    for pattern in _DATE_FORMS:
        m = pattern.match(text)
        if not m:
            continue
        parts = m.groupdict()
        month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
        return _make_date(int(parts["year"]), month, int(parts["day"]))
    return None


_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


@cache
def _dateparser():  # noqa: ANN202 - the module, imported once (it takes a second to load)
    import dateparser

    return dateparser


def _free_date(text: str) -> pd.Timestamp | None:
    """A date in another language or form (``28 febr. 2019, 21.27``) by :mod:`dateparser`."""
    if len(text) > 60 or not _YEAR.search(text) or not re.search(r"[^\W\d_]{3}", text):
        return None  # dateparser only for short lines with a year and a word (a month name)
    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
    try:
        found = _dateparser().parse(text, settings=settings)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if found is None:
        return None
    try:
        return _make_date(found.year, found.month, found.day)
    except _BadDate:
        return None


_SEARCH_FORMS = [re.compile(p.pattern.replace("^", r"(?<![\w.])", 1).replace("$", r"(?![\w])"),
                            p.flags) for p in _DATE_FORMS]


def _date_span(text: str) -> tuple[pd.Timestamp, int, int] | None:
    """The first date written anywhere in a short line, with where it is, or ``None``."""
    best: tuple[pd.Timestamp, int, int] | None = None
    for pattern in _SEARCH_FORMS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            parts = m.groupdict()
            month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
            best = (_make_date(int(parts["year"]), month, int(parts["day"])), m.start(), m.end())
    return best


def _date_in(text: str) -> pd.Timestamp | None:
    """The date a header line gives, or ``None``."""
    text = text.strip().strip("*_ ")
    label = _LABEL.match(text)
    if label and label.group("label").lower().startswith(("published", "posted", "updated", "date",
                                                          "last", "first")):
        text = label.group("rest")
    found = parse_date_line(text)
    if found is not None:
        return found
    span = _date_span(text)
    if span is not None:
        return span[0]
    for part in re.split(r"\s*[|·•]\s*|\s+[—–-]{1,2}\s+", text):
        found = _free_date(part.strip())
        if found is not None:
            return found
    return None


def _outlet_before_date(text: str) -> str:
    """The words before the date on a line such as "*Censor.NET*, April 10, 2018" (else "")."""
    span = _date_span(text)
    if span is None:
        return ""
    before = text[: span[1]]
    # "Last updated at: (Beijing Time) Saturday, ...": a label with its time zone, not an outlet
    before = re.sub(r"(?:(?:last\s+)?(?:published|posted|updated|modified))\b.*$", "", before, flags=re.I)
    before = before.strip(" ,·|•—–-:*_")
    before = re.sub(r",?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", before, flags=re.I)
    if not re.search(r"[^\W\d_]{2}", before) or len(before.split()) > 6:
        return ""
    return before.strip(" ,*_")


def _as_timestamp(path: Path, date: object) -> pd.Timestamp:
    try:
        value = pd.Timestamp(date)
    except (ValueError, TypeError, OverflowError):
        raise DataFormatError(path, "the date given is not a date", value=date) from None
    if pd.isna(value):
        raise DataFormatError(path, "the date given is not a date", value=date)
    return value.tz_localize(None).normalize() if value.tzinfo else value.normalize()


# -- what kind of file -------------------------------------------------------
def _refuse_non_articles(path: Path, text: str) -> None:
    """Raise for a file that is not an article: binary, a table, JSON."""
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise DataFormatError(path, f"not an article: a binary file (NUL byte at column {column})",
                              line=line)
    stripped = text.lstrip()
    if stripped[:1] in "{[" and stripped.rstrip()[-1:] in "}]":
        raise DataFormatError(path, "not an article: the file is JSON data, not text")
    lines = [ln for ln in text.splitlines() if ln.strip()][:20]
    if len(lines) >= 3:
        for sep in (",", "\t", ";", "|"):
            counts = {ln.count(sep) for ln in lines}
            if len(counts) == 1 and min(counts) >= 1 and not any(len(ln.split()) > _HEADER_WORDS * 2
                                                                 and _SENTENCE_END.search(ln)
                                                                 for ln in lines):
                name = {",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe"}[sep]
                raise DataFormatError(path, f"not an article: a table ({len(lines)} lines with "
                                      f"{counts.pop()} {name}(s) each; a CSV file?)", line=1,
                                      value=lines[0][:60])


def _is_html(path: Path, text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return (path.suffix.lower() in (".html", ".htm", ".xhtml")
            or head.startswith(("<!doctype html", "<html", "<?xml"))
            or bool(re.search(r"<(?:body|article|p|div)[\s>]", head)))


# -- header lines ------------------------------------------------------------
def _plain(line: str) -> str:
    """A line without Markdown emphasis and surrounding space."""
    text = re.sub(r"(\*\*|__|\*|_)(.+?)\1", r"\2", line.strip())
    return re.sub(r"\s+", " ", text.replace("**", " ")).strip()


def _is_emphasised(line: str) -> bool:
    return bool(re.fullmatch(r"(?:(?:\*\*|__)[^*_]+(?:\*\*|__)\s*)+|(?:\*|_)[^*_]+(?:\*|_)\s*", line.strip()))


def _body_like(line: str) -> bool:
    """Whether a line reads as body text rather than a header line.

    Long lines are body; so is a sentence ("Talks resumed."), unless it is a
    date with a few words around it ("31.08.2023, New York.").
    """
    plain = _plain(line)
    words = plain.split()
    if len(words) > _HEADER_WORDS:
        return True
    if plain.startswith("(") or not _SENTENCE_END.search(plain):
        return False
    try:
        span = _date_span(plain)
    except _BadDate:
        return False
    return span is None or len((plain[: span[1]] + plain[span[2]:]).split()) > 4


#: A place and a colon opening the body: "New York: The UN ...", "GENEVA: The Council ...".
_DATELINE_START = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s+\S")
#: A byline line that is names: "Bella Dalima", "Edith M. Lederer, Associated Press", "Jane Doe and
#: John Roe" (capitalised words, particles, one comma part).
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|da|van|von|al|el|bin|of|la|le))*"
                        r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?$")


@dataclass
class _Header:
    headline: str = ""
    outlet: str = ""
    url: str = ""
    byline: str = ""
    date: pd.Timestamp | None = None
    date_source: str = ""
    text_date: str = ""
    #: the outlet was only guessed from the file's first line (a Markdown headline written without
    #: "#"): an emphasised outlet line after it makes that line the headline
    outlet_guessed: bool = False


def _header_line(path: Path, number: int, raw: str, head: _Header, first: bool, plain_text: bool) -> bool:
    """Take one header line into ``head``; ``False`` when it is body text instead."""
    line = raw.strip()
    heading = re.match(r"^#{1,3}\s+(?P<h>.+?)\s*#*$", line)
    if heading:
        if not head.headline:
            head.headline = _plain(heading.group("h"))
        return True
    plain = _plain(line)
    url = _URL.match(plain)
    if url:
        head.url = head.url or url.group("url")
        return True
    label = _LABEL.match(plain)
    if label:
        name, rest = label.group("label").lower(), label.group("rest").strip().strip("<>")
        if name in ("by", "author", "written by") and rest and len(rest.split()) <= 8 \
                and not _SENTENCE_END.search(rest):
            head.byline = head.byline or rest
            return True
        if name in ("original url", "source url", "url", "link") or (name == "source"
                                                                     and _URL.match(rest)):
            if rest:
                head.url = head.url or rest
            return True
        if name in ("source", "outlet", "publication") and rest:
            head.outlet = head.outlet or rest
            return True
    if first and plain_text and not head.headline and len(plain.split()) <= _HEADLINE_WORDS \
            and not _SENTENCE_END.search(plain) and _date_in_quietly(plain) is None:
        head.headline = plain
        return True
    if _DAY_AND_TIME.match(plain):
        return True
    if _body_like(line):
        return False
    try:
        date = _date_in(plain)
    except _BadDate as exc:
        raise DataFormatError(path, f"the date line is not a valid date: {exc}", line=number,
                              value=plain) from None
    if date is not None:
        if head.date is None:
            head.date, head.date_source = date, "header"
        # the words before it are an outlet: "*Censor.NET*, April 10, 2018", "Babel · 12 October 2022"
        outlet = _outlet_before_date(plain)
        if outlet and not head.outlet:
            head.outlet = outlet
        return True
    if plain.startswith("(") and plain.endswith(")"):
        return True  # an editor's note: "(Translated from ...)"
    if _is_emphasised(line):
        if head.outlet_guessed and not head.headline:
            # "Ministers meet\nApril 17, 2025\n**Daily Planet**": the plain first line was the headline
            head.headline, head.outlet, head.outlet_guessed = head.outlet, plain, False
        elif not head.outlet:
            head.outlet = plain
        return True
    if first and plain_text and not head.headline:
        head.headline = plain
        return True
    if plain.isupper() and len(plain.split()) <= 4:
        return True  # a dateline on its own line ("UNITED NATIONS"), not an outlet
    if head.headline and plain.casefold() == head.headline.casefold():
        return True  # the headline again (an HTML page's <h1> after its <title>): neither outlet nor byline
    if _DATELINE_START.match(plain):
        return False  # "New York: The UN" opens the body (a hard-wrapped first line), it is no outlet
    if not head.outlet:
        head.outlet, head.outlet_guessed = plain, first and not head.headline
    elif not head.byline and _NAME_LINE.match(plain):
        head.byline = plain
    elif not head.byline:
        return False  # not a name: the body has begun
    return True


def _date_in_quietly(text: str) -> pd.Timestamp | None:
    """:func:`_date_in`, with a malformed date read as none (the caller reads it again)."""
    try:
        return _date_in(text)
    except _BadDate:
        return None


def _front_matter(path: Path, lines: list[str], head: _Header) -> int:
    """Read YAML front matter (``---`` … ``---``); the index of the line after it (0: none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise DataFormatError(path, "the front matter opened by '---' is never closed", line=1)
    import yaml

    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise DataFormatError(path, f"the front matter is not valid YAML: "
                              f"{getattr(exc, 'problem', None) or exc}", line=line) from None
    if not isinstance(meta, dict):
        raise DataFormatError(path, "the front matter is not a set of 'key: value' lines", line=2)
    meta = {str(k).lower(): v for k, v in meta.items()}

    def text(*keys: str) -> str:
        for k in keys:
            v = meta.get(k)
            if v is not None and not isinstance(v, (dict, list)):
                return str(v).strip()
        return ""

    head.headline = text("title", "headline")
    head.outlet = text("source", "outlet", "publisher", "site", "site_name")
    if _URL.match(head.outlet):
        head.url, head.outlet = head.outlet, ""
    head.url = text("url", "link", "original_url", "canonical") or head.url
    head.byline = text("author", "byline", "by")
    raw = meta.get("date", meta.get("published", meta.get("published_time")))
    if raw is not None:
        line = next((i + 1 for i in range(1, end) if re.match(r"^(date|published)", lines[i], re.I)),
                    None)
        head.date = _meta_date(path, raw, line)
        head.date_source = "metadata"
    return end + 1


#: A month without its day, as a monthly dates an issue: "2007-01", "January 2007".
_MONTH_ONLY = re.compile(rf"(\d{{4}})-(\d{{1,2}})|{_ANY_MONTH.replace('(?:', '(', 1)},?\s+(\d{{4}})", re.I)


def _meta_date(path: Path, raw: object, line: int | None) -> pd.Timestamp:
    """A date from metadata: a ``date``/``datetime`` or a string in any of the header forms."""
    try:
        if isinstance(raw, dt.datetime | dt.date):
            return _make_date(raw.year, raw.month, raw.day)
        text = str(raw).strip()
        iso = re.match(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})", text)
        if iso:
            return _make_date(*(int(g) for g in iso.groups()))
        month = _MONTH_ONLY.fullmatch(text)
        if month:
            # a monthly's issue ("2007-01", "January 2007"): its last day, the latest the article can
            # be of, so that a vote of that month is not taken for one after the article
            year, number = (int(month.group(1)), int(month.group(2))) if month.group(1) else \
                (int(month.group(4)), MONTHS[month.group(3).lower().rstrip(".")])
            if 1 <= number <= 12:
                first = _make_date(year, number, 1)
                return first + pd.offsets.MonthEnd(0)
        found = _date_in(text)
    except _BadDate as exc:
        raise DataFormatError(path, f"the metadata date is not a valid date: {exc}", line=line,
                              value=str(raw)) from None
    if found is None:
        raise DataFormatError(path, "the metadata date is not a date", line=line, value=str(raw))
    return found


_DATELINE = re.compile(r"^(?P<date>[^—–]{6,40}?)\s*(?:—|–|--?|:)\s+\S")


def _dateline(paragraph: str) -> pd.Timestamp | None:
    """A date opening the first paragraph: "17 November 2017 – For the third time …"."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    try:
        return _date_in(m.group("date"))
    except _BadDate:
        return None


def _file_date(path: Path) -> pd.Timestamp | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)", path.name)
    if not m:
        return None
    try:
        return _make_date(*(int(g) for g in m.groups()))
    except _BadDate:
        return None


# -- the formats -------------------------------------------------------------
#: A line that ends a sentence, and the start of a line that opens one.
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")
_OPENS_SENTENCE = re.compile(r"[\"“‘'(]?[A-Z0-9]")
#: A timeline's entry: its day or year, then a colon ("April 12, 2017: Russia vetoed ...",
#: "November 16-17/October 24, 2017:", "2012:").
_DATED_ENTRY = re.compile(r"[A-Z0-9][^:.]{0,40}?\b(?:19|20)\d{2}\s*:\s")
#: A list item's line: a bullet ("- ", "* ", "• ") or a number ("2. ", "3) ") before a sentence's
#: start ("-- The Council", a wire copy's dash, continues a line).
_LIST_ITEM = re.compile(r"(?:[-*•+]|\d{1,2}[.)])\s+[\"“‘'(]?[A-Z0-9]")
#: A line opening with a short label and a colon: "Yes: A, B", "Abstained: C", "In favour (12): D".
_LABELLED_LINE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s*\(\d+\))?:\s+\S")
#: Longer than any hard-wrapped line: a line this long is a paragraph written on one line.
_UNWRAPPED = 100


def _paragraph_per_line(current: list[str], line: str) -> bool:
    """Whether ``line`` opens a new paragraph of a text written one paragraph per line.

    Copies pasted from web pages often keep one paragraph a line with no blank
    line between; hard-wrapped text never has a line this long. A line that
    ends a sentence, outside any open quotation, followed by one that opens a
    sentence, ends its paragraph (a quotation carried over the line stays whole).
    """
    last = current[-1].rstrip()
    if _LIST_ITEM.match(line.strip()):
        return True  # a list's next item ("- The vote was 11 in favour"), however short the last one
    if _LABELLED_LINE.match(line.strip()) and re.search(r"[.:!?][\"”’')\]]*$", last):
        return True  # a roll call's next side ("here is the vote:" / "Yes: A, B and C.")
    if len(last) > _UNWRAPPED and _DATED_ENTRY.match(line.strip()):
        return True  # a timeline's next entry ("December 5, 2016: ..."), its last one ending without a stop
    if len(last) <= _UNWRAPPED or not _ENDS_SENTENCE.search(last) or not _OPENS_SENTENCE.match(line.strip()):
        return False
    text = " ".join(current)
    straight = text.count('"')
    return straight % 2 == 0 and text.count("“") <= text.count("”")


def _paragraphs(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Blank-line separated blocks of ``(line number, line)``, each with its first line."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in numbered:
        if line.strip():
            line = _entities(line)
            if current and _paragraph_per_line(current, line):
                blocks.append((start, " ".join(current)))
                current = []
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    return [(n, re.sub(r"\s+", " ", b)) for n, b in blocks]


#: HTML character references left in a pasted text ("&quot;", "&#8217;"), and the "&quot;" whose
#: ampersand a copy turned into a comma ('as "Bengalis,quot; of'): a quotation mark all the same.
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#x[0-9a-fA-F]{2,4});|(?<=\w),quot;")


def _entities(block: str) -> str:
    return _ENTITY.sub(lambda m: '"' if m.group() == ",quot;" else html.unescape(m.group()), block)


def _trailer(path: Path, body: list[tuple[int, str]], head: _Header) -> list[tuple[int, str]]:
    """Body blocks without the address and source lines that end many copies."""
    kept: list[tuple[int, str]] = []
    expect_url = False
    for number, block in body:
        plain = _plain(block)
        if expect_url:
            expect_url = False
            url = _URL.match(plain)
            if url:
                head.url = head.url or url.group("url")
                continue
        label = _LABEL.match(plain)
        if label and len(plain.split()) <= 8:
            name, rest = label.group("label").lower(), label.group("rest").strip().strip("<> ")
            if name in ("original url", "source url", "url", "link"):
                if rest:
                    head.url = head.url or rest
                else:
                    expect_url = True
                continue
            if name == "source" and rest and not _SENTENCE_END.search(rest.rstrip(")")):
                if _URL.match(rest):
                    head.url = head.url or rest
                else:
                    head.outlet = head.outlet or rest
                continue
        if re.fullmatch(r"(?:original\s+url|source\s+url|url)\s*:?", plain, re.I):
            expect_url = True
            continue
        if re.fullmatch(r"#{1,6}\s+.*", block):
            continue  # a sub-heading is not a sentence of the body
        kept.append((number, block))
    return kept


def _wrapped_on(line: str, following: str) -> bool:
    """Whether ``line`` is cut mid-sentence and goes on in ``following`` (the next line, no blank between).

    A body hard-wrapped at 70 columns opens with a line of a few words that ends in no
    punctuation, like an outlet's name; the next line going on in lower case ("resolution
    condemning ...") shows it is the sentence's start. Header lines stand alone.
    """
    plain, nxt = line.strip(), following.strip()
    return bool(nxt) and nxt[:1].islower() and len(plain.split()) >= 5 and not _SENTENCE_END.search(plain) \
        and plain[-1:].isalnum()


def _read_text_layout(path: Path, text: str, head: _Header, plain_text: bool) -> list[tuple[int, str]]:
    lines = text.splitlines()
    start = _front_matter(path, lines, head)
    numbered = list(enumerate(lines, start=1))[start:]
    i, seen = 0, 0
    first = True
    while i < len(numbered) and seen < _HEADER_LINES:
        number, line = numbered[i]
        if not line.strip():
            i += 1
            continue
        if not first and head.date is not None and _wrapped_on(line, numbered[i + 1][1] if i + 1 < len(
                numbered) else ""):
            break  # a hard-wrapped first body line ("The Assembly on Friday passed a" / "resolution ...")
        if not _header_line(path, number, line, head, first, plain_text):
            break
        first = False
        seen += 1
        i += 1
    return _trailer(path, _paragraphs(numbered[i:]), head)


def _read_html(path: Path, text: str, head: _Header) -> list[tuple[int, str]]:
    import htmldate
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, favor_recall=True,
                                          include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a third-party parser: any failure is bad input
        raise DataFormatError(path, f"the HTML could not be read ({type(exc).__name__})") from None
    if doc is None:
        raise DataFormatError(path, "the HTML page holds no article text")
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    head.headline = (doc.get("title") or "").strip()
    head.outlet = (doc.get("sitename") or "").strip()
    head.url = (doc.get("url") or "").strip()
    head.byline = (doc.get("author") or "").strip()
    try:
        found = htmldate.find_date(text, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - as above
        found = None
    if not found and doc.get("date"):
        # trafilatura's date, when the metadata hold none, comes from a search of the page's text:
        # a photo caption ("… on December 8, 2023"), an event the story recalls, a copyright year
        # ("© 2016" read as 1 January). None of these is the day the article appeared, and a wrong
        # article date moves every date window, so it is never taken; it is named in the message
        # that refuses the file when nothing else dates it
        head.text_date = str(doc["date"])
    if found:
        try:
            head.date = _meta_date(path, found, None)
            head.date_source = "metadata"
        except DataFormatError:
            head.date = None
    lines = [ln.strip() for ln in (doc.get("text") or "").splitlines() if ln.strip()]
    body: list[tuple[int, str]] = []
    in_header = True
    for n, line in enumerate(lines, start=1):
        if in_header and len(body) < 3 and not _body_like(line):
            # date, byline and source lines the extractor kept: "Published Date: 07:07 | 20 ..."
            if _header_line(path, n, line, head, False, False):
                continue
        if line == head.headline:
            continue
        in_header = in_header and not body
        body.append((n, re.sub(r"\s+", " ", line)))
        in_header = False
    return body


def read_article(
    path: str | Path,
    date: str | dt.date | pd.Timestamp | None = None,
    *,
    encoding: str = "utf-8",
) -> Article:
    """Read a news article: Markdown, plain text or a saved HTML page.

    Parameters
    ----------
    path
        The file.
    date
        The publication date, for a file that gives none (or to override the file's).
    encoding
        The file's text encoding.

    Returns
    -------
    Article

    Raises
    ------
    unsc.errors.DataFormatError
        The file is missing, a folder, empty, not valid ``encoding`` text, not
        an article (binary, a table, JSON), has an impossible date line, no
        body, or no date when none is given (:class:`MissingDateError`).
    """
    path = Path(path)
    given = _as_timestamp(path, date) if date is not None else None
    if given is not None and not DATE_MIN <= given <= DATE_MAX:
        raise DataFormatError(path, f"the date given is outside {DATE_MIN:%Y-%m-%d} to "
                              f"{DATE_MAX:%Y-%m-%d}", value=date)
    if path.is_dir():
        raise DataFormatError(path, "is a folder, not an article file")
    try:
        head_bytes = path.read_bytes()[:4096] if path.exists() else b""
    except OSError as exc:
        raise DataFormatError(path, f"cannot be read: {exc.strerror or exc}") from None
    if b"\x00" in head_bytes and "16" not in encoding and "32" not in encoding:
        at = head_bytes.index(b"\x00")
        raise DataFormatError(path, f"not an article: a binary file (NUL byte at offset {at})",
                              line=head_bytes[:at].count(b"\n") + 1)
    try:
        text = read_text(path, encoding=encoding)
    except LookupError:
        raise DataFormatError(path, f"unknown text encoding {encoding!r}") from None
    except OSError as exc:
        raise DataFormatError(path, f"cannot be read: {exc.strerror or exc}") from None
    if not text.strip():
        raise DataFormatError(path, "the file is empty")
    _refuse_non_articles(path, text)
    head = _Header()
    if _is_html(path, text):
        fmt = "html"
        body = _read_html(path, text, head)
        looked = "the page's metadata (htmldate), the lines before the text"
        if head.text_date:
            looked = (f"{looked} (the page's text holds the date {head.text_date}, but not as its "
                      "date of publication)")
    else:
        fmt = "text" if path.suffix.lower() in (".txt", ".text", "") else "markdown"
        body = _read_text_layout(path, text, head, plain_text=fmt == "text")
        looked = "the front matter, the header lines (such as 'June 05, 2012')"
    if not body:
        raise DataFormatError(path, "the article has no text (no paragraph after the header)")
    if not any(re.search(r"[^\W\d_]{2,}", b) for _, b in body):
        raise DataFormatError(path, "not an article: no paragraph holds words")
    found, source = head.date, head.date_source
    if found is None:
        found, source = _dateline(body[0][1]), "dateline"
    if found is None:
        found, source = _file_date(path), "file name"
    if given is not None:
        found, source = given, "given"
    if found is None:
        raise MissingDateError(path, looked=f"{looked}, a dateline opening the text, or a "
                               "YYYY-MM-DD prefix of the file name")
    return Article(
        path=path,
        date=found,
        paragraphs=tuple(b for _, b in body),
        lines=tuple(n for n, _ in body),
        headline=head.headline,
        outlet=head.outlet,
        url=head.url,
        byline=head.byline,
        format=fmt,
        date_source=source,
    )


#: Words that make up a fifth or more of any English text and are rare in other languages' words.
_ENGLISH_WORDS = frozenset("the of and to in is was that for on with by as it at from were has have".split())


def reads_as_english(article: Article) -> bool:
    """Whether the body reads as English: the reader's patterns are English, so other languages yield nothing.

    A body of fewer than 40 words cannot be told and counts as English; otherwise at least one
    word in twenty must be a common English function word ("the", "of", "and", ...), as in any
    English news text (Spanish, French or Russian text has almost none of them).
    """
    words = re.findall(r"[^\W\d_]+", " ".join(article.paragraphs).lower())
    if len(words) < 40:
        return True
    return sum(w in _ENGLISH_WORDS for w in words) >= len(words) / 20

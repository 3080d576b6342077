"""Reading one news article: headline, date, outlet, address and paragraphs.

Two layouts are read:

Markdown, as the files in ``../shared/coverage/``::

    # Headline
    June 05, 2012
    **The**  **Moscow Times**
    BEIJING — First paragraph ...
    Second paragraph ...
    Original url:
    <https://...>

(blocks separated by blank lines). The date line accepts ``June 05, 2012``,
``June 5, 2012``, ``Tuesday, June 5, 2012``, ``5 June 2012`` and
``2012-06-05``; the outlet is the first block written wholly in bold.

Plain text: paragraphs separated by blank lines, the date given by the caller.

Every problem (no file, an empty file, bytes that are not the declared
encoding, no date) raises :class:`~unsc.errors.DataFormatError` naming the file
(no date: its subclass :class:`MissingDateError`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
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
_DATE_LINE = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})$"),
]
_URL_LABEL = re.compile(r"^(?:original\s+url|url|source\s+url)\s*:\s*(?P<rest>.*)$", re.I)
_BOLD = re.compile(r"^(?:\*\*[^*]+\*\*\s*)+$")


class MissingDateError(DataFormatError):
    """The file gives no publication date and the caller gave none.

    ``hint`` says how to give one; it is the Python call by default, and a
    command rephrases it (``unsc coverage`` says ``--date YYYY-MM-DD``)::

        raise MissingDateError(err.path, hint="pass --date YYYY-MM-DD") from err
    """

    def __init__(self, path: str | Path, hint: str = "read_article(path, date=...)") -> None:
        self.hint = hint
        super().__init__(path, "no publication date: the file has no date line (such as "
                         f"'June 05, 2012') and none was given ({hint})")


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
        The file line each paragraph starts on.
    headline, outlet, url
        Empty when the file gives none.
    """

    path: Path
    date: pd.Timestamp
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...] = ()
    headline: str = ""
    outlet: str = ""
    url: str = ""

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


def parse_date_line(text: str) -> pd.Timestamp | None:
    """A publication date written on a line of its own, or ``None``.

    >>> parse_date_line("June 05, 2012")
    Timestamp('2012-06-05 00:00:00')
    """
    text = text.strip()
    for pattern in _DATE_LINE:
        m = pattern.match(text)
        if not m:
            continue
        parts = m.groupdict()
        month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["mon"])
        try:
            return pd.Timestamp(dt.date(int(parts["year"]), month, int(parts["day"])))
        except ValueError:
            return None
    return None


_MONTH_ANY = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


def _looks_like_date(text: str) -> bool:
    return bool(re.match(rf"^{_WEEKDAY}(?:{_MONTH_ANY}\s+\d|\d{{1,2}}\s+{_MONTH_ANY}|\d{{4}}-\d)",
                         text, re.I))


def _blocks(text: str) -> list[tuple[int, str]]:
    """Blank-line separated blocks, each with the line it starts on, whitespace collapsed."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    return [(n, re.sub(r"\s+", " ", b)) for n, b in blocks]


def _as_timestamp(path: Path, date: object) -> pd.Timestamp:
    try:
        value = pd.Timestamp(date)
    except (ValueError, TypeError):
        raise DataFormatError(path, "the date given is not a date", value=date) from None
    if pd.isna(value):
        raise DataFormatError(path, "the date given is not a date", value=date)
    return value.tz_localize(None).normalize() if value.tzinfo else value.normalize()


def read_article(
    path: str | Path,
    date: str | dt.date | pd.Timestamp | None = None,
    *,
    encoding: str = "utf-8",
) -> Article:
    """Read a news article in the shared Markdown layout or as plain text.

    Parameters
    ----------
    path
        The file.
    date
        The publication date, for plain text (or to override the file's).
    encoding
        The file's text encoding.

    Returns
    -------
    Article

    Raises
    ------
    unsc.errors.DataFormatError
        The file is missing or empty, is not valid ``encoding`` text, has an
        unreadable date line, no body, or no date when none is given.
    """
    path = Path(path)
    given = _as_timestamp(path, date) if date is not None else None
    if path.is_dir():
        raise DataFormatError(path, "is a folder, not an article file")
    try:
        text = read_text(path, encoding=encoding)
    except LookupError:
        raise DataFormatError(path, f"unknown text encoding {encoding!r}") from None
    except OSError as exc:
        raise DataFormatError(path, f"cannot be read: {exc.strerror or exc}") from None
    if not text.strip():
        raise DataFormatError(path, "the file is empty")
    blocks = _blocks(text)
    headline = outlet = url = ""
    found_date: pd.Timestamp | None = None
    body: list[tuple[int, str]] = []
    expect_url = False
    for number, block in blocks:
        if expect_url:
            url = block.strip("<> ")
            expect_url = False
            continue
        label = _URL_LABEL.match(block)
        if label:
            rest = label.group("rest").strip("<> ")
            if rest:
                url = rest
            else:
                expect_url = True
            continue
        in_header = not body
        if in_header and block.startswith("# ") and not headline:
            headline = block[2:].strip()
            continue
        if in_header and found_date is None and len(block) <= 40 and _looks_like_date(block):
            parsed = parse_date_line(block)
            if parsed is not None:
                found_date = parsed
                continue
            if headline:
                raise DataFormatError(path, "the date line is not a valid date", line=number,
                                      value=block)
        if in_header and not outlet and _BOLD.match(block):
            outlet = re.sub(r"\s+", " ", block.replace("**", " ")).strip()
            continue
        body.append((number, block))
    if not body:
        raise DataFormatError(path, "the article has no text (no paragraph after the header)")
    if given is not None:
        found_date = given
    if found_date is None:
        raise MissingDateError(path)
    return Article(
        path=path,
        date=found_date,
        paragraphs=tuple(b for _, b in body),
        lines=tuple(n for n, _ in body),
        headline=headline,
        outlet=outlet,
        url=url,
    )

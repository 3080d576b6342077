"""Document symbols as the sources write them, and their one canonical spelling.

Every reader builds ``decision_id`` through these functions so that the same
roll call read from two sources gets the same key (:func:`unsc.combine`
matches on it):

=================  ==========================  ===================================
body               canonical form              spellings accepted
=================  ==========================  ===================================
SC resolution      ``S/RES/1973(2011)``        ``1973 (2011)``, ``S/RES/2776/2025``,
                                               ``Resolution 2618 (2022)``, ``2541 (2020``
SC draft           ``S/2012/77``, ``S/10416``  ``s/2004/25``, ``S/2005-554``, trailing
                                               remarks (``as orally revised``)
GA resolution      ``A/RES/66/253``,           ``A/RES/44/41B``, ``A/RES/44/41[B]``,
                   ``A/RES/44/41 B``,          ``A/RES/2200 A (XXI)``, and the unvotes
                   ``A/RES/2200(XXI) A``       codes ``R/44/41B``, ``R/21/2200A``
                                               (from the 18th session)
HRC                ``A/HRC/RES/S-19/1``,       ``A/HRC/DEC22/117``, ``A/HRC/RES/56/L.31``
                   ``A/HRC/DEC/22/117``,       (an L-document is not a resolution),
                   ``A/HRC/15/L.35``           ``... as orally revised``
=================  ==========================  ===================================

A function returns ``None`` when the text holds no symbol it recognises; the
caller then keeps the text as written and reports it. Changing a symbol's
spelling is never reported; reading a symbol that is wrong (a missing slash,
an impossible year) is, by the reader, as a warning.

A lettered part of a General Assembly resolution is spelt as the UN spells
it, the letter after a space (``A/RES/66/253 B``, ``A/RES/2200(XXI) A``): the
form the curated record, the UN's documents and news coverage use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
#: The General Assembly numbered resolutions consecutively (``2200 (XXI)``) up
#: to its 30th session, and by session (``31/1``) from the 31st (1976).
FIRST_SESSION_NUMBERED_BY_SESSION = 31


def to_roman(number: int) -> str:
    """``21`` → ``"XXI"``."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int:
    """``"XXI"`` → ``21``."""
    values = dict((letters, value) for value, letters in _ROMAN if len(letters) == 1)
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def map_unique(values: pd.Series, func: Callable[[str], object]) -> pd.Series:
    """Apply ``func`` once per distinct non-missing value (sources repeat values per member row)."""
    # Built by position, not with ``Series.map(dict)``: pandas 3 turns tuple results
    # (``Draft``, ``HrcSymbol``) into arrays, and an all-missing result of a string
    # column into a null-typed one that cannot take strings later.
    codes, uniq = pd.factorize(values.to_numpy(dtype=object, na_value=None))
    results = np.empty(len(uniq) + 1, dtype=object)
    results[-1] = None  # where ``values`` is missing (code -1)
    for i, v in enumerate(uniq):
        results[i] = func(v)
    return pd.Series(results[codes], index=values.index, dtype=object)


# -- Security Council -------------------------------------------------------------

_SC_RES = re.compile(
    r"^\s*(?:resolution\s+)?(?:S/RES/)?\s*(\d{1,4})\s*[(/]\s*(\d{4})\s*\)?\s*$", re.IGNORECASE)


def sc_resolution(text: str) -> str | None:
    """``"1973 (2011)"`` → ``"S/RES/1973(2011)"``; ``None`` when no number and year."""
    m = _SC_RES.match(text or "")
    return f"S/RES/{int(m[1])}({m[2]})" if m else None


class Draft(NamedTuple):
    """The draft symbols found in one text."""

    symbols: tuple[str, ...]
    #: A symbol-like text that cannot be right (``S/206/381``, ``S/20016/636``).
    malformed: bool


_SC_DRAFT = re.compile(
    r"\bS/(\d+)(?:\s*[/-]\s*(\d+))?((?:\s*/\s*(?:Rev|Add|Corr)\.\s*\d+)*)", re.IGNORECASE)


def sc_drafts(text: str) -> Draft:
    """The Security Council draft symbols in ``text``, canonically spelt.

    ``"S/1995/395,  orally revised"`` gives ``("S/1995/395",)``;
    ``"S/2015/37; S/2015/114"`` both; meeting symbols (``S/PV.23``) none.
    Year-style symbols (``S/2012/77``) date from 1994; older drafts are
    ``S/10416``. A year outside 1994-2099 marks the text malformed.
    """
    found: list[str] = []
    malformed = False
    for m in _SC_DRAFT.finditer(text or ""):
        first, second, suffix = m[1], m[2], m[3] or ""
        suffix = re.sub(r"\s+", "", suffix)
        suffix = re.sub(r"(?i)/(rev|add|corr)\.", lambda s: "/" + s[1].capitalize() + ".", suffix)
        if len(first) > 7 or (second is not None and len(second) > 7):
            # no document number has that many digits (and int() refuses 4,300 of them)
            malformed = True
        elif second is None:
            found.append(f"S/{int(first)}{suffix}")
        elif len(first) == 4 and 1994 <= int(first) <= 2099:
            found.append(f"S/{first}/{int(second)}{suffix}")
        else:
            malformed = True
    return Draft(tuple(dict.fromkeys(found)), malformed)


_SC_MEETING = re.compile(r"^\s*(?:S/)?\s*(?:PV\.?\s*)?(\d{1,7})\s*$", re.IGNORECASE)


def sc_meeting(text: str) -> str | None:
    """``"3326"``, ``"PV.8780"``, ``"S/PV9180"`` → ``"S/PV.3326"`` ...; ``None`` otherwise.

    Other texts (the 2020 videoconference codes ``V005``) are not meeting
    records; the caller keeps them as written.
    """
    m = _SC_MEETING.match(text or "")
    return f"S/PV.{int(m[1])}" if m else None


# -- General Assembly ---------------------------------------------------------------

_GA_NEW = re.compile(
    r"^\s*A/RES/((?:ES-|S-)?\d{1,4})/(\d{1,7})\s*\[?\s*([A-Z]{1,2})?\s*\]?\s*$", re.IGNORECASE)
_GA_OLD = re.compile(
    r"^\s*A/RES/(\d{1,7})\s*\[?([A-Z]{1,2})?\]?\s*\(\s*((?:ES-|S-)?[IVXLC]+)\s*\)\s*"
    r"\[?\s*([A-Z]{1,2})?\s*\]?\s*$", re.IGNORECASE)
_UNVOTES = re.compile(r"^R/(\d{1,4})/(\d{1,7})([A-Z]{0,2})(?:/([A-H]))?((?:/[IVXL]+)?)$")
#: From its 18th session (1963) the numbers in unvotes' ``unres`` are the
#: official resolution numbers; before, they are Voeten's own (``R/12/6`` is
#: the admission of Malaya, resolution 1134 (XII)) and are no symbol.
FIRST_UNVOTES_SESSION_WITH_SYMBOLS = 18


def _part(letter: str | None) -> str:
    """The lettered part of a resolution as the UN writes it: ``" B"`` (``A/RES/66/253 B``)."""
    return f" {letter.upper()}" if letter else ""


def ga_resolution(text: str) -> str | None:
    """A General Assembly resolution symbol, canonically spelt, or ``None``.

    ``"A/RES/44/41B"`` and ``"A/RES/44/41[B]"`` → ``"A/RES/44/41 B"``;
    ``"A/RES/2200 A (XXI)"`` → ``"A/RES/2200(XXI) A"``.
    """
    text = text or ""
    m = _GA_NEW.match(text)
    if m:
        return f"A/RES/{m[1].upper()}/{int(m[2])}{_part(m[3])}"
    m = _GA_OLD.match(text)
    if m:
        return f"A/RES/{int(m[1])}({m[3].upper()}){_part(m[2] or m[4])}"
    return None


def unvotes_resolution(unres: str) -> str | None:
    """The canonical symbol for an unvotes ``unres`` code, or ``None``.

    ``R/44/41C`` and ``R/42/70/A`` are ``A/RES/44/41 C``, ``A/RES/42/70 A``;
    ``R/21/2200A`` (before the 31st session) is ``A/RES/2200(XXI) A``; a
    trailing ``/XII`` (a section of a budget resolution) is kept:
    ``A/RES/34/233/XII``, ``A/RES/50/38 B/XII``. Codes before the 18th session, and the codes for
    special and emergency sessions (``SS/1/59``, ``ESS/1/34``), do not carry
    the resolution number and give ``None``.
    """
    unres = (unres or "").strip()
    if unres.upper().startswith("A/RES/"):
        return ga_resolution(unres)
    m = _UNVOTES.match(unres)
    if not m:
        return None
    session, number, letter, section = int(m[1]), int(m[2]), m[3] or m[4], m[5]
    if session < FIRST_UNVOTES_SESSION_WITH_SYMBOLS:
        return None
    if session >= FIRST_SESSION_NUMBERED_BY_SESSION:
        return f"A/RES/{session}/{number}{_part(letter)}{section}"
    return f"A/RES/{number}({to_roman(session)}){_part(letter)}{section}"


def ga_session(symbol: str) -> str | None:
    """The session of a canonical GA symbol: ``"66"``, ``"ES-10"``, ``"S-1"``, ``"21"``."""
    m = re.match(r"^A/RES/((?:ES-|S-)?\d+)/", symbol or "")
    if m:
        return m[1]
    m = re.match(r"^A/RES/\d+\(((?:ES-|S-)?)([IVXLC]+)\)", symbol or "")
    if m:
        return f"{m[1]}{from_roman(m[2])}"
    return None


# -- Human Rights Council --------------------------------------------------------------

class HrcSymbol(NamedTuple):
    """A Human Rights Council symbol read from a source."""

    symbol: str
    session: str | None
    kind: str | None  # "resolution", "decision", "draft" (an L-document), None: unknown
    #: What had to be corrected to read it (empty when it was well formed).
    fixed: str


_HRC = re.compile(
    r"^\s*A/HRC/(?:(RES|DEC)/?)?(S-\d{1,4}|\d{1,4})/(L\.)?(\d{1,7})(?!\d)(.*)$", re.IGNORECASE)


def hrc_symbol(text: str) -> HrcSymbol:
    """Read an HRC symbol: ``A/HRC/RES/S-19/1``, ``A/HRC/DEC/22/117``, ``A/HRC/15/L.35``."""
    raw = text or ""
    m = _HRC.match(raw)
    if not m:
        return HrcSymbol(raw.strip(), None, None, "")
    series, session, is_l, number, rest = m[1], m[2].upper(), m[3], int(m[4]), m[5].strip()
    fixes = []
    if is_l:
        symbol, kind = f"A/HRC/{session}/L.{number}", "draft"
        if series:
            fixes.append(f"an L-document is not a {series.upper()} symbol")
    elif series:
        kind = "resolution" if series.upper() == "RES" else "decision"
        symbol = f"A/HRC/{series.upper()}/{session}/{number}"
        if not re.match(r"(?i)^\s*A/HRC/(RES|DEC)/", raw):
            fixes.append("missing '/' after " + series.upper())
    else:
        return HrcSymbol(raw.strip(), session, None, "")
    if rest:
        fixes.append(f"trailing text {rest!r}")
    return HrcSymbol(symbol, session, kind, "; ".join(fixes))

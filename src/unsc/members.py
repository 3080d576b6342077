"""Member codes, names, permanent seats and seat succession.

Codes are ISO 3166-1 alpha-3 from :mod:`pycountry`, plus the ISO 3166-3
codes it keeps for states that no longer exist (``SUN``, ``YUG``, ``CSK``,
``DDR``, ...). ``data/curated/members.csv`` adds what ISO does not know: the
names the UN uses, the permanent seats and their succession (the USSR seat
to the Russian Federation on 24 December 1991; the China seat from the
Republic of China to the People's Republic of China on 25 October 1971).
``data/curated/member_aliases.csv`` lists other names found in sources.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

import pandas as pd
import pycountry

from unsc import config
from unsc.csvio import Col, read_csv
from unsc.model import conform

#: The five permanent seats, named by their current holder's code.
PERMANENT_SEATS: tuple[str, ...] = ("CHN", "FRA", "GBR", "RUS", "USA")

#: Former UN members that ISO 3166 never coded, with the code used here. Zanzibar
#: (a member from 16 December 1963 until its union with Tanganyika on 26 April
#: 1964) takes ``ZAN``, its Correlates of War abbreviation, unassigned in ISO.
NO_ISO_CODE: dict[str, str] = {"ZAN": "Zanzibar"}


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@cache
def _curated() -> pd.DataFrame:
    path = config.curated_dir() / "members.csv"
    return read_csv(
        path,
        {
            "member": Col(required=True),
            "name": Col(required=True),
            "permanent": Col("bool", required=True),
            "seat": Col(),
            "seat_from": Col("date"),
            "seat_to": Col("date"),
        },
    )


@cache
def table() -> pd.DataFrame:
    """All known members: ISO countries, historic ISO codes, UN names and seats."""
    rows = {}
    for c in pycountry.countries:
        rows[c.alpha_3] = {"member": c.alpha_3, "name": getattr(c, "common_name", None) or c.name}
    for c in pycountry.historic_countries:
        if c.alpha_3 not in rows:
            rows[c.alpha_3] = {"member": c.alpha_3, "name": _historic_name(c)}
    for code, label in NO_ISO_CODE.items():
        rows.setdefault(code, {"member": code, "name": label})
    frame = pd.DataFrame(rows.values()).set_index("member")
    cur = _curated().set_index("member")
    frame = frame.reindex(frame.index.union(cur.index))
    frame.loc[cur.index, "name"] = cur["name"]
    for col in ("permanent", "seat", "seat_from", "seat_to"):
        frame[col] = cur[col].reindex(frame.index)
    frame["permanent"] = frame["permanent"].astype("boolean").fillna(False).astype(bool)
    frame = frame.reset_index().sort_values("member").reset_index(drop=True)
    return conform(frame, "members")


def _historic_name(country) -> str:  # noqa: ANN001 - a pycountry record
    short = {"SUN": "USSR", "YUG": "Yugoslavia", "CSK": "Czechoslovakia",
             "DDR": "German Democratic Republic", "YMD": "Democratic Yemen", "ZAR": "Zaire",
             "BUR": "Burma", "DHY": "Dahomey", "HVO": "Upper Volta", "SCG": "Serbia and Montenegro",
             "BYS": "Byelorussian SSR"}
    return short.get(country.alpha_3, country.name)


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(_norm(value), c.alpha_3)
    for row in table().itertuples():
        index[_norm(row.name)] = row.member
    aliases = read_csv(
        config.curated_dir() / "member_aliases.csv",
        {"alias": Col(required=True), "member": Col(required=True)},
    )
    for row in aliases.itertuples():
        index[_norm(row.alias)] = row.member
    return index


def code_for(name: str) -> str | None:
    """The member code for a name or code as sources write it, or ``None``.

    Matching ignores case, accents and punctuation; a known alpha-3 code is
    returned as is. Unknown names give ``None`` so the caller can report them
    (a misspelt name is a data error, never guessed).
    """
    if not isinstance(name, str) or not name.strip():
        return None
    text = name.strip()
    if len(text) == 3 and text.upper() in _codes():
        return text.upper()
    return _name_index().get(_norm(text))


@cache
def _codes() -> frozenset[str]:
    return frozenset(table().member.astype(str))


def alpha2_to_alpha3(code: str) -> str | None:
    """ISO alpha-2 (current or historic, e.g. ``SU``, ``YU``, ``CS``, ``DD``) to alpha-3."""
    if not isinstance(code, str) or len(code) != 2:
        return None
    found = pycountry.countries.get(alpha_2=code.upper())
    if found:
        return found.alpha_3
    for c in pycountry.historic_countries:
        if getattr(c, "alpha_2", None) == code.upper():
            return c.alpha_3
    return None


def name(code: str) -> str:
    """Display name for a member code (the code itself when unknown)."""
    names = table().set_index("member").name
    return str(names.get(code, code))


def seat(code: str) -> list[str]:
    """Every member that has held the permanent seat ``code``, oldest first.

    ``seat("RUS")`` is ``["SUN", "RUS"]``: "the Russian seat since 1946".
    """
    t = table()
    holders = t[t.seat == code].sort_values("seat_from")
    if holders.empty:
        raise KeyError(f"{code!r} is not a permanent seat; use one of {list(PERMANENT_SEATS)}")
    return holders.member.astype(str).tolist()


def permanent_on(date: str | pd.Timestamp) -> list[str]:
    """The five permanent members on ``date`` (e.g. ``SUN`` before 24 December 1991)."""
    ts = pd.Timestamp(date)
    t = table().dropna(subset=["seat"])
    on = (t.seat_from <= ts) & (t.seat_to.isna() | (t.seat_to > ts))
    return sorted(t[on].member.astype(str))


#: How a member code is written, for error messages.
CODE_HINT = "use an ISO 3166 alpha-3 code (RUS, CHN, USA) or a historic one (SUN, YUG)"


def suggest(text: str, limit: int = 3) -> list[str]:
    """Member codes that ``text`` (a name, an alpha-2 code, a misspelling) probably means.

    A name or alias the sources use (``China``, ``UK``) gives its code; so does
    an ISO alpha-2 code (``CN``); otherwise the closest names, when close
    (``Rusia`` gives ``RUS``). Used to suggest a code, never to pick one.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    found = [code_for(text), alpha2_to_alpha3(text.strip())]
    index = _name_index()
    found += [index[name] for name in difflib.get_close_matches(_norm(text), index, limit, 0.85)]
    return list(dict.fromkeys(c for c in found if c))[:limit]


def unknown_code_message(text: object, what: str = "") -> str:
    """``'China' is not a member code; did you mean CHN?`` (with ``what`` before it, if given)."""
    hints = suggest(text) if isinstance(text, str) else []
    if len(hints) == 1:
        advice = f"did you mean {hints[0]}?"
    elif hints:
        advice = f"did you mean {', '.join(hints[:-1])} or {hints[-1]}?"
    else:
        advice = CODE_HINT
    return f"{what}{text!r} is not a member code; {advice}"


def member_code(text: object, what: str = "") -> str:
    """``text`` as a member code, in any case (``chn`` is ``CHN``); otherwise an error.

    A name or an unknown code is refused with a suggestion (``'China' is not a
    member code; did you mean CHN?``): a report on a member nobody asked for is
    worse than no report.

    Parameters
    ----------
    text
        What the user wrote.
    what
        Prefix for the message, such as ``"country: "``.

    Raises
    ------
    unsc.errors.ParameterError
        When ``text`` is not a known code.
    """
    from unsc.errors import ParameterError

    code = text.strip().upper() if isinstance(text, str) else None
    if code is None or code not in _codes():
        raise ParameterError(unknown_code_message(text, what))
    return code

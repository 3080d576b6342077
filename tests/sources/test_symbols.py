"""Symbols: every spelling a source uses maps to one canonical key."""

from __future__ import annotations

import pytest

from unsc.sources import _symbols as sym


@pytest.mark.parametrize(("text", "expected"), [
    ("1973 (2011)", "S/RES/1973(2011)"),
    ("S/RES/1973(2011)", "S/RES/1973(2011)"),
    ("S/RES/2776/2025", "S/RES/2776(2025)"),
    ("S/RES/2777 (2025)", "S/RES/2777(2025)"),
    ("Resolution 2618 (2022)", "S/RES/2618(2022)"),
    ("2541 (2020", "S/RES/2541(2020)"),
    (" 2637 (2022)", "S/RES/2637(2022)"),
    ("Missing", None),
    ("S/2025/270", None),
    ("", None),
])
def test_sc_resolution(text, expected):
    assert sym.sc_resolution(text) == expected


@pytest.mark.parametrize(("text", "symbols", "malformed"), [
    ("S/2012/77", ("S/2012/77",), False),
    ("s/2004/25", ("S/2004/25",), False),
    ("S/2005-554", ("S/2005/554",), False),
    ("S/1995/395,  orally revised in its provisional form", ("S/1995/395",), False),
    ("S/2015/37; S/2015/114", ("S/2015/37", "S/2015/114"), False),
    ("S/3713/Rev.1 (as amended)", ("S/3713/Rev.1",), False),
    ("S/471 and S/471/Add.1", ("S/471", "S/471/Add.1"), False),
    ("S/PV.23", (), False),
    ("Oral amendment 1", (), False),
    ("S/206/381", (), True),
    ("S/20016/636", (), True),
])
def test_sc_drafts(text, symbols, malformed):
    assert sym.sc_drafts(text) == sym.Draft(symbols, malformed)


@pytest.mark.parametrize(("text", "expected"), [
    ("3326", "S/PV.3326"), ("PV.8780", "S/PV.8780"), ("S/PV9180", "S/PV.9180"),
    ("S/PV.6711", "S/PV.6711"), ("V005", None),
])
def test_sc_meeting(text, expected):
    assert sym.sc_meeting(text) == expected


@pytest.mark.parametrize(("text", "expected", "session"), [
    ("A/RES/66/253", "A/RES/66/253", "66"),
    # The UN's own spelling of a lettered part (a space, then the letter) is canonical.
    ("A/RES/44/41 B", "A/RES/44/41 B", "44"),
    ("A/RES/44/41B", "A/RES/44/41 B", "44"),
    ("A/RES/44/41[B]", "A/RES/44/41 B", "44"),
    ("A/RES/66/253  b", "A/RES/66/253 B", "66"),
    ("A/RES/2200 A (XXI)", "A/RES/2200(XXI) A", "21"),
    ("A/RES/2200(XXI)[A]", "A/RES/2200(XXI) A", "21"),
    ("A/RES/2200(XXI) A", "A/RES/2200(XXI) A", "21"),
    ("A/RES/181(II)", "A/RES/181(II)", "2"),
    ("A/RES/ES-11/1", "A/RES/ES-11/1", "ES-11"),
    ("A/RES/S-26/2", "A/RES/S-26/2", "S-26"),
])
def test_ga_resolution(text, expected, session):
    assert sym.ga_resolution(text) == expected
    assert sym.ga_session(expected) == session


@pytest.mark.parametrize(("unres", "expected"), [
    ("R/66/253", "A/RES/66/253"),
    ("R/44/41C", "A/RES/44/41 C"),
    ("R/42/70/A", "A/RES/42/70 A"),
    ("R/21/2200A", "A/RES/2200(XXI) A"),
    ("R/66/253B", "A/RES/66/253 B"),
    ("R/50/38B/XII", "A/RES/50/38 B/XII"),
    ("R/30/3379", "A/RES/3379(XXX)"),
    ("R/34/233/XII", "A/RES/34/233/XII"),
    ("A/RES/ES-10/19", "A/RES/ES-10/19"),
    ("R/12/6", None),        # before the 18th session: Voeten's numbering, not a symbol
    ("ESS/1/34", None),
    ("R/10 65", None),
])
def test_unvotes_resolution(unres, expected):
    assert sym.unvotes_resolution(unres) == expected


@pytest.mark.parametrize(("text", "symbol", "session", "kind", "fixed"), [
    ("A/HRC/RES/S-19/1", "A/HRC/RES/S-19/1", "S-19", "resolution", False),
    ("A/HRC/RES/19/22", "A/HRC/RES/19/22", "19", "resolution", False),
    ("A/HRC/DEC/22/117", "A/HRC/DEC/22/117", "22", "decision", False),
    ("A/HRC/DEC22/117", "A/HRC/DEC/22/117", "22", "decision", True),
    ("A/HRC/15/L.35", "A/HRC/15/L.35", "15", "draft", False),
    ("A/HRC/RES/56/L.31", "A/HRC/56/L.31", "56", "draft", True),
    ("A/HRC/50/L.37 as orally revised", "A/HRC/50/L.37", "50", "draft", True),
])
def test_hrc_symbol(text, symbol, session, kind, fixed):
    got = sym.hrc_symbol(text)
    assert (got.symbol, got.session, got.kind, bool(got.fixed)) == (symbol, session, kind, fixed)


def test_roman():
    for n in (1, 4, 9, 14, 21, 26, 30, 49):
        assert sym.from_roman(sym.to_roman(n)) == n
    assert sym.to_roman(21) == "XXI"


def test_curated_general_assembly_keys_are_canonical():
    """The embedded record's GA keys are spelt as the readers spell them (A/RES/66/253 B)."""
    import unsc

    ga = unsc.load("embedded").filter(body="GA").decisions.decision_id.astype(str)
    assert "A/RES/66/253 B" in set(ga)
    assert all(sym.ga_resolution(k) == k for k in ga)
    assert sym.unvotes_resolution("R/66/253") == "A/RES/66/253"


def test_a_number_of_thousands_of_digits_is_no_symbol_and_no_crash():
    # Found by the long fuzz run: int() refuses more than 4,300 digits with a ValueError.
    huge = "1" * 20000
    assert sym.sc_meeting(huge) is None and sym.sc_meeting("PV." + huge) is None
    assert sym.sc_drafts(f"S/{huge}") == sym.Draft((), True)
    assert sym.sc_drafts(f"S/2012/{huge}; S/2012/77") == sym.Draft(("S/2012/77",), True)
    assert sym.ga_resolution(f"A/RES/66/{huge}") is None
    assert sym.unvotes_resolution(f"R/66/{huge}") is None
    assert sym.hrc_symbol(f"A/HRC/RES/19/{huge}").kind is None

"""The ``sc-drafts`` reader: known votes, the table's known errors, malformed input."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import sc_drafts

from .conftest import SC_DRAFTS, problem_counts


def _members(ds, decision_id, vote):
    v = ds.votes[(ds.votes.decision_id == decision_id).to_numpy()]
    return sorted(v.loc[(v.vote == vote).to_numpy(), "member"].astype(str))


@pytest.fixture
def small(fixtures):
    return fixtures / "sc_drafts" / "sc_drafts_small.csv"


def _edited(tmp_path, src, old, new, count=-1):
    text = src.read_text()
    assert old in text
    out = tmp_path / "sc_drafts.csv"
    out.write_text(text.replace(old, new, count))
    return out


# -- the small fixture ------------------------------------------------------------------

def test_fixture_tables(small):
    ds = sc_drafts.read(small)
    expected = pd.DataFrame({
        "decision_id": ["S/RES/1973(2011)", "S/2012/77"],
        "body": pd.Categorical(["SC", "SC"], categories=["SC", "HRC", "GA"]),
        "date": pd.to_datetime(["2011-03-17", "2012-02-04"]),
        "draft": ["S/2011/142", "S/2012/77"],
        "outcome": pd.Categorical(["adopted", "vetoed"], categories=["adopted", "vetoed", "failed"]),
        "meeting": ["S/PV.6498", "S/PV.6711"],
        "line": pd.array([2, 17], dtype="Int64"),
    })
    got = ds.decisions[list(expected.columns)]
    pdt.assert_frame_equal(got, expected, check_dtype=False, check_categorical=True)
    assert ds.decisions[["yes", "no", "abstain", "absent"]].isna().all().all()
    assert not ds.decisions.partial.any()
    assert _members(ds, "S/2012/77", "no") == ["CHN", "RUS"]
    assert ds.votes.member_name.astype(str).str.contains("Russian Federation").any()
    assert ds.problems.empty and unsc.validate(ds).empty


def test_planted_errors_are_reported(small, tmp_path):
    path = _edited(tmp_path, small, ",Guatemala,", ",Guatamala,")
    ds = sc_drafts.read(path)
    bad = ds.votes[ds.votes.member.astype(str) == "Guatamala"]
    assert len(bad) == 1 and bad.member_name.astype(str).tolist() == ["Guatamala"]
    problems = unsc.validate(ds)
    row = problems[problems.rule == "unknown_member"]
    assert row.member.tolist() == ["Guatamala"] and row.decision_id.tolist() == ["S/2012/77"]
    assert row.row.tolist() == [int(bad.line.iloc[0])] and row.file.iloc[0] == str(path)


def test_swapped_symbols_are_reported_not_silently_fixed(small, tmp_path):
    path = _edited(tmp_path, small, "1973 (2011),6498,S/2011/142", "S/2011/142,6498,S/RES/1973(2011)")
    ds = sc_drafts.read(path)
    assert "S/RES/1973(2011)" in set(ds.decisions.decision_id)
    swapped = ds.problems[ds.problems.rule == "swapped_symbols"]
    assert len(swapped) == 1 and swapped.row.iloc[0] == 2
    assert swapped.decision_id.iloc[0] == "S/RES/1973(2011)"
    assert "Resolution=S/2011/142" in swapped.message.iloc[0]


def test_symbol_spellings_are_normalised(small, tmp_path):
    path = _edited(tmp_path, small, "1973 (2011)", "S/RES/1973/2011")
    assert sc_drafts.read(path).decisions.decision_id.iloc[0] == "S/RES/1973(2011)"
    path = _edited(tmp_path, small, "1973 (2011)", "Resolution 1973 (2011")
    ds = sc_drafts.read(path)
    assert ds.decisions.decision_id.iloc[0] == "S/RES/1973(2011)" and ds.problems.empty


@pytest.mark.parametrize(("old", "new", "column", "value"), [
    (",Abstain,Brazil,", ",Maybe,Brazil,", "Vote", "Maybe"),
    ("2011-03-17", "17/03/2011", "Date", "17/03/2011"),
    ("Adopted by majority", "Adopted quickly", "Outcome results", "Adopted quickly"),
    (",1113,", ",11x3,", "ID", "11x3"),
])
def test_malformed_values_name_file_line_column_value(small, tmp_path, old, new, column, value):
    path = _edited(tmp_path, small, old, new, 1)
    with pytest.raises(DataFormatError) as err:
        sc_drafts.read(path)
    e = err.value
    assert (e.path, e.line, e.column, e.value) == (str(path), 2 if column != "Vote" else 3,
                                                   column, value)
    assert str(path) in str(e) and f"line {e.line}" in str(e) and repr(value) in str(e)


def test_missing_column(small, tmp_path):
    path = _edited(tmp_path, small, "Member State", "Member")
    with pytest.raises(DataFormatError, match="missing column") as err:
        sc_drafts.read(path)
    assert err.value.line == 1


# -- the real table ---------------------------------------------------------------------

@pytest.mark.shared
def test_known_votes(sc_drafts_real):
    ds = sc_drafts_real
    assert _members(ds, "S/RES/1973(2011)", "abstain") == ["BRA", "CHN", "DEU", "IND", "RUS"]
    assert len(_members(ds, "S/RES/1973(2011)", "yes")) == 10
    assert _members(ds, "S/RES/1973(2011)", "no") == []
    assert _members(ds, "S/2012/77", "no") == ["CHN", "RUS"]
    assert len(_members(ds, "S/2012/77", "yes")) == 13
    assert _members(ds, "S/2012/77", "abstain") == []
    d = ds.decisions.set_index("decision_id")
    assert d.loc["S/2012/77", "outcome"] == "vetoed"
    assert d.loc["S/2012/77", "date"] == pd.Timestamp("2012-02-04")


@pytest.mark.shared
def test_shape(sc_drafts_real):
    ds = sc_drafts_real
    assert len(ds.votes) == 29_929 and len(ds.decisions) == 1_997
    assert ds.decisions.decision_id.is_unique
    assert ds.votes.member.notna().all() and ds.votes.decision_id.notna().all()
    assert ds.decisions.outcome.value_counts().to_dict() == {
        "adopted": 1_885, "vetoed": 67, "failed": 45}


@pytest.mark.shared
def test_known_errors_are_found(sc_drafts_real, shared_data):
    """The errors SOURCE.md lists, each found with file, row and decision."""
    assert problem_counts(sc_drafts_real) == {
        "adopted_with_veto": 64,        # adopted resolutions with a P5 No
        "procedural_no": 1,             # S/RES/2623(2022): procedural, Russia's no was no veto (info)
        "unanimous_with_dissent": 58,   # "Adopted unanimously" with non-Yes rows
        "council_size": 21,             # drafts without 15 member rows
        "duplicate_vote": 10,           # duplicated member rows (IDs 1610/1722/1735/1790)
        "unknown_member": 2,            # "Ethipia"
        "swapped_symbols": 3,           # Resolution and Draft swapped, IDs 2010-2012
        "missing_symbol": 8,            # adopted without a resolution number
        "duplicate_roll_call": 14,      # one draft recorded as two roll calls
        "malformed_symbol": 2,          # S/206/381, S/20016/636
        "symbol_year": 4,               # S/RES/1588(2055) and three more typos in the year
        "date_swapped": 319,            # dated out of number order, likely day and month swapped
        "date_order": 13,               # dated out of number order, no swap between its neighbours
        "missing_row": 5,               # known_errors.csv: S/1999/328 lacks five of its 12 no votes
    }
    p = unsc.validate(sc_drafts_real)
    assert (p.file == str(shared_data / SC_DRAFTS)).all() and p.row.notna().all()
    assert p.decision_id.notna().all()
    ethipia = p[p.rule == "unknown_member"]
    assert set(ethipia.member) == {"Ethipia"}
    assert set(p[p.rule == "swapped_symbols"].decision_id) == {
        "S/RES/2779(2025)", "S/RES/2780(2025)", "S/RES/2781(2025)"}
    year = p[p.rule == "symbol_year"]
    assert (year.severity == "error").all()
    assert year.decision_id.tolist() == ["S/RES/899(1999)", "S/RES/1184(1989)",
                                         "S/RES/1475(2005)", "S/RES/1588(2055)"]
    order = p[p.rule.isin(["date_order", "date_swapped"])].set_index("decision_id")
    assert (order.severity == "warning").all() and len(order) == 332
    # Day and month swapped: the swap would put 319 of the 332 between their two in-order
    # neighbours (S/RES/893(1994), the first held, has one neighbour only: date_order).
    swapped = order[order.rule == "date_swapped"]
    assert swapped.message.str.contains("with day and month swapped").all()
    assert "swapped, 2002-03-12, it would be in order" in order.message["S/RES/1397(2002)"]
    assert "swapped, 2011-12-02, it would be in order" in order.message["S/RES/2022(2011)"]
    assert "suggested date 2010-06-09" in swapped.message["S/RES/1929(2010)"]
    assert order.rule["S/RES/893(1994)"] == "date_order"
    # the stored dates are the table's
    assert sc_drafts_real.decisions.set_index("decision_id").date["S/RES/1929(2010)"] == \
        pd.Timestamp("2010-09-06")
    # A rightly dated resolution between two misdated ones is not flagged.
    assert {"S/RES/897(1994)", "S/RES/899(1999)"} <= set(order.index)
    assert "S/RES/898(1994)" not in order.index
    dups = p[p.rule == "duplicate_vote"]
    assert dups.groupby("decision_id").size().to_dict() == {
        "S/2020/1054": 4, "S/2020/797": 2, "S/RES/2441(2018)": 2, "S/RES/2602(2021)": 2}


@pytest.mark.shared
def test_misspelt_member_is_kept_not_dropped(sc_drafts_real):
    v = sc_drafts_real.votes
    rows = v[v.member.astype(str) == "Ethipia"]
    assert len(rows) == 2 and set(rows.member_name.astype(str)) == {"Ethipia"}
    assert (v.member.astype(str) == "ETH").sum() > 0  # the correct spelling elsewhere


def test_real_line_numbers_are_physical(sc_drafts_real, shared_data):
    """The swapped rows of IDs 2010-2012 are on lines 30,195 and 30,210 of the decompressed file."""
    import gzip

    p = sc_drafts_real.problems
    swapped = p[p.rule == "swapped_symbols"].set_index("decision_id").row
    assert swapped["S/RES/2779(2025)"] == 30_195 and swapped["S/RES/2780(2025)"] == 30_210
    lines = gzip.decompress((shared_data / SC_DRAFTS).read_bytes()).split(b"\n")
    assert lines[30_194].split(b",")[2:5] == [b"S/2025/270", b"S/PV.9913", b"S/RES/2779(2025)"]
    assert lines[30_209].split(b",")[4] == b"S/RES/2780(2025)"
    votes = sc_drafts_real.votes
    assert 30_195 in set(votes.line[votes.decision_id == "S/RES/2779(2025)"])

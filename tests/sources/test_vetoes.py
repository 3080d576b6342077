"""The ``vetoes`` reader: only the vetoing members' votes are known, and stay the only ones."""

from __future__ import annotations

import pandas as pd
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import vetoes

from .conftest import problem_counts


@pytest.fixture
def small(fixtures):
    return fixtures / "vetoes" / "vetoes_small.csv"


def test_small(small):
    ds = vetoes.read(small)
    d = ds.decisions.set_index("decision_id")
    assert list(d.index) == ["draft vetoed at S/PV.23", "S/2011/612", "S/2012/77"]
    assert d.partial.all() and (d.outcome == "vetoed").all()
    assert d[["yes", "no", "abstain", "absent"]].isna().all().all()
    v = ds.votes
    assert len(v) == 5 and (v.vote == "no").all()
    assert sorted(v[v.decision_id == "S/2012/77"].member.astype(str)) == ["CHN", "RUS"]
    assert v[v.decision_id == "draft vetoed at S/PV.23"].member.astype(str).tolist() == ["SUN"]
    assert ds.problems.rule.tolist() == ["meeting_as_draft"]
    # Partial: no council_size or tally problem for the 13 unknown votes.
    assert set(unsc.validate(ds).rule) == {"meeting_as_draft"}


def test_china_seat_by_date(small, tmp_path):
    text = small.read_text().replace("1946,2/16/1946,2,S/PV.23,S/PV.23,The Syrian and Lebanese "
                                     "question,Lebanon,Middle East,USSR,,,1,0,0,0,0,1",
                                     "1955,12/13/1955,12,S/3502,S/PV.704,Admission of new "
                                     "Members,Admission,General,China,,,1,0,1,0,0,0")
    path = tmp_path / "v.csv"
    path.write_text(text)
    ds = vetoes.read(path)
    v = ds.votes[ds.votes.decision_id == "S/3502"]
    assert v.member.astype(str).tolist() == ["TWN"] and v.member_name.astype(str).tolist() == [
        "China"]
    assert "member_by_date" in set(ds.problems.rule)


def test_flags_contradicting_names(small, tmp_path):
    # As on the real row of S/2012/538: two vetoes but single_veto=1, multiple_vetoes=0.
    path = tmp_path / "v.csv"
    path.write_text(small.read_text().replace("China,Russia,,0,1,1,0,1", "China,Russia,,1,0,1,0,1",
                                              1))
    p = vetoes.read(path).problems
    bad = p[p.rule == "inconsistent_flags"]
    assert bad.decision_id.tolist() == ["S/2011/612"]
    assert "single_veto=1 but 2 member(s) vetoed" in bad.message.iloc[0]


def test_malformed_date(small, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(small.read_text().replace("10/4/2011", "2011-10-04"))
    with pytest.raises(DataFormatError) as err:
        vetoes.read(path)
    assert (err.value.line, err.value.column, err.value.value) == (3, "date", "2011-10-04")


@pytest.mark.shared
def test_real(vetoes_real):
    ds = vetoes_real
    assert len(ds.decisions) == 214 and ds.decisions.decision_id.is_unique
    assert ds.decisions.partial.all()
    v = ds.votes[ds.votes.decision_id == "S/2012/77"]
    assert sorted(v.member.astype(str)) == ["CHN", "RUS"] and (v.vote == "no").all()
    # Vetoes by the USSR are SUN, by Russia RUS: never "the Russian seat" anachronistically.
    dates = ds.votes.decision_id.astype(str).map(ds.decisions.set_index("decision_id").date)
    assert (dates[ds.votes.member == "SUN"] < pd.Timestamp("1991-12-24")).all()
    assert (dates[ds.votes.member == "RUS"] >= pd.Timestamp("1991-12-24")).all()


@pytest.mark.shared
def test_real_known_errors(vetoes_real):
    assert problem_counts(vetoes_real) == {
        "meeting_as_draft": 23,      # early rows give the meeting, not the draft
        "inconsistent_flags": 28,    # 0/1 columns contradicting member_veto1..3
        "duplicate_roll_call": 2,    # S/552 listed twice
        "missing_veto": 5,           # verified vetoes it lacks (known_errors.csv; tests/test_vetoes.py)
    }
    p = vetoes_real.problems
    s538 = p[(p.rule == "inconsistent_flags") & (p.decision_id == "S/2012/538")]
    assert len(s538) == 1 and "single_veto=1" in s538.message.iloc[0]


@pytest.mark.parametrize("name, member, how", [("Rusia", "Rusia", "no known member"),
                                               ("Germany", "DEU", "read as DEU")])
def test_vetoer_misspelt_or_not_permanent_is_reported(small, tmp_path, name, member, how):
    path = tmp_path / "vetoes.csv"
    text = small.read_text()
    assert ",China,Russia," in text
    path.write_text(text.replace(",China,Russia,", f",China,{name},", 1))
    ds = vetoes.read(path)
    p = ds.problems[ds.problems.rule == "not_a_vetoer"]
    assert len(p) == 1 and p.row.iloc[0] == 3 and p.member.iloc[0] == member
    assert p.decision_id.iloc[0] == "S/2011/612" and p.severity.iloc[0] == "error"
    assert p.message.iloc[0] == (f"member_veto2 {name!r} ({how}) held no permanent seat on "
                                 "2011-10-04: only a permanent member can veto")
    rules = set(unsc.validate(ds).rule)
    assert {"not_a_vetoer", "inconsistent_flags"} <= rules  # Russia=1 without Russia named
    assert ("unknown_member" in rules) == (name == "Rusia")


def test_header_only_veto_list(small, tmp_path):
    path = tmp_path / "vetoes.csv"
    path.write_text(small.read_text().splitlines()[0] + "\n")
    with pytest.raises(DataFormatError, match=r"vetoes.csv, line 1: header only"):
        vetoes.read(path)


def test_real_line_numbers_are_physical(vetoes_real, shared_data):
    """S/2022/538 is on line 218 of the file (the record number would say 215)."""
    d = vetoes_real.decisions.set_index("decision_id")
    assert d.loc["S/2022/538", "line"] == 218
    lines = (shared_data / VETO_FILE).read_bytes().split(b"\n")
    assert b"S/2022/538" in lines[217]


VETO_FILE = "unsc_vetoes_wpdl/unsc_vetoes_1946_sept2022.csv"

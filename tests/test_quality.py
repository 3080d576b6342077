"""The quality gate and the data line: unsc.quality."""

from __future__ import annotations

import pandas as pd
import pytest

import unsc
from unsc import quality
from unsc.alignment import reference_series
from unsc.errors import ParameterError
from unsc.model import Dataset, conform

COUNCIL = ("CHN", "FRA", "GBR", "RUS", "USA", "ARG", "BWA", "CZE", "DEU", "HND", "IDN", "ITA",
           "NGA", "OMN", "RWA")


@pytest.fixture
def small() -> Dataset:
    """Two SC votes of 1995 (one adopted over Russia's no) and one GA vote of 2019."""
    dec = conform(pd.DataFrame({
        "decision_id": ["S/RES/1(1995)", "S/RES/2(1995)", "A/RES/74/1"],
        "body": ["SC", "SC", "GA"], "date": ["1995-01-10", "1995-02-10", "2019-10-01"],
        "outcome": "adopted", "topic": ["Liberia", "Georgia", "Budget"], "title": ["a", "b", "c"],
        "source": "test", "file": ["sc.csv", "sc.csv", "ga.csv"], "line": [2, 3, 2],
    }), "decisions")
    rows = [(d, m, "yes") for d in dec.decision_id[:2] for m in COUNCIL]
    rows[15 + 3] = ("S/RES/2(1995)", "RUS", "no")
    rows += [("A/RES/74/1", "FRA", "yes"), ("A/RES/74/1", "CUB", "no")]
    votes = conform(pd.DataFrame(rows, columns=["decision_id", "member", "vote"]), "votes")
    return Dataset(dec, votes, members=unsc.members.table(), origin="test data")


def test_select_gates_and_the_line_says_what_was_used_and_left_out(small, tmp_path):
    sel = quality.select(small, "clean", body="SC", start="1995", end="1995")
    assert sel.ds.decisions.decision_id.tolist() == ["S/RES/1(1995)"]
    line = sel.line
    assert line.startswith("Data: test data #")
    assert "1 Security Council decision, 1995-01-10." in line
    assert ("Quality gate: 1 decision of this selection left out for errors the validator found "
            "(decisions per rule: adopted_with_veto 1), listed in left_out.csv") in line
    res = sel.results(tmp_path)
    assert res["quality"] == "clean" and res["left_out"] == 1 and res["data_line"] == line
    assert res["left_out_decisions"] == [{
        "decision_id": "S/RES/2(1995)", "body": "SC", "date": "1995-02-10",
        "rule": "adopted_with_veto", "member": None,
        "message": "marked adopted but permanent member(s) RUS voted no", "file": "sc.csv",
        "line": 3, "source": "sc.csv"}]
    assert res["span"][0] == {"body": "SC", "source": "all sources", "first": "1995-01-10",
                              "last": "1995-01-10", "decisions": 1, "complete": 1}
    csv = pd.read_csv(tmp_path / "left_out.csv")
    assert csv.columns.tolist() == quality.REPORT_COLUMNS
    assert csv.decision_id.tolist() == ["S/RES/2(1995)"] and csv.line.tolist() == [3]


def test_quality_all_keeps_everything_and_counts_the_flagged(small, tmp_path):
    sel = quality.select(small, "all", body="SC")
    assert len(sel.ds.decisions) == 2 and sel.left_out.empty
    assert ("Quality: 'all', nothing left out, including 1 decision with errors the validator "
            "found (decisions per rule: adopted_with_veto 1).") in sel.line
    res = sel.results(tmp_path)
    assert res["left_out"] == 0 and res["flagged"] == 1
    assert pd.read_csv(tmp_path / "left_out.csv").empty  # the header only


def test_an_interactive_run_writes_no_left_out_file(small, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = quality.select(small, body="SC").results("")
    assert res["left_out"] == 1
    assert list(tmp_path.iterdir()) == []


def test_analytics_do_not_gate(small):
    # The gate is the caller's choice: an ungated dataset is used as it is.
    assert len(small.filter(body="SC").matrix().columns) == 2


def test_a_request_beyond_the_record_says_where_it_ends(small):
    with pytest.raises(ValueError, match=r"no decisions match body=GA, 2022 to 2022 in the test "
                       r"data: the General Assembly record here ends on 2019-10-01; "
                       r"`unsc data fetch undl-ga` for later votes$"):
        quality.select(small, body="GA", start="2022", end="2022")
    sel = quality.select(small, body="GA", start="2019-10-01", end="2024")
    assert sel.notes == ["the General Assembly record here ends on 2019-10-01; "
                         "`unsc data fetch undl-ga` for later votes"]
    assert sel.line.endswith("Note: the General Assembly record here ends on 2019-10-01; "
                             "`unsc data fetch undl-ga` for later votes.")
    assert quality.limits(small, "SC", "1990", "1995-02-10") == [
        "the Security Council record here begins on 1995-01-10"]
    assert quality.limits(small, "SC", "1995-01-10", "1995-02-10") == []
    # The record's end counts the decisions the gate left out.
    assert quality.limits(small.clean(), "SC", None, "1995-02-10") == []
    assert quality.limits(small, "HRC")[0].startswith("there are no Human Rights Council votes here")


def test_a_selection_the_gate_empties_says_so(small):
    with pytest.raises(ValueError, match="the quality gate left out all 1 that do "
                       r"\(errors: adopted_with_veto 1\); quality='all' includes them"):
        quality.select(small, body="SC", topic="Georgia")
    assert len(quality.select(small, "all", body="SC", topic="Georgia").ds.decisions) == 1


def test_bad_quality_is_a_parameter_error(small):
    with pytest.raises(ParameterError, match="quality: 'strict' is not one of clean, all"):
        quality.select(small, "strict")


def test_years_are_those_covered(small):
    assert quality.years(small.filter(body="SC")) == "1995"
    assert quality.years(small) == "1995–2019"
    assert quality.years(small.filter(decisions=[])) == "no votes"


def test_embedded_record_passes_the_gate():
    sel = quality.select("embedded", body="SC", start="2011", end="2020")
    assert sel.left_out.empty and len(sel.ds.decisions) == 33
    assert "Quality gate: no decision of this selection has an error; none left out." in sel.line


# -- on the real data -------------------------------------------------------------------

#: The Security Council of 1995 (the UN's list of members by year): the five permanent
#: members, Argentina, the Czech Republic, Nigeria, Oman and Rwanda (1994-1995), Botswana,
#: Germany, Honduras, Indonesia and Italy (1995-1996).
COUNCIL_1995 = set(COUNCIL)


@pytest.fixture(scope="module")
def real_sc(shared_data) -> Dataset:
    drafts = unsc.read(shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz")
    vetoes = unsc.read(shared_data / "unsc_vetoes_wpdl" / "unsc_vetoes_1946_sept2022.csv")
    return unsc.combine(unsc.load("embedded"), drafts, vetoes)


@pytest.mark.shared
def test_the_gate_keeps_1995_votes_by_non_members_out(real_sc):
    raw = real_sc.filter(body="SC", start="1995", end="1995")
    outsiders = raw.votes[~raw.votes.member.astype(str).isin(COUNCIL_1995)]
    assert outsiders.decision_id.nunique() >= 50  # the table's 1995 rows hold later Councils
    sel = quality.select(real_sc, body="SC", start="1995", end="1995")
    used = sel.ds.votes
    assert used.member.astype(str).isin(COUNCIL_1995).all()
    left = set(sel.left_out.decision_id)
    assert set(outsiders.decision_id.astype(str)) <= left
    assert len(sel.ds.decisions) + len(left) == len(raw.decisions)
    assert f"{len(left)} decisions of this selection left out" in sel.line


@pytest.mark.shared
def test_no_1995_dip_in_china_russia_agreement(real_sc):
    def by_year(ds):
        series = reference_series(ds.filter(body="SC", start="1994", end="2000"), "RUS",
                                  period="year", members=["CHN"], min_n=5,
                                  drop_unanimous=False)
        return series.set_index("period").value

    raw, clean = by_year(real_sc), by_year(quality.gate(real_sc))
    assert raw[1995] < 0.85 < raw.drop(1995).min()  # the flagged rows make the dip
    others = clean.drop(1995).dropna()
    assert others.min() > 0.9
    assert pd.isna(clean[1995]) or clean[1995] > 0.9


def test_vote_notes_name_the_suspended_member_and_its_recorded_vote():
    from pandas import testing as pdt

    from unsc.quality import vote_notes

    ds = unsc.load("embedded").filter(body="HRC", start="2011-04-29", end="2011-04-29")
    notes = vote_notes(ds)
    pdt.assert_frame_equal(notes[["decision_id", "member", "name", "vote", "flag"]],
                           pd.DataFrame({"decision_id": ["A/HRC/RES/S-16/1"], "member": ["LBY"],
                                         "name": [unsc.members.name("LBY")], "vote": ["absent"],
                                         "flag": ["suspended"]}), check_dtype=False)
    assert "A/RES/65/265" in notes.note.iloc[0]
    assert vote_notes(unsc.load("embedded").filter(body="SC")).empty


def test_a_procedural_vote_is_kept_and_the_line_says_so(fixtures, tmp_path):
    # S/RES/2623(2022), adopted over Russia's no: a procedural vote (data/curated/procedural.csv)
    from unsc.sources import curated

    ds = curated.read(fixtures / "procedural_record")
    sel = quality.select(ds, "clean", body="SC")
    assert sel.ds.decisions.decision_id.astype(str).tolist() == ["S/RES/2623(2022)"]
    assert "Quality gate: no decision of this selection has an error; none left out." in sel.line
    assert ("Procedural: 1 Security Council decision adopted over a permanent member's no kept, no error "
            "(on a procedural matter a no is no veto; data/curated/procedural.csv): S/RES/2623(2022).") \
        in sel.line
    res = sel.results(tmp_path)
    assert res["procedural"] == ["S/RES/2623(2022)"] and res["left_out"] == 0
    # a selection without it says nothing of procedural votes
    assert quality.procedural_kept(ds.filter(start="2023")) == []

"""unsc.lookup: searching decisions, resolving symbols, one roll call."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.errors import ParameterError
from unsc.lookup import (
    FOUND_COLUMNS,
    ROLL_CALL_COLUMNS,
    UnknownSymbol,
    find_decisions,
    resolve_symbol,
    roll_call,
    tally_text,
)
from unsc.model import Dataset, conform

SYRIA_SC_2011_2012 = ["S/2011/612", "S/2012/77", "S/RES/2042(2012)", "S/RES/2043(2012)",
                      "S/2012/538", "S/RES/2059(2012)"]


@pytest.fixture(scope="module")
def embedded() -> Dataset:
    return unsc.load("embedded")


def small() -> Dataset:
    """Three decisions: a full roll call without a tally, one whose rows disagree, a veto list's."""
    decisions = conform(pd.DataFrame({
        "decision_id": ["S/RES/9(1950)", "S/RES/10(1950)", "S/1653"],
        "body": ["SC", "SC", "SC"],
        "date": pd.to_datetime(["1950-01-10", "1950-02-01", "1950-09-06"]),
        "draft": ["S/100", "S/101", "S/1653"],
        "title": ["Admission of new members", "Kashmir question", "Korea: complaint of aggression"],
        "topic": ["Membership", "Kashmir", "Korean War"],
        "outcome": ["adopted", "adopted", "vetoed"],
        "meeting": ["S/PV.1", "S/PV.2", "S/PV.496"],
        "source": ["S/PV.1", "S/PV.2", "veto list"],
        "yes": [None, 3, None], "no": [None, 0, None], "abstain": [None, 0, None],
        "absent": [None, 0, None],
        "partial": [False, False, True],
    }), "decisions")
    votes = conform(pd.DataFrame({
        "decision_id": ["S/RES/9(1950)"] * 3 + ["S/RES/10(1950)"] * 3 + ["S/1653"],
        "member": ["USA", "SUN", "FRA", "USA", "SUN", "FRA", "SUN"],
        "vote": ["yes", "abstain", "yes", "yes", "no", "yes", "no"],
    }), "votes")
    terms = conform(pd.DataFrame({
        "body": ["SC"] * 4, "member": ["USA", "SUN", "FRA", "GBR"],
        "start": pd.to_datetime(["1945-10-24"] * 4), "end": [pd.NaT] * 4, "source": ["Charter"] * 4,
    }), "terms")
    return Dataset(decisions=decisions, votes=votes, terms=terms, members=unsc.members.table(),
                   origin="test record")


# -- find_decisions ----------------------------------------------------------------

def test_the_six_syria_roll_calls(embedded):
    found = find_decisions(embedded, topic="Syria", body="SC", start="2011", end="2012")
    assert list(found.columns) == FOUND_COLUMNS
    assert found.decision_id.tolist() == SYRIA_SC_2011_2012
    assert found.date.is_monotonic_increasing
    assert [tally_text(r) for r in found.to_dict(orient="records")] == \
        ["9-2-4", "13-2-0", "15-0-0", "15-0-0", "11-2-2", "15-0-0"]
    assert found.outcome.astype(str).tolist() == ["vetoed", "vetoed", "adopted", "adopted",
                                                  "vetoed", "adopted"]
    assert not found.counted.any()


def test_body_is_read_in_any_case_and_bad_choices_are_refused(embedded):
    pdt.assert_frame_equal(find_decisions(embedded, body="sc"), find_decisions(embedded, body="SC"))
    with pytest.raises(ParameterError, match="body: 'UNGA' is not one of SC, HRC, GA"):
        find_decisions(embedded, body="UNGA")
    with pytest.raises(ParameterError, match="outcome: 'passed'"):
        find_decisions(embedded, outcome="passed")
    with pytest.raises(ParameterError, match="did you mean CHN"):
        find_decisions(embedded, member="China")
    with pytest.raises(ParameterError, match="after end"):
        find_decisions(embedded, start="2013", end="2012")


def test_outcome_and_keyword(embedded):
    found = find_decisions(embedded, outcome="Vetoed", keyword="s/2017")
    assert found.decision_id.tolist() == ["S/2017/172", "S/2017/315", "S/2017/884", "S/2017/962",
                                          "S/2017/970"]
    # Words must all appear; spaces inside a symbol do not matter.
    both = find_decisions(embedded, keyword=["Joint Investigative", "Russian"])
    assert both.decision_id.tolist() == ["S/2017/968"]
    assert find_decisions(embedded, keyword="S/RES/2042 (2012)").decision_id.tolist() == \
        ["S/RES/2042(2012)"]
    # The draft symbol is searched too.
    assert find_decisions(embedded, keyword="S/2012/219").decision_id.tolist() == \
        ["S/RES/2042(2012)"]


def test_member_keeps_decisions_with_its_vote_and_shows_it(embedded):
    found = find_decisions(embedded, member="phl", body="HRC", start="2012-06", end="2012-06")
    assert found.decision_id.tolist() == ["A/HRC/RES/S-19/1"]
    assert found.vote.astype(str).tolist() == ["absent"]
    sc = find_decisions(embedded, member="PHL", body="SC")
    assert sc.empty and "vote" in sc.columns


def test_tally_is_counted_only_where_the_record_is_complete():
    found = find_decisions(small())
    expected = pd.DataFrame({"decision_id": ["S/RES/9(1950)", "S/RES/10(1950)", "S/1653"],
                             "yes": pd.array([2, 3, None], dtype="Int64"),
                             "no": pd.array([0, 0, None], dtype="Int64"),
                             "abstain": pd.array([1, 0, None], dtype="Int64"),
                             "absent": pd.array([0, 0, None], dtype="Int64"),
                             "counted": [True, False, False]})
    pdt.assert_frame_equal(found[list(expected.columns)].astype({"decision_id": object}),
                           expected.astype({"decision_id": object}))
    assert [tally_text(r) for r in found.to_dict(orient="records")] == ["2-0-1", "3-0-0", "–"]


# -- resolve_symbol ----------------------------------------------------------------

@pytest.mark.parametrize("typed", ["A/HRC/RES/S-19/1", "a/hrc/res/s-19/1", " A/HRC/RES/S-19/1 ",
                                   "A/HRC/S-19/L.1"])
def test_hrc_symbol_read_leniently(embedded, typed):
    assert resolve_symbol(embedded, typed) == "A/HRC/RES/S-19/1"


@pytest.mark.parametrize("typed", ["S/RES/2042(2012)", "S/RES/2042 (2012)", "s/res/2042",
                                   "2042", "S/2012/219"])
def test_sc_symbol_read_leniently(embedded, typed):
    assert resolve_symbol(embedded, typed) == "S/RES/2042(2012)"


def test_a_prefix_is_not_a_longer_number(embedded):
    # "A/RES/66/253" is one resolution; "A/RES/66/253 B" another, asked for by its letter.
    assert resolve_symbol(embedded, "A/RES/66/253") == "A/RES/66/253"
    assert resolve_symbol(embedded, "a/res/66/253b") == "A/RES/66/253 B"
    with pytest.raises(UnknownSymbol, match="no decision 'S/RES/204'"):
        resolve_symbol(embedded, "S/RES/204")


def test_unknown_symbol_suggests_close_matches(embedded):
    with pytest.raises(UnknownSymbol) as err:
        resolve_symbol(embedded, "S/RES/2043(2013)")
    message = str(err.value)
    assert message.startswith("no decision 'S/RES/2043(2013)' in the embedded record; did you mean ")
    assert "S/RES/2043(2012)" in message.split("did you mean ")[1].split(",")[0]
    with pytest.raises(UnknownSymbol, match="searches titles and symbols"):
        resolve_symbol(embedded, "nothing like it")


def test_several_matches_are_listed():
    ds = small()
    ds = Dataset(decisions=conform(pd.concat([ds.decisions, ds.decisions.iloc[[0]].assign(
        decision_id="S/RES/9(1950) (rcid 2)")], ignore_index=True), "decisions"),
        votes=ds.votes, origin="test")
    # The exact symbol is one; without its year it names both.
    assert resolve_symbol(ds, "S/RES/9(1950)") == "S/RES/9(1950)"
    with pytest.raises(UnknownSymbol, match=r"'s/res/9' matches 2 decisions: "
                                            r"S/RES/9\(1950\), S/RES/9\(1950\) \(rcid 2\); give"):
        resolve_symbol(ds, "s/res/9")


def test_a_decision_the_gate_left_out_says_so(embedded):
    ds = small()
    left = ds.clean(pd.DataFrame({"rule": ["tally_mismatch"], "severity": ["error"],
                                  "file": [None], "row": [None], "decision_id": ["S/RES/10(1950)"],
                                  "member": [None], "message": ["the rows do not add up"]}))
    with pytest.raises(UnknownSymbol, match=r"S/RES/10\(1950\) was left out by the quality gate "
                                            r"\(tally_mismatch: the rows do not add up\); "
                                            "`--quality all` shows it"):
        resolve_symbol(left, "s/res/10(1950)")


# -- roll_call ----------------------------------------------------------------------

def test_houla_roll_call(embedded):
    rc = roll_call(embedded, "a/hrc/res/s-19/1")
    assert list(rc.votes.columns) == ROLL_CALL_COLUMNS
    assert rc.decision_id == "A/HRC/RES/S-19/1"
    assert rc.official == {"yes": 41, "no": 3, "abstain": 2, "absent": 1}
    assert rc.counted == rc.official and rc.tally_agrees is True
    pdt.assert_frame_equal(rc.group("no")[["member", "name"]],
                           pd.DataFrame({"member": ["CHN", "CUB", "RUS"],
                                         "name": ["China", "Cuba", "Russian Federation"]}))
    assert rc.group("absent").member.tolist() == ["PHL"]
    assert rc.group("abstain").member.tolist() == ["ECU", "UGA"]
    assert len(rc.group("yes")) == 41 and rc.group("not recorded").empty
    assert rc.membership_known and rc.vetoes() == []


def test_vetoes_are_marked(embedded):
    rc = roll_call(embedded, "S/2012/77")
    assert rc.vetoes() == ["CHN", "RUS"]
    assert rc.votes.loc[rc.votes.veto, "vote"].astype(str).tolist() == ["no", "no"]


def test_vote_notes_travel_with_the_roll_call(embedded):
    rc = roll_call(embedded, "A/HRC/RES/S-16/1")
    noted = rc.votes[rc.votes.note.notna()]
    assert noted.member.tolist() == ["LBY"] and noted.vote.astype(str).tolist() == ["absent"]
    assert noted.note.iloc[0].startswith("suspended: Libya's rights of membership")


def test_veto_list_roll_call_leaves_the_others_not_recorded():
    rc = roll_call(small(), "S/1653")
    assert rc.official is None and rc.tally_agrees is None
    assert rc.group("no").member.tolist() == ["SUN"] and rc.vetoes() == ["SUN"]
    assert rc.group("not recorded").member.tolist() == ["FRA", "GBR", "USA"]


def test_rows_that_disagree_with_the_official_tally_are_flagged():
    rc = roll_call(small(), "S/RES/10(1950)")
    assert rc.official == {"yes": 3, "no": 0, "abstain": 0, "absent": 0}
    assert rc.counted == {"yes": 2, "no": 1, "abstain": 0, "absent": 0}
    assert rc.tally_agrees is False
    assert rc.vetoes() == []  # a no on an adopted resolution is no veto


def test_unknown_membership_is_not_guessed():
    ds = small()
    rc = roll_call(Dataset(decisions=ds.decisions, votes=ds.votes, members=ds.members), "S/RES/9(1950)")
    assert not rc.membership_known and rc.group("not recorded").empty
    assert rc.counted == {"yes": 2, "no": 0, "abstain": 1, "absent": 0}


def test_exported_from_the_package():
    assert unsc.find_decisions is find_decisions and unsc.roll_call is roll_call
    assert unsc.resolve_symbol is resolve_symbol


def test_disagreements_between_sources_travel_with_the_roll_call():
    from unsc.commands.decisions import _roll_call_text

    ds = small()
    conflicts = pd.DataFrame([{
        "decision_id": "S/RES/9(1950)", "member": "FRA", "field": "vote", "value": "yes",
        "source": "embedded record", "file": "votes.csv", "row": 4, "other_value": "abstain",
        "other_source": "store: sc-drafts", "other_file": "/data/sc_voting.csv.gz", "other_row": 17},
        {"decision_id": "S/1653", "member": None, "field": "date", "value": "1950-09-06",
         "source": "embedded record", "file": "decisions.csv", "row": 2, "other_value": "1950-09-07",
         "other_source": "store: vetoes", "other_file": None, "other_row": None}])
    ds = Dataset(decisions=ds.decisions, votes=ds.votes, terms=ds.terms, members=ds.members,
                 conflicts=conflicts, origin="test record")
    rc = roll_call(ds, "S/RES/9(1950)")
    assert rc.conflicts.field.tolist() == ["vote"]
    text = _roll_call_text(rc)
    assert "  vote of FRA: yes (embedded record); sc_voting.csv.gz:17 has abstain" in text
    assert "  date: 1950-09-06 (embedded record); store: vetoes has 1950-09-07" in \
        _roll_call_text(roll_call(ds, "S/1653"))


def test_a_member_recorded_twice_keeps_both_rows_and_says_so():
    # The drafts table records one member of S/2020/797 both "No" and "Abstain": neither row may vanish,
    # and the roll call counts as the decisions list does.
    ds = small()
    votes = conform(pd.concat([ds.votes.astype(str), pd.DataFrame(
        {"decision_id": ["S/RES/9(1950)", "S/RES/9(1950)"], "member": ["SUN", "USA"],
         "vote": ["no", "yes"]})], ignore_index=True), "votes")  # SUN twice (two votes), USA repeated
    ds = Dataset(decisions=ds.decisions, votes=votes, terms=ds.terms, members=ds.members, origin="t")
    rc = roll_call(ds, "S/RES/9(1950)")
    twice = rc.votes[rc.votes.member == "SUN"]
    assert twice.vote.astype(str).tolist() == ["abstain", "no"]
    assert twice.note.str.startswith("data error: recorded more than once (abstain; no)").all()
    assert rc.votes.member.tolist().count("USA") == 1  # the same vote twice is one row
    assert rc.counted == {"yes": 2, "no": 1, "abstain": 1, "absent": 0}
    listed = find_decisions(ds, keyword="S/RES/9(1950)").iloc[0]
    assert (int(listed.no), int(listed.abstain)) == (1, 1)

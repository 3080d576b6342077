"""The embedded record: known facts, citations, completeness, validity."""

import pandas as pd
import pytest

import unsc
from unsc.model import VOTE_DTYPE


@pytest.fixture(scope="module")
def ds():
    return unsc.load("embedded")


def _votes(ds, decision_id, vote):
    v = ds.votes[ds.votes.decision_id == decision_id]
    return sorted(v.loc[v.vote == vote, "member"].astype(str))


def test_resolution_1973(ds):
    assert _votes(ds, "S/RES/1973(2011)", "abstain") == ["BRA", "CHN", "DEU", "IND", "RUS"]
    assert len(_votes(ds, "S/RES/1973(2011)", "yes")) == 10
    assert _votes(ds, "S/RES/1973(2011)", "no") == []


def test_houla_vote(ds):
    d = ds.decisions.set_index("decision_id").loc["A/HRC/RES/S-19/1"]
    assert d.date == pd.Timestamp("2012-06-01") and d.body == "HRC"
    assert _votes(ds, "A/HRC/RES/S-19/1", "no") == ["CHN", "CUB", "RUS"]
    assert (d.yes, d.no, d.abstain) == (41, 3, 2)
    assert len(ds.votes[ds.votes.decision_id == "A/HRC/RES/S-19/1"]) == 47


def test_s_2012_77_vetoed_by_china_and_russia(ds):
    d = ds.decisions.set_index("decision_id").loc["S/2012/77"]
    assert d.outcome == "vetoed" and d.meeting == "S/PV.6711"
    assert _votes(ds, "S/2012/77", "no") == ["CHN", "RUS"]


REQUIRED = [
    "S/RES/1970(2011)", "S/RES/1973(2011)", "S/2011/612", "S/2012/77", "S/2012/538",
    "S/2014/348", "S/RES/2042(2012)", "S/RES/2043(2012)", "S/RES/2118(2013)",
    # every Syria veto through 2020
    "S/2016/846", "S/2016/1026", "S/2017/172", "S/2017/315", "S/2017/884", "S/2017/962",
    "S/2017/970", "S/2018/321", "S/2019/756", "S/2019/961", "S/2020/654", "S/2020/667",
    "A/HRC/RES/S-16/1", "A/HRC/RES/S-17/1", "A/HRC/RES/S-18/1", "A/HRC/RES/S-19/1",
    "A/RES/66/176", "A/RES/66/253", "A/RES/66/253 B",
]


def test_required_decisions_present(ds):
    missing = set(REQUIRED) - set(ds.decisions.decision_id)
    assert not missing


def test_syria_vetoes_through_2020(ds):
    sc = ds.filter(body="SC", topic="Syria", end="2020-12-31")
    vetoed = sc.decisions[sc.decisions.outcome == "vetoed"].decision_id
    v = sc.votes[sc.votes.decision_id.isin(vetoed) & (sc.votes.vote == "no")]
    per_member = v[v.member.isin(unsc.PERMANENT_SEATS)].member.astype(str).value_counts()
    assert per_member.to_dict() == {"RUS": 16, "CHN": 10}


def test_every_decision_cites_its_record(ds):
    d = ds.decisions
    assert d.source.notna().all() and (d.source.str.len() > 5).all()
    sc_with_pv = d[(d.body == "SC") & d.date.lt("2020-01-01")]
    assert sc_with_pv.source.str.contains(r"S/PV\.\d+").all()
    assert d[d.body == "HRC"].source.str.contains(r"A/HRC/").all()
    ga = d[d.body == "GA"]
    regular = ga[ga.session.str.fullmatch(r"\d+")]
    assert regular.source.str.contains(r"A/66/PV\.\d+").all()
    # The emergency sessions cite their press release or meeting record, or are partial and say
    # which official record could not be seen (the votes named come from the pages cited).
    emergency = ga[ga.session.str.startswith("ES-")]
    official = emergency.source.str.contains(r"GA/\d{5}|A/ES-\d+/PV\.\d+")
    assert not emergency.empty and len(regular) + len(emergency) == len(ga)
    assert (official | (emergency.partial & emergency.source.str.contains("not seen here"))).all()


def test_complete_member_lists(ds):
    n = ds.votes.groupby(ds.votes.decision_id.astype(str)).size()
    d = ds.decisions.set_index("decision_id")
    size = d.body.astype(str).map({"SC": 15, "HRC": 47, "GA": 193})
    complete = ~d.partial
    pd.testing.assert_series_equal(n[complete[complete].index].sort_index(),
                                   size[complete].sort_index().rename(None).astype("int64"),
                                   check_names=False, check_index_type=False)


def test_partial_decision_is_documented(ds):
    # 66/253 B: only the verified member votes are recorded; the tally is official.
    d = ds.decisions.set_index("decision_id").loc["A/RES/66/253 B"]
    assert d.partial and (d.yes, d.no, d.abstain) == (133, 12, 31)
    assert "could not be verified" in d.source


def test_validates_clean(ds):
    problems = unsc.validate(ds)
    assert problems.empty, problems.to_string()


def test_dtypes(ds):
    assert ds.votes.vote.dtype == VOTE_DTYPE
    assert ds.statements.date.dtype == "datetime64[ns]"


def test_statements_from_coverage(ds):
    s = ds.statements.set_index("speaker")
    assert set(s.index) == {"Chinese state television", "Vladimir Putin", "Liu Weimin"}
    assert s.loc["Liu Weimin", "role"] == "Foreign Ministry spokesman"
    assert s.loc["Vladimir Putin", "country"] == "RUS"
    assert (s.date == pd.Timestamp("2012-06-05")).all()
    assert s.source.str.contains("themoscowtimes.com").all()


def test_russia_china_agree_on_sc_syria_2011_2012(ds):
    from unsc.pairs import voted_alike

    sc = ds.filter(body="SC", topic="Syria", start="2011-01-01", end="2012-12-31")
    alike = voted_alike(sc, "RUS", "CHN").loc["SC"]
    assert alike.decisions == 6 and alike.same == 6  # 612, 77, 2042, 2043, 538, 2059

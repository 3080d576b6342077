"""The ``undl-sc`` reader: the official Security Council voting CSV."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import undl_sc

from .conftest import UNDL_SC, problem_counts

HEADER = ("undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,"
          "description,agenda,subjects,vote_note,total_yes,total_no,total_abstentions,"
          "total_non_voting,total_ms,modality,undl_link")


@pytest.fixture
def small(fixtures):
    return fixtures / "undl_sc" / "sc_voting_small.csv"


def _edited(tmp_path, src, old, new, count=1):
    text = src.read_text()
    assert old in text
    out = tmp_path / "sc_voting.csv"
    out.write_text(text.replace(old, new, count))
    return out


def test_fixture(small):
    ds = undl_sc.read(small)
    d = ds.decisions.set_index("decision_id")
    assert list(d.index) == ["S/RES/1973(2011)", "S/RES/418(1977)"]
    assert d.loc["S/RES/1973(2011)", ["yes", "no", "abstain", "absent"]].tolist() == [10, 0, 5, 0]
    assert d.loc["S/RES/1973(2011)", "source"] == "https://digitallibrary.un.org/record/900101"
    assert d.loc["S/RES/1973(2011)", "draft"] == "S/2011/142"
    v = ds.votes[ds.votes.decision_id == "S/RES/1973(2011)"]
    assert sorted(v[v.vote == "abstain"].member.astype(str)) == ["BRA", "CHN", "DEU", "IND",
                                                                 "RUS"]
    old = ds.votes[ds.votes.decision_id == "S/RES/418(1977)"].set_index("member")
    # Historic codes kept, the Federal Republic (Library code GER) identified by name.
    assert {"SUN", "DEU"} <= set(old.index.astype(str))
    assert old.loc["DEU", "member_name"] == "GERMANY, FEDERAL REPUBLIC OF"
    assert old.loc["SUN", "member_name"] == "USSR"
    info = ds.problems[ds.problems.rule == "member_by_name"]
    assert len(info) == 1 and "'GER'" in info.message.iloc[0] and info.severity.iloc[0] == "info"
    assert set(unsc.validate(ds).rule) == {"member_by_name"}


def test_frames(small):
    ds = undl_sc.read(small)
    expected = pd.DataFrame({
        "decision_id": pd.Categorical(["S/RES/1973(2011)"] * 3),
        "member": pd.Categorical(["BIH", "BRA", "CHN"]),
        "vote": pd.Categorical(["yes", "abstain", "abstain"], categories=["yes", "abstain", "no",
                                                                        "absent"], ordered=True),
        "line": pd.array([2, 3, 4], dtype="Int64"),
    })
    got = ds.votes.head(3)[["decision_id", "member", "vote", "line"]]
    pdt.assert_frame_equal(got.astype({"decision_id": str, "member": str}),
                           expected.astype({"decision_id": str, "member": str}))
    assert (ds.votes.file.astype(str) == str(small)).all()


def test_without_vote_keeps_the_decision_and_reports(tmp_path):
    rows = [f"7{i},{c},{n},{p},X,1973-06-15,S/RES/334(1973),,S/PV.1726,Cyprus,,,Adopted without "
            f"vote,0,0,0,3,3,Without Vote,https://digitallibrary.un.org/record/7"
            for i, (c, n, p) in enumerate([("FRA", "FRANCE", "True"), ("KEN", "KENYA", "False"),
                                           ("SUN", "USSR", "True")])]
    rows = [r.replace(f"7{i},", "7,", 1) for i, r in enumerate(rows)]
    path = tmp_path / "sc.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n")
    ds = undl_sc.read(path)
    assert ds.decisions.decision_id.tolist() == ["S/RES/334(1973)"]
    assert ds.votes.empty
    assert ds.decisions[["yes", "no", "abstain", "absent"]].isna().all().all()
    p = ds.problems
    assert p.rule.tolist() == ["adopted_without_vote"] and "3 member rows" in p.message.iloc[0]


def test_non_voting_is_absent_and_tally_checked(small, tmp_path):
    path = _edited(tmp_path, small, "900101,BIH,BOSNIA AND HERZEGOVINA,False,Y",
                   "900101,BIH,BOSNIA AND HERZEGOVINA,False,X")
    ds = undl_sc.read(path)
    assert ds.votes.set_index("member").loc["BIH", "vote"] == "absent"
    p = unsc.validate(ds)
    mismatch = p[p.rule == "tally_mismatch"]
    assert len(mismatch) == 2 and set(mismatch.row) == {2}  # yes 10 vs 9, absent 0 vs 1


@pytest.mark.parametrize(("old", "new", "column", "value"), [
    ("900101,BRA,BRAZIL,False,A", "900101,BRA,BRAZIL,False,Q", "ms_vote", "Q"),
    ("2011-03-17", "2011-13-17", "date", "2011-13-17"),
    (",10,0,5,0,15,Vote", ",ten,0,5,0,15,Vote", "total_yes", "ten"),
    (",10,0,5,0,15,Vote", ",10,0,5,0,15,Voice vote", "modality", "Voice vote"),
])
def test_malformed(small, tmp_path, old, new, column, value):
    path = _edited(tmp_path, small, old, new)
    with pytest.raises(DataFormatError) as err:
        undl_sc.read(path)
    e = err.value
    assert (e.path, e.column, e.value) == (str(path), column, value)
    assert e.line == (3 if column == "ms_vote" else 2)


def test_empty_and_undecodable(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(DataFormatError, match="empty"):
        undl_sc.read(empty)
    bad = tmp_path / "bad.csv"
    bad.write_bytes((HEADER + "\n1,FRA,FRAN\xc7E").encode("latin-1"))
    with pytest.raises(DataFormatError, match="not valid utf-8") as err:
        undl_sc.read(bad)
    assert err.value.line == 2


@pytest.mark.shared
def test_real_sample(undl_sc_real, shared_data):
    ds = undl_sc_real
    assert len(ds.decisions) == 29 and ds.decisions.decision_id.is_unique
    # 421 rows: the 15 of the resolution adopted without a vote are not votes.
    assert len(ds.votes) == 406
    assert ds.votes.vote.value_counts().to_dict() == {"yes": 379, "abstain": 21, "absent": 5,
                                                      "no": 1}
    assert ds.votes[ds.votes.vote == "no"].member.astype(str).tolist() == ["PAK"]
    d = ds.decisions.set_index("decision_id")
    assert d.loc["S/RES/331(1973)", ["yes", "no"]].isna().all()
    assert set(ds.votes.member.astype(str)) >= {"SUN", "DEU", "COD"}


@pytest.mark.shared
def test_real_sample_problems(undl_sc_real, shared_data):
    """The only faults are the truncated last resolution and the library's GER code."""
    assert problem_counts(undl_sc_real) == {"tally_mismatch": 2, "council_size": 1,
                                            "member_by_name": 1, "adopted_without_vote": 1}
    p = unsc.validate(undl_sc_real)
    truncated = p[p.rule.isin(["tally_mismatch", "council_size"])]
    assert set(truncated.decision_id) == {"S/RES/310(1972)"} and set(truncated.row) == {422}
    assert (p.file == str(shared_data / UNDL_SC)).all()

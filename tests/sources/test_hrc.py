"""The ``hrc`` reader: Human Rights Council recorded votes (a folder of three tables)."""

from __future__ import annotations

import pandas as pd
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import hrc

TEXTS = """name,vote_date,summary,agenda,passed,type
A/HRC/RES/S-19/1,2012/06/01,The deteriorating situation of human rights in the Syrian Arab Republic :resolution /adopted by the Human Rights Council,S-19,1,resolution
A/HRC/19/L.42,2012/03/21,Amendment,19,0,amendment
A/HRC/DEC22/117,2013/03/21,A decision :decision /adopted by the Human Rights Council,22,1,decision
"""  # noqa: E501
VOTES = """resolution_name,country_short,vote
A/HRC/RES/S-19/1,CHN,NO
A/HRC/RES/S-19/1,CUB,NO
A/HRC/RES/S-19/1,RUS,NO
A/HRC/RES/S-19/1,ECU,ABSTAIN
A/HRC/RES/S-19/1,PHL,NO_VOTE
A/HRC/RES/S-19/1,USA,YES
A/HRC/DEC22/117,USA,NO
"""
COUNTRIES = "country_short,country_long,category\nCHN,China,GLOBAL_SOUTH\nUSA,United States,X\n"


@pytest.fixture
def folder(tmp_path):
    """A tiny folder in the real layout (illustrative rows, not the full Council)."""
    (tmp_path / "hrc_resolutions.csv").write_text(TEXTS)
    (tmp_path / "hrc_votes.csv").write_text(VOTES)
    (tmp_path / "hrc_countries.csv").write_text(COUNTRIES)
    return tmp_path


def test_small_folder(folder):
    ds = hrc.read(folder)
    d = ds.decisions.set_index("decision_id")
    assert list(d.index) == ["A/HRC/RES/S-19/1", "A/HRC/19/L.42", "A/HRC/DEC/22/117"]
    assert d.session.tolist() == ["S-19", "19", "22"]
    assert d.loc["A/HRC/RES/S-19/1", "title"] == \
        "The deteriorating situation of human rights in the Syrian Arab Republic"
    assert d.loc["A/HRC/RES/S-19/1", "outcome"] == "adopted"
    assert pd.isna(d.loc["A/HRC/19/L.42", "outcome"])  # an amendment without votes: unknown
    v = ds.votes.set_index(["decision_id", "member"])
    assert v.loc[("A/HRC/RES/S-19/1", "PHL"), "vote"] == "absent"
    assert v.loc[("A/HRC/RES/S-19/1", "CHN"), "member_name"] == "China"
    rules = ds.problems.set_index("rule")
    assert "missing '/' after DEC" in rules.loc["malformed_symbol", "message"]
    assert rules.loc["no_votes", "decision_id"] == "A/HRC/19/L.42"
    assert ds.problems.decision_id.notna().all()


def test_a_file_of_the_folder_reads_the_folder(folder):
    assert len(unsc.read(folder / "hrc_votes.csv").decisions) == 3
    assert unsc.read(folder).origin.startswith("hrc")


def test_malformed(folder):
    (folder / "hrc_votes.csv").write_text(VOTES.replace("ECU,ABSTAIN", "ECU,ABSTAINED"))
    with pytest.raises(DataFormatError) as err:
        hrc.read(folder)
    e = err.value
    assert (e.path, e.line, e.column, e.value) == (str(folder / "hrc_votes.csv"), 5, "vote",
                                                   "ABSTAINED")
    (folder / "hrc_votes.csv").unlink()
    with pytest.raises(DataFormatError, match="hrc_votes.csv"):
        hrc.read(folder)


def test_vote_on_unlisted_text_is_reported(folder):
    (folder / "hrc_votes.csv").write_text(VOTES + "A/HRC/RES/99/1,USA,YES\n")
    p = unsc.validate(hrc.read(folder))
    orphan = p[p.rule == "orphan_vote"]
    assert orphan.decision_id.tolist() == ["A/HRC/RES/99/1"] and orphan.row.tolist() == [9]


@pytest.mark.shared
def test_houla_vote(hrc_real):
    """A/HRC/RES/S-19/1: 41-3-2, one member not voting (the official result)."""
    ds = hrc_real.filter(decisions=["A/HRC/RES/S-19/1"])
    assert ds.tally().loc["A/HRC/RES/S-19/1"].to_dict() == {"yes": 41, "abstain": 2, "no": 3,
                                                            "absent": 1}
    v = ds.votes
    assert sorted(v[v.vote == "no"].member.astype(str)) == ["CHN", "CUB", "RUS"]
    assert sorted(v[v.vote == "abstain"].member.astype(str)) == ["ECU", "UGA"]
    assert v[v.vote == "absent"].member.astype(str).tolist() == ["PHL"]
    d = ds.decisions.iloc[0]
    assert (d.date, d.session, d.outcome) == (pd.Timestamp("2012-06-01"), "S-19", "adopted")


@pytest.mark.shared
def test_shape_and_problems(hrc_real):
    assert len(hrc_real.votes) == 45_387 and len(hrc_real.decisions) == 974
    assert hrc_real.decisions.decision_id.is_unique
    p = unsc.validate(hrc_real)
    assert p.groupby("rule").size().to_dict() == {
        "council_size": 15,        # 46 member rows instead of 47
        "no_votes": 8,             # texts listed without any vote
        "passed_contradicts": 3,   # a resolution symbol with passed=0
        "malformed_symbol": 9,     # A/HRC/DEC22/117, ... as orally revised, RES/…/L.n
        "missing_field": 5,        # amendments without votes: outcome unknown
    }


def test_text_listed_twice_is_a_duplicate_roll_call(folder):
    texts = TEXTS + TEXTS.splitlines()[1] + "\n"  # the first text again, on line 5
    (folder / "hrc_resolutions.csv").write_text(texts)
    ds = hrc.read(folder)
    p = ds.problems[ds.problems.rule == "duplicate_roll_call"]
    assert p.row.tolist() == [2, 5]
    assert p.decision_id.tolist() == ["A/HRC/RES/S-19/1 (line 2)", "A/HRC/RES/S-19/1 (line 5)"]
    assert p.message.iloc[1] == ("A/HRC/RES/S-19/1 is listed more than once; votes under its "
                                 "name are read as votes on the first listing (line 2)")
    votes = ds.votes[ds.votes.vote.notna()]
    assert set(votes.decision_id[votes.member == "CHN"].astype(str)) == {"A/HRC/RES/S-19/1 (line 2)"}
    assert "duplicate_roll_call" in set(unsc.validate(ds).rule)


def test_country_listed_twice(folder):
    (folder / "hrc_countries.csv").write_text(COUNTRIES + "CHN,People's Republic of China,X\n")
    ds = hrc.read(folder)
    p = ds.problems[ds.problems.rule == "duplicate_country"]
    assert p.row.tolist() == [2, 4] and set(p.member) == {"CHN"}
    assert p.message.iloc[0] == "CHN is listed more than once; its first name is used: China"
    assert set(ds.votes.member_name[ds.votes.member == "CHN"].astype(str)) == {"China"}


def test_country_voting_twice_on_one_text(folder):
    (folder / "hrc_votes.csv").write_text(VOTES + "A/HRC/RES/S-19/1,CHN,YES\n")
    p = unsc.validate(hrc.read(folder))
    dup = p[p.rule == "duplicate_vote"]
    assert dup.row.tolist() == [2, 9] and set(dup.member) == {"CHN"}


def test_folder_missing_its_votes_names_the_file(folder):
    (folder / "hrc_votes.csv").unlink()
    with pytest.raises(DataFormatError, match="a folder of hrc tables, but hrc_votes.csv is "
                                              r"missing \(found hrc_resolutions.csv\)"):
        unsc.read(folder)
    with pytest.raises(DataFormatError, match="has no hrc_votes.csv"):
        unsc.read(folder, format="hrc")


@pytest.mark.shared
def test_the_listed_vote_errors_are_in_the_table(hrc_real):
    """Each ``vote`` row of ``known_errors.csv`` for this table is still what the table holds (``theirs``)."""
    known = pd.read_csv(unsc.config.curated_dir() / "known_errors.csv", dtype=str, keep_default_na=False)
    known = known[(known.source_table == "unhrc_recorded_votes") & (known.field == "vote")]
    assert {(r.decision_id, r.member) for r in known.itertuples()} >= {
        ("A/HRC/RES/S-12/1", "USA"), ("A/HRC/RES/S-12/1", "GBR")}
    v = hrc_real.votes.assign(decision_id=hrc_real.votes.decision_id.astype(str),
                              member=hrc_real.votes.member.astype(str), vote=hrc_real.votes.vote.astype(str))
    held = v.set_index(["decision_id", "member"]).vote
    for r in known.itertuples():
        assert held.loc[(r.decision_id, r.member)] == r.theirs != r.ours, r

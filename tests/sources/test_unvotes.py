"""The ``unvotes`` reader: Voeten's General Assembly roll calls, no member ever lost."""

from __future__ import annotations

import gzip

import pandas as pd
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import unvotes

CALLS = """rcid,session,importantvote,date,unres,amend,para,short,descr
10,66.0,1,2012-02-16,R/66/253,0,0,SYRIA,TO ADOPT THE DRAFT
11,66.0,0,2012-02-16,R/66/253,1,0,SYRIA AMENDMENT,TO ADOPT AN AMENDMENT
12,1.0,0,1946-01-01,R/1/66,,,"RULES, PROCEDURE",TO ADOPT A PROPOSAL
13,18.0,0,1963-12-03,,0,0,,UNNUMBERED
"""
VOTES = """rcid,country,country_code,vote
10,United States,US,yes
10,Russia,RU,no
10,Federal Republic of Germany,,yes
11,Namibia,NA,abstain
12,Russia,RU,yes
12,Ruritania,XX,no
13,Zanzibar,,yes
"""
ISSUES = "rcid,short_name,issue\n10,hr,Human rights\n10,me,Palestinian conflict\n"


@pytest.fixture
def folder(tmp_path):
    """A tiny folder in the real layout (illustrative rows)."""
    (tmp_path / "un_roll_calls.csv").write_text(CALLS)
    (tmp_path / "un_votes.csv.gz").write_bytes(gzip.compress(VOTES.encode()))
    (tmp_path / "un_roll_call_issues.csv").write_text(ISSUES)
    return tmp_path


def test_small_folder(folder):
    ds = unvotes.read(folder)
    d = ds.decisions.set_index("decision_id")
    assert list(d.index) == ["A/RES/66/253", "A/RES/66/253 (rcid 11)", "R/1/66", "GA rcid 13"]
    assert d.session.tolist() == ["66", "66", "1", "18"]
    assert d.loc["A/RES/66/253", "outcome"] == "adopted"
    assert pd.isna(d.loc["A/RES/66/253 (rcid 11)", "outcome"])  # an amendment: not known
    # The issues are the source's own label; the topic is the state the title names
    # (the issue codes are categories, consulted only when the title names nothing).
    assert d.loc["A/RES/66/253", "source_topic"] == "Human rights; Palestinian conflict"
    assert d.loc["A/RES/66/253", "topic"] == "Syria"
    assert d.loc["GA rcid 13", "title"] == "UNNUMBERED"
    assert d.loc["A/RES/66/253", "title"] == "SYRIA: TO ADOPT THE DRAFT"  # short: descr
    assert d.loc["R/1/66", "title"] == "RULES, PROCEDURE: TO ADOPT A PROPOSAL"
    v = ds.votes.set_index(["decision_id", "member"])
    assert v.loc[("A/RES/66/253", "DEU"), "member_name"] == "Federal Republic of Germany"
    assert v.loc[("A/RES/66/253 (rcid 11)", "NAM"), "vote"] == "abstain"  # "NA" is Namibia
    assert ("R/1/66", "SUN") in v.index and ("A/RES/66/253", "RUS") in v.index
    assert ("GA rcid 13", "ZAN") in v.index
    assert ("R/1/66", "XX") in v.index  # unknown: kept as written, never missing
    assert ds.votes.member.notna().all()


def test_small_folder_problems(folder):
    ds = unvotes.read(folder)
    rules = ds.problems.groupby("rule").size().to_dict()
    assert rules == {"member_by_name": 2, "member_by_date": 1}
    p = unsc.validate(ds)
    unknown = p[p.rule == "unknown_member"]
    assert unknown.member.tolist() == ["XX"] and unknown.row.tolist() == [7]
    assert unknown.file.iloc[0] == str(folder / "un_votes.csv.gz")
    assert p[p.rule == "missing_field"].decision_id.tolist() == ["A/RES/66/253 (rcid 11)",
                                                                 "GA rcid 13"]
    assert (p[p.rule == "missing_field"].severity == "warning").all()


def test_vote_on_missing_roll_call_is_kept(folder):
    (folder / "un_votes.csv.gz").write_bytes(gzip.compress((VOTES + "99,Chile,CL,yes\n").encode()))
    ds = unvotes.read(folder)
    assert ds.votes.decision_id.notna().all()
    p = unsc.validate(ds)
    assert p[p.rule == "orphan_vote"].row.tolist() == [9]


def test_malformed(folder):
    (folder / "un_votes.csv.gz").write_bytes(gzip.compress(VOTES.replace("XX,no", "XX,nay")
                                                           .encode()))
    with pytest.raises(DataFormatError) as err:
        unvotes.read(folder)
    e = err.value
    assert (e.path, e.line, e.column, e.value) == (str(folder / "un_votes.csv.gz"), 7, "vote",
                                                   "nay")
    (folder / "un_roll_calls.csv").write_text(CALLS.replace("2012-02-16", "16.02.2012", 1))
    with pytest.raises(DataFormatError) as err:
        unvotes.read(folder)
    assert (err.value.line, err.value.column) == (2, "date")


def test_missing_table(tmp_path):
    (tmp_path / "un_roll_calls.csv").write_text(CALLS)
    with pytest.raises(DataFormatError, match="un_votes"):
        unvotes.read(tmp_path)


@pytest.mark.shared
def test_real_shape(unvotes_real):
    ds = unvotes_real
    assert len(ds.votes) == 870_109
    assert len(ds.decisions) == 6_203 and ds.decisions.decision_id.is_unique
    assert ds.votes.vote.value_counts().to_dict() == {"yes": 693_664, "abstain": 110_897,
                                                      "no": 65_548, "absent": 0}
    assert (ds.decisions.body == "GA").all() and ds.decisions.session.notna().all()


@pytest.mark.shared
def test_no_member_becomes_missing(unvotes_real):
    """The historic states once turned into NA by an unvotes update are all here."""
    v = unvotes_real.votes
    assert v.member.notna().all() and v.decision_id.notna().all()
    names = v.groupby("member_name", observed=True).member.agg(lambda s: set(s.astype(str)))
    assert names["Federal Republic of Germany"] == {"DEU"}
    assert names["Yemen Arab Republic"] == {"YEM"}
    assert names["Zanzibar"] == {"ZAN"}
    assert names["Czechoslovakia"] == {"CSK"}
    assert names["German Democratic Republic"] == {"DDR"}
    assert names["Russia"] == {"SUN", "RUS"}
    assert names["Yugoslavia"] == {"YUG", "SCG", "SRB"}
    assert (v.member.astype(str) == "DEU").sum() == 2_151 + 2_552
    assert unsc.validate(unvotes_real).query("rule == 'unknown_member'").empty


@pytest.mark.shared
def test_real_decision_ids(unvotes_real):
    d = unvotes_real.decisions.set_index("decision_id")
    assert d.loc["A/RES/66/253", "date"] == pd.Timestamp("2012-02-16")
    assert d.loc["A/RES/66/253", "session"] == "66"
    assert d.loc["A/RES/2200(XXI) A", "session"] == "21"
    assert "A/RES/ES-10/19" in d.index
    amendments = d.index[d.index.str.contains(r" \(rcid \d+\)$")]
    assert len(amendments) > 1_000


@pytest.mark.shared
def test_real_problems(unvotes_real):
    p = unsc.validate(unvotes_real)
    assert p.groupby(["rule", "severity"]).size().to_dict() == {
        ("malformed_symbol", "warning"): 4,   # R/10 65, R/6444A, R/16/2/1069B, GOAR/1/1288B
        ("member_by_name", "info"): 3,        # the three states without an ISO-2 code
        ("member_by_date", "info"): 3,        # RU before 1991, YU after 2003 and 2006
        ("missing_field", "warning"): 1_293,  # outcome of amendment/paragraph votes unknown
        ("symbol_year", "error"): 2,          # R/19/595 voted in 1959, R/677/46 for 67/46
        ("control_character", "warning"): 8,  # U+0008 in eight descr texts, kept as written
        ("missing_vote", "warning"): 2,       # A/RES/66/253 B and A/RES/73/8 (known_errors.csv)
        ("missing_row", "warning"): 1,        # no Zimbabwe row on A/RES/71/5 (known_errors.csv)
        ("approximate_day", "info"): 56,      # sessions 1-57 but 19: days not the votes' days
    }
    approx = p[p.rule == "approximate_day"].message.str.extract(r"^session (\d+):")[0].astype(int)
    assert sorted(approx) == [s for s in range(1, 58) if s != 19]  # (19, 1964-65: too few votes to tell)
    gaps = p[p.rule.isin(["missing_vote", "missing_row"])]
    assert sorted(gaps.decision_id) == ["A/RES/66/253 B", "A/RES/71/5", "A/RES/73/8"]
    ctrl = p[p.rule == "control_character"]
    assert ctrl.row.iloc[0] == 5821 and ctrl.file.iloc[0].endswith("un_roll_calls.csv")
    assert "column 'descr'" in ctrl.message.iloc[0] and "U+0008" in ctrl.message.iloc[0]
    assert r"oneby one. 12\x08 We first" in ctrl.message.iloc[0]  # shown escaped
    assert ctrl.decision_id.notna().all()
    year = p[p.rule == "symbol_year"]
    assert sorted(year.decision_id) == ["A/RES/595(XIX)", "A/RES/677/46 (rcid 5924)"]


def test_title_is_what_was_voted_on(tmp_path):
    """``descr`` is in the title, so a keyword search finds a vote by its subject."""
    calls = ("rcid,session,importantvote,date,unres,amend,para,short,descr\n"
             "5135,66.0,0,2011-12-19,R/66/176,0,0,HUMAN RIGHTS--REPORTS,Situation of human "
             "rights in the Syrian Arab Republic : resolution / adopted by the General Assembly\n"
             "5136,66.0,0,2011-12-19,R/66/177,0,0,,Only a description\n"
             "5137,66.0,0,2011-12-19,R/66/178,0,0,ONLY A HEADING,\n")
    (tmp_path / "un_roll_calls.csv").write_text(calls)
    (tmp_path / "un_votes.csv").write_text("rcid,country,country_code,vote\n5135,Syria,SY,no\n")
    ds = unvotes.read(tmp_path)
    assert ds.decisions.title.tolist() == [
        "HUMAN RIGHTS--REPORTS: Situation of human rights in the Syrian Arab Republic",
        "Only a description", "ONLY A HEADING"]
    assert ds.filter(topic="Syria").decisions.decision_id.tolist() == ["A/RES/66/176"]


@pytest.mark.shared
def test_real_syria_votes_found_by_keyword(unvotes_real):
    """The keyword "Syria" finds the GA's Syria resolutions of 2011-2012 and the Golan ones."""
    found = unvotes_real.filter(body="GA", keyword="Syria", start="2011", end="2012")
    ids = set(found.decisions.decision_id.astype(str))
    assert {"A/RES/66/176", "A/RES/66/253", "A/RES/67/183"} <= ids
    # ... and the Syrian Golan resolutions, which name Syria too.
    golan = {"A/RES/66/19", "A/RES/66/80", "A/RES/66/78", "A/RES/66/225", "A/RES/67/25",
             "A/RES/67/120", "A/RES/67/122", "A/RES/67/229"}
    assert ids == {"A/RES/66/176", "A/RES/66/253", "A/RES/67/183"} | golan
    # The normalised topic keeps the two apart.
    syria = unvotes_real.filter(body="GA", topic="Syria", start="2011", end="2012")
    assert set(syria.decisions.decision_id.astype(str)) == {"A/RES/66/176", "A/RES/66/253",
                                                            "A/RES/67/183"}
    d = unvotes_real.decisions.set_index("decision_id")
    # The Golan texts are Golan; those on the Palestinian territory *and* the Golan name
    # two matters, so they have no topic (the issue code "Palestinian conflict" cannot pick).
    both = {"A/RES/66/78", "A/RES/66/225", "A/RES/67/120", "A/RES/67/229"}
    assert (d.loc[sorted(golan - both), "topic"] == "Golan").all()
    assert d.loc[sorted(both), "topic"].isna().all()


def test_duplicated_rcid_is_reported(folder):
    calls = (folder / "un_roll_calls.csv").read_text() + "10,66.0,0,2012-02-17,R/66/254,0,0,X,Y\n"
    (folder / "un_roll_calls.csv").write_text(calls)
    ds = unvotes.read(folder)
    p = ds.problems[ds.problems.rule == "duplicate_roll_call"]
    assert p.row.tolist() == [2, 6]
    assert p.decision_id.tolist() == ["A/RES/66/253", "A/RES/66/254 (line 6)"]
    assert p.message.iloc[1] == ("rcid 10 is listed more than once; its votes are read as votes "
                                 "on the first listing (line 2)")
    assert set(ds.votes.decision_id[ds.votes.member == "USA"].astype(str)) == {"A/RES/66/253"}
    rules = set(unsc.validate(ds).rule)
    assert "duplicate_roll_call" in rules and "duplicate_decision" not in rules


def test_roll_calls_header_only_while_votes_exist(folder):
    (folder / "un_roll_calls.csv").write_text(CALLS.splitlines()[0] + "\n")
    with pytest.raises(DataFormatError, match=r"un_roll_calls.csv, line 1: header only"):
        unvotes.read(folder)


def test_rcid_of_2_63_is_an_error(folder):
    (folder / "un_votes.csv.gz").write_bytes(
        gzip.compress((VOTES + "9223372036854775808,Cuba,CU,no\n").encode()))
    with pytest.raises(DataFormatError) as err:
        unvotes.read(folder)
    assert (err.value.line, err.value.column) == (9, "rcid") and "too large" in err.value.problem
    assert err.value.path.endswith("un_votes.csv.gz")


def test_folder_missing_its_roll_calls_names_the_file(folder):
    (folder / "un_roll_calls.csv").unlink()
    with pytest.raises(DataFormatError, match="a folder of unvotes tables, but un_roll_calls.csv "
                                              "is missing"):
        unsc.read(folder)

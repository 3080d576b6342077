"""Each validation rule fires on a small crafted case, and only there."""

import pandas as pd
import pytest

import unsc
from unsc.errors import ValidationError
from unsc.model import Dataset, conform
from unsc.sources import curated


@pytest.fixture
def good(fixtures) -> Dataset:
    return curated.read(fixtures / "curated_small")


def _with(ds, decisions=None, votes=None):
    from dataclasses import replace

    return replace(ds, decisions=conform(decisions if decisions is not None else ds.decisions,
                                         "decisions"),
                   votes=conform(votes if votes is not None else ds.votes, "votes"))


def test_clean_fixture_has_no_problems(good):
    assert unsc.validate(good).empty


def test_duplicate_vote_and_council_size(good):
    votes = pd.concat([good.votes, good.votes.iloc[[0]]], ignore_index=True)
    p = unsc.validate(_with(good, votes=votes))
    assert set(p.rule) == {"duplicate_vote", "council_size", "tally_mismatch"}
    dup = p[p.rule == "duplicate_vote"]
    assert len(dup) == 2 and set(dup.member) == {"BIH"}
    assert dup.file.str.endswith("votes.csv").all() and set(dup.row) == {2}


def test_unknown_vote_and_member(good):
    votes = good.votes.copy()
    votes["member"] = votes.member.cat.add_categories(["XXX"])
    votes.loc[0, "member"] = "XXX"
    votes.loc[1, "vote"] = None
    p = unsc.validate(_with(good, votes=votes))
    assert {"unknown_member", "unknown_vote"} <= set(p.rule)
    assert p[p.rule == "unknown_member"].member.tolist() == ["XXX"]


def test_adopted_with_permanent_no(good):
    votes = good.votes.copy()
    votes.loc[(votes.decision_id == "S/RES/1973(2011)") & (votes.member == "RUS"), "vote"] = "no"
    p = unsc.validate(_with(good, votes=votes))
    row = p[p.rule == "adopted_with_veto"]
    assert row.decision_id.tolist() == ["S/RES/1973(2011)"]
    assert "RUS" in row.message.iloc[0]


def test_vetoed_without_permanent_no(good):
    votes = good.votes.copy()
    votes.loc[votes.decision_id == "S/2012/77", "vote"] = "yes"
    p = unsc.validate(_with(good, votes=votes))
    assert "veto_without_no" in set(p.rule)


def test_tally_contradiction(good):
    dec = good.decisions.copy()
    dec.loc[dec.decision_id == "S/2012/77", "yes"] = 12
    p = unsc.validate(_with(good, decisions=dec))
    assert p.rule.tolist() == ["tally_mismatch"]
    assert "yes=12" in p.message.iloc[0] and "13" in p.message.iloc[0]
    assert p.row.iloc[0] == 3 and p.file.iloc[0].endswith("decisions.csv")


def test_not_a_member(good):
    votes = good.votes.copy()
    # Azerbaijan joined the Council in 2012: a 2011 vote by it is impossible.
    votes["member"] = votes.member.cat.add_categories(["AZE"]) if "AZE" not in \
        votes.member.cat.categories else votes.member
    votes.loc[(votes.decision_id == "S/RES/1973(2011)") & (votes.member == "GAB"), "member"] = "AZE"
    p = unsc.validate(_with(good, votes=votes))
    bad = p[p.rule == "not_a_member"]
    assert bad.member.tolist() == ["AZE"] and bad.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_eleven_members_before_1966(good):
    dec = good.decisions.copy()
    dec.loc[dec.decision_id == "S/RES/1973(2011)", "date"] = pd.Timestamp("1960-01-01")
    p = unsc.validate(_with(good, decisions=dec).__class__(
        decisions=conform(dec, "decisions"), votes=good.votes, members=good.members))
    assert "15 member rows; the Council had 11 members" in set(p.message)


def test_error_mode(good):
    votes = pd.concat([good.votes, good.votes.iloc[[0]]], ignore_index=True)
    with pytest.raises(ValidationError) as err:
        unsc.validate(_with(good, votes=votes), errors="raise")
    assert "duplicate_vote" in str(err.value) and len(err.value.problems) >= 2

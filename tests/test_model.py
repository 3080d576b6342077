import pandas as pd
import pandas.testing as pdt
import pytest

from unsc.model import VOTE_DTYPE, Dataset, conform, empty
from unsc.sources import curated


@pytest.fixture(scope="module")
def small(fixtures) -> Dataset:
    return curated.read(fixtures / "curated_small")


def test_dtypes_fixed_at_load(small):
    assert small.votes.vote.dtype == VOTE_DTYPE
    assert small.votes.vote.cat.ordered
    assert list(small.votes.vote.cat.categories) == ["yes", "abstain", "no", "absent"]
    assert str(small.decisions.body.dtype) == "category"
    assert small.decisions.date.dtype == "datetime64[ns]"
    assert str(small.decisions.yes.dtype) == "Int64"


def test_vote_order_is_yes_abstain_no(small):
    v = small.votes.vote
    assert (v[v == "yes"] < "abstain").all() and (v[v == "no"] > "abstain").all()
    assert v.max() == "no" and v.min() == "yes"


def test_filter_returns_new_dataset_and_leaves_original(small):
    sub = small.filter(start="2012-01-01")
    assert sub.decisions.decision_id.tolist() == ["S/2012/77"]
    assert set(sub.votes.decision_id.astype(str)) == {"S/2012/77"}
    assert len(small.decisions) == 2


def test_filter_members_keeps_decisions(small):
    sub = small.filter(members=["RUS", "CHN"])
    assert len(sub.decisions) == 2
    assert sorted(sub.votes.member.astype(str).unique()) == ["CHN", "RUS"]
    assert list(sub.votes.member.cat.categories) == ["CHN", "RUS"]


def test_filter_body_and_topic(small):
    assert len(small.filter(body="GA").decisions) == 0
    assert small.filter(topic="libya").decisions.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_matrix(small):
    m = small.matrix()
    assert m.shape == (20, 2)
    assert list(m.columns) == ["S/RES/1973(2011)", "S/2012/77"]  # date order
    assert m.loc["RUS", "S/2012/77"] == "no"
    assert pd.isna(m.loc["AZE", "S/RES/1973(2011)"])  # not on the Council in 2011
    codes = small.matrix(codes=True)
    assert codes.loc["CHN"].tolist() == [1, 2]
    assert codes.loc["AZE", "S/RES/1973(2011)"] == -1


def test_tally_counts_member_votes(small):
    t = small.tally()
    assert t.loc["S/RES/1973(2011)"].to_dict() == {"yes": 10, "abstain": 5, "no": 0, "absent": 0}


def test_by_seat_relabels_ussr_as_russia():
    dec = conform(pd.DataFrame({"decision_id": ["x"], "body": ["SC"], "date": ["1980-01-01"],
                                "outcome": ["adopted"]}), "decisions")
    votes = conform(pd.DataFrame({"decision_id": ["x", "x"], "member": ["SUN", "USA"],
                                  "vote": ["no", "yes"]}), "votes")
    from unsc import members

    ds = Dataset(dec, votes, members=members.table())
    assert sorted(ds.by_seat().votes.member.astype(str)) == ["RUS", "USA"]


def test_empty_tables_have_schema():
    e = empty("votes")
    pdt.assert_series_equal(e.dtypes, conform(pd.DataFrame(columns=["decision_id", "member",
                                                                     "vote"]), "votes").dtypes)
    with pytest.raises(KeyError):
        conform(pd.DataFrame({"bogus": [1]}), "votes")


def test_keyword_filter_searches_titles_and_excludes(small):
    # "support" appears only in the title of S/2012/77, not in any topic.
    assert small.filter(topic="support").decisions.decision_id.tolist() == ["S/2012/77"]
    assert small.filter(topic=["Libya", "Syria"], exclude="no-fly").decisions.decision_id.tolist() == \
        ["S/2012/77"]
    assert len(small.filter(topic="", exclude="").decisions) == 2  # empty keywords filter nothing


def test_bare_years_cover_the_whole_year(small):
    assert small.filter(end="2011").decisions.decision_id.tolist() == ["S/RES/1973(2011)"]
    assert small.filter(start="2012", end="2012").decisions.decision_id.tolist() == ["S/2012/77"]

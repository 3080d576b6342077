"""Pairs side by side: identical-vote share, its interval, contested votes, and the agreement index."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.alignment import MEASURE_SENTENCES, wilson
from unsc.model import Dataset, conform
from unsc.pairs import same_vote_share, side_by_side, voted_alike


def make_ds(votes: dict[str, dict[str, str]], body: str = "SC") -> Dataset:
    ids = list(votes)
    decisions = pd.DataFrame({
        "decision_id": ids, "body": body, "date": [f"2015-01-{k + 1:02d}" for k in range(len(ids))],
        "title": ids, "outcome": "adopted", "source": "test", "partial": False,
    })
    rows = [(d, m, v) for d, mv in votes.items() for m, v in mv.items()]
    return Dataset(decisions=conform(decisions, "decisions"),
                   votes=conform(pd.DataFrame(rows, columns=["decision_id", "member", "vote"]), "votes"),
                   members=unsc.members.table())


VOTES = {
    "d1": {"RUS": "yes", "CHN": "yes", "USA": "yes"},  # unanimous
    "d2": {"RUS": "no", "CHN": "no", "USA": "yes"},
    "d3": {"RUS": "no", "CHN": "abstain", "USA": "yes"},
    "d4": {"RUS": "yes", "CHN": "yes", "USA": "abstain"},
}


def test_share_interval_and_contested_switch():
    ds = make_ds(VOTES)
    every = voted_alike(ds, "RUS", "CHN")
    low, high = wilson(np.array([3]), np.array([4]))
    expected = pd.DataFrame({"decisions": [4], "same": [3], "share": [0.75],
                             "first": pd.to_datetime(["2015-01-01"]),
                             "last": pd.to_datetime(["2015-01-04"]), "low": low, "high": high},
                            index=pd.Index(["SC"], name="body"))
    pdt.assert_frame_equal(every, expected, check_dtype=False)
    contested = voted_alike(ds, "RUS", "CHN", contested=True)
    assert contested.loc["SC", "decisions"] == 3 and contested.loc["SC", "same"] == 2
    shares = same_vote_share(ds, ["CHN", "RUS", "USA"], contested=True)
    row = shares[(shares.member_a == "CHN") & (shares.member_b == "RUS")].iloc[0]
    assert (row.decisions, row.same) == (3, 2)
    assert (row.low, row.high) == pytest.approx(tuple(x[0] for x in wilson(np.array([2]),
                                                                           np.array([3]))))
    assert list(shares.columns)[-3:] == ["share", "low", "high"]


def test_share_and_agreement_differ_by_the_half_credit():
    """Identical-vote share counts an abstention against a vote as different; agreement as half."""
    ds = make_ds(VOTES)
    sbs = side_by_side(ds, "RUS", "CHN")
    share = sbs.same.mean()
    agreement = unsc.alignment(ds, members=["RUS", "CHN"], drop_unanimous=False, min_n=1).value[0]
    one_abstains = ((sbs.vote_a == "abstain") ^ (sbs.vote_b == "abstain")).sum()
    assert share == 3 / 4 and agreement == (3 + 0.5 * one_abstains) / 4 == 3.5 / 4
    assert "no half credit" in MEASURE_SENTENCES["share"]


def test_russia_china_0818_and_0909_on_the_curated_record():
    """The issue's two numbers: the same 33 Council votes, 6 of them with one abstaining."""
    sc = unsc.load("embedded").filter(body="SC")
    alike = voted_alike(sc, "RUS", "CHN").loc["SC"]
    assert (alike.decisions, alike.same) == (33, 27)
    agreement = unsc.alignment(sc, members=["RUS", "CHN"], drop_unanimous=False, min_n=1)
    assert agreement.value.iloc[0] == pytest.approx((27 + 6 * 0.5) / 33)
    assert agreement.n.iloc[0] == 33

"""Alignment gives the same answer for a seat whether or not the data was relabelled with by_seat.

On real roll calls that hold Soviet votes: the UN Library sample (1972-1985,
the USSR) and the drafts table (1994-, the Russian Federation).
"""

from __future__ import annotations

import pandas.testing as pdt
import pytest

import unsc
from unsc.alignment import alignment, alignment_matrix, blocs, reference_series

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def both_sides(shared_data) -> unsc.Dataset:
    sample = unsc.read(shared_data / "undl_sc_voting_sample" / "sc_voting_v6_head.csv")
    drafts = unsc.read(shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz")
    ds = unsc.combine(sample, drafts).filter(end="1996")
    assert {"SUN", "RUS"} <= set(ds.votes.member.astype(str))
    return ds


P5 = list(unsc.PERMANENT_SEATS)
#: Every vote (False) and the Security Council default, contested votes only (None).
ALL_OR_CONTESTED = pytest.mark.parametrize("drop", [False, None])


@ALL_OR_CONTESTED
def test_alignment(both_sides, drop):
    seated = both_sides.by_seat()
    expected = alignment(both_sides, members=P5, by_seat=True, drop_unanimous=drop)
    if drop is False:  # the USSR's and Russia's votes together
        assert expected.loc[expected.member_a == "RUS", "n"].max() > 100
    pdt.assert_frame_equal(alignment(seated, members=P5, drop_unanimous=drop), expected)
    pdt.assert_frame_equal(alignment(seated, members=P5, by_seat=True, drop_unanimous=drop),
                           expected)


@ALL_OR_CONTESTED
def test_alignment_matrix(both_sides, drop):
    expected = alignment_matrix(both_sides, by_seat=True, drop_unanimous=drop)
    pdt.assert_frame_equal(alignment_matrix(both_sides.by_seat(), drop_unanimous=drop), expected)
    pdt.assert_frame_equal(alignment_matrix(both_sides.by_seat(), by_seat=True,
                                            drop_unanimous=drop), expected)


@ALL_OR_CONTESTED
def test_blocs(both_sides, drop):
    expected = blocs(both_sides, n_blocs=2, members=P5, by_seat=True, drop_unanimous=drop)
    got = blocs(both_sides.by_seat(), n_blocs=2, members=P5, drop_unanimous=drop)
    pdt.assert_series_equal(got.clusters, expected.clusters)
    pdt.assert_frame_equal(got.matrix, expected.matrix)


@ALL_OR_CONTESTED
def test_reference_series(both_sides, drop):
    expected = reference_series(both_sides, "RUS", period="year", drop_unanimous=drop)
    if drop is False:
        assert set(expected.period) >= {1973, 1985, 1995}  # the Soviet years are there
    pdt.assert_frame_equal(reference_series(both_sides.by_seat(), "RUS", period="year",
                                            drop_unanimous=drop), expected)

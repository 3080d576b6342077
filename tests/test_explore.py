"""unsc.explore: widget values set programmatically, the recomputed outputs checked."""

from __future__ import annotations

import datetime

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.alignment import reference_series
from unsc.explore import GRID_DECISIONS, Explorer, explore, roll_call_html

pytest.importorskip("ipywidgets")

P5 = ["CHN", "FRA", "GBR", "RUS", "USA"]


@pytest.fixture(scope="module")
def ds():
    return unsc.load("embedded").clean()


@pytest.fixture
def ex(ds):
    return Explorer(ds, body="SC", start="2011", end="2012", draw=False)


def test_starts_on_the_chosen_selection(ex, ds):
    assert isinstance(unsc.explore(ds, draw=False), Explorer) and explore is unsc.explore
    assert ex.start.value == datetime.date(2011, 1, 1) and ex.end.value == datetime.date(2012, 12, 31)
    assert list(ex.members.value) == P5 and ex.reference.value == "RUS"
    expected = ds.filter(body="SC", start="2011", end="2012")
    pdt.assert_frame_equal(ex.selection.decisions, expected.decisions)
    # The grid: the chosen members by every decision of the selection, in date order.
    assert list(ex.grid.index) == P5
    assert list(ex.grid.columns) == expected.decisions.sort_values("date").decision_id.tolist()
    pdt.assert_frame_equal(ex.grid, expected.filter(members=P5).matrix())
    # The latest decision's roll call is shown first.
    assert ex.decision.value == "S/RES/2059(2012)" and ex.roll_call.decision_id == "S/RES/2059(2012)"


def test_alignment_follows_measure_reference_and_min_n(ex):
    assert ex.alignment.value.isna().all()  # no member shares 10 votes with Russia in a year
    assert "lower min n" in ex.message
    ex.min_n.value = 2
    expected = reference_series(ex.selection, "RUS", min_n=2, members=["CHN", "FRA", "GBR", "USA"])
    pdt.assert_frame_equal(ex.alignment, expected)
    assert ex.alignment.set_index(["member", "period"]).value.loc[("CHN", 2011)] == 1.0
    assert ex.message == ""
    ex.measure.value = "s_score"
    assert ex.alignment.attrs["measure"] == "s_score"
    assert ex.alignment.set_index(["member", "period"]).value.loc[("FRA", 2012)] == -1.0
    ex.reference.value = "USA"
    assert set(ex.alignment.reference) == {"USA"} and "USA" not in set(ex.alignment.member.astype(str))


def test_members_narrow_the_grid(ex):
    ex.members.value = ("CHN", "RUS")
    assert list(ex.grid.index) == ["CHN", "RUS"]
    assert set(ex.alignment.member.astype(str)) == {"CHN"}


def test_topic_and_dates(ex):
    ex.topic.value = "Libya"
    assert ex.selection.decisions.decision_id.tolist() == ["S/RES/1970(2011)", "S/RES/1973(2011)"]
    assert list(ex.grid.columns) == ["S/RES/1970(2011)", "S/RES/1973(2011)"]
    ex.topic.value = ""
    ex.end.value = datetime.date(2011, 12, 31)
    assert ex.selection.decisions.date.max() <= pd.Timestamp("2011-12-31")
    assert len(ex.grid.columns) == 3


def test_choosing_a_decision_shows_its_roll_call(ex):
    ex.decision.value = "S/2012/77"
    rc = ex.roll_call
    assert rc.decision_id == "S/2012/77" and rc.vetoes() == ["CHN", "RUS"]
    assert len(rc.group("yes")) == 13
    # The grid and alignment are not recomputed for a new decision only.
    assert list(ex.grid.index) == P5


def test_body_change_resets_members_and_keeps_the_roll_call_in_the_body(ex):
    ex.body.value = "HRC"
    assert set(ex.selection.decisions.body.astype(str)) == {"HRC"}
    assert ex.roll_call.decision.body == "HRC"
    ex.decision.value = "A/HRC/RES/S-19/1"
    assert ex.roll_call.group("no").member.tolist() == ["CHN", "CUB", "RUS"]
    assert ex.roll_call.group("absent").member.tolist() == ["PHL"]
    assert "PHL" in [v for _, v in ex.members.options]


def test_nothing_selected_is_said(ex):
    ex.start.value, ex.end.value = datetime.date(2015, 1, 1), datetime.date(2015, 12, 31)
    assert ex.message == ("No Security Council decisions match 2015-01-01 to 2015-12-31 in the "
                          "embedded record.")
    assert ex.grid.empty and ex.alignment.empty and ex.roll_call is None
    assert ex.decision.options == ()
    ex.start.value, ex.end.value = datetime.date(2011, 1, 1), datetime.date(2012, 12, 31)
    ex.topic.value = "Atlantis"  # no such topic: said (why, in Dataset.filter's words), not raised
    assert "Atlantis" in ex.message and ex.grid.empty and ex.roll_call is None
    ex.topic.value = "Syria"
    assert ex.message.startswith("No member shares 10 votes with RUS")  # the min n note only
    assert ex.roll_call is not None and len(ex.grid.columns) == 6


def test_start_after_end_is_said_not_raised(ex):
    ex.start.value = datetime.date(2013, 1, 1)
    assert "after end" in ex.message and ex.grid.empty and ex.selection.decisions.empty
    ex.measure.value = "kappa"  # nothing to align: the message stays
    assert "after end" in ex.message and ex.alignment.empty


def test_grid_keeps_to_the_latest_decisions(ds):
    ex = Explorer(ds, body="SC", draw=False)
    assert len(ex.grid.columns) == GRID_DECISIONS
    assert ex.grid.columns[-1] == ds.filter(body="SC").decisions.sort_values("date").decision_id.iloc[-1]
    assert f"latest {GRID_DECISIONS} of 33" in ex.message


def test_draws_figures_and_the_roll_call_html(ds):
    from matplotlib.figure import Figure

    ex = Explorer(ds, body="HRC", start="2012-06-01", end="2012-06-01", members=["chn", "rus", "usa"],
                  min_n=1)
    assert isinstance(ex.figures["grid"], Figure) and isinstance(ex.figures["alignment"], Figure)
    assert list(ex.grid.index) == ["CHN", "RUS", "USA"]
    text = roll_call_html(ex.roll_call)
    assert "A/HRC/RES/S-19/1" in text and "<li>no (3): China (CHN), Cuba (CUB), Russian Federation " \
        "(RUS)</li>" in text and "tally (yes-no-abstain) 41-3-2" in text
    assert ex.widget().children  # the panel builds
    # What the panel shows: a PNG per chart, the roll call as HTML; a new decision replaces it.
    for out in (ex.grid_out, ex.alignment_out):
        assert [list(o["data"]) for o in out.outputs] == [["image/png", "text/plain"]]
    assert "A/HRC/RES/S-19/1" in ex.roll_call_out.outputs[0]["data"]["text/html"]
    # A new measure redraws the alignment only.
    grid_figure, alignment_figure = ex.figures["grid"], ex.figures["alignment"]
    ex.measure.value = "s_score"
    assert ex.figures["grid"] is grid_figure and ex.figures["alignment"] is not alignment_figure
    assert ex.alignment.attrs["measure"] == "s_score"
    ex.body.value = "SC"
    ex.start.value = datetime.date(2012, 1, 1)
    ex.decision.value = "S/2012/77"
    html = [o["data"]["text/html"] for o in ex.roll_call_out.outputs]
    assert len(html) == 1 and "S/2012/77" in html[0] and "China (CHN) <b>veto</b>" in html[0]


def test_bad_starting_values_are_errors(ds):
    with pytest.raises(ValueError, match="body 'XX' has no decisions"):
        Explorer(ds, body="XX", draw=False)
    with pytest.raises(unsc.errors.ParameterError, match="did you mean CHN"):
        Explorer(ds, members=["China"], draw=False)

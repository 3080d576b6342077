"""State Department voting coincidence: hand-computed tables for each definition, published figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.alignment import wilson
from unsc.coincidence import coincidence, definition_for_year, final_votes
from unsc.model import Dataset, conform
from unsc.sources import unvotes

# One hand-made table (USA the reference). "-" is a recorded absence, a missing
# key is no row at all.
#          USA        FRA        CHN        GBR
TABLE = {
    "d1": {"USA": "yes", "FRA": "yes", "CHN": "no", "GBR": "yes"},
    "d2": {"USA": "no", "FRA": "no", "CHN": "abstain", "GBR": "-"},
    "d3": {"USA": "yes", "FRA": "abstain", "CHN": "-", "GBR": "yes"},
    "d4": {"USA": "abstain", "FRA": "abstain", "CHN": "yes", "GBR": "no"},
    "d5": {"USA": "yes", "FRA": "no", "GBR": "yes"},  # CHN: no row
    "d6": {"USA": "-", "FRA": "yes", "CHN": "no", "GBR": "no"},  # USA absent: left out
}
# By hand:            same opposite partial both_abstained absent no_row
COUNTS = {"CHN": (0, 1, 2, 0, 1, 1), "FRA": (2, 1, 1, 1, 0, 0), "GBR": (3, 0, 1, 0, 1, 0)}
# (n, share) per definition, by hand from COUNTS:
EXPECTED = {
    "votes_only": {"CHN": (1, 0 / 1), "FRA": (3, 2 / 3), "GBR": (3, 3 / 3)},
    # (same + both + ½ partial) / (same + both + opposite + partial)
    "partial_half": {"CHN": (3, 1 / 3), "FRA": (5, 3.5 / 5), "GBR": (4, 3.5 / 4)},
    # ... + ½ absent, absent in the denominator; CHN has a no-row decision: unknown
    "absent_half": {"CHN": (4, np.nan), "FRA": (5, 3.5 / 5), "GBR": (5, 4 / 5)},
}


def make_ds(table: dict[str, dict[str, str]], year: int, body: str = "GA",
            outcome: dict[str, str | None] | None = None) -> Dataset:
    ids = [f"{d}/{year}" for d in table]
    decisions = pd.DataFrame({
        "decision_id": ids, "body": body,
        "date": [f"{year}-03-{k + 1:02d}" for k in range(len(ids))], "title": ids,
        "outcome": [(outcome or {}).get(d, "adopted") for d in table], "source": "test",
        "partial": False,
    })
    rows = [(f"{d}/{year}", m, "absent" if v == "-" else v)
            for d, mv in table.items() for m, v in mv.items()]
    votes = pd.DataFrame(rows, columns=["decision_id", "member", "vote"])
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                   members=unsc.members.table())


def expected_frame(definition: str, period: int) -> pd.DataFrame:
    members = sorted(COUNTS)
    counts = np.array([COUNTS[m] for m in members])
    n = np.array([EXPECTED[definition][m][0] for m in members])
    share = np.array([EXPECTED[definition][m][1] for m in members], dtype=float)
    points = np.where(np.isnan(share), 0, share * n)
    low, high = wilson(points, n)
    low[np.isnan(share)] = np.nan
    high[np.isnan(share)] = np.nan
    frame = pd.DataFrame({"member": members, "period": np.int64(period), "definition": definition})
    for k, col in enumerate(["same", "opposite", "partial", "both_abstained", "absent", "no_row"]):
        frame[col] = counts[:, k]
    return frame.assign(n=n, share=share, low=low, high=high)


@pytest.mark.parametrize("definition", ["votes_only", "partial_half", "absent_half"])
def test_hand_computed_table(definition):
    got = coincidence(make_ds(TABLE, 2015), "USA", definition=definition)
    pdt.assert_frame_equal(got, expected_frame(definition, 2015), check_dtype=False)
    assert got.attrs["definition"] == definition


def test_by_year_uses_each_reports_definition():
    both = unsc.combine(*[make_ds(TABLE, y) for y in (2016, 2017, 2020, 2021)])
    got = coincidence(both, "USA")  # definition="by_year"
    expected = pd.concat([expected_frame(definition_for_year(y), y)
                          for y in (2016, 2017, 2020, 2021)], ignore_index=True)
    pdt.assert_frame_equal(got, expected, check_dtype=False)
    assert list(got.drop_duplicates("period").definition) == [
        "votes_only", "partial_half", "partial_half", "absent_half"]


def test_a_period_across_two_definitions_is_refused():
    both = unsc.combine(make_ds(TABLE, 2016), make_ds(TABLE, 2017))
    with pytest.raises(ValueError, match="different definitions"):
        coincidence(both, "USA", period=None)
    one = coincidence(both, "USA", period=None, definition="votes_only")
    # Two copies of the table: every count doubles, the share does not move.
    assert one.set_index("member").same.to_dict() == {"CHN": 0, "FRA": 4, "GBR": 6}
    assert one.set_index("member").share["FRA"] == pytest.approx(2 / 3)


def test_members_important_and_errors():
    ds = make_ds(TABLE, 2015)
    got = coincidence(ds, "USA", definition="votes_only", members=["FRA"],
                      important=["d1/2015", "d5/2015"])
    assert got[["member", "same", "opposite", "n"]].to_dict("records") == [
        {"member": "FRA", "same": 1, "opposite": 1, "n": 2}]
    with pytest.raises(KeyError, match="ZZZ"):
        coincidence(ds, "ZZZ")
    with pytest.raises(KeyError, match="ZZZ"):
        coincidence(ds, "USA", members=["ZZZ"])
    with pytest.raises(ValueError, match="definition"):
        coincidence(ds, "USA", definition="votes only")


def test_another_reference_and_empty_selection():
    got = coincidence(make_ds(TABLE, 2015), "FRA", definition="votes_only", members=["USA"])
    # FRA against USA, over d1–d6 where FRA voted: d1 same, d2 same, d5 opposite, d6 USA absent.
    assert got[["member", "same", "opposite", "absent", "share"]].to_dict("records") == [
        {"member": "USA", "same": 2, "opposite": 1, "absent": 1, "share": pytest.approx(2 / 3)}]
    none = coincidence(make_ds(TABLE, 2015), "USA", important=["d6/2015"])
    assert none.empty and list(none.columns)[-4:] == ["n", "share", "low", "high"]


def test_final_votes_leaves_out_amendment_votes():
    ds = make_ds(TABLE, 2018, outcome={"d1": None, "d3": None})
    kept = final_votes(ds)
    assert sorted(kept.decisions.decision_id) == ["d2/2018", "d4/2018", "d5/2018", "d6/2018"]


def test_wilson_interval():
    low, high = wilson(np.array([11, 100, 0]), np.array([11, 109, 0]))
    # 11/11: lower bound n / (n + z²) exactly, upper 1.
    assert low[0] == pytest.approx(11 / (11 + 1.96**2))
    assert high[0] == 1.0
    assert (low[1], high[1]) == pytest.approx((0.8505, 0.9560), abs=1e-4)  # by hand
    assert np.isnan(low[2]) and np.isnan(high[2])


# -- published figures -------------------------------------------------------------
#: Coincidence with the United States, General Assembly, as the State Department
#: reported it (whole percentages), for 2017, quoted in the Jewish Virtual Library's
#: table "Frequency that WEOG Members Voted With the United States".
PUBLISHED_2017 = {"AND": 46, "AUS": 60, "AUT": 44, "BEL": 51, "CAN": 69, "DNK": 52, "FIN": 48}


def test_published_2017_figures(shared_data):
    ga = unvotes.read(shared_data / "unvotes_ga").filter(start="2017", end="2017")
    got = coincidence(final_votes(ga), "USA", members=list(PUBLISHED_2017))
    assert set(got.definition) == {"partial_half"}
    diff = got.set_index("member").share * 100 - pd.Series(PUBLISHED_2017)
    assert diff.abs().max() < 1.0, diff  # the report rounds to whole percentages
    # On every roll call, amendments and paragraphs included, it is far off:
    wide = coincidence(ga, "USA", members=list(PUBLISHED_2017))
    assert (wide.set_index("member").share * 100 - pd.Series(PUBLISHED_2017)).mean() > 5


#: "The 10 countries with the highest voting coincidence with the United States"
#: in 2017, in order (US Mission to the UN, press release of 26 April 2018 on the
#: report), and "Of the 93 resolutions that were voted last year, on average other
#: countries voted with the United States only 31 percent of the time".
TOP_2017 = ["ISR", "FSM", "CAN", "MHL", "AUS", "GBR", "FRA", "PLW", "UKR", "CZE"]


def test_published_2017_ranking_and_average(shared_data):
    ga = unvotes.read(shared_data / "unvotes_ga").filter(start="2017", end="2017")
    final = final_votes(ga)
    assert len(final.decisions) == 93
    got = coincidence(final, "USA").sort_values("share", ascending=False, kind="stable")
    assert list(got.member[:10]) == TOP_2017
    assert round(got.share.mean() * 100) == 31


def test_chart_marks_the_definition_change():
    import matplotlib

    matplotlib.use("Agg")
    from unsc import plots

    ds = unsc.combine(*[make_ds(TABLE, y) for y in (2015, 2016, 2017, 2018)])
    frame = coincidence(ds, "USA")
    fig = plots.coincidence(frame)
    texts = {t.get_text() for ax in fig.axes for t in ax.texts} | {t.get_text() for t in fig.texts}
    assert "definition changes" in texts
    assert any("reports to 2016" in t and "2017–2020" in t for t in texts)
    labels = {t.get_text() for t in fig.axes[0].get_legend().get_texts()}
    assert {"France", "United Kingdom", "China"} <= labels
    fig.canvas.draw()
    empty = plots.coincidence(coincidence(ds, "USA", important=["d6/2015"]))  # USA absent
    assert any("No coincidence" in t.get_text() for t in empty.axes[0].texts)

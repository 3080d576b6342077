"""Charts of alignment, blocs, vetoes and ideal points (Agg backend, set in conftest)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

import unsc
from unsc import plots
from unsc.idealpoints import ideal_points
from unsc.model import Dataset, conform
from unsc.vetoes import vetoes_by


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def sc() -> Dataset:
    return unsc.load("embedded").filter(body="SC", start="2011-01-01", end="2020-12-31")


def blocs_ds(seed: int = 0) -> Dataset:
    """Two camps of five real members voting on 30 contested drafts, with noise."""
    rng = np.random.default_rng(seed)
    west, east = ["USA", "GBR", "FRA", "DEU", "JPN"], ["RUS", "CHN", "IRN", "SYR", "CUB"]
    rows = []
    for j in range(30):
        for m in west + east:
            side = "yes" if (m in west) == (j % 3 != 0) else "no"
            rows.append((f"D{j:02d}", m, side if rng.random() > 0.15 else "abstain"))
    ids = sorted({r[0] for r in rows})
    decisions = pd.DataFrame({"decision_id": ids, "body": "GA", "title": ids,
                              "date": pd.date_range("2019-09-20", periods=len(ids)),
                              "session": "74", "outcome": "adopted", "source": "test"})
    votes = pd.DataFrame(rows, columns=["decision_id", "member", "vote"])
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                   members=unsc.members.table())


def texts(fig: Figure) -> set[str]:
    """Every piece of text on the figure: tick labels, legend entries, titles."""
    found = set()
    for ax in fig.axes:
        found |= {t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()}
        found |= {t.get_text() for t in ax.texts}
        found.add(ax.get_title(loc="left"))
        if ax.get_legend():
            found |= {t.get_text() for t in ax.get_legend().get_texts()}
    if fig._suptitle is not None:
        found.add(fig._suptitle.get_text())
    return found


def fits_a_report(fig: Figure, max_inches: float = 24) -> bool:
    w, h = fig.get_size_inches()
    return 3 <= w <= 20 and 1.5 <= h <= max_inches


def test_readme_three_lines_on_the_security_council_record(shared_data):
    """The README's example on the real Security Council votes of 1994–2025."""
    from unsc.sources import sc_drafts

    full = sc_drafts.read(shared_data / "unsc_drafts_votes_1994_2025/sc_voting_1994_2025.csv.gz")
    ds = full.filter(body="SC", start="2011-01-01", end="2020-12-31")
    # All votes, unanimous included (the Council default is contested votes only,
    # too few in most single years for min_n=10): the claim checked below.
    s = unsc.reference_series(ds, "RUS", drop_unanimous=False)
    fig = unsc.plots.alignment_over_time(s)
    assert isinstance(fig, Figure) and fits_a_report(fig)
    found = texts(fig)
    assert {"China", "United States", "France", "United Kingdom"} <= found
    assert any("Russian Federation" in t for t in found)
    fig.canvas.draw()  # renders without error
    wide = s.pivot(index="period", columns="member", values="value")
    assert wide.index.tolist() == list(range(2011, 2021))
    assert (wide.CHN > wide.USA).all() and (wide.CHN > 0.9).all()


def test_empty_chart_says_why(sc):
    s = unsc.reference_series(sc, "RUS", min_n=500)
    fig = unsc.plots.alignment_over_time(s)
    assert any("min_n = 500" in t for t in texts(fig))


def test_alignment_over_time_grid_names_every_member(sc):
    s = unsc.reference_series(sc, "RUS", min_n=1)
    fig = plots.alignment_over_time(s, kind="grid")
    names = {plots.member_label(m) for m in s.member.astype(str).unique()}
    assert names <= texts(fig)
    with pytest.raises(ValueError):
        plots.alignment_over_time(s, kind="pie")


def test_alignment_over_time_sessions_and_empty():
    ds = blocs_ds()
    s = unsc.reference_series(ds, "USA", period="session", min_n=1)
    fig = plots.alignment_over_time(s, highlight=["GBR", "RUS"])
    assert "74" in texts(fig)
    empty = plots.alignment_over_time(s.iloc[:0])
    assert isinstance(empty, Figure)


def test_heatmap_and_dendrogram_share_the_order():
    b = unsc.blocs(blocs_ds(), n_blocs=2, min_n=1)
    heat = plots.agreement_heatmap(b)
    tree = plots.dendrogram(b)
    assert fits_a_report(heat) and fits_a_report(tree)
    names = [plots.member_label(m) for m in b.order]
    heat_rows = [t.get_text() for t in heat.axes[0].get_yticklabels()]
    assert heat_rows == names
    tree_rows = [t.get_text() for t in tree.axes[0].get_yticklabels()]
    assert tree_rows == names  # the dendrogram reads top to bottom like the heatmap
    # Two camps, two blocs, not mixed.
    assert set(b.clusters[["USA", "GBR", "FRA"]]) != set(b.clusters[["RUS", "CHN", "CUB"]])


def test_heatmap_accepts_a_dataset_and_labels_only_some_when_large():
    fig = plots.agreement_heatmap(blocs_ds(), n_blocs=2, min_n=1, max_labels=4)
    labels = {t.get_text() for t in fig.axes[0].get_yticklabels()}
    assert labels == {plots.member_label(m) for m in plots.SEAT_STYLE}


def test_veto_timeline(sc):
    fig = plots.veto_timeline(sc)
    ax = fig.axes[0]
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert f"Russian Federation ({vetoes_by(sc)['RUS'].sum()})" in legend
    heights = sum(p.get_height() for p in ax.patches)
    assert heights == vetoes_by(sc).to_numpy().sum()
    assert fits_a_report(fig)


def test_veto_timeline_of_one_seat_draws_only_its_vetoes(sc):
    """"Vetoes by China" must not stack Russia's joint vetoes on top (2012: China cast 2)."""
    counts = vetoes_by(sc)
    fig = plots.veto_timeline(sc, seats=["CHN"])
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [f"China ({counts['CHN'].sum()})"]
    heights = {int(p.get_x() + p.get_width() / 2 + 0.5): p.get_height() for p in ax.patches}
    assert heights == {int(y): int(v) for y, v in counts["CHN"].items()}
    assert counts["RUS"].sum() > counts["CHN"].sum()  # the test means something: Russia vetoed more


def test_ideal_point_strip_one_and_several_periods():
    ds = blocs_ds()
    one = ideal_points(ds, min_votes=5)
    fig = plots.ideal_point_strip(one)
    assert {"United States", "Russian Federation"} <= texts(fig)
    several = pd.concat([one.assign(period=2019), one.assign(period=2020)], ignore_index=True)
    several.attrs = {"method": "irt", "period": "year"}
    fig2 = plots.ideal_point_strip(several, highlight=["USA", "CUB"])
    assert {"United States", "Cuba"} <= texts(fig2)
    assert fits_a_report(fig2)


# -- highlighted members: one helper for the three line charts -----------------------------
def line_colours(ax) -> list[str]:  # noqa: ANN001
    from matplotlib.colors import to_hex

    return [to_hex(line.get_color()) for line in ax.get_lines() if len(line.get_xdata())]


def end_labels(fig: Figure) -> list:
    return [t for t in fig.axes[0].texts if t.get_fontweight() == "bold"]


def no_overlap(fig: Figure, artists: list) -> bool:
    """No two texts' boxes overlap (the text alone: an annotation's box also spans its leader line)."""
    import itertools

    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [Text.get_window_extent(a, renderer) for a in artists]
    return not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))


def test_alignment_highlight_as_text_names_the_members_and_greys_the_rest():
    ds = blocs_ds()
    s = unsc.reference_series(ds.filter(), "USA", period="session", min_n=1)
    fig = plots.alignment_over_time(s, highlight="cub, gbr")
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    others = s.member.astype(str).nunique() - 2
    assert legend == [f"other members ({others})", "Cuba", "United Kingdom"]
    colours = line_colours(ax)
    assert colours.count(plots._OTHER.lower()) == others
    assert plots.SEAT_STYLE["GBR"][0].lower() in colours
    assert plots._styles(["CUB"])["CUB"][0].lower() in colours
    labels = end_labels(fig)
    assert sorted(t.get_text() for t in labels) == ["Cuba", "United Kingdom"]
    assert no_overlap(fig, labels)


def test_highlight_text_refuses_a_name_with_the_code_it_means():
    s = unsc.reference_series(blocs_ds(), "USA", period="session", min_n=1)
    with pytest.raises(unsc.errors.ParameterError, match="did you mean ISR"):
        plots.alignment_over_time(s, highlight="Israel")
    assert plots.highlight_codes("") is None and plots.highlight_codes(" isr , GBR,isr") == ["ISR", "GBR"]


def test_highlighted_member_without_values_is_named_under_the_chart():
    s = unsc.reference_series(blocs_ds(), "USA", period="session", min_n=1)
    fig = plots.alignment_over_time(s, highlight="ISR,GBR")  # Israel did not vote here
    assert any("Not drawn" in t.get_text() and "Israel" in t.get_text() for t in fig.texts)


def test_end_labels_of_identical_lines_do_not_overlap():
    """Three members that never part draw one line: their names must still read apart."""
    s = pd.DataFrame({"reference": "RUS", "member": ["USA", "GBR", "FRA", "CHN"] * 2,
                      "period": [2019] * 4 + [2020] * 4, "value": [0.1, 0.1, 0.1, 0.9] * 2, "n": 20})
    s.attrs = {"reference": "RUS", "measure": "agreement", "period": "year", "min_n": 3}
    fig = plots.alignment_over_time(s)
    labels = end_labels(fig)
    assert sorted(t.get_text() for t in labels) == ["China", "France", "United Kingdom", "United States"]
    assert sum(abs(t.xyann[1]) > 1 for t in labels) >= 2  # two of the three moved off the shared point
    assert no_overlap(fig, labels)
    # A moved name keeps a leader line to its point, in its line's colour.
    moved = [t for t in labels if abs(t.xyann[1]) > 1]
    assert all(t.arrow_patch is not None for t in moved)


def test_ideal_point_paths_and_coincidence_use_the_same_highlight():
    from unsc.coincidence import coincidence

    ds = blocs_ds()
    ds2 = unsc.combine(ds, replace_dates(ds, "2020-09-20", "75"))
    points = ideal_points(ds2, period="session", min_votes=5)
    fig = plots.ideal_point_paths(points, highlight="cub,usa")
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[1:] == ["Cuba", "United States"] and legend[0].startswith("other members (")
    assert line_colours(ax).count(plots._OTHER.lower()) == points.member.nunique() - 2
    coinc = coincidence(ds2, "USA", period="year")
    fig2 = plots.coincidence(coinc, highlight="RUS,CUB")
    legend2 = [t.get_text() for t in fig2.axes[0].get_legend().get_texts()]
    assert legend2[1:] == ["Russian Federation", "Cuba"]
    assert sorted(t.get_text() for t in end_labels(fig2)) == ["Cuba", "Russian Federation"]


def replace_dates(ds: Dataset, start: str, session: str) -> Dataset:
    """The same votes a year later, under new ids (a second period)."""
    from dataclasses import replace

    dec = ds.decisions.assign(decision_id=ds.decisions.decision_id.astype(str) + "b",
                              date=pd.date_range(start, periods=len(ds.decisions)), session=session)
    votes = ds.votes.assign(decision_id=ds.votes.decision_id.astype(str) + "b")
    return replace(ds, decisions=conform(dec, "decisions"), votes=conform(votes, "votes"))


def test_year_ticks_stop_at_the_data():
    s = unsc.reference_series(unsc.load("embedded").filter(body="SC", start="2011", end="2020"),
                              "RUS", drop_unanimous=False, min_n=1)
    fig = plots.alignment_over_time(s)
    ticks = [int(t.get_text()) for t in fig.axes[0].get_xticklabels()]
    assert min(ticks) >= 2011 and max(ticks) <= 2020  # no empty 2022 from the room for labels


def test_heatmap_colours_fitted_to_a_narrow_range():
    """Members that agree on 0.89-1.00 of their votes get distinct colours, not one yellow."""
    rng = np.random.default_rng(3)
    members = ["USA", "GBR", "FRA", "RUS", "CHN", "IND", "BRA", "ZAF"]
    rows = []
    for j in range(200):
        for m in members:
            rows.append((f"D{j:03d}", m, "no" if rng.random() < 0.05 * (members.index(m) % 3) else "yes"))
    ids = sorted({r[0] for r in rows})
    decisions = pd.DataFrame({"decision_id": ids, "body": "GA", "title": ids,
                              "date": pd.date_range("2010-09-20", periods=len(ids)), "session": "65",
                              "outcome": "adopted", "source": "test"})
    votes = pd.DataFrame(rows, columns=["decision_id", "member", "vote"])
    ds = Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                 members=unsc.members.table())
    b = unsc.blocs(ds, n_blocs=2, min_n=1, drop_unanimous=False)
    off = b.matrix.to_numpy(dtype=float)[~np.eye(len(members), dtype=bool)]
    assert off.min() > 0.8  # the data really are narrow
    fig = plots.agreement_heatmap(b)
    image = fig.axes[1].images[0]
    vmin, vmax = image.get_clim()
    assert vmin == pytest.approx(np.floor(off.min() / 0.05) * 0.05)
    assert vmax == pytest.approx(np.ceil(off.max() / 0.05) * 0.05)
    assert np.ma.getmaskarray(image.get_array()).diagonal().all()  # the diagonal is not coloured
    bar = [ax for ax in fig.axes if ax.get_ylabel()][-1]
    assert "colours fitted to" in bar.get_ylabel()


def test_pair_shares_leaves_a_gap_for_a_year_without_votes():
    frame = pd.DataFrame({"body": "SC", "period": ["2011", "2013", "2011", "2013"],
                          "member_a": ["CHN", "CHN", "FRA", "FRA"], "member_b": ["RUS", "RUS", "GBR", "GBR"],
                          "decisions": 4, "same": [4, 2, 4, 4], "share": [1.0, 0.5, 1.0, 1.0],
                          "low": 0.0, "high": 1.0})
    fig = plots.pair_shares(frame, highlight=("RUS", "CHN"))
    for line in fig.axes[0].get_lines():
        assert list(line.get_xdata()) == [2011, 2012, 2013] and np.isnan(line.get_ydata()[1])


def test_heatmap_labels_on_neighbouring_rows_share_one_tick():
    pos, text = plots._spaced_ticks([3, 4, 10], ["a", "b", "c", "D", "E", "f", "g", "h", "i", "j", "K"], 3)
    assert pos == [3, 10] and text == ["D, E", "K"]
    fig = plots.agreement_heatmap(blocs_ds(), n_blocs=2, min_n=1, max_labels=4, label=["USA", "GBR", "CUB"])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert {n for t in labels for n in t.split(", ")} == {"United States", "United Kingdom", "Cuba"}


def test_ideal_point_paths_mark_where_a_highlighted_seat_changed_hands():
    # Hand-made positions by calendar year: the China seat (Republic of China until
    # 25 October 1971) and a member with no seat.
    years = [1969, 1970, 1971, 1972, 1973]
    points = pd.DataFrame({"member": ["CHN"] * 5 + ["IND"] * 5, "period": years * 2,
                           "position": [1.0, 0.8, -1.0, -1.5, -1.4, 0.1, 0.0, 0.2, 0.1, 0.0],
                           "se": 0.2, "n": 30})
    points.attrs.update(method="dynamic", period="year")
    ax = plots.ideal_point_paths(points, highlight="CHN,IND").axes[0]
    marks = [t.get_text() for t in ax.texts if "→" in t.get_text()]
    assert marks == ["1971: China (Republic of China) → China"]
    assert [line.get_xdata()[0] for line in ax.lines if line.get_linestyle() == ":"] == [1971]
    # India's path alone: no seat, no mark.
    ax = plots.ideal_point_paths(points, highlight="IND").axes[0]
    assert not [t for t in ax.texts if "→" in t.get_text()]

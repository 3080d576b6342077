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

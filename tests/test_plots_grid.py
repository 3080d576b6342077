"""Vote grid and time line: what each cell and label says (Agg backend, set in conftest)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

import unsc
from unsc import plots
from unsc.model import Dataset, conform


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def record() -> Dataset:
    return unsc.load("embedded")


def legend_texts(ax) -> list[str]:  # noqa: ANN001
    return [t.get_text() for t in ax.get_legend().get_texts()]


def cell_colour(ax, i: int, j: int) -> str:  # noqa: ANN001
    """The colour the grid paints at row ``i``, column ``j``."""
    image = ax.images[0]
    return to_hex(image.cmap(image.norm(image.get_array()[i, j])))


def veto_frames(ax) -> list[Rectangle]:  # noqa: ANN001
    return [p for p in ax.patches if isinstance(p, Rectangle) and not p.get_fill()]


def test_every_cell_kind_has_a_legend_entry(record):
    fig = plots.vote_grid(record.filter(body="HRC", start="2012-06-01", end="2012-06-01"))
    entries = legend_texts(fig.axes[0])
    for kind in plots.CELL_KINDS:
        assert any(kind in e for e in entries), kind
    assert not any("veto" in e for e in entries)  # no veto on a Human Rights Council grid


def test_no_record_is_not_non_membership(record):
    """A/RES/66/253 B lists some members only: the United States was a member with no row."""
    ga = record.filter(decisions=["A/RES/66/176", "A/RES/66/253 B"],
                       members=["USA", "CHN", "RUS", "SYR"])
    assert "USA" not in set(ga.filter(decisions=["A/RES/66/253 B"]).votes.member.astype(str))
    kinds = plots.cell_kinds(ga)
    assert plots.CELL_KINDS[kinds.loc["USA", "A/RES/66/253 B"]] == "no record"
    assert plots.CELL_KINDS[kinds.loc["USA", "A/RES/66/176"]] == "yes"
    fig = plots.vote_grid(ga)
    ax = fig.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text().split("\n")[0] for t in ax.get_xticklabels()]
    i, j = rows.index("United States"), cols.index("A/RES/66/253 B")
    assert cell_colour(ax, i, j) == plots.CELL_COLOURS["no record"].lower()
    assert plots.CELL_COLOURS["no record"] != plots.CELL_COLOURS["not a member"]
    letters = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert letters[(i, j)] == "?"
    hatched = [c for c in ax.collections if c.get_hatch()]
    assert len(hatched) == 1 and len(hatched[0].get_paths()) == 1  # exactly that cell


def test_not_a_member_from_the_terms(record):
    """On S/2011/612 (4 Oct 2011) Argentina did not sit on the Council; Brazil did."""
    draft = record.filter(decisions=["S/RES/1973(2011)", "S/2011/612", "S/RES/2139(2014)"])
    votes = draft.votes[~((draft.votes.member == "BRA") & (draft.votes.decision_id == "S/2011/612"))]
    ds = replace(draft, votes=votes.reset_index(drop=True))
    kinds = plots.cell_kinds(ds)
    assert plots.CELL_KINDS[kinds.loc["ARG", "S/2011/612"]] == "not a member"  # elected for 2013-14
    assert plots.CELL_KINDS[kinds.loc["ARG", "S/RES/2139(2014)"]] == "yes"
    assert plots.CELL_KINDS[kinds.loc["BRA", "S/RES/1973(2011)"]] == "abstain"
    assert plots.CELL_KINDS[kinds.loc["BRA", "S/2011/612"]] == "no record"  # sat, but no row here
    assert plots.CELL_KINDS[kinds.loc["BRA", "S/RES/2139(2014)"]] == "not a member"


def test_a_day_the_terms_do_not_cover_is_no_record(record):
    """HRC terms in the record stop in 2011: membership in 2015 is unknown, so a blank is no record."""
    decisions = pd.DataFrame({"decision_id": ["A/HRC/RES/X", "A/HRC/RES/Y"], "body": "HRC",
                              "date": ["2015-03-27", "2015-03-27"], "title": "t", "outcome": "adopted",
                              "source": "test"})
    votes = pd.DataFrame({"decision_id": ["A/HRC/RES/X", "A/HRC/RES/X", "A/HRC/RES/Y"],
                          "member": ["CHN", "CUB", "CHN"], "vote": ["no", "yes", "no"]})
    ds = Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                 members=record.members, terms=record.terms)
    kinds = plots.cell_kinds(ds)
    assert plots.CELL_KINDS[kinds.loc["CUB", "A/HRC/RES/Y"]] == "no record"


def test_vetoes_are_framed_and_named(record):
    sc = record.filter(body="SC", topic="Syria", start="2011-01-01", end="2014-12-31")
    vetoed = sc.decisions[sc.decisions.outcome == "vetoed"].decision_id.astype(str).tolist()
    no_votes = sc.votes[sc.votes.decision_id.isin(vetoed) & (sc.votes.vote == "no")
                        & sc.votes.member.isin(unsc.PERMANENT_SEATS)]
    fig = plots.vote_grid(sc)
    ax = fig.axes[0]
    frames = veto_frames(ax)
    assert len(frames) == len(no_votes) == 2 * len(vetoed)  # Russia and China on each draft
    assert all(f.get_linewidth() >= 2.5 and to_hex(f.get_edgecolor()) == "#000000" for f in frames)
    assert f"veto ({len(no_votes)}): a permanent member's no on a vetoed draft" in legend_texts(ax)
    labels = {t.get_text().split("\n")[0]: t for t in ax.get_xticklabels()}
    for d in vetoed:
        assert labels[d].get_text().endswith("VETOED") and labels[d].get_fontweight() == "bold"
    adopted = sc.decisions[sc.decisions.outcome == "adopted"].decision_id.astype(str)
    assert not any(labels[d].get_text().endswith("VETOED") for d in adopted)
    # The frames sit on the vetoing members' rows.
    rows = [t.get_text() for t in ax.get_yticklabels()]
    framed_rows = {rows[round(f.get_y() + f.get_height() / 2)] for f in frames}
    assert framed_rows == {"China", "Russian Federation"}


def test_grid_refuses_too_many_members(record):
    with pytest.raises(ValueError, match="max_members"):
        plots.vote_grid(record.filter(body="GA", start="2012-02-16", end="2012-02-16"), max_members=20)


# -- time line ----------------------------------------------------------------------------
def visible_labels(fig) -> list:  # noqa: ANN001
    ax = fig.axes[0]
    return [t for t in ax.texts if t.get_visible()]


def overlaps(fig) -> list[tuple[str, str]]:  # noqa: ANN001
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in visible_labels(fig)]
    return [(a, b) for (a, x), (b, y) in itertools.combinations(boxes, 2) if x.overlaps(y)]


def test_timeline_labels_do_not_overlap(record):
    """Syria and Libya 2011-2012: drafts voted days apart (S/RES/2042 and 2043) and three statements
    of one day used to print on top of each other."""
    sub = record.filter(topic=["Syria", "Libya"], exclude="Golan", start="2011-01-01", end="2012-12-31")
    fig = plots.timeline(sub, record.statements.iloc[:0] if sub.statements.empty else None)
    texts = {t.get_text() for t in visible_labels(fig)}
    assert set(sub.decisions.decision_id.astype(str)) <= texts  # every decision is labelled
    assert set(sub.statements.speaker.astype(str)) <= texts
    assert len(sub.statements) >= 2
    assert overlaps(fig) == []
    title = fig.axes[0].title if fig.axes[0].get_title() else fig.axes[0]._left_title
    top = max(t.get_window_extent(fig.canvas.get_renderer()).y1 for t in visible_labels(fig))
    assert top < title.get_window_extent(fig.canvas.get_renderer()).y0  # labels stay under the title


def test_timeline_crowded_day_stacks_then_says_what_it_left_out():
    ids = [f"S/RES/{2000 + k}(2012)" for k in range(30)]
    decisions = pd.DataFrame({"decision_id": ids, "body": "SC", "date": "2012-07-19", "title": ids,
                              "outcome": "adopted", "source": "test"})
    votes = pd.DataFrame({"decision_id": ids, "member": "CHN", "vote": "yes"})
    ds = Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"))
    fig = plots.timeline(ds, max_levels=8)
    shown = visible_labels(fig)
    assert len(shown) == 8
    assert overlaps(fig) == []
    assert fig.axes[0].get_xlabel().startswith("22 labels left out")


def test_timeline_empty():
    ds = Dataset(decisions=conform(pd.DataFrame(columns=["decision_id", "body", "date", "title",
                                                         "outcome", "source"]), "decisions"),
                 votes=conform(pd.DataFrame(columns=["decision_id", "member", "vote"]), "votes"))
    fig = plots.timeline(ds)
    assert fig.axes[0].texts[0].get_text() == "Nothing to show in this selection"


def test_stack_labels_puts_overlapping_labels_on_new_rows():
    levels = plots._stack_labels(np.array([[0, 10], [5, 15], [12, 20], [16, 30], [31, 40]]), gap=0.5)
    assert levels.tolist() == [0, 1, 0, 1, 0]


def test_timeline_labels_an_unnamed_speaker_by_role(record):
    # a statement of "a UN diplomat" has a role and no speaker: its label says so, never "<NA>"
    sub = record.filter(topic=["Syria"], start="2012-01-01", end="2012-12-31")
    st = record.statements.iloc[:2].copy()
    st["speaker"] = pd.array([pd.NA, pd.NA], dtype="string")
    st["role"] = pd.array(["diplomat", pd.NA], dtype="string")
    fig = plots.timeline(replace(sub, statements=st.iloc[:0]), st)
    texts = {t.get_text() for t in visible_labels(fig)} | {t.get_text() for t in fig.axes[0].texts}
    assert {"unnamed diplomat", "unnamed speaker"} <= texts
    assert not any("<NA>" in t for t in texts)

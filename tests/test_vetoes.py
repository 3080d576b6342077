"""Vetoes: counts, joint and lone vetoes, on a veto list and on roll calls."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc import vetoes as vt
from unsc.model import Dataset, conform

WPDL = "unsc_vetoes_wpdl/unsc_vetoes_1946_sept2022.csv"


def make_ds(rows: list[tuple[str, str, str, str, dict[str, str]]],
            partial: bool = False) -> Dataset:
    """Decisions from ``(id, date, outcome, topic, {member: vote})``."""
    decisions = pd.DataFrame({
        "decision_id": [r[0] for r in rows], "body": "SC", "date": [r[1] for r in rows],
        "title": [r[0] for r in rows], "outcome": [r[2] for r in rows],
        "topic": [r[3] for r in rows], "source": "test", "partial": partial,
    })
    votes = pd.DataFrame([(r[0], m, v) for r in rows for m, v in r[4].items()],
                         columns=["decision_id", "member", "vote"])
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                   members=unsc.members.table())


@pytest.fixture(scope="module")
def wpdl(shared_data) -> Dataset:
    from unsc.sources import vetoes as reader

    return reader.read(shared_data / WPDL)


def test_definition():
    ds = make_ds([
        ("S/1", "1980-01-10", "vetoed", "A", {"SUN": "no", "USA": "yes", "CUB": "no"}),
        ("S/2", "1995-01-10", "failed", "A", {"RUS": "no", "CHN": "no"}),  # not a veto
        ("S/3", "1995-02-10", "vetoed", "B", {"RUS": "no", "CHN": "no", "USA": "yes"}),
        ("S/4", "1996-02-10", "adopted", "B", {"USA": "no"}),  # impossible, but not a veto
        ("S/5", "1960-02-10", "vetoed", "B", {"CHN": "no", "TWN": "abstain"}),  # PRC not seated
    ])
    table = vt.veto_table(ds)
    assert table.columns.tolist() == ["decision_id", "date", "year", "topic", "member",
                                      "vetoers", "alone", "joined_by"]
    assert list(zip(table.decision_id, table.member, table.alone, table.joined_by,
                    strict=True)) == [
        ("S/1", "RUS", True, ""), ("S/3", "CHN", False, "RUS"), ("S/3", "RUS", False, "CHN")]
    assert vt.veto_table(ds, by_seat=False).member.tolist() == ["SUN", "CHN", "RUS"]


def test_counts_joint_and_alone_on_a_small_case():
    ds = make_ds([
        ("S/1", "2011-10-04", "vetoed", "Syria", {"RUS": "no", "CHN": "no"}),
        ("S/2", "2013-01-01", "vetoed", "Syria", {"RUS": "no"}),
        ("S/3", "2013-06-01", "vetoed", "Middle East", {"USA": "no"}),
    ], partial=True)
    years = vt.vetoes_by(ds)
    assert years.index.tolist() == [2011, 2012, 2013]  # the empty year is listed
    assert years.columns.tolist() == list(unsc.PERMANENT_SEATS)
    assert years.loc[2013].to_dict() == {"CHN": 0, "FRA": 0, "GBR": 0, "RUS": 1, "USA": 1}
    topics = vt.vetoes_by(ds, by="topic")
    assert topics.index.tolist() == ["Syria", "Middle East"]
    joint = vt.joint_vetoes(ds)
    assert joint.loc["RUS", "CHN"] == 1 and joint.loc["RUS", "RUS"] == 2
    pdt.assert_frame_equal(joint, joint.T, check_names=False)
    assert vt.lone_vetoes(ds).to_dict() == {"CHN": 0, "FRA": 0, "GBR": 0, "RUS": 1, "USA": 1}
    summary = vt.veto_summary(ds)
    assert summary.loc["RUS"].vetoes == 2 and summary.loc["RUS"].joint == 1


def test_embedded_syria_vetoes():
    ds = unsc.load("embedded").filter(body="SC", topic="Syria")
    joint = vt.joint_vetoes(ds)
    # Every Chinese veto on Syria was cast with Russia.
    assert joint.loc["CHN", "RUS"] == joint.loc["CHN", "CHN"] > 0
    assert vt.lone_vetoes(ds)["CHN"] == 0


def test_veto_list_against_its_own_columns(shared_data, wpdl):
    """Counts from the module against a plain count of the list's ``member_veto`` columns."""
    raw = pd.read_csv(shared_data / WPDL)
    names = raw[["member_veto1", "member_veto2", "member_veto3"]]
    seat = {"USSR": "RUS", "Russia": "RUS", "China": "CHN", "USA": "USA", "UK": "GBR",
            "France": "FRA"}
    sets = [frozenset(seat[n] for n in row if isinstance(n, str)) for row in names.to_numpy()]
    # Rows of the list are not all distinct drafts; the reader keeps one decision per row.
    totals = {s: sum(s in x for x in sets) for s in unsc.PERMANENT_SEATS}
    summary = vt.veto_summary(wpdl)
    assert summary.vetoes.to_dict() == totals
    assert sum(totals.values()) == len(wpdl.votes) == 265
    lone = {s: sum(x == {s} for x in sets) for s in unsc.PERMANENT_SEATS}
    assert vt.lone_vetoes(wpdl).to_dict() == lone
    joint = vt.joint_vetoes(wpdl)
    assert joint.loc["RUS", "CHN"] == sum({"RUS", "CHN"} <= x for x in sets) == 14
    by_year = vt.vetoes_by(wpdl)
    assert by_year.sum().to_dict() == totals
    assert by_year.index.min() == 1946 and by_year.index.max() == 2022
    # The USSR's vetoes are the Russian seat's; without by_seat they stand apart.
    apart = vt.veto_summary(wpdl, by_seat=False)
    assert apart.loc["SUN"].vetoes + apart.loc["RUS"].vetoes == totals["RUS"]

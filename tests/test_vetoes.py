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


# -- the same answer with and without by_seat ---------------------------------------


def test_relabelled_data_gives_the_same_vetoes_on_a_small_case():
    ds = make_ds([
        ("S/1", "1950-01-10", "vetoed", "A", {"SUN": "no", "USA": "yes"}),
        ("S/2", "1955-12-13", "vetoed", "B", {"TWN": "no"}),
        ("S/3", "1995-02-10", "vetoed", "B", {"RUS": "no", "CHN": "no"}),
    ], partial=True)
    seated = ds.by_seat()
    for by_seat in (True, False):
        pdt.assert_frame_equal(vt.veto_table(seated, by_seat), vt.veto_table(ds, by_seat))
    assert vt.veto_table(seated).member.tolist() == ["RUS", "CHN", "CHN", "RUS"]
    # Without by_seat the holder of the day is named again, even after relabelling.
    assert vt.veto_table(seated, by_seat=False).member.tolist() == ["SUN", "TWN", "CHN", "RUS"]
    # (A "CHN" no of 1960 in raw data is no veto, the PRC held no seat; relabelled data cannot
    # tell it from the Republic of China's, so by_seat() should be applied to raw data only.)


def _named(shared_data) -> dict[str, int]:
    """Vetoes per vetoer name in the list's member_veto columns (USSR apart from Russia)."""
    raw = pd.read_csv(shared_data / WPDL)
    names = pd.concat([raw[c] for c in ("member_veto1", "member_veto2", "member_veto3")])
    return names.dropna().str.strip().value_counts().to_dict()


@pytest.mark.parametrize("by_seat", [True, False])
def test_every_veto_function_agrees_with_and_without_by_seat(wpdl, by_seat):
    seated = wpdl.by_seat()
    pdt.assert_frame_equal(vt.veto_table(seated, by_seat), vt.veto_table(wpdl, by_seat))
    for by in ("year", "topic"):
        pdt.assert_frame_equal(vt.vetoes_by(seated, by, by_seat), vt.vetoes_by(wpdl, by, by_seat))
    pdt.assert_frame_equal(vt.joint_vetoes(seated, by_seat), vt.joint_vetoes(wpdl, by_seat))
    pdt.assert_series_equal(vt.lone_vetoes(seated, by_seat), vt.lone_vetoes(wpdl, by_seat))
    pdt.assert_frame_equal(vt.veto_summary(seated, by_seat), vt.veto_summary(wpdl, by_seat))


def test_the_russian_seat_is_the_ussr_and_the_russian_federation(wpdl, shared_data):
    named = _named(shared_data)
    assert named["USSR"] == 90 and named["Russia"] == 31
    russian_seat = named["USSR"] + named["Russia"]
    seated = wpdl.by_seat()
    for ds in (wpdl, seated):
        assert len(vt.veto_table(ds).query("member == 'RUS'")) == russian_seat
        assert vt.vetoes_by(ds)["RUS"].sum() == russian_seat
        assert vt.vetoes_by(ds, by="topic")["RUS"].sum() == russian_seat
        assert vt.joint_vetoes(ds).loc["RUS", "RUS"] == russian_seat
        summary = vt.veto_summary(ds)
        assert summary.loc["RUS", "vetoes"] == russian_seat
        assert summary.loc["RUS", "first"] == pd.Timestamp("1946-02-16")  # the USSR's first
        assert vt.lone_vetoes(ds)["RUS"] == summary.loc["RUS", "alone"]
        apart = vt.veto_summary(ds, by_seat=False)
        assert (apart.loc["SUN", "vetoes"], apart.loc["RUS", "vetoes"]) == (named["USSR"],
                                                                            named["Russia"])

"""The ``undl-ga`` reader: both layouts of the official General Assembly voting CSV."""

from __future__ import annotations

import pandas.testing as pdt
import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import undl_ga


@pytest.fixture
def v2024(fixtures):
    return fixtures / "undl_ga" / "ga_voting_2024.csv"


@pytest.fixture
def v2025(fixtures):
    return fixtures / "undl_ga" / "ga_voting_2025.csv"


def _one(ds, decision_id):
    v = ds.votes[(ds.votes.decision_id == decision_id).to_numpy()]
    v = v[["member", "vote", "member_name"]].astype(str)
    return v.sort_values("member").reset_index(drop=True)


def test_both_layouts_give_the_same_tables(v2024, v2025):
    a, b = undl_ga.read(v2024), undl_ga.read(v2025)
    pdt.assert_frame_equal(_one(a, "A/RES/66/253"), _one(b, "A/RES/66/253"))
    cols = ["decision_id", "body", "date", "session", "draft", "title", "topic", "outcome",
            "meeting", "source", "yes", "no", "abstain", "absent", "partial"]
    pdt.assert_frame_equal(a.decisions[cols].iloc[[0]], b.decisions[cols].iloc[[0]])


def test_2024_layout(v2024):
    ds = undl_ga.read(v2024)
    d = ds.decisions.set_index("decision_id")
    assert list(d.index) == ["A/RES/66/253", "A/RES/2758(XXVI)", "A/RES/77/1"]
    assert d.session.tolist() == ["66", "26", "77"]  # from the symbols: no session column
    assert (d.body == "GA").all() and (d.outcome == "adopted").all()
    v = _one(ds, "A/RES/66/253").set_index("member")
    assert v.loc["DMA", "vote"] == "absent"  # NV
    assert v.loc["RUS", "member_name"] == "RUSSIAN FEDERATION"
    old = _one(ds, "A/RES/2758(XXVI)").set_index("member")
    assert {"SUN", "YUG"} <= set(old.index)
    # Adopted without a vote: kept, no votes, no tally, reported.
    assert _one(ds, "A/RES/77/1").empty and d.loc["A/RES/77/1", ["yes", "no"]].isna().all()
    assert ds.problems.rule.tolist() == ["adopted_without_vote"]
    assert set(unsc.validate(ds).rule) == {"adopted_without_vote"}


def test_2025_layout(v2025):
    ds = undl_ga.read(v2025)
    assert ds.decisions.decision_id.tolist() == ["A/RES/66/253", "A/RES/44/41 B"]
    assert ds.decisions.session.tolist() == ["66", "44"]
    assert _one(ds, "A/RES/66/253").set_index("member").loc["DMA", "vote"] == "absent"  # X
    assert unsc.validate(ds).empty


def test_sniffed(v2024, v2025):
    assert unsc.read(v2024).origin.startswith("undl-ga")
    assert unsc.read(v2025).origin.startswith("undl-ga")


def test_errors_name_the_file_column(v2024, tmp_path):
    path = tmp_path / "ga.csv"
    path.write_text(v2024.read_text().replace("900001,CHN,CHINA,N", "900001,CHN,CHINA,NO", 1))
    with pytest.raises(DataFormatError) as err:
        undl_ga.read(path)
    e = err.value
    # The column as the file names it (2024 layout: ms_votes), line 4.
    assert (e.path, e.line, e.column, e.value) == (str(path), 4, "ms_votes", "NO")


def test_empty_vote_is_kept_and_reported(v2025, tmp_path):
    path = tmp_path / "ga.csv"
    path.write_text(v2025.read_text().replace("900004,ISR,ISRAEL,N", "900004,ISR,ISRAEL,", 1))
    ds = undl_ga.read(path)
    assert len(ds.votes) == 10
    p = unsc.validate(ds)
    assert p[p.rule == "unknown_vote"].member.tolist() == ["ISR"]


def test_one_symbol_two_records_stay_distinct(v2025, tmp_path):
    path = tmp_path / "ga.csv"
    path.write_text(v2025.read_text().replace("A/RES/44/41 B", "A/RES/66/253"))
    ds = undl_ga.read(path)
    assert set(ds.decisions.decision_id) == {"A/RES/66/253 (undl 900001)",
                                             "A/RES/66/253 (undl 900004)"}
    assert (ds.problems.rule == "duplicate_roll_call").sum() == 2

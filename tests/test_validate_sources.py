"""The validation added for real data: reader problems, conflicts, HRC size, unknown outcomes."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

import unsc
from unsc import members
from unsc.model import Dataset, conform, empty_problems
from unsc.sources import _common


def _hrc(n_members: int, outcome: str | None = "adopted") -> Dataset:
    codes = sorted(members.table().member.astype(str))[:n_members]
    decisions = conform(pd.DataFrame({
        "decision_id": ["A/HRC/RES/1/1"], "body": ["HRC"], "date": ["2007-01-01"],
        "outcome": [outcome], "file": ["texts.csv"], "line": [2]}), "decisions")
    votes = conform(pd.DataFrame({"decision_id": "A/HRC/RES/1/1", "member": codes,
                                  "vote": "yes"}), "votes")
    return Dataset(decisions=decisions, votes=votes)


def test_hrc_council_size():
    assert unsc.validate(_hrc(47)).empty
    p = unsc.validate(_hrc(46))
    assert p.rule.tolist() == ["council_size"] and "46 member rows" in p.message.iloc[0]
    assert (p.file.iloc[0], p.row.iloc[0]) == ("texts.csv", 2)


def test_unknown_outcome_is_a_warning():
    p = unsc.validate(_hrc(47, outcome=None))
    assert p[["rule", "severity"]].values.tolist() == [["missing_field", "warning"]]


def test_reader_problems_are_reported_and_follow_filters():
    ds = _hrc(47)
    found = _common.problems("swapped_symbols", "error", "texts.csv", [2], ["A/HRC/RES/1/1"],
                             None, ["Resolution and Draft are swapped"])
    general = _common.problems("member_by_name", "info", "votes.csv", [9], None, "DEU", "note")
    ds = replace(ds, problems=_common.concat_problems([found, general]))
    p = unsc.validate(ds)
    assert sorted(p.rule) == ["member_by_name", "swapped_symbols"]
    assert p.set_index("rule").loc["swapped_symbols", "row"] == 2
    # A filtered dataset shows only the problems of the decisions it keeps.
    assert unsc.validate(ds.filter(decisions=[])).rule.tolist() == ["member_by_name"]
    assert empty_problems().empty and list(empty_problems().columns) == list(p.columns)


def test_conflicts_are_reported():
    ds = _hrc(47)
    conflicts = pd.DataFrame([{
        "decision_id": "A/HRC/RES/1/1", "member": "CHN", "field": "vote", "value": "no",
        "source": "hrc: a", "file": "a.csv", "row": 3, "other_value": "yes",
        "other_source": "other: b", "other_file": "b.csv", "other_row": 7}])
    p = unsc.validate(replace(ds, conflicts=conflicts))
    row = p[p.rule == "source_conflict"].iloc[0]
    assert (row.severity, row.member, row.file, row.row) == ("warning", "CHN", "a.csv", 3)
    assert row.message == "vote: no in hrc: a, yes in other: b (b.csv, line 7)"

"""The coverage score's own rules (benchmarks/coverage_eval.py): which record ids a label names."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "coverage_eval.py"


def _module():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("coverage_eval", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_resolutions_own_roll_call_answers_to_its_symbol_and_a_motions_does_not():
    decisions = pd.DataFrame({
        "decision_id": ["A/RES/66/175 (rcid 5134)", "A/RES/66/175 (rcid 5916)", "A/RES/66/176",
                        "A/RES/66/180 (rcid 1)", "A/RES/66/180 (rcid 2)"],
        "title": ["Situation of human rights in Ruritania",
                  "The President: we will now take a decision on the motion for no action",
                  "Fishing rights", "A text voted twice", "The same text again"]})
    alias = _module().resolution_roll_calls(decisions)
    # the motion keeps its own id; a symbol with two roll calls of the text itself is not guessed
    assert alias == {"A/RES/66/175 (rcid 5134)": "A/RES/66/175"}


def test_a_draft_the_council_table_holds_twice_answers_to_its_symbol_by_either_row():
    decisions = pd.DataFrame({"decision_id": ["S/1996/952 (ID 192)", "S/1996/952 (ID 76)", "S/1997/199"],
                              "title": ["Secretary-General", "Yugoslavia", "Middle East"]})
    assert _module().resolution_roll_calls(decisions) == {"S/1996/952 (ID 192)": "S/1996/952",
                                                          "S/1996/952 (ID 76)": "S/1996/952"}


def test_a_member_labelled_absent_is_scored_and_its_contradiction_is_a_catch():
    from types import SimpleNamespace

    cov = SimpleNamespace(
        statements=pd.DataFrame({"statement_id": pd.Series([], dtype="string"),
                                 "speaker": pd.Series([], dtype="string")}),
        mentions=pd.DataFrame({"mention_id": ["a:m1"], "decision_id": ["S/RES/1(1994)"],
                               "members": ["RWA"], "position": ["absent"], "status": ["contradicts"]}),
        checks=pd.DataFrame({"mention_id": ["a:m1"], "decision_id": ["S/RES/1(1994)"], "member": ["RWA"],
                             "status": ["contradicts"]}))
    labels = {"mentions": [{"decision_id": "S/RES/1(1994)", "absent": ["RWA"]}],
              "contradictions": ["says Rwanda did not vote; it voted against"]}
    out = _module().score_article(cov, labels, known={"S/RES/1(1994)"})
    assert (out["pos_hit"], out["pos_exp"]) == (1, 1)
    assert (out["con_hit"], out["false"]) == (1, 0)
    # without the label, the same contradiction is about a member the labels name nowhere: false
    labels["mentions"][0].pop("absent")
    assert _module().score_article(cov, labels, known={"S/RES/1(1994)"})["false"] == 1

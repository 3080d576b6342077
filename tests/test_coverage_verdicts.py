"""Verdicts on what a body did as one, on vetoes and on counts (issue 12, item 4).

Every sentence is written for the test; the votes are the fixture record's
(``fixtures/coverage_record``): S/RES/1970(2011) (Libya, 26 February 2011,
15-0-0), S/RES/1973(2011) (Libya, 17 March 2011, 10-0-5), S/2011/612 (Syria,
4 October 2011, vetoed 9-2-4), S/2012/77 (Syria, 4 February 2012, vetoed
13-2-0), A/HRC/RES/S-19/1 (Syria, 1 June 2012, 41-3-2).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from unsc.coverage import Article, analyse, extract_mentions


def _article(*paragraphs: str, date: str, headline: str = "") -> Article:
    return Article(path=Path("inline.txt"), date=pd.Timestamp(date), paragraphs=paragraphs,
                   headline=headline)


def _claims(cov) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {c.claim: (c.record, c.verdict) for c in cov.claims.itertuples()}


# -- a decision taken as one -------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "body", "unanimous"), [
    ("The Security Council on Friday unanimously decided to renew the mission in Haiti.", "SC", True),
    ("The Human Rights Council has unanimously sought an inquiry into the killings.", "HRC", True),
    ("The General Assembly on Monday agreed by consensus to hold a summit on oceans.", "GA", False),
    ("The General Assembly adopted the text on oceans without a vote.", "GA", False),
    ("The mission was established by the Security Council unanimously in 2004.", "SC", True),
    ("The Security Council unanimously called for a ceasefire in Yemen.", "SC", True),
])
def test_a_decision_a_body_took_as_one_is_a_vote_mention(sentence, body, unanimous):
    m = extract_mentions(_article(sentence, date="2015-09-07"))
    assert m.mention_id.nunique() == 1
    row = m.iloc[0]
    assert (row.body, bool(row.unanimous), row.outcome, row.kind) == (body, unanimous, "adopted", "vote")


@pytest.mark.parametrize("sentence", [
    "The Security Council is expected to unanimously agree on the text next week.",
    "The Council would have unanimously agreed, diplomats said.",
    "Council members unanimously condemned the attack in a press statement.",
    "The Security Council did not agree unanimously on the text.",
])
def test_a_decision_not_taken_is_no_mention(sentence):
    assert extract_mentions(_article(sentence, date="2015-09-07")).empty


def test_unanimously_is_judged_against_the_roll_call(coverage_record):
    agrees = analyse(_article("On Saturday the Security Council unanimously decided to impose sanctions "
                              "on Libya.", date="2011-02-28"), coverage_record)
    assert set(agrees.mentions.decision_id) == {"S/RES/1970(2011)"}
    assert _claims(agrees)["unanimous"] == ("0 no, 0 abstain", "agrees")
    # five members abstained on the Libya vote of 17 March: "unanimously" is wrong
    wrong = analyse(_article("On Thursday the Security Council unanimously decided to protect civilians in "
                             "Libya.", date="2011-03-18"), coverage_record)
    assert set(wrong.mentions.decision_id) == {"S/RES/1973(2011)"}
    assert _claims(wrong)["unanimous"] == ("0 no, 5 abstain", "contradicts")


def test_unanimously_against_a_split_roll_call_of_a_body_that_adopts_without_votes(coverage_record):
    # the Human Rights Council adopts most texts without a vote, which no record here holds:
    # the split Syria vote that day may be another text
    cov = analyse(_article("On Friday the Human Rights Council unanimously decided to open an inquiry into "
                           "Syria.", date="2012-06-02"), coverage_record)
    assert set(cov.mentions.decision_id) == {"A/HRC/RES/S-19/1"}
    record, verdict = _claims(cov)["unanimous"]
    assert verdict == "unverifiable" and record.startswith("3 no, 2 abstain (a recorded vote")


def test_unanimously_with_nothing_held_has_no_roll_call_to_check(coverage_record):
    cov = analyse(_article("The Human Rights Council has unanimously sought an inquiry into Belarus.",
                           date="2012-06-20"), coverage_record)
    m = cov.mentions
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert m.reason.iloc[0].startswith("adopted unanimously, perhaps without a vote: no roll call to check")
    assert "contradicts" not in set(cov.claims.verdict)


def test_by_consensus_with_nothing_held_is_adopted_without_a_vote(coverage_record):
    cov = analyse(_article("The Human Rights Council on Friday agreed by consensus to send experts to "
                           "Belarus.", date="2012-06-02"), coverage_record)
    assert set(cov.mentions.status) == {"unverifiable"}
    assert set(cov.mentions.reason) == {"adopted without a vote: no roll call to check"}

"""Precision guards met on real articles (own-words fixtures): words that look like a position or a size
in a sentence that states none, and a paragraph's separate vote kept apart from the text's."""

from __future__ import annotations

import pytest
from coverage_text import inline_article, position_groups
from test_coverage_link import _roll, _with

from unsc.coverage import analyse, claims, extract_mentions


def _m(*paragraphs: str, date: str = "2016-10-27"):  # noqa: ANN202
    return extract_mentions(inline_article(*paragraphs, date=date))


def test_the_states_which_supported_it_name_no_one():
    m = _m("Peru thanked those states which supported its position, and those which, through their vote, "
           "expressed opposition to the text.")
    assert position_groups(m) == {}


@pytest.mark.parametrize("sentence, expected", [
    ("Previously, the United States always voted against the resolution.", {}),
    ("In the past Canada routinely abstained on the text.", {}),
    # the habit of an aside, or one the sentence turns from, leaves this vote's position
    ("The United States, which always voted against the resolution, abstained this time.",
     {"abstain": "USA"}),
    ("The US always voted against the text, but this year it abstained.", {"abstain": "USA"}),
])
def test_a_habit_of_earlier_votes_is_no_position_in_this_one(sentence, expected):
    assert position_groups(_m(sentence)) == expected


def test_one_country_absenting_itself_is_a_count_not_a_bodys_size():
    m = _m("With 13 countries opposing the resolution, 8 abstaining, and 1 country absenting itself, the "
           "Human Rights Council adopted it.", date="2013-03-22")
    assert m["size"].isna().all()
    assert _m("The 47 member Council adopted the text by 25 votes to 13.")["size"].tolist() == [47]


def test_a_dateline_with_two_parentheses_names_no_voter():
    m = _m("UNITED NATIONS (United States) (AFP) – Russia vetoed on Monday a draft presented by Britain.",
           date="2018-02-27")
    assert position_groups(m) == {"veto": "RUS"}


def test_the_state_a_sanctions_regime_is_named_for_is_no_voter():
    m = _m("The Security Council on Thursday extended a Central African Republic (CAR) arms embargo for "
           "another year, however China abstained in the vote.", date="2021-07-29")
    assert position_groups(m) == {"abstain": "CHN"}


@pytest.fixture
def council_text(coverage_record, sc_source):
    """A Council resolution adopted 12-0-3 (India, Indonesia and China abstaining)."""
    decisions = [{"decision_id": "S/RES/9500(2014)", "body": "SC", "date": "2014-03-27",
                  "draft": "S/2014/201",
                  "title": "Reconciliation and accountability in an island state", "topic": None,
                  "outcome": "adopted", "yes": 12, "no": 0, "abstain": 3}]
    roll = dict(_roll(abstain=("IND", "CHN", "PAK")))
    return _with(coverage_record, decisions, {"S/RES/9500(2014)": roll}, file=sc_source)


def test_a_separate_vote_on_one_paragraph_is_not_judged_on_the_whole_text(council_text):
    art = inline_article("The Security Council adopted the resolution on reconciliation on Thursday, with "
                         "China abstaining.",
                         "In a separate vote on operative paragraph 10 of the draft, India and Pakistan "
                         "voted against it.", date="2014-03-28")
    cov = analyse(art, council_text)
    second = cov.mentions[cov.mentions.paragraph == 2]
    assert set(second.status) == {"unverifiable"}
    assert second.reason.iloc[0].startswith("a separate vote on one paragraph of a text")
    assert not (claims(cov.mentions, cov.checks).verdict == "contradicts").any()

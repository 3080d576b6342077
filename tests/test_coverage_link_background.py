"""Votes told in passing, and ties a count and a member break (src/unsc/coverage/link.py).

Sentences written for the test; the decisions are invented texts in the record's layout beside the
small coverage record (or the drafts fixture with its day-month swap). Each case pairs a link the
sentence makes clear with a near miss that stays unlinked: precision first.
"""

from __future__ import annotations

import pandas as pd
import pytest
from coverage_text import inline_article
from test_coverage_link import _linked, _roll, _with

import unsc
from unsc.coverage import analyse, extract_mentions

# -- one draft recorded twice, by two sources ---------------------------------------------

def _twice(coverage_record, sc_source, second_tally: tuple[int, int, int] = (14, 1, 0)):
    """A vetoed draft as the drafts table holds it and as the veto list does (its row key added)."""
    base = {"body": "SC", "date": "2019-04-02", "draft": "S/2019/301", "title": "Water rights in the valley",
            "topic": None, "outcome": "vetoed"}
    decisions = [{**base, "decision_id": "S/2019/301", "yes": 14, "no": 1, "abstain": 0},
                 {**base, "decision_id": "S/2019/301 (ID 9)",
                  **dict(zip(("yes", "no", "abstain"), second_tally, strict=True))}]
    votes = {"S/2019/301": _roll(no=("USA",)), "S/2019/301 (ID 9)": {"USA": "no"}}
    return _with(coverage_record, decisions, votes, file=sc_source)


def test_a_symbol_two_sources_hold_is_one_decision(coverage_record, sc_source):
    ds = _twice(coverage_record, sc_source)
    art = inline_article("On Tuesday the United States cast a veto against draft resolution S/2019/301 on "
                         "water rights.", date="2019-04-03")
    cov = analyse(art, ds)
    assert _linked(cov) == ["S/2019/301"]
    assert cov.mentions.reason.iloc[0] == "cites S/2019/301"


def test_two_recorded_votes_of_one_symbol_stay_two(coverage_record, sc_source):
    # the same symbol with different tallies: two votes (a paragraph voted apart), which the
    # sentence does not tell apart
    ds = _twice(coverage_record, sc_source, second_tally=(9, 1, 5))
    art = inline_article("On Tuesday the United States cast a veto against draft resolution S/2019/301 on "
                         "water rights.", date="2019-04-03")
    cov = analyse(art, ds)
    assert _linked(cov) == [None]
    assert cov.mentions.reason.iloc[0].startswith("cites several decisions")


# -- a symbol named on the day the record likely has swapped ------------------------------

@pytest.fixture(scope="module")
def drafts_2010(fixtures):
    """The drafts layout with S/RES/1929(2010) stored on 2010-09-06 (it was voted on 9 June)."""
    return unsc.read(fixtures / "sc_drafts" / "sc_drafts_2010.csv")


STEERED = "The ambassador, who steered Resolution 1929 through the Council on Wednesday, called it fair."


def test_a_symbol_named_on_its_likely_day_is_the_story_vote(drafts_2010):
    cov = analyse(inline_article(STEERED, date="2010-06-10"), drafts_2010)
    m = cov.mentions
    assert _linked(cov) == ["S/RES/1929(2010)"]
    assert m.reason.iloc[0].startswith("cites S/RES/1929")
    assert "likely a day-month swap of 2010-06-09" in m.reason.iloc[0]
    assert "contradicts" not in set(cov.checks.status)


def test_a_symbol_named_weeks_after_its_likely_day_is_not_linked(drafts_2010):
    art = inline_article("The ambassador, who steered Resolution 1929 through the Council, called it fair.",
                         date="2010-07-20")
    cov = analyse(art, drafts_2010)
    assert _linked(cov) == [None]
    assert cov.mentions.reason.iloc[0].startswith("cited without a vote")


# -- "after adoption of resolution N": a vote told by its noun ----------------------------

@pytest.fixture
def background(coverage_record, sc_source):
    """A Council resolution of 2018 that a story of 2019 tells of in passing."""
    decisions = [{"decision_id": "S/RES/9201(2018)", "body": "SC", "date": "2018-07-12",
                  "draft": "S/2018/701",
                  "title": "Immunity of peacekeepers", "topic": None, "outcome": "adopted",
                  "yes": 15, "no": 0, "abstain": 0}]
    return _with(coverage_record, decisions, {"S/RES/9201(2018)": _roll()}, file=sc_source)


def test_after_adoption_of_a_resolution_links_it(background):
    art = inline_article("The mission was not renewed until after adoption of resolution 9201.",
                         date="2019-06-01")
    cov = analyse(art, background)
    assert _linked(cov) == ["S/RES/9201(2018)"]
    assert "telling of its adoption" in cov.mentions.reason.iloc[0]
    assert "contradicts" not in set(cov.checks.status)


@pytest.mark.parametrize("sentence", [
    # the adoption is another text's: the symbol is only what it extends
    "With the adoption, the Council extended the measures set out in its resolution 9201.",
    # a day of its own that the record's date does not fit
    "On 3 March the mission was renewed after adoption of resolution 9201.",
])
def test_a_symbol_beside_another_adoption_or_day_is_not_linked(background, sentence):
    cov = analyse(inline_article(sentence, date="2019-06-01"), background)
    assert _linked(cov) == [None]


# -- a tie of one day that a count and one member break ------------------------------------

@pytest.fixture
def fourteen_twice(coverage_record, sc_source):
    """Two Council resolutions of one Friday, each 14-0-1, with different abstainers."""
    base = {"body": "SC", "date": "2019-03-01", "topic": None, "outcome": "adopted",
            "yes": 14, "no": 0, "abstain": 1}
    decisions = [{**base, "decision_id": "S/RES/9301(2019)", "draft": "S/2019/311",
                  "title": "Transition assistance mission"},
                 {**base, "decision_id": "S/RES/9302(2019)", "draft": "S/2019/312",
                  "title": "Arms embargo on the coastal region"}]
    votes = {"S/RES/9301(2019)": _roll(abstain=("RUS",)), "S/RES/9302(2019)": _roll(abstain=("MEX",))}
    return _with(coverage_record, decisions, votes, file=sc_source)


def test_a_count_and_the_one_abstainer_choose_the_vote(fourteen_twice):
    art = inline_article("Fourteen of the Security Council's 15 members adopted the resolution, while Russia "
                         "abstained.", date="2019-03-02")
    cov = analyse(art, fourteen_twice)
    assert _linked(cov) == ["S/RES/9301(2019)"]
    assert cov.mentions.reason.iloc[0].startswith("the stated votes fit it alone of 2")


def test_the_count_alone_or_the_member_alone_does_not(fourteen_twice):
    for sentence in ("Fourteen of the Security Council's 15 members adopted the resolution.",
                     "The Security Council adopted the resolution, while Russia abstained."):
        cov = analyse(inline_article(sentence, date="2019-03-02"), fourteen_twice)
        assert _linked(cov) == [None], sentence


@pytest.mark.parametrize(("sentence", "tally"), [
    ("Fourteen of the UN Security Council's 15 members adopted the resolution.", "14-?-?"),
    ("Forty of the 47 members approved the text in the Human Rights Council.", "40-?-?"),
    # a count of another group than the body's members is no yes count
    ("Forty of the 60 sponsors approved the text in the Human Rights Council.", None),
])
def test_n_of_the_body_members_adopting_is_a_yes_count(sentence, tally):
    m = extract_mentions(inline_article(sentence, date="2019-03-02"))
    got = m.tally.iloc[0] if len(m) else None
    assert (None if pd.isna(got) else got) == tally



# -- a veto on a state the sentence names beside the state the story is about -------------

@pytest.fixture
def mission_veto(coverage_record, sc_source):
    """A vetoed draft on an observer mission to Guatemala (its topic), the only Council vote of a Friday."""
    decisions = [{"decision_id": "S/1997/901", "body": "SC", "date": "1997-01-10",
                  "draft": "S/1997/901",
                  "title": "Observers for the peace accord", "topic": "Guatemala", "outcome": "vetoed",
                  "yes": 14, "no": 1, "abstain": 0},
                 {"decision_id": "S/RES/9900(1996)", "body": "SC", "date": "1996-12-02",
                  "draft": "S/1996/900",
                  "title": "Maritime piracy", "topic": None, "outcome": "adopted",
                  "yes": 15, "no": 0, "abstain": 0}]
    votes = {"S/1997/901": _roll(no=("CHN",)), "S/RES/9900(1996)": _roll()}
    return _with(coverage_record, decisions, votes, file=sc_source)


HEADLINE = "Ties to Taiwan cost a peace mission"


def test_a_sentence_naming_the_texts_state_beside_another_links_it(mission_veto):
    art = inline_article("Irked by Guatemala's new friends, China on Friday vetoed a plan to send observers.",
                         date="1997-01-11", headline=HEADLINE)
    cov = analyse(art, mission_veto)
    assert _linked(cov) == ["S/1997/901"]


def test_a_sentence_naming_only_another_state_does_not(mission_veto):
    art = inline_article("China on Friday vetoed a plan to send observers.", date="1997-01-11",
                         headline=HEADLINE)
    cov = analyse(art, mission_veto)
    assert _linked(cov) == [None]


# -- "the 15-0 vote" in a story of one vote -----------------------------------------------

@pytest.fixture
def one_extension(coverage_record, sc_source):
    """A unanimous Council extension on a Monday, an earlier vote of that month (12-0-3) and a later one."""
    decisions = [{"decision_id": "S/RES/9401(2019)", "body": "SC", "date": "2019-09-30",
                  "draft": "S/2019/401",
                  "title": "Multinational security support force", "topic": "Haiti", "outcome": "adopted",
                  "yes": 15, "no": 0, "abstain": 0},
                 {"decision_id": "S/RES/9400(2019)", "body": "SC", "date": "2019-09-26",
                  "draft": "S/2019/400",
                  "title": "Sanctions panel of experts", "topic": "Liberia", "outcome": "adopted",
                  "yes": 12, "no": 0, "abstain": 3},
                 {"decision_id": "S/RES/9402(2019)", "body": "SC", "date": "2019-10-20",
                  "draft": "S/2019/402",
                  "title": "Maritime piracy", "topic": None, "outcome": "adopted",
                  "yes": 15, "no": 0, "abstain": 0}]
    votes = {"S/RES/9402(2019)": _roll(), "S/RES/9401(2019)": _roll(),
             "S/RES/9400(2019)": _roll(abstain=("CHN", "RUS", "PAK"))}
    return _with(coverage_record, decisions, votes, file=sc_source)


LEAD = "The Security Council on Monday unanimously extended the security force in Haiti for a year."
FILLER = "Gangs still hold much of the capital, aid workers say."


def test_the_vote_later_in_a_story_of_one_vote_is_that_vote(one_extension):
    art = inline_article(LEAD, FILLER, "The 15-0 vote, an ambassador of the United States told reporters, "
                         "sent a clear message.", date="2019-10-01")
    cov = analyse(art, one_extension)
    assert _linked(cov) == ["S/RES/9401(2019)", "S/RES/9401(2019)"]
    assert "the story tells of S/RES/9401(2019) alone" in cov.mentions.reason.iloc[-1]
    assert "contradicts" not in set(cov.checks.status)


def test_the_vote_stating_what_does_not_fit_is_not_attached(one_extension):
    art = inline_article(LEAD, FILLER, "The 12-0 vote, an ambassador of the United States told reporters, "
                         "sent a clear message.", date="2019-10-01")
    cov = analyse(art, one_extension)
    assert _linked(cov)[0] == "S/RES/9401(2019)"
    assert _linked(cov)[1] != "S/RES/9401(2019)"







def test_a_hoped_for_adoption_is_not_linked(background):
    art = inline_article("Diplomats pressed for adoption of resolution 9201 by the region.",
                         date="2019-06-01")
    assert _linked(analyse(art, background)) == [None]


# -- a short title near on share by a word the leader shares ------------------------------

@pytest.fixture
def rights_day(coverage_record, sc_source):
    """Two Council texts of one Friday: a long title and a short one sharing the word 'right'."""
    base = {"body": "SC", "date": "2019-03-01", "topic": None, "outcome": "adopted",
            "yes": 15, "no": 0, "abstain": 0}
    decisions = [{**base, "decision_id": "S/RES/9501(2019)", "draft": "S/2019/511",
                  "title": "The right to clean air, safe water and a stable climate"},
                 {**base, "decision_id": "S/RES/9502(2019)", "draft": "S/2019/512",
                  "title": "The right to food"}]
    return _with(coverage_record, decisions, {"S/RES/9501(2019)": _roll(), "S/RES/9502(2019)": _roll()},
                 file=sc_source)


def test_a_short_title_named_by_a_shared_word_does_not_hold_the_tie(rights_day):
    art = inline_article("On Friday the Security Council adopted a resolution on the right to clean air and "
                         "a stable climate.", date="2019-03-02")
    cov = analyse(art, rights_day)
    assert _linked(cov) == ["S/RES/9501(2019)"]
    assert "name the subject of S/RES/9501(2019)" in cov.mentions.reason.iloc[0]


def test_a_short_title_named_by_a_word_of_its_own_does(rights_day):
    art = inline_article("On Friday the Security Council adopted a resolution on the right to clean air and "
                         "to food.", date="2019-03-02")
    assert _linked(analyse(art, rights_day)) == [None]


"""Patterns found by auditing the reader's confident outputs on unlabelled real articles (pool5).

Each case is a sentence pattern that gave a false contradiction, a wrong link or a misread
position on a real Security Council story the reader had never seen; every sentence here is
written for the test. The votes are the fixture record's (``fixtures/coverage_record``):
S/2012/77 (Syria, vetoed by China and Russia on 4 February 2012, 13-2-0) and A/RES/66/253
(Syria, General Assembly, 16 February 2012, 137-12-17).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from coverage_text import inline_article, read_positions

from unsc.coverage import analyse, extract_mentions
from unsc.model import conform

_read = read_positions


# -- a veto named to say there was none ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Morocco's text required a minimum of nine \"yes\" votes and no vetoes to be adopted.",
    "To pass, a draft needs nine votes in favour and no veto from any permanent member.",
    "The vote was procedural, so none of the five permanent members – China, France, Russia, Britain and "
    "the US – could exercise their vetoes.",
    "The Assembly met under a procedure adopted in 1950 to circumvent vetoes by the Soviet Union.",
])
def test_a_veto_named_as_a_rule_or_a_power_is_no_veto_cast(sentence):
    m = extract_mentions(inline_article("The Security Council voted on the Syria draft on Saturday.",
                                        sentence, date="2012-02-05"))
    assert "veto" not in set(m.position.dropna())
    assert "vetoed" not in set(m[m.paragraph == 2].outcome.dropna())


def test_a_veto_cast_is_still_read():
    assert _read("The Security Council draft on Syria was vetoed by Russia and China, with no abstentions.",
                 date="2012-02-05") == {"veto": "CHN;RUS"}


def test_sided_with_the_drafter_after_a_rule_about_vetoes_is_no_contradiction(coverage_record):
    # the "no vetoes" of the rule gave Morocco (the drafter) a veto, so "sided with Morocco" read as a no
    cov = analyse(inline_article(
        "The Security Council on Saturday failed to adopt a draft on Syria presented by Morocco.",
        "Morocco needed nine \"yes\" votes and no vetoes for the draft to pass.",
        "Togo, which sided with Morocco in casting a \"yes\" vote, said it regretted the result.",
        date="2012-02-05"), coverage_record)
    assert "contradicts" not in set(cov.claims.verdict)


# -- an outcome word naming a text already told of --------------------------------------------

def test_the_defeated_council_draft_named_in_an_assembly_sentence_is_no_outcome():
    m = extract_mentions(inline_article(
        "The General Assembly was next to take up a text close to the defeated Security Council draft.",
        date="2012-02-10"))
    assert "failed" not in set(m.outcome.dropna())


def test_a_draft_defeated_in_the_council_is_still_a_failed_vote():
    m = extract_mentions(inline_article("The Security Council defeated the Syria draft on Saturday.",
                                        date="2012-02-05"))
    assert m.outcome.tolist() == ["failed"]


def test_the_defeated_draft_in_an_assembly_story_contradicts_nothing(coverage_record):
    cov = analyse(inline_article(
        "The General Assembly on Thursday adopted a resolution on Syria by 137 votes to 12.",
        "The Assembly had also been asked to consider a text similar to the defeated Security Council "
        "resolution.", date="2012-02-17"), coverage_record)
    assert "contradicts" not in set(cov.claims.verdict)
    assert set(cov.mentions.decision_id.dropna()) == {"A/RES/66/253"}


# -- counts that are no tally -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The procedural vote requires only 9 votes in favour.",
    "The sponsors gained one more vote in favour, from Ghana, than when the earlier sanctions were adopted.",
])
def test_a_count_needed_or_compared_is_no_tally(sentence):
    m = extract_mentions(inline_article("The Security Council voted on the Syria draft on Saturday.",
                                        sentence, date="2012-02-05"))
    assert m[m.paragraph == 2].tally.dropna().tolist() == []


def test_a_tally_got_is_still_read():
    m = extract_mentions(inline_article("The Security Council adopted the text by 13 votes in favour.",
                                        date="2012-02-05"))
    assert m.tally.tolist() == ["13-?-?"]


# -- whose position a sentence gives ------------------------------------------------------------

def test_members_listed_after_along_with_their_noun_share_the_position():
    assert _read("Permanent members Britain and France abstained, along with the remaining elected "
                 "council members Kenya, Ghana and Norway.", date="2022-03-24") == {
        "abstain": "FRA;GBR;GHA;KEN;NOR"}


@pytest.mark.parametrize("sentence", [
    "Washington stood alone as fourteen nations voted for the ceasefire text.",
    "France objected, when 13 members backed the draft.",
])
def test_a_count_opening_the_clause_is_the_subject_not_the_member_before(sentence):
    assert _read(sentence, date="2024-02-20") == {}


def test_members_and_a_count_together_still_vote():
    assert _read("Russia, China and 11 other nations voted for the draft.", date="2024-02-20") == {
        "yes": "CHN;RUS"}


def test_a_side_on_an_act_set_against_the_same_side_on_the_text_is_dropped():
    # "against the lifting" is for the text that would stop it: not a "no" on the text
    assert _read("Russia and China voted against the lifting of the embargo, while nine members opposed "
                 "the resolution.", date="2025-09-19") == {}


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Russia and China voted against the renewal of the embargo, while India also opposed the resolution.",
     {"no": "CHN;IND;RUS"}),
    ("Russia and China voted against the renewal of the mission.", {"no": "CHN;RUS"}),
])
def test_a_side_on_an_act_alone_or_likewise_is_kept(sentence, groups):
    assert _read(sentence, date="2025-09-19") == groups


def test_a_long_list_of_sponsors_before_the_tally_is_no_voter():
    assert _read("The Council adopted the resolution, put forward by the United States, France and "
                 "Britain, by a vote of 11 in favour, with four abstentions: China, Djibouti, Morocco and "
                 "Pakistan.", date="1995-03-02") == {"abstain": "CHN;DJI;MAR;PAK"}


def test_a_body_whose_name_ends_like_an_adverb_still_adopts():
    # "the Assembly adopted a resolution": "Assembly" is no adverb between "the" and an adjective
    m = extract_mentions(inline_article("The General Assembly met on Monday.",
                                        "On April 26, the Assembly adopted a resolution on the veto.",
                                        date="2022-05-27"))
    assert m[["body", "outcome"]].values.tolist() == [["GA", "adopted"]]


@pytest.mark.parametrize(("sentence", "groups"), [
    # the states in the first verb's object are not the voters of the verb after "but"
    ("India welcomed the talks between Russia and Ukraine but abstained.", {"abstain": "IND"}),
    ("New Delhi praised Moscow and Kyiv's plan for talks but abstained from the vote.", {"abstain": "IND"}),
    # a subject of its own after "but", or a list opening the sentence, still votes
    ("Russia and China vetoed the text but India abstained.", {"veto": "CHN;RUS", "abstain": "IND"}),
])
def test_a_position_verb_after_but_takes_the_clause_subject(sentence, groups):
    assert _read("The Security Council voted on the Syria draft on Monday.", sentence,
                 date="2022-02-28") == groups


# -- a procedural vote after a vetoed draft -----------------------------------------------------

_ROLL_2022 = {"yes": ["ALB", "BRA", "FRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR", "GBR", "USA"],
              "no": ["RUS"], "abstain": ["CHN", "IND", "ARE"]}


def _ukraine_2022(ds):
    """``ds`` with the two Council votes of 25 and 27 February 2022 on Ukraine (same roll, true facts)."""
    rows = [("S/2022/155", "2022-02-25", "Ukraine: deploring the aggression", "vetoed"),
            ("S/RES/2623(2022)", "2022-02-27", "Ukraine: an emergency special session of the General "
             "Assembly", "adopted")]
    decisions = pd.DataFrame([{"decision_id": d, "body": "SC", "date": pd.Timestamp(day), "title": title,
                               "topic": "Ukraine", "outcome": outcome, "draft": d if outcome == "vetoed"
                               else "S/2022/160", "yes": 11, "no": 1, "abstain": 3, "absent": 0}
                              for d, day, title, outcome in rows])
    votes = pd.DataFrame([{"decision_id": d, "member": c, "vote": v}
                          for d, *_ in rows for v, codes in _ROLL_2022.items() for c in codes])
    terms = pd.DataFrame([{"body": "SC", "member": c, "start": pd.Timestamp("2022-01-01"),
                           "end": pd.Timestamp("2022-12-31"), "source": "test"}
                          for codes in _ROLL_2022.values() for c in codes
                          if c not in ("CHN", "FRA", "GBR", "RUS", "USA")])
    return replace(
        ds, decisions=conform(pd.concat([ds.decisions.astype(object), decisions.astype(object)],
                                        ignore_index=True), "decisions"),
        votes=conform(pd.concat([ds.votes.astype(object), votes.astype(object)], ignore_index=True), "votes"),
        terms=conform(pd.concat([ds.terms.astype(object), terms.astype(object)], ignore_index=True), "terms"))


def test_an_abstention_in_a_procedural_vote_is_not_the_veto_told_just_before(coverage_record):
    cov = analyse(inline_article(
        "The Security Council agreed to call an emergency session of the General Assembly two days after "
        "Russia used its veto to block a Council draft on Ukraine.",
        "India abstained in a procedural vote in the Security Council to call the session.",
        date="2022-02-28"), _ukraine_2022(coverage_record))
    linked = cov.mentions.dropna(subset=["decision_id"])
    assert linked[["paragraph", "decision_id"]].values.tolist() == [[1, "S/2022/155"],
                                                                    [2, "S/RES/2623(2022)"]]

"""Patterns found by auditing the reader's confident outputs on unlabelled real articles (pool8).

The pool was histories and explainers citing past vetoes, Council votes before 1994, stories of
other bodies' votes (the IAEA board, UNESCO, the OAS, the World Health Assembly, the European
Parliament) and 2025 stories. Every sentence here is written for the test; the end-to-end cases
use the fixture record (S/2011/612, vetoed by China and Russia on 4 October 2011; A/RES/66/253,
General Assembly, 16 February 2012, 137-12-17).
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, read_positions

from unsc.coverage import analyse, extract_mentions, extract_statements

# -- a member said to be absent in an absolute clause ------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thirteen members (among them three permanent members, with China absent, and all ten elected "
     "members) voted for the draft.", {"absent": "CHN"}),
    ("The draft got eleven votes, with France absent and Britain abstaining.",
     {"absent": "FRA", "abstain": "GBR"}),
    ("Peru was absent from the vote, while Chile abstained.", {"absent": "PER", "abstain": "CHL"}),
])
def test_a_member_with_absent_took_no_part_not_the_main_verbs_side(sentence, expected):
    # read as voting for the text, the absent member would contradict a record that says it did not vote
    assert read_positions(sentence, date="1980-05-02") == expected


# -- the state troops are to leave is what the text is about -----------------------------------


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Moscow vetoed a resolution on the withdrawal of Soviet troops from Iran.", "Iran"),
    ("The draft calling for the pullout of foreign forces from Lebanon was vetoed.", "Lebanon"),
])
def test_the_state_troops_withdraw_from_is_the_texts_subject(sentence, subject):
    m = extract_mentions(inline_article(sentence, date="1990-01-10"))
    assert list(m.subjects) == [subject]


def test_a_veto_of_a_text_on_another_state_is_not_linked_to_the_days_veto(coverage_record):
    # the day's veto (S/2011/612) is about Syria: a veto said to concern troops leaving Lebanon is
    # another text, and "agrees" would confirm a misstated history
    cov = analyse(inline_article(
        "On 4 October 2011 Russia vetoed a Security Council resolution demanding the withdrawal of "
        "foreign troops from Lebanon.", date="2011-10-20"), coverage_record)
    assert cov.mentions.decision_id.isna().all()
    assert "agrees" not in set(cov.claims.verdict)


def test_troops_from_a_state_without_a_withdrawal_name_a_contributor_not_the_subject():
    m = extract_mentions(inline_article("The council authorised a force with troops from Kenya; Russia "
                                        "vetoed a rival text.", date="2023-10-02"))
    assert "Kenya" not in str(m.subjects.iloc[0])


# -- another body's vote is no UN decision -----------------------------------------------------


@pytest.mark.parametrize("paragraphs", [
    ("The IAEA Board of Governors on Thursday adopted a resolution on Syria by 137 votes to 12, with 17 "
     "abstentions.",),
    ("The 35-nation Board of Governors of the International Atomic Energy Agency met on Syria.",
     "On Thursday the board passed the text by 137 votes to 12, with 17 abstentions, it said."),
    ("The Organization of American States met in Washington on Syria.",
     "The resolution was adopted on Thursday during the organization's General Assembly session by 137 "
     "votes to 12, with 17 abstentions."),
])
def test_a_vote_of_an_outside_body_is_not_linked_to_a_un_vote_that_fits(coverage_record, paragraphs):
    # the tally and the day fit A/RES/66/253 (the General Assembly on Syria): the board's vote is not it
    cov = analyse(inline_article(*paragraphs, date="2012-02-17"), coverage_record)
    votes = cov.mentions[cov.mentions.kind == "vote"]
    assert len(votes) and votes.decision_id.isna().all()
    assert votes.reason.str.contains("another body").all()
    assert not {"agrees", "contradicts"} & set(cov.claims.verdict)


def test_the_un_body_voting_keeps_its_vote_whatever_agency_it_cites(coverage_record):
    cov = analyse(inline_article(
        "Citing the IAEA, the General Assembly on Thursday adopted a resolution on Syria by 137 votes to "
        "12, with 17 abstentions.", date="2012-02-17"), coverage_record)
    assert set(cov.mentions.decision_id.dropna()) == {"A/RES/66/253"}


def test_a_un_vote_after_a_paragraph_on_the_board_is_the_uns_again(coverage_record):
    cov = analyse(inline_article(
        "The IAEA board voted last month to report the matter to New York.",
        "On Thursday the General Assembly adopted a resolution on Syria by 137 votes to 12, with 17 "
        "abstentions.", date="2012-02-17"), coverage_record)
    assert set(cov.mentions.decision_id.dropna()) == {"A/RES/66/253"}


# -- speakers ----------------------------------------------------------------------------------


def test_a_pronoun_saying_means_one_named_before_it_not_the_person_its_clause_names():
    st = extract_statements(inline_article(
        "The envoy Jan Kowal conceded the count was short, but he said that President Anna Berg "
        "“has lost the argument.”", date="2018-06-07"))
    assert list(st.speaker) == ["Jan Kowal"]


def test_an_envoy_to_an_outside_body_is_named_without_its_initials():
    st = extract_statements(inline_article(
        "Chile's Ambassador to the OAS Jan Kowal said the text “goes too far.”", date="2018-06-07"))
    assert list(st.speaker) == ["Jan Kowal"]
    assert list(st.role) == ["Ambassador to the OAS"]
    assert list(st.country) == ["CHL"]


# -- the Assembly's yearly session named as a gathering ----------------------------------------


def test_the_annual_assembly_as_a_gathering_is_not_the_body_that_votes_next(coverage_record):
    # "for the annual UN General Assembly" tells where the leaders are: the vote told of next is still
    # the Council's (read as the Assembly's, it would be matched against the Assembly's votes of the day)
    cov = analyse(inline_article(
        "On Tuesday the Security Council voted on a draft on Syria.",
        "It set up a tense week as leaders gathered in New York for the annual UN General Assembly.",
        "China and Russia voted against it.", date="2011-10-06"), coverage_record)
    votes = cov.mentions.dropna(subset=["position"])
    assert list(votes.body) == ["SC"]
    assert set(votes.decision_id) == {"S/2011/612"}


def test_an_assembly_vote_at_its_annual_session_is_the_assemblys():
    m = extract_mentions(inline_article(
        "At the annual UN General Assembly on Thursday, Chile and Peru voted against the text.",
        date="2012-02-17"))
    assert list(m.body) == ["GA"]

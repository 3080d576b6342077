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

from unsc.coverage import analyse, extract_mentions

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

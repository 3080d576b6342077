"""Patterns found by auditing the reader's confident outputs on unlabelled real articles (pool7).

Each case is a sentence or header shape that gave a misread position (which a link would have
turned into a false contradiction) or a misread header on a real story the reader had never
seen; every sentence here is written for the test. The end-to-end case uses the fixture
record's A/RES/66/253 (Syria, General Assembly, 16 February 2012, 137-12-17).
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, position_groups, read_positions

from unsc.coverage import analyse, extract_mentions, extract_statements, read_article

_read = read_positions


# -- a counted side and the members it includes -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The text passed with 30 countries in favour; 9 opposed (including Egypt, Qatar and Oman), and 5 "
    "abstained.",
    "The text was backed by 120 countries, opposed by 9 countries including Egypt, Qatar and Oman, and 30 "
    "countries abstained from voting.",
])
def test_the_members_a_count_of_opponents_includes_voted_no_not_with_the_next_side(sentence):
    assert _read(sentence, date="2019-10-05") == {"no": "EGY;OMN;QAT"}


def test_a_count_of_supporters_with_its_members_after_by():
    assert _read("The text was supported by 120 states, among them Chile and Peru, while 9 voted against.",
                 date="2019-10-05") == {"yes": "CHL;PER"}


def test_opponents_counted_after_by_agree_with_the_record(coverage_record):
    # read as abstaining, the two members named with the count of votes against contradicted the record
    cov = analyse(inline_article(
        "The General Assembly on Thursday adopted a resolution condemning the crackdown in Syria.",
        "The text was backed by 137 countries, opposed by 12 countries including Syria and Russia, and 17 "
        "countries abstained.",
        date="2012-02-17"), coverage_record)
    assert "contradicts" not in set(cov.claims.verdict)
    stated = cov.mentions.dropna(subset=["position"])
    assert dict(zip(stated.position, stated.members, strict=True)) == {"no": "RUS;SYR"}


# -- members told of in another clause than the side's ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Despite this opposition from Brazil, 30 members of the council voted in favour of the text, and it "
    "passed.",
    "Over the objections of Brazil, the council adopted the text with 30 votes in favour.",
])
def test_the_members_a_stance_names_are_no_voters_of_the_clause_after_it(sentence):
    assert "BRA" not in _read(sentence, date="2019-10-05").get("yes", "")


@pytest.mark.parametrize("sentence", [
    "The envoy of Ukraine said that Russia tried to strike the clause from the text, but the resolution was "
    "adopted with 110 votes in favour.",
    "Russia had wanted the paragraph removed, but the text passed with 110 in favour.",
])
def test_a_count_of_votes_after_with_names_no_member_before_it(sentence):
    assert "RUS" not in _read(sentence, date="2023-04-28").get("yes", "")


def test_members_named_together_after_with_still_take_the_side():
    assert _read("The text passed 13-0, with Russia and China abstaining.", date="2018-12-14") == \
        {"abstain": "CHN;RUS"}


def test_and_opening_a_clause_of_its_own_subject_keeps_the_member_before_it_out():
    assert _read("Last week the Danish delegation, while discussing a draft that Cuba wrote, said that Cuba "
                 "was seeking praise for itself and Denmark voted against it.",
                 date="2018-03-27") == {"no": "DNK"}


def test_a_list_joined_by_and_is_one_subject():
    assert _read("Cuba, Chile and Denmark voted against it.", date="2018-03-27") == {"no": "CHL;CUB;DNK"}


# -- the side first, its members after --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The nations voting for passage of the resolution were Chile, Peru and Oman.", {"yes": "CHL;OMN;PER"}),
    ("Those voting against adoption of the text were Chile and Peru.", {"no": "CHL;PER"}),
])
def test_the_members_after_the_passage_of_the_text_voted_so(sentence, expected):
    assert _read(sentence, date="2019-10-05") == expected


# -- a Markdown headline written without "#" ----------------------------------------------------

@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_plain_first_line_before_the_date_and_the_outlet_is_the_headline(tmp_path, gap):
    path = tmp_path / "a.md"
    path.write_text(f"Ministers Meet On Trade Pact\n{gap}April 17, 2025\n**Daily Planet**\n\n"
                    "The council met on Monday.\n", encoding="utf-8")
    a = read_article(path)
    assert (a.headline, a.outlet, str(a.date.date())) == ("Ministers Meet On Trade Pact", "Daily Planet",
                                                           "2025-04-17")
    assert a.paragraphs == ("The council met on Monday.",)


def test_a_plain_outlet_line_after_a_hash_headline_stays_the_outlet(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Ministers Meet On Trade Pact\n\nDaily Planet\nApril 17, 2025\n\n"
                    "The council met on Monday.\n", encoding="utf-8")
    a = read_article(path)
    assert (a.headline, a.outlet) == ("Ministers Meet On Trade Pact", "Daily Planet")


# -- a title at a named organisation ----------------------------------------------------------

def test_the_last_words_of_an_organisations_name_after_a_title_are_no_speaker():
    s = extract_statements(inline_article(
        'Jane Roe, director of Human Rights Campaign Global, the overseas arm of the largest equality group '
        'in Chile, condemned the vote as "a shameful betrayal." In a statement, she said the delegation had '
        '"abandoned its friends."', date="2019-10-05"))
    assert set(s.speaker) == {"Jane Roe"}


def test_a_title_at_an_organisation_after_the_name_is_the_speakers_role():
    s = extract_statements(inline_article('"We are ashamed," said Tom Lee, head of the Peace Campaign.',
                                          date="2019-10-05"))
    assert list(zip(s.speaker, s.role, strict=True)) == [("Tom Lee", "head of the Peace Campaign")]


# -- a stance word after the member's vote was told -------------------------------------------

def test_a_stance_word_after_the_members_vote_tells_why_not_a_second_vote():
    m = extract_mentions(inline_article(
        "The council renewed the aid mandate on Tuesday.",
        "China, Russia and Bolivia abstained.",
        "Russia opposed the resolution because it wanted more monitoring of the convoys.",
        date="2017-12-20"))
    assert position_groups(m) == {"abstain": "BOL;CHN;RUS"}


def test_a_stance_word_for_a_member_whose_vote_was_not_told_is_still_read():
    m = extract_mentions(inline_article(
        "The council voted on the text on Tuesday.",
        "Chile and Peru voted in favour.",
        "Peru backed the text because it was balanced, while Russia opposed it.",
        date="2017-12-20"))
    stated = m.dropna(subset=["position"])
    assert list(zip(stated.paragraph, stated.position, stated.members, strict=True)) == \
        [(2, "yes", "CHL;PER"), (3, "yes", "PER"), (3, "no", "RUS")]

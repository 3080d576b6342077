"""Reading a clause's subject: "once again", "it" after a break, counted subjects, possessors, datelines.

Every sentence here is written for the test (no article text); each group of
cases is one sentence pattern seen in real coverage.
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, position_groups, read_positions

from unsc.coverage import extract_mentions

_read = read_positions


# -- "once again" is an adverb, "once the vote was over" a clause --------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile once again blocked a draft resolution in the Security Council on Tuesday.", {"veto": "CHL"}),
    ("Peru once more voted against the text in the council.", {"no": "PER"}),
    # a clause of its own still cuts: the member before it is not the abstainer
    ("Gabon spoke first, once Kenya had abstained on the draft.", {"abstain": "KEN"}),
])
def test_once_again_keeps_the_subject(sentence, groups):
    assert _read(sentence) == groups


# -- "it" after a clause break is the member opening the sentence --------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("France stood alone in the council on Friday when it vetoed the draft resolution.", {"veto": "FRA"}),
    # a member named only as an owner ("Chile's plan") is no rival for "it"
    ("Peru was criticised over Chile's plan for the port when it vetoed the council draft.",
     {"veto": "PER"}),
])
def test_it_after_a_break_is_the_opening_member(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize("sentence", [
    # two members before "it": which one it stands for cannot be told
    "France criticised Chile in the council on Friday when it vetoed the draft resolution.",
    # the sentence's subject is no member
    "The envoy of France left the council when it vetoed the draft resolution.",
])
def test_it_with_no_single_opening_member_names_nobody(sentence):
    assert _read(sentence) == {}


# -- "A and B were among those that voted against" -----------------------------
def test_members_among_those_that_took_a_position():
    m = extract_mentions(inline_article(
        "Kenya and Gabon were among the states that backed the text, while Chile and Peru were among "
        "those that voted against it.", date="2011-10-05"))
    assert position_groups(m) == {"yes": "GAB;KEN", "no": "CHL;PER"}
    assert m.others.tolist() == [True, True]  # "among": some of them, not all


def test_those_who_took_a_position_without_members_named_stay_unnamed():
    assert _read("The envoy of Chile thanked all those who voted against the text.") == {}


# -- "Seven countries, including A and B, were against." -------------------------
def test_a_count_of_voters_that_were_against():
    m = extract_mentions(inline_article(
        "Nine states voted for the text in the council. "
        "Four countries, including Chile and Peru, were against.",
        date="2011-10-05"))
    assert position_groups(m) == {"no": "CHL;PER"}
    assert m.dropna(subset=["position"]).others.tolist() == [True]


@pytest.mark.parametrize("sentence", [
    "Chile and Peru were against.",            # a stance as well as a vote: not read
    "Chile was against, its envoy said.",
])
def test_were_against_without_a_count_is_no_position(sentence):
    assert _read("The council voted on the draft.", sentence) == {}


# -- a member owning a group of others is none of them ---------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile's usual allies such as Peru and Gabon voted against the resolution.", {"no": "GAB;PER"}),
    ("Kenya's supporters Norway and Peru abstained on the draft.", {"abstain": "NOR;PER"}),
    # the member's own envoy or delegation is the member
    ("Kenya's delegation voted against the resolution.", {"no": "KEN"}),
])
def test_a_possessor_of_allies_is_no_voter(sentence, groups):
    assert _read(sentence) == groups


# -- the veto by a member ----------------------------------------------------------
def test_the_veto_by_a_member_is_that_member_s_alone():
    m = extract_mentions(inline_article(
        "Chile called the veto by Peru a cynical act in the Security Council.", date="2011-10-05"))
    assert position_groups(m) == {"veto": "PER"}


def test_the_veto_power_is_no_veto_cast():
    assert _read("Chile said the veto power of Peru in the Security Council was unfair.") == {}


# -- a dateline whose dash is glued to the next word ------------------------------
def test_a_glued_dateline_names_no_voter():
    groups = _read("Lima, Peru–Twenty countries voted in favour of the text, while Chile voted against it.")
    assert groups == {"no": "CHL"}


def test_a_city_and_comma_before_the_sentence_s_the_is_a_dateline():
    m = extract_mentions(inline_article(
        "Ankara, The Security Council on Friday failed to adopt a text on aid, as two drafts were vetoed.",
        date="2011-10-05"))
    assert position_groups(m) == {}
    assert m.outcome.tolist() == ["vetoed"]


# -- a count's members between commas, its position after them -----------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("The text passed with 13 votes in favour and one vote, from Chile, against.", {"no": "CHL"}),
    ("The draft drew three votes, from Chile, Peru and Gabon, against the text, and 12 in favour.",
     {"no": "CHL;GAB;PER"}),
])
def test_a_count_with_its_members_between_commas(sentence, groups):
    assert _read(sentence) == groups


def test_a_count_between_commas_before_no_vote_word_is_no_position():
    assert _read("The plan won two votes, cast by Chile and Peru, against the odds in the council.") == {}


# -- "over opposition from five countries, including A and B" --------------------------
def test_opposition_from_a_count_of_countries_names_some_of_the_no_votes():
    m = extract_mentions(inline_article(
        "The Assembly endorsed the accord on Wednesday over opposition from four countries, including Chile "
        "and Peru.", date="2011-10-05"))
    assert position_groups(m) == {"no": "CHL;PER"}
    assert m.others.tolist() == [True]


def test_opposition_without_a_count_is_a_stance():
    assert _read("The Assembly adopted the text amid opposition from key members, including Chile.") == {}


# -- demonyms: a name written as one, titles, lists ending in an actor noun ----------
@pytest.mark.parametrize(("sentence", "groups"), [
    # "New Zealand" is both the name and the adjective: in a list of names it is the name
    ("Five states -- Chile, New Zealand, Peru, Gabon and Kenya -- voted against the text.",
     {"no": "CHL;GAB;KEN;NZL;PER"}),
    ("Chile and New Zealand voted against the draft.", {"no": "CHL;NZL"}),
    ("Peruvian Ambassador Ana Rojas abstained in the vote on the draft.", {"abstain": "PER"}),
    ("The Chilean, Peruvian and South Korean delegations cast votes against the text.",
     {"no": "CHL;KOR;PER"}),
])
def test_demonyms_that_name_voters(sentence, groups):
    assert _read(sentence) == groups


def test_adjectives_listed_before_a_name_are_no_voters():
    # "French, British" describe the troops; only the name is read as before
    assert _read("French, British and Chilean troops backed the mission, and the draft was adopted.") == {}


# -- "Among those in opposition was A" ---------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Among those in opposition was Chile, Peru's closest partner.", {"no": "CHL"}),
    ("Those in opposition included Chile and Gabon.", {"no": "CHL;GAB"}),
])
def test_those_in_opposition(sentence, groups):
    assert _read("The Assembly voted on the text.", sentence) == groups


def test_were_absent_is_still_read_beside_were_against():
    assert _read("Chile and Peru were absent from the vote on the draft.") == {"absent": "CHL;PER"}


# -- "Russia's sixth veto": the owner's veto, not that of other members named ------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile criticised Peru's veto of the draft resolution in the Security Council.", {"veto": "PER"}),
    ("On Monday Gabon blocked the draft resolution, and Chilean Ambassador Ana Rojas told the council "
     "that it was Gabon's third veto.", {"veto": "GAB"}),
])
def test_a_members_veto_is_its_own(sentence, groups):
    assert _read(sentence) == groups


# -- a member with a verb of its own before "and" is no member of the next clause -----
@pytest.mark.parametrize(("sentence", "groups"), [
    ("In the council, Peru criticised the renewal and Chile chose to abstain.", {"abstain": "CHL"}),
    ("In the council, Peru questioned the draft's wording, and Chile abstained.", {"abstain": "CHL"}),
    # a list is still one side: no verb stands between its members
    ("In the council, Peru, Chile and Kenya abstained on the draft.", {"abstain": "CHL;KEN;PER"}),
])
def test_a_member_with_a_verb_of_its_own_keeps_out_of_the_next_side(sentence, groups):
    assert _read(sentence) == groups


# -- "they" stands for the members its own sentence names before it --------------
@pytest.mark.parametrize(("paragraphs", "groups"), [
    (("Kenya abstained on the council draft.",
      "It was the first veto by Peru and Chile since 2009, when they vetoed a council draft on fishing."),
     {"abstain": "KEN", "veto": "CHL;PER"}),
    # with none named before it in the sentence, "they" are the members just named
    (("Peru and Chile voted against the council draft.", "They vetoed it in the council."),
     {"no": "CHL;PER", "veto": "CHL;PER"}),
])
def test_they_stands_for_the_members_of_its_own_sentence(paragraphs, groups):
    assert _read(" ".join(paragraphs)) == groups


# -- a part or an aim of the text opposed or endorsed is no vote on it ------------
@pytest.mark.parametrize("sentence", [
    "Peru and Chile opposed sanctions and other provisions of the council draft they called unfair.",
    "Kenya said it endorsed the humanitarian objectives of the council resolution.",
])
def test_a_part_of_the_text_opposed_is_no_vote(sentence):
    assert _read(sentence) == {}

"""More shapes of member positions: infinitives after "among those", lists by kind, counts named after.

Every sentence here is written for the test (no article text); each group of
cases is one sentence pattern seen in real coverage.
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, position_groups, read_positions

from unsc.coverage import extract_mentions

_read = read_positions


def _tally(*paragraphs: str) -> str | None:
    m = extract_mentions(inline_article(*paragraphs, date="2011-10-05"))
    return None if m.empty or m.tally.isna().all() else m.tally.dropna().iloc[0]


# -- "were among those to support the text" -----------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile, Peru and Gabon were among those to support the resolution.", {"yes": "CHL;GAB;PER"}),
    ("Norway was among those to vote against the draft.", {"no": "NOR"}),
    ("Among those to back the text were Kenya and Ghana.", {"yes": "GHA;KEN"}),
    # an infinitive of intent is no vote
    ("Chile pledged to support the draft.", {}),
])
def test_an_infinitive_after_among_those_tells_what_they_did(sentence, groups):
    assert _read(sentence) == groups


def test_among_those_to_support_names_some_of_them():
    m = extract_mentions(inline_article("Chile and Peru were among those to support the resolution.",
                                        date="2011-10-05"))
    assert m.others.tolist() == [True]


# -- a list going on after a word for its items' kind ---------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Voting against the text were Chile, Peru and the Pacific islands of Tonga, Palau and Nauru.",
     {"no": "CHL;NRU;PER;PLW;TON"}),
    ("Chile, Peru and the island nations of Fiji and Tonga voted against the resolution.",
     {"no": "CHL;FJI;PER;TON"}),
    # a place the text is about stays no voter
    ("Chile voted against the resolution on the islands of the Pacific.", {"no": "CHL"}),
])
def test_a_list_goes_on_past_a_word_for_the_kind_of_its_items(sentence, groups):
    assert _read(sentence) == groups


# -- dashes -------------------------------------------------------------------
def test_a_hyphen_typed_beside_a_dash_is_one_dash():
    sentence = ("The Council, by adopting the text with 12 votes in favour and 3 abstentions -– Chile, "
                "Peru and Gabon -– renewed the mandate.")
    assert _read(sentence) == {"abstain": "CHL;GAB;PER"}
    assert _read(sentence.replace("-–", "–-")) == {"abstain": "CHL;GAB;PER"}


# -- a dashed tally and a list in parentheses --------------------------------
@pytest.mark.parametrize(("sentence", "groups", "tally"), [
    ("The Council adopted the resolution 12-0-3 (Chile, Peru, Gabon).", {"abstain": "CHL;GAB;PER"}, "12-0-3"),
    ("The draft resolution failed 9-2 (Chile and Peru).", {"no": "CHL;PER"}, "9-2-?"),
    # a list as long as no part other than the yes is no part's list
    ("The Council adopted the resolution 12-1-2 (Chile, Peru, Gabon).", {}, "12-1-2"),
])
def test_a_list_in_parentheses_after_a_dashed_tally_is_its_part(sentence, groups, tally):
    assert _read(sentence) == groups
    assert _tally(sentence) == tally


# -- counts of yes votes -------------------------------------------------------
@pytest.mark.parametrize(("sentence", "tally"), [
    ("The Human Rights Council adopted the text as 30 countries voted in its favour.", "30-?-?"),
    ("The Council agreed to resolution 2000, supported by 11 of the 15 members.", "11-?-?"),
    ("The resolution was backed by 13 votes.", "13-?-?"),
    # the share after its noun: 47 is the body's size, no count of the vote
    ("The text was adopted after 22 members out of 47 voted in its favour.", "22-?-?"),
    ("The text was adopted after 22 members out of 47 voted in favour.", "22-?-?"),
    # a text backed by countries may be backed by its sponsors: no count of the vote
    ("The draft resolution was backed by 60 countries.", None),
    # a sentence citing two texts does not say which one the count is of
    ("Supported by 11 of the 15 members, resolution 2000 condemns breaches of the embargo set by resolution "
     "1900.", None),
])
def test_counts_of_the_yes_side(sentence, tally):
    assert _tally(sentence) == tally


# -- the members a count had, named in the next sentence -----------------------
def test_these_included_names_some_of_the_one_count_before():
    groups = _read("Although Chile and Peru abstained, the Human Rights Council adopted the text as 30 "
                   "countries voted in its favour. These included Gulf members Qatar and Oman; Kenya from "
                   "the region and Ghana.")
    assert groups == {"abstain": "CHL;PER", "yes": "GHA;KEN;OMN;QAT"}


@pytest.mark.parametrize("follow", [
    # the members said to be among that count already took another side
    "These included Chile and Kenya.",
    # an item that names no state: no guess at what the list holds
    "These included Kenya, several small states and Ghana.",
    # an owner is not an item
    "These included the allies of Kenya.",
])
def test_these_included_reads_only_a_plain_list_of_that_count(follow):
    groups = _read("Although Chile and Peru abstained, the council adopted the text as 30 countries voted in "
                   "its favour. " + follow)
    assert groups == {"abstain": "CHL;PER"}


def test_countries_that_backed_the_text_with_an_aside_before_their_names():
    assert _read("Countries that supported the resolution, which the government had opposed, include Kenya, "
                 "Ghana and Peru.") == {"yes": "GHA;KEN;PER"}


# -- "All four voted yes" -----------------------------------------------------
def test_all_n_are_the_members_the_sentence_before_named():
    groups = _read("The Security Council voted 14-0. He recalled the refusal of Chile, Peru, Kenya and Ghana "
                   "to back the Norway-led war against Mali. All four voted in favour.")
    assert groups == {"yes": "CHL;GHA;KEN;PER"}


@pytest.mark.parametrize("paragraphs", [
    # as many as the count, or none
    ("The Security Council voted 14-0. He recalled the refusal of Chile, Peru and Kenya. All four voted in "
     "favour.",),
    # the sentence before in another paragraph
    ("He recalled the refusal of Chile, Peru, Kenya and Ghana.", "All four voted in favour."),
])
def test_all_n_names_no_one_else(paragraphs):
    assert "yes" not in _read(*paragraphs)


# -- the last item of a roll call set out one a paragraph ------------------------
def test_a_roll_calls_last_item_may_name_some_and_others():
    m = extract_mentions(inline_article("The General Assembly adopted the resolution by 120 votes to 6.",
                                        "Among the countries that voted against:", "- Chile", "- Peru",
                                        "- countries such as Kenya, Ghana, and others.", date="2011-10-05"))
    rolls = m[m.position.notna()]
    assert rolls.mention_id.nunique() == 1
    assert position_groups(rolls) == {"no": "CHL;GHA;KEN;PER"}


def test_a_roll_calls_last_item_must_name_states():
    m = extract_mentions(inline_article("The General Assembly adopted the resolution by 120 votes to 6.",
                                        "Among the countries that voted against:", "- Chile", "- Peru",
                                        "- countries such as these, and others.", date="2011-10-05"))
    assert position_groups(m[m.position.notna()]) == {"no": "CHL;PER"}


# -- "went along" after a sentence about the vote ----------------------------
def test_going_along_after_a_sentence_about_the_vote_is_a_yes():
    assert _read("The Security Council adopted the text. The unanimity of the vote surprised many. Even "
                 "Chile, the hardest to persuade, went along.") == {"yes": "CHL"}


def test_going_along_needs_the_vote_in_its_own_paragraph():
    assert _read("The unanimity of the vote surprised many.", "Even Chile went along.") == {}
    assert _read("The talks were long. Even Chile went along.") == {}


# -- the body a sentence sends something to is not the acting one --------------
def test_a_body_sent_a_report_is_not_the_next_sentences_body():
    m = extract_mentions(inline_article(
        "Chile voted for the resolution on Peru.",
        "Under it, the Human Rights Council appointed an expert to report to the UNHRC and UN General "
        "Assembly next year. Kenya and Ghana voted against the resolution.", date="2011-10-05"))
    assert m[m.members == "GHA;KEN"].body.tolist() == ["HRC"]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Others opposing both resolutions included Chile, Peru and Tonga.", {"no": "CHL;PER;TON"}),
    ("Those voting against all three resolutions were Chile and Peru.", {"no": "CHL;PER"}),
])
def test_members_named_after_a_side_on_several_texts(sentence, groups):
    assert _read(sentence) == groups


# -- "remained neutral" in a vote ---------------------------------------------
def test_remaining_neutral_in_a_vote_is_an_abstention():
    assert _read("The Assembly adopted the text. There were 120 votes in favour, 5 against. 30 countries "
                 "including Chile remained neutral.") == {"abstain": "CHL"}
    assert _read("Chile remained neutral in the vote on the resolution.") == {"abstain": "CHL"}


@pytest.mark.parametrize("paragraphs", [
    ("Chile remained neutral.",),  # no vote told of
    ("The Assembly adopted the text by 120 votes to 5.", "Chile remained neutral."),  # another paragraph
    ("Chile remained neutral on the war, while Peru voted against the resolution.",),  # a stance on a war
])
def test_remaining_neutral_elsewhere_is_a_stance(paragraphs):
    assert "abstain" not in _read(*paragraphs)


# -- a roll call in sentences that open with their side ------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Voted against Chile, Peru and the Gambia.", {"no": "CHL;GMB;PER"}),
    ("Abstained from voting Kenya, the Niger and Ghana.", {"abstain": "GHA;KEN;NER"}),
    # one state after the side may be what was voted against; a list not running to the end is no roll
    ("Voted against Chile.", {}),
    ("Voted against Chile's proposal, the council moved on.", {}),
    # a subject before the side: the states after it are what it voted against
    ("Kenya voted against Chile and Peru.", {}),
])
def test_a_sentence_opening_with_its_side_then_a_list(sentence, groups):
    assert _read(sentence) == groups


def test_a_passive_backing_after_a_sentence_about_the_vote():
    assert _read("Four votes were for the draft and four abstained. The document was supported by Chile, "
                 "Peru, Kenya and Ghana.") == {"yes": "CHL;GHA;KEN;PER"}
    assert _read("The talks were long. The document was supported by Chile.") == {}
    assert _read("Four votes were for the draft.", "The document was supported by Chile.") == {}


def test_renewing_a_special_rapporteurs_mandate_is_the_human_rights_councils_vote():
    m = extract_mentions(inline_article(
        "The Human Rights Council renewed the mandate of its special rapporteur on Ruritania.",
        "Earlier, 90 countries at the General Assembly voted for Ruritania to join the council.",
        "In the vote, Chile and Peru were among those that voted to extend the special rapporteur's mandate.",
        date="2011-10-05"))
    assert m[m.members == "CHL;PER"].body.tolist() == ["HRC"]
    m = extract_mentions(inline_article("The General Assembly adopted the text. Chile voted to extend the "
                                        "mission's mandate.", date="2011-10-05"))
    assert m[m.members == "CHL"].body.tolist() == ["GA"]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("It was the first veto cast by Chile in the Security Council in six years.", {"veto": "CHL"}),
    ("It was a veto cast by Chile in the Security Council.", {"veto": "CHL"}),
    # a veto not said to be cast is no act
    ("A veto by Chile in the Security Council would doom the text.", {}),
])
def test_a_veto_cast_by_a_member(sentence, groups):
    assert _read(sentence) == groups


def test_a_body_a_matter_is_referred_to_is_the_next_sentences_council():
    m = extract_mentions(inline_article("The General Assembly referred the matter to the Security Council. "
                                        "The council voted 15-0 to act.", date="2011-10-05"))
    assert m[m.tally == "15-0-?"].body.tolist() == ["SC"]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile only got support from its ally Peru in the 2-3 vote.", {"yes": "PER"}),
    ("The draft resolution won the support of Kenya and Ghana.", {"yes": "GHA;KEN"}),
    # support for a seat is an election's, no vote on a text
    ("Kenya's bid for a seat won the support of Chile.", {}),
])
def test_the_members_a_text_got_the_support_of(sentence, groups):
    assert _read(sentence) == groups


# -- members added after the text voted on -------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    # "as did" after the object: more members of that side
    ("Chile voted against the draft, as did Peru and Gabon.", {"no": "CHL;GAB;PER"}),
    ("Norway abstained on the resolution, as did Kenya.", {"abstain": "KEN;NOR"}),
    # "which also included" after a counted side
    ("The text passed 120 to 8, while 30 abstained, which also included Peru and Chile.",
     {"abstain": "CHL;PER"}),
    # "joined by": the aside's members share the side of the sentence's subject
    ("Chile, joined by Peru and four others, voted against the text.", {"no": "CHL;PER"}),
    ("Norway, joined by Kenya, abstained on the draft.", {"abstain": "KEN;NOR"}),
    ("Only eight countries, headed by Chile and Peru, voted against the text.", {"no": "CHL;PER"}),
    # another verb's agents in such an aside stay no voters
    ("Chile, criticised by Peru and Gabon, voted against the draft.", {"no": "CHL"}),
])
def test_members_added_after_the_text_share_its_side(sentence, groups):
    assert _read(sentence) == groups


# -- the side before its members, with the text named by a possessive -------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("The countries voting against Monday's resolution were Chile, Peru and Gabon.", {"no": "CHL;GAB;PER"}),
    ("The three nations voting for Tuesday's draft were Kenya, Ghana and Chile.", {"yes": "CHL;GHA;KEN"}),
])
def test_a_possessive_names_the_text_between_side_and_members(sentence, groups):
    assert _read(sentence) == groups


# -- "abstainers" -------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile and Peru voted against, with Kenya and Ghana among the abstainers.",
     {"no": "CHL;PER", "abstain": "GHA;KEN"}),
    ("The abstainers were Norway, Chile and Gabon.", {"abstain": "CHL;GAB;NOR"}),
    ("The two abstainers, Norway and Chile, explained their votes.", {"abstain": "CHL;NOR"}),
])
def test_abstainers_are_those_who_abstained(sentence, groups):
    assert _read(sentence) == groups


# -- list items joined by "in addition to", "as well as" --------------------------
def test_in_addition_to_joins_a_counted_list():
    sentence = ("The draft failed with 9 votes in favour, five against (Chile, Peru and Ghana in addition "
                "to Kenya and Norway) and one abstention (Gabon).")
    assert _read(sentence) == {"no": "CHL;GHA;KEN;NOR;PER", "abstain": "GAB"}
    assert _tally(sentence) == "9-5-1"


# -- "with the abstention of five countries: ..." and "resulted 10 to zero" --------
def test_an_abstention_of_a_counted_group_names_its_members_after_a_colon():
    sentence = ("The vote resulted 10 to zero in favour of the resolution, with the abstention of five "
                "countries: Chile, Peru, Kenya, Ghana and Norway.")
    assert _read(sentence) == {"abstain": "CHL;GHA;KEN;NOR;PER"}
    assert _tally(sentence) == "10-0-?"


# -- "Both voted no." after a sentence naming two members ---------------------------
def test_both_alone_stands_for_the_two_members_just_named():
    assert _read("Kenya and Norway stood firm on Friday. Both voted no on the draft resolution.") == \
        {"no": "KEN;NOR"}
    assert _read("Both voted no on the draft resolution.") == {}  # nobody named before: nobody read


# -- the delegations of a state vote for it ----------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Delegations of Armenia and Kazakhstan abstained from the vote.", {"abstain": "ARM;KAZ"}),
    ("The representatives of Chile, Peru and Kenya voted against the draft.", {"no": "CHL;KEN;PER"}),
    # a text about a state's government names no voter
    ("Chile voted against a resolution on the government of Armenia.", {"no": "CHL"}),
])
def test_a_states_delegation_votes_for_it(sentence, groups):
    assert _read(sentence) == groups


# -- "as did other member states including ..." ---------------------------------------
def test_as_did_a_group_including_names_more_of_that_side():
    assert _read("Chile and Peru decided to abstain on the resolution, as did other member states including "
                 "Kenya, Ghana and Norway.") == {"abstain": "CHL;GHA;KEN;NOR;PER"}


# -- an aside with a parenthesis of its own ----------------------------------------------
def test_a_relative_aside_keeps_its_side_past_a_parenthesis_with_commas():
    assert _read("Norway, which was among the 25 countries voting in favour (six were against, and fifteen "
                 "abstained), said the text mattered.") == {"yes": "NOR"}


# -- "The 14 countries who opposed are ..." -------------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("The 14 countries who opposed are Chile, Peru and Kenya.", {"no": "CHL;KEN;PER"}),
    ("The countries that opposed the text were Chile, Peru and Kenya.", {"no": "CHL;KEN;PER"}),
    ("While the 15 countries who abstained are Ghana, Norway and Gabon.", {"abstain": "GAB;GHA;NOR"}),
    # a stance on something else stays no vote
    ("The countries that opposed the war were Chile and Peru.", {}),
])
def test_a_group_who_opposed_named_after_is_a_side(sentence, groups):
    assert _read(sentence) == groups


def test_these_countries_are_the_one_count_before():
    assert _read("Three countries voted against the resolution. These countries are Chile, Peru and "
                 "Kenya.") == {"no": "CHL;KEN;PER"}
    # two counts before: which one "these countries" are cannot be told
    assert _read("Three countries voted against the resolution and two abstained. These countries are "
                 "Chile, Peru and Kenya.") == {}


# -- a text as the subject of a stance verb -----------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("The draft would have extended the pact between Chile, Peru and Kenya, as well as Resolution 2231 "
     "that endorsed the pact.", {}),
    ("Chile, Peru and Kenya backed the resolution, which passed.", {"yes": "CHL;KEN;PER"}),
    ("The resolution, which Chile supported, passed.", {"yes": "CHL"}),
])
def test_a_text_that_endorsed_something_is_no_voter(sentence, groups):
    assert _read(sentence) == groups


def test_if_adopted_is_a_condition_not_an_outcome():
    text = "If adopted, the draft would have extended the mission for a year, as resolution 1234 did."
    m = extract_mentions(inline_article(text, date="2011-10-05"))
    assert m.outcome.isna().all()
    m = extract_mentions(inline_article("The Security Council adopted the resolution on Tuesday.",
                                        date="2011-10-05"))
    assert m.outcome.tolist() == ["adopted"]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("The vote was 9-3 in favour of the resolution, with Ghana joining Chile and Peru in the opposition.",
     {"no": "CHL;GHA;PER"}),
    ("Ghana is in opposition.", {}),  # a stance, no vote
])
def test_joining_others_in_the_opposition_is_their_side(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # a group after "by", some of its members named
    ("The resolution was opposed by the major naval powers, including Chile, Peru and Kenya.",
     {"no": "CHL;KEN;PER"}),
    ("The text was backed by several states, among them Ghana and Norway.", {"yes": "GHA;NOR"}),
    # a quantified group word and a comma before the names
    ("Among those countries that supported the text were many European Union members, Belgium, Denmark "
     "and Spain.", {"yes": "BEL;DNK;ESP"}),
])
def test_a_group_word_before_the_names_of_some_of_its_members(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # the right to veto in an aside is no veto cast, and the list goes on past it
    ("Ten voted in favour, but five nations -- Chile, Peru (which have veto power) and non-permanent members "
     "Kenya, Ghana and Norway -- abstained from voting.", {"abstain": "CHL;GHA;KEN;NOR;PER"}),
    ("Chile used its veto power to block the draft.", {"veto": "CHL"}),
    # a state an aside speaks of, with no vote of its own, is no voter
    ("Ghana, which is mediating Kenya's crisis, Peru and Chile also voted against the draft.",
     {"no": "CHL;GHA;PER"}),
])
def test_asides_without_a_vote_of_their_own(sentence, groups):
    assert _read(sentence) == groups


# -- explainers and timelines -----------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile was the only country to veto the resolution.", {"veto": "CHL"}),
    # a forecast or a wish is no veto cast
    ("Chile is likely to be the only member to veto the draft.", {}),
    # the sponsors of an opening participle run to the last comma before the vote word
    ("Drafted by Ghana, the former Kingdom of Kenya, and Peru, Chile was the only country to veto the "
     "resolution.", {"veto": "CHL"}),
    # who usually joins a member, in an aside, is no voter of this vote
    ("The veto was the eighth time Chile has used its veto -- often along with Peru -- to block a draft.",
     {"veto": "CHL"}),
])
def test_explainer_shapes(sentence, groups):
    assert _read(sentence) == groups


def test_a_sentence_speaking_back_of_the_text_the_one_before_cites_carries_its_symbol():
    m = extract_mentions(inline_article(
        "The first, resolution S/10784, expressed concern at the situation.",
        "Drafted by Ghana, Chile was the only country to veto the resolution. Peru abstained from the vote.",
        date="2024-11-20"))
    votes = m.dropna(subset=["position"])
    assert votes.cited_before.tolist() == ["S/10784", "S/10784"]
    assert votes.cited.isna().all()
    # a sentence dated on its own, or citing its own text, carries nothing
    m = extract_mentions(inline_article(
        "The first, resolution S/10784, expressed concern at the situation.",
        "On Monday, Chile vetoed the resolution.", date="2024-11-20"))
    assert m.cited_before.isna().all()


@pytest.mark.parametrize(("sentence", "cited"), [
    ("The draft (S/10784) was vetoed by Chile.", "S/10784"),
    ("Draft S/14832/Rev.1 failed.", "S/14832/Rev.1"),
    ("S/2024 was a busy year.", None),  # a year after the slash is no symbol
])
def test_old_council_draft_symbols_are_cited(sentence, cited):
    m = extract_mentions(inline_article(sentence, date="2024-11-20"))
    found = [c for c in m.cited.dropna()] if not m.empty else []
    assert found == ([cited] if cited else [])


def test_a_count_of_times_is_several_votes():
    m = extract_mentions(inline_article("Chile has cast a veto 76 times in the Security Council.",
                                        date="2024-11-20"))
    assert m.plural.all()


def test_the_day_of_the_event_a_text_is_about_is_not_the_votes():
    m = extract_mentions(inline_article(
        "Chile vetoed the Security Council resolution on a tribunal for the plane crash over Peru on "
        "July 17, 2014 on Wednesday.", date="2015-07-30"))
    assert m.date.dt.strftime("%Y-%m-%d").tolist() == ["2015-07-29"]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("The yes votes were: Chile, Peru and Kenya.", {"yes": "CHL;KEN;PER"}),
    ("The no votes came from Ghana and Norway.", {"no": "GHA;NOR"}),
    ("There were no votes against the text.", {}),
])
def test_the_yes_votes_were(sentence, groups):
    assert _read(sentence) == groups


def test_a_vote_changed_from_names_only_the_new_one():
    assert _read("Chile, Peru and Kenya changed their abstention to a vote against the resolution, while "
                 "Ghana, Norway and Mali went from a vote in favour to an abstention.") == \
        {"no": "CHL;KEN;PER", "abstain": "GHA;MLI;NOR"}


def test_a_count_and_its_member_after_a_dash_and_veto_holders_in_a_list():
    sentence = ("The draft received 11 votes in favour, one abstention – from Ghana, and three votes "
                "against, including veto-wielding Chile, Peru and Kenya.")
    assert _read(sentence) == {"abstain": "GHA", "no": "CHL;KEN;PER"}


def test_a_sentence_ending_in_a_colon_counts_only_beside_its_position_word():
    # "10 to zero, with 5 abstentions: A, B, ...": five abstained, not ten
    sentence = ("The resolution was adopted by a vote of 10 to zero, with 5 abstentions: Chile, Peru, Kenya, "
                "Ghana and Norway.")
    assert _read(sentence) == {"abstain": "CHL;GHA;KEN;NOR;PER"}
    assert _tally(sentence) == "10-0-5"

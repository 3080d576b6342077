"""Reading who took which position: members named after their position, long roll calls, dissenters, subjects.

Every sentence here is written for the test (no article text); each group of
cases is one sentence pattern seen in real coverage.
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, position_groups, read_positions

from unsc.coverage import extract_mentions
from unsc.coverage.annotate import _first_words, members_in_item

_read = read_positions


# -- members named after a group that took a position ------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Those that abstained were Norway, Kenya and Peru.", {"abstain": "KEN;NOR;PER"}),
    ("Those who voted in favour of the draft were Chile and Gabon.", {"yes": "CHL;GAB"}),
    ("And those who voted against the text: Chile, Peru and Kenya.", {"no": "CHL;KEN;PER"}),
    ("Voting against the draft were Chile and Peru.", {"no": "CHL;PER"}),
    ("The countries that voted no included Chile, Peru and Kenya.", {"no": "CHL;KEN;PER"}),
])
def test_members_named_after_the_group_that_took_the_position(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # a roll call written as sentences: the position first, no verb of voting
    ("In favour were Chile, Kenya and Peru.", {"yes": "CHL;KEN;PER"}),
    ("Against were Chile and Peru.", {"no": "CHL;PER"}),
    ("Those in favour included Chile, Peru and Gabon.", {"yes": "CHL;GAB;PER"}),
    ("Against were Norway and Peru, while in favour were Kenya and Gabon.",
     {"no": "NOR;PER", "yes": "GAB;KEN"}),
    # a word for the group before its names
    ("Abstaining were Europeans Norway, Ireland and Austria.", {"abstain": "AUT;IRL;NOR"}),
    ("Voting against were fellow council members Chile and Peru.", {"no": "CHL;PER"}),
])
def test_a_position_heading_its_members_in_a_sentence(sentence, groups):
    assert _read(sentence) == groups


def test_in_favour_without_members_after_is_no_vote():
    assert _read("In favour were those who wanted the talks to go on.") == {}


@pytest.mark.parametrize(("sentence", "groups", "others"), [
    # each count takes the members after its own "from" or "by", never those of the count before
    ("The draft won ten 'yes' votes, two 'no' votes from Chile and Peru, and three abstentions by Kenya, "
     "Gabon and Norway.", {"no": "CHL;PER", "abstain": "GAB;KEN;NOR"}, [False, False]),
    ("The text drew two votes against, cast by Chile and Peru, while Kenya abstained.",
     {"no": "CHL;PER", "abstain": "KEN"}, [False, False]),
    ("The resolution got 12 votes in favour, from Chile, Peru and Gabon among others, with two "
     "abstentions from Kenya and Norway.", {"yes": "CHL;GAB;PER", "abstain": "KEN;NOR"}, [True, False]),
    ("There were two negative votes, from Chile and Peru, on the resolution.", {"no": "CHL;PER"}, [False]),
])
def test_counted_positions_with_their_members_after_from_or_by(sentence, groups, others):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert position_groups(m) == groups
    assert m.others.tolist() == others  # fewer names than the count: some of them


@pytest.mark.parametrize(("sentence", "groups"), [
    # "with N abstentions" counts the vote told of; the members before it are not the abstainers
    ("The motion of Chile was approved by the Assembly 75-72 with 26 abstentions.", {}),
    ("Chile and Peru voted against the text with 26 abstentions.", {"no": "CHL;PER"}),
    # the member a motion was advanced by is its sponsor, not a voter
    ("The motion was advanced by Chile and approved by the Assembly 75-72, with 26 countries abstaining.",
     {}),
])
def test_a_count_added_with_with_names_no_one_before_it(sentence, groups):
    assert _read(sentence) == groups


def test_more_names_than_the_count_are_not_that_count_s_list():
    m = extract_mentions(inline_article(
        "The text got two 'no' votes from Chile, Peru and Kenya.", date="2011-10-05"))
    assert "no" not in position_groups(m)


def test_a_counted_list_that_names_some_of_the_count():
    m = extract_mentions(inline_article(
        "The text won 140 votes in favour to 5 against (among them Chile and Peru) with 9 abstentions.",
        date="2011-10-05"))
    assert position_groups(m) == {"no": "CHL;PER"}
    assert m.others.tolist() == [True]  # "among them": not all five
    m = extract_mentions(inline_article(
        "The text won 140 votes in favour to 2 against (Chile, Peru) with 9 abstentions.", date="2011-10-05"))
    assert m.others.tolist() == [False]


def test_a_group_named_by_who_with_no_members_after_says_nothing():
    assert _read("The chairman thanked all those who abstained on the draft.") == {}


def test_members_listed_after_an_including_group_are_not_all_of_them():
    m = extract_mentions(inline_article("The countries that voted no included Chile, Peru and Kenya.",
                                        date="2011-10-05"))
    assert m.others.tolist() == [True]


# -- long roll calls with name variants --------------------------------------
def test_run_on_list_items_only_a_name_variant_reads_stay_in_the_list():
    # before the position, between names and as the last item; after it, likewise
    assert _read("Norway, Peru, Antigua-Barbuda, Kenya and Trinidad-Tobago abstained on the resolution.") == {
        "abstain": "ATG;KEN;NOR;PER;TTO"}
    assert _read("Those that abstained were Norway, Kenya, Antigua-Barbuda, Peru and Papua. "
                 "And those who voted against: Chile, Czech Republic, Micronesia and Moldova.") == {
        "abstain": "ATG;KEN;NOR;PER;PNG", "no": "CHL;CZE;FSM;MDA"}


def test_un_names_with_their_qualifier_in_parentheses():
    assert _read("Abstaining on the draft were Bolivia (Plurinational State of), Iran (Islamic Republic of), "
                 "Republic of Moldova and Venezuela (Bolivarian Republic of).") == {
        "abstain": "BOL;IRN;MDA;VEN"}


def test_a_un_qualifier_can_change_the_state():
    # "Korea" alone reads as the Republic of Korea: the qualifier makes it the DPRK
    assert _read("Voting against the resolution were Korea (Democratic People's Republic of), "
                 "Congo (Democratic Republic of the) and Chile.") == {"no": "CHL;COD;PRK"}
    assert members_in_item("Congo (Democratic Republic of the)") == ["COD"]
    assert members_in_item("Congo (Kinshasa)") == []  # a qualifier that makes no name: unread, not guessed


def test_clauses_joined_by_a_comma_keep_their_own_members():
    assert _read("Chile voted against the draft, Peru and Kenya abstained.") == {
        "no": "CHL", "abstain": "KEN;PER"}


def test_a_word_that_is_no_state_ends_the_list():
    assert _read("Chile and Peru voted against the draft, and Pinochet abstained.") == {"no": "CHL;PER"}


def test_the_first_word_of_one_state_s_name_names_it():
    assert members_in_item("Papua") == ["PNG"]
    assert members_in_item("Antigua") == ["ATG"]
    # a word that begins several names, or that is a nationality adjective, is no such short name
    assert "south" not in _first_words() and "saint" not in _first_words()
    assert "russian" not in _first_words() and "american" not in _first_words()


# -- dissenters and lone opponents -------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile and Peru were the two dissenters in the Security Council vote, while Kenya abstained.",
     {"no": "CHL;PER", "abstain": "KEN"}),
    ("Kenya was the lone dissenter in the vote.", {"no": "KEN"}),
    ("Peru cast the only dissenting vote on the resolution.", {"no": "PER"}),
    # the apposition's member is the sentence's subject, also after a dateline
    ("GENEVA—Peru stood alone before the rights council on Monday, the only one of 47 members to oppose "
     "the motion.", {"no": "PER"}),
    ("Peru stood alone in the council, the sole member to oppose the draft.", {"no": "PER"}),
    ("Chile and Peru dissented in the vote.", {"no": "CHL;PER"}),
    # the members in apposition to the noun
    ("The two dissenters in the vote, Chile and Peru, said the text was unfair.", {"no": "CHL;PER"}),
])
def test_dissenters_and_the_only_one_to_oppose_voted_no(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize("sentence", [
    "Chile pledged to oppose the resolution.",
    "Chile and Peru said they would continue to oppose the draft resolution.",
    "Human rights groups hailed the dissenters jailed in Chile after the vote.",
])
def test_opposing_as_a_plan_or_a_dissident_is_no_vote(sentence):
    assert _read(sentence) == {}


# -- the state a text is about -----------------------------------------------
@pytest.mark.parametrize(("sentence", "topic"), [
    ("The resolution on the status of the observer State of Palestine was approved by 140 votes in "
     "favour, 20 abstentions and nine against.", "PSE"),
    ("The General Assembly voted to upgrade Palestine to an observer state, with 130 votes in favour.",
     "PSE"),
    ("The Assembly voted to suspend Libya from the rights council, with 12 abstentions.", "LBY"),
])
def test_the_state_a_text_is_about_is_no_voter(sentence, topic):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert position_groups(m) == {}
    assert topic in str(m.topics.iloc[0]).split(";")


# -- "they" -------------------------------------------------------------------
def test_they_is_the_members_just_named_only_as_the_subject_of_the_position():
    m = extract_mentions(inline_article("Chile and Peru voted against the resolution.",
                                        "They also abstained on the second draft.", date="2011-10-05"))
    assert position_groups(m[m.paragraph == 2]) == {"abstain": "CHL;PER"}
    m = extract_mentions(inline_article(
        "Chile and Peru voted against the resolution.",
        "Such resolutions bind nobody, but they weigh on opinion by supporting the refugees in the vote.",
        date="2011-10-05"))
    assert position_groups(m[m.paragraph == 2]) == {}


# -- roll calls under heading lines ------------------------------------------
_ADOPTED = "The General Assembly adopted the resolution by 120 votes to 3."


@pytest.mark.parametrize("paragraphs", [
    ("**Against (3):**", "Chile, Peru, Kenya"),  # Markdown emphasis around the heading
    ("Countries that voted against", "Chile, Peru and Kenya"),  # a bare heading line, then only a list
    ("Voted against", "- Chile\n- Peru\n- Kenya"),  # one item a line
    ("Voted against:", "- Chile", "- Peru", "- Kenya"),  # one item a paragraph
    ("**Against:** Chile, Peru, Kenya",),  # heading and list in one line
])
def test_roll_call_paragraphs_after_a_heading_line(paragraphs):
    m = extract_mentions(inline_article(_ADOPTED, *paragraphs, date="2011-10-05"))
    rolls = m[m.position.notna()]
    assert rolls.mention_id.nunique() == 1
    assert position_groups(rolls) == {"no": "CHL;KEN;PER"}


def test_a_bare_line_before_a_sentence_heads_nothing():
    m = extract_mentions(inline_article(_ADOPTED, "Countries that voted against",
                                        "Chile and Peru said the text was unfair.", date="2011-10-05"))
    assert position_groups(m) == {}


# -- voting with another member ----------------------------------------------
def test_voting_with_a_member_is_its_position_when_the_article_states_it():
    m = extract_mentions(inline_article(
        "Chile vetoed the Security Council draft on Monday. Voting with Chile were Peru and Kenya.",
        date="2011-10-05"))
    assert position_groups(m) == {"veto": "CHL", "no": "KEN;PER"}
    m = extract_mentions(inline_article(
        "Chile abstained on the Security Council draft on Monday. Peru and Kenya voted with Chile.",
        date="2011-10-05"))
    assert list(zip(m.members, m.position, strict=True)) == [("CHL", "abstain"), ("KEN;PER", "abstain")]


def test_voting_with_the_drafter_is_voting_for_the_text():
    m = extract_mentions(inline_article(
        "Russia vetoed the Security Council draft on Monday.",
        "Voting with Washington were Peru, Kenya and Gabon.",
        "The US-drafted text called for a ceasefire.", date="2011-10-05"))
    assert position_groups(m[m.paragraph == 2]) == {"yes": "GAB;KEN;PER"}


def test_voting_with_a_member_whose_position_is_not_given_says_nothing():
    m = extract_mentions(inline_article(
        "The Security Council adopted the draft on Monday by 12 votes to 3.",
        "Voting with Washington were Peru, Kenya and Gabon.", date="2011-10-05"))
    assert position_groups(m) == {}


# -- more ways to say a position ---------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile cast the lone 'no' vote on the resolution.", {"no": "CHL"}),
    ("Chile cast the only negative vote on the resolution.", {"no": "CHL"}),
    ("Peru was the only no vote on the resolution.", {"no": "PER"}),
    ("Kenya abstained, as did Peru and Chile, on the resolution.", {"abstain": "CHL;KEN;PER"}),
    ("Norway's veto killed the draft resolution in the Security Council.", {"veto": "NOR"}),
    ("After Norway's veto, Chile called the Security Council vote a disgrace.", {"veto": "NOR"}),
    ("Norway used its Security Council veto on Tuesday to kill the draft resolution.", {"veto": "NOR"}),
])
def test_more_ways_to_state_a_position(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize("sentence", [
    "Norway's veto power means the draft resolution will fail in the council.",
    "Norway's veto was a certainty, diplomats at the Security Council said before the vote.",
    "After Norway's veto threat, the Security Council delayed the vote.",
])
def test_a_veto_right_threat_or_forecast_is_no_veto(sentence):
    assert _read(sentence) == {}


def test_a_bare_line_naming_a_state_is_a_sentence_not_a_heading():
    m = extract_mentions(inline_article(_ADOPTED, "Chile and Peru voted against", "Kenya, Norway and Gabon",
                                        date="2011-10-05"))
    assert "GAB;KEN;NOR" not in set(m.members.dropna())


# -- a speaker is no voter of the clause it reports --------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile said Peru voted against the draft.", {"no": "PER"}),
    ("Chile's envoy told reporters that Peru and Kenya had abstained on the resolution.",
     {"abstain": "KEN;PER"}),
    # a verb of saying inside an aside cuts nothing
    ("Gabon, which said the text was unbalanced, abstained on the resolution.", {"abstain": "GAB"}),
    ("Peru voted against the draft, Chile said, while Kenya abstained.", {"no": "PER", "abstain": "KEN"}),
])
def test_a_speaker_is_no_voter_of_the_clause_it_reports(sentence, groups):
    assert _read(sentence) == groups


# -- members set apart from a position ---------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Unlike Chile, Peru abstained on the resolution.", {"abstain": "PER"}),
    ("Unlike Chile and Gabon, Kenya abstained on the resolution.", {"abstain": "KEN"}),
    ("Peru, rather than Chile, abstained on the resolution.", {"abstain": "PER"}),
    ("Peru, not Chile, abstained on the resolution.", {"abstain": "PER"}),
    ("Apart from Chile, all members voted in favour of the resolution.", {}),
    ("Apart from Chile, Peru and Kenya, all members voted in favour of the resolution.", {}),
    ("All members except Chile, Peru and Kenya voted in favour of the resolution.", {}),
    ("Everyone but Chile voted for the resolution.", {}),
    # the same words naming a member who shares the position
    ("Besides Peru, Chile also voted against the resolution.", {"no": "CHL;PER"}),
    ("In addition to Peru, Gabon voted against the resolution.", {"no": "GAB;PER"}),
    # "aside from", "apart from", "besides" may mean "except": without "also", the members named with
    # them take no position
    ("Aside from Chile and Peru, Kenya is the only African state on the council, and it voted for the "
     "resolution.", {"yes": "KEN"}),
    ("Apart from Chile and Peru, Kenya voted against the resolution.", {"no": "KEN"}),
    ("Besides Chile and Peru, Kenya and Gabon abstained on the resolution.", {"abstain": "GAB;KEN"}),
    ("Kenya, aside from Chile and Peru, voted against the resolution.", {"no": "KEN"}),
    # "only" says the lead phrase is an exception, "also" or no
    ("Besides Peru, Chile was also the only member to vote against the resolution.", {"no": "CHL"}),
])
def test_a_member_set_apart_does_not_take_the_position(sentence, groups):
    assert _read(sentence) == groups


# -- a day between the verb and the side; lists set apart; sponsors; an outcome denied --
@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile and Peru voted on Thursday against the draft in the Security Council.", {"no": "CHL;PER"}),
    ("Kenya voted again in favour of the text in the Security Council.", {"yes": "KEN"}),
    # the set-apart list ends with its "and X": the list after the comma is the clause's own
    ("Among states other than Chile and Peru, Kenya, Gabon and Norway voted against the council's text.",
     {"no": "GAB;KEN;NOR"}),
    ("All members except Chile, Peru and Kenya voted in favour of the council's text.", {}),
    # "Backed by A and B, the draft ...": its sponsors, not its voters
    ("Backed by Peru and Kenya, the draft was put to a vote in the Security Council on Monday.", {}),
])
def test_days_set_apart_lists_and_sponsors(sentence, groups):
    assert _read(sentence) == groups


def test_an_outcome_denied_is_no_adoption():
    m = extract_mentions(inline_article(
        "Chile and Peru voted against the Security Council draft on Tuesday, so the resolution was not "
        "passed.",
        date="2011-10-05"))
    assert set(m.outcome.dropna()) <= {"failed"}
    assert "adopted" not in set(m.outcome.dropna())


# -- precision: what is no position, no count, no size -------------------------------
def _one(sentence: str) -> dict:
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    if m.empty:
        return {}
    r = m.iloc[0]
    return {"groups": position_groups(m), "tally": None if r.isna()["tally"] else r["tally"],
            "unanimous": bool(r["unanimous"]), "size": None if r.isna()["size"] else int(r["size"])}


@pytest.mark.parametrize(("sentence", "key", "value"), [
    ("The less than unanimous vote in the Security Council on Tuesday showed doubts about the text.",
     "unanimous", False),
    ("The Security Council unanimously adopted the text on Tuesday.", "unanimous", True),
    # what was expected or hoped for is no claim of the vote
    ("The abstention was a surprise: envoys had said they expected the Security Council text to get "
     "unanimous support.", "unanimous", False),
    ("Envoys hope the Security Council will adopt the text unanimously on Friday.", "unanimous", False),
    ("The Security Council text was adopted unanimously, as envoys had expected.", "unanimous", True),
    # what a step needs is no claim of how a vote went
    ("Members split over a press statement on the launch, a step that requires the Security Council's "
     "unanimous approval.", "unanimous", False),
    # "unanimously" said of something far from the vote word: a stance, not the vote
    ("The Security Council also voiced approval of the request of the regional bloc for a larger monitoring "
     "force in the province, a force which the council supports unanimously.", "unanimous", False),
    ("The resolution, drafted by Britain and co-sponsored by France, Germany and Spain after two weeks of "
     "talks, was adopted unanimously by the Security Council.", "unanimous", True),
    ("The General Assembly text passed on Tuesday after 140 Member States voted in favour.", "size", None),
    ("The 15-member Security Council adopted the resolution on Tuesday.", "size", 15),
    # a part of a bigger number, or the size of something else, is no body's size
    ("The Security Council vote on paying for the 1,500-member force was 14 in favour.", "size", None),
    ("The Security Council adopted the text over the 27-nation European Union's objections.", "size", None),
    # a subgroup is no count of the vote
    ("The Security Council draft failed on Tuesday as two permanent members voted against.", "tally", None),
    # a body's size in the heading is no count of the list (the heading's own count is)
    ("Five of the 15-nation council abstained: Chile, Peru, Kenya, Gabon and Norway.", "tally", "?-?-5"),
    # a bound is no count
    ("The General Assembly adopted the text on Wednesday, but more than 40 countries abstained.", "tally",
     None),
    ("The General Assembly adopted the text on Wednesday, and 41 countries abstained.", "tally", "?-?-41"),
    # a count referring back to a group already named is no count of the vote
    ("Chile, speaking also for Peru, Kenya and Gabon, said the four countries abstained on the council's "
     "resolution.", "tally", None),
    ("These three states voted against the Security Council resolution on Tuesday.", "tally", None),
    ("The resolution passed, but both nations voted against it.", "tally", None),
    # ... but the rest and the whole are
    ("The other 14 members voted in favour of the Security Council resolution.", "tally", "14-?-?"),
    ("The 14 other members voted in favour of the Security Council resolution.", "tally", "14-?-?"),
    ("The 15 council members voted in favour of the Security Council resolution.", "tally", "15-?-?"),
    ("The 15 members voted in favour of the Security Council resolution.", "tally", "15-?-?"),
    ("The remaining 13 countries voted for the Security Council resolution.", "tally", "13-?-?"),
    ("All 15 members voted in favour of the Security Council resolution.", "tally", "15-?-?"),
    # a count needed is not a count got
    ("The motion needed nine \u201cyes\u201d votes in the Security Council but got four.", "tally", None),
    ("The council's draft required at least nine votes in favour.", "tally", None),
    ("The Security Council text failed to muster the minimum nine \u201cyes\u201d votes on Tuesday.", "tally",
     None),
    ("The Security Council draft failed to win the required nine votes.", "tally", None),
    # counts of a region's or a bloc's members are not the vote's
    ("Out of 54 nations on the continent, 28 voted in favour of the General Assembly resolution.", "tally",
     None),
    ("Of the 27 EU members, 20 voted for the General Assembly text.", "tally", None),
    ("Out of the 47 members, 22 voted in favour of the Council resolution.", "tally", "22-?-?"),
    ("A number of 83 countries refrained from voting on the General Assembly resolution.", "tally", "?-?-83"),
    # the answer as the votes' adjective, quoted or not
    ("The council's text drew 11 \u201cyes\u201d votes and two \u201cno\u201d votes.", "tally", "11-2-?"),
    ("The resolution won 13 affirmative votes, with two negative votes.", "tally", "13-2-?"),
])
def test_what_is_no_count_size_or_unanimity(sentence, key, value):
    assert _one(sentence).get(key, False if key == "unanimous" else None) == value


def test_how_voting_works_is_no_vote():
    assert _one("A resolution in the 15-member council needs a minimum of nine votes in favour and no "
                "veto.") == {}


@pytest.mark.parametrize(("sentence", "groups"), [
    # a passive position's members are its agents after "by", not the sponsors named before it
    ("The text, which was backed by Peru, other states and Kenya, won 11 votes in the Security Council "
     "but was blocked by Chile's veto.", {"veto": "CHL"}),
    # a participle after a comma is the clause subject's act
    ("Chile struck back at Peru over its ties with Kenya on Thursday, vetoing the Security Council draft.",
     {"veto": "CHL"}),
    # an aside's past positions and a present stance are no votes of this one
    # (going along with the text is voting for it)
    ("Chile, which has opposed force in the past, went along with the Security Council text on Tuesday.",
     {"yes": "CHL"}),
    ("The peace plan, which is backed by Peru, came up in the Security Council on Tuesday.", {}),
    ("Chile, which abstained, said the Security Council text was unbalanced.", {"abstain": "CHL"}),
])
def test_passives_participles_and_asides(sentence, groups):
    assert _read(sentence) == groups


# -- roll calls laid out as tables and indexes; one text whatever the tense -----------
def test_a_roll_call_under_index_letters():
    m = extract_mentions(inline_article(
        "The General Assembly adopted the resolution on Monday.",
        "Member states that voted against the resolution", "B: The Bahamas, Belarus", "C: Chile, Cuba",
        "Member states that abstained", "A: Angola, Armenia", "B: Bolivia",
        "The text was welcomed in Kyiv.", date="2022-11-15"))
    assert position_groups(m) == {"no": "BHS;BLR;CHL;CUB", "abstain": "AGO;ARM;BOL"}


def test_index_letters_run_into_one_paragraph_and_a_nine_word_heading():
    m = extract_mentions(inline_article(
        "The General Assembly adopted the resolution on Monday.",
        "Member states that voted in favour of the resolution",
        "A: Angola, Armenia B: Bolivia, Brazil C:Chile, Cuba",
        "The text was welcomed in Kyiv.", date="2022-11-15"))
    assert position_groups(m) == {"yes": "AGO;ARM;BOL;BRA;CHL;CUB"}


def test_a_bare_answer_with_its_count_heads_a_roll_call():
    m = extract_mentions(inline_article(
        "The General Assembly voted on Thursday on the resolution.",
        "No - 3: Chile, Peru, Kenya", "Abstain - 4: Norway, Dem. Rep. of Congo, Ghana, Mali",
        date="2012-11-30"))
    assert position_groups(m) == {"no": "CHL;KEN;PER", "abstain": "COD;GHA;MLI;NOR"}


def test_headings_flattened_on_one_line_take_their_lists_only_when_the_counts_fit():
    heads = "Voted in favour (3): Voted against (2): Abstained (1) :"
    m = extract_mentions(inline_article("The Human Rights Council adopted the text on Wednesday.", heads,
                                        "Chile, Peru and Kenya", "Norway and Gabon", "Mali",
                                        date="2009-05-28"))
    assert position_groups(m) == {"yes": "CHL;KEN;PER", "no": "GAB;NOR", "abstain": "MLI"}
    # a list shorter than its heading's count may be another list: nothing is read
    m = extract_mentions(inline_article("The Human Rights Council adopted the text on Wednesday.", heads,
                                        "Chile and Peru", "Norway and Gabon", date="2009-05-28"))
    assert position_groups(m) == {}


@pytest.mark.parametrize(("sentence", "plural"), [
    ("Chile has vetoed a United Nations Security Council resolution on the ceasefire.", False),
    ("Chile has vetoed three previous resolutions on the ceasefire in the Security Council.", True),
])
def test_one_text_whatever_the_tense(sentence, plural):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert m.plural.tolist() == [plural]


@pytest.mark.parametrize(("sentence", "plural"), [
    ("Chile vetoed a Security Council resolution on the ceasefire, a setback for global efforts to end "
     "the war.", False),
    ("Chile has blocked two Western efforts in the Security Council to condemn the attack.", True),
])
def test_efforts_count_as_several_only_when_counted(sentence, plural):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert m.plural.tolist() == [plural]


def test_what_the_charter_lets_the_council_do_is_no_vote():
    assert _one("Chapter 7 allows the council to authorize actions from sanctions to military force.") == {}


def test_a_partner_named_after_with_is_no_voter():
    assert _read("Chile has long had close ties with Peru, and in the vote it sided with Kenya and Gabon, "
                 "which also abstained in the council.") == {"abstain": "CHL;GAB;KEN"}


# -- sides said without their verb (tallies as written) ----------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    # the verb said once: each later member's side follows its name
    ("Eleven states voted in favour, Norway against and Kenya abstained.", {"no": "NOR", "abstain": "KEN"}),
    ("Twelve members voted for the draft, Chile against, and Peru and Gabon abstained.",
     {"no": "CHL", "abstain": "GAB;PER"}),
    # a count and its side, the member after "from"
    ("The text drew nine votes, one against from the Netherlands with five abstentions, including Peru "
     "and Kenya.", {"no": "NLD", "abstain": "KEN;PER"}),
    # a count in favour, its members after "including": not the abstainers named later
    ("The final count was 11 in favour, including Chile and Gabon, and 4 abstentions, Peru and Kenya.",
     {"yes": "CHL;GAB", "abstain": "KEN;PER"}),
    # "in its favour"
    ("The text passed with Norway and Chile voting in its favour.", {"yes": "CHL;NOR"}),
])
def test_a_side_said_without_its_verb_goes_with_its_own_members(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize("sentence", [
    "Nine states voted for the text and one against it.",  # no member named with the side
    "The vote was 14 in favour, none against and one abstention.",
])
def test_a_counted_side_names_no_member_it_does_not_name(sentence):
    assert _read(sentence).get("no", "") == ""


# -- members who are no voters ------------------------------------------------
@pytest.mark.parametrize(("sentence", "groups"), [
    # the sponsors, with an adverb before "by"; the list ends with its "and" item
    ("While ten members voted for the text written jointly by Norway and Chile, Peru and Kenya abstained.",
     {"yes": "", "abstain": "KEN;PER"}),
    ("Nine members backed the draft penned by Gabon and Peru, while Kenya abstained.",
     {"yes": "", "abstain": "KEN"}),
    # whom the text would have addressed is not who blocked it
    ("Norway blocked a draft on Monday that would have demanded Chile end its blockade, the first veto "
     "in a year.", {"veto": "NOR"}),
])
def test_sponsors_and_those_a_text_addresses_are_no_voters(sentence, groups):
    got = _read(sentence)
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in groups.items() if v}


def test_list_items_joined_into_one_paragraph_are_sentences_of_their_own():
    # Markdown list items ("- ...") read as one paragraph: each item is its own sentence, so the
    # members of one item are not the next item's
    got = _read("- The text, tabled by Chile, passed with Norway voting in its favour. "
                "- Peru and Kenya abstained.")
    assert got == {"yes": "NOR", "abstain": "KEN;PER"}


def test_how_a_resolution_can_be_adopted_is_no_vote():
    m = extract_mentions(inline_article(
        "A resolution can be adopted by the 15-member Security Council if it wins nine votes and no veto.",
        date="2020-08-31"))
    assert m.empty


def test_a_count_out_of_the_members_voting_to_support():
    m = extract_mentions(inline_article("In the Human Rights Council only 19 out of the 47 members voted to "
                                        "support the text.", date="2011-10-05"))
    assert m.tally.tolist() == ["19-?-?"]


def test_no_votes_without_a_count_is_not_a_vote_against():
    # "there were no votes from Chile": none at all, not votes against
    assert _read("There were no votes from Chile in the end.") == {}


# -- counted groups named in asides, after "together with", after the text voted on ----------------
@pytest.mark.parametrize(("sentence", "groups"), [
    # a count and its members set off by dashes, "the" before the first name
    ("The draft got nine votes in favour, three abstentions — the Netherlands, Kenya and Peru — and "
     "one veto.", {"abstain": "KEN;NLD;PER"}),
    # "together with" a count of others and their names in parentheses
    ("Chile and Peru voted against the text together with three Asian states (Nepal, Laos and Bhutan).",
     {"no": "BTN;CHL;LAO;NPL;PER"}),
    ("Ghana abstained along with 4 Europeans (Malta, Austria, Ireland and Norway).",
     {"abstain": "AUT;GHA;IRL;MLT;NOR"}),
    # some members of a counted position, named after the text voted on
    ("Twenty nations voted in support of the draft, including Norway and Chile.", {"yes": "CHL;NOR"}),
    ("Nine members abstained, such as Kenya and Peru.", {"abstain": "KEN;PER"}),
    ("Kenya, Peru and 12 others voted against the resolution, most notably Ghana.",
     {"no": "GHA;KEN;PER"}),
    # the counted group of a position with no word of voting, its members after "include"
    ("The states that backed the proposal were 21, and include Chile, Norway and Ghana.",
     {"yes": "CHL;GHA;NOR"}),
])
def test_counted_groups_and_the_members_named_for_them(sentence, groups):
    assert _read(sentence) == groups


def test_a_comma_after_the_text_introduces_no_other_voters_than_states():
    # "including" after the text names parts of it, not voters, when no state follows
    assert _read("Chile voted against the resolution, including its paragraph on trade.") == {"no": "CHL"}


def test_members_among_the_one_count_of_the_sentence_before():
    got = _read("Another 40 states abstained in the vote. Nepal, Laos, Bhutan and much of Central Asia "
                "were among them.")
    assert got == {"abstain": "BTN;LAO;NPL"}
    # a tally of several parts: "them" could be any of its counts
    assert _read("The text passed 90-6-40. Nepal and Laos were among them.") == {}


def test_a_state_in_scare_quotes_is_a_voter_and_a_quoted_vote_is_still_speech():
    assert _read("“Chile”, Norway and 20 others voted against the text.") == {"no": "CHL;NOR"}
    assert _read('Her statement said: “Chile voted against.”') == {}


@pytest.mark.parametrize(("sentence", "groups"), [
    # a state's office answering the vote, named by the state's adjective
    ("The Kenyan government quickly rejected the resolution, which passed 12-0, with Peru and Chile "
     "abstaining.", {"abstain": "CHL;PER"}),
    ("Russia, which has opposed sanctions before, went along with the draft this time.", {"yes": "RUS"}),
    ("Peru went along with the text, while Chile voted against it.", {"yes": "PER", "no": "CHL"}),
    # going along by abstaining is no vote for the text
    ("Peru went along with the draft resolution by abstaining.", {"abstain": "PER"}),
    ("Norway was the only member that cast the negative ballot.", {"no": "NOR"}),
    # a plan one goes along with is no vote
    ("Peru went along with the Brazilian plan.", {}),
])
def test_reactions_going_along_and_ballots(sentence, groups):
    assert _read(sentence) == groups


def test_power_of_veto_used_is_a_veto_and_not_used_is_none():
    m = extract_mentions(inline_article("The Council failed after France used its power of veto to block the "
                                        "draft resolution.", date="2011-10-05"))
    assert position_groups(m) == {"veto": "FRA"}
    assert position_groups(extract_mentions(inline_article(
        "France has not used its power of veto on a draft resolution since 1989.", date="2011-10-05"))) == {}


@pytest.mark.parametrize(("sentence", "groups"), [
    # a member set apart, then given its own position at the sentence's end
    ("The text was backed by all council members except Kenya and Peru, which abstained.",
     {"abstain": "KEN;PER"}),
    ("The draft won the support of every member except Chile, which vetoed it.", {"veto": "CHL"}),
    # an aside closed by a comma: the position after it is not theirs, and nothing is said of them
    ("All members except Chile and Peru, who voted against, backed the text.", {}),
    ("All members voted for the text except Chile.", {}),
])
def test_a_member_set_apart_with_its_own_position(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # the speaker's own "it" with a second verb after "but"
    ("Norway said it was troubled by the fighting but voted against the text.", {"no": "NOR"}),
    ("Kenya said it shared the concerns but opposed the resolution.", {"no": "KEN"}),
    # another member after "but" is that verb's subject
    ("Norway said it regretted the text but Kenya voted against it.", {"no": "KEN"}),
    # what it said it would do is no vote
    ("Norway said it would abstain.", {}),
])
def test_a_speakers_own_it_with_a_second_verb(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    ("In the end there were just two votes against the motion: one was Norway and the other was Peru.",
     {"no": "NOR;PER"}),
    ("The text drew two abstentions: one from Chile, the other from Kenya.", {"abstain": "CHL;KEN"}),
    # one of the two is no state: the pair is not read
    ("There were two votes against: one was cast by a small island state and the other was Peru.", {}),
])
def test_a_count_of_two_told_one_by_one(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize("sentence", [
    "The motion condemning abuses by Ruritania's army was approved with 18 votes in favour.",
    "A text condemning attacks carried out by Ruritania passed with 18 votes in favour.",
    "The resolution on the invasion of Ruritania was approved with 18 votes in favour.",
])
def test_a_state_whose_acts_the_text_condemns_is_no_voter(sentence):
    assert _read(sentence) == {}


def test_a_voter_beside_the_state_whose_acts_the_text_condemns_is_still_read():
    assert _read("The motion condemning abuses by Ruritania's army was approved with 18 votes in favour; "
                 "France voted against it.") == {"no": "FRA"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ruritania, Freedonia and Peru were among those against the resolution.", {"no": "PER"}),
    ("France and Peru were among those in favour of the text.", {"yes": "FRA;PER"}),
    # what those named opposed is no text: no vote
    ("Peru was among those against sending troops.", {}),
])
def test_members_among_those_on_one_side(sentence, expected):
    assert _read(sentence) == expected


def test_a_count_and_its_members_after_a_spaced_hyphen():
    assert _read("The Council approved the text by nine votes to none, with two abstentions - Russia and "
                 "China.") == {"abstain": "CHN;RUS"}
    # an aside between hyphens that names nobody leaves the later vote alone
    assert _read("The text passed with two abstentions - a rare sight - and France voted "
                 "yes.") == {"yes": "FRA"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The votes of Russia, China and Peru were negative.", {"no": "CHN;PER;RUS"}),
    # a judgement, not a vote: only a sentence opening with whose votes they were is read
    ("The reviews of Russia and China were negative.", {}),
    ("Russia's comments were negative.", {}),
])
def test_votes_of_members_that_were_negative(sentence, expected):
    assert _read(sentence) == expected


# -- session 22: shapes of the unseen sets' misses, in our own words ---------
def _tally_of(*paragraphs: str) -> list[str]:
    mentions = extract_mentions(inline_article(*paragraphs, date="2015-10-05"))
    return [str(t) for t in mentions.tally.dropna()]


@pytest.mark.parametrize(("sentence", "tally"), [
    # the count after the words of its side; an aside about the text itself gives its count
    ("The resolution, which finally won the approval of 20 nations, was rejected by 15, with 4 abstaining.",
     "20-15-4"),
    ("The resolution received support from 93 countries, with 18 voting against and 65 abstaining.",
     "93-18-65"),
    # a tally written "N votes to M" is no count against of its own; after a rejection the winning
    # side, the count against, comes first in the Assembly and the Rights Council
    ("The General Assembly rejected the draft by 7 votes to 4.", "4-7-?"),
    ("The Human Rights Council voted down the draft 21 to 18, with 7 abstentions.", "18-21-7"),
    ("The General Assembly rejected the draft by a vote of 4 to 7.", "4-7-?"),
    # ... not where a draft may fail with more votes for it than against, or the body is not told
    ("The Security Council rejected the draft by 8 votes to 2, with 5 abstentions.", "?-?-5"),
    ("Russia vetoed the text, which the Assembly then saw defeated 13-2 with 0 abstentions.", "?-?-0"),
    # an adoption after the rejection is what the count is of
    ("The General Assembly rejected a motion to adjourn, then voted 120-30 to adopt the text.", "120-30-?"),
    # "refrained from voting" is the Assembly's abstention
    ("The Assembly adopted the resolution by 60 votes to 20, while 40 countries refrained from voting.",
     "60-20-40"),
])
def test_counts_after_their_side(sentence, tally):
    assert _tally_of(sentence) == [tally]


def test_an_aside_about_another_subject_gives_no_count():
    assert _tally_of("Chile, which won the support of 12 members in 2010, voted for the resolution.") == []
    assert _tally_of("The resolution, backed by 40 co-sponsors, was adopted.") == []


def test_rejected_by_a_count_is_the_count_against_not_the_outcome():
    m = extract_mentions(inline_article(
        "The resolution, which won the approval of 20 nations, was rejected by 15, with 4 abstaining.",
        date="2015-10-05"))
    assert m.outcome.isna().all()
    failed = extract_mentions(inline_article("The draft resolution was rejected by 7 votes to 4.",
                                             date="2015-10-05"))
    assert list(failed.outcome) == ["failed"]


@pytest.mark.parametrize(("paragraph", "groups"), [
    # a count of abstentions, then its members in the next sentence
    ("The Assembly adopted the resolution by 60 votes to 20. A total of 40 countries refrained from voting. "
     "Among them are Chile, Peru and Ghana.", {"abstain": "CHL;GHA;PER"}),
    ("The Assembly adopted the resolution by 60 votes to 20. Forty countries abstained from voting. "
     "Among them were Chile, Peru and Ghana.", {"abstain": "CHL;GHA;PER"}),
    ("Chile refrained from voting.", {"abstain": "CHL"}),
    ("Chile urged members to refrain from voting.", {}),
])
def test_refrained_from_voting_and_among_them(paragraph, groups):
    assert _read(paragraph) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # a dash typed as a hyphen glued to the first name of the list
    ("The Council adopted the text by nine votes to none, with six abstentions -Chile, Peru, Ghana.",
     {"abstain": "CHL;GHA;PER"}),
    # no state inside a compound
    ("The US-led draft failed, and anti-Russia groups protested.", {}),
])
def test_a_list_after_a_glued_dash(sentence, groups):
    assert _read(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups", "others"), [
    ("They praised the countries that voted in favour of the resolution, primarily Peru and Ghana.",
     {"yes": "GHA;PER"}, True),
    ("The countries that voted against the draft, mainly Peru and Ghana, were criticised.",
     {"no": "GHA;PER"}, True),
    # an adverb before no name is no list of some
    ("Chile, particularly concerned, voted against.", {"no": "CHL"}, False),
])
def test_some_of_a_side_named_after_primarily(sentence, groups, others):
    m = extract_mentions(inline_article(sentence, date="2015-10-05"))
    assert position_groups(m) == groups
    assert list(m.dropna(subset=["position"]).others) == [others]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Chile, Peru and Ghana were among the countries that voted to extend the mandate of the expert.",
     {"yes": "CHL;GHA;PER"}),
    ("Chile did not vote to extend the mandate.", {}),
    # a denied position keeps its members from the next clause's
    ("Chile did not vote against the text, and Peru abstained.", {"abstain": "PER"}),
    ("Chile did not vote to extend the mandate, and Peru abstained.", {"abstain": "PER"}),
    # unless that clause names none of its own: the subject is shared
    ("China did not vote against the resolution, but abstained.", {"abstain": "CHN"}),
    ("China did not vote against the resolution; it abstained.", {"abstain": "CHN"}),
    ("Chile did not vote.", {"absent": "CHL"}),
    ("India was not absent when the council voted.", {}),
])
def test_voted_to_extend_and_denied_positions(sentence, groups):
    assert _read(sentence) == groups


def test_a_counted_group_named_the_sentence_before():
    groups = _read("The vote was 12-0 with Chile, Peru and Ghana abstaining. The three elected council "
                   "members had backed a draft for a longer mandate that was vetoed by Russia last week.")
    assert groups == {"abstain": "CHL;GHA;PER", "yes": "CHL;GHA;PER", "veto": "RUS"}
    # a count that is not the number named is no reference to them
    assert _read("The vote was 12-0 with Chile, Peru and Ghana abstaining. The two elected council members "
                 "had backed a draft.") == {"abstain": "CHL;GHA;PER"}


def test_a_position_word_alone_in_quotation_marks_is_the_writers():
    assert _read('This year Chile, Peru and Ghana also changed their position to "abstain".') == {
        "abstain": "CHL;GHA;PER"}
    assert _read('"We voted against," Chile said.') == {}


def test_an_opening_participle_names_no_voter():
    assert _read("GENEVA — Angered by Chile's ties with Peru, Ghana on Friday vetoed a draft resolution in "
                 "the Security Council.") == {"veto": "GHA"}


@pytest.mark.parametrize(("sentence", "expected", "tally"), [
    # the side in quotation marks is the writer's report of the vote, not anyone's words
    ('The council\'s text passed with 20 votes in favour; 5 voted "against" (Chile, Peru, Kenya, Gabon, '
     'Cuba) and another 12 abstained.', {"no": "CHL;CUB;GAB;KEN;PER"}, "20-5-12"),
    ('Eleven states voted "for" the resolution and Norway voted "against" it.', {"no": "NOR"}, "11-?-?"),
    ("The text passed with 30 in favour; four abstained (Chile, Peru, Kenya and Gabon) and Cuba voted "
     "against.", {"abstain": "CHL;GAB;KEN;PER", "no": "CUB"}, "30-?-4"),
])
def test_a_quoted_side_and_a_voted_count_with_its_list(sentence, expected, tally):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert position_groups(m) == expected
    assert m.tally.iloc[0] == tally


@pytest.mark.parametrize(("sentence", "expected", "tally"), [
    # voting for or against a state says which side of the text only by inference: nothing is read,
    # and the members of that clause take no other clause's position
    ("Chile and Peru voted for Kenya in the Assembly resolution, while Gabon abstained.", {"abstain": "GAB"},
     None),
    ("In the Assembly resolution 120 countries voted against Kenya, while 30, including Chile and Peru, "
     "abstained.", {"abstain": "CHL;PER"}, "?-?-30"),
    # a state naming the text is no such object
    ("Chile voted for the Peruvian draft resolution and Gabon voted against Kenya's text.",
     {"yes": "CHL", "no": "GAB"}, None),
])
def test_a_vote_for_or_against_a_state_is_no_side_of_the_text(sentence, expected, tally):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert position_groups(m) == expected
    assert (None if m.tally.isna().iloc[0] else m.tally.iloc[0]) == tally


@pytest.mark.parametrize(("sentence", "expected"), [
    # force the Council authorised is a precedent: an adopted text
    ("The Security Council authorised the use of force against the regime in 2011.",
     ("precedent", "adopted")),
    # ... force without its authorisation is what a draft condemns, and no outcome of any vote
    ("The draft called the alliance's use of force without the Security Council's authorisation a breach "
     "of the Charter.", None),
    ("The resolution condemned the unauthorized use of force against the province.", None),
    ("Both accused the alliance of turning a UN-authorized use of force in the province into a war.",
     ("precedent", "adopted")),
])
def test_force_the_council_did_not_authorise_is_no_precedent(sentence, expected):
    m = extract_mentions(inline_article(sentence, date="2011-10-05"))
    assert (None if m.empty else (m.kind.iloc[0], m.outcome.iloc[0])) == expected


def test_a_resolution_is_dated_by_the_date_beside_it_not_an_earlier_events():
    # the year of the embargo opens the sentence; the resolution's own year is the one beside it
    m = extract_mentions(inline_article(
        "The Security Council first imposed the embargo in 2011 after the uprising, and later adopted "
        "resolution 2292 in 2016 to allow inspections at sea.", date="2021-05-30"))
    assert (m.date_text.iloc[0], m.date_from.iloc[0].year) == ("in 2016", 2016)


@pytest.mark.parametrize(("sentence", "groups"), [
    # a clause of its own ended by ", and": who had proposed something before did not vote so
    ("Chile pressed for an open vote after Peru had proposed a secret ballot, and Kenya voted for it.",
     {"yes": "KEN"}),
    ("Peru was isolated in the debate, and Kenya voted against the text.", {"no": "KEN"}),
    # the mover of a proposal is no voter of the votes it received
    ("The motion by Chile won 80 votes in favour, with Peru voting against.", {"no": "PER"}),
    ("The proposal by Kenya received 90 votes in favour and 12 against.", {}),
])
def test_a_clause_before_and_and_a_proposals_mover_are_no_voters(sentence, groups):
    assert read_positions(sentence) == groups


@pytest.mark.parametrize(("sentence", "groups"), [
    # the side said after a "voted with" list is the list's too
    ("Kenya voted with Chile and Peru against the resolution.", {"no": "CHL;KEN;PER"}),
    ("Last year the small state of Kenya voted with Chile and the United States in favour of the text.",
     {"yes": "CHL;KEN;USA"}),
    # "along with fellow ... nations A and B": the list shares the side told before it
    ("This year Kenya abstained, along with fellow Andean nations Peru and Chile.",
     {"abstain": "CHL;KEN;PER"}),
])
def test_voting_with_a_list_and_a_side_and_fellow_nations(sentence, groups):
    assert read_positions(sentence) == groups

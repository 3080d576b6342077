"""Precision guards met on real articles (own-words fixtures): words that look like a position or a size
in a sentence that states none, and a paragraph's separate vote kept apart from the text's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from coverage_text import inline_article, position_groups
from test_coverage_link import _roll, _with

from unsc.coverage import analyse, claims, extract_mentions
from unsc.model import conform


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
                  "outcome": "adopted", "yes": 12, "no": 0, "abstain": 3},
                 {"decision_id": "S/RES/9600(2014)", "body": "SC", "date": "2014-06-02",
                  "draft": "S/2014/400", "title": "Peace and security in the Great Lakes region",
                  "topic": None, "outcome": "adopted", "yes": 15, "no": 0, "abstain": 0}]
    roll = dict(_roll(abstain=("IND", "CHN", "PAK")))
    return _with(coverage_record, decisions, {"S/RES/9500(2014)": roll, "S/RES/9600(2014)": _roll()},
                 file=sc_source)


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


@pytest.mark.parametrize("text, code", [("Rep of Korea", "KOR"), ("Rep. of Korea", "KOR"),
                                        ("Czech Rep.", "CZE"), ("Rep. Moldova", "MDA"),
                                        ("Dominican Rep.", "DOM")])
def test_republic_shortened_as_roll_calls_copy_it(text, code):
    from unsc.coverage.text import find_countries

    assert [(p.text, p.code) for p in find_countries(f"Chile, {text}, Peru")][1] == (text, code)


def test_a_rights_council_vote_before_its_first_session_is_the_assemblys_that_set_it_up():
    m = _m("The resolution establishing the Human Rights Council was adopted on 15 March, with Israel and "
           "the United States voting against.", date="2006-03-16")
    assert set(m.body) == {"GA"}
    m = _m("The Human Rights Council adopted a text on Tuesday, with Cuba voting against.", date="2006-06-21")
    assert set(m.body) == {"HRC"}


@pytest.fixture
def rights_council_rejection(coverage_record, fixtures):
    """A Rights Council day: a rejected draft decision on a debate about an autonomous region of Ruritania
    (no roll call held) and an adopted text on an island state."""
    decisions = [
        {"decision_id": "A/HRC/51/L.901", "body": "HRC", "date": "2022-10-06", "draft": "A/HRC/51/L.901",
         "title": "Draft decision (rejected): holding a debate on the situation in the Zembla Autonomous "
                  "Region of Ruritania", "topic": None, "outcome": "failed", "yes": 17, "no": 19,
         "abstain": 11},
        {"decision_id": "A/HRC/RES/51/901", "body": "HRC", "date": "2022-10-06", "draft": None,
         "title": "Promoting reconciliation in an island state", "topic": None, "outcome": "adopted",
         "yes": 20, "no": 7, "abstain": 20}]
    return _with(coverage_record, decisions, {})


def test_a_place_only_one_title_names_links_the_one_rejected_draft_of_the_day(rights_council_rejection):
    art = inline_article("On October 6, the Human Rights Council voted down a draft decision on Zembla.",
                         date="2022-10-07")
    cov = analyse(art, rights_council_rejection)
    assert cov.mentions.decision_id.tolist() == ["A/HRC/51/L.901"]
    # without it, being the only rejected draft held for the day names nothing
    art = inline_article("On October 6, the Human Rights Council voted down a draft decision.",
                         date="2022-10-07")
    assert analyse(art, rights_council_rejection).mentions.decision_id.isna().all()


def test_a_share_out_of_the_bodys_members_voting_in_support_is_the_yes_count():
    m = _m("Only 23 out of the 47 members voted in support of the resolution which 12 members voted "
           "against and 12 other members including Peru remained absent from voting.", date="2014-03-28")
    assert m.tally.unique().tolist() == ["23-12-?"] and m["size"].unique().tolist() == [47]
    assert position_groups(m) == {"absent": "PER"}


@pytest.mark.parametrize("sentence, expected", [
    # members voting a draft down voted against it; the next clause's abstainers are their own
    ("The draft gained 11 votes, while Russia and Bolivia voted down the draft resolution, and two "
     "countries - Kazakhstan and China - abstained.", {"no": "BOL;RUS", "abstain": "CHN;KAZ"}),
    # the state sending a warning is no voter
    ("Pakistan was alone to receive a warning from the USA for voting against the resolution.",
     {"no": "PAK"}),
    # a state owning what the aside speaks of is no voter
    ("China and Russia, who have backed Myanmar's military leaders since the coup, abstained, along with "
     "India.", {"abstain": "CHN;IND;RUS"}),
    # an unwillingness to take either position takes neither
    ("Moscow and Beijing's unwillingness to support the draft, or abstain, shows a troubling policy.", {}),
])
def test_members_read_only_where_the_sentence_says_how_they_voted(sentence, expected):
    assert position_groups(_m(sentence, date="2022-12-22")) == expected


def test_the_other_countries_a_member_joined_are_not_the_whole_count():
    m = _m("Pakistan was among the 72 other countries that abstained when the General Assembly voted on "
           "Monday to adopt the resolution.", date="2022-11-16")
    assert m.tally.isna().all() and position_groups(m) == {"abstain": "PAK"}


@pytest.fixture
def assembly_october(coverage_record, fixtures):
    """One Assembly vote held for October 2018 (a chair's election, the US and Israel against), from the
    Assembly's table (known to lack some votes), and the votes spanning it."""
    from test_coverage_link import _spanning

    decisions = [{"decision_id": "A/RES/73/901", "body": "GA", "date": "2018-10-16", "draft": None,
                  "title": "Chair of the Group of 77 for 2019", "topic": None, "outcome": "adopted",
                  "yes": 146, "no": 3, "abstain": 15}] + _spanning("2018-01-10", "2019-06-01")
    roll = {"USA": "no", "ISR": "no", "AUS": "no", "CUB": "yes", "MEX": "yes"}
    return _with(coverage_record, decisions, {"A/RES/73/901": roll},
                 file=str(fixtures / "unvotes" / "un_roll_calls.csv"))


def test_two_members_votes_do_not_make_the_one_assembly_vote_held_the_one_told_of(assembly_october):
    art = inline_article("Only Israel joined the United States in voting against the General Assembly "
                         "resolution.", date="2018-11-02", headline="UN votes to condemn embargo")
    cov = analyse(art, assembly_october)
    assert cov.mentions.decision_id.isna().all()
    assert "the Assembly's table lacks some of its votes" in " ".join(cov.mentions.reason)
    assert not (claims(cov.mentions, cov.checks).verdict == "contradicts").any()


def test_a_state_the_story_is_about_named_in_a_title_of_two_states_is_its_subject(assembly_october):
    from dataclasses import replace

    from unsc.model import conform

    dec = assembly_october.decisions.copy()
    at = dec.decision_id.astype(str) == "A/RES/73/901"
    dec.loc[at, "title"] = ("Necessity of ending the embargo imposed by the United States of America "
                            "against Cuba")
    ds = replace(assembly_october, decisions=conform(dec, "decisions"))
    art = inline_article("Only Israel joined the United States in voting against the resolution.",
                         date="2018-11-02", headline="UN votes to condemn embargo on Cuba")
    assert analyse(art, ds).mentions.decision_id.tolist() == ["A/RES/73/901"]


def test_a_day_told_from_the_page_is_not_called_wrong_when_the_page_is_late(council_text):
    art = inline_article("The Security Council adopted the resolution on reconciliation today, with China, "
                         "India and Pakistan abstaining.", date="2014-03-29")
    cov = analyse(art, council_text)
    assert cov.mentions.decision_id.dropna().unique().tolist() == ["S/RES/9500(2014)"]
    assert not cov.claims.claim.str.startswith("date").any()


def test_a_member_that_vetoed_did_not_vote_for_the_text_in_the_same_sentence():
    m = _m("The United States voted for war when it vetoed the draft on the court's ruling.",
           date="1986-08-01")
    assert position_groups(m) == {"veto": "USA"}


def test_a_vote_of_the_commission_on_human_rights_is_outside_the_data(coverage_record):
    art = inline_article("On Wednesday, the UN Human Rights Commission in Geneva voted 31-2 to condemn "
                         "the killing.", date="2004-03-26")
    m = analyse(art, coverage_record).mentions
    assert m.status.tolist() == ["unverifiable"]
    assert m.reason.iloc[0].startswith("a vote of the Commission on Human Rights")


@pytest.fixture
def two_records_of_one_draft(coverage_record, sc_source):
    """One vetoed Council draft the source holds twice under its own IDs, one row wrongly 'adopted'."""
    row = {"body": "SC", "date": "1996-11-19", "draft": None, "topic": None, "yes": None, "no": None,
           "abstain": None}
    decisions = [{"decision_id": "S/1996/990 (ID 76)", "title": "Appointment of the Secretary-General",
                  "outcome": "adopted", **row},
                 {"decision_id": "S/1996/990 (ID 192)", "title": "Appointment of the Secretary-General",
                  "outcome": "vetoed", **row}]
    roll = dict(_roll(no=("USA",)))
    return _with(coverage_record, decisions, {"S/1996/990 (ID 192)": roll, "S/1996/990 (ID 76)": roll},
                 file=sc_source)


def test_one_draft_held_twice_is_one_candidate_and_the_story_keeps_the_row_it_linked(
        two_records_of_one_draft):
    art = inline_article("The United States on Tuesday vetoed the bid for a second term.",
                         "The 14-1 vote signals that Washington wants reforms.", date="1996-11-20")
    cov = analyse(art, two_records_of_one_draft)
    assert cov.mentions.drop_duplicates("mention_id").decision_id.tolist() == ["S/1996/990 (ID 192)"] * 2


@pytest.mark.parametrize("sentence", [
    "Before it put forward its own text on Friday, the United States had vetoed three previous ones.",
    "The United States has long used its veto power to block measures its ally opposes.",
    "After the Cold War ended, Moscow used its veto power with more restraint.",
])
def test_a_count_or_habit_of_vetoes_refers_to_several_decisions(sentence):
    m = _m(sentence, date="2024-03-22")
    assert m.plural.tolist() == [True]


def test_a_stance_held_for_years_is_no_vote():
    m = _m("Last week, the United States vetoed a resolution to admit the applicant, which its ally has "
           "long opposed.", date="2024-04-25")
    assert position_groups(m) == {"veto": "USA"}


def test_whom_a_vote_hurt_is_not_what_the_text_is_about():
    m = _m("Russia, France and China abstained, a blow to U.S. and British efforts to keep the "
           "Council united.", date="1999-12-17")
    assert m.topics.isna().all()
    assert position_groups(m) == {"abstain": "CHN;FRA;RUS"}


def test_an_outcome_word_in_a_condition_is_no_outcome():
    m = _m("The Security Council adopted the text on Friday.",
           "Under it, no plane may land if the flight was not approved by the Security Council's "
           "committee.", date="2011-03-18")
    assert m.outcome.tolist() == ["adopted"]


def test_a_tally_needs_no_vote_word():
    m = _m("The Assembly's tally last year was 188-2.", date="2016-10-26")
    assert m.tally.tolist() == ["188-2-?"]


def test_list_items_are_paragraphs_of_their_own(tmp_path):
    from unsc.coverage import read_article

    path = tmp_path / "a.md"
    path.write_text("# Council Vote\n\nMarch 22, 2024\n\nThe council voted today.\n\n"
                    "- Two members vetoed the draft\n- The vote was 11 in favour, three against and one "
                    "abstention\n- Ruritania's envoy spoke after the vote\n", encoding="utf-8")
    assert read_article(path).paragraphs[1:] == (
        "- Two members vetoed the draft",
        "- The vote was 11 in favour, three against and one abstention",
        "- Ruritania's envoy spoke after the vote")


def test_a_reports_present_tense_opposition_is_a_no():
    m = _m("According to reports, 12 of the 15 members support the text, Russia and India oppose it, and "
           "China abstains.", "Russia has pledged to oppose it again.", date="2021-12-13")
    assert position_groups(m) == {"no": "IND;RUS", "abstain": "CHN"}


def test_the_other_members_voting_for_is_no_outcome():
    m = _m("Russia vetoed a Security Council resolution on the war.",
           "All other countries of the 15-member UNSC voted in favor of the resolution.",
           date="2024-11-18")
    assert m.outcome.dropna().tolist() == ["vetoed"]


def test_a_passed_text_is_not_the_one_veto_a_partial_record_holds_that_week(coverage_record, fixtures,
                                                                               sc_source):
    # before the complete Council table begins the data hold vetoed drafts only: "passed by 10-1" fits
    # the one veto of that week in its count (the veto list names only the vetoer), not its outcome
    vetoed = {"decision_id": "S/14990", "body": "SC", "date": "1982-04-02", "draft": "S/14990",
              "title": "Letter from a member on a border incident", "topic": None, "outcome": "vetoed",
              "yes": None, "no": None, "abstain": None, "partial": True}
    other = {**vetoed, "decision_id": "S/14991", "draft": "S/14991", "title": "A question of trade"}
    ds = _with(coverage_record, [vetoed, other], {"S/14990": {"USA": "no"},
                                                  "S/14991": {"USA": "no", "GBR": "no"}}, file=sc_source)
    files = ds.decisions.file.astype(object).where(
        ~ds.decisions.decision_id.astype(str).isin(["S/14990", "S/14991"]),
        str(fixtures / "vetoes" / "vetoes_small.csv"))
    ds = replace(ds, decisions=conform(ds.decisions.astype(object).assign(file=files), "decisions"))
    art = inline_article("The Security Council passed by a 10-1 vote Saturday a resolution demanding the "
                         "withdrawal of the invading forces.", date="1982-04-03")
    m = analyse(art, ds).mentions
    assert m.status.tolist() == ["unverifiable"]
    assert m.reason.iloc[0].endswith("S/14990, was vetoed, not adopted")


def test_a_roll_call_label_after_a_colon_opens_a_paragraph(tmp_path):
    from unsc.coverage import read_article

    path = tmp_path / "a.md"
    long_line = "The vote was watched closely by every delegation in the hall, and here is how it went:"
    path.write_text(f"# Vote\n\nOctober 16, 2009\n\n{long_line * 2}\nYes: Argentina, Brazil and China.\n"
                    "No: Italy and Hungary.\n", encoding="utf-8")
    assert read_article(path).paragraphs[1:] == ("Yes: Argentina, Brazil and China.",
                                                 "No: Italy and Hungary.")


def test_a_count_then_its_members_after_the_text_without_a_comma():
    m = _m("In the Human Rights Council vote, 21 countries voted against the Dutch resolution including "
           "Bangladesh, China and Cuba.",
           "Eighteen including Argentina, Brazil and Britain voted to support it.", date="2021-10-07")
    assert position_groups(m) == {"no": "BGD;CHN;CUB", "yes": "ARG;BRA;GBR"}


def test_votes_against_between_two_counts_is_for_then_against():
    m = _m("The 47-nation body approved with 41 votes against three a resolution blaming the troops.",
           date="2012-06-01")
    assert m.tally.tolist() == ["41-3-?"]
    assert _m("It passed with 12 votes against the text.", date="2012-06-01").tally.tolist() == ["?-12-?"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Assembly adopted the text with 120 votes in favour, four against — Iran, Cuba, Syria and Belarus — "
     "and 30 abstentions, among them Brazil and Kenya.",
     {"no": "BLR;CUB;IRN;SYR", "abstain": "BRA;KEN"}),
    ("The text won 120 votes in favour, with four against: Iran, Cuba, Syria and Belarus.",
     {"no": "BLR;CUB;IRN;SYR"}),
    ("The text won 120 votes in favour, with four against - Iran, Cuba, Syria and Belarus.",
     {"no": "BLR;CUB;IRN;SYR"}),
    # no count's members: "one against the draft" is no tally
    ("Only one against the draft spoke.", {}),
])
def test_a_counts_members_after_a_dash_or_colon_are_that_side(sentence, expected):
    assert position_groups(_m(sentence, date="2019-12-20")) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nine members backed the text, two (Chile and Peru) against, four abstained.", {"no": "CHL;PER"}),
    ("Nine members backed the text, two — Chile and Peru — against, and four — Iran, Cuba, Mali and Chad — "
     "abstained.", {"no": "CHL;PER", "abstain": "CUB;IRN;MLI;TCD"}),
    ("Nine members backed the text, two - Chile and Peru - against.", {"no": "CHL;PER"}),
])
def test_a_count_then_its_members_then_its_side(sentence, expected):
    # before: the members went to the next clause's "abstained", or to none
    assert position_groups(_m(sentence, date="2019-12-20")) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Russia put its veto on the draft.", {"veto": "RUS"}),
    ("China imposed a veto on the text.", {"veto": "CHN"}),
    ("Russia applied its veto to the draft resolution.", {"veto": "RUS"}),
    ("Russia did not put a veto on the draft.", {}),
    ("Russia invoked its veto power to block the draft.", {"veto": "RUS"}),
    ("Russia threatened to invoke its veto.", {}),
])
def test_a_veto_put_imposed_or_applied_is_cast(sentence, expected):
    assert position_groups(_m(sentence, date="2019-12-20")) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("As expected, Chile and Peru voted in the negative.", {"no": "CHL;PER"}),
    ("Chile voted in the affirmative, while Peru voted in the negative.", {"yes": "CHL", "no": "PER"}),
    ("The answer was in the negative, Chile said.", {}),
])
def test_voted_in_the_negative_or_affirmative_is_a_side(sentence, expected):
    assert position_groups(_m(sentence, date="2019-12-20")) == expected

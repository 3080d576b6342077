"""The extract and link stages on vote sentences: clauses, counts, roll calls, and links that refuse to guess.

Every sentence here is written for the test (no article text). The record is
``fixtures/coverage_record``: S/2011/612 (Syria, 4 October 2011) has a full
roll call, 9 yes (BIH, COL, FRA, GAB, DEU, NGA, PRT, GBR, USA), 2 no (CHN, RUS)
and 4 abstentions (BRA, IND, LBN, ZAF).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pandas.testing as pdt
import pytest
from coverage_text import inline_article, position_groups, with_rival

from unsc.coverage import Article, analyse, extract_mentions, link
from unsc.model import conform


def _article(*paragraphs: str, date: str = "2011-10-05", headline: str = "") -> Article:
    return inline_article(*paragraphs, date=date, headline=headline)


_groups = position_groups


# -- clauses -----------------------------------------------------------------
def test_each_position_takes_the_members_of_its_own_clause():
    m = extract_mentions(_article(
        "The Security Council vote went 11-3-1, with only Norway, Peru, and Kenya voting nay, "
        "and Chile abstaining."))
    assert m.mention_id.nunique() == 1
    assert _groups(m) == {"no": "KEN;NOR;PER", "abstain": "CHL"}
    assert set(m.tally) == {"11-3-1"}


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Norway vetoed the Security Council draft, while Kenya abstained.", {"veto": "NOR", "abstain": "KEN"}),
    ("Norway vetoed the Security Council text, with Peru and Kenya abstaining.",
     {"veto": "NOR", "abstain": "KEN;PER"}),
    ("Norway and Peru vetoed the Security Council draft while Kenya voted against.",
     {"veto": "NOR;PER", "no": "KEN"}),
    ("Norway vetoed the Security Council draft, whereas Chile and Kenya abstained.",
     {"veto": "NOR", "abstain": "CHL;KEN"}),
    # a verb not read as a position keeps its members to its own clause: Norway did not abstain
    ("Norway blocked the draft, while Kenya abstained.", {"abstain": "KEN"}),
    ("Norway threatened to veto the text; Kenya abstained in the Security Council.", {"abstain": "KEN"}),
    # a member after "by the" is the passive agent, not a member of the next clause
    ("Norway vetoed the draft backed by the United States, while Kenya abstained.",
     {"veto": "NOR", "yes": "USA", "abstain": "KEN"}),
])
def test_a_clause_break_ends_the_members_of_a_position(sentence, groups):
    m = extract_mentions(_article(sentence))
    assert m.mention_id.nunique() == 1
    assert _groups(m) == groups


def test_parenthesis_and_non_permanent_members():
    m = extract_mentions(_article(
        "Four members -- Mali, Norway (which chaired the talks) and non-permanent members Peru and "
        "Kenya -- abstained in the Security Council."))
    assert _groups(m) == {"abstain": "KEN;MLI;NOR;PER"}
    assert not m.permanent.any()


def test_negated_position_is_not_read():
    m = extract_mentions(_article(
        "Japan did not vote against the Security Council resolution but abstained."))
    assert _groups(m) == {"abstain": "JPN"}


def test_demonym_delegation_is_its_state_and_groups_stay_unnamed():
    m = extract_mentions(_article("The Chinese envoy voted against the Security Council draft."))
    assert _groups(m) == {"no": "CHN"}
    m = extract_mentions(_article("Western powers voted in favour of the Security Council draft."))
    assert m.empty or m.members.isna().all()


@pytest.mark.parametrize(("sentence", "tally", "body", "size"), [
    ("Fourteen of the council's 15 members voted in favour of the resolution.", "14-?-?", "SC", 15),
    ("Eleven of the 15 members of the Security Council voted for the draft.", "11-?-?", "SC", 15),
    ("Seven nations -- including France -- voted against the Security Council draft.", "?-7-?", "SC", None),
    ("The Security Council adopted it by thirteen votes to none, with two abstentions.", "13-0-2", "SC",
     None),
    ("In the General Assembly, 120 countries voted in favour, 10 against and 30 abstained.", "120-10-30",
     "GA", None),
    ("A total of 130 states voted in favour of the text.", "130-?-?", "GA", None),  # more than the HRC's 47
])
def test_counts_in_digits_and_words(sentence, tally, body, size):
    m = extract_mentions(_article(sentence)).iloc[0]
    assert (m.tally, m.body) == (tally, body)
    assert (None if pd.isna(m["size"]) else m["size"]) == size


def test_these_n_are_names_the_count_of_the_sentence_before():
    m = extract_mentions(_article(
        "The assembly backed the text by 120 votes. Ten countries abstained and four voted against. "
        "These four are Iran, Cuba, Syria and Belarus."))
    last = m[m.mention_id == m.mention_id.iloc[-1]]
    assert _groups(last) == {"no": "BLR;CUB;IRN;SYR"}
    assert last.evidence.str.endswith("Syria and Belarus.").all()


def test_a_sentence_of_two_dated_votes_is_two_mentions():
    m = extract_mentions(_article(
        "The council failed twice last week — only four members voted in favour of a Norwegian draft "
        "on June 1 and then France vetoed a British draft text on June 3, which had received 11 yes votes.",
        date="2016-06-09"))
    first = m.drop_duplicates("mention_id")
    assert list(first.date) == [pd.Timestamp("2016-06-01"), pd.Timestamp("2016-06-03")]
    assert list(first.tally) == ["4-?-?", "11-?-?"]
    assert _groups(m[m.mention_id == first.mention_id.iloc[1]]) == {"veto": "FRA"}


# -- roll calls in lists -----------------------------------------------------
_ROLL = (
    "On Tuesday the Security Council voted on the draft resolution on Syria.",
    "Members that voted in favour:",
    "Bosnia-Herzegovina, Colombia, France, Gabon, Germany, Nigeria, Portugal, United Kingdom, "
    "United States",
    "Members that voted against:",
    "China, Russia",
    "Members that abstained:",
    "Brazil, India, Lebanon and South Africa",
)


def test_roll_call_under_headings_is_one_mention(coverage_record):
    cov = analyse(_article(*_ROLL), coverage_record)
    roll = cov.mentions[cov.mentions.position.notna()]
    assert roll.mention_id.nunique() == 1
    assert _groups(roll) == {"yes": "BIH;COL;DEU;FRA;GAB;GBR;NGA;PRT;USA", "no": "CHN;RUS",
                             "abstain": "BRA;IND;LBN;ZAF"}
    assert set(roll.decision_id) == {"S/2011/612"}
    assert (cov.claims.verdict == "agrees").all()


def test_roll_call_with_a_wrong_member_contradicts(coverage_record):
    wrong = _ROLL[:-1] + ("Brazil, India, Lebanon, South Africa and Portugal",)
    cov = analyse(_article(*wrong), coverage_record)
    bad = cov.claims[cov.claims.verdict == "contradicts"]
    assert "PRT abstained" in set(bad.claim)
    assert set(bad.decision_id) == {"S/2011/612"}


def test_inline_roll_call():
    m = extract_mentions(_article(
        "The Security Council voted on the Syria draft on Tuesday.",
        "In favour (9): Bosnia and Herzegovina, Colombia, France, Gabon, Germany, Nigeria, Portugal, "
        "United Kingdom, United States. Against (2): China, Russia. Abstaining (4): Brazil, India, "
        "Lebanon, South Africa."))
    roll = m[m.position.notna()]
    assert roll.mention_id.nunique() == 1
    assert set(roll.tally) == {"9-2-4"}
    assert _groups(roll)["no"] == "CHN;RUS"


def test_heading_without_a_position_reads_nothing():
    m = extract_mentions(_article("Countries that spoke in the debate:", "China, Russia, Brazil, India"))
    assert m.empty


def test_absent_member_agrees_with_a_complete_roll_call(coverage_record, fixtures):
    # Lebanon given no vote (the tally counts it absent): a complete roll call without it, in a
    # record read as from a table of every Council vote (a selection's one vote of the day is no link)
    d = coverage_record.decisions.assign(file=str(fixtures / "sc_drafts" / "sc_drafts_small.csv"))
    hit = d.decision_id == "S/2011/612"
    d.loc[hit, "abstain"], d.loc[hit, "absent"] = 3, 1
    v = coverage_record.votes
    v = v[~((v.decision_id == "S/2011/612") & (v.member == "LBN"))]
    ds = replace(coverage_record, decisions=conform(d, "decisions"), votes=conform(v, "votes"))
    text = ("On Tuesday the Security Council voted on the Syria draft.", "Members absent:")
    cov = analyse(_article(*text, "Lebanon"), ds)
    assert set(zip(cov.claims.claim, cov.claims.verdict, strict=True)) == {("LBN was absent", "agrees")}
    # Japan was no member of the council then: it took no part indeed, but whether the article took
    # it for a member is not said (a suspended member "did not take part"): not judged
    cov = analyse(_article(*text, "Lebanon, Japan"), ds)
    verdicts = dict(zip(cov.claims.claim, cov.claims.verdict, strict=True))
    assert verdicts == {"LBN was absent": "agrees", "JPN was absent": "unverifiable"}


# -- linking -----------------------------------------------------------------
@pytest.fixture
def two_drafts(coverage_record):
    """The record with a rival draft voted the same day (invented: 2 yes, 9 no, 4 abstain)."""
    return with_rival(coverage_record, "S/2011/613", (2, 9, 4), {"title": "Syria: rival draft"})


def test_stated_votes_choose_between_drafts_of_one_day(two_drafts):
    m = link(extract_mentions(_article(
        "On Tuesday China and Russia voted in favour of the Security Council text, while France and "
        "Britain voted against it.")), two_drafts)
    assert set(m.decision_id) == {"S/2011/613"}
    assert m.reason.str.contains("fit it alone").all()


def test_one_stated_vote_does_not_choose_and_says_why(two_drafts):
    m = link(extract_mentions(_article("On Tuesday Brazil abstained in the Security Council vote.")),
             two_drafts)
    assert m.decision_id.isna().all()
    assert m.reason.iloc[0] == "2 decisions fit equally: S/2011/612, S/2011/613"


def test_positions_no_decision_fits_are_unlinked_with_the_reason(two_drafts, fixtures):
    # read as from a table holding every Council vote (sc-drafts), the record would hold the vote
    sc_table = str(fixtures / "sc_drafts" / "sc_drafts_small.csv")
    complete = replace(two_drafts, decisions=two_drafts.decisions.assign(file=sc_table))
    text = "On Tuesday China, Russia and France voted in favour of the Security Council text."
    m = link(extract_mentions(_article(text)), complete)
    assert m.decision_id.isna().all() and set(m.status) == {"unlinked"}
    assert m.reason.iloc[0].startswith("no recorded vote fits the 3 positions stated")
    assert m.reason.iloc[0].endswith("(nor does any of the 2 SC votes the data hold for 2011-10-03 "
                                     "to 2011-10-05: the data may lack this vote, or the article may "
                                     "misstate it)")
    # the curated record is a selection: its silence proves nothing
    m = link(extract_mentions(_article(text)), two_drafts)
    assert set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the data hold only 6 selected SC decisions, no complete SC record"}


def test_another_draft_is_not_the_one_just_linked(two_drafts):
    m = link(extract_mentions(_article(
        "On Tuesday China and Russia vetoed the Security Council draft, while Brazil and India abstained.",
        "Another draft resolution on Syria also failed to pass in the Security Council on Tuesday.")),
        two_drafts)
    first = m.drop_duplicates("mention_id")
    assert list(first.decision_id) == ["S/2011/612", "S/2011/613"]


def test_a_sentence_counting_the_drafts_of_a_day_links_each_of_them(two_drafts, coverage_record):
    text = "On Tuesday, two draft resolutions on Syria were defeated in the Security Council."
    m = link(extract_mentions(_article(text)), two_drafts)
    assert m.mention_id.nunique() == 1
    assert sorted(m.decision_id) == ["S/2011/612", "S/2011/613"]
    assert set(m.reason) == {"the 2 SC decisions of 2011-10-04: S/2011/612, S/2011/613"}
    # the day had one decision, not two: the count does not fit, nothing is linked
    m = link(extract_mentions(_article(text)), coverage_record)
    assert m.decision_id.isna().all()
    assert set(m.reason) == {"refers to several decisions, not one"}
    # a member's vote stated with the count could fit one draft and not the other: not linked
    m = link(extract_mentions(_article(
        "On Tuesday, two draft resolutions on Syria were defeated in the Security Council, with Brazil "
        "abstaining.")), two_drafts)
    assert m.decision_id.isna().all()


def test_a_second_draft_is_the_other_one_voted_that_day(two_drafts, coverage_record):
    paragraphs = ("China and Russia on Tuesday vetoed the Security Council draft, while Brazil and India "
                  "abstained.", "A second text on Syria, drafted by Russia, also failed.")
    m = link(extract_mentions(_article(*paragraphs)), two_drafts)
    first = m.drop_duplicates("mention_id")
    assert list(first.decision_id) == ["S/2011/612", "S/2011/613"]
    assert first.reason.iloc[1] == "the other decision voted the day of S/2011/612 (2011-10-04)"
    # no other decision that day: never the one just linked
    m = link(extract_mentions(_article(*paragraphs)), coverage_record)
    assert m.drop_duplicates("mention_id").decision_id.iloc[1] is pd.NA
    # votes stated that the other draft's record contradicts: not linked by this rule
    m = link(extract_mentions(_article(paragraphs[0], "A second text on Syria also failed; Gabon and "
                                       "Nigeria voted in favour of it.")), two_drafts)
    assert "the other decision" not in str(m.drop_duplicates("mention_id").reason.iloc[1])


def test_an_undated_follow_up_continues_the_vote_when_its_counts_fit(two_drafts):
    m = link(extract_mentions(_article(
        "China and Russia on Tuesday vetoed the Security Council draft on Syria.",
        "Diplomats spent the evening in talks.",
        "Nine other members of the council voted in favour.")), two_drafts)
    first = m.drop_duplicates("mention_id")
    assert list(first.decision_id) == ["S/2011/612", "S/2011/612"]
    assert first.reason.iloc[1].startswith("continues the vote linked just before")


def test_tally_counted_from_the_roll_call_when_the_record_gives_none(two_drafts):
    d = two_drafts.decisions.copy()
    d.loc[d.decision_id.isin(["S/2011/612", "S/2011/613"]), ["yes", "no", "abstain"]] = pd.NA
    ds = replace(two_drafts, decisions=conform(d, "decisions"))
    m = link(extract_mentions(_article(
        "On Tuesday the Security Council text got nine votes in favour, with four abstentions.")), ds)
    assert set(m.decision_id) == {"S/2011/612"}


def test_mentions_columns_are_stable_for_a_roll_call(coverage_record):
    a = analyse(_article(*_ROLL), coverage_record).mentions
    b = analyse(_article(*_ROLL), coverage_record).mentions
    pdt.assert_frame_equal(a, b)


def test_counts_with_their_members_in_parentheses():
    m = extract_mentions(_article(
        "The Assembly adopted the text by a recorded vote of 150 in favour to 4 against (Norway, Peru, "
        "Kenya, Chile), with 2 abstentions (Mali, Ghana)."))
    assert _groups(m) == {"no": "CHL;KEN;NOR;PER", "abstain": "GHA;MLI"}
    assert set(m.tally) == {"150-4-2"} and set(m.body) == {"GA"}
    m = extract_mentions(_article(
        "While 11 of the Council's 15 members voted in favour of the text, one (Norway) voted against, "
        "and three (Peru, Kenya and Chile) abstained."))
    assert _groups(m) == {"no": "NOR", "abstain": "CHL;KEN;PER"}
    assert set(m.tally) == {"11-1-3"}


def test_passive_agents_with_the():
    m = extract_mentions(_article("The text was vetoed by China and the Russian Federation on Tuesday."))
    assert _groups(m) == {"veto": "CHN;RUS"}


def test_session_numbered_resolution_is_no_security_council_resolution():
    m = extract_mentions(_article(
        "The General Assembly adopted resolution 60/251 by a vote of 170 in favour to 4 against."))
    assert set(m.cited) == {"A/RES/60/251"}
    m = extract_mentions(_article("The Human Rights Council adopted resolution 19/2 by 24 votes to 15."))
    assert set(m.cited) == {"A/HRC/RES/19/2"}
    m = extract_mentions(_article("The Security Council adopted resolution 1973 by 10 votes to none."))
    assert set(m.cited) == {"S/RES/1973"}


@pytest.mark.parametrize("words, symbol", [
    ("Resolution No. 1441", "S/RES/1441"), ("resolution No 678 (1990)", "S/RES/678(1990)"),
    ("Resolution #2334", "S/RES/2334"), ("resolution number 60/251", "A/RES/60/251"),
])
def test_a_resolution_numbered_with_no_or_number_is_cited(words, symbol):
    m = extract_mentions(_article(f"The General Assembly adopted {words} by a vote of 120 to 4."
                                  if "/" in symbol and "RES/6" in symbol else
                                  f"The Security Council adopted {words} by 14 votes to none."))
    assert set(m.cited) == {symbol}


def test_a_resolution_named_without_a_vote_is_not_linked(coverage_record):
    m = link(extract_mentions(_article(
        "Delegates quoted the rules set out in General Assembly resolution 66/253 on Syria.",
        date="2012-03-01")), coverage_record)
    assert m.decision_id.isna().all()
    assert m.reason.iloc[0] == "cited without a vote: A/RES/66/253"


# -- quotations ----------------------------------------------------------------
@pytest.mark.parametrize("paragraph", [
    "'Norway voted against the Security Council text,' the minister said.",
    '"We abstained on the Security Council draft," the Kenyan envoy told reporters.',
    "“Peru backed the resolution and Chile vetoed it,” a diplomat said on Tuesday.",
])
def test_a_vote_told_inside_a_quotation_is_no_vote_mention(paragraph):
    assert extract_mentions(_article(paragraph)).empty


def test_the_article_s_own_words_beside_a_quotation_are_read_and_kept_whole():
    sentence = ('Norway vetoed the Security Council draft, calling it "a text Kenya and Peru '
                'voted against in spirit", while Chile abstained.')
    m = extract_mentions(_article(sentence))
    assert _groups(m) == {"veto": "NOR", "abstain": "CHL"}
    assert set(m.evidence) == {sentence}
    # a quoted word used as a term is the writer's own wording
    m = extract_mentions(_article("Norway vetoed what it called a 'lopsided' Security Council draft."))
    assert _groups(m) == {"veto": "NOR"}


def test_an_approximate_count_is_no_tally():
    # "some 130" may be 131 in the record: an estimate is no claim to judge
    m = extract_mentions(_article("Some 130 states voted in favour of the text in the General Assembly."))
    assert m.tally.isna().all()


def test_a_date_of_another_event_is_not_the_votes():
    m = extract_mentions(inline_article(
        "Resolution 1973 is the second text the Security Council has passed since the fighting "
        "escalated on February 15.", date="2011-03-20"))
    assert m.date.isna().all() and m.date_text.isna().all()


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a day written as the adjective of another event's noun is that event's
    ("The Assembly voted 120 to 9 to ask Ruritania to rescind its Dec. 6 declaration on the islands.", None),
    ("The Assembly voted 120 to 9 against the June 3 announcement.", None),
    # the vote's own noun keeps it
    ("In the Dec. 6 vote, the Assembly adopted the text by 120 votes to 9.", "Dec. 6"),
    # a day that is part of a name ("the June 5 movement") is no date at all
    ("Kenya's abstention on the Council text angered the June 5 movement and the May 2-led bloc.", None),
    # the day a paper reported it, or a clause of another event ("since it won a seat last year"), holds
    ("Kenya abstained on the Council text on Iran, the Daily Courier reported on Thursday.", None),
    ("In its first vote since it won a non-permanent seat on the Security Council last year, Kenya "
     "abstained on the text on Iran.", None),
])
def test_a_day_told_as_an_adjective_of_another_event_is_not_the_votes(sentence, date_text):
    m = extract_mentions(inline_article(sentence, date="2017-12-21"))
    assert (None if pd.isna(m.date_text.iloc[0]) else m.date_text.iloc[0]) == date_text


def test_a_dateline_s_date_is_the_filing_s_not_the_vote_s():
    # the date after the place and before the agency is when the story was filed; the vote's is the
    # one the sentence tells
    m = extract_mentions(inline_article(
        "Geneva, 9 October 2011 (XYZ): The Security Council voted down a draft proposed by Norway on "
        "October 4 in New York.", date="2011-10-09"))
    assert m.date.dropna().unique().tolist() == [pd.Timestamp("2011-10-04")]
    # a dateline's date alone is still the sentence's date
    m = extract_mentions(inline_article(
        "Geneva, 4 October 2011 (XYZ): Chile and Peru voted against the Security Council draft.",
        date="2011-10-04"))
    assert m.date.dropna().unique().tolist() == [pd.Timestamp("2011-10-04")]


def test_a_member_acting_in_a_gerund_is_not_what_the_text_is_about():
    # "the consequences of Norway freezing the assets": Norway acts; the text is not about it
    m = extract_mentions(_article(
        "Chile abstained, saying the text ignored the consequences of Norway freezing the assets."))
    assert "NOR" not in ";".join(m.topics.dropna())
    m = extract_mentions(_article("Chile abstained on the resolution on the question of Palestine."))
    assert "PSE" in ";".join(m.topics.dropna())


def test_a_body_named_in_an_earlier_events_phrase_is_not_the_voting_one():
    m = extract_mentions(inline_article(
        "Following the Security Council stalemate in May, the General Assembly adopted a text on the "
        "crisis -- with 98 votes in favour -- on Tuesday.", date="2019-06-20"))
    assert m.body.tolist() == ["GA"]
    # the dashed aside is the vote's tally, not a group of members to blank out
    assert m.tally.tolist() == ["98-?-?"]


def test_two_bodies_without_an_earlier_event_keep_the_first():
    m = extract_mentions(inline_article(
        "The Security Council adopted a text on the crisis on Tuesday, and the General Assembly debated it.",
        date="2019-06-20"))
    assert m.body.tolist() == ["SC"]


def test_one_of_a_counted_group_gives_the_groups_count():
    m = extract_mentions(inline_article(
        "Peru voted in favour of the text, and Chile was one of the 40 states that abstained.",
        date="2019-06-20"))
    assert m.tally.unique().tolist() == ["?-?-40"]
    m = extract_mentions(inline_article("Only one of the 15 members voted against the text.",
                                        date="2019-06-20"))
    assert m.tally.tolist() == ["?-1-?"]


def test_a_cited_texts_day_is_no_day_the_next_roll_call_goes_on_from():
    # the day of a text cited in passing ("in accordance with its resolution 5/1 of 18 June 2007") is
    # that text's; the roll call after it is of the story's vote, not of that day
    text = ("The Human Rights Council adopted the resolution on the islands by a vote of 18 to 5.\n\n"
            "The Council asks for a report in accordance with its resolution 5/1 of 18 June 2007.\n\n"
            "Against (5): Chile, Peru, Kenya, Gabon and Norway.")
    m = extract_mentions(inline_article(text, date="2017-03-24"))
    roll = m[m.evidence.str.startswith("Against")]
    assert len(roll) == 1 and roll.position.iloc[0] == "no"
    assert "2007" not in str(roll.date_text.iloc[0])


@pytest.mark.parametrize("sentence", [
    # what an envoy was told, asked or urged to do is not the vote cast
    "The ministry had directed its envoy to the U.N. to vote against the resolution.",
    "Officials in the capital favoured that Kenya abstain on the Council's Syria text.",
    "Washington urged Kenya to vote for the Security Council resolution.",
])
def test_a_vote_someone_was_told_to_cast_is_not_read(sentence):
    m = extract_mentions(_article(sentence))
    assert m.empty or m.position.isna().all()


def test_a_closing_since_clause_is_another_events():
    # its plural texts and its places are not the vote's: one vote, about the story's state
    m = extract_mentions(_article(
        "South Africa, India, Brazil and Lebanon abstained on the Council text, deepening a rift since NATO "
        "launched strikes in Libya using U.N. resolutions."))
    assert not m.plural.any()
    assert "LBY" not in ";".join(m.topics.dropna())
    assert _groups(m) == {"abstain": "BRA;IND;LBN;ZAF"}


def test_a_count_with_the_day_between_voted_and_its_side():
    m = extract_mentions(_article("Nine countries voted late Tuesday in favor of the draft resolution, "
                                  "and two voted on Tuesday against it."))
    assert set(m.tally) == {"9-2-?"}


@pytest.mark.parametrize(("sentence", "linked"), [
    # the Council imposes sanctions only by a resolution put to a vote
    ("The UN Security Council on Tuesday approved new sanctions against Syria.", True),
    ("The Security Council on Tuesday imposed a fresh round of sanctions on Syria.", True),
    # a statement calling for sanctions, or sanctions it may impose, are no vote
    ("The Security Council on Tuesday adopted a statement calling for sanctions on Syria.", False),
    ("The Security Council could impose sanctions on Syria.", False),
])
def test_the_council_imposing_sanctions_is_an_adoption(sentence, linked):
    m = extract_mentions(_article(sentence))
    assert (not m.empty and set(m.outcome) == {"adopted"}) is linked


def test_a_gloss_on_the_positions_adds_none():
    m = extract_mentions(_article("Russia and China opposed the Council text and Brazil and India abstained, "
                                  "meaning they refused to vote on the matter."))
    assert _groups(m) == {"no": "CHN;RUS", "abstain": "BRA;IND"}


def test_a_count_whose_members_are_set_off_by_spaced_hyphens():
    m = extract_mentions(_article("The Security Council did not approve on Tuesday the Russian draft.",
                                  "Three countries - Russia, China and Brazil - voted in favor of it."))
    assert list(m.outcome.dropna()) == ["failed"]
    assert _groups(m[m.paragraph == 2]) == {"yes": "BRA;CHN;RUS"}
    assert set(m.tally.dropna()) == {"3-?-?"}


def test_a_member_backed_by_others_casts_no_vote():
    m = extract_mentions(_article("Russia, backed by some other council members, hoped for a vote on the "
                                  "Syria text after the weekend."))
    assert m.empty or m.position.isna().all()


def test_a_timeline_entry_s_label_dates_its_sentences():
    m = extract_mentions(inline_article(
        "Here is how the Assembly voted on the embargo each year.",
        "→ 1995: For the fourth time the text came to a vote. Voting against: USA, Israel and Uzbekistan.",
        "→ 1996: In favor, 137; against, three; abstentions, 25. Voting against: USA, Israel and Uzbekistan.",
        date="2021-06-23"))
    dated = m.dropna(subset=["members"]).groupby("paragraph").date_from.first()
    assert [d.year for d in dated] == [1995, 1996]
    assert "137-3-25" in set(m.tally.dropna())


@pytest.mark.parametrize(("sentence", "tally"), [
    ("The result of the vote was: in favor, 59; against, three; abstentions, 71.", "59-3-71"),
    ("Votes in favour 88, against 4, abstentions 57.", "88-4-57"),
    ("In favour: 120, against: 9.", "120-9-?"),
])
def test_each_side_then_its_count(sentence, tally):
    assert set(extract_mentions(_article(sentence)).tally.dropna()) == {tally}


def test_a_count_of_the_other_council_members_with_allies_named_after_a_colon():
    m = extract_mentions(_article("Yet all 14 other Security Council members backed the measure including "
                                  "key allies: the UK, France and Japan."))
    assert _groups(m) == {"yes": "FRA;GBR;JPN"}
    assert set(m.tally) == {"14-?-?"}


def test_a_nationality_s_land_is_the_subject():
    m = extract_mentions(_article("The General Assembly voted on Wednesday to condemn Russia's attempted "
                                  "annexation of four Ukrainian regions.", date="2022-10-13"))
    assert "UKR" in _split_topics(m)


def _split_topics(m: pd.DataFrame) -> set[str]:
    return {c for t in m.topics.dropna() for c in str(t).split(";")}


@pytest.mark.parametrize(("sentence", "tally"), [
    # the group of every member of a side, one member said to be among them
    ("Kenya is among the 35 countries that abstained from the voting.", "?-?-35"),
    ("Kenya was among the 128 countries that voted for it in the General Assembly.", "128-?-?"),
])
def test_a_member_among_the_whole_side(sentence, tally):
    assert set(extract_mentions(_article(sentence)).tally.dropna()) == {tally}


def test_the_body_s_name_in_lower_case_after_the_un_s():
    m = extract_mentions(_article("The United Nations general assembly voted 120 to 9 for the text."))
    assert set(m.body) == {"GA"}


def test_a_council_seat_describing_a_member_does_not_make_the_assembly_s_vote_the_council_s():
    m = extract_mentions(inline_article(
        "The General Assembly adopted the disarmament text on Wednesday by 162 votes to 4.",
        "This year, France also abstained while Britain was the only permanent member of the U.N. "
        "Security Council to endorse it.", date="2018-12-06"))
    assert set(m.body) == {"GA"}


def test_permanent_council_members_named_in_an_assembly_story_are_its_voters():
    m = extract_mentions(inline_article(
        "Members of the General Assembly on Thursday urged the Security Council to refer the case.",
        "The 193-member assembly adopted the resolution by 116 votes to 20, with 52 abstentions.",
        "Permanent Security Council members China and Russia voted against the resolution, as well as "
        "Belarus, Cuba and Iran.", date="2014-12-19"))
    assert set(m.body) == {"GA"}
    assert _groups(m[m.paragraph == 3]) == {"no": "BLR;CHN;CUB;IRN;RUS"}


def test_some_of_a_side_is_not_its_count():
    m = extract_mentions(_article("The text was opposed by two other nuclear powers, China and Russia, plus "
                                  "Syria, with 24 countries abstaining, in the General Assembly."))
    assert set(m.tally.dropna()) == {"?-?-24"}


def test_members_approving_a_text_is_their_vote_not_its_adoption():
    m = extract_mentions(_article("The fight flared after 14 of the 15 members of the UN Security Council "
                                  "approved a resolution on Jerusalem on Monday."))
    assert m.outcome.isna().all()
    assert set(m.tally) == {"14-?-?"}


def test_a_count_for_the_text_named_after_for_the():
    m = extract_mentions(_article("The final Council vote was 13 for the ceasefire, the US against, and "
                                  "Britain abstaining."))
    assert set(m.tally.dropna()) == {"13-?-?"}


def test_it_was_passed_after_a_dated_sentence_about_the_text_takes_its_date():
    m = extract_mentions(_article("In 2014, the second resolution on it was co-sponsored by 50 states. "
                                  "It was passed with a vote of 25 in favour, 14 against, and 7 abstentions "
                                  "in the Human Rights Council.", date="2016-06-30"))
    assert [d.year for d in m.date_from] == [2014] and set(m.tally) == {"25-14-7"}


def test_n_of_the_15_council_members_names_the_council():
    m = extract_mentions(_article("Twelve of the 15 council members voted in favor, while Britain and "
                                  "Switzerland abstained."))
    assert set(m.body) == {"SC"} and set(m.tally) == {"12-?-?"}


@pytest.mark.parametrize(("sentence", "tally"), [
    ("The Council resolution on aid corridors, which passed with 12 votes, was Malta's.", "12-?-?"),
    ("The Council resolution passed with 12 votes to 3.", "12-3-?"),
])
def test_passed_with_n_votes_is_the_count_for(sentence, tally):
    assert set(extract_mentions(_article(sentence)).tally.dropna()) == {tally}

"""Links the sentence makes clear without a symbol or a roll call (src/unsc/coverage/link.py).

Each case pairs a sentence of our own that names its vote (by "unanimously" on a day, by a written
count, by words only one title has) with a near miss that must stay unlinked: precision first.
"""

from __future__ import annotations

import pandas as pd
import pytest
from coverage_text import inline_article, read_positions
from test_coverage_link import _linked, _roll, _with

from unsc.coverage import analyse, extract_mentions


@pytest.fixture
def sc_source(fixtures):
    """The Security Council drafts table: every draft put to a vote, none adopted without one."""
    return str(fixtures / "sc_drafts" / "sc_drafts_small.csv")


def _council_day(coverage_record, sc_source, abstain: tuple[str, ...] = ()):
    """One Council resolution on a Monday, on a theme no state's name is in (its title names none)."""
    decisions = [{"decision_id": "S/RES/9101(2019)", "body": "SC", "date": "2019-03-04",
                  "draft": "S/2019/201", "title": "Non-proliferation of missile technology", "topic": None,
                  "outcome": "adopted",
                  "yes": 15 - len(abstain), "no": 0, "abstain": len(abstain)}]
    return _with(coverage_record, decisions, {"S/RES/9101(2019)": _roll(abstain=abstain)}, file=sc_source)


def test_a_council_text_adopted_unanimously_on_a_day_is_its_one_all_yes_vote(coverage_record, sc_source):
    ds = _council_day(coverage_record, sc_source)
    art = inline_article("On Monday the Security Council unanimously adopted tighter curbs on Iran's trade "
                         "in missile parts.", date="2019-03-05")
    cov = analyse(art, ds)
    assert _linked(cov) == ["S/RES/9101(2019)"]
    assert cov.mentions.status.iloc[0] == "linked"


def test_unanimously_does_not_name_a_vote_with_abstentions(coverage_record, sc_source):
    # the one vote of the day had two abstentions: "unanimously" is not it (nor a claim to judge)
    ds = _council_day(coverage_record, sc_source, abstain=("CHN", "RUS"))
    art = inline_article("On Monday the Security Council unanimously adopted tighter curbs on Iran's trade "
                         "in missile parts.", date="2019-03-05")
    cov = analyse(art, ds)
    assert _linked(cov) == [None]
    assert not (cov.claims.verdict.astype(str) == "contradicts").any()


def test_unanimously_without_a_day_names_no_vote(coverage_record, sc_source):
    ds = _council_day(coverage_record, sc_source)
    art = inline_article("The Security Council unanimously adopted tighter curbs on Iran's trade in missile "
                         "parts.", date="2019-03-05")
    assert _linked(analyse(art, ds)) == [None]


@pytest.fixture
def veto_and_rival(coverage_record, sc_source):
    """A vetoed draft on Syria and its sponsor's rival text (a title naming no state), voted on one Friday."""
    decisions = [
        {"decision_id": "S/2019/301", "body": "SC", "date": "2019-03-08", "draft": "S/2019/301",
         "title": "The situation in Syria", "topic": "Syria", "outcome": "vetoed",
         "yes": 13, "no": 1, "abstain": 1},
        {"decision_id": "S/2019/302", "body": "SC", "date": "2019-03-08", "draft": "S/2019/302",
         "title": "The situation in the region", "topic": None, "outcome": "failed",
         "yes": 2, "no": 3, "abstain": 10},
    ]
    rival = dict.fromkeys(("BRA", "FRA", "GBR", "IND", "JPN", "MEX", "NGA", "NOR", "PAK", "SEN"), "abstain")
    rival |= {"RUS": "yes", "CHN": "yes", "USA": "no", "TUR": "no", "ZAF": "no"}
    votes = {"S/2019/301": _roll(no=("RUS",), abstain=("CHN",)), "S/2019/302": rival}
    return _with(coverage_record, decisions, votes, file=sc_source)


def test_a_written_count_names_the_other_vote_of_the_day(veto_and_rival):
    art = inline_article("Russia on Friday vetoed a Security Council draft on aid to Syria.",
                         "Moscow then won the backing of Beijing alone in the 2-3 vote with 10 abstentions.",
                         date="2019-03-09", headline="Council splits on Syria aid")
    cov = analyse(art, veto_and_rival)
    assert _linked(cov) == ["S/2019/301", "S/2019/302"]
    reason = cov.mentions.drop_duplicates("mention_id").reason.iloc[1]
    assert "2-3-10 fits it alone" in reason and "S/2019/301" in reason
    assert not (cov.claims.verdict.astype(str) == "contradicts").any()


def test_a_count_fitting_no_vote_of_the_day_links_neither(veto_and_rival):
    art = inline_article("Russia on Friday vetoed a Security Council draft on aid to Syria.",
                         "Moscow then won the backing of Beijing alone in the 4-3 vote with 8 abstentions.",
                         date="2019-03-09")
    cov = analyse(art, veto_and_rival)
    assert _linked(cov)[1] != "S/2019/302"
    assert "S/2019/302" not in set(cov.mentions.decision_id.dropna().astype(str))


@pytest.fixture
def one_agenda_item(coverage_record):
    """Three Human Rights Council texts of one day under one agenda item (alike titles), same count.

    A year of other texts before them gives the title words the weights of a real record (a word
    in one title of a few hundred weighs about 5), which the small coverage record cannot.
    """
    roll = {"USA": "no", "FRA": "yes", "BRA": "yes", "IND": "abstain"}
    kinds = ("education", "health", "food", "housing", "water", "women", "children", "elders", "workers",
             "migrants", "journalists", "defenders", "minorities", "youth", "farmers", "judges", "refugees",
             "prisoners", "peoples", "cities", "sport", "culture", "science", "privacy", "leave")
    words = ("right", "protection", "promotion", "role", "situation", "enjoyment", "effects", "access")
    themes = [(w, k) for w in words for k in kinds]
    others = [{"decision_id": f"A/HRC/RES/39/{n}", "body": "HRC", "date": f"2018-{1 + n % 12:02d}-10",
               "draft": None, "title": f"Human rights and the {word} of {kind}", "topic": None,
               "outcome": "adopted", "yes": 47, "no": 0, "abstain": 0}
              for n, (word, kind) in enumerate(themes)]
    decisions = [
        {"decision_id": f"A/HRC/RES/40/{n}", "body": "HRC", "date": "2019-03-21", "draft": None,
         "title": title, "topic": None, "outcome": "adopted", "yes": 32, "no": 1, "abstain": 14}
        for n, title in (
            (21, "Human rights situation in the occupied coastal territory of the northern sea, including "
                 "its islands"),
            (22, "Accountability for violations in the occupied coastal territory of the northern sea, "
                 "including its islands"),
            (23, "Settlements in the occupied coastal territory of the northern sea, including its islands, "
                 "and on the disputed archipelago"))]
    return _with(coverage_record, others + decisions, {d["decision_id"]: roll for d in decisions})


def test_words_only_one_alike_title_has_choose_it(one_agenda_item):
    art = inline_article("The Human Rights Council on Thursday passed a text asking for a register of firms "
                         "trading with the settlements of the archipelago.",
                         "It passed 32-1 with 14 abstentions.", date="2019-03-22")
    cov = analyse(art, one_agenda_item)
    assert _linked(cov) == ["A/HRC/RES/40/23", "A/HRC/RES/40/23"]
    reason = cov.mentions.reason.iloc[0]
    assert "no other title has" in reason and "'archipelago'" in reason


def test_one_such_word_is_not_enough(one_agenda_item):
    art = inline_article("The Human Rights Council on Thursday passed a text about firms in the "
                         "archipelago.", date="2019-03-22")
    assert _linked(analyse(art, one_agenda_item)) == [None]


def test_a_word_of_another_title_the_chosen_one_lacks_keeps_the_tie(one_agenda_item):
    # 'accountability' is another title's: the sentence names the subjects of two texts
    art = inline_article("The Human Rights Council on Thursday passed a text on accountability for firms "
                         "trading with the settlements of the archipelago.", date="2019-03-22")
    assert _linked(analyse(art, one_agenda_item)) == [None]


def test_a_body_named_with_its_un_prefix_voting_to_act_is_a_vote():
    art = inline_article("The sanctions vote came a day after the U.N. General Assembly voted to condemn "
                         "the annexation of the archipelago.", date="2019-03-22")
    rows = extract_mentions(art)
    assert rows[["body", "outcome"]].reset_index(drop=True).equals(
        pd.DataFrame({"body": ["GA"], "outcome": ["adopted"]}).astype(rows[["body", "outcome"]].dtypes))


@pytest.fixture
def two_vetoes(coverage_record, sc_source):
    """Two Council drafts vetoed a week apart, by different permanent members, on themes no state names."""
    decisions = [
        {"decision_id": "S/2019/401", "body": "SC", "date": "2019-04-10", "draft": "S/2019/401",
         "title": "Admission of new members", "topic": None, "outcome": "vetoed", "yes": 12, "no": 1,
         "abstain": 2},
        {"decision_id": "S/2019/402", "body": "SC", "date": "2019-04-17", "draft": "S/2019/402",
         "title": "Weapons in orbit", "topic": None, "outcome": "vetoed", "yes": 13, "no": 1, "abstain": 1},
    ]
    votes = {"S/2019/401": _roll(no=("USA",), abstain=("GBR", "NOR")),
             "S/2019/402": _roll(no=("RUS",), abstain=("CHN",))}
    return _with(coverage_record, decisions, votes, file=sc_source)


def test_a_veto_is_the_failed_draft_its_caster_voted_against(two_vetoes):
    art = inline_article("The Assembly acted after the veto cast by the United States in the Security "
                         "Council against a seat for Ruritania.", date="2019-04-25")
    cov = analyse(art, two_vetoes)
    assert _linked(cov) == ["S/2019/401"]
    reason = cov.mentions.reason.iloc[0]
    assert "only S/2019/401 has a vote against by the permanent member named (USA)" in reason


def test_a_veto_by_a_member_voting_for_both_drafts_links_neither(two_vetoes):
    art = inline_article("The Assembly acted after the veto cast by France in the Security Council against a "
                         "seat for Ruritania.", date="2019-04-25")
    assert _linked(analyse(art, two_vetoes)) == [None]


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The Security Council then agreed to extend the observers' mandate by a week.", "adopted"),
    ("The Security Council has not agreed to extend the observers' mandate.", None),
    ("The Human Rights Council agreed to extend the expert's mandate.", None),
])
def test_the_council_agreeing_to_extend_a_mandate_is_its_vote(sentence, outcome):
    # the Council extends a mandate only by a resolution put to a vote; a denial, or another body's
    # agreement (often without a vote), is none
    rows = extract_mentions(inline_article(sentence, date="2019-03-22"))
    got = rows.outcome.dropna().astype(str).tolist()
    assert got == ([outcome] if outcome else [])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Angered by Ruritania's ties with Norway, China on Friday vetoed a plan to send monitors.",
     {"veto": "CHN"}),
    ("GENEVA -- Annoyed by Brazil's stance, China on Friday vetoed a plan to send monitors.",
     {"veto": "CHN"}),
])
def test_the_agent_of_an_opening_participle_is_no_voter(sentence, expected):
    # "Angered by X's ties, China vetoed": X angered China; it cast no vote
    assert read_positions(sentence, date="2019-03-09") == expected


@pytest.fixture
def two_resolutions(coverage_record, sc_source):
    """A Council resolution of December and the one of March that builds on it."""
    days = ((9201, "2018-12-20"), (9202, "2019-03-14"))
    decisions = [{"decision_id": f"S/RES/{n}({day[:4]})", "body": "SC", "date": day,
                  "draft": f"S/{day[:4]}/{n}", "title": "Non-proliferation of missile technology",
                  "topic": None, "outcome": "adopted", "yes": 15, "no": 0, "abstain": 0} for n, day in days]
    return _with(coverage_record, decisions, {d["decision_id"]: _roll() for d in decisions}, file=sc_source)


def test_of_two_symbols_cited_the_one_dated_by_the_sentence_is_its_vote(two_resolutions):
    art = inline_article("Resolution 9202 repeats the demands of a text the council adopted in December, "
                         "Resolution 9201.", date="2019-04-01")
    cov = analyse(art, two_resolutions)
    assert _linked(cov) == ["S/RES/9201(2018)"]
    assert "only S/RES/9201(2018) was voted on in the days the sentence gives" in cov.mentions.reason.iloc[0]


def test_two_symbols_cited_without_a_date_stay_unlinked(two_resolutions):
    art = inline_article("Resolution 9202 repeats the demands the council adopted in Resolution 9201.",
                         date="2019-04-01")
    cov = analyse(art, two_resolutions)
    assert _linked(cov) == [None]
    assert cov.mentions.reason.iloc[0].startswith("cites several decisions")


def test_with_the_passage_of_a_resolution_tells_its_vote(two_resolutions):
    art = inline_article("The envoy said that with the passage of Resolution 9201 the region had its best "
                         "chance in years.", date="2019-02-01")
    assert _linked(analyse(art, two_resolutions)) == ["S/RES/9201(2018)"]


def test_a_call_for_the_adoption_of_a_resolution_is_no_vote(two_resolutions):
    art = inline_article("The envoy called for the adoption of Resolution 9201 by the whole region.",
                         date="2019-02-01")
    cov = analyse(art, two_resolutions)
    assert _linked(cov) == [None]
    assert cov.mentions.reason.iloc[0].startswith("cited without a vote")


def test_a_resolution_following_on_from_another_of_its_own_day_is_read_apart():
    # "X follows on from Y": each side of the verb is its own dated clause (a vote of 3 March here)
    art = inline_article("Yesterday's Security Council resolution follows on from the 3 March resolution "
                         "adopted to renew the sanctions on Ruritania.", date="2019-03-06")
    rows = extract_mentions(art)
    dated = rows[rows.date == pd.Timestamp("2019-03-03")]
    assert dated.evidence.tolist() == ["the 3 March resolution adopted to renew the sanctions on Ruritania."]
    assert dated.outcome.astype(str).tolist() == ["adopted"]


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The Security Council on Monday rejected a Ruritania-proposed amendment to the text.", ["failed"]),
    ("The Security Council on Monday voted down the draft on fishing rights.", ["failed"]),
    ("The Security Council would have rejected the amendment on Monday.", []),
    ("The Security Council has not rejected the draft on fishing rights.", []),
    ("The Security Council on Monday rejected calls for a vote on fishing rights.", []),
])
def test_the_body_voting_a_text_down_is_a_failed_vote(sentence, outcome):
    rows = extract_mentions(inline_article(sentence, date="2019-03-05"))
    assert rows.outcome.dropna().astype(str).tolist() == outcome


def test_a_statement_adopted_unanimously_is_no_vote_of_the_day(coverage_record, sc_source):
    ds = _council_day(coverage_record, sc_source)
    art = inline_article("On Monday the Security Council unanimously adopted a presidential statement on "
                         "Iran's trade in missile parts.", date="2019-03-05")
    assert _linked(analyse(art, ds)) == [None]

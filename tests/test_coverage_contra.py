"""Contradictions the record supports, caught; votes outside the data marked (src/unsc/coverage).

Each case is a sentence of our own that misstates a vote the record holds clearly (a count, a
member's vote beside a subject that names the text) or tells of one the record cannot answer,
paired with a near miss that must stay unlinked or unjudged: precision first.
"""

from __future__ import annotations

import pandas as pd
import pytest
from coverage_text import inline_article
from test_coverage_link import _linked, _roll, _with

from unsc.coverage import analyse, extract_mentions


def _tallies(*paragraphs: str, date: str = "2019-03-05") -> list[object]:
    m = extract_mentions(inline_article(*paragraphs, date=date)).drop_duplicates("mention_id")
    return [None if pd.isna(t) else str(t) for t in m.tally]


def _verdicts(cov) -> dict[str, str]:  # noqa: ANN001
    return dict(zip(cov.claims.claim.astype(str), cov.claims.verdict.astype(str), strict=True))


@pytest.mark.parametrize(("sentence", "tally"), [
    ("There were seven who refrained from voting in the Security Council.", "?-?-7"),
    ("Russia and China voted for the Council text, the US against, and nine more countries abstained.",
     "?-?-9"),
    # a difference from another vote, not the count
    ("The Council resolution won two more votes in favour than last year's.", None),
    ("Three more countries abstained in the Council than in 2018.", None),
    # what the text needed and did not get, not its count
    ("The Council draft failed to muster the minimum nine \"yes\" votes.", None),
    ("The Council resolution failed to win the required nine votes in favour.", None),
])
def test_a_count_in_its_own_clause_or_of_the_rest_is_read(sentence, tally):
    found = _tallies(sentence)
    if tally is None:  # no count (the sentence may be no mention at all)
        assert all(t is None for t in found)
    else:
        assert found == [tally]


@pytest.fixture
def failed_and_adopted(coverage_record, sc_source):
    """A Monday of two Council votes: a draft that failed 2-3-10, a text adopted 15-0-0 (and one in June)."""
    decisions = [
        {"decision_id": "S/2019/401", "body": "SC", "date": "2019-03-04", "draft": "S/2019/401",
         "title": "Inquiry into the laboratories", "topic": None, "outcome": "failed",
         "yes": 2, "no": 3, "abstain": 10},
        {"decision_id": "S/RES/9201(2019)", "body": "SC", "date": "2019-03-04", "draft": "S/2019/402",
         "title": "Non-proliferation of missile technology", "topic": None, "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
        # a later vote: the drafts table spans the days after the Monday too (it is complete for them)
        {"decision_id": "S/RES/9202(2019)", "body": "SC", "date": "2019-06-03", "draft": "S/2019/403",
         "title": "The situation in Liberia", "topic": "Liberia", "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
    ]
    failed = dict.fromkeys(("BRA", "IND", "JPN", "MEX", "NGA", "NOR", "PAK", "SEN", "TUR", "ZAF"), "abstain")
    failed |= {"RUS": "yes", "CHN": "yes", "USA": "no", "GBR": "no", "FRA": "no"}
    return _with(coverage_record, decisions, {"S/2019/401": failed, "S/RES/9201(2019)": _roll(),
                                              "S/RES/9202(2019)": _roll()}, file=sc_source)


def test_members_votes_name_the_vote_and_a_wrong_count_is_judged(failed_and_adopted):
    art = inline_article("On Monday Russia and China voted for the Security Council draft, the US, Britain "
                         "and France voted against it, and nine more countries abstained.",
                         "There were seven who refrained from voting.", date="2019-03-05")
    cov = analyse(art, failed_and_adopted)
    assert _linked(cov) == ["S/2019/401", "S/2019/401"]
    bad = cov.claims[cov.claims.verdict.astype(str) == "contradicts"]
    assert sorted(bad.claim.astype(str)) == ["tally: 7 abstain", "tally: 9 abstain"]
    assert set(bad.record.astype(str)) == {"10"}


def test_a_count_no_vote_has_does_not_choose_between_votes_the_members_fit_equally(failed_and_adopted):
    # Russia and China voted yes on the adopted text too: nothing but the (wrong) count could choose
    art = inline_article("On Monday Russia and China voted in favour in the Security Council, and seven "
                         "more countries abstained.", date="2019-03-05")
    cov = analyse(art, failed_and_adopted)
    assert _linked(cov) == [None]
    assert not (cov.claims.verdict.astype(str) == "contradicts").any()


@pytest.fixture
def two_texts_one_day(coverage_record, sc_source):
    """A Friday of two Council resolutions: one on Burundi (Egypt abstained), one on Sudan (all yes)."""
    decisions = [
        {"decision_id": "S/RES/9301(2019)", "body": "SC", "date": "2019-03-08", "draft": "S/2019/501",
         "title": "The situation in Burundi", "topic": "Burundi", "outcome": "adopted",
         "yes": 11, "no": 0, "abstain": 4},
        {"decision_id": "S/RES/9302(2019)", "body": "SC", "date": "2019-03-08", "draft": "S/2019/502",
         "title": "Reports of the Secretary-General on the Sudan", "topic": "Sudan", "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
    ]
    council = tuple(sorted({*_roll(), "EGY"} - {"TUR"}))
    burundi = dict.fromkeys(council, "yes") | dict.fromkeys(("EGY", "CHN", "RUS", "ZAF"), "abstain")
    return _with(coverage_record, decisions,
                 {"S/RES/9301(2019)": burundi, "S/RES/9302(2019)": dict.fromkeys(council, "yes")},
                 file=sc_source)


def test_a_subject_named_pins_the_text_and_the_members_wrong_vote_is_judged(two_texts_one_day):
    art = inline_article("Egypt on Friday voted in favour of the Security Council resolution on deploying "
                         "police in Burundi.",
                         "The resolution, which was unanimously adopted on Friday, aims to monitor the "
                         "security situation in Burundi.", date="2019-03-09")
    cov = analyse(art, two_texts_one_day)
    assert _linked(cov)[:2] == ["S/RES/9301(2019)", "S/RES/9301(2019)"]
    verdicts = _verdicts(cov)
    assert verdicts["EGY voted yes"] == "contradicts"
    assert verdicts["unanimous"] == "contradicts"


def test_without_a_subject_the_members_vote_picks_the_other_text_and_nothing_is_judged(two_texts_one_day):
    art = inline_article("Egypt on Friday voted in favour of the Security Council resolution.",
                         date="2019-03-09")
    cov = analyse(art, two_texts_one_day)
    assert not (cov.claims.verdict.astype(str) == "contradicts").any()


def test_a_consensus_adoption_named_as_at_a_body_is_a_mention_the_record_cannot_answer(coverage_record):
    art = inline_article("The minister hailed the adoption of the climate justice resolution at the United "
                         "Nations General Assembly (UNGA) by consensus as a win.", date="2031-03-30")
    cov = analyse(art, coverage_record)
    m = cov.mentions.drop_duplicates("mention_id")
    assert list(m.status.astype(str)) == ["unverifiable"]
    assert "outside" in str(m.reason.iloc[0]) and " to " in str(m.reason.iloc[0])  # the data's span


def test_an_adoption_called_for_is_no_mention(coverage_record):
    art = inline_article("The minister called for the adoption of the climate justice resolution at the "
                         "General Assembly by consensus.", date="2031-03-30")
    assert analyse(art, coverage_record).mentions.empty


def test_a_text_that_passed_in_a_story_of_one_body_is_its_vote(coverage_record):
    art = inline_article("The Human Rights Council on Friday rejected a bid to end the inquiry.",
                         "It failed with four votes in favour, 25 against and 18 abstentions.",
                         "Western diplomats were relieved.",
                         "After that, a motion to extend the mandate for one year passed without resistance.",
                         date="2031-07-04")
    cov = analyse(art, coverage_record)
    m = cov.mentions.drop_duplicates("mention_id")
    last = m[m.evidence.astype(str).str.startswith("After that")]
    assert list(last.status.astype(str)) == ["unverifiable"]
    assert "outside the data" in str(last.reason.iloc[0])


def test_a_text_that_might_have_passed_is_no_mention(coverage_record):
    art = inline_article("The Human Rights Council on Friday rejected a bid to end the inquiry.",
                         "Diplomats said a motion to end the mandate would have passed a year ago.",
                         date="2031-07-04")
    m = analyse(art, coverage_record).mentions
    assert not m.evidence.astype(str).str.startswith("Diplomats").any()


def test_a_cited_text_dated_by_the_sentence_is_not_said_to_be_dated_by_the_article(coverage_record,
                                                                                   sc_source):
    cited = {"decision_id": "S/RES/9401(2019)", "body": "SC", "date": "2019-01-31", "draft": "S/2019/601",
             "title": "The situation in Burundi", "topic": "Burundi", "outcome": "adopted",
             "yes": 15, "no": 0, "abstain": 0}
    ds = _with(coverage_record, [cited], {"S/RES/9401(2019)": _roll()}, file=sc_source)
    art = inline_article("The Council found that the demands of resolution 9401 (2019) of 31 January "
                         "had not been met.", date="2019-04-26")
    m = analyse(art, ds).mentions.drop_duplicates("mention_id")
    reason = " ".join(m.reason.dropna().astype(str))
    assert "the article is of 2019-01-31" not in reason
    if "the story reports" in reason:
        assert "the sentence dates it 31 January" in reason


@pytest.fixture
def one_extension(coverage_record, sc_source):
    """A Friday's one Council vote, 10-2-3, extending a mission (and a later vote, so the table spans it)."""
    decisions = [
        {"decision_id": "S/RES/9501(2019)", "body": "SC", "date": "2019-04-26", "draft": "S/2019/701",
         "title": "The situation concerning the northern plateau", "topic": None, "outcome": "adopted",
         "yes": 10, "no": 2, "abstain": 3},
        {"decision_id": "S/RES/9502(2019)", "body": "SC", "date": "2019-06-03", "draft": "S/2019/702",
         "title": "The situation in Liberia", "topic": "Liberia", "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
    ]
    votes = {"S/RES/9501(2019)": _roll(no=("MEX", "PAK"), abstain=("RUS", "NGA", "ZAF")),
             "S/RES/9502(2019)": _roll()}
    return _with(coverage_record, decisions, votes, file=sc_source)


def test_a_headline_count_is_judged_as_the_body_s_counted_vote(one_extension):
    art = inline_article("The Security Council on Friday extended the plateau mission by 10 votes in "
                         "favour to 2 against (Mexico, Pakistan), with 3 abstentions.", date="2019-04-26",
                         headline="Security Council Extends Plateau Mission by 10 Votes in Favour, "
                                  "2 against, with 2 Abstentions")
    cov = analyse(art, one_extension)
    head = cov.claims[cov.claims.mention_id.astype(str).str.endswith(":h1")]
    verdicts = dict(zip(head.claim.astype(str), head.verdict.astype(str), strict=True))
    assert verdicts == {"tally: 10 yes": "agrees", "tally: 2 no": "agrees", "tally: 2 abstain": "contradicts"}


def test_a_headline_count_with_no_counted_sentence_in_the_body_is_not_claimed(one_extension):
    art = inline_article("The Security Council on Friday extended the plateau mission.", date="2019-04-26",
                         headline="Security Council Extends Plateau Mission by 10 Votes in Favour, "
                                  "2 against, with 2 Abstentions")
    cov = analyse(art, one_extension)
    assert not cov.claims.mention_id.astype(str).str.endswith(":h1").any()


def test_a_count_of_another_vote_after_the_one_linked_is_not_judged_against_it(failed_and_adopted):
    # a count sharing no part with the vote just told of is another vote's (a motion's), not a misstatement
    art = inline_article("On Monday Russia and China voted for the Security Council draft, the US, Britain "
                         "and France voted against it, and nine more countries abstained.",
                         "An earlier motion on the agenda had been carried by a 8-4 vote with 3 abstentions.",
                         date="2019-03-05")
    cov = analyse(art, failed_and_adopted)
    second = cov.mentions.drop_duplicates("mention_id").iloc[1:]
    assert second.decision_id.isna().all()
    bad = cov.claims[cov.claims.verdict.astype(str) == "contradicts"]
    assert list(bad.claim.astype(str)) == ["tally: 9 abstain"]


@pytest.fixture
def one_sat_out(coverage_record, sc_source):
    """A Thursday Council vote on a harbour mission (2030-05-30) that France took no part in: 12 yes, Brazil
    and India abstaining, and no row for France; and a full roll call on Liberia the same day."""
    decisions = [
        {"decision_id": "S/RES/9401(2030)", "body": "SC", "date": "2030-05-30", "draft": "S/2030/601",
         "title": "The situation concerning the northern harbour", "topic": None, "outcome": "adopted",
         "yes": 12, "no": 0, "abstain": 2},
        {"decision_id": "S/RES/9402(2030)", "body": "SC", "date": "2030-05-30", "draft": "S/2030/602",
         "title": "The situation in Liberia", "topic": "Liberia", "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
    ]
    harbour = {k: v for k, v in _roll(abstain=("BRA", "IND")).items() if k != "FRA"}
    return _with(coverage_record, decisions, {"S/RES/9401(2030)": harbour, "S/RES/9402(2030)": _roll()},
                 file=sc_source)


def test_a_member_said_to_sit_out_fits_a_roll_call_one_short_and_a_later_abstention_is_judged(one_sat_out):
    art = inline_article("The Security Council renewed the harbour mission on Thursday, with abstentions "
                         "from Brazil and India, while France opted not to vote.",
                         "France's ambassador explained that it abstained in protest.", date="2030-05-31")
    cov = analyse(art, one_sat_out)
    assert _linked(cov) == ["S/RES/9401(2030)", "S/RES/9401(2030)"]
    verdicts = _verdicts(cov)
    assert verdicts["FRA was absent"] == "agrees"
    assert verdicts["FRA abstained"] == "contradicts"


def test_a_member_said_to_sit_out_does_not_fit_a_full_roll_call(one_sat_out):
    # the Liberia vote had every seat voting: the subject names it and France's absence is judged wrong,
    # so the story's telling is not the record's, and the later sentence is linked to nothing by it
    art = inline_article("The Security Council renewed the Liberia mission on Thursday, while France opted "
                         "not to vote.",
                         "France's ambassador explained that it abstained in protest.", date="2030-05-31")
    cov = analyse(art, one_sat_out)
    assert _linked(cov) == ["S/RES/9402(2030)", None]
    assert _verdicts(cov)["FRA was absent"] == "contradicts"


def test_unanimously_on_a_day_a_which_clause_gives_another_event_is_judged(one_sat_out):
    # "which begins on Sunday" dates the festival, not the vote (Sunday 26 May had none): the vote is
    # the harbour text of the Thursday before the story, with two abstentions
    art = inline_article("The Security Council has voted unanimously to adopt a resolution on the northern "
                         "harbour, ahead of the festival, which begins on Sunday night.",
                         "Twelve in favour and abstentions from Brazil and India.", date="2030-06-01")
    cov = analyse(art, one_sat_out)
    assert _linked(cov)[0] == "S/RES/9401(2030)"
    assert _verdicts(cov)["unanimous"] == "contradicts"


# -- a count naming the one vote of the week, on another day than the sentence says ----------
def _council_week(coverage_record, fixtures, *, twin: bool = False):  # noqa: ANN001, ANN202
    """Human Rights Council votes of an invented October: 30-8-9 on Friday the 16th (and, with
    ``twin``, another 30-8-9 on the 14th); 40-2-5 on the 15th; one in September."""
    decisions = [
        {"decision_id": "A/HRC/RES/S-90/1", "body": "HRC", "date": "2009-10-16", "draft": None,
         "title": "Situation of human rights in Ruritania", "topic": "Ruritania", "outcome": "adopted",
         "yes": 30, "no": 8, "abstain": 9},
        {"decision_id": "A/HRC/RES/S-90/2", "body": "HRC", "date": "2009-10-15", "draft": None,
         "title": "The right to water", "topic": None, "outcome": "adopted",
         "yes": 40, "no": 2, "abstain": 5},
        # a vote weeks before: the table spans the days the sentence names
        {"decision_id": "A/HRC/RES/S-89/1", "body": "HRC", "date": "2009-09-01", "draft": None,
         "title": "The right to housing", "topic": None, "outcome": "adopted",
         "yes": 41, "no": 2, "abstain": 4},
    ]
    if twin:
        decisions.append({"decision_id": "A/HRC/RES/S-90/3", "body": "HRC", "date": "2009-10-14",
                          "draft": None, "title": "The right to food", "topic": None, "outcome": "adopted",
                          "yes": 30, "no": 8, "abstain": 9})
    return _with(coverage_record, decisions, {}, file=str(fixtures / "hrc" / "hrc_resolutions.csv"))


def test_a_count_only_one_vote_of_the_week_has_links_it_and_judges_the_day(coverage_record, fixtures):
    ds = _council_week(coverage_record, fixtures)
    cov = analyse(inline_article("The Human Rights Council voted 30 to 8 on Oct. 12 to endorse the report.",
                                 date="2009-10-17"), ds)
    assert _linked(cov) == ["A/HRC/RES/S-90/1"]
    verdicts = _verdicts(cov)
    assert verdicts["date: 2009-10-12"] == "contradicts"
    assert verdicts["tally: 30 yes"] == "agrees"


def test_a_count_two_votes_of_the_week_have_links_neither(coverage_record, fixtures):
    ds = _council_week(coverage_record, fixtures, twin=True)
    cov = analyse(inline_article("The Human Rights Council voted 30 to 8 on Oct. 12 to endorse the report.",
                                 date="2009-10-17"), ds)
    assert _linked(cov) == [None]
    assert "contradicts" not in set(cov.claims.verdict.astype(str))


@pytest.mark.parametrize(("sentence", "tally"), [
    ("The Assembly adopted the text on Tuesday. There were 77 abstentions.", "?-?-77"),
    ("The Assembly adopted the text on Tuesday. The number of abstentions was 77.", "?-?-77"),
    ("The Assembly adopted the text on Tuesday. The number of votes against was 26.", "?-26-?"),
    # a share is no count
    ("The Assembly adopted the text on Tuesday. The number of abstentions rose 20 percent.", None),
])
def test_a_count_of_abstentions_needs_no_other_vote_word(sentence, tally):
    found = [t for t in _tallies(sentence, date="2017-12-20") if t is not None]
    assert found == ([tally] if tally else [])


# -- a long printed roll call with a slip names its vote -------------------------------------
_TWELVE = ("CHL", "PER", "KEN", "GHA", "NOR", "GAB", "MLI", "IND", "BRA", "MEX", "JPN", "FRA")
_NAMES = "Chile, Peru, Kenya, Ghana, Norway, Gabon, Mali, India, Brazil, Mexico, Japan and France"


def _two_texts(coverage_record, fixtures, *, apart: int):  # noqa: ANN001, ANN202
    """Two Human Rights Council texts of one day: the twelve vote yes on the first, Togo no; on the
    second the first ``apart`` of them vote no too."""
    decisions = [
        {"decision_id": f"A/HRC/RES/S-9{n}/1", "body": "HRC", "date": "2016-06-30", "draft": None,
         "title": title, "topic": None, "outcome": "adopted", "yes": yes, "no": 13 - yes, "abstain": 0}
        for n, title, yes in ((1, "Protection against violence", 12),
                              (2, "The right to development", 12 - apart))]
    decisions.append({"decision_id": "A/HRC/RES/S-90/9", "body": "HRC", "date": "2016-05-02", "draft": None,
                      "title": "The right to housing", "topic": None, "outcome": "adopted",
                      "yes": 41, "no": 2, "abstain": 4})
    first = dict.fromkeys(_TWELVE, "yes") | {"TGO": "no"}
    second = first | dict.fromkeys(_TWELVE[:apart], "no")
    return _with(coverage_record, decisions, {"A/HRC/RES/S-91/1": first, "A/HRC/RES/S-92/1": second},
                 file=str(fixtures / "hrc" / "hrc_resolutions.csv"))


def _printed(ds, names: str = _NAMES):  # noqa: ANN001, ANN202
    text = f"The Human Rights Council voted on Thursday. The yes votes were: {names}."
    return analyse(inline_article(text, date="2016-07-01"), ds)


def test_a_long_roll_call_with_one_slip_names_its_vote_and_the_slip_is_judged(coverage_record, fixtures):
    ds = _two_texts(coverage_record, fixtures, apart=6)
    slipped = _NAMES.replace("Chile, ", "Chile, Togo, ")  # Togo voted no on both texts
    cov = _printed(ds, slipped)
    m = cov.mentions.dropna(subset=["position"]).drop_duplicates("mention_id")
    assert m.decision_id.tolist() == ["A/HRC/RES/S-91/1"]
    assert m.reason.iloc[0].startswith("the roll call printed: 12 of the 13 positions stated fit")
    verdicts = _verdicts(cov)
    assert verdicts["TGO voted yes"] == "contradicts"
    assert verdicts["CHL voted yes"] == "agrees"


def test_a_long_roll_call_two_texts_fit_almost_alike_links_neither(coverage_record, fixtures):
    # the second text differs from the first in two of the twelve members only: no margin
    ds = _two_texts(coverage_record, fixtures, apart=2)
    slipped = _NAMES.replace("Chile, ", "Chile, Togo, ")
    cov = _printed(ds, slipped)
    assert "contradicts" not in set(cov.claims.verdict.astype(str))
    m = cov.mentions.dropna(subset=["position"])
    assert m.decision_id.isna().all()

"""Explainers and timelines: the present tense of a dated entry, a day heading its section, "Vetoes:"
labels, peoples for their states; and the links and verdicts such stories need (own-words fixtures)."""

from __future__ import annotations

import pandas as pd
import pytest
from coverage_text import inline_article, position_groups
from test_coverage_link import _linked, _roll, _spanning, _with

from unsc.coverage import analyse, claims, extract_mentions


def _mentions(*paragraphs: str, date: str = "2017-04-13") -> pd.DataFrame:
    return extract_mentions(inline_article(*paragraphs, date=date))


def test_a_timelines_present_tense_with_a_year_is_a_veto_cast():
    m = _mentions("Russia and China again veto a resolution on February 4, 2012 that condemns the "
                  "crackdown, while the Security Council's other members vote in favour.")
    assert position_groups(m) == {"veto": "CHN;RUS"}
    assert m.date.iloc[0] == pd.Timestamp("2012-02-04")


@pytest.mark.parametrize("sentence", [
    "Russia threatened to veto a resolution on Syria in 2012.",
    "Russia and China could veto the draft in 2012.",
    "They may well veto the text in 2012.",
    "If the two veto the draft in 2012, the sponsors will go to the Assembly.",
    "Russia and China veto the draft, diplomats fear.",  # no year told: a forecast as often as a fact
])
def test_a_present_veto_that_is_a_threat_a_condition_or_undated_is_no_vote(sentence):
    assert _mentions(sentence).empty


def test_a_day_alone_on_its_line_heads_its_section_in_a_timeline():
    m = _mentions("4 October 2011",
                  "The first Security Council draft on the war failed to pass six months into the "
                  "conflict.",
                  "Vetoes: China, Russia",
                  "**4 February 2012**",
                  "The Russian and Chinese delegations again voted against four months later.",
                  "Vetoes: China, Russia")
    firsts = m.drop_duplicates("mention_id")
    assert firsts.date.tolist() == [pd.Timestamp("2011-10-04")] * 2 + [pd.Timestamp("2012-02-04")] * 2
    labels = firsts[firsts.evidence.str.startswith("Vetoes")]
    assert labels.members.tolist() == ["CHN;RUS", "CHN;RUS"]
    assert not labels.plural.any()  # one veto each, of the section's draft


def test_one_day_alone_on_its_line_is_a_byline_not_a_section():
    m = _mentions("12 April 2017", "The draft failed to pass, with Russia voting against.",
                  date="2017-04-13")
    assert m.date.isna().all()


def test_peoples_stand_for_their_states_as_subjects_and_list_items():
    assert position_groups(_mentions("Later in 2012, the Russians and Chinese again voted against "
                                     "a draft resolution.")) == {"no": "CHN;RUS"}
    assert position_groups(_mentions("The French, British and Americans voted in favour of the draft, "
                                     "while the Chinese abstained.")) == {"yes": "FRA;GBR;USA",
                                                                           "abstain": "CHN"}
    # an adjective is no people: "Russian troops", "the Chinese government" stays the state's own
    assert _mentions("Russian and Chinese troops voted against the plan.").empty


def test_the_members_after_voted_against_it_included():
    m = _mentions("Others that voted against it included Iran, Cuba and Belarus.")
    assert position_groups(m) == {"no": "BLR;CUB;IRN"}


def test_more_votes_than_council_seats_are_the_assemblys_though_the_council_is_named():
    m = _mentions("The 193-nation assembly approved the text, which condemned the Security Council for "
                  "its inaction, with 120 votes in favour, 10 against and 40 abstentions.")
    assert m.body.tolist() == ["GA"]


@pytest.fixture
def failed_short(coverage_record, sc_source):
    """A Council draft that failed 5-4-6 (the three Western permanent members and Japan against), and a
    resolution adopted unanimously the day after."""
    decisions = [
        {"decision_id": "S/2019/801", "body": "SC", "date": "2019-10-16", "draft": "S/2019/801",
         "title": "The situation in the occupied territories: humanitarian ceasefire", "topic": None,
         "outcome": "failed", "yes": 5, "no": 4, "abstain": 6},
        {"decision_id": "S/RES/9301(2019)", "body": "SC", "date": "2019-10-17", "draft": "S/2019/810",
         "title": "Peace and security in the Great Lakes region", "topic": None, "outcome": "adopted",
         "yes": 15, "no": 0, "abstain": 0},
    ]
    yes, no = ("CHN", "RUS", "PAK", "ZAF", "NGA"), ("USA", "FRA", "GBR", "JPN")
    roll = _roll(yes=yes, no=no, abstain=tuple(c for c in _roll() if c not in yes + no))
    return _with(coverage_record, decisions, {"S/2019/801": roll, "S/RES/9301(2019)": _roll()},
                 file=sc_source)


def test_vetoed_said_of_a_draft_that_failed_short_of_nine_votes_is_judged(failed_short):
    art = inline_article("In the Security Council, the United States, France and the United Kingdom vetoed "
                         "a Russian draft calling for a humanitarian ceasefire in the occupied territories.",
                         "Japan also voted against.", date="2019-10-17")
    cov = analyse(art, failed_short)
    assert _linked(cov) == ["S/2019/801", "S/2019/801"]
    verdicts = claims(cov.mentions, cov.checks).set_index("claim").verdict
    assert verdicts["outcome: vetoed"] == "contradicts"
    assert verdicts["USA vetoed"] == "contradicts"
    assert verdicts["JPN voted no"] == "agrees"
    # a single member named is no evidence: the best fit stays a guess, nothing is called wrong
    art = inline_article("The United States vetoed a draft calling for a humanitarian ceasefire in the "
                         "occupied territories.", date="2019-10-17")
    cov = analyse(art, failed_short)
    assert not (claims(cov.mentions, cov.checks).verdict == "contradicts").any()


@pytest.fixture
def assembly_day(coverage_record, fixtures):
    """Three Assembly votes of one day: on the holy city's status, on natural resources and on refugees,
    with overlapping minorities against."""
    titles = {"A/RES/72/901": "Status of the holy city of Jerusalem",
              "A/RES/72/902": "Permanent sovereignty over natural resources in the occupied territory",
              "A/RES/72/903": "Assistance to refugees in the region"}
    decisions = [{"decision_id": k, "body": "GA", "date": "2017-12-21", "draft": None, "title": t,
                  "topic": None, "outcome": "adopted", "yes": None, "no": None, "abstain": None}
                 for k, t in titles.items()] + _spanning("2017-09-01", "2018-06-01")
    members = ("USA", "ISR", "GTM", "TGO", "MHL", "FSM", "NRU", "PLW", "HND", "CAN", "AUS", "FRA", "BRA")
    against = {"A/RES/72/901": ("USA", "ISR", "GTM", "TGO", "MHL", "FSM", "NRU", "PLW", "HND"),
               "A/RES/72/902": ("USA", "ISR", "CAN", "MHL", "FSM", "NRU"),
               "A/RES/72/903": ("USA", "ISR", "CAN", "MHL", "FSM", "NRU", "PLW")}
    votes = {k: {c: ("no" if c in no else "abstain" if c in ("CAN", "AUS") else "yes") for c in members}
             for k, no in against.items()}
    return _with(coverage_record, decisions, votes, file=str(fixtures / "unvotes" / "un_roll_calls.csv"))


def test_a_subject_named_and_most_stated_votes_break_a_tie_and_the_misfit_is_judged(assembly_day):
    art = inline_article("The General Assembly voted on the status of Jerusalem on Thursday. The United "
                         "States, Israel, Guatemala, Togo, the Marshall Islands, Micronesia, Nauru, Palau "
                         "and Canada voted against the resolution on the status of the holy city of "
                         "Jerusalem.",
                         date="2017-12-22")
    cov = analyse(art, assembly_day)
    linked = cov.mentions.dropna(subset=["position"])
    assert set(linked.decision_id) == {"A/RES/72/901"}
    assert "8 of the 9 positions stated fit it, more than any other" in linked.reason.iloc[0]
    verdicts = claims(cov.mentions, cov.checks).set_index("claim").verdict
    assert verdicts["CAN voted no"] == "contradicts"
    # without the subject named, most votes fitting one text of the day is no link
    art = inline_article("At the General Assembly on Thursday, the United States, Israel, Guatemala, Togo, "
                         "the Marshall Islands, Micronesia, Nauru, Palau and Canada voted against.",
                         date="2017-12-22")
    cov = analyse(art, assembly_day)
    assert cov.mentions.decision_id.isna().all()


def test_the_assembly_counted_with_the_former_yugoslavias_seat_in_1993(fixtures):
    import unsc

    ds = unsc.load("embedded")
    decisions = [{"decision_id": "A/RES/48/901", "body": "GA", "date": "1993-11-03", "draft": None,
                  "title": "Necessity of ending the embargo on an island state", "topic": None,
                  "outcome": "adopted", "yes": None, "no": None, "abstain": None}] + _spanning(
        "1993-01-10", "1994-06-01")
    ds = _with(ds, decisions, {"A/RES/48/901": {"USA": "no", "ISR": "no", "MEX": "yes"}},
               file=str(fixtures / "unvotes" / "un_roll_calls.csv"))
    checks = {}
    for size in (184, 185):
        art = inline_article(f"The {size}-nation General Assembly on Wednesday adopted the resolution on "
                             "ending the embargo, with the United States and Israel voting against.",
                             date="1993-11-04")
        cov = analyse(art, ds)
        assert _linked(cov) == ["A/RES/48/901"]
        checks[size] = cov.checks.set_index("claim").loc["size"]
    # 183 seated members by the terms table; the UN's own count, 184, kept the seat that took no part
    assert checks[184].status == "agrees"
    assert "184 with the seat of the former Yugoslavia" in checks[184].record
    assert checks[185].status == "contradicts"


def test_a_closing_count_of_earlier_vetoes_leaves_the_main_clauses_one_veto():
    m = _mentions("The United States on Wednesday vetoed a Security Council draft on the ceasefire, marking "
                  "the 49th time it has used its veto against such drafts.", date="2024-11-21")
    assert not m.plural.any() and m.date.tolist() == [pd.Timestamp("2024-11-20")]
    assert _mentions("Russia has vetoed drafts on the war 16 times, the fourth time this year.").plural.all()


@pytest.fixture
def vetoed_and_failed(coverage_record, sc_source):
    """Two drafts of one day on one subject: one vetoed 10-2-3, one failing 4-2-9 for want of votes."""
    decisions = [{"decision_id": k, "body": "SC", "date": "2019-10-25", "draft": k,
                  "title": "The situation in the occupied territories", "topic": None, "outcome": outcome,
                  "yes": y, "no": 2, "abstain": 15 - y - 2}
                 for k, outcome, y in (("S/2019/820", "vetoed", 10), ("S/2019/821", "failed", 4))]
    decisions.append({"decision_id": "S/RES/9400(2019)", "body": "SC", "date": "2019-12-02",
                      "draft": "S/2019/900", "title": "Peace and security in the Great Lakes region",
                      "topic": None, "outcome": "adopted", "yes": 15, "no": 0, "abstain": 0})
    rolls = {"S/RES/9400(2019)": _roll(),
             "S/2019/820": _roll(no=("RUS", "CHN"), abstain=("PAK", "ZAF", "NGA")),
             "S/2019/821": _roll(yes=("RUS", "CHN", "PAK", "ZAF"), no=("USA", "GBR"),
                                 abstain=("BRA", "FRA", "IND", "JPN", "MEX", "NOR", "SEN", "TUR", "NGA"))}
    return _with(coverage_record, decisions, rolls, file=sc_source)


def test_failing_for_want_of_votes_is_no_veto(vetoed_and_failed):
    said = "On Friday the Security Council also failed to adopt a draft on the occupied territories"
    cov = analyse(inline_article(f"{said}, after it failed to obtain sufficient votes.", date="2019-10-26"),
                  vetoed_and_failed)
    assert _linked(cov) == ["S/2019/821"]
    cov = analyse(inline_article(f"{said}.", date="2019-10-26"), vetoed_and_failed)
    assert _linked(cov) == [None]  # a vetoed draft failed too: the tie stays


def test_voting_against_its_will_is_an_idiom_not_a_side():
    m = _mentions("The victory, led by Egypt, showed the anger at threats to cut aid to countries voting "
                  "against its will.", date="2017-12-21")
    assert position_groups(m) == {}


@pytest.fixture
def rights_council_day(coverage_record, fixtures):
    """A Human Rights Council text adopted 3-2-4 (its full roll call) and a spanning vote after it."""
    members = {"ARG": "yes", "KOR": "yes", "GBR": "yes", "CHN": "no", "CUB": "no",
               "IND": "abstain", "JPN": "abstain", "BRA": "abstain", "ARE": "abstain"}
    decisions = [{"decision_id": "A/HRC/RES/51/901", "body": "HRC", "date": "2022-10-06", "draft": None,
                  "title": "Promoting reconciliation and accountability in an island state", "topic": None,
                  "outcome": "adopted", "yes": 3, "no": 2, "abstain": 4},
                 {"decision_id": "A/HRC/RES/51/902", "body": "HRC", "date": "2022-10-06", "draft": None,
                  "title": "The right to development", "topic": None, "outcome": "adopted",
                  "yes": 5, "no": 0, "abstain": 4},
                 {"decision_id": "A/HRC/RES/52/901", "body": "HRC", "date": "2023-04-04", "draft": None,
                  "title": "Freedom of expression", "topic": None, "outcome": "adopted",
                  "yes": 9, "no": 0, "abstain": 0}]
    other = dict(members, CHN="yes", CUB="yes")
    return _with(coverage_record, decisions, {"A/HRC/RES/51/901": members, "A/HRC/RES/51/902": other,
                                              "A/HRC/RES/52/901": dict.fromkeys(members, "yes")},
                 file=str(fixtures / "hrc" / "hrc_votes.csv"))


def test_one_slip_in_a_list_going_on_with_the_vote_just_linked_is_judged(rights_council_day):
    first = ("The Human Rights Council on Thursday adopted the resolution on reconciliation and "
             "accountability, with China and Cuba voting against.")
    art = inline_article(first, "India, Japan, South Korea, the United Arab Emirates and Brazil are among "
                         "the countries that abstained.", date="2022-10-06")
    cov = analyse(art, rights_council_day)
    assert _linked(cov) == ["A/HRC/RES/51/901", "A/HRC/RES/51/901"]
    verdicts = claims(cov.mentions, cov.checks).set_index("claim").verdict
    assert verdicts["KOR abstained"] == "contradicts" and verdicts["IND abstained"] == "agrees"
    assert "all but one of its 5 stated votes fit" in cov.mentions.reason.iloc[-1]
    # two slips of four are no longer one list's slip: the sentence may tell of another vote
    art = inline_article(first, "India, Argentina, South Korea and Brazil abstained.", date="2022-10-06")
    cov = analyse(art, rights_council_day)
    assert _linked(cov)[1] is None


def test_a_headline_saying_unanimously_is_judged_on_the_one_vote_the_body_states(failed_short):
    art = inline_article("The Security Council on Thursday adopted a resolution on the Great Lakes by a vote "
                         "of 14 in favour, 0 against and 1 abstention (Russia).", date="2019-10-17",
                         headline="Security Council unanimously approves Great Lakes resolution")
    fs = failed_short
    votes = fs.votes.copy()
    hit = (votes.decision_id.astype(str) == "S/RES/9301(2019)") & (votes.member.astype(str) == "RUS")
    votes.loc[hit, "vote"] = "abstain"
    dec = fs.decisions.copy()
    at = dec.decision_id.astype(str) == "S/RES/9301(2019)"
    dec.loc[at, "yes"], dec.loc[at, "abstain"] = 14, 1
    from dataclasses import replace

    from unsc.model import conform
    ds = replace(fs, votes=conform(votes, "votes"), decisions=conform(dec, "decisions"))
    c = analyse(art, ds).claims
    head = c[c.paragraph == 0].set_index("claim")
    assert head.loc["unanimous", "verdict"] == "contradicts"
    assert head.loc["unanimous", "decision_id"] == "S/RES/9301(2019)"
    # a body telling of two decisions gives the headline none
    art = inline_article("The Security Council on Thursday adopted a resolution on the Great Lakes by a vote "
                         "of 14 in favour, 0 against and 1 abstention (Russia).",
                         "A day earlier, the United States, France and Britain voted against a draft on a "
                         "humanitarian ceasefire in the occupied territories.", date="2019-10-17",
                         headline="Security Council unanimously approves Great Lakes resolution")
    c = analyse(art, ds).claims
    assert "unanimous" not in set(c[c.paragraph == 0].claim)


def test_a_subject_named_and_two_exact_parts_of_a_count_link_with_the_third_judged(coverage_record, fixtures):
    titles = (("A/RES/72/911", "Status of the holy city of Jerusalem", (128, 9, 35)),
              ("A/RES/72/912", "Assistance to refugees in the region", (150, 9, 35)),
              ("A/RES/72/913", "Permanent sovereignty over natural resources", (160, 7, 5)))
    decisions = [{"decision_id": k, "body": "GA", "date": "2017-12-21", "draft": None, "title": t,
                  "topic": None, "outcome": "adopted", "yes": y, "no": n, "abstain": a}
                 for k, t, (y, n, a) in titles] + _spanning("2017-09-01", "2018-06-01")
    ds = _with(coverage_record, decisions, {}, file=str(fixtures / "unvotes" / "un_roll_calls.csv"))
    said = "On Thursday the General Assembly resolution on the status of the holy city of Jerusalem passed"
    cov = analyse(inline_article(f"{said} by 129 to 9, with 35 abstentions.", date="2017-12-22"), ds)
    assert _linked(cov) == ["A/RES/72/911"]
    assert "fits it but for one part of the count (yes 129: 128)" in cov.mentions.reason.iloc[0]
    assert claims(cov.mentions, cov.checks).set_index("claim").verdict["tally: 129 yes"] != "agrees"
    # one exact part is not enough
    cov = analyse(inline_article(f"{said} by 129 to 10, with 35 abstentions.", date="2017-12-22"), ds)
    assert _linked(cov) == [None]


def test_clauses_each_of_its_own_year_and_vote_are_votes_of_their_own():
    m = _mentions("In 2007, China vetoed a draft on Burma, and in 2008 it vetoed a draft on Zimbabwe.",
                  date="2012-02-07")
    firsts = m.drop_duplicates("mention_id")
    assert firsts.members.tolist() == ["CHN", "CHN"]
    assert firsts.subjects.tolist() == ["Burma", "Zimbabwe"]
    assert firsts.date_from.dt.year.tolist() == [2007, 2008]
    # a year of background in a clause without a vote of its own keeps the sentence whole
    m = _mentions("The text, first proposed in 2007, was vetoed by Russia in 2008.", date="2012-02-07")
    assert m.mention_id.nunique() == 1
    # "it" after a year is the one member just named only for a veto, never the council
    assert _mentions("The council met in 2011. In 2012 it vetoed nothing.", date="2012-02-07").empty


def test_the_only_veto_after_a_dated_citation_is_that_texts(coverage_record, sc_source):
    decisions = [
        {"decision_id": "S/11801", "body": "SC", "date": "1975-12-08", "draft": "S/11801",
         "title": "Complaint by a neighbouring state: military attacks", "topic": None, "outcome": "vetoed",
         "yes": 13, "no": 1, "abstain": 1},
        {"decision_id": "S/2017/1001", "body": "SC", "date": "2017-12-18", "draft": "S/2017/1001",
         "title": "The situation in the region", "topic": None, "outcome": "vetoed",
         "yes": 14, "no": 1, "abstain": 0}]
    rolls = {"S/11801": _roll(no=("USA",)), "S/2017/1001": _roll(no=("USA",))}
    ds = _with(coverage_record, decisions, rolls, file=sc_source)
    art = inline_article("In 1975, when war broke out on the border, resolution S/11801 called for an end to "
                         "all military attacks. The US, again, was the only veto.", date="2017-12-19")
    cov = analyse(art, ds)
    veto = cov.mentions.dropna(subset=["position"])
    assert veto.position.tolist() == ["veto"] and veto.decision_id.tolist() == ["S/11801"]
    assert veto.reason.iloc[0].startswith("speaks of S/11801, which the sentence before cites")
    # "the only veto power" is a right, not a veto cast
    assert _mentions("China holds the only veto power in the region.").empty


def test_a_veto_told_as_in_the_past_looks_back_over_the_whole_record():
    m = _mentions("Russia has also vetoed a resolution in the past that would have called the massacre a "
                  "genocide.", date="2021-06-17")
    assert m.date_from.tolist() == [pd.Timestamp("1945-10-24")]
    assert m.date_to.tolist() == [pd.Timestamp("2021-06-16")]
    assert m.date_text.tolist() == ["in the past"]
    # "20 years ago" dates what the text is about, not the vote: the usual window stays
    m = _mentions("The vote condemning the killings 20 years ago as a genocide was 10-1.", date="2015-07-09")
    assert m.date_from.isna().all()


@pytest.mark.parametrize("text, first, last", [
    ("04/20/1982", "1982-04-20", "1982-04-20"),   # only a month then a day can be so
    ("20/04/1982", "1982-04-20", "1982-04-20"),   # only a day then a month
    ("09/10/1972", "1972-09-10", "1972-10-09"),   # either: the days between are all it allows
])
def test_a_day_in_figures_as_lists_print_it(text, first, last):
    from unsc.coverage.annotate import find_dates

    found = find_dates(f"Draft resolution of {text}, 13-1.", pd.Timestamp("2011-09-22"))
    assert [(str(d.date_from.date()), str(d.date_to.date())) for d in found] == [(first, last)]
    # symbols and impossible days are no dates
    assert find_dates("S/RES/2334 (2016), A/HRC/RES/19/2 and 31/02/2012", pd.Timestamp("2017-01-01")) == []


def test_a_month_with_its_year_heading_an_entry_dates_it_to_that_month():
    m = _mentions("March 2013: the Russians and Chinese vetoed a draft on the crisis.",
                  "the December 2014 text was vetoed by France, diplomats recalled.",
                  date="2020-07-20")
    assert m.date_from.tolist() == [pd.Timestamp("2013-03-01"), pd.Timestamp("2014-12-01")]
    assert m.date_to.tolist() == [pd.Timestamp("2013-03-31"), pd.Timestamp("2014-12-31")]


def test_a_year_heading_an_entry_dates_it_and_stops_the_last_day_carrying_on():
    m = _mentions("5 May 2011: Russia vetoed a draft on the blockade.",
                  "2012: Russia and China vetoed a text on sanctions.",
                  "**2014** – China vetoed a third text.", date="2020-07-20")
    firsts = m.drop_duplicates("mention_id")
    assert firsts.date.tolist()[:1] == [pd.Timestamp("2011-05-05")]
    assert firsts.date.isna().tolist()[1:] == [True, True]
    assert firsts.date_from.tolist()[1:] == [pd.Timestamp("2012-01-01"), pd.Timestamp("2014-01-01")]


def test_blocked_in_a_story_of_vetoes_is_a_veto_but_not_elsewhere():
    story = ("The two powers have used the veto on the war again and again.",
             "In 2012, Russia and China blocked a draft threatening sanctions.")
    assert position_groups(_mentions(*story, date="2020-07-20")) == {"veto": "CHN;RUS"}
    # with no veto told of, "blocked" is no vote (a motion, an agenda item, a press statement)
    assert _mentions("In 2012, Russia and China blocked a draft threatening sanctions.",
                     date="2020-07-20").empty
    # nor when the story has moved to another body since
    far = story[:1] + ("The Human Rights Council met in Geneva.",
                       "In 2012, Russia and China blocked a draft threatening sanctions.")
    assert _mentions(*far, date="2020-07-20").empty

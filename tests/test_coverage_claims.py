"""Clause-level reading, precision-first linking and the claims table (issue 12, items 2-4).

Every sentence here is written for the test (our own words, one pattern each);
the votes are the fixture record's (``fixtures/coverage_record``).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from coverage_text import inline_article

from unsc.coverage import CLAIM_COLUMNS, analyse, extract_mentions, link

_article = inline_article


def _positions(mentions: pd.DataFrame) -> dict[str, str]:
    return dict(zip(mentions.position, mentions.members, strict=True))


def test_each_position_goes_with_its_own_clause(coverage_record):
    m = link(extract_mentions(_article(
        "Russia and China voted against the Syria text on Tuesday, while Brazil, India, Lebanon "
        "and South Africa abstained.", date="2011-10-05")), coverage_record)
    assert m.mention_id.nunique() == 1  # one sentence, one mention
    assert _positions(m) == {"no": "CHN;RUS", "abstain": "BRA;IND;LBN;ZAF"}
    assert set(m.decision_id) == {"S/2011/612"} and set(m.status) == {"linked"}


def test_participle_clauses_and_nay(coverage_record):
    m = extract_mentions(_article(
        "The council passed nothing on Syria, with only Russia and China voting nay, and Brazil "
        "and India abstaining.", date="2011-10-05"))
    assert _positions(m) == {"no": "CHN;RUS", "abstain": "BRA;IND"}


def test_non_permanent_is_not_permanent():
    m = extract_mentions(_article(
        "The non-permanent members India and Brazil abstained on the Syria draft on Tuesday.",
        date="2011-10-05"))
    assert not m.permanent.any()
    assert _positions(m) == {"abstain": "BRA;IND"}


def test_numbers_in_words_give_a_tally():
    m = extract_mentions(_article(
        "Thirteen of the council's 15 members voted in favour of the Syria draft on Saturday.",
        date="2012-02-06"))
    assert m.tally.tolist() == ["13-?-?"]


def test_first_named_member_shares_the_position():
    m = extract_mentions(_article(
        "In addition to Russia, China voted against the draft on Saturday.", date="2012-02-06"))
    assert _positions(m) == {"no": "CHN;RUS"}


def test_sponsors_and_datelines_are_not_voters():
    m = extract_mentions(_article(
        "NEW DELHI: The text put forward by Morocco was vetoed by Russia and China on Saturday.",
        date="2012-02-06"))
    assert _positions(m) == {"veto": "CHN;RUS"}


@pytest.mark.parametrize("sentence", [
    "Russia said it would veto any Security Council draft that threatens sanctions.",
    "Russia has threatened to veto the Security Council text.",
    "The resolution is likely to be vetoed by Russia in the Security Council.",
    "A veto by any of the council's five permanent members means a draft cannot be adopted.",
    "Had the draft been adopted, the Security Council mission would have been renewed.",
])
def test_threats_rules_and_what_ifs_are_no_votes(sentence):
    assert extract_mentions(_article(sentence, date="2012-02-06")).empty


def test_a_vote_outside_the_data_is_unverifiable_with_the_span(coverage_record):
    m = link(extract_mentions(_article(
        "On Thursday the General Assembly adopted a resolution on Syria by 120 votes to 10.",
        date="2021-05-21")), coverage_record)
    row = m.iloc[0]
    assert pd.isna(row.decision_id) and row.status == "unverifiable"
    assert row.reason == "outside the data: GA record covers 2012-02-16 to 2012-02-16"



@pytest.mark.parametrize(("sentence", "date", "reason"), [
    ("The Human Rights Council adopted a resolution on Syria by 30 votes to 9 on Friday.", "2016-03-26",
     "outside the data: HRC record covers 2012-06-01 to 2012-06-01"),
    ("On Monday the Security Council adopted a resolution on Libya by 14 votes to none.", "2019-04-02",
     "outside the data: SC record covers 2011-02-26 to 2012-07-19"),
    ("On Monday the Security Council adopted a resolution on Libya by 14 votes to none.", "2009-04-07",
     "outside the data: SC record covers 2011-02-26 to 2012-07-19"),
])
def test_each_body_has_its_own_span(coverage_record, sentence, date, reason):
    m = link(extract_mentions(_article(sentence, date=date)), coverage_record)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert set(m.reason) == {reason}


@pytest.mark.parametrize(("sentence", "date", "symbol"), [
    # a vote that day has another draft symbol: it is not the one cited
    ("On Tuesday the Security Council voted 9-4-2 on draft S/2011/700 on Syria.", "2011-10-05",
     "S/2011/700"),
    # every adopted decision has a resolution symbol: one the record lacks is not another held
    ("The Security Council unanimously adopted resolution 1999 (2011) on Libya on Saturday.",
     "2011-02-27", "S/RES/1999(2011)"),
])
def test_a_symbol_the_data_do_not_hold_is_unverifiable(coverage_record, sentence, date, symbol):
    cov = analyse(_article(sentence, date=date), coverage_record)
    m = cov.mentions
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert set(m.reason) == {f"the data hold no record of {symbol}; the data hold only 5 selected SC "
                             "decisions, no complete SC record"}
    assert cov.checks.empty and set(cov.claims.verdict) == {"unverifiable"}


def test_a_symbol_a_complete_record_lacks_is_still_unverifiable_and_says_so(coverage_record, fixtures):
    sc_table = str(fixtures / "sc_drafts" / "sc_drafts_small.csv")  # as if read from every Council vote
    complete = replace(coverage_record, decisions=coverage_record.decisions.assign(file=sc_table))
    m = link(extract_mentions(_article("On Tuesday the Security Council voted 9-4-2 on draft S/2011/700 "
                                       "on Syria.", date="2011-10-05")), complete)
    assert set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the data hold no record of S/2011/700, though they hold every such SC vote "
                             "of 2011-10-03 to 2011-10-05: the symbol may be misquoted"}


def test_a_draft_symbol_still_links_a_decision_known_only_by_its_resolution(coverage_record):
    m = link(extract_mentions(_article(
        "The Human Rights Council adopted draft A/HRC/S-19/L.1 on Syria by 41 votes to 3 on Friday.",
        date="2012-06-02")), coverage_record)
    assert m.cited.tolist() == ["A/HRC/S-19/L.1"]
    assert m.decision_id.tolist() == ["A/HRC/RES/S-19/1"] and m.status.tolist() == ["linked"]


@pytest.mark.parametrize("words", ["without a vote", "by consensus"])
def test_a_text_adopted_without_a_vote_has_no_roll_call_to_check(coverage_record, words):
    # the council held a recorded vote on Syria that day: a text adopted without one is another text
    cov = analyse(_article(f"On Friday the Human Rights Council adopted the Syria text {words}.",
                           date="2012-06-02"), coverage_record)
    m = cov.mentions
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    # the reason goes on to say the record (a selection) holds no complete record of the Council's votes
    assert {r.split(";")[0] for r in m.reason} == {"adopted without a vote: no roll call to check"}
    assert cov.checks.empty and set(cov.claims.verdict) == {"unverifiable"}

def _with_rival(ds):
    """The record with a second Syria draft vetoed the same day as S/2012/77 (Russia voting yes)."""
    d = ds.decisions
    rival = d[d.decision_id == "S/2012/77"].assign(decision_id="S/2012/78", draft="S/2012/78",
                                                    no=3, yes=12)
    v = ds.votes
    rival_votes = v[v.decision_id == "S/2012/77"].assign(decision_id="S/2012/78")
    rival_votes.loc[rival_votes.member == "RUS", "vote"] = "yes"
    decisions = pd.concat([d, rival], ignore_index=True).astype(d.dtypes.to_dict())
    votes = pd.concat([v, rival_votes], ignore_index=True)
    for col in ("decision_id", "member", "vote"):
        votes[col] = votes[col].astype("string").astype("category") \
            if isinstance(v[col].dtype, pd.CategoricalDtype) else votes[col].astype(v[col].dtype)
    return replace(ds, decisions=decisions, votes=votes)


def test_two_votes_that_day_stay_unlinked_with_the_reason(coverage_record):
    ds = _with_rival(coverage_record)
    m = link(extract_mentions(_article(
        "China abstained on the Syria draft at the Security Council on Saturday.",
        date="2012-02-06")), ds)
    row = m.iloc[0]
    assert pd.isna(row.decision_id) and row.status == "unlinked"
    assert row.reason == "2 decisions fit equally: S/2012/77, S/2012/78"


def test_stated_votes_choose_only_when_they_fit_one_alone(coverage_record):
    ds = _with_rival(coverage_record)
    m = link(extract_mentions(_article(
        "Russia and China voted against the Syria draft at the Security Council on Saturday.",
        date="2012-02-06")), ds)
    assert set(m.decision_id) == {"S/2012/77"}
    assert m.reason.iloc[0].startswith("the stated votes fit it alone of 2")


def test_the_claims_table(fixtures, coverage_record):
    cov = analyse(fixtures / "articles" / "contradiction.md", coverage_record)
    c = cov.claims
    assert list(c.columns) == list(CLAIM_COLUMNS)
    assert c.verdict.iloc[0] == "contradicts"  # contradictions first
    row = c[c.claim == "IND vetoed"].iloc[0]
    assert (row.decision_id, row.record, row.verdict) == (
        "S/2012/77", "yes (vetoed): no veto by IND, which voted yes", "contradicts")
    assert c[c.claim == "CHN vetoed"].verdict.tolist() == ["agrees"]
    assert not c.duplicated(["mention_id", "claim"]).any()
    assert {"body", "date", "subject"}.isdisjoint(c.claim)


def test_unlinked_claims_keep_their_reason(coverage_record):
    cov = analyse(_article(
        "Russia and China have repeatedly vetoed Security Council resolutions on Syria.",
        "On Thursday the General Assembly adopted a resolution on Syria by 120 votes to 10.",
        date="2021-05-21"), coverage_record)
    c = cov.claims.set_index("claim")
    assert c.loc["CHN;RUS vetoed", "verdict"] == "unlinked"
    assert c.loc["CHN;RUS vetoed", "record"] == "refers to several decisions, not one"
    assert c.loc["tally 120-10-?", "verdict"] == "unverifiable"


def test_joined_to_veto_and_a_non_permanent_member(coverage_record):
    cov = analyse(_article(
        "On Saturday Pakistan joined Russia and China to veto the Security Council draft on Syria.",
        date="2012-02-06"), coverage_record)
    assert _positions(cov.mentions) == {"veto": "CHN;PAK;RUS"}
    c = cov.claims.set_index("claim")
    assert c.loc["PAK is a permanent member", "verdict"] == "contradicts"
    assert c.loc["CHN is a permanent member", "verdict"] == "agrees"


def test_a_resolution_cited_as_background_is_not_linked(coverage_record):
    m = link(extract_mentions(_article(
        "The new text is based on resolution 1973 and was circulated by Britain.",
        date="2012-02-06")), coverage_record)
    assert m.decision_id.isna().all()
    assert m.reason.tolist() == ["cited as background: S/RES/1973"]


def test_a_written_tally_part_chooses_only_when_it_fits_one(coverage_record):
    ds = _with_rival(coverage_record)
    m = link(extract_mentions(_article(
        "The Security Council draft on Syria was vetoed on Saturday, with two votes against.",
        date="2012-02-06")), ds)
    assert m.decision_id.tolist() == ["S/2012/77"]
    assert m.reason.iloc[0].startswith("the stated votes fit it alone")


def test_failed_to_adopt_is_true_of_a_vetoed_draft(coverage_record):
    cov = analyse(_article("The Security Council failed to adopt the Syria draft on Saturday.",
                           date="2012-02-06"), coverage_record)
    assert set(cov.mentions.decision_id) == {"S/2012/77"}
    c = cov.claims.set_index("claim")
    assert c.loc["outcome: failed", ["record", "verdict"]].tolist() == ["vetoed", "agrees"]


def test_a_sentence_that_fits_its_decision_worse_than_not_is_not_judged(coverage_record):
    """Most stated votes contradict the linked decision: likely another vote, so no contradiction."""
    cov = analyse(_article(
        "On Tuesday the Security Council voted on the Syria draft: the United States, Britain and "
        "France voted against it, while Russia and China voted in favour.", date="2011-10-05"),
        coverage_record)
    c = cov.claims
    assert cov.mentions.decision_id.isna().all() and set(cov.mentions.status) == {"unlinked"}
    assert cov.checks.empty and cov.verdicts().empty
    assert "contradicts" not in set(c.verdict) and set(c.verdict) == {"unlinked"}
    assert c.record.str.contains("5 of the 5 votes, counts and results stated do not fit "
                                 "S/2011/612", regex=False).all()


def test_one_misstated_vote_among_fitting_ones_still_contradicts(coverage_record):
    cov = analyse(_article(
        "Russia, China and India voted against the Syria text on Tuesday, while Brazil, Lebanon "
        "and South Africa abstained.", date="2011-10-05"), coverage_record)
    c = cov.claims.set_index("claim")
    assert c.loc["IND voted no", "verdict"] == "contradicts"
    assert c.loc["CHN voted no", "verdict"] == "agrees"


def test_claims_by_sentence_show_each_sentence_once():
    from unsc.coverage import by_sentence

    table = pd.DataFrame({
        "mention_id": ["m1", "m1", "m1", "m2", "m1", "m1"],
        "paragraph": [1, 1, 1, 2, 1, 1],
        "claim": ["CHN voted no", "RUS voted no", "tally: 41 yes", "USA vetoed", "CUB voted yes",
                  "the text called a resolution"],
        "about": ["vote", "vote", "vote", "vote", "vote", "name"],
        "decision_id": ["D1", "D1", "D1", None, "D1", "D1"],
        "record": ["no", "no", "41", "not linked", "no", "a decision: D1"],
        "verdict": ["agrees", "agrees", "agrees", "unlinked", "contradicts", "contradicts"],
        "evidence": ["Sentence one.", "Sentence one.", "Sentence one.", "Sentence two.", "Sentence one.",
                     "Sentence one."],
    }).astype(CLAIM_COLUMNS)
    # a wrong name of the text keeps its own row beside the sentence's wrong vote
    expected = pd.DataFrame({
        "verdict": ["agrees", "unlinked", "contradicts", "contradicts"],
        "about": ["vote", "vote", "vote", "name"],
        "claim": ["CHN voted no; RUS voted no; tally: 41 yes", "USA vetoed", "CUB voted yes",
                  "the text called a resolution"],
        "decision_id": ["D1", pd.NA, "D1", "D1"],
        "record": ["no; 41", "not linked", "no", "a decision: D1"],
        "evidence": ["Sentence one.", "Sentence two.", "Sentence one.", "Sentence one."],
    })
    got = by_sentence(table)
    pd.testing.assert_frame_equal(got.astype(str), expected.astype(str))
    assert got.decision_id.isna().tolist() == [False, True, False, False]
    assert by_sentence(table.iloc[:0]).columns.tolist() == list(expected.columns)


@pytest.mark.parametrize("sentence", [
    "On Saturday Russia decided to veto the Security Council draft on Syria.",
    "On Saturday Russia decided to use its right as a permanent member and veto the Security Council "
    "draft on Syria.",
    "Russia cast a veto on the Security Council draft on Syria on Saturday.",
    "On Saturday Russia used its veto against the Security Council draft on Syria.",
])
def test_decided_to_veto_is_a_veto(coverage_record, sentence):
    m = link(extract_mentions(_article(sentence, date="2012-02-06")), coverage_record)
    assert _positions(m) == {"veto": "RUS"}
    assert m.decision_id.tolist() == ["S/2012/77"]


def test_a_second_text_that_also_failed_to_pass_is_the_other_vote(coverage_record):
    m = link(extract_mentions(_article(
        "On Saturday Russia and China vetoed the Security Council draft on Syria.",
        "A second text on Syria also failed to pass.", date="2012-02-06")), _with_rival(coverage_record))
    assert m.drop_duplicates("mention_id").decision_id.tolist() == ["S/2012/77", "S/2012/78"]
    assert m.outcome.tolist()[-1] == "failed"


def test_a_date_a_day_apart_does_not_contradict(coverage_record):
    # the vote was on Saturday in New York; a paper a time zone ahead dates it Sunday
    cov = analyse(_article("On Sunday Russia and China vetoed the Security Council draft on Syria.",
                           date="2012-02-06"), coverage_record)
    assert set(cov.mentions.decision_id) == {"S/2012/77"}
    date = cov.checks.set_index("claim").loc["date"]
    assert date[["article", "record", "status"]].tolist() == ["2012-02-05", "2012-02-04", "unverifiable"]
    assert "contradicts" not in set(cov.claims.verdict)


def test_coverage_dated_keeps_the_articles_of_a_period(fixtures, coverage_record):
    from unsc.coverage import Coverage

    files = [fixtures / "articles" / n for n in ("contradiction.md", "frontmatter.md", "month-boundary.md")]
    cov = Coverage.concat([analyse(f, coverage_record) for f in files])
    dates = cov.articles.date.dropna().sort_values()
    first = dates.iloc[0]
    kept, left = cov.dated(f"{first:%Y-%m-%d}", f"{first:%Y-%m-%d}")
    assert set(kept.articles.date) == {first} and len(left) == 2
    assert set(kept.mentions.article) <= set(kept.articles.article)
    assert set(kept.checks.mention_id) <= set(kept.mentions.mention_id)
    none, everything = cov.dated("1900", "1900")
    assert none.articles.empty and none.mentions.empty and none.statements.empty and none.checks.empty
    assert len(everything) == len(cov.articles)
    whole, nothing = cov.dated()
    assert nothing.empty
    pd.testing.assert_frame_equal(whole.mentions, cov.mentions)


def test_a_vote_at_the_edge_of_the_data_that_nothing_fits_is_unverifiable(coverage_record):
    # the record's Assembly vote of 16 February is on Syria; the text allows 16 to 18 February
    m = link(extract_mentions(_article(
        "On Friday the General Assembly adopted a resolution on Libya by 120 votes to 10.",
        date="2012-02-18")), coverage_record)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the data hold only 1 selected GA decision, no complete GA record"}


def test_a_symbol_of_another_year_is_background_and_the_date_still_links(coverage_record):
    m = link(extract_mentions(_article(
        "On Thursday the Security Council voted 10-0-5 on Libya, acting under the sanctions of "
        "resolution 1234 (1999).", date="2011-03-18")), coverage_record)
    assert m.cited.tolist() == ["S/RES/1234(1999)"]
    assert m.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_a_draft_symbol_nothing_held_fits_is_unverifiable_with_the_symbol(coverage_record):
    m = link(extract_mentions(_article(
        "The Human Rights Council rejected draft A/HRC/S-19/L.9 on Belarus by 20 votes to 21 on Friday.",
        date="2012-06-02")), coverage_record)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert m.reason.iloc[0] == ("the data hold no record of A/HRC/S-19/L.9; the data hold only 1 selected "
                                "HRC decision, no complete HRC record")


def test_without_a_vote_against_is_a_vote(coverage_record):
    m = link(extract_mentions(_article(
        "On Saturday the Security Council adopted the Libya text without a vote against.",
        date="2011-02-27")), coverage_record)
    assert m.decision_id.tolist() == ["S/RES/1970(2011)"] and m.status.tolist() == ["linked"]


@pytest.mark.parametrize(("sentence", "called"), [
    ("Permanent member China, as well as non-permanent members Peru and Kenya, abstained in the council.",
     "CHN"),
    ("Russia, a permanent member, voted no in the Security Council, while Peru and Kenya abstained.", "RUS"),
    ("The permanent members Britain, France and the United States voted in favour; Peru abstained.",
     "FRA;GBR;USA"),
    ("Peru and Kenya, both elected members, abstained with the permanent five watching.", None),
])
def test_permanent_member_claims_only_the_states_it_names(sentence, called):
    m = extract_mentions(_article(sentence, date="2011-10-05"))
    assert m.permanent_members.dropna().unique().tolist() == ([called] if called else [])


def test_non_permanent_members_beside_a_permanent_one_are_not_called_permanent(coverage_record):
    cov = analyse(_article(
        "Russia, a permanent member, voted against the Syria draft on Tuesday, while non-permanent "
        "members India and South Africa abstained.", date="2011-10-05"), coverage_record)
    c = cov.claims.set_index("claim")
    assert c.loc["RUS is a permanent member", "verdict"] == "agrees"
    assert not c.index.str.contains("IND is a permanent|ZAF is a permanent").any()
    assert (cov.claims.verdict != "contradicts").all()


def test_a_position_moved_away_from_is_not_read():
    m = extract_mentions(_article(
        "Brazil moved from voting in favour to abstaining on the Syria draft in the Security Council "
        "on Tuesday, and India switched its vote from abstaining to voting against.", date="2011-10-05"))
    assert _positions(m) == {"abstain": "BRA", "no": "IND"}


def test_a_main_committee_vote_is_unverifiable_not_unmatched(coverage_record):
    cov = analyse(_article(
        "Last month the General Assembly's Third Committee voted 99 to 52 for the text on Syria.",
        "The General Assembly itself adopted the Syria resolution on Thursday by 137 votes to 12.",
        date="2012-02-17"), coverage_record)
    m = cov.mentions
    assert m.status.tolist() == ["unverifiable", "linked"]
    assert m.reason.iloc[0] == ("a vote in a Main Committee of the General Assembly: the data hold "
                                "plenary votes only")
    assert m.decision_id.iloc[1] == "A/RES/66/253"


def test_a_count_after_its_side_is_a_tally_to_judge(coverage_record):
    # S/2011/612 failed 9-2-4: "the approval of nine" and "rejected by two" fit, three abstaining does not
    cov = analyse(_article(
        "On Tuesday the Security Council draft resolution on Syria, which won the approval of nine members, "
        "was rejected by two, with three abstaining.", date="2011-10-05"), coverage_record)
    c = cov.claims.set_index("claim")
    assert c.loc["tally: 9 yes", "verdict"] == "agrees"
    assert c.loc["tally: 2 no", "verdict"] == "agrees"
    assert c.loc["tally: 3 abstain", "verdict"] == "contradicts"
    assert "outcome: failed" not in c.index  # "rejected by two" is the count against, not the outcome


@pytest.mark.parametrize(("sentence", "verdict"), [
    # S/2011/612 was vetoed on Tuesday 4 October 2011: a day earlier is no time zone's
    ("On Monday Russia and China vetoed the Security Council draft on Syria.", "contradicts"),
    ("On October 3 Russia and China vetoed the Security Council draft on Syria.", "contradicts"),
    # a day later may be the time zone or the day it was reported: no claim the record can answer
    ("On Wednesday Russia and China vetoed the Security Council draft on Syria.", None),
    ("Today Russia and China vetoed the Security Council draft on Syria.", None),
])
def test_a_named_day_before_the_vote_contradicts(coverage_record, sentence, verdict):
    cov = analyse(_article(sentence, date="2011-10-05"), coverage_record)
    assert set(cov.mentions.decision_id) == {"S/2011/612"}
    dated = cov.claims[cov.claims.claim.str.startswith("date:")]
    assert list(dated.verdict) == ([verdict] if verdict else [])


def test_a_day_carried_over_from_the_sentence_before_contradicts_once(coverage_record):
    cov = analyse(_article("On Monday Russia and China vetoed the Security Council draft on Syria.",
                           "Brazil, India, Lebanon and South Africa abstained.", date="2011-10-05"),
                  coverage_record)
    dated = cov.claims[cov.claims.claim.str.startswith("date:")]
    assert list(dated.verdict) == ["contradicts"]


@pytest.mark.parametrize(("sentence", "date", "decision"), [
    # the Assembly's and the Human Rights Council's tables may date a vote a day off: no claim
    ("On Wednesday the General Assembly adopted the resolution on Syria by 137 votes to 12.", "2012-02-17",
     "A/RES/66/253"),
    ("On Thursday the Human Rights Council adopted the resolution on Syria and the killings in El-Houleh.",
     "2012-06-02", "A/HRC/RES/S-19/1"),
])
def test_a_day_before_another_bodys_record_stays_unverifiable(coverage_record, sentence, date, decision):
    cov = analyse(_article(sentence, date=date), coverage_record)
    assert set(cov.mentions.decision_id) == {decision}
    dated = cov.checks[cov.checks.claim == "date"]
    assert list(dated.status) == ["unverifiable"]
    assert not cov.claims.claim.str.startswith("date:").any()

"""Patterns found by auditing the reader's confident outputs on unlabelled real articles (pool4).

Each case is a sentence pattern that gave a false contradiction, a wrong link, a bad
speaker or a misread position on a real Human Rights Council or General Assembly
story the reader had never seen; every sentence here is written for the test. The
votes are the fixture record's (``fixtures/coverage_record``): A/RES/66/253 (Syria,
General Assembly, 16 February 2012, 137-12-17).
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article, read_positions

from unsc.coverage import analyse, extract_mentions
from unsc.coverage.people import Registry, describe, read_phrase

_read = read_positions


# -- only the Security Council has a veto ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Human Rights Council has adopted a text on water, but attempts to amend it were blocked.",
    "The General Assembly passed the resolution on water after a bid to delay it was thwarted.",
])
def test_a_blocked_amendment_in_the_council_or_assembly_is_no_veto(sentence):
    m = extract_mentions(inline_article(sentence, date="2014-06-27"))
    assert m.kind.tolist() == ["vote"]
    assert m.outcome.tolist() == ["adopted"]


def test_the_council_of_an_hrc_story_blocks_no_veto():
    m = extract_mentions(inline_article(
        "The Human Rights Council met in Geneva on Friday.",
        "The council passed the text, but a motion to end the debate was blocked.", date="2014-06-27"))
    assert set(m.kind) == {"vote"} and "vetoed" not in set(m.outcome.dropna())


def test_a_blocked_draft_in_the_security_council_is_still_a_veto():
    m = extract_mentions(inline_article("The Security Council draft on Yemen was blocked by Russia.",
                                        date="2014-06-27"))
    assert m[["kind", "position", "members"]].values.tolist() == [["veto", "veto", "RUS"]]


def test_an_adopted_text_with_a_blocked_amendment_agrees_with_the_record(coverage_record):
    # read as "outcome: vetoed" before: a false contradiction of an adopted text
    cov = analyse(inline_article(
        "The General Assembly adopted the resolution on Syria on Thursday, but an attempt to amend it "
        "was blocked.", date="2012-02-17"), coverage_record)
    assert set(cov.mentions.decision_id.dropna()) == {"A/RES/66/253"}
    outcome = cov.claims[cov.claims.claim.str.startswith("outcome")]
    assert outcome[["claim", "verdict"]].values.tolist() == [["outcome: adopted", "agrees"]]


def test_vetoes_defended_at_an_assembly_meeting_are_the_councils():
    m = extract_mentions(inline_article(
        "Russia and China defended their vetoes of the sanctions text at a General Assembly debate on "
        "Tuesday.", date="2022-06-09"))
    assert m[["kind", "body", "members"]].values.tolist() == [["veto", "SC", "CHN;RUS"]]


# -- what a text is about -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "topics"), [
    # "in war-torn Yemen": an epithet between the word and the state
    ("The Human Rights Council voted on Friday to extend an inquiry into abuses in war-torn Yemen.", "YEM"),
    ("The Human Rights Council adopted a text on rights in conflict-hit Sudan on Friday.", "SDN"),
    # "the objections of Egypt": who objected, not the subject (read as the subject before: a wrong link)
    ("The Human Rights Council voted on Friday to extend an inquiry into abuses in war-torn Yemen, despite "
     "the objections of Egypt and Kuwait.", "YEM"),
    ("The General Assembly adopted the text on Haiti at the request of Brazil.", "HTI"),
])
def test_the_subject_of_a_text(sentence, topics):
    m = extract_mentions(inline_article(sentence, date="2018-09-28"))
    assert m.topics.tolist() == [topics]


# -- positions ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "groups"), [
    # "contrary votes (A and B)": read as abstaining with the next count's members before
    ("The decision passed with 11 concurring votes; 2 contrary votes (Chile and Peru) and 2 abstentions "
     "(Kenya and Norway).", {"no": "CHL;PER", "abstain": "KEN;NOR"}),
    ("It was adopted with two negative votes (Chile and Peru) and one abstention (Kenya).",
     {"no": "CHL;PER", "abstain": "KEN"}),
    # the members after "abstained from voting were": not read at all before
    ("Among the states that abstained from voting were Chile, Peru and Kenya.", {"abstain": "CHL;KEN;PER"}),
    ("Among those voting against were Chile and Peru.", {"no": "CHL;PER"}),
    # "from" before the members still reads
    ("The draft drew two abstentions, from Chile and Peru.", {"abstain": "CHL;PER"}),
])
def test_members_of_a_counted_or_trailing_position(sentence, groups):
    assert _read(sentence) == groups


def test_contrary_and_concurring_votes_are_a_tally():
    m = extract_mentions(inline_article(
        "The Security Council approved the agenda with 11 concurring votes, 2 contrary votes and 2 "
        "abstentions.", date="2014-12-23"))
    assert m.tally.tolist() == ["11-2-2"]


def test_a_resolution_numbered_in_parentheses_is_cited():
    m = extract_mentions(inline_article(
        "The General Assembly resolution (66/253), approved on Thursday, condemned the violence.",
        date="2012-02-17"))
    assert m.cited.tolist() == ["A/RES/66/253"]


# -- speakers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "name", "descriptor"), [
    # a first initial is the name's, not a title ("L." was the role before)
    ("J. Ortega Ruiz", ("J", "Ortega", "Ruiz"), ""),
    ("spokesman K. Mensah", ("K", "Mensah"), "spokesman"),
    # "of the X" after the name is the state of the title (the name was left in the role before)
    ("Ambassador Omar Haddad of the UAE", ("Omar", "Haddad"), "Ambassador  of the UAE"),
    ("Foreign Minister Ana Ruiz of Spain", ("Ana", "Ruiz"), "Foreign Minister  of Spain"),
])
def test_speaker_names(phrase, name, descriptor):
    read = read_phrase(phrase)
    assert (read.name, read.descriptor, read.kind) == (name, descriptor, "person")


@pytest.mark.parametrize("phrase", ["U.N.", "U", "J."])
def test_initials_alone_are_still_no_speaker(phrase):
    assert read_phrase(phrase) is None


def test_a_title_initialism_before_a_name_stays_the_title():
    assert read_phrase("U.N. envoy Staffan de Mistura").descriptor == "U.N. envoy"


@pytest.mark.parametrize("phrase", ["The statement", "the report", "A letter"])
def test_a_document_alone_is_no_speaker(phrase):
    assert describe(phrase, Registry(), (0, 0)) is None


def test_an_issuers_document_is_the_issuers():
    sp = describe("a Foreign Ministry statement", Registry(), (0, 0))
    assert sp is not None and sp.kind == "org"
    assert describe("the embassy", Registry(), (0, 0)).kind == "org"


# -- states that are no voters --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "groups"), [
    # "X's main ally, Y": X owns the noun, Y is the one who acted (read as both before)
    ("Chile's closest ally on the council, Peru, voted against the text.", {"no": "PER"}),
    ("Kenya's partner Norway abstained in the council vote.", {"abstain": "NOR"}),
    # the plural owner keeps reading as before
    ("Chile's allies Peru and Kenya abstained in the council vote.", {"abstain": "KEN;PER"}),
])
def test_the_owner_of_an_ally_is_no_voter(sentence, groups):
    assert _read(sentence) == groups


def test_a_state_outside_the_body_is_not_absent_from_its_vote():
    assert _read("The Human Rights Council met in a special session.",
                 "Chile, which is not a member of the council, did not take part in the session.") == {}
    # a member not taking part is still absent
    assert _read("The Human Rights Council met in a special session.",
                 "Chile did not take part in the council vote.") == {"absent": "CHL"}


# -- the body voting for a text -------------------------------------------------------------

def test_the_body_voting_in_support_of_a_text_is_its_adoption(coverage_record):
    # no mention before: its date was lost, and the counts after it fitted every vote of the month
    cov = analyse(inline_article(
        "On Thursday, the UN General Assembly voted in support of a resolution on the crisis in Syria.",
        "137 countries voted in favour, 12 voted against and 17 abstained.", date="2012-02-17"),
        coverage_record)
    m = cov.mentions
    assert m.outcome.tolist()[0] == "adopted"
    assert set(m.decision_id) == {"A/RES/66/253"}
    assert (cov.claims.verdict != "contradicts").all()


@pytest.mark.parametrize("sentence", [
    "Thirteen members of the council voted in favour of the draft.",
    # the body's members, not the body: a vetoed draft was no adoption (a false contradiction)
    "Twelve of the 15 Security Council nations voted in favour of the text, while Chile abstained.",
    "Nine Security Council members voted in favour of the resolution.",
])
def test_members_voting_in_favour_of_a_text_are_no_adoption(sentence):
    m = extract_mentions(inline_article(sentence, date="2012-02-17"))
    assert m.outcome.isna().all()

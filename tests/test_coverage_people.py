"""Who speaks: names, titles and descriptions read by :mod:`unsc.coverage.people` (own-words fixtures)."""

from __future__ import annotations

import pytest
from coverage_text import inline_article

from unsc.coverage import extract_statements
from unsc.coverage.people import Registry, describe, people_in, read_phrase


def _people(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.country) for p in people_in(paragraphs).people.values()]


def test_a_given_name_spelled_like_a_month_is_a_name_but_a_month_before_its_day_is_not():
    # "Jun" is a given name ("Li Jun"), not only June's abbreviation
    assert read_phrase("the Chinese envoy, Li Jun").name == ("Li", "Jun")
    assert _people("The Chinese envoy to the United Nations, Li Jun, said the text was unbalanced.") == [
        ("Li Jun", "envoy to the United Nations", "CHN")]
    # a dateline's month and day make no name with the outlet after them
    assert _people("Jun 15 (Wire) - Ambassador Ana Ruiz said the talks had failed.") == [
        ("Ana Ruiz", "Ambassador", None)]


def test_the_seat_of_an_office_stays_in_the_title_of_the_person_named_after_it():
    assert _people("Chile's ambassador to the UN in Geneva Dario Vega-Soto left the room.") == [
        ("Dario Vega-Soto", "ambassador to the UN in Geneva", "CHL")]


def test_an_honorific_between_the_title_and_the_name_holds_no_title():
    assert _people("Chile's permanent representative to the UN, Dr Dario Vega, explained the vote.") == [
        ("Dario Vega", "permanent representative to the UN", "CHL")]


def test_a_description_two_paragraphs_on_is_the_one_person_it_fits():
    st = extract_statements(inline_article(
        "Chile's permanent representative to the UN, Dr Dario Vega, explained the abstention.",
        "The Council met again on Tuesday.",
        '"We did so to reflect our conviction," the Chilean envoy told the Council.', date="2022-02-01"))
    assert list(st.speaker) == ["Dario Vega"]


def test_a_name_run_into_the_said_after_it_is_split():
    # a lost space: "Ana Moralessaid"; the name keeps its letters, the verb is a verb
    assert _people("Peruvian envoy Ana Moralessaid the text went too far.") == [
        ("Ana Morales", "envoy", "PER")]
    # a lone word is left whole (no name word before it), and so is a short one ("Abusaid")
    assert _people("Ambassador Gonzalosaid left.") == []
    assert _people("Peruvian envoy Ana Abusaid left.") == [("Ana Abusaid", "envoy", "PER")]


def test_an_apposition_whose_closing_comma_is_lost_before_the_verb():
    assert _people("Dario Vega, the UN special envoy for Trinidad and Tobago spoke of progress.") == [
        ("Dario Vega", "UN special envoy", "TTO")]


def test_the_and_of_a_state_name_does_not_split_a_phrase_in_two():
    read = read_phrase("Dario Vega, the UN envoy for Bosnia and Herzegovina")
    assert (read.kind, read.name) == ("person", ("Dario", "Vega"))
    # two speakers joined by "and" are still a group
    assert read_phrase("Ana Ruiz and Dario Vega").kind == "group"


def test_a_surname_after_a_state_possessive_is_the_person_of_the_article_who_bears_it():
    registry = people_in(["Chile's ambassador Ana Ruiz took the floor."])
    sp = describe("Chile's Ruiz", registry, (1, 0))
    assert (sp.name, sp.kind, sp.country) == ("Ana Ruiz", "person", "CHL")
    # no one bears it: a company or a brand, no speaker
    assert describe("Chile's Andesco", registry, (1, 0)) is None
    # one word after a state with no possessive is still no name ("The Lima Post")
    assert read_phrase("The Peruvian Gazette") is None or read_phrase("The Peruvian Gazette").name == ()


def test_an_observer_is_a_title_and_the_observer_alone_a_newspaper():
    read = read_phrase("Palestinian observer to the UN Dario Vega")
    assert (read.name, read.descriptor) == (("Dario", "Vega"), "Palestinian observer to the UN")
    assert read_phrase("The Observer").kind == "org"


def test_particles_of_dutch_and_german_names():
    assert read_phrase("Ursula van der Berg").name == ("Ursula", "van", "der", "Berg")
    assert read_phrase("Karl von den Eichen").name == ("Karl", "von", "den", "Eichen")


def test_a_name_in_capitals_is_written_in_the_usual_case_and_found_again_by_its_surname():
    registry = people_in(["Spain's ambassador ANA RUIZ-VEGA spoke first."])
    assert [(p.name, p.country) for p in registry.people.values()] == [("Ana Ruiz-Vega", "ESP")]
    sp = describe("Ruiz-Vega", registry, (1, 0))
    assert (sp.name, sp.role) == ("Ana Ruiz-Vega", "ambassador")
    # an acronym alone is an agency or a body, never a person
    assert describe("NARPA", Registry(), (0, 0)).kind == "org"


def test_a_description_named_later_in_its_paragraph():
    registry = people_in(["The envoy spoke. Ana Ruiz, Spain's ambassador, then left."])
    sp = describe("the envoy", registry, (0, 0))
    assert (sp.name, sp.named) == ("Ana Ruiz", True)
    # two who fit later: no guess
    registry = people_in(["The envoy spoke. Ana Ruiz, Spain's ambassador, and Dario Vega, Chile's "
                          "ambassador, then left."])
    assert describe("the envoy", registry, (0, 0)).named is False


def test_a_relative_clause_after_a_name_gives_no_title():
    # the title inside the clause is the other person's
    assert _people("Ana Ruiz, who interviewed President Dario Vega last year, wrote about the talks.") == [
        ("Dario Vega", "President", None)]


@pytest.mark.parametrize("phrase", ["Hamas", "Hezbollah", "Oxfam"])
def test_an_organisation_named_by_one_word_is_no_person(phrase):
    assert read_phrase(phrase).kind == "org"


def test_a_movement_quoted_is_an_institution_and_its_leader_a_person():
    text = '"We reject the text," Hamas said. "It is a trap," said Hamas leader Omar Dakka.'
    s = extract_statements(inline_article(text, date="2025-11-18"))
    assert list(zip(s.speaker, s.speaker_kind, strict=True)) == [("Hamas", "org"), ("Omar Dakka", "person")]


def test_a_paper_named_by_one_word_is_an_outlet():
    s = extract_statements(inline_article('"The vote was close," Haaretz said.', date="2015-07-03"))
    assert list(zip(s.speaker, s.speaker_kind, s.country, strict=True)) == [("Haaretz", "media", "ISR")]


@pytest.mark.parametrize(("phrase", "name"), [
    # a name's suffix set off by commas is the name's
    ("Dario Vega, Jr., deputy envoy of Peru", ("Dario", "Vega", "Jr")),
    ("Dario Vega Jr.", ("Dario", "Vega", "Jr")),
    # a phrase opening with one is the tail of a name cut off: no speaker
    ("Jr., deputy envoy of Peru", None),
])
def test_a_name_suffix_is_never_a_speaker_of_its_own(phrase, name):
    read = read_phrase(phrase)
    assert (read.name if read is not None else None) == name

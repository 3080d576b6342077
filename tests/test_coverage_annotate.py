"""The annotate stage: sentences, members named in lists, counts in words, asides, dates."""

from __future__ import annotations

import pandas as pd
import pytest

from unsc.coverage.annotate import (
    NUMBER,
    find_countries,
    find_dates,
    mask_asides,
    members_in_item,
    number_value,
    read_list,
    sentences,
)


@pytest.mark.parametrize(("item", "codes"), [
    ("Kenya", ["KEN"]),
    ("Trinidad-Tobago", ["TTO"]),          # "and" dropped, hyphen for a space
    ("Bosnia-Herzegovina", ["BIH"]),
    ("Sao Tome-Principe", ["STP"]),
    ("St Kitts and Nevis", ["KNA"]),
    ("Cote d’Ivoire", ["CIV"]),            # typeset apostrophe
    ("Peru Chile", ["PER", "CHL"]),        # two names run together (a missing comma)
    ("the United States", ["USA"]),
    ("Southern Sudan", ["SSD"]),            # the new state's name in 2011 copy
    ("Papa New Guinea", ["PNG"]),           # misspelt: "New Guinea" is no Guinea
    ("Equatorial Guinea", ["GNQ"]),
    ("Western powers", []),                # a group is no member
    ("several others", []),
])
def test_members_in_item_reads_name_variants(item, codes):
    assert members_in_item(item) == codes


def test_typeset_apostrophe_does_not_turn_north_korea_into_south_korea():
    found = [p.code for p in find_countries("the Democratic People’s Republic of Korea voted no")]
    assert found == ["PRK"]


def test_read_list_takes_lists_and_refuses_prose():
    assert read_list("Norway, Peru; Kenya, Chile and Mali.") == ["NOR", "PER", "KEN", "CHL", "MLI"]
    assert read_list("Norway, Peru and Kenya") == ["NOR", "PER", "KEN"]
    assert read_list("Norway and Peru") is None                      # fewer than three items
    assert read_list("Ministers from Norway, Peru and Kenya met on Monday") is None
    assert read_list("Norway and Peru", least=1) == ["NOR", "PER"]
    assert read_list("Chile and Peru in addition to Kenya and Mali") == ["CHL", "PER", "KEN", "MLI"]
    assert read_list("Chile, Peru, as well as Kenya") == ["CHL", "PER", "KEN"]


@pytest.mark.parametrize(("text", "value"), [
    ("13", 13), ("thirteen", 13), ("Fifteen", 15), ("twenty-one", 21), ("forty", 40), ("none", 0),
])
def test_numbers_in_words(text, value):
    import re

    assert re.fullmatch(NUMBER, text, re.I)
    assert number_value(text) == value


def test_mask_asides_keeps_offsets():
    text = "Six members -- Mali, Norway (which chaired it) and Peru -- abstained, he said."
    masked = mask_asides(text)
    assert len(masked) == len(text)
    assert masked.startswith("Six members ") and masked.endswith("abstained, he said.")
    assert "Norway" not in masked and "chaired" not in masked


def test_sentences_end_after_voted_no_but_not_before_a_number():
    text = "Norway and Peru voted no. A second vote followed. See No. 5 on the list."
    parts = [text[a:b] for a, b in sentences(text)]
    assert parts == ["Norway and Peru voted no.", "A second vote followed.", "See No. 5 on the list."]


def test_a_number_in_parentheses_after_no_keeps_the_sentence_whole():
    text = "The text passed today under No. (4410) set up the panel. Chile voted no. (It said so later.)"
    parts = [text[a:b] for a, b in sentences(text)]
    assert parts == ["The text passed today under No. (4410) set up the panel.", "Chile voted no.",
                     "(It said so later.)"]


# 2030-06-01 is a Saturday: "Sunday's ..." is either tomorrow or six days ago.
@pytest.mark.parametrize(("text", "expected"), [
    ("Voters in the province prepared for Sunday's plebiscite.", "2030-06-02"),
    ("Diplomats gathered ahead of Sunday's ballot on independence.", "2030-06-02"),
    ("Sunday's poll, which will settle the border, drew observers.", "2030-06-02"),
    ("Monitors praised the upcoming Sunday's count.", "2030-06-02"),
    # no word of a thing to come: the past, as before
    ("Monitors praised Sunday's plebiscite.", "2030-05-26"),
    ("The draft text condemned Sunday's ballot.", "2030-05-26"),
    # the future is another clause's
    ("Sunday's ballot was a farce, but the next one will be fair.", "2030-05-26"),
    # only the day after the article's date: Friday's is yesterday's, whatever the tense
    ("Diplomats gathered ahead of Friday's ballot.", "2030-05-31"),
])
def test_possessive_weekday_is_tomorrow_only_when_its_clause_looks_ahead(text, expected):
    (found,) = find_dates(text, pd.Timestamp("2030-06-01"))
    assert found.date == pd.Timestamp(expected)


def test_a_stop_glued_to_the_next_sentence_still_ends_it():
    # a copy that lost the space after its stops: each sentence is still one (not "U.S." or "2.5")
    text = ("The Assembly voted on Ruritania.Of the 150 members, 80 voted in favor. It was the U.S. text, "
            "passed 2.5 times faster.Kenya was the first, in 2009.Suspension needs two-thirds.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "The Assembly voted on Ruritania.", "Of the 150 members, 80 voted in favor.",
        "It was the U.S. text, passed 2.5 times faster.", "Kenya was the first, in 2009.",
        "Suspension needs two-thirds."]


@pytest.mark.parametrize(("text", "codes"), [
    # a state's former name is the same UN member (the curated aliases), not a historic ISO code
    ("Burma and Zaire voted no", ["MMR", "COD"]),
    # the state named again as a gloss is one state
    ("the situation in Myanmar [Burma] and in Zaire", ["MMR", "COD"]),
])
def test_former_names_are_the_un_member(text, codes):
    assert [p.code for p in find_countries(text)] == codes


def test_a_compound_typed_with_a_space_names_no_state():
    found = find_countries("Kenya traditionally voted pro- Palestine but abstained")
    assert [p.code for p in found] == ["KEN"]

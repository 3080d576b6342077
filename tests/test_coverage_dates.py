"""Doubtful dates and known gaps in coverage (issue 12; the charter: third-party errors are reported).

Sentences written for the test; the records are fixtures in the real layouts:
``fixtures/sc_drafts/sc_drafts_2010.csv`` (the drafts table's layout, with S/RES/1929
(2010) on 2010-09-06, day and month swapped: it was adopted on 9 June 2010) and
``fixtures/unvotes_cuba`` (unvotes' layout: A/RES/71/5 without a Zimbabwe row, no roll
call for A/RES/73/8 of 1 November 2018, A/RES/74/7).
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pandas as pd
import pytest
from coverage_text import inline_article

import unsc
from unsc import config
from unsc.coverage import analyse
from unsc.coverage.doubts import doubtful_dates, known_gaps
from unsc.model import conform

SANCTIONS = ("On Wednesday the Security Council imposed new sanctions on Iran by 12 votes to 2, with Brazil "
             "and Turkey voting against and Lebanon abstaining.")


@pytest.fixture(scope="module")
def drafts_2010(fixtures):
    return unsc.read(fixtures / "sc_drafts" / "sc_drafts_2010.csv")


@pytest.fixture(scope="module")
def cuba_votes(fixtures):
    return unsc.read(fixtures / "unvotes_cuba")


def _claims(cov) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {c.claim: (c.record, c.verdict) for c in cov.claims.itertuples()}


def _curated_without(tmp_path, monkeypatch, needle: str) -> None:
    """The project's curated folder without the ``known_errors.csv`` rows that contain ``needle``."""
    folder = tmp_path / "curated"
    shutil.copytree(config.curated_dir(), folder)
    rows = (folder / "known_errors.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "known_errors.csv").write_text("".join(r for r in rows if needle not in r), encoding="utf-8")
    monkeypatch.setenv("UNSC_CURATED", str(folder))


# -- a likely day-month swap --------------------------------------------------------------

def test_the_likely_swap_is_known_with_its_date(drafts_2010):
    doubt = doubtful_dates(drafts_2010)["S/RES/1929(2010)"]
    assert (doubt.stored, doubt.likely, doubt.source) == (
        pd.Timestamp("2010-09-06"), pd.Timestamp("2010-06-09"), "date_swapped")
    assert set(doubtful_dates(drafts_2010)) == {"S/RES/1929(2010)"}


def test_a_vote_on_the_likely_date_is_linked_and_says_so(drafts_2010):
    cov = analyse(inline_article(SANCTIONS, date="2010-06-09"), drafts_2010)
    m = cov.mentions
    assert set(m.decision_id) == {"S/RES/1929(2010)"} and set(m.status) == {"linked"}
    assert m.reason.str.contains(
        "the data date it 2010-09-06, likely a day-month swap of 2010-06-09", regex=False).all()
    c = _claims(cov)
    assert c["BRA voted no"] == ("no", "agrees") and c["LBN abstained"] == ("abstain", "agrees")
    assert c["tally: 12 yes"] == ("12", "agrees")
    # the date claim is no contradiction: the record held cannot say which date is right
    dates = cov.checks[cov.checks.claim == "date"]
    assert set(dates.status) == {"unverifiable"}
    assert dates.record.str.startswith(
        "2010-09-06 (the data date it 2010-09-06, likely a day-month swap").all()
    assert "contradicts" not in set(cov.checks.status)
    # and the stored date is the table's
    stored = drafts_2010.decisions.set_index("decision_id").date
    assert stored["S/RES/1929(2010)"] == pd.Timestamp("2010-09-06")


def test_a_date_said_of_the_stored_day_is_unverifiable_too(drafts_2010):
    text = ("On Monday the Security Council adopted a resolution on Iran by 12 votes to 2, with Brazil and "
            "Turkey voting against.")
    cov = analyse(inline_article(text, date="2010-09-07"), drafts_2010)
    assert set(cov.mentions.decision_id) == {"S/RES/1929(2010)"}
    assert "likely a day-month swap" not in " ".join(cov.mentions.reason)  # linked on the stored date
    assert set(cov.checks[cov.checks.claim == "date"].status) == {"unverifiable"}


def test_without_its_neighbours_there_is_no_swap_to_suggest(drafts_2010):
    d = drafts_2010.decisions
    keep = d.decision_id.astype(str).isin(["S/RES/1929(2010)", "S/RES/1934(2010)"]).to_numpy()
    alone = replace(drafts_2010, decisions=conform(d[keep], "decisions"))
    assert doubtful_dates(alone) == {}
    cov = analyse(inline_article(SANCTIONS, date="2010-06-09"), alone)
    assert cov.mentions.decision_id.isna().all()
    assert not cov.mentions.reason.str.contains("swap").any()


def test_a_count_that_picks_one_vote_keeps_its_link(drafts_2010):
    # S/RES/1930 (14-1-0, Turkey against) is linked on its own date; S/RES/1929, on its likely date
    # in the same month, does not fit the count, so the link stands
    text = ("In June the Security Council adopted a resolution on Cyprus by 14 votes to 1, with Turkey "
            "against.")
    cov = analyse(inline_article(text, date="2010-07-02"), drafts_2010)
    assert set(cov.mentions.decision_id) == {"S/RES/1930(2010)"}
    assert "contradicts" not in set(cov.checks.status)


def test_a_known_date_error_is_a_doubtful_date(tmp_path, monkeypatch, drafts_2010):
    folder = tmp_path / "curated"
    shutil.copytree(config.curated_dir(), folder)
    with (folder / "known_errors.csv").open("a", encoding="utf-8") as f:
        f.write("unsc_drafts_votes_1994_2025,S/RES/1934(2010),,date,2010-06-30,2010-06-29,"
                "written for the test\n")
    monkeypatch.setenv("UNSC_CURATED", str(folder))
    found = doubtful_dates(drafts_2010)  # the edited list is read again
    assert found["S/RES/1934(2010)"].source == "known_errors.csv"
    assert found["S/RES/1934(2010)"].likely == pd.Timestamp("2010-06-29")
    assert "the official record has 2010-06-29" in found["S/RES/1934(2010)"].words
    monkeypatch.undo()
    assert "S/RES/1934(2010)" not in doubtful_dates(drafts_2010)


# -- known gaps -----------------------------------------------------------------------------

def test_the_gaps_are_listed():
    gaps = {g.decision_id: g for g in known_gaps()}
    gap = gaps["A/RES/73/8"]
    assert (gap.body, gap.date, gap.tally, gap.source_table) == ("GA", pd.Timestamp("2018-11-01"),
                                                                 (189, 2, 0), "unvotes_ga")


def test_a_mention_of_the_missing_vote_is_unverifiable_naming_the_gap(cuba_votes):
    text = ("On Thursday the General Assembly voted 189-2 to demand an end to the US embargo on Cuba, with "
            "only the United States and Israel voting against.")
    cov = analyse(inline_article(text, date="2018-11-02"), cuba_votes)
    m = cov.mentions
    assert set(m.status) == {"unverifiable"} and m.decision_id.isna().all()
    assert m.reason.str.startswith("the data lack A/RES/73/8 (GA of 2018-11-01, 189-2-0): a known gap in "
                                   "unvotes_ga").all()
    assert cov.checks.empty


def test_without_the_gap_listed_the_table_is_still_known_to_lack_some(cuba_votes, tmp_path, monkeypatch):
    # no gap names this vote, but unvotes is known to lack some (Holds.gaps): the record cannot tell
    _curated_without(tmp_path, monkeypatch, "A/RES/73/8")
    text = ("On Thursday the General Assembly voted 189-2 to demand an end to the US embargo on Cuba, with "
            "only the United States and Israel voting against.")
    cov = analyse(inline_article(text, date="2018-11-02"), cuba_votes)
    assert set(cov.mentions.status) == {"unverifiable"}
    reason = cov.mentions.reason.iloc[0]
    assert reason.startswith("no vote in the data matches") and "known gap" not in reason
    assert "the GA table (unvotes) is not complete: it lacks the votes of emergency special" in reason


def test_a_year_alone_names_no_gap(cuba_votes):
    # "last year" holds the gap's day, but a window of a year holds too many votes to name one
    text = "Last year the United States voted against a General Assembly resolution on Cuba."
    cov = analyse(inline_article(text, date="2019-11-14"), cuba_votes)
    assert "known gap" not in " ".join(cov.mentions.reason.dropna())


def test_a_claim_on_the_missing_row_is_unverifiable(cuba_votes):
    text = ("On Wednesday the General Assembly adopted a resolution calling for an end to the US embargo on "
            "Cuba, with Zimbabwe and Mexico voting in favour and the United States abstaining.")
    cov = analyse(inline_article(text, date="2016-10-27"), cuba_votes)
    assert set(cov.mentions.decision_id) == {"A/RES/71/5"}
    c = _claims(cov)
    assert c["MEX voted yes"] == ("yes", "agrees")
    assert c["ZWE voted yes"] == (
        "the GA table (unvotes_ga) has no row for ZWE; a known gap: the official record has ZWE voting yes "
        "(known_errors.csv)", "unverifiable")
    assert "contradicts" not in set(cov.checks.status)


def test_without_the_missing_row_listed_the_roll_call_is_judged(cuba_votes, tmp_path, monkeypatch):
    _curated_without(tmp_path, monkeypatch, "A/RES/71/5")
    text = ("On Wednesday the General Assembly adopted a resolution calling for an end to the US embargo on "
            "Cuba, with Zimbabwe and Mexico voting in favour and the United States abstaining.")
    c = _claims(analyse(inline_article(text, date="2016-10-27"), cuba_votes))
    assert c["ZWE voted yes"][1] == "contradicts"


def test_the_gap_is_named_by_its_symbol_or_its_count(cuba_votes):
    # cited: named whatever the window; a count of the gap's: named without the body
    cited = ("On Thursday the General Assembly adopted resolution 73/8 on the US embargo on Cuba, with the "
             "United States and Israel voting against.")
    cov = analyse(inline_article(cited, date="2018-11-02"), cuba_votes)
    assert cov.mentions.reason.str.startswith("the data lack A/RES/73/8").all()
    counted = "In November the General Assembly backed the Cuban text by 189 votes to 2."
    cov = analyse(inline_article(counted, date="2018-12-10"), cuba_votes)
    assert cov.mentions.status.tolist() == ["unverifiable"]
    assert cov.mentions.reason.iloc[0] == (
        "the data lack A/RES/73/8 (GA of 2018-11-01, 189-2-0): a known gap in unvotes_ga (known_errors.csv); "
        "linking said: no vote in the data matches (GA, 2018-11-01 to 2018-11-30)")
    # the same month and a count that is not the gap's: no vote matches, as before
    wrong = "In November the General Assembly backed the Cuban text by 150 votes to 3."
    cov = analyse(inline_article(wrong, date="2018-12-10"), cuba_votes)
    assert cov.mentions.reason.str.startswith("no vote in the data matches").all()
    # another day of that week, and no count: the gap is not the vote told of
    other = ("On Monday the General Assembly adopted a resolution on Cuba, with the United States and Israel "
             "voting against.")
    cov = analyse(inline_article(other, date="2018-11-06"), cuba_votes)
    assert not cov.mentions.reason.str.contains("known gap").any()


def test_a_link_the_likely_date_ties_with_is_undone(drafts_2010):
    # on the stored dates only S/RES/1928 (7 June) fits a vote of 8 June; with S/RES/1929 on its likely
    # day (9 June) both are a day apart and both have Mexico and Japan in favour: no clear link
    text = "On Tuesday the Security Council adopted a resolution, with Mexico and Japan voting in favour."
    cov = analyse(inline_article(text, date="2010-06-09"), drafts_2010)
    m = cov.mentions
    assert m.decision_id.isna().all() and set(m.status) == {"unlinked"}
    assert m.reason.iloc[0].startswith(
        "2 decisions fit equally: S/RES/1928(2010), S/RES/1929(2010) "
        "(counting likely dates: S/RES/1929(2010): the data date it 2010-09-06")
    assert cov.checks.empty

"""The case study's words follow its parameters, and its claim is tested on the case and the record."""

from __future__ import annotations

import re

import pytest

import unsc
from unsc import casestudy as cs
from unsc.errors import ParameterError
from unsc.model import SCALE, Dataset


@pytest.fixture(scope="module")
def record() -> Dataset:
    return unsc.load("embedded")


def contested_pair_counts(ds: Dataset, a: str, b: str) -> tuple[int, int]:
    """The claim counted the slow, obvious way: decision by decision, on complete SC roll calls."""
    sc = ds.filter(body="SC").by_seat()
    same = both = 0
    for decision in sc.decisions[~sc.decisions.partial.astype(bool)].itertuples():
        votes = sc.votes[sc.votes.decision_id == decision.decision_id]
        cast = votes[votes.vote.isin(SCALE)]
        if cast.vote.astype(str).nunique() <= 1:
            continue  # unanimous among those voting: not contested
        mine = dict(zip(cast.member.astype(str), cast.vote.astype(str), strict=True))
        if a in mine and b in mine:
            both += 1
            same += mine[a] == mine[b]
    return same, both


# -- words -----------------------------------------------------------------------------------
def test_title_introduction_and_heading_follow_the_parameters():
    c = cs.case("Ukraine", "2014-01-01", "2022-12-31", "chn", "RUS", precedent="auto")
    assert c.title() == "Case study: Ukraine at the UN, 2014–2022"
    intro = c.introduction()
    assert "Ukraine" in intro and "1 January 2014 to 31 December 2022" in intro
    assert "China votes with the Russian Federation" in intro
    assert "Syria" not in intro and "Houla" not in intro and "Libya" not in intro
    assert c.precedent == ""  # "auto": Ukraine has no story, so no precedent
    assert c.claim_heading() == "Does China traditionally join the Russian Federation?"
    other = cs.case("Iran", "2006", "2010", "GBR", "USA")
    assert other.claim_heading() == "Does the United Kingdom traditionally join the United States?"
    assert other.title() == "Case study: Iran at the UN, 2006–2010"


def test_the_first_story_is_told_only_for_its_own_case():
    syria = cs.case("Syria", "2011-01-01", "2012-12-31", "CHN", "RUS", precedent="auto")
    assert syria.precedent == "Libya"
    assert syria.introduction().startswith("The story this project started from")
    later = cs.case("Syria", "2015-01-01", "2020-12-31", "CHN", "RUS", precedent="auto")
    assert "Houla" not in later.introduction()  # the window does not hold June 2012
    assert cs.case("Syria", "2011", "2012", "CHN", "RUS", precedent="").precedent == ""


def test_bad_parameters_are_refused_with_a_reason():
    with pytest.raises(ParameterError, match="did you mean CHN"):
        cs.case("Syria", "2011", "2012", "China", "RUS")
    with pytest.raises(ParameterError, match="both RUS"):
        cs.case("Syria", "2011", "2012", "rus", "RUS")
    with pytest.raises(ParameterError, match="topic is empty"):
        cs.case(" ", "2011", "2012", "CHN", "RUS")


def test_names_read_inside_a_sentence():
    assert cs.the("RUS") == "the Russian Federation" and cs.the("CHN") == "China"
    assert cs.the("GBR") == "the United Kingdom" and cs.the("SYR") == "the Syrian Arab Republic"


# -- the claim -------------------------------------------------------------------------------
def test_claim_on_the_case_and_on_the_record_matches_a_plain_count(record):
    c = cs.case("Syria", "2011-01-01", "2012-12-31", "CHN", "RUS", precedent="auto")
    case_ds = record.filter(topic="Syria", exclude="Golan", start=c.start, end=c.end)
    claim = cs.check_claim(c, case_ds, record)
    assert (claim.case.same, claim.case.decisions) == contested_pair_counts(case_ds, "CHN", "RUS")
    assert (claim.record.same, claim.record.decisions) == contested_pair_counts(record, "CHN", "RUS")
    # The three Syria drafts of 2011-2012 vetoed by both are the case's contested votes.
    vetoed = case_ds.decisions[(case_ds.decisions.body == "SC") & (case_ds.decisions.outcome == "vetoed")]
    assert claim.case.decisions == len(vetoed) == claim.case.same
    # The record is longer than the case: the claim is not judged on two years only.
    assert claim.record.decisions > claim.case.decisions
    rival = claim.record.rival
    assert rival is not None and set(rival) <= set(unsc.PERMANENT_SEATS) and set(rival) != {"CHN", "RUS"}
    assert (claim.record.rival_same, claim.record.rival_decisions) == contested_pair_counts(record, *rival)
    table = claim.record.table
    others = table[~((table.member_a == "CHN") & (table.member_b == "RUS"))]
    assert claim.record.rival_share == others.share.max()
    assert claim.record.rank == 1 + (table.share > claim.record.share).sum()


def test_the_answer_is_one_sentence_with_its_numbers(record):
    c = cs.case("Syria", "2011-01-01", "2020-12-31", "CHN", "RUS", precedent="auto")
    case_ds = record.filter(topic="Syria", exclude="Golan", start=c.start, end=c.end)
    claim = cs.check_claim(c, case_ds, record)
    answer = claim.answer
    r = claim.record
    assert answer.count(". ") == 0 and answer.endswith(".")
    assert answer.startswith("On every contested Security Council roll call the data hold (all topics), "
                             f"{r.years}, China voted as the Russian Federation did on "
                             f"{r.same} of {r.decisions} ")
    assert f"did so on {r.rival_same} of {r.rival_decisions}" in answer
    assert re.search(r"\(\d+%\)", answer)
    case_sentence = claim.sentences["case"]
    assert case_sentence.startswith("On contested Security Council votes on Syria, ")
    assert claim.results()["record"]["sentence"] == answer


def test_a_case_without_contested_council_votes_says_so(record):
    c = cs.case("Ukraine", "2014-01-01", "2022-12-31", "CHN", "RUS", precedent="auto")
    case_ds = cs.select_case(record, "clean", c).case  # none: the embedded record holds no Ukraine vote
    claim = cs.check_claim(c, case_ds, record)
    assert claim.case.decisions == 0 and claim.case.share is None
    assert claim.sentences["case"] == (
        "The data hold no contested Security Council vote on Ukraine between 1 January 2014 and "
        "31 December 2022 on which both China and the Russian Federation voted: the claim cannot be "
        "tested on this case.")
    assert claim.record.decisions > 0  # the record still answers


def test_veto_lists_say_nothing_about_pairs(record):
    """A partial decision (only the vetoing members named) must not count as the pair agreeing."""
    sc = record.filter(body="SC")
    partial = sc.decisions.assign(partial=True)
    from dataclasses import replace

    only_partial = replace(sc, decisions=partial)
    result = cs.pair_result(only_partial, "CHN", "RUS", "record")
    assert result.decisions == 0


def test_record_by_year_covers_every_contested_year(record):
    yearly = cs.record_by_year(record)
    assert set(yearly.body) == {"SC"}
    pair = yearly[(yearly.member_a == "CHN") & (yearly.member_b == "RUS")]
    same, both = contested_pair_counts(record, "CHN", "RUS")
    assert pair.decisions.sum() == both and pair.same.sum() == same


def test_claim_on_the_real_council_record(shared_data):
    """1994-2025 (sc-drafts): the claim on every contested vote, counted the slow way too."""
    from unsc.sources import sc_drafts

    full = sc_drafts.read(shared_data / "unsc_drafts_votes_1994_2025/sc_voting_1994_2025.csv.gz")
    c = cs.case("Ukraine", "2014-01-01", "2022-12-31", "CHN", "RUS", precedent="auto")
    case_ds = full.filter(topic="Ukraine", start=c.start, end=c.end)
    claim = cs.check_claim(c, case_ds, full)
    assert claim.record.years.startswith("1994")
    assert (claim.record.same, claim.record.decisions) == contested_pair_counts(full, "CHN", "RUS")
    assert (claim.case.same, claim.case.decisions) == contested_pair_counts(case_ds, "CHN", "RUS")
    assert claim.case.decisions > 0 and "Ukraine" in claim.sentences["case"]


# -- the notebook ----------------------------------------------------------------------------
@pytest.mark.notebook
def test_case_study_report_follows_its_parameters(tmp_path):
    from unsc import reports

    params = {"topic": "Ukraine", "start": "2014-01-01", "end": "2022-12-31", "claim_a": "GBR",
              "claim_b": "USA", "coverage": "", "data": "embedded"}
    run = reports.run_one("case_study", params, tmp_path)
    assert run.ok, run.describe()
    html = (tmp_path / "case_study" / reports.slug(params) / "report.html").read_text()
    res = run.results
    assert res["title"] == "Case study: Ukraine at the UN, 2014–2022"
    assert re.search(r"<h1[^>]*>Case study: Ukraine at the UN, 2014–2022<", html)
    assert "Does the United Kingdom traditionally join the United States?" in html
    assert "China traditionally join" not in html and "Houla" not in html
    assert res["claim"]["case"]["decisions"] == 0  # no Ukraine vote in the embedded record ...
    assert "cannot be tested on this case" in html  # ... and the report says so
    assert res["answer"].startswith("On every contested Security Council roll call the data hold")
    assert res["answer"] in html.replace("&#39;", "'")
    assert res["parameters"]["precedent"] == ""
    assert not any(label.endswith("(the precedent)") for label in res["grids"])


def test_select_case_degrades_to_a_sentence(record):
    # The embedded record's first Ukraine votes are the General Assembly's of 2022.
    ukraine = cs.case("Ukraine", "2014-01-01", "2021-12-31", "CHN", "RUS", precedent="auto")
    chosen = cs.select_case(record, "clean", ukraine, exclude="Golan")
    assert chosen.case.decisions.empty and chosen.precedent.decisions.empty
    assert chosen.note.startswith("The data hold no Ukraine decision to show: ")
    assert "Ukraine" in chosen.note[len("The data hold no Ukraine decision to show: "):]  # the reason
    window = record.filter(start="2014-01-01", end="2021-12-31")
    assert set(chosen.selection.ds.decisions.decision_id) == set(window.decisions.decision_id)
    syria = cs.case("Syria", "2011-01-01", "2012-12-31", "CHN", "RUS", precedent="auto")
    found = cs.select_case(record, "clean", syria, exclude="Golan")
    assert found.note == "" and len(found.case.decisions) and len(found.precedent.decisions)
    shown = set(found.case.decisions.decision_id) | set(found.precedent.decisions.decision_id)
    assert set(found.selection.ds.decisions.decision_id) == shown
    to_2022 = cs.select_case(record, "clean", cs.case("Ukraine", "2014-01-01", "2022-12-31", "CHN", "RUS"),
                             exclude="Golan")
    assert sorted(to_2022.case.decisions.decision_id) == [f"A/RES/ES-11/{n}" for n in range(1, 6)]

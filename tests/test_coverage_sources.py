"""What each source can hold, as linking uses it (issue 12: a vote outside the data is unverifiable).

A mention nothing in the record fits is ``unlinked`` ("no vote in the data
matches": the article may be wrong) only where a source holding every such
decision covers the body, the days and the outcome stated; otherwise it is
``unverifiable`` with the reason. The records are the real-format fixtures
(``fixtures/hrc``, ``unvotes``, ``vetoes``, ``sc_drafts``, ``coverage_record``);
every sentence is written for the test.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from coverage_text import inline_article

import unsc
from unsc.coverage import analyse, extract_mentions, link
from unsc.model import conform
from unsc.sources import FORMATS, curated
from unsc.sources.holds import HOLDS, format_of, holds

_article = inline_article


def _linked(text: str, date: str, ds, headline: str = "") -> pd.DataFrame:  # noqa: ANN001
    return link(extract_mentions(_article(text, date=date, headline=headline)), ds)


# -- the declarations -------------------------------------------------------------------

def test_every_source_format_is_declared():
    assert set(HOLDS) == set(FORMATS) | {"curated"}
    assert all(set(h.bodies) <= {"SC", "HRC", "GA"} for h in HOLDS.values())
    # the hand-compiled record is a selection: complete for no body and no kind of outcome
    assert not any(HOLDS["curated"].complete_for(b, frozenset({"adopted"})) for b in ("SC", "HRC", "GA"))
    assert HOLDS["hrc"].complete_for("HRC", frozenset({"adopted"}))
    assert not HOLDS["hrc"].complete_for("HRC", frozenset({"failed"}))
    assert not HOLDS["hrc"].complete_for("HRC", frozenset({"no vote"}))
    assert HOLDS["vetoes"].complete_for("SC", frozenset({"vetoed"}))
    assert not HOLDS["vetoes"].complete_for("SC", frozenset({"adopted", "vetoed"}))
    assert HOLDS["sc-drafts"].complete_for("SC", frozenset({"adopted", "failed", "vetoed"}))
    assert not HOLDS["sc-drafts"].complete_for("GA", frozenset({"adopted"}))
    assert holds(None) is holds("no-such-format")
    assert not holds(None).complete_for("SC", frozenset({"adopted"}))
    assert HOLDS["curated"].count(9, "GA") == "9 selected GA decisions"
    assert HOLDS["vetoes"].count(1, "SC") == "1 vetoed SC draft"


def test_format_of_tells_the_file_a_decision_was_read_from(fixtures, tmp_path):
    assert format_of(str(fixtures / "hrc" / "hrc_resolutions.csv")) == "hrc"
    assert format_of(str(fixtures / "unvotes" / "un_roll_calls.csv")) == "unvotes"
    assert format_of(str(fixtures / "vetoes" / "vetoes_small.csv")) == "vetoes"
    assert format_of(str(fixtures / "sc_drafts" / "sc_drafts_small.csv")) == "sc-drafts"
    assert format_of(str(fixtures / "coverage_record" / "decisions.csv")) == "curated"
    assert format_of(str(tmp_path / "gone.csv")) is None and format_of(None) is None


def test_format_of_a_stored_file_comes_from_the_manifest(fixtures, tmp_path):
    from unsc import store

    copy = tmp_path / "drafts.csv"
    copy.write_bytes((fixtures / "sc_drafts" / "sc_drafts_small.csv").read_bytes())
    store.import_path(copy)
    copy.unlink()  # the manifest still says what it was
    assert format_of(str(copy)) == "sc-drafts"


# -- linking ---------------------------------------------------------------------------

@pytest.fixture
def hrc_table(fixtures):
    return unsc.read(fixtures / "hrc")


def test_a_rejected_draft_is_not_in_a_table_of_adopted_texts(hrc_table):
    m = _linked("On Friday the Human Rights Council rejected the draft on Belarus, with China and Cuba "
                "voting against it.", "2012-09-29", hrc_table)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the HRC record for those days holds adopted texts and amendments with a "
                             "recorded vote only: a rejected draft is not in it"}


def test_an_adopted_text_nothing_matches_in_a_table_known_to_lack_some_is_unverifiable(hrc_table):
    # the HRC tables should hold every recorded vote on an adopted text, but some are missing
    # (Holds.gaps): nothing fitting says the record cannot tell, not that the article is wrong
    m = _linked("On Friday the Human Rights Council adopted the text on Belarus, with China and Cuba "
                "voting against it.", "2012-09-29", hrc_table)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    reason = m.reason.iloc[0]
    assert reason.startswith("no vote in the data matches")
    assert reason.endswith("; but the HRC table (hrc) is not complete: some recorded votes on adopted texts "
                           "are missing from it (such as A/HRC/RES/25/24 and 25/25 of 28 March 2014): the "
                           "record cannot tell")


def test_nothing_matching_in_a_table_without_known_gaps_is_unlinked(fixtures):
    from unsc.sources.holds import HOLDS

    assert HOLDS["sc-drafts"].gaps == "" and HOLDS["vetoes"].gaps == ""
    vetoes = unsc.read(fixtures / "vetoes" / "vetoes_small.csv")
    m = _linked("On Thursday Russia vetoed the Security Council draft on Haiti.", "2000-06-16", vetoes)
    assert set(m.status) == {"unlinked"} and "not complete" not in m.reason.iloc[0]


def test_a_vote_whose_outcome_is_not_stated_may_be_a_rejected_draft(hrc_table):
    m = _linked("On Friday China and Cuba voted against the Human Rights Council text on Belarus.",
                "2012-09-29", hrc_table)
    assert set(m.status) == {"unverifiable"}
    assert m.reason.iloc[0].endswith(": a rejected draft is not in it")


def _with_decision(ds, decision_id: str, body: str, date: str, title: str, topic: str,  # noqa: ANN001
                   tally: tuple[int, int, int], votes: dict[str, str]):
    """``ds`` with one more decision (and its votes) in the curated layout."""
    d = ds.decisions
    row = d.iloc[:1].copy()
    row[["decision_id", "body", "title", "topic", "draft", "session"]] = [decision_id, body, title, topic,
                                                                         None, None]
    row["date"] = pd.Timestamp(date)
    row["outcome"] = "adopted"
    row[["yes", "no", "abstain", "absent"]] = [*tally, None]
    v = pd.DataFrame({"decision_id": decision_id, "member": list(votes), "vote": list(votes.values())})
    decisions = pd.concat([d.astype(object), row.astype(object)], ignore_index=True)
    allvotes = pd.concat([ds.votes.astype(object), v.astype(object)], ignore_index=True)
    return replace(ds, decisions=conform(decisions, "decisions"), votes=conform(allvotes, "votes"))


@pytest.fixture
def ga_after(fixtures, coverage_record):
    """Voeten's roll calls (to 2012-02-16) and a selected Assembly vote after them (invented)."""
    selected = _with_decision(coverage_record, "A/RES/67/999", "GA", "2013-05-15",
                              "The situation in the Syrian Arab Republic", "Syria", (107, 12, 59),
                              {"RUS": "no", "CHN": "no", "IND": "abstain"})
    selected = selected.filter(body="GA")
    return unsc.combine(selected, unsc.read(fixtures / "unvotes"))


def test_a_selected_decision_that_fits_still_links_after_the_complete_record(ga_after):
    m = _linked("On Wednesday the General Assembly adopted a resolution on Syria by 107 votes to 12.",
                "2013-05-16", ga_after)
    assert m.decision_id.tolist() == ["A/RES/67/999"] and m.status.tolist() == ["linked"]


def test_after_the_complete_record_nothing_fitting_is_unverifiable_with_the_span(ga_after):
    # the selected vote that day is on Syria: a text on Libya is another, which the data cannot hold
    m = _linked("On Wednesday the General Assembly adopted a resolution on Libya by 120 votes to 10.",
                "2013-05-16", ga_after)
    assert m.decision_id.isna().all() and set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"outside the complete GA record (1946-01-01 to 2012-02-16); the data hold "
                             "only 1 selected GA decision after it"}


def test_a_veto_list_holds_no_adopted_text(fixtures):
    vetoes = unsc.read(fixtures / "vetoes" / "vetoes_small.csv")
    m = _linked("On Thursday the Security Council adopted a resolution on Haiti, with China abstaining.",
                "2000-06-16", vetoes)
    assert set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the SC record for those days holds vetoed drafts only: an adopted text is not "
                             "in it"}
    # a veto the list would hold, and does not: nothing in the data matches
    m = _linked("On Thursday Russia vetoed the Security Council draft on Haiti.", "2000-06-16", vetoes)
    assert set(m.status) == {"unlinked"} and m.reason.iloc[0].startswith("no vote in the data matches")


def test_a_selection_alone_proves_nothing_missing(coverage_record):
    m = _linked("On Thursday the Security Council adopted a resolution on Haiti by 15 votes to none.",
                "2011-06-17", coverage_record)
    assert set(m.status) == {"unverifiable"}
    assert set(m.reason) == {"the data hold only 5 selected SC decisions, no complete SC record"}


def test_no_body_named_needs_every_body_covered(fixtures):
    drafts = unsc.read(fixtures / "sc_drafts" / "sc_drafts_small.csv")
    m = _linked("On Thursday India and Brazil abstained on the text on Haiti.", "2011-06-17", drafts)
    assert set(m.status) == {"unverifiable"}
    assert m.reason.iloc[0].startswith("no body named, and ")


def test_a_decision_about_another_state_than_the_story_is_never_linked(coverage_record):
    # the story is about Belarus; the one Council vote of those days is on Syria
    cov = analyse(_article("Nine countries abstained.", date="2012-06-02",
                           headline="Rights council votes on Belarus"), coverage_record)
    assert cov.mentions.decision_id.isna().all()
    assert "contradicts" not in set(cov.claims.verdict)


def test_the_embedded_record_is_declared_a_selection():
    ds = curated.read()
    assert {format_of(str(f)) for f in ds.decisions.file.astype(str).unique()} == {"curated"}


def test_the_one_vote_a_selection_holds_that_day_is_not_linked_on_the_date_alone(coverage_record, fixtures):
    text = "On Friday the Human Rights Council passed the text by 20 votes to 5."
    cov = analyse(_article(text, date="2012-06-02"), coverage_record)
    assert cov.mentions.decision_id.isna().all() and set(cov.mentions.status) == {"unverifiable"}
    assert "contradicts" not in set(cov.claims.verdict)
    # in the table of every adopted HRC text (here six votes of it), the one vote that day is the one meant
    cov = analyse(_article(text, date="2012-06-02"), unsc.read(fixtures / "hrc"))
    assert set(cov.mentions.decision_id) == {"A/HRC/RES/S-19/1"}
    c = cov.claims.set_index("claim")
    assert c.loc["tally: 20 yes", ["record", "verdict"]].tolist() == ["1", "contradicts"]

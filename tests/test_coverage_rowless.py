"""A member named with a vote and no row in the record: the article's slip or the table's lost row
(src/unsc/coverage/check.py, ``_rows_short``).

Third-party tables lose members' rows (the Assembly's table has no row for Zimbabwe on one
text it voted against). Where the article counts more votes of that side than the table holds
rows, or copies a long list holding every member the table gives that side and one more, the
extra member is ``unverifiable``; where the article's own count is the table's, it is its slip.
Every text and roll call here is written for the test.
"""

from __future__ import annotations

import pytest
from coverage_text import inline_article
from test_coverage_link import _spanning, _with

from unsc.coverage import analyse

#: Twelve invented no votes of an Assembly text, the thirteenth member (Zambia) with no row.
NOES = ("ARM", "BLR", "BOL", "CHN", "CUB", "IRN", "NIC", "PRK", "RUS", "SDN", "SYR", "VEN")
LIST = ("Armenia, Belarus, Bolivia, China, Cuba, Iran, Nicaragua, North Korea, Russia, Sudan, Syria, "
        "Venezuela and Zambia")


@pytest.fixture
def assembly_text(coverage_record, fixtures):
    decisions = [{"decision_id": "A/RES/71/901", "body": "GA", "date": "2016-12-19", "draft": None,
                  "title": "Situation of human rights in Ruritania", "topic": "Ruritania", "outcome": None,
                  "yes": 3, "no": 12, "abstain": 1}]
    decisions += _spanning("2016-11-01", "2017-02-01")
    everyone = dict.fromkeys(("FRA", "BRA", "IND"), "yes")
    roll = dict.fromkeys(NOES, "no") | {"FRA": "yes", "BRA": "yes", "DEU": "yes", "IND": "abstain"}
    return _with(coverage_record, decisions,
                 {"A/RES/71/901": roll, "A/RES/66/801": everyone, "A/RES/66/951": everyone},
                 file=str(fixtures / "unvotes" / "un_roll_calls.csv"))


def _claims(cov) -> dict[str, str]:  # noqa: ANN001
    return dict(zip(cov.claims.claim.astype(str), cov.claims.verdict.astype(str), strict=True))


def _read(ds, *paragraphs: str) -> dict[str, str]:  # noqa: ANN001
    cov = analyse(inline_article(*paragraphs, date="2016-12-20"), ds)
    assert set(cov.mentions.decision_id.dropna()) == {"A/RES/71/901"}
    return _claims(cov)


def test_a_copied_list_holding_every_recorded_vote_and_one_more_leaves_that_one_unverifiable(assembly_text):
    c = _read(assembly_text, "The General Assembly on Monday adopted a resolution on human rights in "
                             f"Ruritania. {LIST} voted against the resolution.")
    assert c["ZMB voted no"] == "unverifiable"
    assert c["CHN voted no"] == "agrees"
    assert "contradicts" not in c.values()


def test_the_articles_own_count_equal_to_the_tables_makes_the_extra_member_its_slip(assembly_text):
    c = _read(assembly_text, "The General Assembly on Monday adopted a resolution on human rights in "
                             f"Ruritania by 3 votes to 12. {LIST} voted against the resolution.")
    assert c["ZMB voted no"] == "contradicts"


def test_a_count_above_the_tables_rows_leaves_a_rowless_member_unverifiable(assembly_text):
    c = _read(assembly_text, "The General Assembly on Monday adopted a resolution on human rights in "
                             f"Ruritania by 3 votes to 13. {LIST} voted against the resolution.")
    assert c["ZMB voted no"] == "unverifiable"


def test_a_short_list_with_a_rowless_member_is_still_contradicted(assembly_text):
    # three names, no count: no sign of a copied official list, so the record's answer stands
    c = _read(assembly_text, "The General Assembly on Monday adopted a resolution on human rights in "
                             "Ruritania. China, Cuba and Zambia voted against the resolution.")
    assert c["ZMB voted no"] == "contradicts"


def test_a_state_off_the_body_said_to_take_no_part_is_not_contradicted(coverage_record):
    # Pakistan sat on the Council from 2012 only: that it took no part in the 2011 vote is true
    text = "On Tuesday Russia and China vetoed the Security Council draft on Syria. Pakistan took no part."
    cov = analyse(inline_article(text, date="2011-10-05"), coverage_record)
    rows = cov.checks[cov.checks.member.astype("string") == "PAK"]
    assert not rows.empty
    assert rows.status.astype(str).tolist() == ["unverifiable"]
    assert rows.record.astype(str).str.startswith("not a member").all()

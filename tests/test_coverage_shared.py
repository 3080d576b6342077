"""Done-when for issue 6 on the real article in ../shared/coverage (read there, never copied).

Linked to the embedded record once ``data/curated`` holds the decisions, else
to ``fixtures/coverage_record``.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest

from unsc.coverage import analyse

pytestmark = pytest.mark.shared

ARTICLE = "2012-06-05_putin-hu-urge-support-for-syria-peace-plan.md"
DAY = pd.Timestamp("2012-06-05")


@pytest.fixture(scope="module", params=["linking", "fixture"])
def cov(request, shared_coverage, linking_record, coverage_record):
    """The article analysed against the embedded record (when complete) and the fixture."""
    path = shared_coverage / ARTICLE
    if not path.is_file():
        message = f"{path} not found"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    if request.param == "fixture" and linking_record is coverage_record:
        pytest.skip("the embedded record lacks the decisions: already run on the fixture")
    return analyse(path, linking_record if request.param == "linking" else coverage_record)


def _statement(cov, speaker: str) -> pd.Series:
    s = cov.statements
    quoted = s[(s.speaker == speaker) & s.statement_id.str.contains(":q")]
    assert len(quoted) == 1, s[["speaker", "summary"]]
    return quoted.iloc[0]


def test_article_header(cov):
    a = cov.articles.iloc[0]
    assert a.outlet == "The Moscow Times"
    assert a.date == DAY
    assert a.url.startswith("https://www.themoscowtimes.com/2012/06/05/")


def test_state_television(cov):
    row = _statement(cov, "Chinese state television")
    assert (row.country, row.date) == ("CHN", DAY)
    assert row.role == "state broadcaster" and row.venue == "state television"
    # the quotation runs over a paragraph break: one statement, from the paragraph it opens in
    assert row.summary.startswith("On the Syrian issue")
    assert "monitoring mission" in row.summary and row.summary.endswith("in Syria")
    assert row.paragraph == 5


def test_putin(cov):
    row = _statement(cov, "Vladimir Putin")  # the quotation says only "Putin said"
    assert (row.role, row.country, row.date, row.paragraph) == ("President", "RUS", DAY, 12)
    assert row.summary.startswith("Our approaches are close and harmonious")


def test_liu_weimin(cov):
    row = _statement(cov, "Liu Weimin")
    assert (row.role, row.country, row.date) == ("Foreign Ministry spokesman", "CHN", DAY)
    # two quoted sentences around the attribution: one statement
    assert row.summary.startswith("Both sides oppose external intervention")
    assert "We believe that ultimately" in row.summary


def test_said_monday_is_the_day_before(cov):
    s = cov.statements
    rebels = s[s.speaker == "Syrian rebels"].iloc[0]
    assert (rebels.country, rebels.date) == ("SYR", pd.Timestamp("2012-06-04"))


def test_human_rights_council_vote(cov):
    m = cov.mentions
    hrc = m[m.body == "HRC"]
    assert hrc.mention_id.nunique() == 1
    row = hrc.iloc[0]
    assert row.date == pd.Timestamp("2012-06-01")
    assert (row.members, row.position, row["size"]) == ("CHN;CUB;RUS", "no", 47)
    assert "Houla" in row.subjects
    assert row.decision_id == "A/HRC/RES/S-19/1"
    v = cov.verdicts()
    verdict = v[v.decision_id == "A/HRC/RES/S-19/1"].iloc[0]
    assert verdict.passed and verdict.contradicts == 0
    c = cov.checks[cov.checks.decision_id == "A/HRC/RES/S-19/1"]
    status = dict(zip(c.claim + ":" + c.member.fillna(""), c.status, strict=True))
    assert status["all no named:"] == "agrees"  # Russia, China and Cuba were the only no votes
    assert status["size:"] == "agrees"  # the 47-member council
    assert all(status[f"vote:{m}"] == "agrees" for m in ("CHN", "CUB", "RUS"))


def test_libya_precedent(cov):
    m = cov.mentions
    libya = m[m.topics.fillna("").str.contains("LBY")]
    assert libya.kind.tolist() == ["precedent"]
    assert libya.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_vetoes(cov):
    m = cov.mentions
    vetoes = m[m.kind == "veto"]
    assert vetoes.mention_id.nunique() == 1
    assert set(vetoes.members) == {"CHN;RUS"}
    # "have stymied efforts ... with vetoes" means several decisions: one sentence links to
    # one decision or none, so it stays unlinked and says why
    assert vetoes.decision_id.isna().all()
    assert set(vetoes.status) == {"unlinked"}
    assert vetoes.reason.iloc[0] == "refers to several decisions, not one"
    assert cov.verdicts().passed.all()

"""Curated statement summaries are our own words, not the article's.

A summary may name what a speaker said, but never by copying the article: no
summary shares a run of five or more words with the article it cites (read in
place from ``../shared/coverage``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unsc.coverage.article import read_article
from unsc.sources import curated

RUN = 5
_WORD = re.compile(r"[a-z0-9]+")


def _runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive words, lower-cased, punctuation and apostrophes dropped."""
    words = _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_runs_are_found_across_punctuation():
    assert _runs("the UN\n\nmonitoring mission, and Annan's plan") == {
        ("the", "un", "monitoring", "mission", "and"), ("un", "monitoring", "mission", "and", "annans"),
        ("monitoring", "mission", "and", "annans", "plan")}
    assert _runs("four words only here") == set()


def _article_for(source: str, coverage: Path) -> Path:
    """The article a statement cites: its URL's last segment (less the site's ``-a<id>``) names the file."""
    url = re.search(r"https?://\S+", source)
    assert url, f"statement source has no URL: {source!r}"
    slug = re.sub(r"-a\d+$", "", url.group(0).rstrip("/").rsplit("/", 1)[-1])
    found = [p for p in coverage.rglob("*") if p.is_file() and p.stem.split("_", 1)[-1] == slug]
    assert len(found) == 1, (slug, found)
    return found[0]


@pytest.mark.shared
def test_no_summary_copies_five_words_of_its_article(shared_coverage):
    statements = curated.read_statements()
    assert len(statements)
    for row in statements.itertuples():
        article = read_article(_article_for(row.source, shared_coverage))
        shared = _runs(row.summary) & _runs(" ".join((article.headline, *article.paragraphs)))
        assert not shared, (row.statement_id, sorted(" ".join(r) for r in shared))

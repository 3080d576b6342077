"""News coverage: statements and vote mentions read from articles, linked to the record and checked.

>>> from unsc import coverage
>>> cov = coverage.analyse("article.md", unsc.load())      # doctest: +SKIP
>>> cov.statements[["speaker", "role", "country", "date", "summary"]]  # doctest: +SKIP
>>> cov.mentions[["kind", "body", "date", "members", "position", "decision_id", "score"]]
>>> cov.checks[cov.checks.status == "contradicts"]        # doctest: +SKIP

>>> cov.claims            # one row per claim with its verdict: read this first  # doctest: +SKIP

The stages, each run once and usable alone:

1. read (:mod:`~unsc.coverage.article`): :func:`read_article`, any common
   format → :class:`Article` (headline, date, outlet, byline, URL, paragraphs).
2. annotate (:mod:`~unsc.coverage.annotate`, :mod:`~unsc.coverage.people`):
   sentences, members named (by name, variant, nationality, capital), lists
   of members, counts in words, asides, dates; people and roles.
3. extract: :func:`extract_statements` (quotations and reported speech → the
   ``statements`` table, :data:`unsc.model.STATEMENT_COLUMNS`) and
   :func:`extract_mentions` (:mod:`~unsc.coverage.extract`: sentences about
   votes → the ``mentions`` table, :data:`MENTION_COLUMNS`, one mention per
   sentence, dated clause or roll call).
4. link (:mod:`~unsc.coverage.link`): :func:`link`, one decision per mention
   or none, with the reason. What the record is likely or known to have wrong
   (:mod:`~unsc.coverage.doubts`: a stored date that is a likely day-month
   swap, a vote or a member row a table lacks) is taken into account there
   and in the checks: said, never corrected.
5. judge: :func:`check` (each linked mention's claims against the record) and
   :func:`claims` (the claims table, :data:`CLAIM_COLUMNS`).

:func:`add` keeps the results in the store (``<store>/coverage/``; :func:`keep`
stores articles already analysed) and :func:`load_stored` reads them back
(the ``case_study`` notebook does this).
Extraction is rule-based (patterns, small word lists in
:mod:`unsc.coverage.lexicon`, and name variants matched with rapidfuzz); the
module docstrings list what it reads. ``unsc.coverage.text`` and
``unsc.coverage.mentions`` are the former names of annotate and extract, kept
importable.

Not read: speech without a verb of saying next to it (a quotation standing
alone after narrative about someone else), coordinated speakers as separate
people ("Putin and Hu said" is one group row), stances (``stance`` stays
empty), which decision a statement is about (``decision_id`` stays empty),
members implied by a count ("the other 13 members" gives the count, not who),
several decisions in one sentence without a day for each ("two drafts were
defeated": unlinked), and "Western powers" and other groups as members (left
unnamed rather than guessed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from unsc.coverage.article import Article, MissingDateError, read_article, reads_as_english
from unsc.coverage.check import CHECK_COLUMNS, check, verdicts
from unsc.coverage.extract import MENTION_COLUMNS, conform_mentions, extract_mentions, link
from unsc.coverage.judge import CLAIM_COLUMNS, by_sentence, claims, judge
from unsc.coverage.people import people_in
from unsc.coverage.statements import extract_statements
from unsc.model import Dataset, conform, empty

ARTICLE_COLUMNS: dict[str, object] = {
    "article": "string",
    "slug": "string",
    "url": "string",
    "file": "string",
    "headline": "string",
    "date": "datetime64[ns]",
    "outlet": "string",
    "source": "string",
}


def _empty(columns: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def conform_articles(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly the :data:`ARTICLE_COLUMNS`, with their dtypes."""
    out = {c: (frame[c] if c in frame.columns else pd.Series(pd.NA, index=frame.index))
           for c in ARTICLE_COLUMNS}
    frame = pd.DataFrame(out).reset_index(drop=True)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.astype(ARTICLE_COLUMNS)


def conform_checks(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly the :data:`CHECK_COLUMNS`, with their dtypes."""
    if frame.empty:
        return _empty(CHECK_COLUMNS)
    return frame[list(CHECK_COLUMNS)].astype(CHECK_COLUMNS).reset_index(drop=True)


@dataclass(frozen=True)
class Coverage:
    """Articles and what was read from them.

    Attributes
    ----------
    articles
        One row per article (:data:`ARTICLE_COLUMNS`).
    statements
        The ``statements`` table (:data:`unsc.model.STATEMENT_COLUMNS`).
    mentions
        Vote mentions, one row per mention and linked decision (:data:`MENTION_COLUMNS`).
    checks
        One row per claim of a linked mention checked against the record
        (:data:`CHECK_COLUMNS`).
    """

    articles: pd.DataFrame = field(default_factory=lambda: _empty(ARTICLE_COLUMNS))
    statements: pd.DataFrame = field(default_factory=lambda: empty("statements"))
    mentions: pd.DataFrame = field(default_factory=lambda: conform_mentions(pd.DataFrame()))
    checks: pd.DataFrame = field(default_factory=lambda: _empty(CHECK_COLUMNS))

    def __repr__(self) -> str:
        linked = self.mentions.decision_id.notna().sum()
        return (f"<Coverage {len(self.articles)} articles, {len(self.statements)} statements, "
                f"{self.mentions.mention_id.nunique()} mentions ({linked} links), "
                f"{len(self.checks)} checks>")

    @property
    def claims(self) -> pd.DataFrame:
        """One row per claim about a vote with its verdict (see :func:`unsc.coverage.judge.claims`)."""
        return claims(self.mentions, self.checks)

    def verdicts(self) -> pd.DataFrame:
        """Per linked mention: claims that agree, contradict, ...; ``passed`` when none contradicts."""
        return verdicts(self.checks)

    def dated(self, start: object = None, end: object = None) -> tuple[Coverage, pd.DataFrame]:
        """The articles dated from ``start`` to ``end`` (days, as :func:`unsc.model.parse_day`).

        A report on a case shows only the coverage of its period: an article of
        2012 on Syria says nothing about a 2014–2022 case on Ukraine. Returns the
        kept coverage (its statements, mentions and checks with it) and the
        articles left out.
        """
        from unsc.model import parse_day

        first, last = parse_day(start, "start"), parse_day(end, "end")
        dates = self.articles.date
        keep = pd.Series(True, index=self.articles.index)
        if first is not None:
            keep &= dates.ge(first).fillna(False)
        if last is not None:
            keep &= dates.le(last).fillna(False)
        kept, dropped = self.articles[keep], self.articles[~keep]
        ids = set(kept.article.dropna().astype(str))
        sources = set(kept.source.dropna().astype(str))
        mentions = self.mentions[self.mentions.article.astype(str).isin(ids).to_numpy(dtype=bool)]
        statements = self.statements[self.statements.source.astype(str).isin(sources).to_numpy(dtype=bool)]
        checks = self.checks[self.checks.mention_id.astype(str).isin(set(mentions.mention_id.astype(str)))
                             .to_numpy(dtype=bool)]
        return (Coverage(kept.reset_index(drop=True), statements.reset_index(drop=True),
                         mentions.reset_index(drop=True), checks.reset_index(drop=True)),
                dropped.reset_index(drop=True))

    def attach(self, ds: Dataset) -> Dataset:
        """``ds`` with these statements added to its ``statements`` table."""
        combined = pd.concat([ds.statements, self.statements], ignore_index=True)
        combined = combined.drop_duplicates("statement_id", keep="last")
        return replace(ds, statements=conform(combined, "statements"))

    @staticmethod
    def concat(parts: Iterable[Coverage]) -> Coverage:
        """One :class:`Coverage` holding every part's rows."""
        parts = list(parts)
        if not parts:
            return Coverage()

        def cat(name: str) -> pd.DataFrame:
            frames = [getattr(p, name) for p in parts if len(getattr(p, name))]
            if not frames:
                return getattr(parts[0], name)
            return pd.concat(frames, ignore_index=True)

        return Coverage(
            articles=conform_articles(cat("articles")),
            statements=conform(cat("statements"), "statements"),
            mentions=conform_mentions(cat("mentions")),
            checks=conform_checks(cat("checks")),
        )


def article_row(article: Article) -> dict[str, object]:
    """The article's row of the ``articles`` table."""
    return {"article": article.key, "slug": article.slug, "url": article.url or None,
            "file": str(article.path), "headline": article.headline or None,
            "date": article.date, "outlet": article.outlet or None, "source": article.source}


def analyse(
    article: str | Path | Article,
    ds: Dataset | None = None,
    *,
    date: object = None,
    reported: bool = True,
) -> Coverage:
    """Read one article, extract its statements and mentions, link and check them.

    Parameters
    ----------
    article
        A file (read with :func:`read_article`) or an :class:`Article`.
    ds
        The record to link to and check against; ``None`` leaves mentions
        unlinked and ``checks`` empty.
    date
        Publication date for a plain-text file.
    reported
        Also extract reported speech (see :func:`extract_statements`).

    Returns
    -------
    Coverage
    """
    if not isinstance(article, Article):
        article = read_article(article, date=date)
    registry = people_in(article.paragraphs)
    statements = extract_statements(article, reported=reported, registry=registry)
    mentions = extract_mentions(article, registry=registry)
    checks = _empty(CHECK_COLUMNS)
    if ds is not None:
        mentions = link(mentions, ds, headline=article.headline)
        # check, undo doubtful links, judge the headline (:func:`unsc.coverage.judge.judge`)
        mentions, checks = judge(article, mentions, ds, registry)
    return Coverage(
        articles=conform_articles(pd.DataFrame([article_row(article)])),
        statements=statements,
        mentions=mentions,
        checks=conform_checks(checks),
    )


from unsc.coverage.store import add, keep, load_stored, remove  # noqa: E402

__all__ = [
    "ARTICLE_COLUMNS",
    "CLAIM_COLUMNS",
    "CHECK_COLUMNS",
    "MENTION_COLUMNS",
    "Article",
    "MissingDateError",
    "Coverage",
    "add",
    "analyse",
    "check",
    "by_sentence",
    "claims",
    "extract_mentions",
    "extract_statements",
    "keep",
    "link",
    "load_stored",
    "read_article",
    "reads_as_english",
    "remove",
    "verdicts",
]

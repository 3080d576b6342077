"""``unsc coverage``: read news articles, keep their statements and vote mentions, show them.

``unsc coverage add FILE...``     read articles, link their vote mentions to the
                                  record, check them, keep everything in the store
                                  (adding an article again replaces it)
``unsc coverage show``            print what the store holds
``unsc coverage read FILE...``    print what would be added, without storing it
``unsc coverage remove ARTICLE``  drop an article (URL or slug) from the store

``add`` and ``read`` skip a file named ``README.md`` (so ``../shared/coverage/*.md``
works), report each file that cannot be read and go on with the others, and
exit with status 2 when any file failed. ``add`` says per article whether it
was ``added``, ``replaced`` (its content changed) or ``unchanged``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path

import pandas as pd

TABLE_CHOICES = ("summary", "claims", "articles", "statements", "mentions", "checks", "verdicts")

_SHOWN = {
    "claims": ["mention_id", "paragraph", "verdict", "about", "claim", "decision_id", "record"],
    "articles": ["slug", "date", "outlet", "headline", "url"],
    "statements": ["statement_id", "date", "speaker", "role", "country", "venue", "paragraph",
                   "summary"],
    "mentions": ["mention_id", "paragraph", "kind", "body", "date", "members", "position",
                 "size", "subjects", "decision_id", "status", "reason"],
    "checks": ["mention_id", "decision_id", "claim", "member", "article", "record", "status"],
    "verdicts": ["mention_id", "decision_id", "agrees", "contradicts", "incomplete",
                 "unverifiable", "passed"],
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``coverage`` command group."""
    parser = subparsers.add_parser(
        "coverage",
        help="statements and vote mentions from news articles, linked and checked",
        description="Read news articles (Markdown in any common header layout, YAML front "
        "matter, plain text or saved HTML pages), extract quoted and reported statements and "
        "mentions of votes, link each mention to one recorded decision (or say why none) and "
        "judge its claims against the record. The claims table comes first.",
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def data_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE", help="article files")
        p.add_argument("--date", help="publication date (YYYY-MM-DD) when the file gives none "
                       "(overrides the file's)")
        p.add_argument("--data", choices=("auto", "embedded", "store"), default="auto",
                       help="record to link to: unsc.load(DATA) (default: auto)")
        p.add_argument("--record", metavar="DIR",
                       help="link to a curated-layout folder instead of --data")
        p.add_argument("--no-link", action="store_true",
                       help="do not link mentions to the record (and do not check them)")

    add = sub.add_parser("add", help="read articles and keep their statements and mentions",
                         description="Read articles and keep their statements, mentions and "
                         "checks in <store>/coverage (idempotent per article URL).")
    data_options(add)
    add.set_defaults(func=_add)

    read = sub.add_parser("read", help="print what would be added, without storing it")
    data_options(read)
    read.add_argument("--table", choices=TABLE_CHOICES, default="summary",
                      help="which table to print (default: a summary of each)")
    read.set_defaults(func=_read)

    show = sub.add_parser("show", help="print the stored statements, mentions and checks")
    show.add_argument("--table", choices=TABLE_CHOICES, default="summary",
                      help="which table to print (default: a summary of each)")
    show.add_argument("--article", help="only this article (URL, slug or part of the slug)")
    show.add_argument("--csv", action="store_true", help="print the table as CSV (all columns)")
    show.set_defaults(func=_show)

    remove = sub.add_parser("remove", help="drop articles from the store")
    remove.add_argument("articles", nargs="+", metavar="ARTICLE", help="URL or slug")
    remove.set_defaults(func=_remove)


def _record(args: argparse.Namespace):  # noqa: ANN202 - Dataset | None
    if args.no_link:
        return None
    if args.record:
        from unsc.sources import curated

        return curated.read(args.record)
    import unsc

    return unsc.load(args.data)


def _articles(files: list[str]) -> list[str]:
    """The files to read: a ``README.md`` (any case) is skipped with a notice."""
    kept = []
    for f in files:
        if Path(f).name.lower() == "readme.md":
            print(f"skipped {f}: not an article", file=sys.stderr)
        else:
            kept.append(f)
    return kept


def _analyse_each(args: argparse.Namespace) -> tuple[list, int] | None:
    """Each article read, linked and checked, and how many files failed (``None``: no file)."""
    from unsc import coverage
    from unsc.errors import DataFormatError

    files = _articles(args.files)
    if not files:
        print("unsc: no article to read (only README files given)", file=sys.stderr)
        return None
    record = _record(args)
    parts, failed = [], 0
    for f in files:
        try:
            article = coverage.read_article(f, date=args.date)
            if not coverage.reads_as_english(article):
                # the patterns are English: say so, rather than let "no claims" read as "no vote told"
                print(f"unsc: warning: {f}: the text does not read as English; the reader reads English "
                      "only, so its statements and vote claims are not read", file=sys.stderr)
            parts.append(coverage.analyse(article, record))
        except coverage.MissingDateError as exc:
            failed += 1
            _error(coverage.MissingDateError(exc.path, hint="pass --date YYYY-MM-DD"))
        except DataFormatError as exc:
            failed += 1
            _error(exc)
    return parts, failed


def _error(exc: Exception) -> None:
    print(f"unsc: error: {exc}", file=sys.stderr)


def _done(failed: int, total: int, what: str) -> int:
    if not failed:
        return 0
    print(f"unsc: {failed} of {total} file(s) could not be read; the others were {what}",
          file=sys.stderr)
    return 2


def _add(args: argparse.Namespace) -> int:
    from unsc import coverage

    read = _analyse_each(args)
    if read is None:
        return 1
    parts, failed = read
    if parts:
        status = coverage.keep(parts)
        for part in parts:
            a = part.articles.iloc[0]
            print(f"{status[str(a.article)]} {a.slug} ({a.file})")
        added = coverage.Coverage.concat(parts)
        _print(added, "summary", csv=False)
    return _done(failed, len(parts) + failed, "stored")


def _read(args: argparse.Namespace) -> int:
    from unsc import coverage

    read = _analyse_each(args)
    if read is None:
        return 1
    parts, failed = read
    if parts:
        _print(coverage.Coverage.concat(parts), args.table, csv=False)
    return _done(failed, len(parts) + failed, "read")


def _show(args: argparse.Namespace) -> int:
    from unsc import coverage

    cov = coverage.load_stored()
    if args.article:
        cov = _only(cov, args.article)
    if args.csv:
        table = "statements" if args.table == "summary" else args.table
        print(_table(cov, table).to_csv(index=False), end="")
        return 0
    _print(cov, args.table, csv=False)
    return 0


def _remove(args: argparse.Namespace) -> int:
    from unsc import coverage

    n = coverage.remove(args.articles)
    print(f"removed {n} article(s)")
    return 0 if n else 1


def _only(cov, wanted: str):  # noqa: ANN001, ANN202
    from unsc.coverage import Coverage

    a = cov.articles
    hit = a[(a.article == wanted) | (a.url == wanted) | a.slug.str.contains(wanted, regex=False)]
    slugs = set(hit.slug.astype(str))

    def mine(ids: pd.Series) -> pd.Series:
        return ids.astype(str).str.rsplit(":", n=1).str[0].isin(slugs)

    return Coverage(articles=hit, statements=cov.statements[mine(cov.statements.statement_id)],
                    mentions=cov.mentions[mine(cov.mentions.mention_id)],
                    checks=cov.checks[mine(cov.checks.mention_id)])


def _table(cov, name: str) -> pd.DataFrame:  # noqa: ANN001
    if name == "verdicts":
        return cov.verdicts()
    return cov.claims if name == "claims" else getattr(cov, name)


def _short_ids(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for col in ("statement_id", "mention_id"):
        if col in frame.columns:
            frame[col] = frame[col].astype(str).str.rsplit(":", n=1).str[-1]
    return frame


#: Longest text shown in a cell on screen ("all abstain named: AFG;AGO;..." of a roll call).
_CELL = 70


def _clipped(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells cut to :data:`_CELL` characters with an ellipsis and left-aligned, to be read on screen."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype.kind == "M":  # dates as dates, a missing one as "–" (never NaT)
            out[col] = out[col].dt.strftime("%Y-%m-%d").fillna("–")
        elif out[col].dtype != object and not str(out[col].dtype).startswith("str"):
            out[col] = out[col].astype(object).where(out[col].notna(), "–")  # never <NA>
        if out[col].dtype == object or str(out[col].dtype).startswith("str"):
            text = out[col].astype("string").fillna("–")
            long = text.str.len() > _CELL
            out[col] = text.where(~long, text.str.slice(0, _CELL - 1) + "…").str.ljust(
                min(_CELL, int(text.str.len().max() or 0)))
    return out


#: Longest evidence sentence shown under a claim (the whole sentence is in the article and in --csv).
_EVIDENCE = 300


def claims_text(claims: pd.DataFrame, width: int = 100) -> str:
    """The claims table for the screen: each sentence once, then its claims, nothing cut.

    A sentence's block gives where it is (paragraph, or the headline), the
    sentence (cut after :data:`_EVIDENCE` characters; the whole of it is in
    ``--csv``), then one line per claim: its verdict, what the article says, the
    decision and the record's answer, or for a claim not linked the whole reason.
    Sentences come in the table's order (the one with a contradiction first).
    """
    if claims.empty:
        return "  (none)"
    out: list[str] = []
    wide = max(len(str(v)) for v in claims.verdict)
    for _, rows in claims.groupby("mention_id", sort=False):
        first = rows.iloc[0]
        para = first.paragraph
        where = f"¶{int(para)}" if pd.notna(para) and int(para) else "headline"
        sentence = str(first.evidence) if pd.notna(first.evidence) else "–"
        if len(sentence) > _EVIDENCE:
            sentence = sentence[: _EVIDENCE - 1] + "…"
        out += textwrap.wrap(f"{where}  “{sentence}”", width, subsequent_indent="    ")
        for r in rows.itertuples():
            linked = isinstance(r.decision_id, str) and r.decision_id
            answer = f"record of {r.decision_id}: {r.record}" if linked else f"not linked: {r.record}"
            name = " (what the text was called)" if r.about == "name" else ""
            verdict = str(r.verdict).upper() if r.verdict == "contradicts" else str(r.verdict)
            out += textwrap.wrap(f"{verdict:<{wide}}  {r.claim}{name} — {answer}", width, initial_indent="  ",
                                 subsequent_indent=" " * (wide + 4), break_on_hyphens=False)
        out.append("")
    return "\n".join(out).rstrip()


def _print(cov, table: str, *, csv: bool) -> None:  # noqa: ANN001
    # the claims and their verdicts first: what a reader of the article needs to know
    names = ["claims", "articles", "statements", "mentions"] if table == "summary" else [table]
    with pd.option_context("display.width", 250, "display.max_colwidth", 70,
                           "display.max_columns", 20):
        for name in names:
            frame = _table(cov, name)
            shown = frame[[c for c in _SHOWN[name] if c in frame.columns]]
            print(f"\n{name} ({len(frame)})")
            if frame.empty:
                print("  (none)")
                continue
            if name == "claims":
                counts = frame.verdict.astype(str).value_counts()
                print(", ".join(f"{counts[v]} {v}" for v in ("contradicts", "agrees", "unverifiable",
                                                             "unlinked") if v in counts) + "\n")
                print(claims_text(frame, min(shutil.get_terminal_size((100, 24)).columns, 120)))
                continue
            if table == "summary" and len(cov.articles) <= 1:
                shown = _short_ids(shown)
            print(_clipped(shown).to_string(index=False, justify="left"))

"""``unsc decisions``: search decisions, and ``unsc decisions show SYMBOL`` for one roll call."""

from __future__ import annotations

import argparse
import errno
import os
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

import pandas as pd

from unsc.errors import ParameterError

#: Rows the table shows unless ``--limit`` says otherwise (the CSV holds every match).
DEFAULT_LIMIT = 40
BODY_NAMES = {"SC": "Security Council", "HRC": "Human Rights Council", "GA": "General Assembly"}
GROUP_TITLES = {"yes": "Yes", "abstain": "Abstain", "no": "No", "absent": "Absent",
                "not recorded": "Not recorded"}
NBSP = "\u00a0"

EPILOG = f"""\
examples:
  unsc decisions --topic Syria --body SC --from 2011 --to 2012
  unsc decisions chemical weapons --outcome vetoed    keywords in the title or symbol
  unsc decisions --member CUB --body HRC --limit 0    every HRC vote with a row for Cuba
  unsc decisions --body GA --from 2019 --csv ga2019.csv
  unsc decisions show A/HRC/RES/S-19/1                one roll call, grouped by vote
  unsc decisions show "S/RES/2042 (2012)"             symbols in any case and spacing
  unsc decisions show 2042 --csv                      the roll call as CSV on stdout

Searching: every criterion given must match. --topic is matched as
`Dataset.filter(topic=...)` matches it; keywords must all appear in the symbol,
the draft symbol, the title or the topic. --member keeps the decisions with a
vote row for that member (yes, abstain, no or absent) and adds its vote as a
column. The table shows the latest {DEFAULT_LIMIT} matches in date order and says how many
there are; --limit N shows N (0: all), --csv writes every match.

The tally is yes-no-abstain: the official one where the source gives it,
otherwise counted from the member rows (marked *); a veto list's decision,
which names the vetoing members only, shows none (–).

show: the roll call grouped yes, abstain, no, absent and not recorded (members
of the body that day, by the terms table, without a vote row), with names and
codes, vetoes marked, the tally, outcome, date, meeting and source. A symbol may
omit its year (S/RES/2042), be the bare number (2042) or the draft voted on
(S/2012/219); one that matches no decision, or several, is an error listing the
closest symbols.

--quality clean (the default) leaves out the decisions the validator finds
errors in, as the reports do, and says how many; --quality all keeps them.
"""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``unsc decisions`` to the command line."""
    p = sub.add_parser(
        "decisions", help="search decisions, or show one roll call",
        description="List and search decisions (`unsc decisions [KEYWORD ...] [options]`), "
                    "or print one roll call (`unsc decisions show SYMBOL`).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("words", nargs="*", metavar="KEYWORD | show SYMBOL",
                   help="keywords to find in titles and symbols; or `show` and a symbol")
    p.add_argument("--body", help="SC, HRC or GA (comma-separated for several)")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="first day included (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE",
                   help="last day included (a bare year or month means all of it)")
    p.add_argument("--topic", help="topic, as reports take it (e.g. Syria)")
    p.add_argument("--member", metavar="CODE", help="decisions with a vote of this member (e.g. CHN)")
    p.add_argument("--outcome", help="adopted, vetoed or failed (comma-separated for several)")
    p.add_argument("-k", "--keyword", action="append", default=[], metavar="WORD",
                   help="a keyword (repeatable; the same as a positional KEYWORD, for words "
                        "such as `show`)")
    p.add_argument("--data", default="auto", choices=["auto", "embedded", "store"],
                   help="the data to search (default: auto, the store when it holds data)")
    p.add_argument("--quality", default="clean", choices=["clean", "all"],
                   help="clean: leave out decisions with errors (default); all: keep them")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help=f"rows in the table (default: the latest {DEFAULT_LIMIT}; 0: all)")
    p.add_argument("--csv", nargs="?", const="-", default=None, metavar="FILE",
                   help="write CSV instead of the table: to FILE, or to stdout without one")
    p.set_defaults(func=run, parser=p)


def run(args: argparse.Namespace) -> int:
    """Carry out ``unsc decisions``."""
    if args.limit is not None and args.limit < 0:
        raise ParameterError(f"--limit: {args.limit} is not a number of rows; give 0 (all) or more")
    words = list(args.words)
    if words and words[0] == "show":
        return _show(args, " ".join(words[1:]))
    return _search(args, words + list(args.keyword))


def _load(args: argparse.Namespace):  # noqa: ANN202 - a Dataset
    from unsc import quality

    return quality.load(args.data, args.quality)


# -- search ----------------------------------------------------------------------

def _search(args: argparse.Namespace, words: list[str]) -> int:
    from unsc.lookup import find_decisions

    ds = _load(args)
    found = find_decisions(ds, body=args.body, start=args.start, end=args.end, topic=args.topic,
                           member=args.member, outcome=args.outcome, keyword=words)
    if args.csv is not None:
        frame = found if args.limit in (None, 0) else found.tail(args.limit)
        _write_csv(_csv_frame(frame), args.csv)
        return 0
    what = _describe(args, words)
    limit = DEFAULT_LIMIT if args.limit is None else args.limit
    n = len(found)
    shown = found if limit == 0 or n <= limit else found.tail(limit)
    head = f"{n:,} decision{'s' if n != 1 else ''} match {what} in the {ds.origin}"
    if len(shown) < n:
        head += (f"; the latest {len(shown)} are shown (--limit 0 for all, --csv for a file "
                 "with every column)")
    print(head + ".")
    if n:
        print()
        print(_table(shown, with_vote="vote" in shown.columns))
        if shown.counted.any():
            print("\n* tally counted from the member rows (the source gives none)")
    gate = _gate_line(ds, args)
    if gate:
        print("\n" + gate)
    return 0


def _describe(args: argparse.Namespace, words: list[str]) -> str:
    parts = []
    if args.body:
        parts.append(f"body {args.body.upper()}")
    if args.start or args.end:
        parts.append(f"{args.start or 'the first vote'} to {args.end or 'the last'}")
    if args.topic:
        parts.append(f"topic {args.topic!r}")
    if args.member:
        parts.append(f"with a vote of {args.member.upper()}")
    if args.outcome:
        parts.append(f"outcome {args.outcome}")
    if words:
        parts.append("keywords " + " ".join(repr(w) for w in words))
    return "(" + ", ".join(parts) + ")" if parts else "(all)"


def _gate_line(ds, args: argparse.Namespace) -> str:  # noqa: ANN001 - a Dataset
    if not ds.cleaned:
        return "Quality: all (decisions with errors the validator found are included)."
    within = ds.filter(body=_bodies(args.body), start=args.start or None, end=args.end or None,
                       topic=args.topic or None).left_out
    n = within.decision_id.nunique()
    if not n:
        return ""
    return (f"Quality gate: {n:,} decision{'s' if n != 1 else ''} of this body, period and topic "
            "left out for errors the validator found (`unsc data validate` lists them; "
            "--quality all includes them).")


def _bodies(body: str | None) -> list[str] | None:
    from unsc.lookup import _choices
    from unsc.model import BODIES

    return _choices(body, BODIES, "body", upper=True)


def _table(found: pd.DataFrame, with_vote: bool) -> str:
    """An aligned text table: date, body, symbol, outcome, tally, [vote,] topic, title."""
    from unsc.lookup import tally_text

    rows = []
    for rec in found.to_dict(orient="records"):
        tally = tally_text(rec) + ("*" if rec["counted"] and tally_text(rec) != "–" else "")
        row = [_day(rec["date"]), str(rec["body"]), str(rec["decision_id"]),
               _text(rec["outcome"]), tally]
        if with_vote:
            row.append(_text(rec.get("vote")))
        row += [_text(rec["topic"]), _text(rec["title"])]
        rows.append(row)
    header = ["date", "body", "symbol", "outcome", "tally"] + (["vote"] if with_vote else []) + \
        ["topic", "title"]
    topic_at = len(header) - 2
    rows = [[cell if i != topic_at else _cut(cell, 24) for i, cell in enumerate(r)] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header[:-1])]
    room = max(20, _width() - sum(widths) - 2 * len(widths))
    lines = ["  ".join([*(h.ljust(w) for h, w in zip(header[:-1], widths, strict=True)),
                        header[-1]]).rstrip()]
    for r in rows:
        cells = [c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, _cut(r[-1], room)]).rstrip())
    return "\n".join(lines)


def _width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _text(value: object) -> str:
    return "–" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _day(value: object) -> str:
    return "–" if pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _csv_frame(found: pd.DataFrame) -> pd.DataFrame:
    out = found.copy()
    out["date"] = out.date.dt.strftime("%Y-%m-%d")
    return out


def _write_csv(frame: pd.DataFrame, target: str) -> None:
    """``frame`` as CSV on stdout (``"-"``) or into ``target``, written whole or not at all."""
    if target == "-":
        frame.to_csv(sys.stdout, index=False)
        return
    path = Path(target).expanduser()
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if not path.parent.is_dir():  # named, rather than the temporary file below
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path.parent))
    # A temporary file beside the target, then one rename: a failure leaves no half file.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            frame.to_csv(handle, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"wrote {len(frame):,} rows to {path}", file=sys.stderr)


# -- show ------------------------------------------------------------------------

def _show(args: argparse.Namespace, symbol: str) -> int:
    from unsc.lookup import roll_call

    given = [f"--{name}" for name, value in (("body", args.body), ("from", args.start),
                                             ("to", args.end), ("topic", args.topic),
                                             ("member", args.member), ("outcome", args.outcome),
                                             ("keyword", args.keyword), ("limit", args.limit))
             if value]
    if given:
        raise ParameterError(f"`unsc decisions show` takes a symbol and --csv, --data, --quality; "
                             f"not {', '.join(given)}")
    if not symbol.strip():
        raise ParameterError("`unsc decisions show` needs a symbol, e.g. "
                             "`unsc decisions show A/HRC/RES/S-19/1`")
    rc = roll_call(_load(args), symbol)
    if args.csv is not None:
        d = rc.decision
        frame = rc.votes.assign(decision_id=rc.decision_id, body=str(d["body"]),
                                date=_day(d["date"]))
        _write_csv(frame[["decision_id", "body", "date", "member", "name", "vote", "veto", "note"]],
                   args.csv)
        return 0
    print(_roll_call_text(rc))
    return 0


def _roll_call_text(rc) -> str:  # noqa: ANN001 - a RollCall
    d = rc.decision
    width = min(_width(), 100)
    body = BODY_NAMES.get(str(d["body"]), str(d["body"]))
    day = pd.Timestamp(d["date"])
    session = f", session {d['session']}" if pd.notna(d.get("session")) else ""
    out = [f"{rc.decision_id}  {body}, {day.day} {day:%B %Y}{session}"]
    if pd.notna(d.get("title")):
        out += textwrap.wrap(str(d["title"]), width)
    facts = [f"Topic: {_text(d.get('topic'))}", f"Draft: {_text(d.get('draft'))}",
             f"Meeting: {_text(d.get('meeting'))}"]
    out.append("   ".join(facts))
    out.append(f"Outcome: {_text(d.get('outcome'))}   Tally: {_tally_sentence(rc)}")
    out += textwrap.wrap(f"Source: {_text(d.get('source'))}", width, subsequent_indent="  ")
    if "file" in d.index and pd.notna(d.get("file")):
        line = f":{int(d['line'])}" if "line" in d.index and pd.notna(d.get("line")) else ""
        out.append(f"Read from: {d['file']}{line}")
    out.append(f"Data: {rc.origin}")
    if rc.date_doubt:
        out += textwrap.wrap(f"The date is in doubt (validation, a warning): {rc.date_doubt}", width)
    if bool(d.get("partial", False)):
        out += textwrap.wrap("This decision's roll call is partial (a veto list, or a record naming "
                             "only some members): only the votes listed below are known; nobody "
                             "else's vote is recorded.", width)
    out.append("")
    for group in rc.votes.vote.cat.categories:
        members = rc.group(group)
        if group == "not recorded" and not rc.membership_known:
            out.append("Not recorded: who sat in the body that day is not in the terms table, so "
                       "members without a vote row cannot be listed.")
            continue
        names = [f"{r.name} ({r.member})" + (" VETO" if r.veto else "")
                 + (" [note]" if pd.notna(r.note) else "") for r in members.itertuples()]
        title = f"{GROUP_TITLES[group]} ({len(names)})"
        if not names:
            out.append(f"{title}: none")
            continue
        # A name never breaks across lines: its spaces are no-break spaces while wrapping.
        lines = textwrap.wrap(f"{title}: " + ", ".join(n.replace(" ", NBSP) for n in names), width,
                              subsequent_indent="    ", break_long_words=False,
                              break_on_hyphens=False)
        out += [line.replace(NBSP, " ") for line in lines]
    noted = rc.votes[rc.votes.note.notna().to_numpy()]
    if len(noted):
        out.append("")
        out.append("Notes on single votes:")
        for r in noted.itertuples():
            out += textwrap.wrap(f"{r.name} ({r.member}), recorded {r.vote}: {r.note}", width,
                                 initial_indent="  ", subsequent_indent="    ")
    if len(rc.conflicts):
        out.append("")
        out.append("Sources disagree on this decision (the value shown is the most trusted "
                   "source's):")
        for c in rc.conflicts.head(10).itertuples():
            what = f"{c.field} of {c.member}" if pd.notna(c.member) and c.member else str(c.field)
            other = c.other_source
            if pd.notna(c.other_file) and c.other_file:  # the file and line say more than a name
                line = f":{int(c.other_row)}" if pd.notna(c.other_row) else ""
                other = f"{Path(str(c.other_file)).name}{line}"
            out += textwrap.wrap(f"{what}: {c.value} ({c.source}); {other} has {c.other_value}",
                                 width, initial_indent="  ", subsequent_indent="    ")
        if len(rc.conflicts) > 10:
            out.append(f"  and {len(rc.conflicts) - 10} more (ds.conflicts)")
    return "\n".join(out)


def _tally_sentence(rc) -> str:  # noqa: ANN001 - a RollCall
    official, counted = rc.official, rc.counted
    counts = ", ".join(f"{counted[c]} {c}" for c in ("yes", "no", "abstain", "absent"))
    if bool(rc.decision.get("partial", False)):
        if official is None:
            return "not known (the veto list gives none)"
        return ", ".join(f"{v} {c}" for c, v in official.items() if v is not None) + " (official)"
    if official is None:
        return f"{counts} (counted from the member rows; the source gives no tally)"
    text = ", ".join(f"{v} {c}" for c, v in official.items() if v is not None) + " (official)"
    if rc.tally_agrees:
        return text + "; the member rows agree"
    return text + f"; the member rows count {counts}: they DISAGREE with the official tally"

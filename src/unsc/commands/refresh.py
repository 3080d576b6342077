"""``unsc refresh``: fetch the UN Library's new releases, re-render every report, say what changed."""

from __future__ import annotations

import argparse
import sys

from unsc import changes, config

EPILOG = """\
For each official source (undl-sc: Security Council, record 4055387; undl-ga:
General Assembly, record 4060887) it finds the newest voting CSV on the
Library's record page, downloads it only if it changed, imports and validates
it, re-renders every report on the stored data, and writes reports/changes.md
(and the first section of reports/index.html): the old and new release, the
decisions added, the problems validation newly found, and the report figures
that moved. When no source has a new release it downloads, imports and
renders nothing, and says "nothing new".

Exit status: 0 when done (or nothing new); 1 when a new release brings
error-severity validation problems the previous release did not have (on a
first fetch they are listed, not counted), or a report failed; 2 when a source could
not be fetched (that source is left unchanged; the others go on).
"""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``unsc refresh`` to the command line."""
    p = sub.add_parser(
        "refresh", help="fetch new official releases, re-render the reports, say what changed",
        description="Fetch the UN Library's new releases, import, validate, re-render "
        "every report and write reports/changes.md.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", action="append", choices=changes.SOURCES, metavar="SOURCE",
                   help="only this source (repeatable; default: undl-sc and undl-ga)")
    p.add_argument("--notebook", action="append", metavar="NOTEBOOK",
                   help="re-render only this report (repeatable; default: all)")
    p.add_argument("--no-reports", action="store_true", help="fetch and import, render nothing")
    p.add_argument("-j", "--jobs", type=int, default=2, help="reports in parallel (default: 2)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out ``unsc refresh``."""
    done = changes.refresh(tuple(args.source or changes.SOURCES), notebooks=args.notebook,
                           render=not args.no_reports,
                           progress=False if args.no_progress else None, workers=args.jobs)
    for s in done.sources:
        if s.status == "failed":
            print(f"unsc: error: {s.source}: {s.error}", file=sys.stderr)
        elif s.status == "imported":
            print(f"{s.source}: new release {s.new['file']}: {len(s.added):,} decision(s) added, "
                  f"{len(s.removed):,} removed, {len(s.new_problems):,} new problem(s) "
                  f"({s.new_errors} error(s))")
        else:
            print(f"{s.source}: up to date ({s.new['file'] if s.new else 'nothing fetched'})"
                  if s.status == "up to date" else
                  f"{s.source}: new file {s.new['file']}, but the same data as stored")
    for line in done.failed_runs:
        print(line, file=sys.stderr)
    if not done.anything_new:
        print("nothing new")
    out = config.reports_dir() / changes.CHANGES_MD
    print(f"changes: {out}")
    if any(s.status == "failed" for s in done.sources):
        return 2
    # A first fetch has no earlier release to compare with: its problems are listed in
    # changes.md, but only problems a new release adds fail the refresh.
    errors = sum(s.new_errors for s in done.sources if s.old)
    if errors:
        print(f"unsc: error: the new release(s) bring {errors} new error-severity problem(s): "
              "see `unsc data validate` and " + str(out), file=sys.stderr)
        return 1
    return 1 if done.failed_runs else 0

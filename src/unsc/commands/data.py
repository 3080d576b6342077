"""``unsc data``: import, list, check and download the voting data in the local store."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable

import pandas as pd

from unsc import config, releases, store
from unsc.errors import StoreError
from unsc.sources import FORMATS

FORMAT_HELP = ", ".join(FORMATS)

DATA_EPILOG = """\
examples:
  unsc data import ../shared/data/unvotes_ga          a folder of tables (format sniffed)
  unsc data import sc_voting.csv --format undl-sc
  unsc data list                                       what is stored
  unsc data validate                                   problems, readable
  unsc data validate --json > problems.json
  unsc data fetch undl-sc                              download the official file, then import

The store lives in data/processed (UNSC_STORE overrides it); downloads are kept
as they came in data/raw (UNSC_RAW). `unsc.load()` uses the store when it holds
data, the embedded record otherwise.
"""
IMPORT_EPILOG = f"""\
formats: {FORMAT_HELP}
  undl-sc    UN Library Security Council Voting Data CSV (digitallibrary.un.org/record/4055387)
  undl-ga    UN Library General Assembly Voting Data CSV (record 4060887), 2024 or later layout
  unvotes    folder with un_votes.csv(.gz), un_roll_calls.csv, un_roll_call_issues.csv
  hrc        folder with hrc_resolutions.csv, hrc_votes.csv, hrc_countries.csv
  sc-drafts  per-member table of SC drafts put to a vote, 1994-2025 (CSV, may be gzipped)
  vetoes     list of SC vetoes (vetoing members only; others' votes stay unknown)

The format is sniffed from the header (or the folder's tables) unless given.
The whole input is read and checked before the store is touched: a malformed
file stops the import with its file, line, column and value, and the store
stays exactly as it was. Importing the same input again (same SHA-256) changes
nothing. A new import of a format replaces the stored one of that format
(use --name to keep several).
"""
VALIDATE_EPILOG = """\
Each problem names its rule, severity (error, warning, info), the file and row
it was read from, the decision and the member. Reader rules (a misspelt name,
swapped symbols, contradictory flags) come from the import; the others from
unsc.validate on the stored data; `source_conflict` rows are disagreements
between stored datasets, and `matched_duplicate` (info) rows say where a roll
call one dataset keys with a suffix ("S/2020/667 (ID 1713)") was combined with
another's. Exit status: 1 if any error was found, 0 otherwise (141 when the
output pipe closes early, as in `unsc data validate | head`).
"""
FETCH_EPILOG = """\
By default the newest voting CSV listed on the Library's record page
(digitallibrary.un.org/record/4055387 for undl-sc, record/4060887 for
undl-ga; its MARCXML export) is fetched; --url downloads another address.
What was fetched (address, size, SHA-256, the server's ETag and
Last-Modified) is kept in the store's manifest: an unchanged release is asked
for again only conditionally, downloads and imports nothing, and says "up to
date". The file is downloaded to data/raw with a progress bar, checked
against the announced size, then imported. A record page that cannot be read
or lists no CSV, and a failed or truncated download, change neither data/raw
nor the store. `unsc refresh` does this for both sources and re-renders the
reports.
"""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``unsc data`` and its subcommands to the command line."""
    p = sub.add_parser(
        "data", help="import, list, check and download voting data",
        description="Manage the local parquet store of UN voting data.",
        epilog=DATA_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    cmds = p.add_subparsers(dest="data_command", metavar="SUBCOMMAND", required=True)

    imp = cmds.add_parser(
        "import", help="read a file or folder and store it",
        description="Read a voting-data file or folder, check it, and store it atomically.",
        epilog=IMPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("path", metavar="PATH", help="a CSV file, or the folder of a "
                     "multi-table format (unvotes, hrc)")
    imp.add_argument("--format", "-f", choices=sorted(FORMATS), metavar="FORMAT",
                     help=f"one of: {FORMAT_HELP} (default: sniffed)")
    imp.add_argument("--name", type=_dataset_name,
                     help="store under this name (default: the format)")
    imp.set_defaults(func=run_import)

    lst = cmds.add_parser(
        "list", help="what is stored",
        description="List the stored datasets: rows, the problems the reader reported on "
        "import (`unsc data validate` checks everything), date span, import time, checksum, "
        "source.")
    lst.add_argument("--json", action="store_true", help="print the manifest entries as JSON")
    lst.set_defaults(func=run_list)

    val = cmds.add_parser(
        "validate", help="report the problems in the stored data",
        description="Check the stored data and print every problem found.",
        epilog=VALIDATE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    val.add_argument("--json", action="store_true",
                     help="print the problems as a JSON list of records")
    val.add_argument("--name", action="append", metavar="NAME",
                     help="check only this stored dataset (repeatable; default: all, combined)")
    val.add_argument("--limit", type=int, default=30, metavar="N",
                     help="rows shown per rule in the readable output (0: all; default: 30)")
    val.set_defaults(func=run_validate)

    fet = cmds.add_parser(
        "fetch", help="download the official UN Library file and import it",
        description="Download the UN Digital Library's voting data CSV and import it.",
        epilog=FETCH_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    fet.add_argument("source", choices=sorted(releases.RECORDS), metavar="SOURCE",
                     help="undl-sc (Security Council) or undl-ga (General Assembly)")
    fet.add_argument("--url", help="download this address instead of the newest release "
                     "the record page lists")
    fet.add_argument("--no-progress", action="store_true", help="no progress bar")
    fet.set_defaults(func=run_fetch)

    rem = cmds.add_parser("remove", help="remove a stored dataset",
                          description="Remove one stored dataset (atomically).")
    rem.add_argument("name", metavar="NAME", help="its name, as `unsc data list` shows it")
    rem.set_defaults(func=run_remove)


def _dataset_name(value: str) -> str:
    """``--name``: it names a folder in the store."""
    if not store.NAME.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} cannot name a dataset: use letters, "
                                         "digits, '.', '_' and '-' (starting with a letter or digit)")
    return value


def _store_errors(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A store that cannot be written (disk full, read-only, ...) is an error line, not a traceback."""
    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except StoreError as exc:
            print(f"unsc: error: {exc}", file=sys.stderr)
            return 2
    return wrapper


def _report_import(result: store.ImportResult) -> None:
    e = result.entry
    if not result.changed:
        print(f"{e['name']}: already imported (same checksum {e['checksum'][:12]}); "
              "nothing changed")
        return
    print(f"{e['name']}: imported {e['decisions']:,} decisions and {e['votes']:,} votes "
          f"({e['first']} to {e['last']}) from {e['source']}")
    if e["problems"]:
        print(f"  the reader reported {e['problems']:,} problem(s): see `unsc data validate`")


@_store_errors
def run_import(args: argparse.Namespace) -> int:
    """Carry out ``unsc data import``."""
    _report_import(store.import_path(args.path, format=args.format, name=args.name))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Carry out ``unsc data list``."""
    found = store.entries()
    if args.json:
        print(json.dumps(found, indent=2))
        return 0
    if not found:
        print(f"the store {config.store_dir()} is empty; the embedded record is used. "
              "Import data with `unsc data import PATH`.")
        return 0
    table = pd.DataFrame([{
        "name": e["name"], "format": e["format"], "decisions": f"{e['decisions']:,}",
        "votes": f"{e['votes']:,}", "reader problems": f"{e['problems']:,}",
        "span": f"{e['first']} to {e['last']}", "imported (UTC)": e["imported_at"][:19],
        "checksum": e["checksum"][:12], "source": e["source"],
    } for e in found])
    print(f"store: {config.store_dir()}")
    print(table.to_string(index=False))
    print("\nreader problems: what each reader reported while importing. `unsc data validate` "
          "also runs\nevery validation rule on the stored data, combined, and finds more.")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Carry out ``unsc data validate``."""
    from unsc.validate import validate

    if not store.has_data():
        print("the store is empty: nothing to validate (import data with "
              "`unsc data import PATH`)", file=sys.stderr)
        return 2
    ds = store.load(args.name)
    problems = validate(ds)
    if args.json:
        records = problems.astype(object).where(problems.notna(), None).to_dict("records")
        print(json.dumps(records, indent=1, default=str))
    else:
        _print_problems(problems, ds.origin, args.limit)
    return 1 if (problems.severity == "error").any() else 0


def _print_problems(problems: pd.DataFrame, origin: str, limit: int) -> None:
    print(f"{origin}: {len(problems):,} problem(s)")
    if problems.empty:
        return
    summary = problems.groupby(["severity", "rule"]).size().rename("count").reset_index()
    order = {"error": 0, "warning": 1, "info": 2}
    summary = summary.sort_values(["severity", "count"], key=lambda s: s.map(order)
                                  if s.name == "severity" else -s)
    print(summary.to_string(index=False))
    groups = dict(list(problems.groupby(["severity", "rule"], sort=False)))
    for severity, rule in zip(summary.severity, summary.rule, strict=True):
        group = groups[(severity, rule)]
        print(f"\n[{severity}] {rule} ({len(group):,})")
        shown = group if limit == 0 else group.head(limit)
        for p in shown.itertuples():  # at most `limit` rows per rule are printed
            where = f"{p.file}:{'' if pd.isna(p.row) else int(p.row)}" if p.file else "-"
            who = " ".join(str(x) for x in (p.decision_id, p.member) if x is not None
                           and not pd.isna(x))
            print(f"  {where}  {who}: {p.message}")
        if len(shown) < len(group):
            print(f"  ... and {len(group) - len(shown):,} more (--limit 0 shows all)")


@_store_errors
def run_fetch(args: argparse.Namespace) -> int:
    """Carry out ``unsc data fetch``."""
    try:
        done = store.fetch(args.source, args.url, progress=False if args.no_progress else None)
    except store.DownloadError as exc:
        print(f"unsc: error: download failed, nothing changed: {exc}", file=sys.stderr)
        return 2
    if done.status == "up to date":
        print(f"{args.source}: up to date ({done.fetched['file']}, fetched "
              f"{done.fetched['fetched_at']}); nothing downloaded or imported")
        return 0
    _report_import(done.result)
    return 0


@_store_errors
def run_remove(args: argparse.Namespace) -> int:
    """Carry out ``unsc data remove``."""
    if not store.remove(args.name):
        print(f"unsc: error: nothing stored under {args.name!r}", file=sys.stderr)
        return 2
    print(f"{args.name}: removed")
    return 0

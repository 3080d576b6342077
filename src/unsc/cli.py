"""The ``unsc`` command: ``unsc data ...``, ``unsc report ...``, ``unsc coverage ...``.

Each group lives in :mod:`unsc.commands` as a module with ``register(subparsers)``
that adds its parser and sets ``func`` (called with the parsed arguments,
returning the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from unsc.errors import DataFormatError, ValidationError

COMMAND_MODULES = ("data", "report", "coverage")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (every available command group)."""
    parser = argparse.ArgumentParser(
        prog="unsc",
        description="UN voting-pattern analytics: import and check voting data, "
        "render the notebook reports, and link news coverage to the record.",
        epilog="Run `unsc COMMAND --help` for a command's options.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"unsc.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"unsc.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unsc`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (DataFormatError, ValidationError, FileNotFoundError) as exc:
        print(f"unsc: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

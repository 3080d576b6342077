"""The ``unsc`` command: ``unsc data ...``, ``unsc report ...``, ``unsc coverage ...``.

Each group lives in :mod:`unsc.commands` as a module with ``register(subparsers)``
that adds its parser and sets ``func`` (called with the parsed arguments,
returning the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from unsc.errors import DataFormatError, ValidationError

COMMAND_MODULES = ("data", "report", "coverage", "refresh")


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


#: Exit status when the reader of our output went away (128 + SIGPIPE, as the shell reports).
BROKEN_PIPE = 141


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unsc`` console script."""
    args = build_parser().parse_args(argv)
    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return status
    except (DataFormatError, ValidationError, FileNotFoundError) as exc:
        print(f"unsc: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `unsc data validate | head`: the reader has what it wanted. Exit quietly;
        # point stdout at /dev/null so that Python's final flush does not fail again.
        _silence_stdout()
        return BROKEN_PIPE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a file (a test's capture)
        pass


if __name__ == "__main__":
    sys.exit(main())

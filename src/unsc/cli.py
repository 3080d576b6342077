"""The ``unsc`` command: ``unsc data``, ``unsc report``, ``unsc coverage``, ``unsc decisions``, ...

Each group lives in :mod:`unsc.commands` as a module with ``register(subparsers)``
that adds its parser and sets ``func`` (called with the parsed arguments,
returning the exit status).

No mistake of the user's and no failure of the machine (disk full, a folder
without write permission, a read-only store) shows a traceback: :func:`main`
prints ``unsc: error: <what, where, what to do>`` on stderr and exits with
status 2. Anything else is a bug in ``unsc``: one line naming it, and
``--debug`` (before the command) shows the traceback. Exit statuses:

0  done;
1  done, and something the command checks failed (a report run, a validation error);
2  refused or stopped: bad arguments, bad input, or the environment;
3  an internal error (a bug: please report it with the ``--debug`` output);
130  interrupted (Ctrl-C); 141  the reader of our output went away (``| head``).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys

import yaml

from unsc import errors
from unsc.errors import DataFormatError, UnscError, ValidationError

COMMAND_MODULES = ("data", "report", "coverage", "refresh", "decisions")

#: Exit status for a refused command: bad arguments, bad input, an environment failure.
USAGE_ERROR = 2
#: Exit status for a bug in unsc (the traceback is shown with ``--debug``).
INTERNAL_ERROR = 3
#: Exit status after Ctrl-C (128 + SIGINT, as the shell reports).
INTERRUPTED = 130
#: Exit status when the reader of our output went away (128 + SIGPIPE, as the shell reports).
BROKEN_PIPE = 141

#: Errors that are the user's input or choice, printed as they are. ``StoreError`` is the
#: store's own (when this version of ``unsc.errors`` has it).
USER_ERRORS: tuple[type[BaseException], ...] = tuple(
    cls for cls in (UnscError, DataFormatError, ValidationError,
                    getattr(errors, "StoreError", None))
    if isinstance(cls, type))


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (every available command group).

    A command group given without its subcommand (``unsc data``) prints its
    help instead of argparse's "the following arguments are required".
    """
    from unsc import __version__

    parser = argparse.ArgumentParser(
        prog="unsc",
        description="UN voting-pattern analytics: import and check voting data, "
        "render the notebook reports, and link news coverage to the record.",
        epilog="Run `unsc COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"unsc {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of an internal error")
    parser.set_defaults(help_parser=parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"unsc.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"unsc.commands.{name}":
                raise
            continue
        module.register(sub)
    for group in sub.choices.values():
        _help_when_incomplete(group)
    return parser


def _help_when_incomplete(parser: argparse.ArgumentParser) -> None:
    # A group's subcommand becomes optional, and the group remembers its parser,
    # so that `main` can print the help of the group the user stopped at.
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            action.required = False
            parser.set_defaults(help_parser=parser)
            for child in action.choices.values():
                _help_when_incomplete(child)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``unsc`` console script; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv[: next((i for i, a in enumerate(argv) if not a.startswith("-")),
                                      len(argv))]
    try:
        args = build_parser().parse_args(argv)
        debug = args.debug
        if not hasattr(args, "func"):  # `unsc`, `unsc data`: the help of where they stopped
            args.help_parser.print_help()
            return 0
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        # `unsc data validate | head`: the reader has what it wanted. Exit quietly;
        # point stdout at /dev/null so that Python's final flush does not fail again.
        _silence_stdout()
        return BROKEN_PIPE
    except KeyboardInterrupt:
        print("unsc: interrupted", file=sys.stderr)
        return INTERRUPTED
    except SystemExit as exc:
        # argparse's own usage errors (status 2) pass through; a command that stops
        # with a message is a refusal, status 2, like every other.
        if isinstance(exc.code, str):
            message = exc.code.removeprefix("unsc: error: ")
            print(f"unsc: error: {message}", file=sys.stderr)
            return USAGE_ERROR
        raise
    except USER_ERRORS as exc:
        print(f"unsc: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except yaml.YAMLError as exc:  # YAML read anywhere else than `report -f` (which names the file)
        print("unsc: error: not valid YAML: " + " ".join(str(exc).split()), file=sys.stderr)
        return USAGE_ERROR
    except OSError as exc:
        print(f"unsc: error: {describe_os_error(exc)}", file=sys.stderr)
        return USAGE_ERROR
    except MemoryError:
        print("unsc: error: out of memory; close other programs, or work on a smaller "
              "selection", file=sys.stderr)
        return USAGE_ERROR
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into one line
        if debug:
            raise
        text = str(exc).splitlines()[0] if str(exc) else ""
        print(f"unsc: internal error: {type(exc).__name__}{': ' + text if text else ''}\n"
              "  this is a bug in unsc; run the same command with `unsc --debug ...` to see "
              "the traceback, and report it", file=sys.stderr)
        return INTERNAL_ERROR


#: What to do about an environment failure, by errno.
_OS_ADVICE: dict[int, str] = {
    errno.ENOSPC: "the disk is full: free some space, or point UNSC_STORE / UNSC_REPORTS at "
                  "another disk, and run the command again",
    errno.EDQUOT: "the disk quota is exhausted: free some space and run the command again",
    errno.EACCES: "permission denied: check the permissions (to write elsewhere, point "
                  "UNSC_STORE / UNSC_RAW / UNSC_REPORTS, or -o, at a folder you can write)",
    errno.EPERM: "operation not permitted: check the permissions, or use another folder",
    errno.EROFS: "the file system is read-only: point UNSC_STORE / UNSC_RAW / UNSC_REPORTS "
                 "(or -o) at a writable folder",
    errno.ENOENT: "no such file or folder: check the path",
    errno.EISDIR: "this is a folder, not a file: give a file",
    errno.ENOTDIR: "a part of this path is a file, not a folder: check the path",
    errno.EMFILE: "too many open files: raise the limit (ulimit -n) and run the command again",
    errno.ENAMETOOLONG: "the file name is too long: use a shorter path",
}


def describe_os_error(exc: OSError) -> str:
    """An environment failure in one line: the file, what happened, what to do.

    An ``OSError`` raised with a message of our own (``FileNotFoundError("the
    store is empty: ...")``) is that message.
    """
    if exc.errno is None or not exc.strerror:
        return str(exc)
    where = exc.filename if exc.filename is not None else ""
    if getattr(exc, "filename2", None) is not None:
        where = f"{where} -> {exc.filename2}"
    advice = _OS_ADVICE.get(exc.errno, exc.strerror[:1].lower() + exc.strerror[1:])
    return f"{where}: {advice}" if where else advice


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a file (a test's capture)
        pass


if __name__ == "__main__":
    sys.exit(main())

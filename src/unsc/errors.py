"""The error types: malformed input, validation problems, a store that cannot be written."""

from __future__ import annotations

from pathlib import Path


class DataFormatError(ValueError):
    """Malformed input: names the file, the line, the column and the value.

    Parameters
    ----------
    path
        The file that was read.
    problem
        What is wrong, in words a person can act on.
    line
        1-based line number in the file (the header is line 1), when known.
    column
        The column name, when the problem is in one column.
    value
        The offending value, when there is one.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        line: int | None = None,
        column: str | None = None,
        value: object = None,
    ) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        self.column = column
        self.value = value
        where = self.path
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column!r}"
        text = f"{where}: {problem}"
        if value is not None:
            text += f" (value: {value!r})"
        super().__init__(text)


class ValidationError(ValueError):
    """Raised by ``validate(..., errors="raise")``; ``problems`` holds the frame."""

    def __init__(self, problems) -> None:  # noqa: ANN001 - a pandas frame
        self.problems = problems
        lines = [
            f"{p.file or '-'}:{'' if p.row is None or p.row != p.row else int(p.row)} "
            f"{p.decision_id or ''} {p.member or ''} [{p.rule}] {p.message}"
            for p in problems.head(20).itertuples()
        ]
        more = "" if len(problems) <= 20 else f"\n... and {len(problems) - 20} more"
        super().__init__(f"{len(problems)} validation problem(s):\n" + "\n".join(lines) + more)


class UnscError(Exception):
    """A mistake the user can correct, stated so they can: what, where, and what to do.

    The command line prints it as ``unsc: error: <message>`` and exits with
    status 2, never with a traceback. Subclasses add the usual built-in base
    (``ValueError``, ``OSError``) so that callers catching those still do.
    """


class ParameterError(UnscError, ValueError):
    """A parameter value that cannot mean what it says (a bad date, an unknown code or choice).

    Raised by :func:`unsc.load`, :meth:`unsc.Dataset.filter`,
    :func:`unsc.members.member_code` and ``unsc report``; the message names
    the parameter, the value, and the form expected.
    """


class StoreError(UnscError, OSError):
    """The store could not be written (disk full, permission denied, read-only): nothing changed.

    An :class:`OSError` whose text says what failed, where, and what to do;
    ``errno`` and ``filename`` are those of the underlying error.
    """

    def __init__(self, message: str, *, errno: int | None = None,
                 filename: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errno = errno
        self.filename = filename

    def __str__(self) -> str:
        return self.message

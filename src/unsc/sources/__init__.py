"""One reader per source format, each returning a :class:`~unsc.model.Dataset`.

===============  =================================================  ======================
format           what                                               path
===============  =================================================  ======================
``undl-sc``      UN Library *Security Council Voting Data* CSV       the CSV file
``undl-ga``      UN Library *General Assembly Voting Data* CSV       the CSV file
``unvotes``      Voeten GA roll calls (R package ``unvotes``)        the folder of 3 tables
``hrc``          Human Rights Council recorded votes (OHCHR)         the folder of 3 tables
``sc-drafts``    every SC draft put to a vote 1994-2025, per member  the CSV file
``vetoes``       list of SC vetoes (vetoing members only)            the CSV file
``curated``      the embedded hand-compiled record                   the folder
===============  =================================================  ======================

:func:`read` sniffs the format from the file's header (or the folder's
tables) when it is not given. Every reader keeps provenance (``file`` and
``line`` on decisions and votes), reports what it found wrong in
``Dataset.problems`` and never drops a row silently. ``line`` is the
physical line a row starts on (the header is line 1; blank lines and lines
inside quoted fields count; a gzipped file's lines are its text's). Every
reader reports a value holding a control character (``control_character``,
a warning; the value is kept as written). Given a folder, a single-file
format reads the one file of that format in it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from unsc.errors import DataFormatError
from unsc.model import Dataset

#: Format name → module in this package.
FORMATS: dict[str, str] = {
    "undl-sc": "undl_sc",
    "undl-ga": "undl_ga",
    "unvotes": "unvotes",
    "hrc": "hrc",
    "sc-drafts": "sc_drafts",
    "vetoes": "vetoes",
}
#: Formats whose path is a folder of several tables.
FOLDER_FORMATS = ("unvotes", "hrc")
#: The tables each folder format needs (each a list of accepted file names).
FOLDER_TABLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "unvotes": (("un_votes.csv", "un_votes.csv.gz"), ("un_roll_calls.csv", "un_roll_calls.csv.gz")),
    "hrc": (("hrc_resolutions.csv",), ("hrc_votes.csv",)),
}


def reader(fmt: str) -> ModuleType:
    """The reader module of format ``fmt`` (``"undl-sc"``, ...)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {sorted(FORMATS)}")
    return importlib.import_module(f"unsc.sources.{FORMATS[fmt]}")


def sniff(path: str | Path) -> str:
    """Tell the format of ``path`` from its header, or from the tables in a folder.

    Raises
    ------
    unsc.errors.DataFormatError
        When ``path`` does not exist or matches no known format.
    """
    from unsc.sources import _common

    path = Path(path)
    if not path.exists():
        raise DataFormatError(path, "file or folder not found")
    if path.is_dir():
        for fmt in FOLDER_FORMATS:
            if reader(fmt).matches_folder(path):
                return fmt
        if (path / "decisions.csv").is_file() and (path / "votes.csv").is_file():
            return "curated"
        for fmt, tables in FOLDER_TABLES.items():  # one table of a folder format: name the other
            present = [names[0] for names in tables if any((path / n).is_file() for n in names)]
            if present:
                missing = [names[0] for names in tables if names[0] not in present]
                raise DataFormatError(path, f"a folder of {fmt} tables, but {missing[0]} is "
                                      f"missing (found {', '.join(present)})")
        single = _single_files(path)
        if len(single) == 1:
            return single[0][1]
        raise DataFormatError(path, "a folder of an unknown format: expected the unvotes "
                              "tables (un_votes.csv, un_roll_calls.csv) or the HRC tables "
                              "(hrc_resolutions.csv, hrc_votes.csv); give --format")
    columns = _common.header(path)
    for fmt in FORMATS:
        if reader(fmt).matches(columns):
            return fmt
    raise DataFormatError(path, f"cannot tell the format from the header {columns}; "
                          f"give the format, one of {sorted(FORMATS)}", line=1)


def read(path: str | Path, format: str | None = None) -> Dataset:  # noqa: A002 - public name
    """Read ``path`` in ``format`` (sniffed from the header when ``None``).

    Parameters
    ----------
    path
        A CSV file (``undl-sc``, ``undl-ga``, ``sc-drafts``, ``vetoes``) or a
        folder of tables (``unvotes``, ``hrc``; one of its files also works).
    format
        One of :data:`FORMATS`, or ``None`` to sniff it.

    Returns
    -------
    Dataset
        Decisions and votes with ``file``/``line`` provenance, the members
        table, and the reader's ``problems``.

    Raises
    ------
    unsc.errors.DataFormatError
        When the input is malformed: the message names the file, the line,
        the column and the value.

    Examples
    --------
    >>> import unsc
    >>> ds = unsc.read("../shared/data/unvotes_ga")          # doctest: +SKIP
    >>> unsc.validate(ds).groupby("rule").size()              # doctest: +SKIP
    """
    if format is not None and format not in FORMATS and format != "curated":
        reader(format)  # the error listing the formats
    fmt = format or sniff(path)
    path = _the_file(path, fmt)
    if fmt == "curated":
        from unsc.sources import curated

        return curated.read(path)
    return reader(fmt).read(path)


def input_files(path: str | Path, format: str) -> list[Path]:  # noqa: A002
    """The files the reader of ``format`` reads for ``path`` (what a checksum covers)."""
    if format == "curated":
        folder = Path(path)
        return sorted(p for p in folder.glob("*.csv") if p.is_file())
    path = _the_file(path, format)
    module = reader(format)
    # Single-file formats read just the path; folder formats say which tables.
    return module.input_files(path) if hasattr(module, "input_files") else [Path(path)]


def _single_files(folder: Path) -> list[tuple[Path, str]]:
    """The files in ``folder`` whose header is that of a single-file format, with the format."""
    from unsc.sources import _common

    out = []
    for f in sorted(folder.iterdir()):
        if not f.is_file() or not f.name.lower().endswith((".csv", ".csv.gz")):
            continue
        try:
            columns = _common.header(f)
        except DataFormatError:
            continue
        fmt = next((m for m in FORMATS if m not in FOLDER_FORMATS and reader(m).matches(columns)),
                   None)
        if fmt is not None:
            out.append((f, fmt))
    return out


def _the_file(path: str | Path, fmt: str) -> Path:
    """``path``, or for a single-file format given a folder, the one file of that format in it.

    Raises
    ------
    unsc.errors.DataFormatError
        When the folder holds no file of that format, or several.
    """
    path = Path(path)
    if fmt in FOLDER_FORMATS or fmt == "curated" or not path.is_dir():
        return path
    found = [f for f, m in _single_files(path) if m == fmt]
    if len(found) == 1:
        return found[0]
    if not found:
        raise DataFormatError(path, f"a folder with no {fmt} file in it (a CSV file with the "
                              f"{fmt} header); give the file itself")
    raise DataFormatError(path, f"a folder with several {fmt} files "
                          f"({', '.join(f.name for f in found)}); give one of them")

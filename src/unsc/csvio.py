"""Strict CSV reading: every malformed value becomes a :class:`DataFormatError`.

Readers call :func:`read_csv` with the columns they need and how to parse
each; a missing column, an undecodable byte, a row with fewer or more fields
than the header, a bad date or number, or a value outside an allowed set
raises one error naming the file, the line (the header is line 1), the column
and the value, never a bare pandas traceback.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from unsc.errors import DataFormatError


@dataclass(frozen=True)
class Col:
    """How to parse one column.

    Parameters
    ----------
    kind
        ``"str"``, ``"date"``, ``"int"``, ``"bool"`` or ``"choice"``.
    required
        Whether an empty value is an error.
    choices
        Allowed values for ``"choice"`` (compared as written).
    date_format
        ``strftime`` format for ``"date"``; ISO ``YYYY-MM-DD`` by default.
    optional
        The column may be absent from the header (it is then left out).
    """

    kind: str = "str"
    required: bool = False
    choices: tuple[str, ...] = ()
    date_format: str = "%Y-%m-%d"
    optional: bool = False


def read_text(path: str | Path, encoding: str = "utf-8") -> str:
    """Read a (possibly gzipped) text file, naming the line of any bad byte."""
    return read_bytes(path, encoding).decode(encoding)


def read_bytes(path: str | Path, encoding: str = "utf-8") -> bytes:
    """The bytes of a (possibly gzipped) text file, checked to decode, without a BOM.

    :func:`read_csv` parses these bytes directly: a decoded ``str`` wrapped in
    ``StringIO`` would hold a 200 MB file up to four times over.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFormatError(path, "file not found") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise DataFormatError(path, f"corrupt gzip data: {exc}") from None
    try:
        raw.decode(encoding)  # a check only: the text is not kept
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.end]
        raise DataFormatError(
            path, f"not valid {encoding} text (byte {bad!r} at offset {exc.start})", line=line
        ) from None
    bom = "\ufeff".encode(encoding) if encoding.lower().replace("-", "") == "utf8" else b""
    return raw.removeprefix(bom) if bom else raw


def read_csv(
    path: str | Path,
    columns: dict[str, Col],
    *,
    optional: Iterable[str] = (),
    text: str | None = None,
    **read_kw,
) -> pd.DataFrame:
    """Read ``path`` as strings, check and parse ``columns``.

    Returns a frame holding the parsed ``columns`` (plus any present
    ``optional`` ones, as strings) and a ``line`` column with each row's line
    number in the file. Raises :class:`DataFormatError` on the first problem.
    """
    path = Path(path)
    source = read_bytes(path) if text is None else text
    if not source.strip():
        raise DataFormatError(path, "the file is empty")
    buffer = io.BytesIO(source) if isinstance(source, bytes) else io.StringIO(source)
    header = _header(source, read_kw)
    wanted = read_kw.get("usecols")
    if callable(wanted) and header:
        # The last column is read too: an empty value there is what a short row leaves.
        read_kw = {**read_kw, "usecols": lambda c, wanted=wanted: wanted(c) or c == header[-1]}
    try:
        frame = pd.read_csv(
            buffer, dtype=str, keep_default_na=False, na_values=[],
            on_bad_lines="error", **read_kw,
        )
    except pd.errors.ParserError as exc:
        raise DataFormatError(path, f"malformed CSV: {exc}") from None
    _check_short_rows(path, source, frame, read_kw)
    if callable(wanted) and header and header[-1] in frame.columns and not wanted(header[-1]):
        frame = frame.drop(columns=header[-1])
    missing = [c for c, spec in columns.items() if c not in frame.columns and not spec.optional]
    if missing:
        raise DataFormatError(
            path, f"missing column(s) {missing}; the header has {list(frame.columns)}", line=1
        )
    out: dict[str, pd.Series] = {}
    lines = np.arange(2, len(frame) + 2)
    for name, spec in columns.items():
        if name in frame.columns:
            out[name] = _parse(path, name, frame[name], spec, lines)
    for name in optional:
        if name in frame.columns and name not in out:
            out[name] = frame[name].replace("", pd.NA).astype("string")
    result = pd.DataFrame(out, index=frame.index)
    result["line"] = pd.array(lines, dtype="Int64")
    return result


def _records(source: str | bytes, read_kw: dict):
    """The records of ``source`` as :mod:`csv` reads them (lists of fields), lazily."""
    stream = (io.TextIOWrapper(io.BytesIO(source), encoding="utf-8", newline="")
              if isinstance(source, bytes) else io.StringIO(source, newline=""))
    delimiter = read_kw.get("sep", read_kw.get("delimiter", ",")) or ","
    return csv.reader(stream, delimiter=delimiter)


def _header(source: str | bytes, read_kw: dict) -> list[str]:
    """The column names on the first non-blank record (empty if unreadable)."""
    try:
        return next((r for r in _records(source, read_kw) if r), [])
    except csv.Error:
        return []


def _check_short_rows(path: Path, source: str | bytes, frame: pd.DataFrame,
                      read_kw: dict) -> None:
    """Raise for the first row with fewer fields than the header.

    pandas fills the missing trailing fields of a short row with ``""``, the
    same as empty fields, so a short row would otherwise surface as "a
    required value is empty" in some column. A short row leaves the last
    column empty: only when some row does are the fields of every record
    counted (by :mod:`csv`, in C, no Python loop over rows).
    """
    header = _header(source, read_kw)
    last = header[-1] if header and header[-1] in frame.columns else None
    if last is None or not (frame[last] == "").any():
        return
    try:
        counts = np.fromiter(map(len, _records(source, read_kw)), dtype=np.int64)
    except csv.Error:
        return  # pandas read it; its own checks stand
    counts = counts[counts > 0]  # blank lines: pandas skips them too
    if len(counts) != len(frame) + 1:
        return  # the two parsers disagree on what a record is: no reliable count
    short = np.flatnonzero(counts[1:] < counts[0])
    if len(short) == 0:
        return
    index, n_fields = int(short[0]), int(counts[1 + short[0]])
    line = index + 2
    reader = _records(source, read_kw)
    seen = -1
    for record in reader:  # only on an error, and only up to the bad row: its line
        seen += bool(record)
        if seen == index + 1:
            line = reader.line_num
            break
    raise DataFormatError(path, f"the row has {n_fields} field{'' if n_fields == 1 else 's'}; "
                          f"the header has {int(counts[0])}", line=line)


def _first_bad(path: Path, name: str, raw: pd.Series, bad: np.ndarray, lines, problem: str):
    i = int(np.flatnonzero(bad)[0])
    raise DataFormatError(path, problem, line=int(lines[i]), column=name, value=raw.iloc[i])


def _parse(path: Path, name: str, raw: pd.Series, spec: Col, lines) -> pd.Series:
    # Values repeat (a roll call on every member row): parse each distinct value
    # once and expand, which keeps an 870,000-row file to a fraction of a second.
    # Distinct values are numbered in order of first appearance, so the first
    # bad one is on the first bad line: errors are the same as row by row.
    codes, uniques = pd.factorize(raw.to_numpy(dtype=object))
    if len(uniques) * 2 > len(raw) or (codes < 0).any():
        return _parse_values(path, name, raw, spec, lines)
    _, first = np.unique(codes, return_index=True)
    parsed = _parse_values(path, name, pd.Series(uniques, dtype=object), spec,
                           np.asarray(lines)[first])
    return pd.Series(parsed.array.take(codes), index=raw.index)


def _parse_values(path: Path, name: str, raw: pd.Series, spec: Col, lines) -> pd.Series:
    raw = raw.str.strip()
    empty = (raw == "").to_numpy()
    if spec.required and empty.any():
        _first_bad(path, name, raw, empty, lines, "a required value is empty")
    if spec.kind == "str":
        return raw.mask(empty).astype("string")
    if spec.kind == "choice":
        bad = ~raw.isin(spec.choices).to_numpy() & ~empty
        if bad.any():
            _first_bad(path, name, raw, bad, lines, f"unknown value; expected one of {list(spec.choices)}")
        return raw.mask(empty).astype("string")
    if spec.kind == "date":
        parsed = pd.to_datetime(raw.mask(empty), format=spec.date_format, errors="coerce")
        bad = parsed.isna().to_numpy() & ~empty
        if bad.any():
            _first_bad(path, name, raw, bad, lines, f"not a date in the form {spec.date_format}")
        return parsed
    if spec.kind == "int":
        parsed = pd.to_numeric(raw.mask(empty), errors="coerce")
        bad = (parsed.isna().to_numpy() & ~empty) | (parsed.notna() & (parsed % 1 != 0)).to_numpy()
        if bad.any():
            _first_bad(path, name, raw, bad, lines, "not a whole number")
        return parsed.astype("Int64")
    if spec.kind == "bool":
        low = raw.str.lower()
        truth = low.isin(["true", "1", "yes"])
        bad = ~(truth | low.isin(["false", "0", "no"])).to_numpy() & ~empty
        if bad.any():
            _first_bad(path, name, raw, bad, lines, "not true/false")
        return truth
    raise ValueError(f"unknown column kind {spec.kind!r}")


def check(
    path: str | Path,
    frame: pd.DataFrame,
    bad: pd.Series | np.ndarray,
    column: str,
    problem: str,
    value_of: Callable[[pd.Series], object] | None = None,
) -> None:
    """Raise for the first row where ``bad`` is true (``frame`` must have ``line``)."""
    bad = np.asarray(bad, dtype=bool)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        row = frame.iloc[i]
        value = value_of(row) if value_of else row.get(column)
        raise DataFormatError(path, problem, line=int(row["line"]), column=column, value=value)

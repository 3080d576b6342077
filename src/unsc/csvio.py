"""Strict CSV reading: every malformed value becomes a :class:`DataFormatError`.

Readers call :func:`read_csv` with the columns they need and how to parse
each; a missing column, an undecodable byte, a row with fewer or more fields
than the header, a quote never closed, a bad date or number (or one too large
to hold), or a value outside an allowed set raises one error naming the file,
the line, the column and the value, never a bare pandas traceback.

Lines are physical lines: 1-based, the header is line 1, blank lines and the
lines inside quoted fields count, and a gzipped file's lines are those of its
decompressed text (:class:`_Layout` finds them in a few vectorised passes).
A control character in a third-party value is a reported problem, the value
kept as written.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
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


#: Bytes that are control characters in text (not tab, line feed, carriage return).
_CONTROL = np.zeros(256, dtype=bool)
_CONTROL[[*range(0, 9), 11, 12, *range(14, 32), 127]] = True
_CONTROL_RE = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
#: The largest and smallest values of an ``"int"`` column (``Int64``).
_INT_MAX = str(2**63 - 1)
_INT_MIN = str(2**63)  # digits of the most negative value, without its sign
#: Dates pandas holds as ``datetime64[ns]``, the model's date type.
_DATE_MIN, _DATE_MAX = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")


def _raw_bytes(path: Path) -> bytes:
    """The file's bytes, decompressed when gzipped; any failure a :class:`DataFormatError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFormatError(path, "file not found") from None
    except IsADirectoryError:
        raise DataFormatError(path, "is a folder, not a file") from None
    except PermissionError:
        raise DataFormatError(path, "cannot be read: permission denied") from None
    except OSError as exc:
        raise DataFormatError(path, f"cannot be read: {exc.strerror or exc}") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except EOFError:
            raise DataFormatError(path, "truncated gzip data: the file ends before the "
                                  "compressed stream does") from None
        except (OSError, zlib.error) as exc:
            raise DataFormatError(path, f"corrupt gzip data: {exc}") from None
    return raw


def read_bytes(path: str | Path, encoding: str = "utf-8") -> bytes:
    """The bytes of a (possibly gzipped) text file, checked to decode, without a BOM.

    :func:`read_csv` parses these bytes directly: a decoded ``str`` wrapped in
    ``StringIO`` would hold a 200 MB file up to four times over.

    Raises
    ------
    unsc.errors.DataFormatError
        A missing, unreadable or corrupt (gzip) file, or one that is not
        ``encoding`` text: the line of the first bad byte, and a hint when the
        file looks like UTF-16 or latin-1.
    """
    path = Path(path)
    return _decoded_check(path, _raw_bytes(path), encoding)


def _decoded_check(path: Path, raw: bytes, encoding: str,
                   locate: Callable[[int], tuple[int, str | None]] | None = None) -> bytes:
    utf8 = encoding.lower().replace("-", "").replace("_", "") == "utf8"
    if utf8 and raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise DataFormatError(path, "the file is UTF-16 text (it starts with a UTF-16 "
                              "byte-order mark); save it as UTF-8")
    head = raw[:4096]
    if utf8 and len(head) >= 4 and head.count(b"\x00") * 4 >= len(head):
        raise DataFormatError(path, "the file looks like UTF-16 text (every other byte is "
                              "NUL); save it as UTF-8")
    try:
        raw.decode(encoding)  # a check only: the text is not kept
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.end]
        hint = ""
        if utf8:
            try:
                raw.decode("cp1252")
                hint = "; it looks like latin-1 (Windows-1252) text: save it as UTF-8"
            except UnicodeDecodeError:
                hint = "; save it as UTF-8"
        column = None
        if locate is not None:  # the physical line (a lone CR ends one too) and the column
            line, column = locate(exc.start)
        raise DataFormatError(
            path, f"not valid {encoding} text (byte {bad!r} at offset {exc.start}){hint}",
            line=line, column=column,
            value=raw[max(exc.start - 20, 0) : exc.start + 20].decode(encoding, "replace"),
        ) from None
    bom = "\ufeff".encode(encoding) if utf8 else b""
    return raw.removeprefix(bom) if bom else raw


class _Layout:
    """Where each record of a CSV text starts: its physical line and its number of fields.

    Physical lines end at ``\n``, ``\r\n`` or a lone ``\r`` (as pandas reads
    them), inside quoted fields too; the header is on line 1 unless blank
    lines precede it. Blank lines (empty or only spaces and tabs, outside
    quotes) are not records, as in pandas.

    Found in a few vectorised passes over the bytes when every quote is where
    the CSV rules put it (opening a field, closing it, or doubled inside it):
    the quoting state at any byte is then the parity of the quotes before it.
    Otherwise (a stray quote mid-field) :mod:`csv` tells the records apart.
    """

    def __init__(self, path: Path, data: bytes, delimiter: str = ",") -> None:
        self.path, self.data, self.delim = path, data, ord(delimiter)
        a = np.frombuffer(data, dtype=np.uint8)
        self.n = n = len(a)
        # ``bytes.find`` (memchr) first: most files have no carriage return, many no quote.
        nl = np.flatnonzero(a == 10)
        if data.find(b"\r") < 0:
            self.term_start, self.term_end = nl, nl + 1
        else:
            cr = np.flatnonzero(a == 13)
            lone_cr = cr[(cr == n - 1) | (a[np.minimum(cr + 1, n - 1)] != 10)]
            term_start = np.concatenate([nl - ((a[np.maximum(nl - 1, 0)] == 13) & (nl > 0)),
                                         lone_cr])
            term_end = np.concatenate([nl + 1, lone_cr + 1])
            order = np.argsort(term_end, kind="stable") if len(lone_cr) else slice(None)
            self.term_start, self.term_end = term_start[order], term_end[order]
        q = np.flatnonzero(a == 34) if data.find(b'"') >= 0 else np.empty(0, dtype=np.int64)
        self.quotes = q
        self.clean = self._quotes_clean(a, q)
        if self.clean:
            self._fast(a)
        else:
            self._slow()

    # -- where a byte is ---------------------------------------------------------------
    def line_of(self, pos: int | np.ndarray):
        """The physical line (1-based) of byte offset(s) ``pos``."""
        return np.searchsorted(self.term_end, pos, side="right") + 1

    def column_at(self, pos: int) -> str | None:
        """The header name of the field holding byte ``pos`` (``None`` past the header)."""
        line = int(self.line_of(pos))
        i = int(np.searchsorted(self.lines, line, side="right")) - 1
        if i < 0:
            return None
        start = int(self.starts[i])
        if self.clean:
            commas = self.commas
            k = int(np.searchsorted(commas, pos) - np.searchsorted(commas, start))
        else:  # stray quotes: count the delimiters outside quotes by hand (on an error only)
            k, inside = 0, False
            for byte in self.data[start:pos]:
                if byte == 34:
                    inside = not inside
                elif byte == self.delim and not inside:
                    k += 1
        names = self.header_names()
        return names[k] if k < len(names) else None

    def header_names(self) -> list[str]:
        if not len(self.starts):
            return []
        text = self.data[self.starts[0] : self.ends[0]].decode("utf-8", "replace")
        try:
            return [c.lstrip("\ufeff") for c in
                    next(csv.reader([text], delimiter=chr(self.delim)), [])]
        except csv.Error:
            return []

    def record_text(self, i: int, limit: int = 200) -> str:
        text = self.data[self.starts[i] : min(self.ends[i], self.starts[i] + limit)]
        return text.decode("utf-8", "replace")

    def release(self) -> None:
        """Drop what only the checks before parsing need (tens of MB on a big file)."""
        for name in ("commas", "counts", "starts", "ends", "term_start", "quotes"):
            self.__dict__.pop(name, None)

    # -- the two ways to find the records --------------------------------------------
    def _quotes_clean(self, a: np.ndarray, q: np.ndarray) -> bool:
        if not len(q):
            return True
        n = self.n
        prev = a[np.maximum(q - 1, 0)].copy()
        prev[q == 0] = self.delim
        nxt = a[np.minimum(q + 1, n - 1)].copy()
        nxt[q == n - 1] = 10

        def boundary(c: np.ndarray) -> np.ndarray:
            return (c == self.delim) | (c == 10) | (c == 13) | (c == 34)

        opening = np.arange(len(q)) % 2 == 0
        return bool(np.where(opening, boundary(prev), boundary(nxt)).all())

    def _fast(self, a: np.ndarray) -> None:
        q = self.quotes
        if len(q) % 2:
            self._unterminated(int(q[-1]))
        if len(q):
            outside = np.flatnonzero(np.searchsorted(q, self.term_start) % 2 == 0)
        else:
            outside = np.arange(len(self.term_start))
        # Segment i runs from the end of the (i-1)th record terminator to the start of
        # the ith: the line after terminator k is line k + 2.
        starts = np.concatenate([[0], self.term_end[outside]])
        ends = np.concatenate([self.term_start[outside], [self.n]])
        lines = np.concatenate([[1], outside + 2])
        blank = ends == starts
        # A line of spaces and tabs only is blank too (pandas skips it): checked one by
        # one, but only lines that start with one (almost never any).
        ws = np.flatnonzero(~blank & np.isin(a[np.minimum(starts, self.n - 1)], (32, 9)))
        for i in ws:
            blank[i] = not self.data[starts[i] : ends[i]].strip(b" \t")
        c = np.flatnonzero(a == self.delim)
        self.commas = c[np.searchsorted(q, c) % 2 == 0] if len(q) else c
        # Segments are contiguous: the delimiters before segment i's start are those
        # before segment i-1's end, so one search gives every count.
        before_end = np.searchsorted(self.commas, ends)
        counts = np.diff(before_end, prepend=0) + 1
        keep = ~blank
        self.starts, self.ends, self.lines = starts[keep], ends[keep], lines[keep]
        self.counts = counts[keep]

    def _slow(self) -> None:
        stream = io.TextIOWrapper(io.BytesIO(self.data), encoding="utf-8", errors="replace",
                                  newline="")
        reader = csv.reader(stream, delimiter=chr(self.delim))
        lines, counts, done = [], [], 0
        try:
            for record in reader:
                start, done = done + 1, reader.line_num
                if not record or (len(record) == 1 and not record[0].strip(" \t")):
                    continue
                lines.append(start)
                counts.append(len(record))
        except csv.Error as exc:
            raise DataFormatError(self.path, f"malformed CSV: {exc}", line=done + 1) from None
        line_starts = np.concatenate([[0], self.term_end])
        self.lines = np.asarray(lines, dtype=np.int64)
        self.counts = np.asarray(counts, dtype=np.int64)
        self.starts = line_starts[self.lines - 1]
        self.ends = np.append(self.starts[1:], self.n)

    def _unterminated(self, pos: int) -> None:
        line = int(self.line_of(pos))
        value = self.data[pos : pos + 60].decode("utf-8", "replace")
        raise DataFormatError(self.path, "a quoted field is never closed: the file ends "
                              "inside the quotes opened here", line=line, value=value)


def read_csv(
    path: str | Path,
    columns: dict[str, Col],
    *,
    optional: Iterable[str] = (),
    text: str | bytes | None = None,
    problems: list[pd.DataFrame] | None = None,
    allow_empty: bool = False,
    **read_kw,
) -> pd.DataFrame:
    """Read ``path`` as strings, check and parse ``columns``.

    Parameters
    ----------
    path
        The file (plain or gzipped CSV, UTF-8).
    columns
        The columns to parse and how.
    optional
        Columns kept as strings when present.
    text
        The file's content, when already in memory (``path`` then only names it).
    problems
        Where to append problem rows (:data:`unsc.model.PROBLEM_COLUMNS`) for
        third-party errors that leave the data readable: a control character
        in a value (kept as written). Without it such a value is an error.
    allow_empty
        Whether a header without rows is a table (an optional table may be
        empty); otherwise it is a "header only" error.
    read_kw
        Passed to :func:`pandas.read_csv` (``usecols``, ``sep``).

    Returns
    -------
    pandas.DataFrame
        The parsed ``columns`` (plus any present ``optional`` ones, as
        strings) and a ``line`` column: the physical line each row starts
        on (the header is line 1; blank lines and the lines inside quoted
        fields count; for a gzipped file, lines of the decompressed text).

    Raises
    ------
    unsc.errors.DataFormatError
        On the first problem, naming the file, the line, the column and the value.
    """
    path = Path(path)
    if text is None:
        raw = _raw_bytes(path)
    else:
        raw = text.encode("utf-8") if isinstance(text, str) else text
    delimiter = read_kw.get("sep", read_kw.get("delimiter", ",")) or ","
    def locate(pos: int) -> tuple[int, str | None]:
        layout = _Layout(path, raw, delimiter)
        return int(layout.line_of(pos)), layout.column_at(pos)

    source = _decoded_check(path, raw, "utf-8", locate)
    if not source.replace("\ufeff".encode(), b"").strip():
        what = "only byte-order marks" if source.strip() or raw != source else "nothing"
        raise DataFormatError(path, f"the file is empty (it holds {what})"
                              if what != "nothing" else "the file is empty")
    layout = _Layout(path, source, delimiter)
    header_line = int(layout.lines[0])
    header = layout.header_names()
    n_fields = int(layout.counts[0])
    wrong = np.flatnonzero(layout.counts[1:] != n_fields)
    if len(wrong):
        i = int(wrong[0]) + 1
        got = int(layout.counts[i])
        raise DataFormatError(path, f"the row has {got} field{'' if got == 1 else 's'}; the "
                              f"header has {n_fields}", line=int(layout.lines[i]),
                              value=layout.record_text(i))
    if len(layout.lines) == 1 and not allow_empty:
        raise DataFormatError(path, "header only: the file has no rows", line=header_line)
    twice = sorted({c for c in header if header.count(c) > 1 and c in columns})
    if twice:
        raise DataFormatError(path, f"column(s) {twice} appear more than once in the header",
                              line=header_line)
    last_text = layout.record_text(len(layout.lines) - 1)
    layout.release()  # the parse below is the peak of memory: hold only what is still needed
    try:
        frame = pd.read_csv(
            io.BytesIO(source), dtype=str, keep_default_na=False, na_values=[],
            on_bad_lines="error", index_col=False, **read_kw,
        )
    except (pd.errors.ParserError, ValueError) as exc:
        # The records and their field counts were checked above; what is left is a
        # quote opened in the last record (as :mod:`csv` reads it) and never closed.
        last = len(layout.lines) - 1
        if "EOF inside string" in str(exc):
            raise DataFormatError(path, "a quoted field is never closed: the file ends inside "
                                  "the quotes of this row", line=int(layout.lines[last]),
                                  value=last_text) from None
        raise DataFormatError(path, f"malformed CSV: {exc}") from None
    if len(frame) != len(layout.lines) - 1:
        # Never a row with the wrong line: two readings of the records must agree.
        raise DataFormatError(path, f"cannot tell its rows apart: {len(layout.lines) - 1} "
                              f"records but pandas reads {len(frame)} rows (a stray quote?)")
    missing = [c for c, spec in columns.items() if c not in frame.columns and not spec.optional]
    if missing:
        raise DataFormatError(
            path, f"missing column(s) {missing}; the header has {list(frame.columns)}",
            line=header_line,
        )
    lines = layout.lines[1:]
    _control_characters(path, source, layout, frame, problems)
    out: dict[str, pd.Series] = {}
    for name, spec in columns.items():
        if name in frame.columns:
            out[name] = _parse(path, name, frame[name], spec, lines)
    for name in optional:
        if name in frame.columns and name not in out:
            out[name] = frame[name].replace("", pd.NA).astype("string")
    result = pd.DataFrame(out, index=frame.index)
    result["line"] = pd.array(lines, dtype="Int64")
    return result


def _control_characters(path: Path, source: bytes, layout: _Layout, frame: pd.DataFrame,
                        problems: list[pd.DataFrame] | None) -> None:
    """Report every value holding a control character (kept as written, never cut)."""
    a = np.frombuffer(source, dtype=np.uint8)
    # A cheap test first: below 32, only tab, line feed and carriage return (memchr counts).
    allowed = source.count(b"\t") + source.count(b"\n") + source.count(b"\r")
    if np.count_nonzero(a < 32) == allowed and source.find(b"\x7f") < 0:
        return
    hits = np.flatnonzero(_CONTROL[a])
    if not len(hits):
        return
    record = np.searchsorted(layout.lines, layout.line_of(hits), side="right") - 1
    if (record < 1).any():
        pos = int(hits[record < 1][0])
        raise DataFormatError(path, f"control character {chr(a[pos])!r} in the header",
                              line=int(layout.line_of(pos)))
    rows = np.unique(record) - 1
    sub = frame.iloc[rows]
    found = []
    for name in sub.columns:  # a column at a time over the few affected rows
        has = sub[name].str.contains(_CONTROL_RE, regex=True).to_numpy(dtype=bool)
        for r, value in zip(rows[has], sub[name].to_numpy(dtype=object)[has], strict=True):
            found.append((int(layout.lines[r + 1]), name, value))
    if not found:
        return  # only in columns not read
    found.sort(key=lambda f: f[0])
    if problems is None:
        line, name, value = found[0]
        raise DataFormatError(path, "a control character in the value", line=line,
                              column=name, value=_short(value))
    from unsc.model import PROBLEM_COLUMNS

    def describe(name: str, value: str) -> str:
        chars = ", ".join(sorted({f"U+{ord(c):04X}" for c in value
                                  if ord(c) < 256 and _CONTROL[ord(c)]}))
        at = next(i for i, c in enumerate(value) if ord(c) < 256 and _CONTROL[ord(c)])
        around = ("..." if at > 30 else "") + value[max(at - 30, 0) : at + 30] + (
            "..." if at + 30 < len(value) else "")
        return (f"column {name!r} holds the control character(s) {chars}, kept as written: "
                f"{around!r}")

    problems.append(pd.DataFrame({
        "rule": "control_character", "severity": "warning", "file": str(path),
        "row": pd.array([f[0] for f in found], dtype="Int64"), "decision_id": None,
        "member": None, "message": [describe(n, v) for _, n, v in found],
    }, columns=PROBLEM_COLUMNS))


def _short(value: object, limit: int = 200) -> object:
    """A value as an error shows it: a long text cut (a 1.5 MB value is not a message)."""
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 3] + "..."
    return value


def _first_bad(path: Path, name: str, raw: pd.Series, bad: np.ndarray, lines, problem: str):
    i = int(np.flatnonzero(bad)[0])
    raise DataFormatError(path, problem, line=int(lines[i]), column=name,
                          value=_short(raw.iloc[i]))


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
        # The model holds dates as datetime64[ns]: a date it cannot hold would wrap around.
        far = ((parsed < _DATE_MIN) | (parsed > _DATE_MAX)).to_numpy(dtype=bool)
        if far.any():
            _first_bad(path, name, raw, far, lines, f"a date outside the range that can be held "
                       f"({_DATE_MIN:%Y-%m-%d} to {_DATE_MAX:%Y-%m-%d})")
        return parsed.astype("datetime64[ns]")
    if spec.kind == "int":
        return _parse_int(path, name, raw, empty, lines)
    if spec.kind == "bool":
        low = raw.str.lower()
        truth = low.isin(["true", "1", "yes"])
        bad = ~(truth | low.isin(["false", "0", "no"])).to_numpy() & ~empty
        if bad.any():
            _first_bad(path, name, raw, bad, lines, "not true/false")
        return truth
    raise ValueError(f"unknown column kind {spec.kind!r}")


def _parse_int(path: Path, name: str, raw: pd.Series, empty: np.ndarray, lines) -> pd.Series:
    """Whole numbers as ``Int64``; one that does not fit (2**63 or more) is an error.

    Digits are read as integers, exactly (a float would silently round a big
    one); a whole number written as a float (``66.0``) is accepted where a
    float holds it exactly.
    """
    value = raw.mask(empty)
    digits = value.str.fullmatch(r"[+-]?\d+").fillna(False).to_numpy(dtype=bool)
    if digits.any():
        d = value[digits].str.lstrip("+-").str.lstrip("0")
        negative = value[digits].str.startswith("-").to_numpy(dtype=bool)
        limit = np.where(negative, len(_INT_MIN), len(_INT_MAX))
        n = d.str.len().to_numpy()
        top = np.where(negative, _INT_MIN, _INT_MAX)
        # Same-length digit strings compare as numbers do.
        too_big = (n > limit) | ((n == limit) & (d.to_numpy(dtype=object) > top))
        if too_big.any():
            bad = np.zeros(len(raw), dtype=bool)
            bad[np.flatnonzero(digits)[too_big]] = True
            _first_bad(path, name, raw, bad, lines,
                       "a whole number too large to hold (it must be below 2**63)")
    other = ~digits & ~empty
    result = np.zeros(len(raw), dtype=np.int64)
    if digits.any():
        result[digits] = pd.to_numeric(value[digits]).to_numpy(dtype=np.int64)
    if other.any():
        parsed = pd.to_numeric(value[other], errors="coerce").to_numpy(dtype="float64")
        whole = np.isfinite(parsed) & (np.mod(parsed, 1, where=np.isfinite(parsed),
                                              out=np.ones_like(parsed)) == 0)
        exact = whole & (np.abs(parsed) <= 2**53)
        bad = np.zeros(len(raw), dtype=bool)
        bad[np.flatnonzero(other)[~exact]] = True
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            big = whole[np.flatnonzero(np.flatnonzero(other) == i)[0]]
            _first_bad(path, name, raw, bad, lines,
                       "a whole number too large to hold exactly" if big else "not a whole number")
        result[other] = parsed.astype(np.int64)
    return pd.Series(pd.arrays.IntegerArray(result, empty.copy()), index=raw.index)


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

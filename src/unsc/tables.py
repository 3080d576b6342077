"""Tables for reports: readable on the page, complete in a file.

:func:`show` renders one frame (or Series) for a report and, when the report
has an output folder, writes the whole table beside it as CSV and registers
it; :func:`finish` (called by :func:`unsc.reports.write_results`) then writes
one ``tables.xlsx`` workbook of every registered table and returns their list
for ``results.json``. Interactive use (no output folder) writes nothing.

>>> show = tables_for(output_dir)           # once, in a notebook's first cell
>>> show(veto_table(ds), "Every veto cast", name="vetoes")   # doctest: +SKIP

What the page shows (the files keep the values as they are):

- no index: a ``RangeIndex`` or an unnamed integer index (what filters and
  sorts leave behind, often shuffled) is dropped; a named or labelled index
  (``member``, ``topic``) becomes the first column(s). A Series, such as a
  ``value_counts()``, becomes a two-column table;
- a title above every table (the Styler's caption);
- numbers rounded to what matters: whole numbers as integers (thousands
  separated from 10,000, and never in line numbers or years), other numbers to ``digits``
  decimals (2), a value that rounds to zero without being zero as ``<0.01``;
- shares as whole percentages with their n, ``82% (n = 104)``; a share that
  is not exactly 0 or 1 never reads ``0%`` or ``100%`` (``<1%``, ``>99%``);
- missing values (``NaN``, ``NaT``, ``<NA>``, ``None``, empty text) as "–";
  booleans as "yes" and "no"; dates as ``2012-02-04`` (with the time only if
  some value has one); lists joined with commas;
- member codes in member columns (:data:`MEMBER_COLUMNS`) and member codes as
  column headers shown by name (``RUS`` → ``Russian Federation``);
- short tables in full; a long one as its first ``max_rows`` rows and a
  sentence "Showing 15 of 285 rows; the full table is in vetoes.csv" linking
  the file; an empty one as a sentence, never a header without rows.

The CSV holds every row with the values unrounded, dates as ISO dates, missing
values empty and, beside each member-code column, a ``<column>_name`` column.
Files are written to a temporary name and moved into place, so a failed write
never leaves half a table.

Rendering uses pandas' own :class:`~pandas.io.formats.style.Styler` (Jinja2,
already needed by nbconvert): static HTML that nbconvert exports as it is, no
JavaScript, no further dependency. The workbook is written with openpyxl.

Speed: formatting touches only the rows shown; the files are written by
pandas (``to_csv``, ``to_excel``) in one call each.
"""

from __future__ import annotations

import html
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

#: Shown for a missing value.
MISSING = "–"
#: Columns whose values are member codes (one, or several separated by ``,`` or ``;``).
MEMBER_COLUMNS = ("member", "member_a", "member_b", "country", "reference", "partner", "joined_by",
                  "members", "holder", "seat")
#: The workbook of all of a report's tables, beside its CSV files.
WORKBOOK = "tables.xlsx"
#: Names a table cannot take: other files a report writes beside its tables.
RESERVED = frozenset({"left_out", "results", "run", "report", "notebook", "thumbnail", "tables"})
#: Whole-number columns that are labels, not amounts: never grouped in thousands (line 16602).
UNGROUPED = frozenset({"row", "line", "year", "period", "session", "paragraph"})
_EPS = 1e-9
#: Headers shown for common column names (others: underscores read as spaces).
HEADERS = {"decision_id": "decision", "n": "n"}

_CSS = [
    # nowrap: a short table's title widens the table rather than wrapping word by word.
    {"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: 600; "
                                     "white-space: nowrap; font-size: 1.05em; padding: .4em 0; color: #222;"},
    {"selector": "th", "props": "text-align: left; padding: .25em .6em; border-bottom: 1px solid #999;"},
    {"selector": "td", "props": "text-align: left; padding: .25em .6em; border-bottom: 1px solid #e4e4e4; "
                                "vertical-align: top;"},
    {"selector": "", "props": "border-collapse: collapse; margin: .3em 0 .2em 0;"},
]
#: Cells of a column whose values are all this short or shorter do not wrap.
SHORT_CELL = 16
_NOTE_STYLE = "margin: 0 0 1.2em 0; font-size: .9em; color: #555;"
_SPLIT = re.compile(r"\s*[,;]\s*")


@dataclass
class _Entry:
    name: str
    title: str
    file: str
    frame: pd.DataFrame


#: Tables registered per output folder (a papermill run has one kernel per report).
_REGISTRY: dict[str, dict[str, _Entry]] = {}
_SHOWN = itertools.count(1)


# --------------------------------------------------------------------------- preparing


def as_table(data: pd.DataFrame | pd.Series, key: str | None = None) -> pd.DataFrame:
    """``data`` as a plain table: labels in columns, a fresh 0..n-1 index.

    Parameters
    ----------
    data
        A frame, or a Series (a ``value_counts()``, a per-member total).
    key
        Name for an index that carries labels but no name (a Series' index,
        a matrix' rows); the index's own name wins when it has one.

    Returns
    -------
    pandas.DataFrame
        An unnamed integer index (the leftover of a filter or sort) is
        dropped; any other index becomes the first column(s).
    """
    if isinstance(data, pd.Series):
        value = data.name if data.name is not None else "value"
        data = data.to_frame(name=value)
    frame = data.copy()
    frame.columns = [str(c) for c in frame.columns]
    index = frame.index
    leftover = (isinstance(index, pd.RangeIndex)
                or (index.nlevels == 1 and index.name is None and pd.api.types.is_integer_dtype(index)))
    if leftover:
        return frame.reset_index(drop=True)
    names = [n if n is not None else (key or "item") if index.nlevels == 1 else (key or f"level_{i}")
             for i, n in enumerate(index.names)]
    frame.index = index.set_names(names)
    return frame.reset_index()


def _member_names() -> pd.Series:
    from unsc import members

    return members.table().set_index("member")["name"].astype(str)


def _names_of(values: pd.Series, names: pd.Series) -> pd.Series:
    """Each code (or comma/semicolon-separated list of codes) in ``values`` by name."""
    text = values.astype("string")
    single = text.map(names.to_dict(), na_action="ignore")
    several = text.str.contains(r"[,;]", regex=True, na=False)
    if several.any():
        lookup = names.to_dict()
        single[several] = [", ".join(lookup.get(c, c) for c in _SPLIT.split(v) if c)
                           for v in text[several]]
    return single.fillna(text)


def _member_columns(frame: pd.DataFrame, members: Iterable[str] | None) -> list[str]:
    wanted = MEMBER_COLUMNS if members is None else tuple(members)
    return [c for c in frame.columns if c in wanted
            and not pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])]


def _flatten(frame: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as their values, lists and sets as ``a; b`` text."""
    out = {}
    for col in frame.columns:
        s = frame[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            s = s.astype(object).where(s.notna(), None)
        if s.dtype == object:
            listy = s.map(lambda v: isinstance(v, list | tuple | set | frozenset | np.ndarray))
            if listy.any():
                s = s.where(~listy, s[listy].map(lambda v: "; ".join(map(str, v))))
        out[col] = s
    return pd.DataFrame(out, index=frame.index)


def data_frame(data: pd.DataFrame | pd.Series, key: str | None = None,
               members: Iterable[str] | None = None) -> pd.DataFrame:
    """The table as written to the CSV and the workbook: every row, values unrounded.

    Labels become columns (:func:`as_table`), categoricals plain values, lists
    ``a; b`` text, and each member-code column gets a ``<column>_name``
    column beside it.
    """
    frame = _flatten(as_table(data, key))
    columns = _member_columns(frame, members)
    if columns:
        names = _member_names()
        for col in reversed(columns):
            at = frame.columns.get_loc(col) + 1
            if f"{col}_name" not in frame.columns:
                frame.insert(at, f"{col}_name", _names_of(frame[col], names).where(frame[col].notna()))
    return frame


# --------------------------------------------------------------------------- formatting


def _is_missing(s: pd.Series) -> pd.Series:
    missing = s.isna()
    if s.dtype == object or isinstance(s.dtype, pd.StringDtype):
        missing |= s.astype("string").str.strip().eq("").fillna(True)
    return missing.astype(bool)


def _format_int(values: pd.Series, group: bool = True) -> pd.Series:
    v = values.astype("float64")
    return pd.Series([f"{int(x):,}" if group and abs(x) >= 10_000 else f"{int(x)}" for x in v],
                     index=values.index)


def _format_float(values: pd.Series, digits: int) -> pd.Series:
    v = values.astype("float64").to_numpy()
    text = np.array([f"{x:.{digits}f}" for x in v], dtype=object)
    tiny = 0.5 * 10.0 ** -digits
    step = f"{10.0 ** -digits:.{digits}f}"
    text[(v > 0) & (v < tiny)] = f"<{step}"
    text[(v < 0) & (v > -tiny)] = f">-{step}"
    return pd.Series(text, index=values.index)


def _format_share(share: pd.Series, n: pd.Series | None) -> pd.Series:
    v = share.astype("float64").to_numpy()
    pct = np.floor(v * 100 + 0.5)
    text = np.array([f"{p:.0f}%" if p == p else MISSING for p in pct], dtype=object)
    # Within float noise of 0 or 1 is 0 or 1 (a Wilson bound of 63/63 is 0.9999999999999999).
    text[(v > _EPS) & (pct < 1)] = "<1%"
    text[(v < 1 - _EPS) & (pct > 99)] = ">99%"
    out = pd.Series(text, index=share.index)
    if n is not None:
        counts = n.astype("float64")
        known = counts.notna() & (counts > 0) & share.notna()
        out[known] = out[known] + " (n = " + _format_int(counts[known]) + ")"
        out[~known] = MISSING
    return out


def share_text(share: pd.Series, n: pd.Series | None = None) -> pd.Series:
    """Shares as a reader sees them: ``82% (n = 104)``, "–" when missing or n is 0.

    For tables built cell by cell (a pivot of shares); :func:`show` does this
    itself for the columns named in ``shares``.
    """
    return _format_share(share, n)


def _format_dates(values: pd.Series) -> pd.Series:
    v = pd.to_datetime(values, errors="coerce")
    has_time = bool((v.dropna() != v.dropna().dt.normalize()).any())
    return v.dt.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")


def _column_kind(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "bool"
    if pd.api.types.is_datetime64_any_dtype(s):
        return "date"
    if pd.api.types.is_integer_dtype(s):
        return "int"
    if pd.api.types.is_float_dtype(s):
        known = s.dropna()
        return "int" if len(known) and bool((known == np.round(known)).all()) else "float"
    present = s.dropna()
    if len(present) and present.map(lambda v: isinstance(v, bool | np.bool_)).all():
        return "bool"
    if len(present) and present.map(lambda v: isinstance(v, pd.Timestamp)).all():
        return "date"
    return "text"


def _share_spec(shares: str | Sequence[str] | Mapping[str, str] | None, n: str | None) -> dict:
    if shares is None:
        return {}
    if isinstance(shares, str):
        return {shares: n}
    if isinstance(shares, Mapping):
        return dict(shares)
    return {s: n for s in shares}


def format_frame(frame: pd.DataFrame, *, shares: str | Sequence[str] | Mapping[str, str] | None = None,
                 n: str | None = None, digits: int | Mapping[str, int] = 2,
                 members: Iterable[str] | None = None, names: bool = True,
                 columns: Mapping[str, str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The rows of ``frame`` (already a plain table) as the text a reader sees.

    Parameters
    ----------
    frame
        A table as :func:`as_table` returns it (only the rows to be shown).
    shares
        Share columns (values 0..1) to show as percentages: one name, a list
        (each with the count column ``n``), or a mapping share → its count column.
        A count column used this way is not shown again on its own.
    n
        The count column for the shares given as a name or list.
    digits
        Decimals for numbers that are not whole: one for all, or per column.
    members, names
        Member-code columns shown by name (default :data:`MEMBER_COLUMNS`);
        ``names=False`` keeps the codes.
    columns
        Headers for columns (the others: ``decision_id`` reads "decision",
        underscores read as spaces).

    Returns
    -------
    (pandas.DataFrame, list of str)
        Text cells under readable headers, and the headers of the columns to
        right-align (numbers and shares).
    """
    spec = _share_spec(shares, n)
    unknown = [c for c in [*spec, *(v for v in spec.values() if v)] if c not in frame.columns]
    if unknown:
        raise KeyError(f"no column(s) {unknown} in the table; it has {list(frame.columns)}")
    folded = {v for v in spec.values() if v}
    member_cols = _member_columns(frame, members) if names else []
    lookup = _member_names() if names else None
    out, numeric = {}, []
    for col in frame.columns:
        if col in folded and col not in spec:
            continue
        s = frame[col]
        missing = _is_missing(s)
        if col in spec:
            text = _format_share(s, frame[spec[col]] if spec[col] else None)
            numeric.append(col)
        elif col in member_cols:
            text = _names_of(s, lookup)
        else:
            kind = _column_kind(s)
            known = s[~missing]
            text = pd.Series("", index=s.index, dtype=object)
            if kind == "bool":
                text[~missing] = known.map(lambda v: "yes" if bool(v) else "no")
            elif kind == "date":
                text[~missing] = _format_dates(known)
            elif kind == "int":
                text[~missing] = _format_int(known, group=col not in UNGROUPED)
                numeric.append(col)
            elif kind == "float":
                d = digits.get(col, 2) if isinstance(digits, Mapping) else digits
                text[~missing] = _format_float(known, d)
                numeric.append(col)
            else:
                text[~missing] = known.astype(str)
        out[col] = text.where(~missing, MISSING).astype(object)
    shown = pd.DataFrame(out, index=frame.index).reset_index(drop=True)
    headers = _headers(list(shown.columns), columns or {}, lookup if names else None)
    shown.columns = headers
    return shown, [headers[list(out).index(c)] for c in numeric]


def _headers(cols: list[str], columns: Mapping[str, str], lookup: pd.Series | None) -> list[str]:
    out = []
    for c in cols:
        if c in columns:
            out.append(columns[c])
        elif lookup is not None and re.fullmatch(r"[A-Z]{3}", c) and c in lookup.index:
            out.append(str(lookup[c]))
        else:
            out.append(HEADERS.get(c, c.replace("_", " ")))
    return out


# --------------------------------------------------------------------------- rendering


@dataclass
class Rendered:
    """A table ready for the page: HTML, plain text, and the file it was written to."""

    html: str
    text: str
    name: str
    file: str | None
    rows: int
    shown: int

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


def slug(title: str) -> str:
    """A file name for a table from its title (``Vetoes by topic`` → ``vetoes_by_topic``)."""
    text = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    return text[:48].rstrip("_") or "table"


def render(data: pd.DataFrame | pd.Series, title: str, *, key: str | None = None,
           shares: str | Sequence[str] | Mapping[str, str] | None = None, n: str | None = None,
           digits: int | Mapping[str, int] = 2, max_rows: int | None = 15,
           members: Iterable[str] | None = None, names: bool = True,
           columns: Mapping[str, str] | None = None, empty: str | None = None,
           note: str | None = None, file: str | None = None, name: str = "table") -> Rendered:
    """The HTML and text of one table (see :func:`show` for the parameters); writes nothing.

    ``file`` is the CSV the table was written to (a link under the table), or
    ``None`` when nothing was written.
    """
    if not title or not str(title).strip():
        raise ValueError("every table needs a title")
    table = as_table(data, key)
    rows = len(table)
    caption = html.escape(str(title))
    if rows == 0:
        sentence = empty or "No rows."
        extra = f" The table (its columns only) is in {_link(file)}." if file else ""
        return Rendered(
            html=f'<p style="{_NOTE_STYLE}"><strong>{caption}.</strong> {html.escape(sentence)}{extra}</p>',
            text=f"{title}. {sentence}", name=name, file=file, rows=0, shown=0)
    limit = rows if max_rows is None else max(1, int(max_rows))
    head = table.head(limit)
    shown, right = format_frame(head, shares=shares, n=n, digits=digits, members=members, names=names,
                                columns=columns)
    styler = (shown.style.hide(axis="index").set_caption(caption)
              .set_table_styles(_CSS).set_table_attributes('class="unsc-table"')
              .format(escape="html").format_index(escape="html", axis=1))
    if right:
        # Classes, not cell ids: "#T td.col1" outranks the table's own "#T td" rule.
        at = [shown.columns.get_loc(c) for c in right]
        styler = styler.set_table_styles(
            [{"selector": f"td.col{i}, th.col_heading.col{i}", "props": "text-align: right;"} for i in at],
            overwrite=False)
    # Short values (dates, codes, counts) never break ("2014-03-" / "15"); long text wraps.
    short = [i for i, c in enumerate(shown.columns)
             if len(shown) and shown[c].astype(str).str.len().max() <= SHORT_CELL]
    if short:
        styler = styler.set_table_styles(
            [{"selector": f"td.col{i}", "props": "white-space: nowrap;"} for i in short], overwrite=False)
    # One id per table shown in this kernel: two tables' styles never mix.
    styler = styler.set_uuid(f'{re.sub(r"[^A-Za-z0-9_]", "_", name)}_{next(_SHOWN)}')
    body = styler.to_html(cell_ids=False)
    sentences = []
    if note:
        sentences.append(html.escape(note))
    if len(head) < rows:
        where = (f"the full table is in {_link(file)}" if file
                 else "pass max_rows=None to see all, or an output_dir to write it")
        sentences.append(f"Showing {len(head):,} of {rows:,} rows; {where}.")
    elif file:
        sentences.append(f"As a file: {_link(file)}.")
    if file:
        sentences.append(f"Every table of this report: {_link(WORKBOOK)}.")
    foot = f'<p style="{_NOTE_STYLE}">{" ".join(sentences)}</p>' if sentences else ""
    text = f"{title}\n{shown.to_string(index=False)}"
    if len(head) < rows:
        text += f"\nShowing {len(head):,} of {rows:,} rows"
        text += f"; the full table is in {file}" if file else ""
    return Rendered(html=body + foot, text=text, name=name, file=file, rows=rows, shown=len(head))


def _link(file: str) -> str:
    quoted = html.escape(file, quote=True)
    return f'<a href="{quoted}">{html.escape(file)}</a>'


# --------------------------------------------------------------------------- writing


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` to a temporary file beside ``path``, then move it into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = _format_dates(out[col]).where(out[col].notna())
    return out


def _unique_name(folder: str, name: str, title: str) -> str:
    taken = _REGISTRY.get(folder, {})
    base = name if name not in RESERVED else f"{name}_table"
    candidate, i = base, 2
    while candidate in taken and taken[candidate].title != title:
        candidate, i = f"{base}_{i}", i + 1
    return candidate


def show(data: pd.DataFrame | pd.Series, title: str, *, key: str | None = None,
         shares: str | Sequence[str] | Mapping[str, str] | None = None, n: str | None = None,
         digits: int | Mapping[str, int] = 2, max_rows: int | None = 15,
         members: Iterable[str] | None = None, names: bool = True,
         columns: Mapping[str, str] | None = None, empty: str | None = None, note: str | None = None,
         name: str | None = None, output_dir: str | Path | None = None) -> None:
    """Display one table in the report; with ``output_dir``, write it as CSV and register it.

    Parameters
    ----------
    data
        A frame or Series. Its index is dropped when it is only a row number,
        shown as the first column(s) otherwise.
    title
        The table's title, shown above it (required: a table without one is
        a table a reader must guess about).
    key
        Header for an unnamed index that carries labels (a Series' index).
    shares, n
        Share columns shown as ``82% (n = 104)``: a name or list of names with
        the count column ``n``, or a mapping share → count column.
    digits
        Decimals for numbers that are not whole (one for all, or per column).
    max_rows
        Rows shown; longer tables end with a sentence saying how many there
        are and linking the full CSV. ``None`` shows every row.
    members, names
        Member-code columns shown by name (:data:`MEMBER_COLUMNS` by default);
        ``names=False`` keeps the codes.
    columns
        Headers to show for some columns (``{"value": "agreement"}``).
    empty
        The sentence shown instead of a table without rows ("Russia and China
        never voted differently").
    note
        A sentence shown under the table.
    name
        The CSV's file name without ``.csv`` (default: from the title).
    output_dir
        The report's folder (each notebook's ``output_dir`` parameter). Empty
        or ``None``: nothing is written.

    Returns nothing (the table is displayed), so a cell does not show it twice.
    """
    from IPython.display import display

    rendered = _show(data, title, key=key, shares=shares, n=n, digits=digits, max_rows=max_rows,
                     members=members, names=names, columns=columns, empty=empty, note=note, name=name,
                     output_dir=output_dir)
    display({"text/html": rendered.html, "text/plain": rendered.text}, raw=True)


def _show(data: pd.DataFrame | pd.Series, title: str, *, name: str | None = None,
          output_dir: str | Path | None = None, key: str | None = None,
          members: Iterable[str] | None = None, **options: Any) -> Rendered:
    """:func:`show` without displaying: write and register the table, return what would show."""
    name = slug(name or title)
    file = None
    if output_dir:
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        where = str(folder.resolve())
        name = _unique_name(where, name, title)
        full = data_frame(data, key=key, members=members)
        file = f"{name}.csv"
        csv = _csv_frame(full)
        _atomic(folder / file, lambda p: csv.to_csv(p, index=False))
        _REGISTRY.setdefault(where, {})[name] = _Entry(name=name, title=str(title), file=file, frame=full)
    return render(data, title, key=key, members=members, file=file, name=name, **options)


def tables_for(output_dir: str | Path | None) -> Callable[..., None]:
    """:func:`show` bound to a report's ``output_dir``: ``show = tables_for(output_dir)``."""
    return partial(show, output_dir=output_dir or None)


def registered(output_dir: str | Path | None) -> list[dict[str, Any]]:
    """The tables written to ``output_dir`` so far: name, title, file, rows, columns."""
    if not output_dir:
        return []
    entries = _REGISTRY.get(str(Path(output_dir).resolve()), {})
    return [{"name": e.name, "title": e.title, "file": e.file, "rows": len(e.frame),
             "columns": list(e.frame.columns)} for e in entries.values()]


def _sheet_names(names: Iterable[str]) -> list[str]:
    """Excel sheet names: at most 31 characters, unique, none of ``[]:*?/\\``."""
    out: list[str] = ["contents"]
    for name in names:
        base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
        candidate, i = base, 2
        while candidate.lower() in {o.lower() for o in out}:
            suffix = f"_{i}"
            candidate, i = base[:31 - len(suffix)] + suffix, i + 1
        out.append(candidate)
    return out[1:]


def _excel_frame(frame: pd.DataFrame) -> pd.DataFrame:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = {}
    for col in frame.columns:
        s = frame[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            s = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
            if bool((s.dropna() == s.dropna().dt.normalize()).all()):
                s = s.dt.date.where(s.notna(), None)
        elif s.dtype == object or isinstance(s.dtype, pd.StringDtype):
            # A control character from a third-party value cannot go into a workbook;
            # the CSV keeps the value exactly as written.
            s = s.astype(object).where(s.notna(), None).map(
                lambda v: ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v)
        elif isinstance(s.dtype, pd.BooleanDtype | pd.Int64Dtype | pd.Float64Dtype):
            s = s.astype(object).where(s.notna(), None)
        out[col] = s
    return pd.DataFrame(out)


def write_workbook(output_dir: str | Path | None) -> Path | None:
    """Write every registered table of ``output_dir`` into one ``tables.xlsx``.

    The first sheet, ``contents``, lists each table's title, sheet, CSV file
    and rows. Nothing is written without an output folder or a table.
    """
    if not output_dir:
        return None
    folder = Path(output_dir)
    entries = list(_REGISTRY.get(str(folder.resolve()), {}).values())
    if not entries:
        return None
    sheets = _sheet_names(e.name for e in entries)
    contents = pd.DataFrame({"table": [e.title for e in entries], "sheet": sheets,
                             "csv": [e.file for e in entries], "rows": [len(e.frame) for e in entries]})

    def write(path: Path) -> None:
        with pd.ExcelWriter(path, engine="openpyxl", date_format="YYYY-MM-DD") as writer:
            contents.to_excel(writer, sheet_name="contents", index=False)
            for entry, sheet in zip(entries, sheets, strict=True):
                _excel_frame(entry.frame).to_excel(writer, sheet_name=sheet, index=False)

    path = folder / WORKBOOK
    _atomic(path, write)
    return path


def finish(output_dir: str | Path | None) -> dict[str, Any]:
    """Write the workbook and return the entries for ``results.json`` (``tables``, ``workbook``).

    Called by :func:`unsc.reports.write_results`; an empty dict without an
    output folder or a table.
    """
    listing = registered(output_dir)
    if not listing:
        return {}
    path = write_workbook(output_dir)
    return {"tables": listing, "workbook": path.name if path else None}

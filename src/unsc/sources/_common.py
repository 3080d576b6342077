"""What every reader needs: member identification, problem rows, unique keys.

Readers stay vectorised: per-value work (a member name, a symbol) is done once
per *distinct* value and mapped back, never once per row.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from unsc import members
from unsc.errors import DataFormatError
from unsc.model import PROBLEM_COLUMNS, Dataset, conform, empty_problems
from unsc.sources._symbols import map_unique


def problems(
    rule: str,
    severity: str,
    file: str | Path | Sequence | np.ndarray | pd.Series | None,
    row: Sequence | np.ndarray | pd.Series | int | None,
    decision_id: Sequence | np.ndarray | pd.Series | str | None,
    member: Sequence | np.ndarray | pd.Series | str | None,
    message: Sequence | np.ndarray | pd.Series | str,
) -> pd.DataFrame:
    """Problem rows (:data:`unsc.model.PROBLEM_COLUMNS`); scalars are broadcast."""
    def is_scalar(value: object) -> bool:
        return isinstance(value, str | Path) or not hasattr(value, "__len__")

    columns = {"rule": rule, "severity": severity, "file": file, "row": row,
               "decision_id": decision_id, "member": member, "message": message}
    lengths = {len(v) for v in columns.values() if not is_scalar(v)}
    if len(lengths) > 1:
        raise ValueError(f"problem columns of different lengths: {sorted(lengths)}")
    n = lengths.pop() if lengths else 1
    out = {}
    for name, value in columns.items():
        if isinstance(value, Path):
            value = str(value)
        if isinstance(value, pd.Series):
            value = value.astype(object).where(value.notna(), None).to_numpy()
        out[name] = (np.full(n, value, dtype=object) if is_scalar(value)
                     else np.asarray(value, dtype=object))
    frame = pd.DataFrame(out, columns=PROBLEM_COLUMNS)
    frame["row"] = pd.array(pd.to_numeric(frame["row"], errors="coerce"), dtype="Int64")
    return frame


def concat_problems(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """One problems frame from several (empty parts dropped)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return empty_problems()
    out = pd.concat(parts, ignore_index=True)
    out["row"] = out["row"].astype("Int64")
    return out


def identify_members(
    file: Path,
    lines: np.ndarray | pd.Series,
    *,
    codes: pd.Series | None = None,
    names: pd.Series | None = None,
    alpha2: bool = False,
    code_column: str = "code",
) -> tuple[pd.Categorical, pd.DataFrame]:
    """Member codes for the rows of a source, and what could not be read cleanly.

    Each row is identified by its code when the code is known (ISO alpha-3,
    or alpha-2 with ``alpha2=True``, current or historic), else by its name
    (:func:`unsc.members.code_for`: UN names and curated aliases). A row that
    neither identifies keeps its code (or, without one, its name) as written,
    so it is never lost nor turned into a missing value; the
    ``unknown_member`` rule of :func:`unsc.validate` then reports every such
    row. A row identified by name although it had a code is reported here,
    once per code and name, as ``member_by_name`` (info).

    Returns
    -------
    member
        Categorical, one per row, never missing.
    problems
        The ``member_by_name`` rows.
    """
    n = len(codes) if codes is not None else len(names)
    # One key per distinct (code, name) pair, from two cheap factorizations;
    # text is cleaned once per distinct value, not once per row.
    def factorize(values: pd.Series | None) -> tuple[np.ndarray, np.ndarray]:
        if values is None:
            return np.zeros(n, dtype=np.int64), np.asarray([""], dtype=object)
        idx, uniq = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=False)
        clean = np.asarray([v.strip() if isinstance(v, str) else "" for v in uniq],
                           dtype=object)
        return idx, clean

    code_i, code_u = factorize(codes)
    name_i, name_u = factorize(names)
    key = code_i.astype(np.int64) * max(len(name_u), 1) + name_i
    _, first, group, counts = np.unique(key, return_index=True, return_inverse=True,
                                        return_counts=True)
    uniq = pd.DataFrame({"code": code_u[code_i[first]], "name": name_u[name_i[first]]})
    known = set(members.table().member.astype(str))
    resolved, how = [], []
    for c, nm in zip(uniq.code, uniq.name, strict=True):
        by_code = (members.alpha2_to_alpha3(c) if alpha2 else c.upper()) if c else None
        if by_code in known:
            resolved.append(by_code)
            how.append("code")
            continue
        by_name = members.code_for(nm) if nm else None
        if by_name:
            resolved.append(by_name)
            how.append("name")
        else:
            resolved.append(c or nm or "?")
            how.append("unknown")
    resolved_arr = np.asarray(resolved, dtype=object)
    categories, cat_of_pair = np.unique(resolved_arr, return_inverse=True)
    member = pd.Categorical.from_codes(cat_of_pair[group], categories=categories)
    how_arr = np.asarray(how)
    flagged = np.flatnonzero((how_arr == "name") & (uniq.code.to_numpy() != ""))
    empty_code = np.flatnonzero((how_arr == "name") & (uniq.code.to_numpy() == "")
                                & (codes is not None))
    line_arr = np.asarray(lines)
    msgs = [f"{code_column} {uniq.code[i]!r} is not a known code; identified by its name "
            f"{uniq.name[i]!r} as {resolved[i]} ({counts[i]} rows)" for i in flagged]
    msgs += [f"{code_column} is empty; identified by its name {uniq.name[i]!r} as "
             f"{resolved[i]} ({counts[i]} rows)" for i in empty_code]
    idx = np.concatenate([flagged, empty_code]).astype(int)
    found = problems("member_by_name", "info", file, line_arr[first[idx]], None,
                     resolved_arr[idx], msgs) if len(idx) else empty_problems()
    return member, found


#: The keys readers append to keep ``decision_id`` unique (:func:`unique_ids`):
#: ``" (ID 1713)"`` (sc-drafts), ``" (line 7)"`` (veto list, HRC), ``" (undl 9)"``
#: (UN Library), ``" (rcid 5678)"`` (unvotes).
SUFFIX_LABELS = ("ID", "line", "undl", "rcid")
#: A reader's suffix at the end of a ``decision_id``.
KEY_SUFFIX = r" \((?:" + "|".join(SUFFIX_LABELS) + r") \d+\)$"


def unique_ids(base: pd.Series, key: pd.Series, label: str,
               preferred: pd.Series | None = None) -> pd.Series:
    """Make ``decision_id`` unique per roll call.

    Where several roll calls share ``base`` (votes on amendments and
    paragraphs of one resolution), each gets a suffix naming its own key in
    the source, ``"A/RES/66/253 (rcid 5678)"``; if exactly one of them is
    ``preferred`` (the vote on the text as a whole) it keeps the plain symbol.
    """
    base = base.astype("string")
    dup = base.duplicated(keep=False).to_numpy()
    if not dup.any():
        return base
    keep_plain = np.zeros(len(base), dtype=bool)
    if preferred is not None:
        pref = preferred.to_numpy(dtype=bool) & dup
        n_pref = pd.Series(pref).groupby(base.to_numpy()).transform("sum").to_numpy()
        keep_plain = pref & (n_pref == 1)
    if label not in SUFFIX_LABELS:
        raise ValueError(f"unknown suffix label {label!r}; add it to SUFFIX_LABELS")
    suffixed = base + f" ({label} " + key.astype(str).to_numpy() + ")"
    return base.where(~dup | keep_plain, suffixed)


def library_keys(path: Path, dec: pd.DataFrame, parse: Callable[[str], object], form: str,
                 found: list[pd.DataFrame]) -> tuple[pd.Series, pd.Series]:
    """Decision keys for the Library's voting files, one per ``undl_id``.

    ``dec`` holds one row per record (``resolution``, ``undl_id``, ``line``).
    A symbol that ``parse`` cannot read is kept as written, and a symbol found
    under several records keeps a suffixed key per record; both are appended
    to ``found`` as problems.

    Returns
    -------
    symbol, decision_id
        The canonical symbols (missing where unreadable) and the unique keys.
    """
    symbol = map_unique(dec["resolution"], parse)
    bad = symbol.isna().to_numpy()
    if bad.any():
        found.append(problems(
            "malformed_symbol", "warning", path, dec.line[bad], None, None,
            (f"resolution is not {form}, kept as written: " + dec["resolution"][bad]).to_numpy()))
    base = symbol.fillna(dec["resolution"])
    decision_id = unique_ids(base, dec["undl_id"], "undl")
    dup = base.duplicated(keep=False).to_numpy()
    if dup.any():
        found.append(problems(
            "duplicate_roll_call", "error", path, dec.line[dup], decision_id[dup], None,
            (base[dup] + " appears under several undl_id").to_numpy()))
    return symbol, decision_id


def dataset(decisions: pd.DataFrame, votes: pd.DataFrame, problems_frame: pd.DataFrame,
            origin: str, source_is_subject: bool = True) -> Dataset:
    """Conform the tables and wrap them with the members table.

    A problem that names a file and row but no decision gets the decision
    read from that row, so every problem says which decision it is about.
    The reader gives its own label as ``source_topic``; the normalised
    ``topic`` is derived here, the same way for every reader
    (:func:`unsc.topics.derive`; ``source_is_subject=False`` for a source
    whose label is a category, used only where the title names nothing).
    """
    decisions = with_topic(decisions, source_is_subject)
    problems_frame = problems_frame.copy()
    missing = problems_frame.decision_id.isna() & problems_frame.row.notna()
    if missing.any():
        wanted = problems_frame.row[missing].astype("Int64").unique()
        parts = []
        for t in (decisions, votes):
            if "file" in t.columns and "line" in t.columns:
                t = t[t["line"].isin(wanted).to_numpy(dtype=bool)]  # a few rows of many
                parts.append(pd.DataFrame({"file": t["file"].astype(str),
                                           "row": t["line"].astype("Int64"),
                                           "id": t["decision_id"].astype(str)}))
        where = pd.concat(parts).drop_duplicates(["file", "row"])
        key = pd.MultiIndex.from_frame(where[["file", "row"]])
        ids = pd.Series(where["id"].to_numpy(), index=key)
        look = pd.MultiIndex.from_arrays([problems_frame.file[missing].astype(str),
                                          problems_frame.row[missing].astype("Int64")])
        problems_frame.loc[missing, "decision_id"] = ids.reindex(look).to_numpy()
    problems_frame = problems_frame.sort_values(["file", "row"], na_position="first",
                                                kind="stable").reset_index(drop=True)
    votes = conform(votes, "votes")
    return Dataset(decisions=conform(decisions, "decisions"), votes=votes,
                   members=members.table(), origin=origin, problems=problems_frame)


def with_topic(decisions: pd.DataFrame, source_is_subject: bool = True) -> pd.DataFrame:
    """``decisions`` with ``topic`` derived from ``source_topic`` and ``title``."""
    from unsc.topics import derive

    source = decisions["source_topic"] if "source_topic" in decisions.columns else \
        pd.Series(pd.NA, index=decisions.index, dtype="string")
    title = decisions["title"] if "title" in decisions.columns else \
        pd.Series(pd.NA, index=decisions.index, dtype="string")
    return decisions.assign(topic=derive(source, title, source_is_subject).to_numpy())


def header(path: Path) -> list[str]:
    """The column names on the first line of a (possibly gzipped) CSV file."""
    try:
        with path.open("rb") as fh:
            start = fh.read(2)
        opener = gzip.open if start == b"\x1f\x8b" else open
        with opener(path, "rt", encoding="utf-8-sig", errors="replace") as fh:
            line = fh.readline(1 << 20)  # a header, not a whole file on one line
            while line and not line.strip(" \t\r\n\ufeff"):  # blank lines before it
                line = fh.readline(1 << 20)
    except IsADirectoryError:
        raise DataFormatError(path, "is a folder, not a file") from None
    except PermissionError:
        raise DataFormatError(path, "cannot be read: permission denied") from None
    except EOFError:
        raise DataFormatError(path, "truncated gzip data: the file ends before the "
                              "compressed stream does") from None
    except (OSError, zlib.error) as exc:
        raise DataFormatError(path, f"cannot be read: {exc}") from None
    if not line.strip(" \t\r\n\ufeff"):
        raise DataFormatError(path, "the file is empty")
    return [c.strip().strip('"').lstrip("\ufeff") for c in line.rstrip("\r\n").split(",")]


def first_existing(folder: Path, names: Iterable[str]) -> Path | None:
    """The first of ``names`` present in ``folder``."""
    for name in names:
        if (folder / name).is_file():
            return folder / name
    return None

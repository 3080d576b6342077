"""Fuzz the readers: mutated real-format inputs either read or raise a DataFormatError.

Each reader starts from its small valid fixture (``tests/fixtures``) and gets
inputs mutated at random (bytes, truncation, columns, rows, quoting,
encodings, huge and extreme values, gzip damage). The property: the only
exception that escapes is :class:`~unsc.errors.DataFormatError`, naming the
file (or folder) read; an accepted input survives :func:`unsc.validate`; no
input takes over 10 s.

Bounded for the normal suite (a few dozen inputs per reader, derandomised);
``UNSC_FUZZ=long`` tries 1,000 inputs per reader (``make fuzz``). The counts
(tried, accepted, rejected, crashes) are printed at the end and written to
``fuzz_readers_summary.json`` in the pytest temporary folder, or to the file
named by ``UNSC_FUZZ_SUMMARY``.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import unsc
from unsc import sources
from unsc.errors import DataFormatError

FIXTURES = Path(__file__).parent / "fixtures"
LONG = os.environ.get("UNSC_FUZZ") == "long"
EXAMPLES = int(os.environ.get("UNSC_FUZZ_EXAMPLES", 1000 if LONG else 50))
#: Seconds any one input may take (read and validate).
LIMIT = 10.0

#: format → (the fixture files, the file that is the reader's path or None for the folder).
READERS: dict[str, tuple[list[Path], Path | None]] = {
    "vetoes": ([FIXTURES / "vetoes" / "vetoes_small.csv"], FIXTURES / "vetoes" / "vetoes_small.csv"),
    "sc-drafts": ([FIXTURES / "sc_drafts" / "sc_drafts_small.csv"],
                  FIXTURES / "sc_drafts" / "sc_drafts_small.csv"),
    "undl-sc": ([FIXTURES / "undl_sc" / "sc_voting_small.csv"],
                FIXTURES / "undl_sc" / "sc_voting_small.csv"),
    "undl-ga": ([FIXTURES / "undl_ga" / "ga_voting_2025.csv"],
                FIXTURES / "undl_ga" / "ga_voting_2025.csv"),
    "undl-ga-2024": ([FIXTURES / "undl_ga" / "ga_voting_2024.csv"],
                     FIXTURES / "undl_ga" / "ga_voting_2024.csv"),
    "hrc": (sorted((FIXTURES / "hrc").glob("*.csv")), None),
    "unvotes": (sorted((FIXTURES / "unvotes").glob("*.csv")), None),
}

EXTREME = [
    "", " ", "0", "-1", "1.5", "66.0", "9223372036854775807", "9223372036854775808",
    "-9223372036854775809", "99999999999999999999999", "1e308", "1e400", "nan", "NaN", "inf",
    "-inf", "NA", "None", "null", "0001-01-01", "9999-12-31", "1677-09-21", "2262-04-12",
    "2011-02-30", "13/45/2011", "2/30/2011", "1/1/0001", "12/31/9999", "\x00", "\x07", "\ufeff",
    "\u202e", "é", "💥", '"', '""', "\n", "\r", ",", "S/RES/1973(2011)", "S/2012/77",
    "A/RES/66/253", "A/HRC/RES/S-19/1", "R/66/253", "Rusia", "Germany", "USSR", "China",
    "XX", "CHN", "NO_VOTE", "Y", "X", "Adopted unanimously", "Not adopted - veto", "True",
    "False", "1", "yes", "S/PV.23",
]

COUNTS: dict[str, dict[str, int]] = {}


def _count(fmt: str, what: str) -> None:
    COUNTS.setdefault(fmt, {"tried": 0, "accepted": 0, "rejected": 0, "crashes": 0,
                            "slowest_s": 0})
    COUNTS[fmt][what] += 1


@pytest.fixture(scope="module", autouse=True)
def _summary(tmp_path_factory):
    yield
    total = {k: sum(c[k] for c in COUNTS.values()) for k in ("tried", "accepted", "rejected",
                                                              "crashes")}
    summary = {"mode": "long" if LONG else "bounded", "per_reader": COUNTS, "total": total}
    target = os.environ.get("UNSC_FUZZ_SUMMARY") or str(
        tmp_path_factory.getbasetemp() / "fuzz_readers_summary.json")
    Path(target).write_text(json.dumps(summary, indent=2))
    print(f"\nfuzz readers ({summary['mode']}): {json.dumps(total)}; summary in {target}",
          file=sys.__stderr__)


# -- mutations --------------------------------------------------------------------------
def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _mutate(data: bytes, draw) -> tuple[bytes, bool]:
    """One mutation of ``data``; the flag says whether to gzip the result."""
    kind = draw(st.sampled_from([
        "flip", "insert", "delete", "truncate", "drop_column", "rename_column", "dup_column",
        "dup_row", "drop_row", "blank_lines", "swap_rows", "quote", "multiline", "value",
        "huge", "utf16", "latin1", "bom", "crlf", "lone_cr", "gzip", "gzip_damage",
        "extra_field", "short_row", "header_only", "empty", "nul",
    ]))
    n = max(len(data), 1)
    lines = _lines(data)
    header = lines[0].split(b",")
    if kind == "flip":
        b = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, n - 1))
            if b:
                b[i] = draw(st.integers(0, 255))
        return bytes(b), False
    if kind == "insert":
        i = draw(st.integers(0, n))
        return data[:i] + draw(st.binary(min_size=1, max_size=16)) + data[i:], False
    if kind == "delete":
        i = draw(st.integers(0, n - 1))
        return data[:i] + data[i + draw(st.integers(1, 40)):], False
    if kind == "truncate":
        return data[: draw(st.integers(0, n))], False
    if kind in ("drop_column", "rename_column", "dup_column"):
        j = draw(st.integers(0, len(header) - 1))
        if kind == "drop_column":
            lines = [b",".join(f for k, f in enumerate(line.split(b",")) if k != j)
                     for line in lines]
        elif kind == "rename_column":
            header[j] = draw(st.sampled_from([b"", b"x", b"Russia", b"rcid", b"name", b"ID",
                                              header[j].upper(), header[j] + b" "]))
            lines[0] = b",".join(header)
        else:
            header[(j + 1) % len(header)] = header[j]
            lines[0] = b",".join(header)
        return b"\n".join(lines), False
    body = [i for i in range(1, len(lines)) if lines[i].strip()]
    if kind in ("dup_row", "drop_row", "swap_rows", "extra_field", "short_row") and body:
        i = draw(st.sampled_from(body))
        if kind == "dup_row":
            lines.insert(i, lines[i])
        elif kind == "drop_row":
            del lines[i]
        elif kind == "swap_rows":
            k = draw(st.sampled_from(body))
            lines[i], lines[k] = lines[k], lines[i]
        elif kind == "extra_field":
            lines[i] += b",extra"
        else:
            lines[i] = lines[i].rsplit(b",", 1)[0]
        return b"\n".join(lines), False
    if kind == "blank_lines":
        for _ in range(draw(st.integers(1, 4))):
            lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from([b"", b"  ",
                                                                                 b"\t"])))
        return b"\n".join(lines), False
    if kind in ("quote", "multiline", "value", "huge", "nul") and body:
        i = draw(st.sampled_from(body))
        fields = lines[i].split(b",")
        j = draw(st.integers(0, len(fields) - 1))
        if kind == "quote":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + b'"' + lines[i][k:]
            return b"\n".join(lines), False
        if kind == "multiline":
            fields[j] = b'"' + fields[j].replace(b'"', b'""') + b'\nmore\r\ntext"'
        elif kind == "value":
            fields[j] = _quoted(draw(st.sampled_from(EXTREME)))
        elif kind == "nul":
            fields[j] = fields[j][:1] + b"\x00" + fields[j][1:]
        else:
            size = draw(st.sampled_from([10_000, 200_000] + ([1_500_000] if LONG else [])))
            fields[j] = _quoted(draw(st.sampled_from(["x", "S/RES/1(2011) ", "\u00e9", '"',
                                                      "1"])) * (size // 10))
        lines[i] = b",".join(fields)
        return b"\n".join(lines), False
    if kind == "utf16":
        return data.decode("utf-8").encode(draw(st.sampled_from(["utf-16", "utf-16-le"]))), False
    if kind == "latin1":
        return data.replace(b"a", b"\xe9", 1), False
    if kind == "bom":
        return b"\xef\xbb\xbf" * draw(st.integers(1, 3)) + data, False
    if kind == "crlf":
        return data.replace(b"\n", b"\r\n"), False
    if kind == "lone_cr":
        return data.replace(b"\n", b"\r"), False
    if kind == "gzip":
        return data, True
    if kind == "gzip_damage":
        packed = bytearray(gzip.compress(data))
        if draw(st.booleans()):
            packed = packed[: draw(st.integers(2, len(packed) - 1))]
        else:
            i = draw(st.integers(10, len(packed) - 1))
            packed[i] ^= draw(st.integers(1, 255))
        return bytes(packed), False  # already gzip bytes
    if kind == "header_only":
        return lines[0] + b"\n", False
    if kind == "empty":
        return draw(st.sampled_from([b"", b"\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf" * 3, b"  \n"])), False
    return data, False


def _quoted(value: str) -> bytes:
    raw = value.encode("utf-8")
    if any(c in value for c in ',"\n\r'):
        return b'"' + raw.replace(b'"', b'""') + b'"'
    return raw


def _run(fmt: str, data) -> None:
    files, path = READERS[fmt]
    reader_format = "undl-ga" if fmt == "undl-ga-2024" else fmt
    work = Path(os.environ["UNSC_FUZZ_WORK"]) / fmt
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    target = data.draw(st.sampled_from(files))
    for f in files:
        shutil.copy(f, work / f.name)
    mutated, compress = _mutate(target.read_bytes(), data.draw)
    out = work / target.name
    if compress or mutated[:2] == b"\x1f\x8b":
        out.unlink()
        out = work / (target.name + ".gz")
        if fmt in ("hrc",):  # the HRC tables have no gzipped names: keep the plain one
            out = work / target.name
        out.write_bytes(mutated if mutated[:2] == b"\x1f\x8b" else gzip.compress(mutated))
    else:
        out.write_bytes(mutated)
    read_path = work if path is None else out
    _count(fmt, "tried")
    start = time.perf_counter()
    try:
        ds = sources.read(read_path, reader_format)
        unsc.validate(ds)
    except DataFormatError as exc:
        _count(fmt, "rejected")
        assert exc.path.startswith(str(work)), f"the error does not name the file: {exc}"
    except Exception:
        _count(fmt, "crashes")
        raise
    else:
        _count(fmt, "accepted")
    took = time.perf_counter() - start
    COUNTS[fmt]["slowest_s"] = max(COUNTS[fmt]["slowest_s"], round(took, 2))
    assert took < LIMIT, f"{fmt}: one input took {took:.1f} s"


FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not LONG,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def _work(tmp_path, monkeypatch):
    monkeypatch.setenv("UNSC_FUZZ_WORK", str(tmp_path))


@pytest.mark.parametrize("fmt", list(READERS))
@FUZZ
@given(data=st.data())
def test_only_data_format_errors_escape(fmt, data):
    _run(fmt, data)

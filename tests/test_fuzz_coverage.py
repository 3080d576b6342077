"""Fuzzing the article reader and ``analyse``: only ``DataFormatError`` may escape.

Starting from the small article fixtures (Markdown, front matter, plain text,
HTML) the inputs are mutated: bytes flipped, inserted or deleted, the file
truncated, lines duplicated, swapped or dropped, quotation marks and dashes
added, control characters, other encodings (UTF-16, latin-1, a BOM), huge
lines, extreme dates (years 1 to 9999, impossible days) and random text.
Every input is read and analysed against the embedded record; an accepted one
must give tables with their schema and survive a second analysis unchanged.

Bounded to about 20 s by default; ``UNSC_FUZZ=long`` runs 1,000 inputs. The
figures (inputs tried, accepted, rejected, crashes) are printed at the end
(``pytest -s``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import unsc
from unsc import coverage
from unsc.coverage import MENTION_COLUMNS
from unsc.errors import DataFormatError
from unsc.model import STATEMENT_COLUMNS

LONG = os.environ.get("UNSC_FUZZ") == "long"
EXAMPLES = 1000 if LONG else 150
DEADLINE_S = 10.0
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEEDS = {p.name: p.read_bytes() for p in sorted(FIXTURES.iterdir())
         if p.suffix in (".md", ".txt", ".html") and p.name != "README.md"}
FIGURES = {"tried": 0, "accepted": 0, "rejected": 0, "crashes": 0, "slowest_s": 0.0}

_LINES = [
    b"June 45, 2012", b"February 30, 2011", b"January 1, 0001", b"December 31, 9999",
    b"Published: 1000-06-01", b"---", b"date: 2263-01-01", b"# ", b"**", b"<html><p>",
    b"Russia, China and Cuba voted against, while India abstained.",
    b"The council voted 13-2-0 on Friday to adopt resolution 2042.",
    b'"We will veto it," he said.', b"Original url:", b"<https://", b"\x00", b"\xff\xfe",
    b"\"" * 50, b"\xe2\x80\x9c" * 30, b"-- " * 40, b"vetoed " * 200, b"a" * 20000,
]


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "line", "dup",
                                     "drop", "encode", "random"]))
        if kind == "flip" and data:
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        elif kind == "insert":
            i = draw(st.integers(0, len(data)))
            data[i:i] = draw(st.binary(max_size=40))
        elif kind == "delete" and data:
            i = draw(st.integers(0, len(data) - 1))
            del data[i : i + draw(st.integers(1, 200))]
        elif kind == "truncate":
            del data[draw(st.integers(0, len(data))):]
        elif kind in ("line", "dup", "drop"):
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, max(0, len(lines) - 1)))
            if kind == "line":
                lines.insert(i, draw(st.sampled_from(_LINES)))
            elif kind == "dup" and lines:
                lines[i:i] = [lines[i]] * draw(st.integers(1, 30))
            elif lines:
                del lines[i]
            data = bytearray(b"\n".join(lines))
        elif kind == "encode":
            text = bytes(data).decode("utf-8", errors="replace")
            enc = draw(st.sampled_from(["utf-16", "latin-1", "utf-8-sig", "cp1252"]))
            data = bytearray(text.encode(enc, errors="replace"))
        else:
            data = bytearray(draw(st.text(max_size=300)).encode("utf-8"))
    return name, bytes(data)


@pytest.fixture(scope="module")
def record():
    return unsc.load("embedded")


@settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(case=mutated())
def test_reader_and_analyse_raise_only_data_format_errors(tmp_path_factory, record, case):
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    FIGURES["tried"] += 1
    start = time.perf_counter()
    try:
        cov = coverage.analyse(path, record)
    except DataFormatError as exc:
        FIGURES["rejected"] += 1
        assert exc.path == str(path), exc  # the error names the file
        elapsed = time.perf_counter() - start
        assert elapsed < DEADLINE_S, f"{elapsed:.1f} s to refuse {len(data)} bytes"
        return
    except Exception:
        FIGURES["crashes"] += 1
        raise
    finally:
        elapsed = time.perf_counter() - start
        FIGURES["slowest_s"] = max(FIGURES["slowest_s"], elapsed)
    assert elapsed < DEADLINE_S, f"{elapsed:.1f} s on {len(data)} bytes"
    FIGURES["accepted"] += 1
    assert len(cov.articles) == 1 and cov.articles.date.notna().all()
    assert list(cov.mentions.columns) == list(MENTION_COLUMNS)
    assert set(STATEMENT_COLUMNS) <= set(cov.statements.columns)
    assert set(cov.mentions.status.dropna()) <= {"linked", "unlinked", "unverifiable"}
    assert set(cov.checks.status) <= {"agrees", "contradicts", "incomplete", "unverifiable"}
    # what was accepted reads the same again
    again = coverage.analyse(path, record)
    assert again.mentions.equals(cov.mentions)


def test_fuzz_figures():
    """The figures of the run above (run after it: tests run in file order)."""
    print(f"\ncoverage fuzz ({'long' if LONG else 'short'}): tried {FIGURES['tried']}, accepted "
          f"{FIGURES['accepted']}, rejected {FIGURES['rejected']}, crashes {FIGURES['crashes']}, "
          f"slowest {FIGURES['slowest_s']:.2f} s")
    if FIGURES["tried"]:
        assert FIGURES["crashes"] == 0
        assert FIGURES["accepted"] + FIGURES["rejected"] == FIGURES["tried"]

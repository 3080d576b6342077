"""Malformed input raises one error naming the file, the line, the column and the value."""

import shutil

import pytest

from unsc.errors import DataFormatError
from unsc.sources import curated


@pytest.fixture
def record(tmp_path, fixtures):
    folder = tmp_path / "curated"
    shutil.copytree(fixtures / "curated_small", folder)
    return folder


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bad_date_names_file_line_column_value(record):
    _edit(record / "decisions.csv", "2012-02-04", "2012-02-31")
    with pytest.raises(DataFormatError) as err:
        curated.read(record)
    e = err.value
    assert e.path.endswith("decisions.csv") and e.line == 3 and e.column == "date"
    assert e.value == "2012-02-31"
    assert "decisions.csv, line 3, column 'date'" in str(e) and "2012-02-31" in str(e)


def test_unknown_body(record):
    _edit(record / "decisions.csv", ",SC,2012-02-04", ",UNSC,2012-02-04")
    with pytest.raises(DataFormatError, match=r"line 3, column 'body'.*'UNSC'"):
        curated.read(record)


def test_unknown_vote_code(record):
    _edit(record / "votes.csv", "S/2012/77,CHN,no", "S/2012/77,CHN,veto")
    with pytest.raises(DataFormatError, match=r"votes.csv, line \d+, column 'vote'.*'veto'"):
        curated.read(record)


def test_missing_column(record):
    text = (record / "votes.csv").read_text().replace("decision_id,member,vote", "decision,member,vote")
    (record / "votes.csv").write_text(text)
    with pytest.raises(DataFormatError, match=r"votes.csv, line 1: missing column\(s\) \['decision_id'\]"):
        curated.read(record)


def test_bad_encoding_names_line(record):
    raw = (record / "decisions.csv").read_bytes().replace(b"Syria: support", b"Syria: \xe9support")
    (record / "decisions.csv").write_bytes(raw)
    with pytest.raises(DataFormatError, match=r"decisions.csv, line 3: not valid utf-8"):
        curated.read(record)


def test_bad_number_and_empty_required(record):
    _edit(record / "decisions.csv", ",13,2,0,0", ",13,two,0,0")
    with pytest.raises(DataFormatError, match=r"line 3, column 'no'.*whole number.*'two'"):
        curated.read(record)


def test_empty_file(record):
    (record / "votes.csv").write_text("")
    with pytest.raises(DataFormatError, match="votes.csv: the file is empty"):
        curated.read(record)


def test_missing_file(record):
    (record / "votes.csv").unlink()
    with pytest.raises(DataFormatError, match="votes.csv: file not found"):
        curated.read(record)

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


def _truncate_row(path, row: int, keep: int) -> str:
    """Cut data row ``row`` (1 = the first after the header) to its first ``keep`` fields."""
    import csv
    import io

    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = next(csv.reader(io.StringIO(lines[row])))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(fields[:keep])
    lines[row] = out.getvalue()
    path.write_text("".join(lines), encoding="utf-8")
    return fields[keep - 1]


def test_short_row_names_line_and_field_counts(tmp_path, fixtures):
    """A row with fewer fields than the header is named as such, not as an empty value."""
    from unsc.sources import undl_sc

    path = tmp_path / "sc_voting.csv"
    shutil.copy(fixtures / "undl_sc" / "sc_voting_small.csv", path)
    _truncate_row(path, 3, 17)
    with pytest.raises(DataFormatError) as err:
        undl_sc.read(path)  # reads some columns only (usecols): the count is still exact
    e = err.value
    assert (e.line, e.column) == (4, None)
    assert "line 4: the row has 17 fields; the header has 20" in str(e)
    assert "required value is empty" not in str(e)


def test_short_row_after_a_blank_line(record):
    path = record / "votes.csv"
    path.write_text(path.read_text().replace("\n", "\n\n", 1))  # line 2 is blank
    _truncate_row(path, 4, 2)                                  # the row on line 5
    with pytest.raises(DataFormatError, match=r"votes.csv, line 5: the row has 2 fields; "
                                              r"the header has 3"):
        curated.read(record)


def test_empty_trailing_field_is_not_a_short_row(record):
    path = record / "decisions.csv"
    assert path.read_text().splitlines()[0].endswith(",absent")
    _edit(path, ",10,0,5,0\n", ",10,0,5,\n")  # an empty last field: a value, not a missing one
    ds = curated.read(record)
    assert ds.decisions.set_index("decision_id").absent.isna().sum() == 1

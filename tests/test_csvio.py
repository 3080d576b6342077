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
    with pytest.raises(DataFormatError, match=r"decisions.csv, line 3, column .title.: not valid utf-8"):
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


# -- physical lines (issue 9) ------------------------------------------------------------
from unsc.csvio import Col, read_csv  # noqa: E402

SPEC = {"id": Col("int", required=True), "text": Col()}


def _lines_of(tmp_path, content: bytes, name: str = "t.csv", **kw) -> list[int]:
    path = tmp_path / name
    path.write_bytes(content)
    return read_csv(path, SPEC, **kw)["line"].tolist()


def test_lines_count_blank_lines_and_lines_inside_quoted_fields(tmp_path):
    content = (b"id,text\n"                 # 1
               b"1,plain\n"                 # 2
               b"\n"                        # 3 blank
               b"  \t\n"                    # 4 spaces and a tab: blank too
               b'2,"two\nlines"\n'          # 5-6
               b'3,"three\r\nlines\nhere"\n'  # 7-9
               b"4,after\n")                # 10
    assert _lines_of(tmp_path, content) == [2, 5, 7, 10]


def test_lines_of_a_gzipped_file_are_lines_of_the_text(tmp_path):
    import gzip

    content = b'id,text\n\n1,"a\nb"\n2,c\n'
    assert _lines_of(tmp_path, gzip.compress(content), "t.csv.gz") == [3, 5]


def test_lines_with_crlf_and_lone_cr(tmp_path):
    assert _lines_of(tmp_path, b"id,text\r\n1,a\r\n\r\n2,b\r\n") == [2, 4]
    assert _lines_of(tmp_path, b"id,text\r1,a\r\r2,b\r") == [2, 4]


def test_lines_with_a_stray_quote_in_a_field(tmp_path):
    """A quote mid-field is text (the slow path): the lines still count every line."""
    assert _lines_of(tmp_path, b'id,text\n1,5" screen\n\n2,"x\ny"\n') == [2, 4]


def test_lines_before_the_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"\n\nid,txt\n1,a\n")
    with pytest.raises(DataFormatError, match=r"t.csv, line 3: missing column\(s\) \['text'\]"):
        read_csv(path, SPEC)


def test_extra_field_is_relocated_to_its_physical_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,"a\nb"\n\n2,b,extra\n')
    with pytest.raises(DataFormatError) as err:
        read_csv(path, SPEC)
    e = err.value
    assert e.line == 5 and "the row has 3 fields; the header has 2" in str(e)
    assert e.value == "2,b,extra"


def test_extra_field_on_the_first_row_is_not_an_index(tmp_path):
    """pandas would make the first column an index and shift every value: an error here."""
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n1,a,b\n2,c\n")
    with pytest.raises(DataFormatError, match=r"line 2: the row has 3 fields; the header has 2"):
        read_csv(path, SPEC)


def test_unclosed_quote_names_the_line_column_and_value(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,a\n\n2,"never closed\nand on\n')
    with pytest.raises(DataFormatError) as err:
        read_csv(path, SPEC)
    e = err.value
    assert e.line == 4 and "never closed" in e.problem and e.value.startswith('"never closed')


def test_unclosed_quote_after_a_stray_quote(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,5" x\n2,"open\n')
    with pytest.raises(DataFormatError, match=r"line 3: a quoted field is never closed"):
        read_csv(path, SPEC)


# -- malformed input: every case a DataFormatError naming file, line, column, value --------
def test_integer_of_2_63_or_more_is_an_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n9223372036854775807,a\n9223372036854775808,b\n")
    with pytest.raises(DataFormatError) as err:
        read_csv(path, SPEC)
    e = err.value
    assert (e.line, e.column, e.value) == (3, "id", "9223372036854775808")
    assert "too large" in e.problem
    path.write_bytes(b"id,text\n9223372036854775807,a\n-9223372036854775808,b\n66.0,c\n")
    assert read_csv(path, SPEC)["id"].tolist() == [2**63 - 1, -(2**63), 66]  # exact


def test_float_too_large_for_an_integer_is_an_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n1e20,a\n")
    with pytest.raises(DataFormatError, match=r"line 2, column 'id': a whole number too large"):
        read_csv(path, SPEC)


def test_date_the_model_cannot_hold_is_an_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,date\n1,2011-03-17\n2,3011-03-17\n")
    with pytest.raises(DataFormatError) as err:
        read_csv(path, {"id": Col("int"), "date": Col("date")})
    assert (err.value.line, err.value.column, err.value.value) == (3, "date", "3011-03-17")
    assert "outside the range" in err.value.problem


@pytest.mark.parametrize("damage, message", [
    (lambda b: b[:-12], "truncated gzip data"),
    (lambda b: b[:12] + bytes(x ^ 0x55 for x in b[12:24]) + b[24:], "corrupt gzip data"),
])
def test_corrupt_or_truncated_gzip(tmp_path, damage, message):
    import gzip

    path = tmp_path / "t.csv.gz"
    path.write_bytes(damage(gzip.compress(b"id,text\n" + b"1,abcdefgh\n" * 50)))
    with pytest.raises(DataFormatError, match=message) as err:
        read_csv(path, SPEC)
    assert err.value.path == str(path)


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "t.csv").mkdir()
    with pytest.raises(DataFormatError, match=r"t.csv: is a folder, not a file"):
        read_csv(tmp_path / "t.csv", SPEC)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n1,a\n")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", denied)
    with pytest.raises(DataFormatError, match=r"t.csv: cannot be read: permission denied"):
        read_csv(path, SPEC)


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\n \n", "the file is empty"),
    (b"\xef\xbb\xbf\xef\xbb\xbf\xef\xbb\xbf", r"the file is empty \(it holds only byte-order marks\)"),
])
def test_empty_file_says_so(tmp_path, content, message):
    path = tmp_path / "t.csv"
    path.write_bytes(content)
    with pytest.raises(DataFormatError, match=message):
        read_csv(path, SPEC)


def test_header_only(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n")
    with pytest.raises(DataFormatError, match=r"t.csv, line 1: header only: the file has no rows"):
        read_csv(path, SPEC)
    assert len(read_csv(path, SPEC, allow_empty=True)) == 0  # an optional table may be empty


@pytest.mark.parametrize("encoding, message", [
    ("utf-16", "UTF-16 text \\(it starts with a UTF-16 byte-order mark\\); save it as UTF-8"),
    ("utf-16-le", "looks like UTF-16 text"),
])
def test_utf16_gets_a_hint(tmp_path, encoding, message):
    path = tmp_path / "t.csv"
    path.write_text("id,text\n1,Côte d'Ivoire\n2,b\n", encoding=encoding)
    with pytest.raises(DataFormatError, match=message):
        read_csv(path, SPEC)


def test_latin1_gets_a_hint_with_line_and_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("id,text\n1,a\n2,Côte d'Ivoire\n".encode("latin-1"))
    with pytest.raises(DataFormatError) as err:
        read_csv(path, SPEC)
    e = err.value
    assert (e.line, e.column) == (3, "text") and "latin-1" in e.problem and "UTF-8" in e.problem


def test_control_characters_are_reported_not_cut(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,ok\n\n2,"The situation\x00 in\nLibya"\n3,back\x08space\n')
    found: list = []
    frame = read_csv(path, SPEC, problems=found)
    assert frame["text"].tolist() == ["ok", "The situation\x00 in\nLibya", "back\x08space"]
    problems = found[0]
    assert problems.rule.tolist() == ["control_character"] * 2
    assert problems.row.tolist() == [4, 6]
    assert "column 'text'" in problems.message.iloc[0] and "U+0000" in problems.message.iloc[0]
    assert "U+0008" in problems.message.iloc[1]
    with pytest.raises(DataFormatError) as err:  # no problems list: our own files must be clean
        read_csv(path, SPEC)
    assert (err.value.line, err.value.column) == (4, "text")
    assert err.value.value == "The situation\x00 in\nLibya"


def test_a_required_column_twice_in_the_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text,id\n1,a,2\n")
    with pytest.raises(DataFormatError, match=r"line 1: column\(s\) \['id'\] appear more than once"):
        read_csv(path, SPEC)


def test_a_long_value_is_cut_in_the_message(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n" + b"x" * 1_500_000 + b",a\n")
    with pytest.raises(DataFormatError) as err:
        read_csv(path, SPEC)
    assert len(str(err.value)) < 400 and err.value.column == "id"

"""Report tables: readable on the page (no index, titles, rounding, "–", yes/no), complete as files."""

import json
import re

import numpy as np
import openpyxl
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal, assert_series_equal

from unsc import reports, tables


@pytest.fixture(autouse=True)
def _fresh_registry(monkeypatch):
    monkeypatch.setattr(tables, "_REGISTRY", {})


def _vetoes(rows: int = 3) -> pd.DataFrame:
    """A veto table as ``unsc.veto_table`` returns it, filtered so that its index is shuffled."""
    frame = pd.DataFrame({
        "decision_id": [f"S/2017/{i}" for i in range(rows)],
        "date": pd.to_datetime(["2017-02-28"] * rows),
        "member": ["RUS"] * rows,
        "alone": [True] * rows,
        "joined_by": [""] * rows,
    })
    return frame.set_axis(range(10, 10 + 2 * rows, 2)).iloc[::-1]


def test_a_leftover_integer_index_is_dropped_a_named_one_becomes_a_column():
    shuffled = _vetoes()
    assert_frame_equal(tables.as_table(shuffled), shuffled.reset_index(drop=True))
    by_member = pd.DataFrame({"vetoes": [10, 16]}, index=pd.Index(["CHN", "RUS"], name="member"))
    assert_frame_equal(tables.as_table(by_member),
                       pd.DataFrame({"member": ["CHN", "RUS"], "vetoes": [10, 16]}))


def test_a_value_counts_becomes_a_titled_two_column_table():
    counts = pd.Series(["yes", "yes", "no"], name="vote").value_counts()
    assert_frame_equal(tables.as_table(counts),
                       pd.DataFrame({"vote": ["yes", "no"], "count": [2, 1]}))
    unnamed = pd.Series([3, 4], index=["a", "b"])
    assert list(tables.as_table(unnamed, key="grid").columns) == ["grid", "value"]


def test_missing_values_read_as_a_dash_booleans_as_words_dates_as_dates():
    frame = pd.DataFrame({
        "when": pd.to_datetime(["2012-02-04", None]),
        "text": pd.array(["a", pd.NA], dtype="string"),
        "obj": ["", None],
        "flag": [True, False],
        "maybe": pd.array([True, pd.NA], dtype="boolean"),
        "count": pd.array([3, pd.NA], dtype="Int64"),
        "value": [0.123456, np.nan],
    })
    shown, right = tables.format_frame(frame)
    expected = pd.DataFrame({
        "when": ["2012-02-04", "–"], "text": ["a", "–"], "obj": ["–", "–"], "flag": ["yes", "no"],
        "maybe": ["yes", "–"], "count": ["3", "–"], "value": ["0.12", "–"],
    }, dtype=object)
    assert_frame_equal(shown, expected)
    assert right == ["count", "value"]


def test_numbers_are_rounded_to_what_matters():
    frame = pd.DataFrame({"year": [2012, 2013], "line": [16602, 3], "votes": [870109, 12],
                          "whole": [3.0, np.nan], "kappa": [0.004, -0.002], "value": [0.8668, 1.0]})
    shown, _ = tables.format_frame(frame, digits={"value": 1})
    assert shown.to_dict("list") == {
        "year": ["2012", "2013"],          # years stay years
        "line": ["16602", "3"],            # and line numbers as a reader looks them up
        "votes": ["870,109", "12"],        # large counts are grouped
        "whole": ["3", "–"],               # a float column of whole numbers is a count
        "kappa": ["<0.01", ">-0.01"],      # never 0.00 for a value that is not zero
        "value": ["0.9", "1.0"],
    }


def test_shares_are_percentages_with_their_n_and_never_round_to_all_or_none():
    frame = pd.DataFrame({"share": [0.8205, 0.996, 0.001, 0.0, 1 - 1e-16, np.nan],
                          "decisions": [104, 250, 1000, 4, 6, 0], "low": [0.7, 0.98, 0.0, 0.0, 0.6, np.nan]})
    shown, right = tables.format_frame(frame, shares={"share": "decisions", "low": None})
    assert list(shown.columns) == ["share", "low"]  # the n is shown with the share, not again
    assert shown.share.tolist() == ["82% (n = 104)", ">99% (n = 250)", "<1% (n = 1000)", "0% (n = 4)",
                                    "100% (n = 6)", "–"]
    assert shown.low.tolist() == ["70%", "98%", "0%", "0%", "60%", "–"]
    assert right == ["share", "low"]
    assert_series_equal(tables.share_text(pd.Series([0.5, 0.25]), pd.Series([0, 4])),
                        pd.Series(["–", "25% (n = 4)"]), check_dtype=False)


def test_member_codes_read_as_names_in_cells_and_headers():
    joint = pd.DataFrame({"CHN": [10], "RUS": [10]}, index=pd.Index(["RUS"], name="member"))
    shown, _ = tables.format_frame(tables.as_table(joint))
    assert list(shown.columns) == ["member", "China", "Russian Federation"]
    assert shown.member.tolist() == ["Russian Federation"]
    several = pd.DataFrame({"members": ["CHN;CUB;RUS", None], "decision_id": ["A/HRC/RES/S-19/1", "x"]})
    shown, _ = tables.format_frame(several)
    assert shown.to_dict("list") == {"members": ["China, Cuba, Russian Federation", "–"],
                                     "decision": ["A/HRC/RES/S-19/1", "x"]}
    kept, _ = tables.format_frame(several, names=False, columns={"members": "voters"})
    assert kept.voters.tolist() == ["CHN;CUB;RUS", "–"]


def test_a_short_table_in_full_with_its_title_and_no_index():
    out = tables.render(_vetoes(), "Every veto cast")
    assert "<caption>Every veto cast</caption>" in out.html
    assert out.rows == out.shown == 3 and "Showing" not in out.html
    assert "row_heading" not in out.html and "blank" not in out.html  # no index column
    assert "True" not in out.html and "yes" in out.html and "–" in out.html
    assert out.text.splitlines()[0] == "Every veto cast"


def test_a_long_table_shows_its_top_rows_and_links_the_full_file():
    out = tables.render(_vetoes(40), "Every veto cast", file="vetoes.csv")
    assert out.shown == 15 and out.rows == 40
    assert ('Showing 15 of 40 rows; the full table is in <a href="vetoes.csv">vetoes.csv</a>.'
            in out.html)
    assert out.html.count("<tr>") == 16  # the header and 15 rows
    interactive = tables.render(_vetoes(40), "Every veto cast", max_rows=None)
    assert interactive.shown == 40 and "Showing" not in interactive.html


def test_an_empty_table_is_a_sentence():
    out = tables.render(_vetoes().iloc[:0], "Decisions on which they differed",
                        empty="Russia and China cast the same vote on all 11 decisions.")
    assert "<table" not in out.html
    assert "Russia and China cast the same vote on all 11 decisions." in out.html


def test_cells_and_titles_are_escaped():
    out = tables.render(pd.DataFrame({"title": ["<script>x</script>"]}), "A <b> title")
    assert "<script>" not in out.html and "&lt;script&gt;" in out.html and "A &lt;b&gt; title" in out.html


def test_every_table_needs_a_title():
    with pytest.raises(ValueError, match="title"):
        tables.render(_vetoes(), "  ")


def test_interactive_use_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    tables.show(_vetoes(), "Every veto cast")
    tables.tables_for("")(_vetoes(), "Every veto cast")
    assert list(tmp_path.iterdir()) == [] and tables.registered("") == []
    assert len(shown) == 2 and "<table" in shown[0]["text/html"] and "S/2017/0" in shown[0]["text/plain"]


def test_the_full_table_is_written_as_csv_beside_the_report(tmp_path):
    vetoes = _vetoes(40)
    out = tables._show(vetoes, "Every veto cast", name="vetoes", output_dir=tmp_path)
    assert out.file == "vetoes.csv" and 'href="vetoes.csv"' in out.html and 'href="tables.xlsx"' in out.html
    written = pd.read_csv(tmp_path / "vetoes.csv", dtype={"joined_by": "str", "joined_by_name": "str"},
                          keep_default_na=False)
    expected = vetoes.reset_index(drop=True).assign(date="2017-02-28")
    expected.insert(3, "member_name", "Russian Federation")
    expected["joined_by_name"] = ""
    assert_frame_equal(written, expected, check_dtype=False)
    assert len(written) == 40  # every row, not the 15 shown


def test_values_in_the_csv_are_unrounded_and_missing_is_empty(tmp_path):
    frame = pd.DataFrame({"value": [0.866804, np.nan], "first": pd.to_datetime(["2011-10-04", None])})
    tables._show(frame, "Pairs", output_dir=tmp_path)
    assert (tmp_path / "pairs.csv").read_text().splitlines() == ["value,first", "0.866804,2011-10-04", ","]


def test_names_are_unique_within_a_report_and_never_a_report_file(tmp_path):
    tables._show(_vetoes(), "Vetoes", output_dir=tmp_path)
    tables._show(_vetoes(), "Vetoes, again", name="vetoes", output_dir=tmp_path)
    tables._show(_vetoes(), "Left out", name="left_out", output_dir=tmp_path)
    assert [t["file"] for t in tables.registered(tmp_path)] == ["vetoes.csv", "vetoes_2.csv",
                                                               "left_out_table.csv"]


def test_the_workbook_holds_every_table_and_a_contents_sheet(tmp_path):
    tables._show(_vetoes(40), "Every veto cast", name="vetoes", output_dir=tmp_path)
    counts = pd.Series([103, 11], index=pd.Index(["yes", "abstain"], name="vote"), name="count")
    tables._show(counts, "Votes by kind", output_dir=tmp_path)
    listing = tables.finish(tmp_path)
    assert listing["workbook"] == "tables.xlsx"
    assert [(t["name"], t["rows"]) for t in listing["tables"]] == [("vetoes", 40), ("votes_by_kind", 2)]
    book = openpyxl.load_workbook(tmp_path / "tables.xlsx")
    assert book.sheetnames == ["contents", "vetoes", "votes_by_kind"]
    sheet = pd.read_excel(tmp_path / "tables.xlsx", sheet_name="votes_by_kind")
    assert_frame_equal(sheet, pd.DataFrame({"vote": ["yes", "abstain"], "count": [103, 11]}))
    vetoes = pd.read_excel(tmp_path / "tables.xlsx", sheet_name="vetoes")
    assert len(vetoes) == 40 and vetoes.alone.all()
    assert book["vetoes"]["B2"].number_format == "YYYY-MM-DD"  # a date, not text and not a time


def test_a_control_character_cannot_break_the_workbook(tmp_path):
    tables._show(pd.DataFrame({"title": ["bad\x0bvalue"]}), "Titles", output_dir=tmp_path)
    tables.finish(tmp_path)
    assert pd.read_excel(tmp_path / "tables.xlsx", sheet_name="titles").title.tolist() == ["bad\ufffdvalue"]
    assert "bad\x0bvalue" in (tmp_path / "titles.csv").read_text()  # the file keeps it as written


def test_long_names_make_distinct_sheets():
    names = tables._sheet_names(["a" * 40, "a" * 40 + "b", "x[1]"])
    assert names == ["a" * 31, "a" * 29 + "_2", "x_1_"]


def test_write_results_lists_the_tables(tmp_path):
    tables._show(_vetoes(), "Every veto cast", name="vetoes", output_dir=tmp_path)
    reports.write_results({"decisions": 3}, tmp_path)
    res = json.loads((tmp_path / "results.json").read_text())
    assert res["tables"] == [{"name": "vetoes", "title": "Every veto cast", "file": "vetoes.csv", "rows": 3,
                              "columns": ["decision_id", "date", "member", "member_name", "alone",
                                          "joined_by", "joined_by_name"]}]
    assert res["workbook"] == "tables.xlsx" and (tmp_path / "tables.xlsx").is_file()


def test_short_columns_do_not_wrap_and_long_text_does():
    frame = pd.DataFrame({"date": pd.to_datetime(["2014-03-15"]),
                          "title": ["Letter dated 28 February 2014 from the Permanent Representative"]})
    page = tables.render(frame, "Votes").html
    assert re.search(r"td\.col0\s*\{\s*white-space: nowrap;", page)
    assert not re.search(r"td\.col1\s*\{\s*white-space: nowrap;", page)

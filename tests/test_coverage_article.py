"""Reading articles: the shared Markdown layout, plain text, and bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from unsc.coverage import MissingDateError, read_article
from unsc.coverage.text import find_dates, sentences
from unsc.errors import DataFormatError


@pytest.fixture
def articles(fixtures):
    return fixtures / "articles"


def test_markdown_layout(articles):
    a = read_article(articles / "speakers.md")
    assert a.headline == "Ministers Trade Words Over Syria Draft"
    assert a.date == pd.Timestamp("2012-03-15")
    assert a.outlet == "The Example Gazette"
    assert a.url == ""
    assert len(a.paragraphs) == 7
    assert a.paragraphs[0].startswith("GENEVA")
    assert a.lines[0] == 7
    assert a.source == "The Example Gazette"
    assert a.key.startswith("file:")


def test_markdown_with_url(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nTuesday, June 5, 2012\n\n**The**  **Daily**\n\nBody text.\n\n"
                    "Original url:\n\n<https://example.org/news/a-1>\n", encoding="utf-8")
    a = read_article(path)
    assert (a.date, a.outlet, a.url) == (pd.Timestamp("2012-06-05"), "The Daily",
                                        "https://example.org/news/a-1")
    assert a.paragraphs == ("Body text.",)
    assert a.key == "https://example.org/news/a-1"
    assert a.source == "The Daily, https://example.org/news/a-1"
    assert a.slug.startswith("a-1-")


@pytest.mark.parametrize("line", ["5 June 2012", "2012-06-05", "Jun 5, 2012", "June 05, 2012"])
def test_date_line_forms(tmp_path, line):
    path = tmp_path / "a.md"
    path.write_text(f"# T\n\n{line}\n\nText.\n", encoding="utf-8")
    assert read_article(path).date == pd.Timestamp("2012-06-05")


def test_plain_text_takes_the_callers_date(articles):
    a = read_article(articles / "plain.txt", date="2012-02-01")
    assert a.date == pd.Timestamp("2012-02-01")
    assert a.headline == "" and len(a.paragraphs) == 3


def test_callers_date_overrides(articles):
    assert read_article(articles / "speakers.md", date="2012-03-16").date == pd.Timestamp(
        "2012-03-16")


def test_missing_date_names_the_file(articles):
    with pytest.raises(DataFormatError, match="no publication date") as err:
        read_article(articles / "no-date.md")
    assert "no-date.md" in str(err.value)
    assert "read_article(path, date=...)" in str(err.value)  # the Python hint, for API callers
    assert isinstance(err.value, MissingDateError)
    with pytest.raises(DataFormatError, match="plain.txt"):
        read_article(articles / "plain.txt")


def test_empty_file_names_the_file(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="empty") as err:
        read_article(path, date="2012-01-01")
    assert err.value.path == str(path)


def test_bad_encoding_names_the_file_and_line(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("# Caf\u00e9\n\nJune 05, 2012\n\nA na\u00efve text.\n".encode("latin-1"))
    with pytest.raises(DataFormatError, match="not valid utf-8") as err:
        read_article(path)
    assert err.value.path == str(path) and err.value.line == 1
    assert read_article(path, encoding="latin-1").headline == "Caf\u00e9"


def test_bad_date_line_and_missing_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# T\n\nJune 45, 2012\n\nText.\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="not a valid date") as err:
        read_article(path)
    assert err.value.line == 3
    with pytest.raises(DataFormatError, match="file not found"):
        read_article(tmp_path / "missing.md", date="2012-01-01")
    with pytest.raises(DataFormatError, match="not a date"):
        read_article(tmp_path / "missing.md", date="someday")


def test_headline_only_is_an_error(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# T\n\nJune 5, 2012\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="no text"):
        read_article(path)


def test_sentences_keep_abbreviations_and_quotes():
    text = ('Mr. Smith met U.N. envoys. "It went well," he said. "Very well." '
            "George W. Bush agreed.")
    parts = [text[s:e] for s, e in sentences(text)]
    assert parts == ["Mr. Smith met U.N. envoys.", '"It went well," he said.', '"Very well."',
                     "George W. Bush agreed."]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("said Monday", "2012-06-05", "2012-06-04"),  # Tuesday article
        ("said Tuesday", "2012-06-05", "2012-06-05"),  # the article's own day
        ("On Friday, the council", "2012-06-05", "2012-06-01"),
        ("on Saturday", "2011-03-01", "2011-02-26"),  # across a month boundary
        ("said Thursday", "2012-06-01", "2012-05-31"),
        ("said Friday", "2012-01-03", "2011-12-30"),  # across a year boundary
        ("will vote on Friday", "2012-06-05", "2012-06-08"),  # the future
        ("yesterday", "2012-03-01", "2012-02-29"),
        ("on June 1", "2012-06-05", "2012-06-01"),
        ("on 30 December", "2012-01-03", "2011-12-30"),
    ],
)
def test_relative_dates(text, today, expected):
    (found,) = find_dates(text, pd.Timestamp(today))
    assert found.date == pd.Timestamp(expected)


def test_windows_and_non_dates():
    today = pd.Timestamp("2012-06-05")
    (year,) = find_dates("In 2011, both", today)
    assert (year.date, year.date_from, year.date_to) == (None, pd.Timestamp("2011-01-01"),
                                                         pd.Timestamp("2011-12-31"))
    (month,) = find_dates("in October", today)
    assert month.date_from == pd.Timestamp("2011-10-01")
    (last,) = find_dates("last month", today)
    assert (last.date_from, last.date_to) == (pd.Timestamp("2012-05-01"),
                                              pd.Timestamp("2012-05-31"))
    assert find_dates("failed to observe their Friday deadline", today) == []


def test_folder_and_unknown_encoding(tmp_path, articles):
    with pytest.raises(DataFormatError, match="folder"):
        read_article(tmp_path)
    with pytest.raises(DataFormatError, match="unknown text encoding"):
        read_article(articles / "speakers.md", encoding="no-such-codec")

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


# -- the layouts people have (issue 12, item 1) ---------------------------------
@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("# Talks Stall\nJune 01, 2012\n**The Daily**\n", "The Daily"),  # no blank line between
        ("# Talks Stall\n\n**The Daily**\n\nJune 01, 2012\n", "The Daily"),  # outlet first
        ("# Talks Stall\n\nJune 01, 2012\n", ""),  # no outlet line
        ("## Talks Stall\n*The Daily*, June 1, 2012\n", "The Daily"),  # outlet and date on one line
        ("# Talks Stall\nThe Daily · 1 June 2012\nBy Jo Bloggs\n", "The Daily"),
        ("# Talks Stall\nThe Daily\nPUBLISHED : Friday, 1 June, 2012, 1:14am\n", "The Daily"),
        ("# Talks Stall\n\nPublished Jun 1, 2012 02:31 pm\n\n**The Daily**\n", "The Daily"),
        ("Talks Stall\nThe Daily\n01.06.2012, Geneva.\n", "The Daily"),  # plain: headline first
        ("# Talks Stall\nThe Daily\n1 juni 2012, 21.27\n", "The Daily"),  # another language
    ],
)
def test_header_layouts(tmp_path, header, outlet):
    path = tmp_path / ("a.txt" if not header.startswith("#") else "a.md")
    path.write_text(header + "\nDelegates left the chamber without a text.\n\nTalks go on.\n",
                    encoding="utf-8")
    a = read_article(path)
    assert a.date == pd.Timestamp("2012-06-01")
    assert a.headline == "Talks Stall"
    assert a.outlet == outlet
    assert a.paragraphs == ("Delegates left the chamber without a text.", "Talks go on.")


def test_front_matter(articles):
    a = read_article(articles / "frontmatter.md")
    assert (a.headline, a.date, a.outlet, a.byline, a.date_source) == (
        "Assembly Backs Call for Talks", pd.Timestamp("2014-03-27"), "The Example Gazette",
        "Jane Roe", "metadata")
    assert a.url == "https://example.org/news/assembly-backs-talks"
    assert len(a.paragraphs) == 2 and a.lines[0] == 9


def test_plain_text_headline_byline_and_published_line(articles):
    a = read_article(articles / "headline-first.txt")
    assert (a.headline, a.byline, a.date, a.format) == (
        "Council Fails to Agree on Monitors", "Sam Writer", pd.Timestamp("2012-06-01"), "text")
    assert a.paragraphs[0].startswith("NEW YORK")
    assert not any("Sam Writer" in p or "Published" in p for p in a.paragraphs)


def test_plain_text_long_headline_then_a_day_first_date(articles):
    a = read_article(articles / "long-headline.txt")
    assert a.headline.startswith("Council members split") and a.date == pd.Timestamp("2019-03-12")
    assert a.paragraphs == ("The Security Council met on Tuesday to consider a draft on relief convoys.",)


def test_html_page(articles):
    a = read_article(articles / "page.html")
    assert a.format == "html"
    assert a.date == pd.Timestamp("2013-07-30")
    assert a.headline.startswith("Council Renews Mission")
    assert len(a.paragraphs) == 2 and a.paragraphs[0].startswith("The Security Council on Tuesday")
    assert not any("Home" in p or "Copyright" in p or "Published" in p for p in a.paragraphs)


_COPYRIGHT_ONLY = ("<html><head><title>Assembly Sets Up Inquiry</title></head><body><article>"
                   "<h1>Assembly Sets Up Inquiry</h1><p>The General Assembly on Wednesday adopted a text "
                   "setting up an inquiry, by a vote of 100 to 10 with 40 abstentions, after a long debate "
                   "in which many delegations spoke.</p><p>Two delegations said the inquiry overstepped "
                   "the mandate of the assembly and would not help the talks.</p></article>"
                   "<footer>Copyright © 2016 The Example Herald. All rights reserved.</footer></body></html>")


def _dated_by_name_or_refused(folder, html: str, day: str, stem: str):  # noqa: ANN001, ANN202
    """(the page read as ``<day>_<stem>.html``, the error reading it as ``<stem>.html`` raised)."""
    named, bare = folder / f"{day}_{stem}.html", folder / f"{stem}.html"
    for path in (named, bare):
        path.write_text(html, encoding="utf-8")
    with pytest.raises(MissingDateError) as err:
        read_article(bare)
    return read_article(named), err.value


def test_html_copyright_year_is_no_date(tmp_path):
    # a page that prints only "© 2016" is not dated 1 January 2016: the file name dates it, and
    # without one it is refused
    a, err = _dated_by_name_or_refused(tmp_path, _COPYRIGHT_ONLY, "2016-12-21", "inquiry")
    assert (a.date, a.date_source) == (pd.Timestamp("2016-12-21"), "file name")
    assert isinstance(err, MissingDateError)


_CAPTION_DATE_ONLY = ("<html><head><title>Council Backs Shipping Text</title></head><body><article>"
                      "<h1>Council Backs Shipping Text</h1><figure><figcaption>An envoy addresses the "
                      "council in New York on March 3, 2021.</figcaption></figure><p>The Security "
                      "Council on Tuesday adopted a text on the safety of merchant ships, by 12 votes "
                      "to none with 3 abstentions, after two amendments were voted down.</p><p>The "
                      "sponsors said the text left the rules of the sea as they were.</p></article>"
                      "</body></html>")


def test_html_date_from_a_photo_caption_is_no_date(tmp_path):
    # a page with no date in its metadata: the only date in it is a caption's, the day a photo was
    # taken weeks earlier; dating the story by it would move every date window, so the file name
    # dates it, and without one it is refused with the caption's date named
    a, err = _dated_by_name_or_refused(tmp_path, _CAPTION_DATE_ONLY, "2021-04-20", "ships")
    assert (a.date, a.date_source) == (pd.Timestamp("2021-04-20"), "file name")
    assert isinstance(err, MissingDateError)
    assert "2021-03-03, but not as its date of publication" in str(err)


def test_source_and_url_lines_are_not_body(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# T\n\n3 May 2015\n\nBody text here.\n\nSource: The Daily\n\n"
                    "Original url: <https://example.org/x>\n", encoding="utf-8")
    a = read_article(path)
    assert a.paragraphs == ("Body text here.",)
    assert (a.outlet, a.url) == ("The Daily", "https://example.org/x")


def test_dateline_and_file_name_dates(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# T\n\n4 May 2015 – The council met on Monday and adopted a text.\n",
                    encoding="utf-8")
    a = read_article(path)
    assert (a.date, a.date_source) == (pd.Timestamp("2015-05-04"), "dateline")
    named = tmp_path / "2015-05-06_story.md"
    named.write_text("# T\n\nThe council met and adopted a text.\n", encoding="utf-8")
    b = read_article(named)
    assert (b.date, b.date_source) == (pd.Timestamp("2015-05-06"), "file name")


def test_no_date_says_where_it_looked(articles):
    with pytest.raises(MissingDateError) as err:
        read_article(articles / "no-date.md")
    for place in ("front matter", "header lines", "dateline", "file name"):
        assert place in str(err.value)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b'{"title": "x", "date": "2012-01-01"}', "JSON"),
        (b"---\ntitle: [unclosed\ndate: 2012-01-01\n---\nText.\n", "not valid YAML"),
        (b"---\ntitle: x\n", "never closed"),
        (b"# T\n\n2012-01-01\n\n1234 5678\n", "no text"),
    ],
)
def test_non_articles_are_refused(tmp_path, content, match):
    path = tmp_path / "x.md"
    path.write_bytes(content)
    with pytest.raises(DataFormatError, match=match) as err:
        read_article(path)
    assert err.value.path == str(path)


def test_csv_is_refused(articles):
    with pytest.raises(DataFormatError, match="not an article: a table") as err:
        read_article(articles / "table.csv", date="2012-01-01")
    assert err.value.line == 1


@pytest.mark.parametrize("year", [1, 1000, 1677, 2263, 9999])
def test_dates_outside_the_supported_span_are_refused(tmp_path, year):
    path = tmp_path / "a.md"
    path.write_text(f"# T\n\nJune 1, {year}\n\nThe council met.\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="outside the dates this package handles"):
        read_article(path)
    with pytest.raises(DataFormatError, match="outside"):
        read_article(tmp_path / "a.md", date=f"{year:04d}-06-01" if year > 1677 else "1677-01-01")


@pytest.mark.parametrize("year", [1678, 1900, 2262])
def test_dates_inside_the_span_work(tmp_path, year):
    path = tmp_path / "a.md"
    path.write_text(f"# T\n\nJanuary 1, {year}\n\nThe council met.\n", encoding="utf-8")
    assert read_article(path).date == pd.Timestamp(f"{year}-01-01")


@pytest.mark.parametrize("line", ["MARCH 3, 14:30 GMT", "3 March, 09:15", "March 3, 9.45 a.m."])
def test_a_time_of_day_is_no_year(tmp_path, line):
    # a wire dateline gives the day and the hour; the hour must not be read as the year 0014
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Council Votes\ndate: 2003-03-03\n---\n\n{line}\n\n"
                    "Council Votes\n\nThe council met today and voted.\n", encoding="utf-8")
    article = read_article(path)
    assert article.date == pd.Timestamp("2003-03-03")
    assert article.paragraphs == ("The council met today and voted.",)
    without_front_matter = tmp_path / "b.txt"
    without_front_matter.write_text(f"Council Votes\n\n{line}\n\nThe council met today.\n",
                                    encoding="utf-8")
    with pytest.raises(MissingDateError):
        read_article(without_front_matter)


def test_one_paragraph_per_line_without_blank_lines(tmp_path):
    # a copy pasted from a web page: each paragraph on one long line, no blank line between; a
    # hard-wrapped paragraph and a quotation carried over a line break stay whole
    long_a = "The council met on Tuesday to discuss the mission in the north, and delegates said " \
             "the talks had been calm and short."
    long_b = "Its members renewed the mandate for a year without a vote, after a week of quiet " \
             "talks among the sponsors."
    quoted = '"We will keep the mission as it is for now. The region needs it more than ever before, ' \
             "and we say so plainly."
    path = tmp_path / "a.txt"
    path.write_text("Council renews northern mission\nThe Daily - 2012-06-01\n\n"
                    f"{long_a}\n{long_b}\n{quoted}\n"
                    'We hope to do more," the envoy said.\n\n'
                    "A wrapped paragraph goes on here.\nIts next line is short too.\n",
                    encoding="utf-8")
    a = read_article(path)
    assert a.paragraphs == (long_a, long_b, f'{quoted} We hope to do more," the envoy said.',
                            "A wrapped paragraph goes on here. Its next line is short too.")
    assert a.lines == (4, 5, 6, 9)


def test_html_character_references_left_in_a_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Council renews northern mission\nThe Daily - 2012-06-01\n\n"
                    "She called it &quot;a fair text&quot; and &#8220;late&#8221;; others said "
                    "\"unfair,quot; &amp; slow.\n", encoding="utf-8")
    assert read_article(path).paragraphs == (
        'She called it "a fair text" and “late”; others said "unfair" & slow.',)


#: A paragraph in Spanish, written for the test (the reader's patterns are English).
_SPANISH = ("El Consejo de Seguridad aprobó el jueves una resolución sobre la misión en la región, con trece "
            "votos a favor y dos abstenciones. Los países que se abstuvieron dijeron que el texto no "
            "reflejaba sus preocupaciones sobre la soberanía y pidieron más tiempo para negociar una "
            "versión que pudiera contar con el apoyo de todos los miembros del órgano.")


def test_a_body_in_another_language_does_not_read_as_english(tmp_path):
    from unsc.coverage import reads_as_english

    path = tmp_path / "es.md"
    path.write_text(f"# Resolución aprobada\n\nMarch 3, 2021\n\n{_SPANISH}\n", encoding="utf-8")
    assert not reads_as_english(read_article(path))
    english = tmp_path / "en.md"
    english.write_text("# Council renews mission\n\nMarch 3, 2021\n\n" + " ".join(
        ["The Security Council on Thursday adopted a resolution on the mission, with 13 votes in favour "
         "and two abstentions, and the two members that abstained said the text did not reflect their "
         "concerns about the sovereignty of the state."] * 2) + "\n", encoding="utf-8")
    assert reads_as_english(read_article(english))


def test_read_warns_that_a_text_in_another_language_is_not_read(tmp_path, capsys):
    from unsc import cli

    path = tmp_path / "es.md"
    path.write_text(f"# Resolución aprobada\n\nMarch 3, 2021\n\n{_SPANISH}\n", encoding="utf-8")
    assert cli.main(["coverage", "read", str(path), "--no-link"]) == 0
    err = capsys.readouterr().err
    assert "does not read as English" in err and "es.md" in err


@pytest.mark.parametrize("value, expected", [("2007-01", "2007-01-31"), ("February 2008", "2008-02-29")])
def test_a_month_in_the_metadata_dates_the_article_to_its_last_day(tmp_path, value, expected):
    # a monthly's issue has no day: its last day is the latest the article can be of
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Sanctions\ndate: {value}\n---\n\nThe council voted.\n", encoding="utf-8")
    assert read_article(path).date == pd.Timestamp(expected)
    path.write_text("---\ntitle: Sanctions\ndate: 2007-13\n---\n\nThe council voted.\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="line 3: the metadata date is not a date"):
        read_article(path)


@pytest.mark.parametrize(("text", "window"), [
    ("In October last year, the council adopted it", ("2022-10-01", "2022-10-31")),
    ("in March of the previous year", ("2022-03-01", "2022-03-31")),
    ("In October, the council", ("2023-10-01", "2023-10-19")),  # this year's, up to the article's day
])
def test_a_month_of_last_year(text, window):
    (found,) = find_dates(text, pd.Timestamp("2023-10-19"))
    assert (found.date_from, found.date_to) == tuple(pd.Timestamp(d) for d in window)

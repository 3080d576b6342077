from dataclasses import replace

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.errors import ParameterError
from unsc.model import LEFT_OUT_COLUMNS, SPAN_COLUMNS, VOTE_DTYPE, Dataset, conform, empty
from unsc.sources import curated


@pytest.fixture(scope="module")
def small(fixtures) -> Dataset:
    return curated.read(fixtures / "curated_small")


def test_dtypes_fixed_at_load(small):
    assert small.votes.vote.dtype == VOTE_DTYPE
    assert small.votes.vote.cat.ordered
    assert list(small.votes.vote.cat.categories) == ["yes", "abstain", "no", "absent"]
    assert str(small.decisions.body.dtype) == "category"
    assert small.decisions.date.dtype == "datetime64[ns]"
    assert str(small.decisions.yes.dtype) == "Int64"


def test_vote_order_is_yes_abstain_no(small):
    v = small.votes.vote
    assert (v[v == "yes"] < "abstain").all() and (v[v == "no"] > "abstain").all()
    assert v.max() == "no" and v.min() == "yes"


def test_filter_returns_new_dataset_and_leaves_original(small):
    sub = small.filter(start="2012-01-01")
    assert sub.decisions.decision_id.tolist() == ["S/2012/77"]
    assert set(sub.votes.decision_id.astype(str)) == {"S/2012/77"}
    assert len(small.decisions) == 2


def test_filter_members_keeps_decisions(small):
    sub = small.filter(members=["RUS", "CHN"])
    assert len(sub.decisions) == 2
    assert sorted(sub.votes.member.astype(str).unique()) == ["CHN", "RUS"]
    assert list(sub.votes.member.cat.categories) == ["CHN", "RUS"]


def test_filter_body_and_topic(small):
    assert len(small.filter(body="GA").decisions) == 0
    assert small.filter(topic="libya").decisions.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_matrix(small):
    m = small.matrix()
    assert m.shape == (20, 2)
    assert list(m.columns) == ["S/RES/1973(2011)", "S/2012/77"]  # date order
    assert m.loc["RUS", "S/2012/77"] == "no"
    assert pd.isna(m.loc["AZE", "S/RES/1973(2011)"])  # not on the Council in 2011
    codes = small.matrix(codes=True)
    assert codes.loc["CHN"].tolist() == [1, 2]
    assert codes.loc["AZE", "S/RES/1973(2011)"] == -1


def test_tally_counts_member_votes(small):
    t = small.tally()
    assert t.loc["S/RES/1973(2011)"].to_dict() == {"yes": 10, "abstain": 5, "no": 0, "absent": 0}


def test_by_seat_relabels_ussr_as_russia():
    dec = conform(pd.DataFrame({"decision_id": ["x"], "body": ["SC"], "date": ["1980-01-01"],
                                "outcome": ["adopted"]}), "decisions")
    votes = conform(pd.DataFrame({"decision_id": ["x", "x"], "member": ["SUN", "USA"],
                                  "vote": ["no", "yes"]}), "votes")
    from unsc import members

    ds = Dataset(dec, votes, members=members.table())
    assert sorted(ds.by_seat().votes.member.astype(str)) == ["RUS", "USA"]


def test_empty_tables_have_schema():
    e = empty("votes")
    pdt.assert_series_equal(e.dtypes, conform(pd.DataFrame(columns=["decision_id", "member",
                                                                     "vote"]), "votes").dtypes)
    with pytest.raises(KeyError):
        conform(pd.DataFrame({"bogus": [1]}), "votes")


def test_keyword_filter_searches_titles_and_excludes(small):
    # "support" appears only in the title of S/2012/77, not in any topic.
    assert small.filter(keyword="support").decisions.decision_id.tolist() == ["S/2012/77"]
    assert small.filter(topic=["Libya", "Syria"], exclude="no-fly").decisions.decision_id.tolist() == \
        ["S/2012/77"]
    assert len(small.filter(topic="", exclude="", keyword="").decisions) == 2  # empty: no filter


def test_topic_filter_matches_the_label_exactly(small):
    assert small.filter(topic="syria").decisions.decision_id.tolist() == ["S/2012/77"]
    assert small.filter(topic=["LIBYA", "Syria"]).decisions.decision_id.tolist() == \
        ["S/RES/1973(2011)", "S/2012/77"]
    # A word of the title is no topic: an error naming the closest topics, not an empty report.
    with pytest.raises(ParameterError, match=r"no decision has the topic 'Syr'.*Syria"):
        small.filter(topic="Syr")
    with pytest.raises(ParameterError, match="keyword="):
        small.filter(topic="support")


def test_bare_years_cover_the_whole_year(small):
    assert small.filter(end="2011").decisions.decision_id.tolist() == ["S/RES/1973(2011)"]
    assert small.filter(start="2012", end="2012").decisions.decision_id.tolist() == ["S/2012/77"]


@pytest.mark.parametrize(("value", "side", "day"), [
    ("2011", "start", "2011-01-01"), ("2011", "end", "2011-12-31"),
    ("2012-02", "end", "2012-02-29"), ("2011-02", "end", "2011-02-28"),
    ("2011-02", "start", "2011-02-01"), ("2011-03-17", "end", "2011-03-17"),
    (" 2011-03-17 ", "start", "2011-03-17"), (2016, "end", "2016-12-31"),
    ("1000", "start", "1000-01-01"), ("9999", "end", "9999-12-31"),
])
def test_parse_day_reads_the_three_forms(value, side, day):
    from unsc.model import parse_day

    assert parse_day(value, side) == pd.Timestamp(day)


def test_parse_day_takes_dates_as_they_are_and_no_bound():
    import datetime

    from unsc.model import parse_day

    assert parse_day(datetime.date(2011, 3, 17)) == pd.Timestamp("2011-03-17")
    assert parse_day(pd.Timestamp("2011-03-17"), "end") == pd.Timestamp("2011-03-17")
    assert parse_day(None) is None and parse_day("") is None and parse_day("  ") is None


@pytest.mark.parametrize(("value", "message"), [
    ("2011-02-30", "end: '2011-02-30' is not a real date (day is out of range for month)"),
    ("2011-02-29", "end: '2011-02-29' is not a real date (day is out of range for month)"),
    ("2011-13-45", "end: '2011-13-45' is not a real date (month must be in 1..12)"),
    ("2011-00", "end: '2011-00' is not a real date (month must be in 1..12)"),
    ("0000", "end: '0000' is not a real date (year 0 is out of range)"),
    ("01/06/2012", "end: '01/06/2012' is not a date"),
    ("2011-1-5", "end: '2011-1-5' is not a date"),
    ("2011-03-17T12:00", "end: '2011-03-17T12:00' is not a date"),
    (True, "end: True is not a date"),
    (pd.NaT, "end: NaT is not a date"),
])
def test_parse_day_refuses_other_forms_and_impossible_dates(value, message):
    from unsc.errors import ParameterError
    from unsc.model import parse_day

    with pytest.raises(ParameterError) as error:
        parse_day(value, "end")
    assert str(error.value).startswith(message + "; use YYYY, YYYY-MM or YYYY-MM-DD")


def test_filter_includes_the_whole_last_year_and_month(small):
    days = small.decisions.date
    assert len(small.filter(end="2012").decisions) == int((days <= "2012-12-31").sum())
    assert len(small.filter(start="2012-02", end="2012-02").decisions) == int(
        ((days >= "2012-02-01") & (days <= "2012-02-29")).sum())


# -- the quality gate, span and covers ----------------------------------------------


def _gated_case() -> Dataset:
    """Three SC decisions read from two files: one adopted over a permanent member's no."""
    from unsc import members

    dec = conform(pd.DataFrame({
        "decision_id": ["S/RES/1(1995)", "S/RES/2(1995)", "S/RES/3(2011)"], "body": "SC",
        "date": ["1995-01-10", "1995-02-10", "2011-03-17"], "outcome": "adopted",
        "topic": ["Liberia", "Georgia", "Libya"], "title": ["t1", "t2", "t3"], "source": "x",
        "file": ["drafts.csv", "drafts.csv", "curated.csv"], "line": [2, 17, 5],
    }), "decisions")
    council = ("CHN", "FRA", "GBR", "RUS", "USA", "ARG", "BWA", "CZE", "DEU", "HND", "IDN", "ITA",
               "NGA", "OMN", "RWA")
    rows = [(d, m, "yes") for d in dec.decision_id for m in council]
    rows[15 + 3] = ("S/RES/2(1995)", "RUS", "no")  # adopted over Russia's no: an error
    votes = conform(pd.DataFrame(rows, columns=["decision_id", "member", "vote"])
                    .assign(file=lambda v: v.decision_id.map(dict(zip(dec.decision_id, dec.file,
                                                                      strict=True))),
                            line=range(len(rows))), "votes")
    return Dataset(dec, votes, members=members.table(), origin="test")


def test_clean_leaves_out_decisions_with_errors_and_says_why():
    ds = _gated_case()
    clean = ds.clean()
    assert clean.cleaned and not ds.cleaned and ds.left_out.empty
    assert clean.decisions.decision_id.tolist() == ["S/RES/1(1995)", "S/RES/3(2011)"]
    assert "S/RES/2(1995)" not in set(clean.votes.decision_id.astype(str))
    out = clean.left_out
    assert out.columns.tolist() == LEFT_OUT_COLUMNS
    errors = unsc.validate(ds)
    errors = errors[errors.severity == "error"]
    # Every error of the decision is listed, with the rule, file and line the validator gave.
    assert sorted(out.rule) == sorted(errors.rule) and set(errors.decision_id) == {"S/RES/2(1995)"}
    row = out[out.rule == "adopted_with_veto"].iloc[0]
    assert (row.decision_id, row.body, row.date, row.topic, row.file, row.line, row.source) == (
        "S/RES/2(1995)", "SC", pd.Timestamp("1995-02-10"), "Georgia", "drafts.csv", 17, "drafts.csv")
    assert "RUS voted no" in row.message
    # Warnings keep their decisions; cleaning twice changes nothing.
    pdt.assert_frame_equal(clean.clean().left_out, out)
    pdt.assert_frame_equal(clean.clean().decisions, clean.decisions)


def test_left_out_travels_with_filter():
    clean = _gated_case().clean()
    assert clean.filter(start="1995", end="1995").left_out.decision_id.unique().tolist() == \
        ["S/RES/2(1995)"]
    assert clean.filter(start="2011").left_out.empty
    assert clean.filter(topic="Georgia").left_out.decision_id.nunique() == 1
    assert clean.filter(exclude="Georgia").left_out.empty
    assert clean.filter(body="GA").left_out.empty
    assert clean.filter(members=["RUS"]).left_out.decision_id.nunique() == 1  # decisions kept
    assert clean.filter(start="1995").by_seat().left_out.decision_id.nunique() == 1


def test_clean_ignores_errors_about_rows_combine_superseded():
    ds = _gated_case()
    reported = pd.DataFrame({
        "rule": ["inconsistent_flags", "swapped_symbols"], "severity": "error",
        "file": ["vetoes.csv", "curated.csv"], "row": [190, 5],
        "decision_id": ["S/RES/3(2011)", "S/RES/3(2011)"], "member": None,
        "message": ["a flag of a row the curated record superseded", "about the row used"]})
    clean = ds.clean(problems=reported)
    # The veto list's complaint is about a row not used; the curated file's is about the one used.
    assert clean.left_out.rule.tolist() == ["swapped_symbols"]
    assert ds.clean(problems=reported.iloc[:1]).decisions.decision_id.tolist() == \
        ds.decisions.decision_id.tolist()


def test_span_per_body_and_source():
    ds = _gated_case()
    span = ds.span()
    assert span.columns.tolist() == SPAN_COLUMNS
    assert span[["body", "source", "decisions"]].values.tolist() == [
        ["SC", "all sources", 3], ["SC", "drafts.csv", 2], ["SC", "curated.csv", 1]]
    assert span.loc[0, "first"] == pd.Timestamp("1995-01-10")
    assert span.loc[0, "last"] == pd.Timestamp("2011-03-17")
    assert span.loc[1, "last"] == pd.Timestamp("1995-02-10")
    assert ds.span(by_source=False).source.tolist() == ["all sources"]
    clean = ds.clean()
    assert clean.span(by_source=False).decisions.tolist() == [2]  # what is used
    assert clean.span(by_source=False, left_out=True).decisions.tolist() == [3]  # the record
    assert Dataset(empty("decisions"), empty("votes")).span().empty


def test_covers_each_source_span_and_not_the_gap_between():
    clean = _gated_case().clean()
    assert clean.covers("SC", "1995-02-10")  # left out, but the record reaches it
    assert clean.covers("SC", "2011-03-17") and clean.covers("SC", pd.Timestamp("1995-01-10"))
    assert not clean.covers("SC", "2000-01-01")  # between the two sources
    assert not clean.covers("SC", "2011-03-18") and not clean.covers("GA", "2011-03-17")
    partial = replace(clean, decisions=clean.decisions.assign(partial=True))
    assert partial.covers("SC", "2011-03-17") and not partial.covers("SC", "2011-03-17",
                                                                      complete=True)
    with pytest.raises(ValueError, match="unknown body"):
        clean.covers("XX", "2011-01-01")


def test_by_seat_marks_the_relabelling():
    from unsc import members

    dec = conform(pd.DataFrame({"decision_id": ["x"], "body": ["SC"], "date": ["1980-01-01"],
                                "outcome": ["vetoed"]}), "decisions")
    votes = conform(pd.DataFrame({"decision_id": ["x"], "member": ["SUN"], "vote": ["no"]}), "votes")
    ds = Dataset(dec, votes, members=members.table())
    assert not ds.seated and ds.by_seat().seated and ds.by_seat().filter(body="SC").seated

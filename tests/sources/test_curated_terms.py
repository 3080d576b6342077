"""The curated ``terms``: who sat on the Security Council, checked against every real table.

The Security Council rows are compiled from the UN's list "Countries Elected
Members of the Security Council" and the Charter (Art. 23). They are checked
here for shape (a full Council every day, calendar-year terms, no immediate
re-election) and against each real table that shows a Council's members: the
1994-2025 drafts table, the veto list, the UNDL sample and the emilytong
sample. Every vote by a state not on the Council that day must be listed as an
error of the third-party table in ``data/curated/known_errors.csv``.
"""

from __future__ import annotations

import ast
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import unsc
from unsc import config, members
from unsc.sources import curated

UN_LIST = "Countries Elected Members of the Security Council"
#: The seat each permanent member's predecessor held (one seat, two holders).
SEAT_OF = {"TWN": "CHN", "SUN": "RUS"}
#: Terms that do not run 1 January - 31 December, each for a stated reason in its source.
IRREGULAR = {
    ("AUS", "1946-01-12"), ("BRA", "1946-01-12"), ("POL", "1946-01-12"),  # first Council,
    ("EGY", "1946-01-12"), ("MEX", "1946-01-12"), ("NLD", "1946-01-12"),  # elected 12 Jan 1946
    ("MEX", "1980-01-07"),  # elected on 7 January 1980
    ("YMD", "1990-01-01"), ("YEM", "1990-05-22"),  # Yemen's union of 22 May 1990
}


@pytest.fixture(scope="module")
def terms() -> pd.DataFrame:
    t = curated.read_terms()
    return t[(t.body == "SC").to_numpy()].reset_index(drop=True)


@pytest.fixture(scope="module")
def known() -> pd.DataFrame:
    k = pd.read_csv(config.curated_dir() / "known_errors.csv", dtype=str, keep_default_na=False)
    return k[k.field == "members"]


def _council(terms: pd.DataFrame, day) -> set[str]:
    day = pd.Timestamp(day)
    end = terms.end.fillna(pd.Timestamp.max)
    return set(terms[(terms.start <= day) & (end >= day)].member.astype(str))


def _elected(terms: pd.DataFrame) -> pd.DataFrame:
    return terms[terms.end.notna() & ~terms.member.isin(["TWN", "SUN"])]


# -- shape of the table ----------------------------------------------------------


def test_a_full_council_every_day(terms):
    """11 seats filled every day from the first meeting (17 Jan 1946) to 1965, 15 from 1966 to 2026."""
    days = pd.date_range("1946-01-17", "2026-12-31").to_numpy()
    start = terms.start.to_numpy()
    end = terms.end.fillna(pd.Timestamp.max).to_numpy()
    seat = terms.member.astype(str).map(lambda m: SEAT_OF.get(m, m)).to_numpy()
    active = (start[None, :] <= days[:, None]) & (days[:, None] <= end[None, :])
    # A seat changing hands is held by both on the day of the change (both ends are inclusive).
    filled = pd.DataFrame(active, columns=seat).T.groupby(level=0).any().sum().to_numpy()
    expected = np.where(days < np.datetime64("1966-01-01"), 11, 15)
    short = pd.DatetimeIndex(days[filled != expected])
    # The one gap: 1-6 January 1980, before Mexico's election ended the Cuba-Colombia deadlock.
    pd.testing.assert_index_equal(short, pd.date_range("1980-01-01", "1980-01-06"), check_names=False,
                                  check_freq=False)
    assert (filled[filled != expected] == 14).all()


def test_members_counted_per_year(terms):
    counts = {y: len(_council(terms, f"{y}-07-01")) for y in (1946, 1965, 1966, 1971, 1991, 2026)}
    assert counts == {1946: 11, 1965: 11, 1966: 15, 1971: 15, 1991: 15, 2026: 15}
    assert _council(terms, "2026-07-01") - {"CHN", "FRA", "GBR", "RUS", "USA"} == {
        "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR"}


def test_split_terms(terms):
    """Seats shared after deadlocked elections: one year each, on the exact calendar years."""
    split = {("YUG", 1956), ("PHL", 1957), ("POL", 1960), ("TUR", 1961), ("LBR", 1961),
             ("IRL", 1962), ("ROU", 1962), ("PHL", 1963), ("CSK", 1964), ("MYS", 1965),
             ("ITA", 2017), ("NLD", 2018)}
    for code, year in split:
        row = terms[(terms.member == code) & (terms.start.dt.year == year)]
        assert len(row) == 1, (code, year)
        assert (row.start.iloc[0], row.end.iloc[0]) == (pd.Timestamp(f"{year}-01-01"),
                                                        pd.Timestamp(f"{year}-12-31")), (code, year)
        assert "split" in row.source.iloc[0]


def test_elected_terms_are_calendar_years(terms):
    e = _elected(terms)
    odd = e[~((e.start.dt.strftime("%m-%d") == "01-01") & (e.end.dt.strftime("%m-%d") == "12-31"))]
    assert set(zip(odd.member.astype(str), odd.start.dt.strftime("%Y-%m-%d"), strict=True)) == IRREGULAR
    years = e.end.dt.year - e.start.dt.year + 1
    assert set(years) == {1, 2}


def test_no_immediate_re_election(terms):
    """Charter Art. 23(2): a retiring member is not eligible for immediate re-election."""
    e = _elected(terms).sort_values(["member", "start"])
    gap = e.groupby("member", observed=True).start.shift(-1).dt.year - e.end.dt.year
    assert (gap.dropna() >= 2).all(), e[gap < 2]


def test_no_member_holds_two_terms_at_once(terms):
    t = terms.sort_values(["member", "start"])
    nxt = t.groupby("member", observed=True).start.shift(-1)
    assert not (nxt <= t.end).any()


def test_codes_and_permanent_seats(terms):
    assert set(terms.member.astype(str)) <= set(members.table().member.astype(str))
    for day in ("1950-06-27", "1971-10-24", "1971-10-26", "1991-12-23", "1992-01-31", "2026-01-01"):
        perm = _council(terms, day) & set(members.table().query("permanent").member.astype(str))
        assert perm == set(members.permanent_on(day)), day


def test_every_term_cites_its_source(terms):
    assert terms.source.notna().all()
    assert _elected(terms).source.str.contains(UN_LIST, regex=False).all()
    perm = terms[terms.end.isna() | terms.member.isin(["TWN", "SUN"])]
    assert perm.source.str.contains("Charter Art. 23").all()


# -- against the real tables -------------------------------------------------------


def _not_members(ds, terms) -> pd.DataFrame:
    """The ``not_a_member`` problems of ``ds`` validated with the curated terms, with dates."""
    p = unsc.validate(replace(ds, terms=terms))
    p = p[p.rule == "not_a_member"]
    dates = ds.decisions.set_index(ds.decisions.decision_id.astype(str)).date
    return p.assign(date=p.decision_id.map(dates)).reset_index(drop=True)


@pytest.mark.shared
def test_drafts_table_votes_by_non_members(sc_drafts_real, terms, known):
    """Every vote by a state off the Council in the 1994-2025 table is a listed third-party error."""
    bad = _not_members(sc_drafts_real, terms)
    listed = known[known.source_table == "unsc_drafts_votes_1994_2025"]
    # The 1995 rows: each decision's votes are those of one later year's Council.
    rule = listed[listed.decision_id.str.contains("..", regex=False)]
    assert len(rule) == 1
    councils = {y: _council(terms, f"{y}-07-01") for y in range(1996, 2026)}
    rows = sc_drafts_real.votes.assign(decision_id=sc_drafts_real.votes.decision_id.astype(str),
                                       member=sc_drafts_real.votes.member.astype(str))
    known_codes = set(members.table().member.astype(str))
    later = set()
    for did in bad[bad.date.dt.year == 1995].decision_id.unique():
        rowset = set(rows.member[rows.decision_id == did]) & known_codes
        if any(rowset <= c for c in councils.values()):
            later.add(did)
    in_rule = bad.decision_id.isin(later)
    assert rule.theirs.iloc[0] == f"{in_rule.sum()} votes on {len(later)} decisions"
    numbers = sorted(int(d.split("/")[2].split("(")[0]) for d in later)
    assert (numbers[0], numbers[-1]) == (972, 1027)
    # The rest: one listed row per decision, naming exactly the members flagged.
    rest = bad[~in_rule].groupby("decision_id").member.agg(lambda m: " ".join(sorted(m)))
    single = listed[~listed.decision_id.str.contains("..", regex=False)].set_index("decision_id").theirs
    pd.testing.assert_series_equal(rest.sort_index(), single.sort_index(), check_names=False,
                                  check_freq=False)
    assert bad.groupby(bad.date.dt.year).size().to_dict() == {1995: 503, 1997: 10, 1999: 3,
                                                              2001: 5, 2018: 1}


@pytest.mark.shared
def test_drafts_table_councils_outside_the_listed_errors(sc_drafts_real, terms, known):
    """Outside the listed records each decision's rows are members of that day's Council,
    and every member of each year's Council appears in the table that year."""
    v = sc_drafts_real.votes
    dates = sc_drafts_real.decisions.set_index(sc_drafts_real.decisions.decision_id.astype(str)).date
    frame = pd.DataFrame({"decision_id": v.decision_id.astype(str), "member": v.member.astype(str)})
    frame["year"] = frame.decision_id.map(dates).dt.year
    listed = set(known.decision_id)
    ok = frame[(frame.year != 1995) & ~frame.decision_id.isin(listed)]
    for year, group in ok.groupby("year"):
        council = _council(terms, f"{year}-01-01") | _council(terms, f"{year}-12-31")
        assert set(group.member) == council, year


@pytest.mark.shared
def test_vetoes_cast_by_permanent_members_on_the_council(vetoes_real, terms):
    assert _not_members(vetoes_real, terms).empty
    v = vetoes_real.votes
    dates = v.decision_id.astype(str).map(
        vetoes_real.decisions.set_index(vetoes_real.decisions.decision_id.astype(str)).date)
    for member, day in zip(v.member.astype(str), dates, strict=True):
        assert member in members.permanent_on(day), (member, day)
        assert member in _council(terms, day), (member, day)


@pytest.mark.shared
def test_undl_sample_councils(undl_sc_real, terms):
    """Each complete UNDL record lists exactly the Council of its date."""
    assert _not_members(undl_sc_real, terms).empty
    v = undl_sc_real.votes
    dates = undl_sc_real.decisions.set_index(undl_sc_real.decisions.decision_id.astype(str)).date
    checked = 0
    for did, group in v.groupby(v.decision_id.astype(str)):
        if len(group) < 15:  # S/RES/310(1972) is cut off by the sample's end
            assert did == "S/RES/310(1972)"
            continue
        assert set(group.member.astype(str)) == _council(terms, dates[did]), did
        checked += 1
    # 28 complete records, less S/RES/331(1973), adopted without a vote (no member votes).
    assert checked == 27


@pytest.mark.shared
def test_emilytong_member_lists(shared_data, terms, known):
    """The sample's ``Members`` column (the Council at each of 53 votes, 1947-2022) by year."""
    table = pd.read_csv(shared_data / "unsc_failed_drafts_emilytong" / "failed_drafts_votes_sample.csv")
    misspelt = set(known[known.source_table == "unsc_failed_drafts_emilytong"].theirs)
    years = set()
    for row in table.itertuples():
        year = int(row.Year)
        names = [n for n in ast.literal_eval(row.Members) if n not in misspelt]
        codes = {members.code_for(n) for n in names}
        assert None not in codes, [n for n in names if members.code_for(n) is None]
        # The sample names the USSR "Russian Federation" and uses "China" throughout.
        seats = {SEAT_OF.get(c, c) for c in codes}
        council = {SEAT_OF.get(c, c) for c in _council(terms, f"{year}-07-01")}
        missing_misspelt = len(ast.literal_eval(row.Members)) - len(names)
        assert seats <= council, (row[1], year, seats - council)
        assert len(council - seats) == missing_misspelt, (row[1], year, council - seats)
        years.add(year)
    assert len(table) == 53 and min(years) == 1947 and max(years) == 2022

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


def _not_members(ds, terms, rules=("not_a_member",)) -> pd.DataFrame:
    """The ``not_a_member`` (or other ``rules``) problems of ``ds`` validated with the curated terms."""
    p = unsc.validate(replace(ds, terms=terms))
    p = p[p.rule.isin(rules)]
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


# -- the General Assembly ------------------------------------------------------------


@pytest.fixture(scope="module")
def ga() -> pd.DataFrame:
    t = curated.read_terms()
    return t[(t.body == "GA").to_numpy()].reset_index(drop=True)


def _members_on(terms: pd.DataFrame, day) -> int:
    return len(_council(terms, day))


def test_ga_membership_grows_as_the_un_counts_it(ga):
    """Members at each year's end, as in the UN's table of the growth of its membership, except
    1992-1999: the table keeps counting Yugoslavia, whose participation A/RES/47/1 ended in 1992."""
    counts = {y: _members_on(ga, f"{y}-12-31") for y in
              (1945, 1950, 1955, 1960, 1965, 1966, 1970, 1975, 1980, 1985, 1990, 1991, 1992, 1993,
               2000, 2002, 2006, 2011, 2026)}
    assert counts == {1945: 51, 1950: 60, 1955: 76, 1960: 99, 1965: 117, 1966: 122, 1970: 127,
                      1975: 144, 1980: 154, 1985: 159, 1990: 159, 1991: 166, 1992: 178, 1993: 183,
                      2000: 189, 2002: 191, 2006: 192, 2011: 193, 2026: 193}
    current = ga[ga.end.isna()].member.astype(str)
    assert current.is_unique and len(current) == 193


def test_ga_historic_members_and_successions(ga):
    def spans(code):
        rows = ga[ga.member == code].sort_values("start")
        return [(s.strftime("%Y-%m-%d"), None if pd.isna(e) else e.strftime("%Y-%m-%d"))
                for s, e in zip(rows.start, rows.end, strict=True)]

    assert spans("SUN") == [("1945-10-24", "1991-12-24")] and spans("RUS") == [("1991-12-24", None)]
    assert spans("TWN") == [("1945-10-24", "1971-10-25")] and spans("CHN") == [("1971-10-25", None)]
    assert spans("SYR") == [("1945-10-24", "1958-02-21"), ("1961-10-13", None)]  # the UAR
    assert spans("ZAN") == [("1963-12-16", "1964-04-25")] and spans("TZA") == [("1961-12-14", None)]
    assert spans("YMD") == [("1967-12-14", "1990-05-21")] and spans("YEM") == [("1947-09-30", None)]
    assert spans("DDR") == [("1973-09-18", "1990-10-02")] and spans("CSK") == [("1945-10-24", "1992-12-31")]
    assert spans("YUG") == [("1945-10-24", "1992-09-22"), ("2000-11-01", "2003-02-03")]
    assert spans("SCG") == [("2003-02-04", "2006-06-02")] and spans("SRB") == [("2006-06-03", None)]
    assert spans("IDN") == [("1950-09-28", "1965-01-20"), ("1966-09-28", None)]
    assert ga.source.str.contains("Member States", regex=False).all()


@pytest.mark.shared
def test_unvotes_no_vote_before_admission_or_after_an_end(unvotes_real, terms, ga, known):
    """Every GA vote by a state off the Assembly that day is of the session it was admitted in."""
    both = pd.concat([terms, ga], ignore_index=True)
    assert _not_members(unvotes_real, both).empty  # no vote by a state not admitted that session
    bad = _not_members(unvotes_real, both, rules=("dated_before_admission",))
    assert (bad.severity == "warning").all()
    session = unvotes_real.decisions.set_index(unvotes_real.decisions.decision_id.astype(str)).session
    admitted = ga.assign(member=ga.member.astype(str)).groupby("member").start.max()
    day = bad.member.map(admitted)
    # Session s opens in September of 1945 + s.
    admitted_in = np.where(day.dt.month >= 9, day.dt.year - 1945, day.dt.year - 1946)
    assert (bad.decision_id.map(session).astype(int).to_numpy() == admitted_in).all()
    assert (bad.date < day).all()
    rule = known[known.source_table == "unvotes_ga"]
    assert rule.theirs.tolist() == [f"{len(bad)} votes on {bad.decision_id.nunique()} roll calls"]
    assert bad.member.nunique() == 40


def test_not_a_member_rule_on_general_assembly_terms():
    """The rule joins each vote to its member's terms: before admission and after an end are flagged."""
    from unsc.model import Dataset, conform

    decisions = conform(pd.DataFrame({
        "decision_id": ["A/RES/1", "A/RES/2"], "body": ["GA", "GA"],
        "date": pd.to_datetime(["1990-06-01", "1992-01-15"]), "title": ["one", "two"],
        "outcome": ["adopted", "adopted"], "source": ["A/PV.1", "A/PV.2"]}), "decisions")
    votes = conform(pd.DataFrame({
        "decision_id": ["A/RES/1"] * 3 + ["A/RES/2"] * 3,
        "member": ["SUN", "YMD", "NAM", "SUN", "RUS", "KAZ"],
        "vote": ["yes"] * 6}), "votes")
    ga = curated.read_terms()
    ds = Dataset(decisions=decisions, votes=votes, members=members.table(), terms=ga)
    p = unsc.validate(ds)
    bad = p[p.rule == "not_a_member"]
    # Democratic Yemen had merged into Yemen (22 May 1990); the USSR's membership passed to the
    # Russian Federation (24 Dec 1991); Kazakhstan was admitted on 2 March 1992, in the session
    # of the vote of 15 January 1992: that is a dating error of the record, kept as a warning.
    assert sorted(zip(bad.decision_id, bad.member, strict=True)) == [
        ("A/RES/1", "YMD"), ("A/RES/2", "SUN")]
    assert (bad.message == "not a member of the GA on the date of the vote").all()
    early = p[p.rule == "dated_before_admission"]
    assert list(zip(early.decision_id, early.member, early.severity, strict=True)) == [
        ("A/RES/2", "KAZ", "warning")]


def test_a_vote_a_session_before_admission_is_an_error():
    """Kazakhstan (admitted 2 March 1992) voting in June 1991, a session earlier: not a member."""
    from unsc.model import Dataset, conform

    decisions = conform(pd.DataFrame({
        "decision_id": ["A/RES/3"], "body": ["GA"], "date": pd.to_datetime(["1991-06-01"]),
        "title": ["three"], "outcome": ["adopted"], "source": ["A/PV.3"]}), "decisions")
    votes = conform(pd.DataFrame({"decision_id": ["A/RES/3"], "member": ["KAZ"],
                                  "vote": ["yes"]}), "votes")
    p = unsc.validate(Dataset(decisions=decisions, votes=votes, members=members.table(),
                              terms=curated.read_terms()))
    assert p[p.member == "KAZ"].rule.tolist() == ["not_a_member"]


@pytest.mark.shared
def test_hrc_table_votes_by_non_members(shared_data, known):
    """Where the curated Human Rights Council terms fill all 47 seats, only the listed record errs.

    Read from the raw files: the table's own reader is checked in test_hrc.py.
    """
    folder = shared_data / "unhrc_recorded_votes"
    votes = pd.read_csv(folder / "hrc_votes.csv", dtype=str)
    dates = pd.read_csv(folder / "hrc_resolutions.csv", dtype=str).set_index("name").vote_date
    votes["date"] = pd.to_datetime(votes.resolution_name.map(dates), format="%Y/%m/%d")
    t = curated.read_terms()
    t = t[(t.body == "HRC").to_numpy()]
    council = {d: _council(t, d) for d in votes.date.unique()}
    known_days = votes[votes.date.map(lambda d: len(council[d])) >= 47]
    assert len(known_days) == 3102  # 66 roll calls, 29 Sep 2010 - 28 Sep 2012
    off = known_days[[m not in council[d] for m, d in
                      zip(known_days.country_short, known_days.date, strict=True)]]
    got = off.groupby("resolution_name").country_short.agg(lambda m: " ".join(sorted(m)))
    listed = known[known.source_table == "unhrc_recorded_votes"].set_index("decision_id").theirs
    pd.testing.assert_series_equal(got.sort_index(), listed.sort_index(), check_names=False)

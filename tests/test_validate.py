"""Each validation rule fires on a small crafted case, and only there."""

import pandas as pd
import pytest

import unsc
from unsc.errors import ValidationError
from unsc.model import Dataset, conform
from unsc.sources import curated


@pytest.fixture
def good(fixtures) -> Dataset:
    return curated.read(fixtures / "curated_small")


def _with(ds, decisions=None, votes=None):
    from dataclasses import replace

    return replace(ds, decisions=conform(decisions if decisions is not None else ds.decisions,
                                         "decisions"),
                   votes=conform(votes if votes is not None else ds.votes, "votes"))


def test_clean_fixture_has_no_problems(good):
    assert unsc.validate(good).empty


def test_duplicate_vote_and_council_size(good):
    votes = pd.concat([good.votes, good.votes.iloc[[0]]], ignore_index=True)
    p = unsc.validate(_with(good, votes=votes))
    assert set(p.rule) == {"duplicate_vote", "council_size", "tally_mismatch"}
    dup = p[p.rule == "duplicate_vote"]
    assert len(dup) == 2 and set(dup.member) == {"BIH"}
    assert dup.file.str.endswith("votes.csv").all() and set(dup.row) == {2}


def test_unknown_vote_and_member(good):
    votes = good.votes.copy()
    votes["member"] = votes.member.cat.add_categories(["XXX"])
    votes.loc[0, "member"] = "XXX"
    votes.loc[1, "vote"] = None
    p = unsc.validate(_with(good, votes=votes))
    assert {"unknown_member", "unknown_vote"} <= set(p.rule)
    assert p[p.rule == "unknown_member"].member.tolist() == ["XXX"]


def test_adopted_with_permanent_no(good):
    votes = good.votes.copy()
    votes.loc[(votes.decision_id == "S/RES/1973(2011)") & (votes.member == "RUS"), "vote"] = "no"
    p = unsc.validate(_with(good, votes=votes))
    row = p[p.rule == "adopted_with_veto"]
    assert row.decision_id.tolist() == ["S/RES/1973(2011)"]
    assert "RUS" in row.message.iloc[0]


def test_vetoed_without_permanent_no(good):
    votes = good.votes.copy()
    votes.loc[votes.decision_id == "S/2012/77", "vote"] = "yes"
    p = unsc.validate(_with(good, votes=votes))
    assert "veto_without_no" in set(p.rule)


def test_tally_contradiction(good):
    dec = good.decisions.copy()
    dec.loc[dec.decision_id == "S/2012/77", "yes"] = 12
    p = unsc.validate(_with(good, decisions=dec))
    assert p.rule.tolist() == ["tally_mismatch"]
    assert "yes=12" in p.message.iloc[0] and "13" in p.message.iloc[0]
    assert p.row.iloc[0] == 3 and p.file.iloc[0].endswith("decisions.csv")


def test_not_a_member(good):
    votes = good.votes.copy()
    # Azerbaijan joined the Council in 2012: a 2011 vote by it is impossible.
    votes["member"] = votes.member.cat.add_categories(["AZE"]) if "AZE" not in \
        votes.member.cat.categories else votes.member
    votes.loc[(votes.decision_id == "S/RES/1973(2011)") & (votes.member == "GAB"), "member"] = "AZE"
    p = unsc.validate(_with(good, votes=votes))
    bad = p[p.rule == "not_a_member"]
    assert bad.member.tolist() == ["AZE"] and bad.decision_id.tolist() == ["S/RES/1973(2011)"]


def test_eleven_members_before_1966(good):
    dec = good.decisions.copy()
    dec.loc[dec.decision_id == "S/RES/1973(2011)", "date"] = pd.Timestamp("1960-01-01")
    p = unsc.validate(_with(good, decisions=dec).__class__(
        decisions=conform(dec, "decisions"), votes=good.votes, members=good.members))
    assert "15 member rows; the Council had 11 members" in set(p.message)


def test_error_mode(good):
    votes = pd.concat([good.votes, good.votes.iloc[[0]]], ignore_index=True)
    with pytest.raises(ValidationError) as err:
        unsc.validate(_with(good, votes=votes), errors="raise")
    assert "duplicate_vote" in str(err.value) and len(err.value.problems) >= 2


def _resolutions(rows: list[tuple[str, str]], body: str = "SC") -> Dataset:
    """Decisions only, from ``(decision_id, date)``, read from line 2 on."""
    decisions = pd.DataFrame({
        "decision_id": [r[0] for r in rows], "body": body, "date": [r[1] for r in rows],
        "outcome": "adopted", "file": "table.csv", "line": range(2, len(rows) + 2)})
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(
        pd.DataFrame(columns=["decision_id", "member", "vote"]), "votes"))


def test_symbol_year():
    ds = _resolutions([
        ("S/RES/1588(2055)", "2005-03-17"),          # a typo in the symbol's year
        ("S/RES/1589(2005)", "2005-03-24"),
        ("S/RES/2022(2011) (ID 7)", "2010-12-02"),   # a reader's suffix does not hide it
        ("S/2012/77", "2013-02-04"),                 # a draft symbol: no year to compare
    ])
    p = unsc.validate(ds)
    bad = p[p.rule == "symbol_year"]
    assert bad.decision_id.tolist() == ["S/RES/1588(2055)", "S/RES/2022(2011) (ID 7)"]
    assert (bad.severity == "error").all() and bad.row.tolist() == [2, 4]
    assert bad.message.iloc[0] == "the symbol says 2055, the decision is dated 2005-03-17"
    ga = _resolutions([
        ("A/RES/66/253", "2012-02-16"),              # session 66: Sept 2011 to Sept 2012
        ("A/RES/66/253 B", "2012-08-03"),
        ("A/RES/677/46 (rcid 5924)", "2012-12-03"),  # 677 for 67
        ("A/RES/2200(XXI) A", "1966-12-16"),
        ("A/RES/595(XIX)", "1959-11-06"),            # session XIX met in 1964-1965
        ("A/RES/ES-10/19", "2018-06-13"),            # emergency sessions are numbered apart
        ("A/RES/1/1", "1946-01-24"),
    ], body="GA")
    bad = unsc.validate(ga).query("rule == 'symbol_year'")
    assert bad.decision_id.tolist() == ["A/RES/677/46 (rcid 5924)", "A/RES/595(XIX)"]
    assert "session 19 (1964-1965)" in bad.message.iloc[1]


def test_date_order_flags_the_misdated_resolution_not_its_neighbours():
    ds = _resolutions([
        ("S/RES/1395(2002)", "2002-02-27"),
        ("S/RES/1396(2002)", "2002-03-05"),
        ("S/RES/1397(2002)", "2002-12-03"),  # 12 March with day and month swapped
        ("S/RES/1398(2002)", "2002-03-15"),
        ("S/RES/1399(2002)", "2002-03-19"),
        ("S/RES/2022(2011)", "2011-02-12"),  # 2 December: earlier than both neighbours
        ("S/RES/2021(2011)", "2011-11-29"),  # the order of the rows does not matter
        ("S/RES/2020(2011)", "2011-11-22"),
        ("S/RES/2023(2011)", "2011-12-05"),
        ("S/RES/2024(2011)", "2011-12-14"),
    ])
    p = unsc.validate(ds)
    # both would be in order with day and month swapped: a likely swap, its own rule
    assert p[p.rule == "date_order"].empty
    order = p[p.rule == "date_swapped"]
    assert order.decision_id.tolist() == ["S/RES/1397(2002)", "S/RES/2022(2011)"]
    assert (order.severity == "warning").all() and order.row.tolist() == [4, 7]
    assert order.message.iloc[0] == (
        "dated 2002-12-03, later than S/RES/1396(2002) (2002-03-05) and S/RES/1398(2002) "
        "(2002-03-15), the nearest resolutions by number dated in order; with day and month "
        "swapped, 2002-03-12, it would be in order: likely a day-month swap, suggested date "
        "2002-03-12 (the stored date is kept)")
    assert "earlier than S/RES/2021(2011) (2011-11-29) and S/RES/2023(2011)" in \
        order.message.iloc[1]
    # reported, never fixed
    assert ds.decisions.set_index("decision_id").date["S/RES/1397(2002)"] == pd.Timestamp("2002-12-03")


def test_date_doubt_of_one_resolution_is_its_validation_warning():
    from unsc.lookup import roll_call
    from unsc.validate import date_doubt

    ds = _resolutions([("S/RES/1396(2002)", "2002-03-05"), ("S/RES/1397(2002)", "2002-12-03"),
                       ("S/RES/1398(2002)", "2002-03-15"), ("S/RES/1399(2002)", "2002-03-19")])
    warning = unsc.validate(ds).query("decision_id == 'S/RES/1397(2002)'").message.iloc[0]
    assert date_doubt(ds, "S/RES/1397(2002)") == warning
    assert date_doubt(ds, "S/RES/1398(2002)") is None
    # a roll call shown on its own carries it
    assert roll_call(ds, "S/RES/1397(2002)").date_doubt == warning
    assert roll_call(ds, "S/RES/1396(2002)").date_doubt is None
    from unsc.commands.decisions import _roll_call_text

    shown = " ".join(_roll_call_text(roll_call(ds, "S/RES/1397(2002)")).split())
    assert "The date is in doubt (validation, a warning): dated 2002-12-03," in shown
    assert "suggested date 2002-03-12" in shown


def test_date_order_in_a_run_of_misdated_resolutions():
    """Two misdated resolutions around a right one: only the two are flagged.

    A plain local-extremum test would flag S/RES/898, which is earlier than both
    of its (wrong) neighbours; the neighbours here are the nearest in order.
    """
    ds = _resolutions([
        ("S/RES/894(1994)", "1994-01-14"),
        ("S/RES/895(1994)", "1994-01-28"),
        ("S/RES/896(1994)", "1994-01-31"),
        ("S/RES/897(1994)", "1994-04-02"),   # 4 February
        ("S/RES/898(1994)", "1994-02-23"),   # right
        ("S/RES/899(1994)", "1994-04-03"),   # 4 March
        ("S/RES/900(1994)", "1994-03-04"),
        ("S/RES/901(1994)", "1994-03-04"),   # the same day: in order
        ("S/RES/902(1994)", "1994-03-11"),
        ("S/RES/2000(2011)", "2011-07-27"),
    ])
    order = unsc.validate(ds).query("rule in ['date_order', 'date_swapped']")
    assert order.decision_id.tolist() == ["S/RES/897(1994)", "S/RES/899(1994)"]
    assert (order.rule == "date_swapped").all()
    assert order.message.str.contains("with day and month swapped").all()
    # The first resolution by number has one neighbour only.
    first = _resolutions([("S/RES/425(2002)", "2002-07-22"), ("S/RES/894(1994)", "1994-01-14"),
                          ("S/RES/895(1994)", "1994-01-28"), ("S/RES/896(1994)", "1994-01-31")])
    order = unsc.validate(first).query("rule == 'date_order'")
    assert order.message.tolist() == [
        "dated 2002-07-22, later than S/RES/894(1994) (1994-01-14), the nearest resolution by "
        "number dated in order"]


def test_date_swapped_needs_a_real_date_between_both_neighbours():
    """Only a swap giving a real date strictly bounded by two in-order neighbours is a likely swap."""
    ds = _resolutions([
        ("S/RES/1500(2003)", "2003-08-14"),
        ("S/RES/1501(2003)", "2003-08-26"),
        ("S/RES/1502(2003)", "2003-08-13"),  # swapped: 2003-13-08, no such date
        ("S/RES/1503(2003)", "2003-08-28"),
        ("S/RES/1504(2003)", "2003-09-04"),
        ("S/RES/1505(2003)", "2003-11-09"),  # swapped: 2003-09-11, after S/RES/1506's day
        ("S/RES/1506(2003)", "2003-09-10"),
        ("S/RES/1507(2003)", "2003-09-12"),
        ("S/RES/1508(2003)", "2003-09-19"),
        ("S/RES/1509(2003)", "2003-09-19"),
        ("S/RES/1510(2003)", "2003-10-13"),
        ("S/RES/1511(2003)", "2003-10-16"),
        ("S/RES/1512(2003)", "2003-01-27"),  # 27 October: no swap, day 27
        ("S/RES/1513(2003)", "2003-10-28"),
        ("S/RES/1514(2003)", "2003-10-08"),  # swapped: 2003-08-10, before its neighbours
        ("S/RES/1515(2003)", "2003-11-19"),
        ("S/RES/1516(2003)", "2003-11-20"),
    ])
    p = unsc.validate(ds)
    assert p[p.rule == "date_swapped"].empty
    assert p[p.rule == "date_order"].decision_id.tolist() == [
        "S/RES/1502(2003)", "S/RES/1505(2003)", "S/RES/1512(2003)", "S/RES/1514(2003)"]
    from unsc.validate import date_swaps

    assert date_swaps(ds).empty


def test_date_swaps_gives_the_suggested_date_and_its_evidence():
    from unsc.validate import SWAP_COLUMNS, date_swaps

    ds = _resolutions([
        ("S/RES/1925(2010)", "2010-05-28"),
        ("S/RES/1929(2010)", "2010-09-06"),  # 9 June (S/PV.6335), day and month swapped
        ("S/RES/1930(2010)", "2010-06-15"),
        ("S/RES/1931(2010)", "2010-06-29"),
    ])
    swaps = date_swaps(ds)
    assert list(swaps.columns) == SWAP_COLUMNS
    expected = pd.DataFrame({
        "decision_id": ["S/RES/1929(2010)"], "date": pd.to_datetime(["2010-09-06"]),
        "suggested": pd.to_datetime(["2010-06-09"]), "before": ["S/RES/1925(2010)"],
        "before_date": pd.to_datetime(["2010-05-28"]), "after": ["S/RES/1930(2010)"],
        "after_date": pd.to_datetime(["2010-06-15"])})
    pd.testing.assert_frame_equal(swaps[expected.columns].astype({"decision_id": object}), expected,
                                  check_dtype=False)
    assert swaps.row.tolist() == [3]
    assert swaps.evidence.iloc[0] == (
        "dated 2010-09-06; S/RES/1925(2010) (2010-05-28) and S/RES/1930(2010) (2010-06-15) are the nearest "
        "resolutions by number dated in order, and 2010-06-09 (day and month swapped) falls between them")
    assert date_swaps(_resolutions([("S/RES/1(1946)", "1946-01-25")])).empty


def test_no_date_order_without_enough_resolutions(good):
    assert unsc.validate(good).empty
    assert unsc.validate(_resolutions([("S/RES/2(1946)", "1946-12-01"),
                                       ("S/RES/1(1946)", "1946-01-25")])).query(
        "rule == 'date_order'").empty


def test_duplicate_decision_is_reported_not_a_crash(good):
    dec = pd.concat([good.decisions, good.decisions.iloc[[0]]], ignore_index=True)
    p = unsc.validate(_with(good, decisions=dec))
    dup = p[p.rule == "duplicate_decision"]
    assert len(dup) == 2 and dup.decision_id.nunique() == 1


def test_one_huge_value_stays_cheap(good):
    """A 1.5 MB value once took 12 s and 4.5 GB: memory stays near the value's size."""
    import tracemalloc

    huge = "S/RES/1(2011) " * 110_000
    dec = good.decisions.copy()
    dec["title"] = dec["title"].astype(object)
    dec.loc[0, "title"] = huge
    votes = good.votes.copy()
    ids = dec.decision_id.astype(str).tolist()
    dec["decision_id"] = [huge + "x"] + ids[1:]
    votes["decision_id"] = votes.decision_id.astype(str).replace(ids[0], huge + "x")
    ds = _with(good, decisions=dec, votes=votes)
    tracemalloc.start()
    p = unsc.validate(ds)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 100 * 2**20, f"validate peaked at {peak / 2**20:.0f} MB"
    assert (p.decision_id == huge + "x").sum() == 0 or set(p.rule) <= {"symbol_year", "date_order"}


# -- procedural votes: a permanent member's no that is no veto ---------------------------

@pytest.fixture
def procedural(fixtures) -> Dataset:
    """S/RES/2623(2022): adopted 11-1-3 over Russia's no, a procedural vote (procedural.csv lists it)."""
    return curated.read(fixtures / "procedural_record")


def _curated_copy(tmp_path, monkeypatch, name: str, text: str | None = None):
    import shutil

    from unsc import config

    folder = tmp_path / "curated"
    shutil.copytree(config.curated_dir(), folder)
    if text is None:
        (folder / name).unlink()
    else:
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("UNSC_CURATED", str(folder))
    return folder


def test_a_listed_procedural_vote_is_reported_as_a_note_and_kept(procedural):
    p = unsc.validate(procedural)
    assert p[["rule", "severity", "decision_id"]].values.tolist() == [
        ["procedural_no", "info", "S/RES/2623(2022)"]]
    assert p.message.iloc[0].startswith("adopted with permanent member(s) RUS voting no: a procedural vote")
    assert "Article 27(2)" in p.message.iloc[0]
    clean = procedural.clean()
    assert clean.decisions.decision_id.astype(str).tolist() == ["S/RES/2623(2022)"]
    assert clean.left_out.empty


def test_without_the_list_the_same_vote_is_an_error(procedural, tmp_path, monkeypatch):
    _curated_copy(tmp_path, monkeypatch, "procedural.csv")
    p = unsc.validate(procedural)
    assert p[["rule", "severity"]].values.tolist() == [["adopted_with_veto", "error"]]
    assert procedural.clean().decisions.empty


def test_a_malformed_procedural_list_names_file_line_column_and_value(procedural, tmp_path, monkeypatch):
    from unsc.errors import DataFormatError

    folder = _curated_copy(tmp_path, monkeypatch, "procedural.csv",
                              "decision_id,date,meeting,note,source\n"
                              "S/RES/2623(2022),27 Feb 2022,S/PV.8980,written for the test,test\n")
    with pytest.raises(DataFormatError) as err:
        unsc.validate(procedural)
    e = err.value
    assert (str(e.path), e.line, e.column, e.value) == (str(folder / "procedural.csv"), 2, "date",
                                                        "27 Feb 2022")


def test_known_gaps_are_reported_within_the_tables_span(fixtures):
    """A vote or a member row ``known_errors.csv`` lists a table as lacking is a warning, nothing fixed."""
    ds = unsc.read(fixtures / "unvotes_cuba")  # unvotes' layout, 2016 and 2019 roll calls
    p = unsc.validate(ds).set_index("rule")
    assert set(p.index) == {"missing_vote", "missing_row"} and (p.severity == "warning").all()
    gap = p.loc["missing_vote"]
    assert gap.decision_id == "A/RES/73/8" and pd.isna(gap.row)
    assert gap.message.startswith("unvotes_ga (GA 2016-10-26 to 2019-11-07 in the data) lacks A/RES/73/8, "
                                  "a recorded vote of 2018-11-01 (189-2-0)")
    row = p.loc["missing_row"]
    assert (row.decision_id, row.member, row.row) == ("A/RES/71/5", "ZWE", 2)
    assert row.file.endswith("un_roll_calls.csv") and "whose official vote was yes" in row.message
    # a span that ends before the gap is not asked about it; a row that is there is no gap
    early = ds.filter(end="2017-12-31")
    assert set(unsc.validate(early).rule) == {"missing_row"}
    votes = pd.concat([ds.votes, ds.votes.iloc[[0]].assign(member="ZWE", vote="yes")], ignore_index=True)
    assert "missing_row" not in set(unsc.validate(_with(ds, votes=votes)).rule)


def _sessions(rows: list[tuple[str, str, str, str]]) -> Dataset:
    """Decisions only, from ``(decision_id, session, date, file)``."""
    decisions = pd.DataFrame({
        "decision_id": [r[0] for r in rows], "body": "GA", "session": [r[1] for r in rows],
        "date": [r[2] for r in rows], "outcome": "adopted", "file": [r[3] for r in rows],
        "line": range(2, len(rows) + 2)})
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(
        pd.DataFrame(columns=["decision_id", "member", "vote"]), "votes"))


def test_approximate_days_flags_a_session_dated_in_first_weeks_only():
    from unsc.validate import APPROXIMATE_DAY_COLUMNS, approximate_days

    # session 47: 24 votes over October to December, every one dated on the 1st to the 7th (as
    # unvotes_ga dates A/RES/47/19 of 24 November 1992 on 1992-11-03)
    early = [(f"A/RES/47/{i}", "47", f"1992-{10 + i % 3}-{1 + i % 7:02d}", "calls.csv") for i in range(24)]
    # session 58: days spread over the month, as real days are
    spread = [(f"A/RES/58/{i}", "58", f"2003-{10 + i % 3}-{1 + i:02d}", "calls.csv") for i in range(24)]
    # a Rights Council-like session voting on its last three days, all in a first week: not flagged
    three = [(f"A/HRC/RES/51/{i}", "51", f"2022-10-0{5 + i % 3}", "hrc.csv") for i in range(24)]
    found = approximate_days(_sessions(early + spread + three))
    assert list(found.columns) == APPROXIMATE_DAY_COLUMNS
    pd.testing.assert_frame_equal(found[["file", "session", "decisions"]],
                                  pd.DataFrame({"file": ["calls.csv"], "session": ["47"], "decisions": [24]}),
                                  check_dtype=False)
    assert found.first_week.tolist() == [1.0]
    # too few decisions to tell
    assert approximate_days(_sessions(early[:10])).empty
    # validation reports the session, as information (the dates are kept, nothing is gated)
    p = unsc.validate(_sessions(early + spread))
    flagged = p[p.rule == "approximate_day"]
    assert flagged[["severity", "file"]].values.tolist() == [["info", "calls.csv"]]
    assert flagged.message.iloc[0].startswith("session 47: 100% of the session's 24 decisions")

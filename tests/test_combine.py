"""``unsc.combine``: each decision once, disagreements reported with both values."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.model import CONFLICT_COLUMNS


@pytest.fixture
def undl(fixtures):
    return unsc.read(fixtures / "undl_sc" / "sc_voting_small.csv")


@pytest.fixture
def drafts_path(fixtures):
    return fixtures / "sc_drafts" / "sc_drafts_small.csv"


@pytest.fixture
def vetoes_path(fixtures):
    return fixtures / "vetoes" / "vetoes_small.csv"


def _edit(tmp_path, src, old, new, name=None):
    text = src.read_text()
    assert old in text
    out = tmp_path / (name or src.name)
    out.write_text(text.replace(old, new, 1))
    return out


def _votes(ds, decision_id):
    v = ds.votes[(ds.votes.decision_id == decision_id).to_numpy()]
    return dict(zip(v.member.astype(str), v.vote.astype(str), strict=True))


def test_agreeing_sources_merge_silently(undl, drafts_path):
    drafts = unsc.read(drafts_path)
    ds = unsc.combine(undl, drafts)
    ids = ds.decisions.decision_id
    assert ids.is_unique and set(ids) == {"S/RES/1973(2011)", "S/RES/418(1977)", "S/2012/77"}
    assert ds.conflicts.empty and list(ds.conflicts.columns) == CONFLICT_COLUMNS
    d = ds.decisions.set_index("decision_id")
    # The official file is trusted first; the third-party table completes it.
    assert d.loc["S/RES/1973(2011)", ["yes", "no", "abstain"]].tolist() == [10, 0, 5]
    # Both sources' own labels are kept, most trusted first; the derived topics agree.
    assert d.loc["S/RES/1973(2011)", "source_topic"] == "The situation in Libya | Libya"
    assert d.loc["S/RES/1973(2011)", "topic"] == "Libya"
    assert d.loc["S/RES/1973(2011)", "file"].endswith("sc_voting_small.csv")
    assert _votes(ds, "S/RES/1973(2011)") == _votes(undl, "S/RES/1973(2011)")
    assert len(ds.votes) == 45 and unsc.validate(ds).query("rule == 'source_conflict'").empty
    # Trust order decides which provenance is kept, never which decisions exist.
    other = unsc.combine(drafts, undl)
    assert set(other.decisions.decision_id) == set(ids) and other.conflicts.empty


def test_disagreements_are_reported_with_both_values(undl, drafts_path, tmp_path):
    path = _edit(tmp_path, drafts_path, ",Abstain,Brazil,", ",Yes,Brazil,")
    path = _edit(tmp_path, path, "2011,2011-03-17", "2011,2011-03-18")
    drafts = unsc.read(path)
    ds = unsc.combine(undl, drafts)
    c = ds.conflicts.set_index(["field", "member"], drop=False)
    vote = c.loc[("vote", "BRA")]
    assert (vote.value, vote.other_value) == ("abstain", "yes")
    assert vote.source.startswith("undl-sc") and vote.other_source.startswith("sc-drafts")
    assert vote.other_file == str(path) and vote.other_row == 3
    date = ds.conflicts[ds.conflicts.field == "date"].iloc[0]
    assert (date.value, date.other_value) == ("2011-03-17", "2011-03-18")
    assert len(ds.conflicts) == 2
    # The trusted value is kept, nothing is resolved silently: validate lists both.
    assert _votes(ds, "S/RES/1973(2011)")["BRA"] == "abstain"
    p = unsc.validate(ds)
    shown = p[p.rule == "source_conflict"]
    assert len(shown) == 2 and shown.message.str.contains("abstain in undl-sc").any()


def test_a_missing_row_in_a_complete_source_is_a_disagreement(undl, drafts_path, tmp_path):
    lines = drafts_path.read_text().splitlines(keepends=True)
    path = tmp_path / "drafts.csv"
    path.write_text("".join(line for line in lines if ",Brazil," not in line))
    ds = unsc.combine(undl, unsc.read(path))
    c = ds.conflicts.iloc[0]
    assert len(ds.conflicts) == 1
    assert (c.member, c.value, c.other_value) == ("BRA", "abstain", "(no row)")
    # ... and the other way round: a vote only the less trusted source has is not added.
    ds = unsc.combine(unsc.read(path), undl)
    assert "BRA" not in _votes(ds, "S/RES/1973(2011)")
    c = ds.conflicts.iloc[0]
    assert (c.member, c.value, c.other_value) == ("BRA", "(no row)", "abstain")


def test_partial_source_is_completed_not_invented(drafts_path, vetoes_path):
    drafts, vetoes = unsc.read(drafts_path), unsc.read(vetoes_path)
    for ds in (unsc.combine(vetoes, drafts), unsc.combine(drafts, vetoes)):
        d = ds.decisions.set_index("decision_id")
        assert not d.loc["S/2012/77", "partial"]           # one source is complete
        assert d.loc["S/2011/612", "partial"]              # only the veto list has it
        votes = _votes(ds, "S/2012/77")
        assert len(votes) == 15 and sorted(m for m, v in votes.items() if v == "no") == [
            "CHN", "RUS"]
        assert _votes(ds, "S/2011/612") == {"CHN": "no", "RUS": "no"}
        assert ds.conflicts.empty


def test_partial_source_disagreeing(drafts_path, vetoes_path, tmp_path):
    path = _edit(tmp_path, vetoes_path, "S/PV.6711,Middle East - Syria,Syria,Middle East,China,"
                 "Russia,,0,1,1,0,1,0,0,0", "S/PV.6711,Middle East - Syria,Syria,Middle East,"
                 "China,Russia,USA,0,1,1,0,1,0,1,0")
    ds = unsc.combine(unsc.read(drafts_path), unsc.read(path))
    c = ds.conflicts
    assert c[["member", "value", "other_value"]].values.tolist() == [["USA", "yes", "no"]]


def test_stacking_keeps_categories(undl, drafts_path):
    ds = unsc.combine(undl, unsc.read(drafts_path))
    assert isinstance(ds.votes.member.dtype, pd.CategoricalDtype)
    assert isinstance(ds.votes.decision_id.dtype, pd.CategoricalDtype)
    assert {"SUN", "DEU", "AZE"} <= set(ds.votes.member.astype(str))
    pdt.assert_series_equal(ds.votes.vote.cat.categories.to_series(),
                            undl.votes.vote.cat.categories.to_series())


def test_arguments(undl):
    assert unsc.combine(undl) is undl
    with pytest.raises(ValueError):
        unsc.combine()


def _second_roll_call(tmp_path, drafts_path, new_id, outcome, date):
    """The drafts fixture with S/2012/77 voted on a second time (another ID)."""
    lines = drafts_path.read_text().splitlines(keepends=True)
    again = [line.replace(",1177,", f",{new_id},").replace("Not adopted - veto", outcome)
             .replace("2012-02-04", date) for line in lines if ",1177," in line]
    path = tmp_path / f"drafts_{new_id}.csv"
    path.write_text("".join(lines + again))
    return path


def test_a_suffixed_duplicate_is_matched_by_outcome_and_date(drafts_path, vetoes_path, tmp_path):
    """S/2012/77 twice in the drafts table: the vetoed one is the veto list's S/2012/77."""
    path = _second_roll_call(tmp_path, drafts_path, 1178,
                             "Not adopted - failed to receive required number of votes",
                             "2012-03-01")
    drafts, vetoes = unsc.read(path), unsc.read(vetoes_path)
    assert {"S/2012/77 (ID 1177)", "S/2012/77 (ID 1178)"} <= set(drafts.decisions.decision_id)
    for ds in (unsc.combine(drafts, vetoes), unsc.combine(vetoes, drafts)):
        d = ds.decisions.set_index("decision_id")
        assert {"S/2012/77", "S/2012/77 (ID 1178)"} <= set(d.index)
        assert "S/2012/77 (ID 1177)" not in d.index and d.index.is_unique
        assert not d.loc["S/2012/77", "partial"] and len(_votes(ds, "S/2012/77")) == 15
        # Counted once each (the veto list's 1946 USSR veto is the third Russian one).
        assert unsc.vetoes_by(ds).sum().to_dict() == {
            "CHN": 2, "FRA": 0, "GBR": 0, "RUS": 3, "USA": 0}
        # Nothing silent: the relabelling is an info problem, with the drafts file and row.
        p = unsc.validate(ds)
        matched = p[p.rule == "matched_duplicate"]
        assert matched[["severity", "decision_id", "file", "row"]].values.tolist() == [
            ["info", "S/2012/77", str(path), 17]]
        assert "S/2012/77 (ID 1177) in sc-drafts" in matched.message.iloc[0]
        # The reader's own report follows its decision to the new key.
        dup = p[p.rule == "duplicate_roll_call"]
        assert set(dup.decision_id) == {"S/2012/77", "S/2012/77 (ID 1178)"}
        assert ds.conflicts.empty
    # Without the veto list nothing is relabelled.
    assert unsc.combine(drafts, unsc.read(drafts_path).filter(decisions=[])).problems.query(
        "rule == 'matched_duplicate'").empty


def test_a_duplicate_is_not_matched_when_ambiguous_or_different(drafts_path, vetoes_path,
                                                                tmp_path):
    vetoes = unsc.read(vetoes_path)
    # The veto list dates S/2012/77 a day later: not the same roll call, kept apart.
    path = _second_roll_call(tmp_path, drafts_path, 1178, "Not adopted - veto", "2012-03-01")
    later = _edit(tmp_path, vetoes_path, "2/4/2012", "2/5/2012")
    ds = unsc.combine(unsc.read(path), unsc.read(later))
    d = ds.decisions.set_index("decision_id")
    assert {"S/2012/77", "S/2012/77 (ID 1177)", "S/2012/77 (ID 1178)"} <= set(d.index)
    assert ds.problems.query("rule == 'matched_duplicate'").empty
    assert d.loc["S/2012/77", "partial"]  # the veto list's own, alone
    # Two vetoed roll calls on the same day: either could be the one; neither is chosen.
    path = _second_roll_call(tmp_path, drafts_path, 1178, "Not adopted - veto", "2012-02-04")
    ds = unsc.combine(unsc.read(path), vetoes)
    d = ds.decisions.set_index("decision_id")
    assert {"S/2012/77", "S/2012/77 (ID 1177)", "S/2012/77 (ID 1178)"} <= set(d.index)
    left = ds.problems[ds.problems.rule == "matched_duplicate"]
    assert sorted(left.decision_id) == ["S/2012/77 (ID 1177)", "S/2012/77 (ID 1178)"]
    assert left.message.str.contains("none is matched").all()


@pytest.mark.shared
def test_real_drafts_and_vetoes(shared_data):
    drafts = unsc.read(shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz")
    vetoes = unsc.read(shared_data / "unsc_vetoes_wpdl" / "unsc_vetoes_1946_sept2022.csv")
    ds = unsc.combine(drafts, vetoes)
    assert ds.decisions.decision_id.is_unique
    # 43 drafts under the same key in both, and 6 the drafts table records twice
    # (" (ID n)") matched to the veto list's by outcome and date.
    assert len(ds.decisions) == len(drafts.decisions) + len(vetoes.decisions) - 43 - 6
    matched = ds.problems[ds.problems.rule == "matched_duplicate"]
    assert sorted(matched.decision_id) == sorted([
        "S/1995/394", "S/1997/18", "S/1997/199", "S/1997/241", "S/1999/201", "S/2020/667"])
    assert (matched.severity == "info").all()
    assert _votes(ds, "S/2020/667") == _votes(drafts, "S/2020/667 (ID 1713)")
    assert _votes(ds, "S/2012/77")["CHN"] == "no" and len(_votes(ds, "S/2012/77")) == 15
    # The two tables disagree on two dates only; both values are reported.
    c = ds.conflicts
    assert c[["decision_id", "field", "value", "other_value"]].values.tolist() == [
        ["S/2001/270", "date", "2001-03-27", "2001-04-12"],
        ["S/2001/1199", "date", "2001-12-14", "2001-12-15"],
    ]


@pytest.mark.shared
def test_vetoes_are_counted_once_on_the_combined_tables(shared_data):
    """Each seat's vetoes 2011-2020 on drafts + veto list are the veto list's own count."""
    path = shared_data / "unsc_vetoes_wpdl" / "unsc_vetoes_1946_sept2022.csv"
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    year = pd.to_datetime(raw["date"], format="%m/%d/%Y").dt.year
    names = raw.loc[year.between(2011, 2020), ["member_veto1", "member_veto2", "member_veto3"]]
    seat = {"Russia": "RUS", "USSR": "RUS", "China": "CHN", "USA": "USA", "UK": "GBR",
            "France": "FRA"}
    named = names.stack().replace("", pd.NA).dropna().map(seat)
    expected = named.value_counts().reindex(list(unsc.PERMANENT_SEATS), fill_value=0)
    assert (expected["RUS"], expected["CHN"]) == (21, 11)

    drafts = unsc.read(shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz")
    ds = unsc.combine(drafts, unsc.read(path)).filter(start="2011", end="2020")
    got = unsc.vetoes_by(ds).sum()
    assert got.to_dict() == expected.to_dict()


def test_categories_in_another_order_are_not_mixed_up():
    """Two sources with the same member categories in another order keep their members."""
    from unsc.model import Dataset, conform

    def ds(order, votes):
        decisions = conform(pd.DataFrame({"decision_id": ["S/1"], "body": ["SC"],
                                          "date": ["2012-01-01"], "outcome": ["adopted"]}),
                            "decisions")
        v = pd.DataFrame({"decision_id": "S/1", "member": list(votes), "vote": list(
            votes.values())})
        v = conform(v, "votes")
        v["member"] = v["member"].cat.set_categories(order)
        return Dataset(decisions=decisions, votes=v)

    a = ds(["CHN", "FRA", "RUS"], {"CHN": "yes", "FRA": "no", "RUS": "abstain"})
    b = ds(["RUS", "FRA", "CHN"], {"CHN": "yes", "FRA": "no", "RUS": "abstain"})
    assert a.votes.member.dtype == b.votes.member.dtype  # pandas: equal, order aside
    both = unsc.combine(a, b)
    assert both.conflicts.empty
    assert _votes(both, "S/1") == {"CHN": "yes", "FRA": "no", "RUS": "abstain"}

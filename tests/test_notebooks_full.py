"""Every notebook on the full real data, imported into a temporary store.

Needs ``../shared/data`` (skips without it, fails without it under CI=true).
Expected values are computed independently from the raw files where possible.
"""

import re

import pandas as pd
import pytest

from unsc import reports, store

pytestmark = [pytest.mark.notebook, pytest.mark.shared]

#: What a raw frame dump leaves in a page (as in test_notebooks.py, but a cut is a cell of "..." alone:
#: some General Assembly titles hold "..." themselves).
RAW_DUMP = re.compile(r"&lt;NA&gt;|<NA>|\bNaT\b|\bdtype: |&lt;Dataset|<Dataset|…|<t[dh]>\.\.\.</t[dh]>|"
                      r'class="row_heading|class="blank|class="index_name|<tr>\s*<th>[^<]*</th>\s*<td')

SOURCES = [
    "unsc_drafts_votes_1994_2025/sc_voting_1994_2025.csv.gz",
    "unsc_vetoes_wpdl/unsc_vetoes_1946_sept2022.csv",
    "unhrc_recorded_votes",
    "unvotes_ga",
]


@pytest.fixture(scope="module")
def full_store(shared_data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("full-store")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UNSC_STORE", str(folder))
        for source in SOURCES:
            store.import_path(shared_data / source)
    return folder


@pytest.fixture
def run(full_store, monkeypatch, tmp_path):
    monkeypatch.setenv("UNSC_STORE", str(full_store))

    def _run(name, **params):
        result = reports.run_one(name, {**params, "data": "store"}, tmp_path)
        assert result.ok, result.describe()
        res = result.results
        assert res["data_version"].startswith("store:")
        # Every report states its data span and how many decisions of its selection were left out.
        assert res["quality"] == params.get("quality", "clean")
        whole = [s for s in res["span"] if s["source"] == "all sources"]
        assert whole and all(s["first"] in res["data_line"] and s["last"] in res["data_line"]
                             for s in whole)
        assert ("Quality gate:" if res["quality"] == "clean" else "Quality: 'all'") in \
            res["data_line"]
        folder = tmp_path / name / reports.slug({**params, "data": "store"})
        left_out = pd.read_csv(folder / "left_out.csv")
        assert left_out.decision_id.nunique() == res["left_out"]
        # Readable tables on the full record too: no raw frame dump, every table a file beside the report.
        page = re.sub(r"data:image/[a-z]+;base64,[A-Za-z0-9+/=\s]+", "", (folder / "report.html").read_text())
        assert not RAW_DUMP.findall(page), f"{name}: {sorted(set(RAW_DUMP.findall(page)))}"
        assert res["tables"] and all((folder / t["file"]).is_file() for t in res["tables"])
        assert (folder / res["workbook"]).is_file()
        return res

    return _run


def test_alignment_reproduces_voeten_session_74(run):
    res = run("alignment", body="GA", start="2019-09-01", end="2020-08-31", members="USA,ISR,RUS,CHN",
              drop_unanimous=True, period="session", n_blocs=2)
    pairs = {frozenset((p["member_a"], p["member_b"])): p for p in res["most_aligned"]}
    us_il, ru_cn = pairs[frozenset(("USA", "ISR"))], pairs[frozenset(("RUS", "CHN"))]
    assert round(us_il["value"], 3) == 0.961 and us_il["n"] == 89
    assert round(ru_cn["value"], 3) == 0.874 and ru_cn["n"] == 87


def _named_vetoes(shared_data, last_year):
    """Vetoes per seat counted from the list's vetoer names (its 0/1 columns are wrong in places)."""
    raw = pd.read_csv(shared_data / SOURCES[1])
    raw = raw[raw.year <= last_year]
    names = pd.concat([raw.member_veto1, raw.member_veto2, raw.member_veto3]).dropna()
    seat = {"China": "CHN", "France": "FRA", "UK": "GBR", "USSR": "RUS", "Russia": "RUS", "USA": "USA"}
    counts = names.map(seat).value_counts()
    return raw, {code: int(counts.get(code, 0)) for code in sorted(set(seat.values()))}


def test_vetoes_before_1994_match_the_veto_list(run, shared_data):
    raw, expected = _named_vetoes(shared_data, 1993)
    assert expected["RUS"] == 91  # the USSR's 90 and the Russian Federation's first (1993)
    res = run("vetoes", start="1946-01-01", end="1993-12-31", quality="all")
    assert res["by_member"] == expected
    assert res["vetoed_drafts"] == len(raw)
    # Gated, the rows the reader flags (duplicates, contradictory flags) are left out, and said so.
    gated = run("vetoes", start="1946-01-01", end="1993-12-31")
    assert gated["left_out"] > 0 and gated["vetoed_drafts"] == len(raw) - gated["left_out"]
    assert all(gated["by_member"][s] <= n for s, n in expected.items())
    assert f"{gated['left_out']} decisions of this selection left out" in gated["data_line"]


def test_country_profile_russian_seat(run, shared_data):
    _, counts = _named_vetoes(shared_data, 1993)
    res = run("country_profile", country="RUS", body="SC", start="1946-01-01", end="1993-12-31",
              quality="all")
    assert len(res["vetoes"]) == counts["RUS"]
    assert res["closest"] == []  # before 1994 only the veto list: no partner can be compared


def test_case_study_on_the_record(run):
    res = run("case_study", coverage="")
    assert res["houla_no"] == ["CHN", "CUB", "RUS"] and res["houla_date"].startswith("2012-06-01")
    # The normalised topic keeps the six Syria roll calls of 2011-2012 (S/2011/612, S/2012/77,
    # 2042, 2043, S/2012/538, 2059), not the 19 other decisions the drafts table files under
    # "Middle East (Syria)" (Libya, UNDOF and others).
    # Libya: 1970 and 1973 (2011) plus the UNSMIL resolutions 2009 (2011) and 2040 (2012).
    # GA: 66/176, 66/253, 66/253 B and 67/183 (Golan resolutions excluded).
    assert res["grids"] == {"Security Council, Syria": 6, "Security Council, Libya (the precedent)": 4,
                            "Human Rights Council, Syria": 8, "General Assembly, Syria": 4}
    assert res["pair_same_sc"] == res["pair_decisions_sc"] == 6  # never apart in the SC
    assert res["pair_share_by_body"] == {"GA": 1.0, "HRC": 1.0, "SC": 1.0}


def test_vote_grid_sc_syria(run):
    res = run("vote_grid", start="2011-01-01", end="2012-12-31")
    assert res["vetoed"] == ["S/2011/612", "S/2012/77", "S/2012/538"]
    assert res["pair_same"] == res["pair_decisions"]


def test_explore_hrc_2012(run, shared_data):
    res_tab = pd.read_csv(shared_data / "unhrc_recorded_votes" / "hrc_resolutions.csv")
    votes = pd.read_csv(shared_data / "unhrc_recorded_votes" / "hrc_votes.csv")
    in_2012 = res_tab[res_tab.vote_date.str.startswith("2012")]
    res = run("explore", body="HRC", start="2012-01-01", end="2012-12-31", quality="all")
    assert res["decisions"] == in_2012.name.nunique()  # a text without votes is kept, and reported
    assert res["votes"] == votes.resolution_name.isin(in_2012.name).sum()


def test_alignment_has_no_1995_dip(run):
    """The drafts table's 1995 rows hold later Councils' votes; the gate keeps them out."""
    res = run("alignment", body="SC", start="1994-01-01", end="2000-12-31", reference="RUS", min_n=5,
              drop_unanimous=False)
    assert res["left_out"] >= 50
    china = {r["period"]: r["value"] for r in res["reference_series"] if r["member"] == "CHN"}
    assert china and min(china.values()) > 0.9


def test_a_2021_general_assembly_request_names_where_the_data_stop(full_store, monkeypatch,
                                                                   tmp_path):
    # unvotes end on 2020-01-14; the embedded record's GA selection resumes on 2022-03-02.
    monkeypatch.setenv("UNSC_STORE", str(full_store))
    result = reports.run_one("explore", {"body": "GA", "start": "2021-01-01", "end": "2021-12-31",
                                         "data": "store"}, tmp_path)
    assert not result.ok
    assert ("the General Assembly record here holds nothing between 2020-01-14 and 2022-03-02 "
            "(its sources cover 1946-01-01 to 2020-01-14,") in result.error
    assert "`unsc data fetch undl-ga` for the votes between" in result.error

"""Dyadic alignment: published reference values, hand computations, identities."""

from __future__ import annotations

import importlib
from fractions import Fraction

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc.model import Dataset, conform
from unsc.sources import unvotes

# The module, not the function `unsc.alignment` that shadows it on the package.
al = importlib.import_module("unsc.alignment")

CODE = {"yes": 0, "abstain": 1, "no": 2}


def make_ds(votes: dict[str, dict[str, str]], dates: dict[str, str] | None = None,
            body: str = "GA", partial: set[str] | None = None,
            sessions: dict[str, str] | None = None) -> Dataset:
    """A small Dataset from ``{decision: {member: vote}}``.

    General Assembly by default, where every decision counts unless asked
    otherwise; ``body="SC"`` to test the Council's contested-votes default.
    """
    ids = list(votes)
    dates = dates or {d: f"2015-01-{k + 1:02d}" for k, d in enumerate(ids)}
    decisions = pd.DataFrame({
        "decision_id": ids, "body": body, "date": [dates[d] for d in ids],
        "session": [(sessions or {}).get(d) for d in ids], "title": ids,
        "outcome": "adopted", "source": "test",
        "partial": [d in (partial or set()) for d in ids],
    })
    rows = [(d, m, v) for d, mv in votes.items() for m, v in mv.items()]
    frame = pd.DataFrame(rows, columns=["decision_id", "member", "vote"])
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(frame, "votes"),
                   members=unsc.members.table())


@pytest.fixture(scope="module")
def ga(shared_data) -> Dataset:
    return unvotes.read(shared_data / "unvotes_ga")


@pytest.fixture(scope="module")
def ga74(ga) -> Dataset:
    return ga.filter(decisions=ga.decisions.decision_id[ga.decisions.session == "74"])


def pair(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    row = frame[(frame.member_a == a) & (frame.member_b == b)]
    assert len(row) == 1, row
    return row.iloc[0]


# -- reference values ---------------------------------------------------------------
def test_voeten_agreement_session_74(ga74):
    """Agreement as Voeten computes it, GA session 74 (2019–20), unanimous votes dropped."""
    frame = al.alignment(ga74, "agreement", drop_unanimous=True)
    usa_isr = pair(frame, "USA", "ISR")
    rus_chn = pair(frame, "RUS", "CHN")
    assert round(usa_isr.value, 3) == 0.961 and usa_isr.n == 89
    assert round(rus_chn.value, 3) == 0.874 and rus_chn.n == 87
    # The exact fractions behind the rounded figures: 85.5 / 89 and 76 / 87.
    assert usa_isr.value == pytest.approx(85.5 / 89)
    assert rus_chn.value == pytest.approx(76 / 87)


def test_s_is_two_agreement_minus_one_on_all_sessions(ga):
    a = al.alignment(ga, "agreement", period="session", min_n=1)
    s = al.alignment(ga, "s_score", period="session", min_n=1)
    # Same pairs and periods (compared on the category codes: comparing 1.6 million
    # categorical values through pandas.testing takes seconds).
    for col in ("member_a", "member_b", "period"):
        pdt.assert_index_equal(a[col].cat.categories, s[col].cat.categories)
        np.testing.assert_array_equal(a[col].cat.codes, s[col].cat.codes)
    np.testing.assert_array_equal(a.n, s.n)
    pdt.assert_series_equal(s.value, 2 * a.value - 1, check_names=False, rtol=1e-12, atol=1e-12)
    assert len(a) > 1_600_000  # every directed pair in every session


def _brute(votes_a: list[str], votes_b: list[str], measure: str) -> float:
    """Independent reference: a plain loop over shared decisions, textbook formulas."""
    shared = [(CODE[x], CODE[y]) for x, y in zip(votes_a, votes_b, strict=True)
              if x in CODE and y in CODE]
    n = len(shared)
    if measure == "agreement":
        return sum(1 - abs(x - y) / 2 for x, y in shared) / n
    if measure == "s_score":  # Signorino & Ritter: 1 - 2 d / d_max on the [0, 1] scale
        return 1 - 2 * sum(abs(x - y) / 2 for x, y in shared) / n
    w = [[((i - j) / 2) ** 2 for j in range(3)] for i in range(3)]
    observed = sum(w[x][y] for x, y in shared) / n
    pa = [sum(x == k for x, _ in shared) / n for k in range(3)]
    pb = [sum(y == k for _, y in shared) / n for k in range(3)]
    if measure == "pi":
        pa = pb = [(p + q) / 2 for p, q in zip(pa, pb, strict=True)]
    expected = sum(w[i][j] * pa[i] * pb[j] for i in range(3) for j in range(3))
    return 1 - observed / expected


@pytest.mark.parametrize("measure", al.MEASURES)
def test_matches_a_plain_loop_on_real_pairs(ga74, measure):
    grid = ga74.matrix().astype(object)
    frame = al.alignment(ga74, measure, min_n=1)
    for a, b in [("USA", "CHN"), ("GBR", "RUS"), ("IND", "USA"), ("FRA", "CHN"), ("BRA", "ZAF")]:
        expected = _brute(list(grid.loc[a]), list(grid.loc[b]), measure)
        assert pair(frame, a, b).value == pytest.approx(expected, abs=1e-12)


# -- a hand computation on real Security Council votes ---------------------------------
#: Russia and China on the nine Syria drafts put to the vote from October 2016
#: to November 2017 (meeting records S/PV.7785, 7825, 7893, 7922, 8073, 8105, 8107).
SYRIA_2016_2017 = {
    "S/2016/846": ("no", "abstain"),
    "S/2016/847": ("yes", "yes"),
    "S/2016/1026": ("no", "no"),
    "S/2017/172": ("no", "no"),
    "S/2017/315": ("no", "abstain"),
    "S/2017/884": ("no", "abstain"),
    "S/2017/962": ("no", "abstain"),
    "S/2017/968": ("yes", "yes"),
    "S/2017/970": ("no", "abstain"),
}


def test_hand_computation_russia_china_syria_2016_2017():
    """Worked by hand from the 3 × 3 table (rows Russia, columns China; yes, abstain, no).

    Table: (yes, yes) 2, (no, abstain) 5, (no, no) 2; n = 9.

    * agreement = (4 identical + 5 × 0.5) / 9 = 13/18.
    * S (Signorino & Ritter, votes on [0, 1], d_max = 1 per decision):
      summed distance 5 × 0.5 = 2.5, S = 1 − 2 × 2.5 / 9 = 4/9 (= 2 × 13/18 − 1).
    * kappa, quadratic weights w = ((i − j)/2)²: w(no, abstain) = 1/4, w(yes, no) = 1.
      D_o = 5 × 1/4 / 9 = 5/36.
      Russia's distribution (2/9, 0, 7/9), China's (2/9, 5/9, 2/9).
      D_e = 2/9 × (5/9 × 1/4 + 2/9 × 1) + 7/9 × (2/9 × 1 + 5/9 × 1/4)
          = 2/9 × 13/36 + 7/9 × 13/36 = 13/36.
      kappa = 1 − (5/36) / (13/36) = 8/13.
    * pi: pooled q = (2/9, 5/18, 1/2);
      D_e = 2 × (q_y q_a / 4 + q_y q_n + q_a q_n / 4) = 2 × (20 + 144 + 45) / 1296 = 209/648.
      pi = 1 − (5/36) / (209/648) = 1 − 90/209 = 119/209.
    """
    expected = {"agreement": Fraction(13, 18), "s_score": Fraction(4, 9),
                "kappa": Fraction(8, 13), "pi": Fraction(119, 209)}
    votes = {d: {"RUS": r, "CHN": c} for d, (r, c) in SYRIA_2016_2017.items()}
    ds = make_ds(votes)
    for measure, value in expected.items():
        got = pair(al.alignment(ds, measure, min_n=1), "RUS", "CHN")
        assert got.n == 9
        assert got.value == pytest.approx(float(value), abs=1e-12), measure
    # The textbook loop agrees with the hand fractions too.
    r, c = zip(*SYRIA_2016_2017.values(), strict=True)
    for measure, value in expected.items():
        assert _brute(list(r), list(c), measure) == pytest.approx(float(value), abs=1e-12)


def test_embedded_record_holds_the_hand_case():
    ds = unsc.load("embedded").filter(decisions=list(SYRIA_2016_2017))
    if len(ds.decisions) < len(SYRIA_2016_2017):
        pytest.skip("the embedded record no longer holds all nine drafts")
    got = pair(al.alignment(ds, "kappa", min_n=1), "RUS", "CHN")
    assert got.value == pytest.approx(8 / 13)


def test_russia_and_china_agree_on_every_syria_vote_2011_2012():
    ds = unsc.load("embedded").filter(body="SC", topic="Syria", start="2011-01-01",
                                      end="2012-12-31")
    got = pair(al.alignment(ds, min_n=1, drop_unanimous=False), "RUS", "CHN")
    assert got.value == 1.0
    assert got.n == (~ds.decisions.partial).sum() >= 5


# -- semantics ------------------------------------------------------------------------
def test_absences_missing_rows_and_partial_decisions_are_left_out():
    votes = {
        "d1": {"AAA": "yes", "BBB": "yes"},
        "d2": {"AAA": "yes", "BBB": "absent"},
        "d3": {"AAA": "no"},
        "d4": {"AAA": "no", "BBB": "no"},  # partial: a veto list
    }
    ds = make_ds(votes, partial={"d4"})
    frame = al.alignment(ds, min_n=1)
    assert pair(frame, "AAA", "BBB").n == 1


def test_drop_unanimous_uses_every_member_not_only_the_requested_pairs():
    votes = {
        "d1": {"AAA": "yes", "BBB": "yes", "CCC": "no"},
        "d2": {"AAA": "yes", "BBB": "yes", "CCC": "yes", "DDD": "absent"},
        "d3": {"AAA": "no", "BBB": "yes", "CCC": "yes"},
    }
    ds = make_ds(votes)
    kept = al.alignment(ds, drop_unanimous=True, min_n=1, members=["AAA", "BBB"])
    assert kept.n.tolist() == [2, 2]
    assert pair(kept, "AAA", "BBB").value == 0.5
    assert al.unanimous(ds).tolist() == [False, True, False]


def test_min_n_blanks_the_value_but_keeps_the_pair():
    ds = make_ds({"d1": {"AAA": "yes", "BBB": "no"}})
    frame = al.alignment(ds, min_n=2)
    assert frame.value.isna().all() and frame.n.tolist() == [1, 1]


def test_both_orders_and_sorting():
    ds = make_ds({"d1": {"AAA": "yes", "BBB": "no", "CCC": "abstain"}})
    both = al.alignment(ds, min_n=1)
    once = al.alignment(ds, min_n=1, both_orders=False)
    assert list(zip(both.member_a, both.member_b, strict=True)) == [
        ("AAA", "BBB"), ("AAA", "CCC"), ("BBB", "AAA"), ("BBB", "CCC"),
        ("CCC", "AAA"), ("CCC", "BBB")]
    assert list(zip(once.member_a, once.member_b, strict=True)) == [
        ("AAA", "BBB"), ("AAA", "CCC"), ("BBB", "CCC")]
    assert once.columns.tolist() == ["member_a", "member_b", "period", "value", "n"]
    assert once.value.tolist() == [0.0, 0.5, 0.5]


def test_unknown_member_is_an_error():
    ds = make_ds({"d1": {"AAA": "yes", "BBB": "no"}})
    with pytest.raises(KeyError, match="ZZZ"):
        al.alignment(ds, members=["AAA", "ZZZ"])


def test_kappa_is_missing_without_variation():
    ds = make_ds({f"d{k}": {"AAA": "yes", "BBB": "yes"} for k in range(3)})
    assert al.alignment(ds, "kappa", min_n=1).value.isna().all()
    assert (al.alignment(ds, "agreement", min_n=1).value == 1.0).all()


def test_periods_years_windows_sessions():
    dates = {"a": "2010-05-01", "b": "2011-05-01", "c": "2012-05-01", "d": "2012-06-01"}
    votes = {"a": {"AAA": "yes", "BBB": "yes"}, "b": {"AAA": "yes", "BBB": "no"},
             "c": {"AAA": "no", "BBB": "no"}, "d": {"AAA": "no", "BBB": "abstain"}}
    sessions = {"a": "65", "b": "66", "c": "67", "d": "67"}
    ds = make_ds(votes, dates, sessions=sessions)
    by_year = al.alignment(ds, period="year", min_n=1, both_orders=False)
    expected = pd.DataFrame({
        "member_a": pd.Categorical(["AAA"] * 3, categories=["AAA", "BBB"]),
        "member_b": pd.Categorical(["BBB"] * 3, categories=["AAA", "BBB"]),
        "period": np.array([2010, 2011, 2012], dtype=np.int64),
        "value": [1.0, 0.0, 0.75],
        "n": np.array([1, 1, 2], dtype=np.int64),
    })
    pdt.assert_frame_equal(by_year, expected)
    window = al.alignment(ds, period=2, min_n=1, both_orders=False)
    assert window.period.tolist() == [2011, 2012]
    assert window.value.tolist() == [0.5, pytest.approx(0.5)]
    assert window.n.tolist() == [2, 3]
    by_session = al.alignment(ds, period="session", min_n=1, both_orders=False)
    assert by_session.period.cat.categories.tolist() == ["65", "66", "67"]
    assert by_session.period.cat.ordered
    whole = al.alignment(ds, min_n=1, both_orders=False)
    assert whole.period.tolist() == ["all"] and whole.n.tolist() == [4]
    with pytest.raises(ValueError, match="period"):
        al.alignment(ds, period="month")


def test_codes_matrix_matches_dataset_matrix(ga74):
    v = al._vote_codes(ga74)
    pdt.assert_frame_equal(
        pd.DataFrame(v.codes, index=pd.Index(v.members, name="member"),
                     columns=pd.Index(v.decisions.decision_id.astype(str).to_numpy(),
                                      name="decision_id")),
        ga74.matrix(codes=True))


# -- matrix, reference series, blocs ----------------------------------------------------
def test_alignment_matrix_is_square_and_symmetric(ga74):
    m = al.alignment_matrix(ga74, drop_unanimous=True, members=["USA", "ISR", "RUS", "CHN"])
    assert m.index.tolist() == m.columns.tolist() == ["CHN", "ISR", "RUS", "USA"]
    pdt.assert_frame_equal(m, m.T)
    assert (np.diag(m) == 1).all()
    assert m.loc["USA", "ISR"] == pytest.approx(85.5 / 89)


def test_reference_series_follows_the_seat_across_succession():
    dates = {"a": "1990-05-01", "b": "1993-05-01"}
    votes = {"a": {"SUN": "no", "USA": "yes", "FRA": "no"},
             "b": {"RUS": "yes", "USA": "yes", "FRA": "no"}}
    ds = make_ds(votes, dates)
    s = unsc.reference_series(ds, "RUS", min_n=1)
    assert s.columns.tolist() == ["reference", "member", "period", "value", "n", "low", "high"]
    got = s.set_index(["member", "period"]).value.to_dict()
    assert got == {("FRA", 1990): 1.0, ("USA", 1990): 0.0, ("FRA", 1993): 0.0,
                   ("USA", 1993): 1.0}
    assert s.attrs == {"reference": "RUS", "measure": "agreement", "period": "year", "min_n": 1,
                       "contested": False}
    # Without the seat, the USSR is someone else.
    alone = unsc.reference_series(ds, "RUS", by_seat=False, min_n=1)
    assert alone.period.unique().tolist() == [1993]
    with pytest.raises(KeyError):
        unsc.reference_series(ds, "GBR")


def test_reference_series_security_council_russia():
    ds = unsc.load("embedded").filter(body="SC", start="2011-01-01", end="2020-12-31")
    s = unsc.reference_series(ds, "RUS", min_n=1)
    china = s[s.member == "CHN"].set_index("period").value
    usa = s[s.member == "USA"].set_index("period").value
    assert china.index.equals(usa.index) and len(china) >= 5
    assert (china >= usa).all() and china.mean() > 0.8


def test_blocs_session_74(ga74):
    b = al.blocs(ga74, n_blocs=3, drop_unanimous=True)
    assert b.matrix.index.tolist() == b.order == b.matrix.columns.tolist()
    assert sorted(b.order) == sorted(b.labels)  # the same members, in two orders
    assert len(b.order) + len(b.dropped) == ga74.votes.member.nunique()
    assert set(b.clusters) == {1, 2, 3}
    assert b.clusters["USA"] == b.clusters["ISR"] != b.clusters["CHN"]
    assert b.clusters.index.tolist() == b.order
    # Blocs are numbered in leaf order, so the sequence along the order never goes back.
    assert (np.diff(b.clusters.to_numpy()) >= 0).all()


def test_blocs_drop_members_without_shared_votes():
    votes = {"a": {"AAA": "yes", "BBB": "yes", "CCC": "no"},
             "b": {"AAA": "yes", "BBB": "yes", "DDD": "no"}}
    b = al.blocs(make_ds(votes), n_blocs=2, min_n=1)
    assert len(b.dropped) == 1 and b.dropped[0] in {"CCC", "DDD"}
    assert b.matrix.notna().all().all()


# -- contested votes and intervals (issue 11) ------------------------------------------
CONTESTED = {
    "d1": {"AAA": "yes", "BBB": "yes", "CCC": "yes"},  # unanimous
    "d2": {"AAA": "yes", "BBB": "yes", "CCC": "yes"},  # unanimous
    "d3": {"AAA": "no", "BBB": "yes", "CCC": "yes"},
    "d4": {"AAA": "no", "BBB": "abstain", "CCC": "yes"},
}


def test_security_council_defaults_to_contested_votes():
    sc = make_ds(CONTESTED, body="SC")
    ga = make_ds(CONTESTED, body="GA")
    got = al.alignment(sc, min_n=1, both_orders=False)
    assert got.attrs["contested"] is True
    # AAA–BBB on d3, d4 only: 0 and ½.
    assert pair(got, "AAA", "BBB").n == 2 and pair(got, "AAA", "BBB").value == 0.25
    every = al.alignment(ga, min_n=1, both_orders=False)
    assert every.attrs["contested"] is False
    assert pair(every, "AAA", "BBB").n == 4 and pair(every, "AAA", "BBB").value == (1 + 1 + 0 + 0.5) / 4
    # The switch works both ways.
    pdt.assert_frame_equal(al.alignment(sc, min_n=1, both_orders=False, drop_unanimous=False),
                           every)
    assert al.contested_default(sc, None) and not al.contested_default(ga, None)
    assert al.contested_default(ga, True) and not al.contested_default(sc, False)
    s = unsc.reference_series(sc, "AAA", period=None, min_n=1)
    assert s.attrs["contested"] is True and s.n.tolist() == [2, 2]
    b = al.blocs(sc, n_blocs=2, min_n=1)
    assert b.contested is True and b.matrix.loc["AAA", "BBB"] == 0.25


def test_reference_series_intervals_wilson_and_bootstrap():
    # 12 decisions: BBB votes with AAA on 11 and abstains on one; CCC joins AAA
    # on 6 and opposes on 6.
    votes = {f"d{k}": {"AAA": "yes" if k % 2 else "no",
                       "BBB": ("abstain" if k == 0 else ("yes" if k % 2 else "no")),
                       "CCC": "yes" if k < 6 else "no"} for k in range(12)}
    ds = make_ds(votes)
    s = unsc.reference_series(ds, "AAA", period=None, min_n=1).set_index("member")
    low, high = al.wilson(np.array([11.5, 6.0]), np.array([12, 12]))
    assert s.loc["BBB", "value"] == 11.5 / 12
    assert (s.loc["BBB", "low"], s.loc["BBB", "high"]) == pytest.approx((low[0], high[0]))
    assert (s.loc["CCC", "low"], s.loc["CCC", "high"]) == pytest.approx((low[1], high[1]))
    sscore = unsc.reference_series(ds, "AAA", measure="s_score", period=None, min_n=1).set_index("member")
    assert sscore.loc["BBB", "low"] == pytest.approx(2 * low[0] - 1)
    kappa = unsc.reference_series(ds, "AAA", measure="kappa", period=None, min_n=1, n_boot=300)
    kappa = kappa.set_index("member")
    for m in ("BBB", "CCC"):
        assert kappa.loc[m, "low"] <= kappa.loc[m, "value"] <= kappa.loc[m, "high"]
    assert kappa.loc["BBB", "low"] > kappa.loc["CCC", "high"]  # clearly closer
    again = unsc.reference_series(ds, "AAA", measure="kappa", period=None, min_n=1, n_boot=300)
    pdt.assert_frame_equal(again.set_index("member"), kappa)  # seeded: reproducible
    bare = unsc.reference_series(ds, "AAA", period=None, min_n=1, interval=False)
    assert bare.columns.tolist() == ["reference", "member", "period", "value", "n"]


def test_small_n_does_not_outrank_large_n_on_the_lower_bound():
    low, high = al.wilson(np.array([11, 100]), np.array([11, 109]))
    assert low[0] < low[1]  # 11/11 (1.0) vs 100/109 (0.92): the latter is surer
    assert high[0] == 1.0


def test_measure_sentences_name_every_measure():
    assert set(al.MEASURES) | {"share"} == set(al.MEASURE_SENTENCES)
    assert "½" in al.MEASURE_SENTENCES["agreement"]
    assert "no half credit" in al.MEASURE_SENTENCES["share"]


def test_with_interval_on_pairs():
    votes = {f"d{k}": {"AAA": "yes" if k % 2 else "no",
                       "BBB": ("abstain" if k == 0 else ("yes" if k % 2 else "no")),
                       "CCC": "yes" if k < 6 else "no"} for k in range(12)}
    ds = make_ds(votes)
    frame = al.with_interval(al.alignment(ds, min_n=1, both_orders=False))
    low, high = al.wilson(frame.value.to_numpy() * frame.n.to_numpy(), frame.n.to_numpy())
    np.testing.assert_allclose(frame.low, low)
    np.testing.assert_allclose(frame.high, high)
    kappa = al.alignment(ds, "kappa", min_n=1, both_orders=False, period="year")
    with pytest.raises(ValueError, match="pass ds"):
        al.with_interval(kappa)
    boot = al.with_interval(kappa, ds, n_boot=200)
    assert ((boot.low <= boot.value) & (boot.value <= boot.high)).all()
    # The same draws as the reference series gives for the same pair.
    ref = unsc.reference_series(ds, "AAA", measure="kappa", min_n=1, n_boot=200)
    assert ref.set_index("member").loc["BBB", "value"] == pair(boot, "AAA", "BBB").value


def test_one_blas_thread_limits_and_restores_every_blas():
    from threadpoolctl import threadpool_info

    from unsc.alignment import one_blas_thread

    before = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    with one_blas_thread():
        inside = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    after = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    assert before and inside == [1] * len(before)
    assert after == before

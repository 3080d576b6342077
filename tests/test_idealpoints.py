"""Ideal points: the graded response model and the principal component."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import unsc
from unsc import idealpoints as ip
from unsc.model import Dataset, conform
from unsc.sources import unvotes


@pytest.fixture(scope="module")
def ga74(shared_data) -> Dataset:
    ga = unvotes.read(shared_data / "unvotes_ga")
    return ga.filter(decisions=ga.decisions.decision_id[ga.decisions.session == "74"])


def simulate(n_members: int = 150, n_items: int = 80, seed: int = 0):
    """Votes drawn from the graded response model itself, with known positions."""
    rng = np.random.default_rng(seed)
    theta = rng.normal(size=n_members)
    a = rng.choice([-1, 1], n_items) * rng.uniform(0.8, 2.5, n_items)
    d1 = rng.normal(-0.5, 1.0, n_items)
    d2 = d1 + rng.uniform(0.3, 1.5, n_items)
    eta = a[None, :] * theta[:, None]
    u = rng.random((n_members, n_items))
    p_ge_abstain = 1 / (1 + np.exp(-(eta - d1)))
    p_yes = 1 / (1 + np.exp(-(eta - d2)))
    codes = np.where(u < p_yes, 0, np.where(u < p_ge_abstain, 1, 2)).astype(np.int8)
    codes[rng.random(codes.shape) < 0.05] = 3  # a few absences
    return theta, codes


def to_dataset(codes: np.ndarray, names: list[str]) -> Dataset:
    labels = np.array(["yes", "abstain", "no", "absent"])
    ids = [f"d{j:03d}" for j in range(codes.shape[1])]
    decisions = pd.DataFrame({"decision_id": ids, "body": "GA", "date": "2019-10-01",
                              "session": "74", "title": ids, "outcome": "adopted",
                              "source": "simulation"})
    votes = pd.DataFrame([(d, m, labels[codes[i, j]]) for i, m in enumerate(names)
                          for j, d in enumerate(ids)], columns=["decision_id", "member", "vote"])
    return Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                   members=unsc.members.table())


def test_gradient_and_hessian_match_finite_differences():
    rng = np.random.default_rng(1)
    n = 4
    r = rng.random((n, len(ip._QUAD), 3)) * 3
    x = rng.normal(size=(3, n))
    _, grad, hess = ip._item_terms(*x, r)
    eps = 1e-6
    for k in range(3):
        step = np.zeros((3, n))
        step[k] = eps
        up = ip._item_terms(*(x + step), r)
        down = ip._item_terms(*(x - step), r)
        np.testing.assert_allclose((up[0] - down[0]) / (2 * eps), grad[:, k], rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose((up[1] - down[1]) / (2 * eps), hess[:, :, k],
                                   rtol=1e-5, atol=1e-5)


def test_recovers_simulated_positions():
    theta, codes = simulate()
    fit = ip.fit_irt(codes)
    assert fit.converged
    r = np.corrcoef(fit.position, theta)[0, 1]
    assert abs(r) > 0.95
    assert np.all(fit.d2 > fit.d1)
    assert np.all(fit.se > 0)


def test_em_never_lowers_the_objective():
    theta, codes = simulate(n_members=60, n_items=30, seed=3)
    values = [ip.fit_irt(codes, max_iter=k, tol=-np.inf).loglik for k in (2, 6, 20, 60)]
    # The log-likelihood alone may wobble by the prior's share; it must not fall much.
    assert all(b >= a - 0.5 for a, b in zip(values, values[1:], strict=False))


def test_sign_follows_the_anchor_and_schema():
    theta, codes = simulate(n_members=40, n_items=40, seed=5)
    names = sorted(unsc.members.table().member.astype(str))[:40]
    names[int(np.argmin(theta))] = "USA"  # the lowest position: the sign must flip
    ds = to_dataset(codes, names)
    for method in ("irt", "pca"):
        out = ip.ideal_points(ds, method=method)
        assert out.columns.tolist() == ["member", "period", "position", "se", "n"]
        assert out.set_index("member").position["USA"] > 0
        assert out.attrs["method"] == method
        assert out.position.is_monotonic_increasing
    without = ip.ideal_points(ds.filter(members=[m for m in names if m != "USA"]),
                              anchor=["USA", names[0]])
    assert without.set_index("member").position[names[0]] > 0


def test_thin_members_and_unanimous_decisions_are_left_out():
    theta, codes = simulate(n_members=30, n_items=30, seed=7)
    codes[0, 5:] = 3  # member 0 voted only five times
    codes[:, 0] = 0  # decision 0 unanimous
    names = [f"M{k:02d}" for k in range(30)]
    out = ip.ideal_points(to_dataset(codes, names), min_votes=10, anchor="M01")
    assert "M00" not in set(out.member.astype(str))
    assert out.n.max() <= 29  # the unanimous decision is not counted


def test_session_74_positions(ga74):
    irt = ip.ideal_points(ga74).set_index("member")
    pca = ip.ideal_points(ga74, method="pca").set_index("member")
    assert len(irt) > 180 and irt.period.astype(str).unique().tolist() == ["74"]
    top = irt.position.nlargest(2).index.tolist()
    assert sorted(top) == ["ISR", "USA"]
    assert irt.position["USA"] > irt.position["GBR"] > irt.position["RUS"] > irt.position["CUB"]
    assert irt.position["CHN"] < 0
    # Both methods see the same dimension.
    assert np.corrcoef(irt.position, pca.position.loc[irt.index])[0, 1] > 0.85
    assert irt.se.between(0, 1).all()
    assert pca.se.isna().all()


def test_by_year_with_periods(ga74):
    out = ip.ideal_points(ga74, period="year", method="pca")
    # Session 74 held one recorded vote in 2020: too few for a position.
    assert out.period.unique().tolist() == [2019]
    with pytest.raises(ValueError):
        ip.ideal_points(ga74, method="nominate")


# -- the dynamic model -------------------------------------------------------------------
def simulate_dynamic(n_members: int = 60, n_periods: int = 8, n_items: int = 30, seed: int = 0,
                     sd: float = 0.5):
    """Positions following the model's autoregression; items drawn afresh each period."""
    rng = np.random.default_rng(seed)
    rho = np.sqrt(1 - sd**2)
    theta = np.empty((n_members, n_periods))
    theta[:, 0] = rng.normal(size=n_members)
    for t in range(1, n_periods):
        theta[:, t] = rho * theta[:, t - 1] + sd * rng.normal(size=n_members)
    blocks = []
    for t in range(n_periods):
        a = rng.choice([-1, 1], n_items) * rng.uniform(0.8, 2.5, n_items)
        d1 = rng.normal(-0.5, 1.0, n_items)
        d2 = d1 + rng.uniform(0.3, 1.5, n_items)
        eta = a[None, :] * theta[:, t, None]
        u = rng.random((n_members, n_items))
        codes = np.where(u < 1 / (1 + np.exp(-(eta - d2))), 0,
                         np.where(u < 1 / (1 + np.exp(-(eta - d1))), 1, 2)).astype(np.int8)
        blocks.append(codes)
    codes = np.concatenate(blocks, axis=1)
    return theta, codes, np.repeat(np.arange(n_periods), n_items)


def test_forward_backward_matches_brute_force():
    # Two members, three periods; the second member joins in period 1.
    rng = np.random.default_rng(2)
    q = ip._DQUAD
    logl = np.stack([-(q[None, :] - rng.normal(size=(2, 1))) ** 2 * rng.uniform(1, 4, (2, 1))
                     for _ in range(3)])
    logl[0, 1] = 0.0  # not yet a member: no votes
    first = np.array([0, 1])
    kernel = ip._kernel(0.5)
    gamma, loglik, _ = ip._smooth(logl, first, kernel)
    prior = np.exp(ip._population()[1])
    total = 0.0
    for m in range(2):
        joint = prior.copy() * np.exp(logl[first[m], m])  # over paths, kept as a tensor
        shape = [len(q)]
        for t in range(first[m] + 1, 3):
            joint = joint[..., None] * kernel[(None,) * (len(shape) - 1)] * np.exp(logl[t, m])
            shape.append(len(q))
        total += np.log(joint.sum())
        for k, t in enumerate(range(first[m], 3)):
            axes = tuple(i for i in range(joint.ndim) if i != k)
            marginal = joint.sum(axis=axes) / joint.sum()
            np.testing.assert_allclose(gamma[t, m], marginal, atol=1e-10)
    assert loglik == pytest.approx(total, rel=1e-10)


def test_stationary_kernel_keeps_the_population():
    """One step of the chain leaves the t population as it is, and it is heavier-tailed than N(0, 1)."""
    z, log_prior = ip._population()
    prior = np.exp(log_prior)
    assert prior.sum() == pytest.approx(1.0)
    after = prior @ ip._kernel(0.5)
    np.testing.assert_allclose(after, prior, atol=2e-3)
    # The normal scores are increasing and symmetric: the copula keeps the order of the grid.
    assert np.all(np.diff(z) > 0)
    np.testing.assert_allclose(z, -z[::-1], atol=1e-12)
    # Student t (2 df, scale 0.7) against a normal with the same density at 0: far more
    # weight beyond 3, so an outlier costs the prior little.
    q = ip._DQUAD
    normal = np.exp(-0.5 * (q / 0.7) ** 2)
    normal /= normal.sum()
    assert prior[np.abs(q) > 3].sum() > 20 * normal[np.abs(q) > 3].sum()


def test_population_settings_change_the_kernel(monkeypatch):
    """POP_DF and POP_SCALE are read at each fit, not frozen at import."""
    before = ip._kernel(0.7)
    monkeypatch.setattr(ip, "POP_DF", 30.0)
    monkeypatch.setattr(ip, "POP_SCALE", 1.0)
    z, _ = ip._population()
    # Near-normal population: the normal scores are nearly the grid itself.
    np.testing.assert_allclose(z[20:31], ip._DQUAD[20:31], atol=0.03)
    assert np.abs(ip._kernel(0.7) - before).max() > 0.01


def test_dynamic_recovers_simulated_paths():
    theta, codes, period = simulate_dynamic()
    fit = ip.fit_dynamic(codes, period, rw_sd=0.5)
    assert fit.converged
    sign = np.sign(np.corrcoef(fit.position.ravel(), theta.ravel())[0, 1])
    assert np.corrcoef(sign * fit.position.ravel(), theta.ravel())[0, 1] > 0.95
    # Each member's path over time, not only its rank within a period.
    within = [np.corrcoef(sign * fit.position[i], theta[i])[0, 1] for i in range(len(theta))
              if theta[i].std() > 0.4]
    assert np.median(within) > 0.85
    assert np.all(fit.se > 0) and np.all(fit.d2 > fit.d1)


def test_dynamic_em_never_lowers_the_objective():
    theta, codes, period = simulate_dynamic(n_members=30, n_periods=4, n_items=15, seed=4)
    values = []
    for k in (2, 6, 20, 60):
        fit = ip.fit_dynamic(codes, period, rw_sd=0.5, max_iter=k, tol=-np.inf)
        params = np.stack([fit.a, fit.d1, np.log(fit.d2 - fit.d1)])
        values.append(fit.loglik + ip._log_prior(params, fit.sd_a_item))  # the log-posterior EM climbs
    assert all(b >= a - 1e-6 for a, b in zip(values, values[1:], strict=False))
    assert values[-1] > values[0]


def test_estimated_step_sd_is_near_the_truth():
    theta, codes, period = simulate_dynamic(n_members=120, n_periods=8, n_items=40, seed=6, sd=0.4)
    fit = ip.fit_dynamic(codes, period, rw_sd=None, max_iter=400)
    assert 0.25 < fit.rw_sd < 0.6


def test_bridge_groups_join_recurring_titles_only():
    titles = pd.Series(["Arms race: outer space", "ARMS RACE:  outer space", "Palestine",
                        "Palestine", "Palestine", "Once"])
    period = np.array([0, 1, 0, 0, 1, 1])
    group, n_bridged = ip._bridge_groups(titles, period)
    assert n_bridged == 1
    assert group[0] == group[1]  # the same title in two periods, case and spaces aside
    assert len(set(group[2:])) == 4  # "Palestine" twice in period 0: not bridged


def test_dynamic_points_schema_and_sign():
    theta, codes, period = simulate_dynamic(n_members=40, n_periods=3, n_items=25, seed=8)
    names = sorted(unsc.members.table().member.astype(str))[:40]
    names[int(np.argmin(theta[:, 0]))] = "USA"
    labels = np.array(["yes", "abstain", "no", "absent"])
    ids = [f"d{j:03d}" for j in range(codes.shape[1])]
    decisions = pd.DataFrame({"decision_id": ids, "body": "GA",
                              "date": [f"{2017 + p}-10-01" for p in period],
                              "session": [str(72 + p) for p in period], "title": ids,
                              "outcome": "adopted", "source": "simulation"})
    votes = pd.DataFrame([(d, m, labels[codes[i, j]]) for i, m in enumerate(names)
                          for j, d in enumerate(ids)], columns=["decision_id", "member", "vote"])
    ds = Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                 members=unsc.members.table())
    out = ip.ideal_points(ds, method="dynamic")
    assert out.columns.tolist() == ["member", "period", "position", "se", "n"]
    assert out.period.astype(str).unique().tolist() == ["72", "73", "74"]
    assert out[out.member == "USA"].position.mean() > 0
    assert out.attrs["method"] == "dynamic" and out.attrs["rw_sd"] == 0.7
    assert (out.n == 25).all()
    by_year = ip.ideal_points(ds, method="dynamic", period="year")
    assert sorted(by_year.period.unique().tolist()) == [2017, 2018, 2019]


def test_ideal_point_paths_chart():
    from unsc import plots

    theta, codes, period = simulate_dynamic(n_members=20, n_periods=4, n_items=20, seed=9)
    names = ["USA", "RUS", "CHN"] + [f"M{k:02d}" for k in range(17)]
    labels = np.array(["yes", "abstain", "no", "absent"])
    ids = [f"d{j:03d}" for j in range(codes.shape[1])]
    decisions = pd.DataFrame({"decision_id": ids, "body": "GA",
                              "date": [f"{2016 + p}-10-01" for p in period],
                              "session": [str(71 + p) for p in period], "title": ids,
                              "outcome": "adopted", "source": "simulation"})
    votes = pd.DataFrame([(d, m, labels[codes[i, j]]) for i, m in enumerate(names)
                          for j, d in enumerate(ids)], columns=["decision_id", "member", "vote"])
    ds = Dataset(decisions=conform(decisions, "decisions"), votes=conform(votes, "votes"),
                 members=unsc.members.table())
    points = ip.ideal_points(ds, method="dynamic", period="year")
    fig = plots.ideal_point_paths(points, highlight=["USA", "RUS", "CHN", "XXX"])
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0].startswith("other members") and len(legend) == 4  # the unknown code is left out
    assert len(ax.collections) == 3  # one band per highlighted member
    assert "one scale" in ax.get_title(loc="left")
    static = plots.ideal_point_paths(ip.ideal_points(ds, period="year"), band=0)
    assert "not comparable" in static.axes[0].get_title(loc="left")
    assert len(static.axes[0].collections) == 0


def test_session_year():
    assert ip.session_year("1") == 1946
    assert ip.session_year(74) == 2019


# -- the whole General Assembly against Bailey, Strezhnev & Voeten (shared data) ----------
@pytest.fixture(scope="module")
def bsv_comparison(shared_data) -> ip.Comparison:
    ga = unvotes.read(shared_data / "unvotes_ga")
    bsv = pd.read_stata(shared_data / "bsv_idealpoints" / "IdealpointsJuly2025.dta")
    points = ip.ideal_points(ga, method="dynamic", period="year")
    assert points.attrs["converged"]
    return ip.compare_reference(points, bsv)


def test_bsv_pooled_correlation(bsv_comparison):
    assert len(bsv_comparison.matched) > 10_000
    assert bsv_comparison.pooled >= 0.95


def test_bsv_per_year_correlation(bsv_comparison):
    assert bsv_comparison.per_year.median() >= 0.99


def test_bsv_within_country_median(bsv_comparison):
    assert len(bsv_comparison.within) > 150  # countries with 20+ years
    assert bsv_comparison.within.median() >= 0.9


#: Issue 15's target is r >= 0.9 for each. With the t population (2 df, scale 0.7) on
#: [−5, 5], measured (period="year"): USA 0.910, CHN 0.924, RUS 0.957, IND 0.901,
#: BRA 0.978, TUR 0.948, ISR 0.982, ZAF 0.985. India's margin is thin: neighbouring
#: settings of the population gave 0.88–0.90 (module docstring).
@pytest.mark.parametrize("member", ["USA", "CHN", "RUS", "IND", "BRA", "TUR", "ISR", "ZAF"])
def test_bsv_within_country_named(bsv_comparison, member):
    assert bsv_comparison.within[member] >= 0.9


def test_bsv_soviet_seat_is_joined_to_russia(bsv_comparison):
    years = bsv_comparison.matched.query("member == 'RUS'").year
    assert years.min() == 1946 and years.max() == 2019


def test_dynamic_fit_is_cached_by_content(tmp_path, monkeypatch):
    """The profiles' dynamic fit is kept in the cache; other votes give another entry."""
    from pandas import testing as pdt

    monkeypatch.setenv("UNSC_CACHE", str(tmp_path / "cache"))
    calls = []

    def fake_fit(ds, method, period):
        calls.append((method, period))
        out = pd.DataFrame({"member": ["USA"], "period": ["70"], "position": [1.5], "se": [0.1],
                            "n": [len(ds.votes)]})
        out.attrs.update(items=len(ds.decisions), bridged_items=0)
        return out

    monkeypatch.setattr(ip, "ideal_points", fake_fit)
    dec = pd.DataFrame({"decision_id": ["A/RES/70/1", "A/RES/70/2"], "body": "GA",
                        "date": ["2015-10-01", "2015-10-02"], "session": "70", "title": "t",
                        "outcome": "adopted"})
    votes = pd.DataFrame({"decision_id": ["A/RES/70/1", "A/RES/70/2"], "member": "USA",
                          "vote": ["yes", "no"]})
    ds = Dataset(decisions=conform(dec, "decisions"), votes=conform(votes, "votes"))
    first = ip._cached(ds, "session")
    again = ip._cached(ds, "session")
    assert calls == [("dynamic", "session")]
    pdt.assert_frame_equal(first, again)
    assert again.attrs["items"] == 2
    other = Dataset(decisions=ds.decisions, votes=conform(votes.assign(vote=["no", "no"]), "votes"))
    ip._cached(other, "session")
    assert len(calls) == 2
    assert len(list((tmp_path / "cache" / "idealpoints").glob("*.parquet"))) == 2
    # A changed estimator (here its discrimination prior) never reuses an older fit.
    monkeypatch.setattr(ip, "SD_A_DYNAMIC", ip.SD_A_DYNAMIC * 2)
    ip._cached(ds, "session")
    assert len(calls) == 3
    # Nor does another population.
    monkeypatch.setattr(ip, "POP_DF", ip.POP_DF + 1)
    ip._cached(ds, "session")
    assert len(calls) == 4


def test_compare_reference_separates_rank_from_scale_drift():
    """Positions that are the reference stretched and shifted year by year: aligned r is 1."""
    rng = np.random.default_rng(11)
    members = [f"M{k:02d}" for k in range(12)]
    years = np.arange(1990, 2015)
    ref = pd.DataFrame([(m, y, v) for m in members for y, v in
                        zip(years, rng.normal(size=len(years)).cumsum() * 0.3 + rng.normal(), strict=True)],
                       columns=["iso3c", "year", "idealpointall"])
    slope = np.linspace(1.0, 3.0, len(years))  # the unit drifts over time
    shift = np.linspace(0.0, -1.0, len(years))
    k = ref.year.to_numpy() - years[0]
    points = pd.DataFrame({"member": ref.iso3c, "period": ref.year,
                           "position": (ref.idealpointall - shift[k]) / slope[k], "se": 0.1, "n": 50})
    points.attrs["period"] = "year"
    c = ip.compare_reference(points, ref, min_years=20)
    np.testing.assert_allclose(c.scale.slope.to_numpy(), slope, rtol=1e-9)
    np.testing.assert_allclose(c.scale.intercept.to_numpy(), shift, atol=1e-9)
    np.testing.assert_allclose(c.within_aligned.to_numpy(), 1.0, rtol=1e-9)
    assert (c.within < 0.999).all()  # unaligned, the drift shows
    pd.testing.assert_index_equal(c.within_aligned.index, c.within.index)


def test_dynamic_discrimination_prior_is_applied():
    """A tighter prior on the discriminations shrinks them; the fit says which it used."""
    theta, codes, period = simulate_dynamic(n_members=40, n_periods=3, n_items=20, seed=12)
    loose = ip.fit_dynamic(codes, period, rw_sd=0.5, sd_a=5.0)
    tight = ip.fit_dynamic(codes, period, rw_sd=0.5, sd_a=0.5)
    assert (loose.sd_a, tight.sd_a) == (5.0, 0.5)
    assert ip.fit_dynamic(codes, period, rw_sd=0.5, max_iter=4).sd_a == ip.SD_A_DYNAMIC
    assert np.abs(tight.a).mean() < np.abs(loose.a).mean()


def test_discrimination_prior_grows_with_the_square_root_of_the_period_items():
    """Each period's prior SD is sd_a·√(J_t/J̄), so the unit does not follow the agenda's size."""
    # Period 0 has 2 items, period 1 has 8 (J̄ = 5); items 1 and 2 (periods 0 and 1) are bridged.
    item_period = np.array([0, 0] + [1] * 8)
    group = np.array([0, 1, 1, 2, 3, 4, 5, 6, 7, 8])
    sd = ip._period_prior_sd(2.0, item_period, group, 9)
    small, large = 2.0 * np.sqrt(2 / 5), 2.0 * np.sqrt(8 / 5)
    np.testing.assert_allclose(sd, [small, (small + large) / 2] + [large] * 7)
    # The fit applies it: with unequal periods, the period with more items gets the looser prior.
    theta, codes, period = simulate_dynamic(n_members=40, n_periods=2, n_items=20, seed=3)
    keep = np.r_[np.arange(5), np.arange(20, 40)]  # 5 items in period 0, 20 in period 1
    fit = ip.fit_dynamic(codes[:, keep], period[keep], rw_sd=0.5, sd_a=1.0)
    np.testing.assert_allclose(fit.sd_a_item, np.r_[[np.sqrt(5 / 12.5)] * 5, [np.sqrt(20 / 12.5)] * 20])
    assert fit.sd_a == 1.0

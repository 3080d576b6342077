"""One-dimensional positions ("ideal points") of members, period by period.

Three estimators. The first two are fitted separately in each period; the
third fits all periods at once on one scale:

``method="irt"`` (default): an ordinal item-response model
    Samejima's (1969) graded response model with a logistic link. Member
    ``i`` has a position ``θ_i``; decision ``j`` has a discrimination ``a_j``
    and two thresholds ``d_j1 < d_j2``; with the vote ordered
    no < abstain < yes,

    .. math::
        P(\\text{vote} \\ge \\text{abstain}) = \\sigma(a_j θ_i - d_{j1}), \\quad
        P(\\text{vote} = \\text{yes}) = \\sigma(a_j θ_i - d_{j2}).

    Abstention is thus a genuine middle category, not a missing vote.

    Fitted by marginal maximum likelihood with the EM algorithm of Bock &
    Aitkin (1981). Positions are integrated out over a standard-normal
    population on 61 quadrature points over [−6, 6]. E-step: each member's
    posterior over the points, hence expected counts of each vote at each
    point. M-step: one Newton step per decision on the expected
    complete-data log-posterior of its three parameters, safeguarded so it
    never decreases (a generalised EM). The EM map is accelerated with
    SQUAREM (Varadhan & Roland 2008). Weak priors on the item parameters
    (``a ~ N(0, 2.5²)``, ``d_j1 ~ N(0, 5²)``, ``log(d_j2 − d_j1) ~ N(0, 2²)``)
    keep them finite when a decision separates members perfectly or nobody
    abstained. Positions are posterior means (EAP), ``se`` their posterior
    standard deviations.

``method="pca"``: the first principal component
    Votes scored yes 1, abstain 0.5, no 0, each decision centred on its mean
    among voters (absences then count as the mean, i.e. carry no
    information), first left singular vector scaled to mean 0 and standard
    deviation 1 across members. Fast and assumption-light; no uncertainty.

``method="dynamic"``: the graded response model over time, one scale for all periods
    The same item model as ``"irt"``, but member ``i``'s position in period
    ``t`` follows a stationary first-order autoregression (a random walk pulled
    gently to the centre) on its normal score ``z = Φ⁻¹(F(θ))``, where ``F`` is
    the population's distribution function (Student's t, below):

    .. math::
        z_{i,f_i} \\sim N(0, 1), \\qquad
        z_{i,t} = ρ\\,z_{i,t-1} + ε_{i,t},\\quad ε_{i,t} \\sim N(0, s^2),\\quad ρ = \\sqrt{1 - s^2},
        \\qquad θ_{i,t} = F^{-1}(Φ(z_{i,t})),

    from the member's first period ``f_i`` on (a Gaussian copula: the chain of
    the normal scores is linear, the positions keep the population's shape).
    With ``ρ² + s² = 1`` every period's prior is the population ``F``, so each
    period alone is a static model with that population; what the chain adds
    is that a member's position this year is expected near last year's
    (correlation ``ρ`` of the scores). A pure random
    walk (``ρ = 1``, Martin & Quinn 2002; ``dynIRT`` of Imai, Lo & Olmsted
    2016) lets the General Assembly's lone dissenters drift outward without
    bound, because nothing ties the spread of the scale down; the stationary
    version keeps the scale fixed and the movement relative. ``s`` (``rw_sd``)
    is stated, 0.7 per period by default (``ρ = 0.71``), or estimated by EM
    (``rw_sd=None``: a one-dimensional maximisation of the expected
    transition log-density between SQUAREM rounds). The default is a
    calibration, said plainly: on the General Assembly 1946–2019, EM's
    estimate (about 0.25 after 300 maps, still rising, and slow) smooths the
    paths far more than BSV's; 0.5, 0.7 and 0.85 were compared with BSV and
    0.7 balances them best (within-country median 0.921, 0.926, 0.917; a pure
    random walk, ``ρ = 1``, with ``s`` 0.3 or 0.5 did worse: 0.870, 0.884, measured
    with the former discrimination prior, against 0.905 for ``ρ = 0.71`` there;
    with the prior of today but one SD for all periods, ``ρ = 1``, ``s = 0.3``:
    0.890 against 0.926). Estimating more of the chain by EM from the smoothed
    pairwise posteriors was tried and is worse in every variant (same
    prior): ``ρ`` and ``s`` both free (closed-form update
    ``ρ = ΣE[θ_{t−1}θ_t] / ΣE[θ_{t−1}²]``): ``s`` 0.41, median 0.898, India
    0.636; a step SD per member, MAP under a scaled-inverse-χ² prior centred
    on 0.7 with 20 (5) pseudo-steps: median 0.915 (0.908), India 0.757
    (0.720), and twice the EM maps. EM wants smoother paths than BSV's,
    member by member as well as pooled.

    The population. Every period's prior is Student's t with 2 degrees of
    freedom and scale 0.7 (``POP_DF``, ``POP_SCALE``), not the standard normal
    of the static model. The General Assembly is a large majority and a few
    outliers (the United States and Israel, often alone together; the Soviet
    bloc before 1990); a normal population makes an outlier far from the rest
    expensive, so the fit stretches *everyone's* positions to reach it and each
    year's unit follows how isolated its outliers are. A heavy-tailed
    population lets the outliers sit far out at little cost. Measured
    (``period="year"``, grid [−6, 6] unless said; the former normal
    population: median 0.930, China 0.890, India 0.854, USA 0.923, Turkey
    0.919, per-year 0.9932): t with 10 / 6 / 4 / 3 / 2 / 1.5 / 1 degrees of
    freedom (scale 1): median 0.932 / 0.930 / 0.927 / 0.923 / 0.924 / 0.920 /
    0.914, China 0.918 / 0.924 / 0.925 / 0.927 / 0.927 / 0.926 / 0.926, India
    0.864 / 0.863 / 0.869 / 0.881 / 0.892 / 0.888 / 0.895, USA 0.924 / 0.925 /
    0.924 / 0.921 / 0.917 / 0.915 / 0.907, Turkey 0.936 / 0.939 / 0.941 / 0.935
    / 0.944 / 0.939 / 0.926; per-year 0.9926 down to 0.9915. With 2 degrees of
    freedom: scale 0.5 / 0.7 / 1.4 gave India 0.874 / 0.898 / 0.867; the
    discrimination prior 0.8 / 1.2 instead of 1.0, India 0.873 / 0.876; step SD
    0.6 / 0.8, India 0.859 / 0.893. On the grid [−5, 5] (below), scale 0.6 /
    0.7 / 0.85 / 1.0 gave India 0.879 / 0.901 / 0.893 / 0.881 and median 0.924
    / 0.926 / 0.929 / 0.926; 3 degrees of freedom, scale 0.7: India 0.895; the
    discrimination prior 0.9 / 1.1: India 0.880 / 0.887. 2 degrees of freedom,
    scale 0.7, [−5, 5] is kept: it is the only setting measured that puts
    every named country at 0.9 or above, and India's margin is thin (its
    neighbours give 0.88–0.90): a calibration, said plainly. The step SD and
    the discrimination prior were calibrated with the normal population (the
    figures in the paragraphs around this one); with the t population the
    checks just listed kept both.

    The unit. The item model is the static one with one change: the prior on
    the discriminations is ``a ~ N(0, 1)`` (``SD_A_DYNAMIC``), not
    ``N(0, 2.5²)``. Where no resolution recurs, a period's positions can be
    stretched and its discriminations shrunk by the same factor without
    changing the likelihood; the chain ties positions only loosely (``ρ``),
    so with a weak prior each period settles at its own unit, set by how
    sharply its own votes divide (the near-unanimous votes of the 1980s
    onwards, the United States and Israel alone, stretch it). A tighter
    common prior holds every period's discriminations to one size, which is
    what carries the unit from period to period. Measured against
    BSV (``period="year"``), prior SD 2.5 → 1.5 → 1.0 → 0.7 → 0.5: within-country
    median 0.905, 0.920, 0.926, 0.923, 0.917; pooled 0.970, 0.976, 0.980,
    0.980, 0.979; a looser prior (10) gave 0.858. It also halves the EM maps.

    One prior SD for every period still lets the unit follow the size of the
    agenda: stretching a period's positions by ``c`` and shrinking its
    discriminations by ``1/c`` leaves its likelihood unchanged, and the two
    priors settle ``c`` where ``c⁴ ∝ J_t / (sd² N_t)`` (``J_t`` roll calls,
    ``N_t`` members), so under one SD a year with many roll calls gets a wider
    scale for no other reason. The prior SD of a period's discriminations is
    therefore ``SD_A_DYNAMIC · √(J_t / J̄)`` (``J̄`` the mean over periods; a
    bridged item takes the mean over its periods), which cancels ``J_t``.
    Measured (``period="year"``): pooled 0.980 → 0.982, within-country median
    0.926 → 0.930, India 0.828 → 0.854, Turkey 0.910 → 0.919, none of the named
    countries lower by more than 0.001; per-year median 0.9934 → 0.9932.
    Scaling by ``√N_t`` instead (or by both) was tried: median 0.927 (0.925),
    Turkey 0.941 (0.938), India 0.852 (0.860), per-year 0.9928 (0.9923); it has
    no such argument behind it and is not used.
    With this scaling the base SD and the step SD were checked again: base
    0.8 / 1.0 / 1.3 gave median 0.927 / 0.930 / 0.925 (India 0.874 / 0.854 /
    0.830, USA 0.910 / 0.923 / 0.932, Turkey 0.934 / 0.919 / 0.892); step SD
    0.6 / 0.7 / 0.8 gave 0.919 / 0.930 / 0.927 (Turkey 0.927 / 0.919 / 0.899).
    1.0 and 0.7 are kept.

    Bridging. Items that recur (the same resolution voted session after
    session, recognised by an identical ``title`` (``short: descr`` in the
    unvotes data) after case-folding and collapsing white space, voted once in
    each of at least two periods) share one set of item parameters, as in
    Bailey, Strezhnev & Voeten (2017). Those votes then measure every period's
    members against the same yardstick, so a country that keeps its vote while
    the resolution stays the same keeps its position. A title that recurs
    within one period (paragraph votes under one heading) is not bridged.
    About a quarter of the General Assembly's contested roll calls are bridged.

    Fitting: exact EM on the grid. Positions are discretised on 51 points
    over [−5, 5] (0.2 apart; with the normal population, 121 points on [−6, 6]
    changed no correlation with BSV by more than 0.002 and took twice as long).
    The grid's end is a bound, and it binds. With the normal population,
    widened from [−6, 6] to [−8, 8] the United States and Israel went to +7.9,
    to its new end, and every figure fell (median 0.915, Turkey 0.837, India
    0.799); narrowed to [−5, 5] or [−4, 4] it traded one country for another
    (Turkey 0.934, 0.949; USA 0.910, 0.890; India 0.821, 0.794). With the t
    population (2 degrees of freedom, scale 0.7): [−8, 8] median 0.912, India
    0.880, Turkey 0.879; [−6, 6] 0.920, India 0.898, USA 0.921; [−5.5, 5.5]
    0.924, India 0.898; [−5, 5] 0.926, India 0.901, USA 0.910. [−5, 5] is
    kept; the chain over periods is then a hidden Markov model, and
    the E-step is the forward–backward algorithm (Baum et al. 1970), run for
    all members at once (the loop is over periods; members and grid points are
    array axes). It gives each member-period's posterior over the grid, hence
    expected vote counts per item and point, and the M-step is that of
    ``"irt"`` on the counts pooled within each bridge group. SQUAREM
    accelerates the EM map; the log-posterior never decreases. (With
    ``rw_sd=None`` the step SD is updated from the normal scores' transition
    moments.) Positions are
    posterior means, ``se`` posterior standard deviations (given the item
    parameters).

    What "comparable over time" means here: a member's positions in two
    periods are on one scale in the sense that (a) the recurring resolutions
    pin the item parameters, so the same votes on the same texts give the same
    position, and (b) positions that are not pinned move only as far as the
    votes demand against the prior's correlation ``ρ``, on a unit held by
    the discriminations' common prior (only approximately: see below). A member moving
    relative to the others is visible; a shift of the *whole* membership
    (every state more pro-Western at once) is only partly visible, because
    each period's population prior is centred at 0 and non-recurring items are
    free to move their thresholds with the agenda. Differences of positions
    across periods are meaningful; the origin and unit are conventions.

    Validation (``benchmarks/idealpoints.py``, ``tests/test_idealpoints.py``):
    against Bailey, Strezhnev & Voeten's ``idealpointall`` (July 2025 release,
    calendar years; sessions are matched to the year they open in,
    :func:`session_year`), see :func:`compare_reference`. With the defaults and
    ``period="year"`` (10,242 country-years, 1946–2019): pooled r 0.980;
    within-country r over time median 0.926 over the 189 countries with 20 or
    more years; United States 0.910, China 0.924, Soviet Union/Russia 0.957,
    India 0.901, Brazil 0.978, Turkey 0.948, Israel 0.982, South Africa 0.985;
    per-year r across countries median 0.9920 (lowest 0.949, 1993).
    ``period="session"`` is weaker: pooled 0.978, median 0.919, United States
    0.894 and India 0.869 (short of 0.9), China 0.920, per-session 0.9912
    (with the former normal population: 0.981, 0.925, USA 0.923, India 0.833,
    China 0.885, 0.9922). The whole record fits in 11–14 s of CPU on one core (90–102
    EM maps; 17–21 s wall on the shared machine under load 2.5–3), 0.42 GB peak.

    Where the two disagree is not who stands where in a year but how a
    year's origin and unit move: the slope of each year's line from these
    positions to BSV's falls from about 0.58 in the 1940s to 0.43–0.45 from
    the 1980s on (0.59 to 0.40–0.42 with the normal population; BSV's yearly
    spread narrows from 1.4 to 0.85 as the membership grows, ours only from
    about 2.3 to 1.8). Mapped onto BSV year by year by those lines, the
    within-country median would be 0.959 (China 0.946, India 0.937):
    ``Comparison.within_aligned``. With the normal population the origin's
    drift mattered as much as the unit's: each year's intercept alone would
    have lifted India from 0.854 to 0.905, each year's slope alone to 0.892.
    The countries with the lowest within-country r are small or short-lived
    records whose BSV path hardly moves (Tonga, Monaco, the Baltic states,
    North Macedonia, Slovenia, Cabo Verde, Namibia: BSV's SD over time 0.11–0.21),
    where year-to-year noise dominates both series. Identical titles bridge no roll call
    before the 1970s (the unvotes descriptions of a recurring resolution
    become identical only then), so the first decades are tied to the rest
    by the chain and the prior alone; bridging by the short title instead
    (which recurs from 1946) was tried and helped some countries and hurt
    others (median 0.918, India 0.779, Turkey 0.864), and is not used.
    Dropping the bridges altogether gives median 0.929 and China 0.906 but
    Turkey 0.883 and India 0.805: the bridges as found here do little
    overall and are kept because they are the model BSV describe. Titles
    normalised further (session numbers, years, ordinals and document symbols
    removed: more bridges in the 2010s, none before the 1970s either) gave
    median 0.930, China 0.896, India 0.853 with the normal population and
    median 0.928, China 0.928, India 0.897 with the t population; the
    description alone (``descr`` without ``short``), median 0.918, Turkey
    0.859. Neither is used.

    Tried for issue 15 and not kept, each measured with the normal population
    (``period="year"``; median, China, India, USA): a free step per period
    (each year's line ``θ_t = c_t + b_t θ_{t−1}``, by EM, step SD 0.7 fixed;
    ``b_t`` went to about 1, a random walk, and the spread grew to 3): 0.891,
    0.872, 0.668, 0.799 (with 20 pseudo-members at ``(0, ρ)``: 0.899, 0.873,
    0.705, 0.839); that and a free step SD per period: 0.873, 0.762, 0.603,
    0.840. A free population mean ``μ_t`` and SD ``σ_t`` per period (the
    standardised chain centred at ``μ_t`` with spread ``σ_t``, the first period
    N(0, 1), updated from the members' posterior moments, a random walk of
    SD ``τ`` on ``μ_t`` and on ``log σ_t``): free of any smoothing the mean
    wandered by up to 3.6 in a year (0.871, 0.871, 0.530, 0.832); with
    ``τ_μ = 0.05, τ_σ = 0.05``: 0.924, 0.883, 0.847, 0.908; ``σ_t`` free only
    (``τ_σ`` 0.02 / 0.1): 0.923 / 0.919, India 0.855 / 0.856, USA 0.901 /
    0.900; ``μ_t`` free only (``τ_μ`` 0.01 / 0.02 / 0.03 / 0.05): India 0.876 /
    0.870 / 0.848 / 0.846, China 0.891 / 0.892 / 0.891 / 0.890, median
    0.931–0.929. A free scale made the yearly spread *wider* over time, not
    narrower as BSV's: the likelihood does not fix a period's location and
    unit where no resolution recurs, so these estimates follow the priors and
    the EM path rather than the votes. The population's shape, above, is what
    helped.

In all three, decisions on which every voting member cast the same vote are left
out (they say nothing about relative positions), as are ``partial``
decisions and members with fewer than ``min_votes`` votes in the period. The
sign is fixed so that the first ``anchor`` member present (the United States
by default) is positive.

Limits
------
* One dimension only. In the General Assembly it is essentially the
  "US-led liberal order" dimension (Bailey, Strezhnev & Voeten 2017); other
  cleavages (North–South on economic items, say) are folded into it.
* With ``"irt"`` and ``"pca"``, positions are comparable *within* a period
  only. Each period is fitted on its own with a standard-normal population,
  so a shift of the whole membership between sessions is invisible, and the
  scale is relative. Use ``"dynamic"`` to follow a member over time.
* ``"dynamic"``: positions are bounded by the grid (±5). Since the 1980s the
  United States and Israel (often voting alone together) reach +5, and the
  USSR reached −4.9 before the mid-1980s; there ``se`` is understated. Their *rank*
  is right, their distance from the rest is not measured. Identical titles
  are a proxy for identical texts: a recurring heading whose operative text
  changed shares parameters it should not.
  Periods are consecutive steps whatever the calendar gap between them.
* The population is an assumption: standard normal in ``"irt"``, Student's t
  (2 degrees of freedom, scale 0.7, symmetric) in ``"dynamic"``; the General
  Assembly's distribution is skewed (a large majority, a few Western
  outliers), and EAP pulls members with few votes towards 0.
* Absences are treated as missing at random, which they often are not
  (strategic absence).
* The Security Council has 15 members and few contested votes a year: its
  positions rest on a handful of decisions and carry large ``se``. Prefer
  longer periods there (``period=5``).

References
----------
Samejima, F. (1969). Estimation of latent ability using a response pattern of
graded scores. *Psychometrika Monograph* 17.
Bock, R. D., & Aitkin, M. (1981). Marginal maximum likelihood estimation of
item parameters: application of an EM algorithm. *Psychometrika* 46(4), 443–459.
Bailey, M. A., Strezhnev, A., & Voeten, E. (2017). Estimating dynamic state
preferences from United Nations voting data. *Journal of Conflict Resolution*
61(2), 430–456.
Martin, A. D., & Quinn, K. M. (2002). Dynamic ideal point estimation via Markov chain
Monte Carlo for the U.S. Supreme Court, 1953–1999. *Political Analysis* 10(2), 134–153.
Imai, K., Lo, J., & Olmsted, J. (2016). Fast estimation of ideal points with massive
data. *American Political Science Review* 110(4), 631–656 (R package ``emIRT``, ``dynIRT``).
Baum, L. E., Petrie, T., Soules, G., & Weiss, N. (1970). A maximization technique
occurring in the statistical analysis of probabilistic functions of Markov chains.
*Annals of Mathematical Statistics* 41(1), 164–171.
Varadhan, R., & Roland, C. (2008). Simple and globally convergent methods for
accelerating the convergence of any EM algorithm. *Scandinavian Journal of
Statistics* 35(2), 335–353.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from unsc import members as members_mod
from unsc.alignment import Period, _periods, _vote_codes, one_blas_thread
from unsc.model import Dataset


# Numerically stable logistic helpers in plain numpy (scipy.special would add
# half a second to ``import unsc``).
def _expit(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _log_expit(x: np.ndarray) -> np.ndarray:
    # log σ(x) = min(x, 0) − log1p(e^{−|x|}): several times faster than np.logaddexp.
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def _logsumexp(x: np.ndarray, axis: int | None = None) -> np.ndarray:
    top = np.max(x, axis=axis, keepdims=True)
    out = np.log(np.sum(np.exp(x - top), axis=axis, keepdims=True)) + top
    return out.squeeze(axis) if axis is not None else out.squeeze()


#: Members whose position is made positive, first present wins.
ANCHORS: tuple[str, ...] = ("USA", "GBR", "FRA", "ISR", "CAN", "AUS")

# Wide enough that the most extreme GA members (USA, ISR near +5) are not cut off.
_QUAD = np.linspace(-6.0, 6.0, 61)
_LOG_PRIOR_Q = -0.5 * _QUAD**2 - _logsumexp(-0.5 * _QUAD**2)
_SD_A, _SD_D, _MU_G, _SD_G = 2.5, 5.0, 0.0, 2.0


@dataclass(frozen=True)
class IRTFit:
    """Result of :func:`fit_irt` on one vote matrix."""

    position: np.ndarray  # EAP per member
    se: np.ndarray  # posterior standard deviation
    a: np.ndarray  # discrimination per decision
    d1: np.ndarray  # threshold no | abstain
    d2: np.ndarray  # threshold abstain | yes
    loglik: float  # marginal log-likelihood at the end
    iterations: int  # EM maps evaluated
    converged: bool


def ideal_points(
    ds: Dataset,
    period: Period = "session",
    method: Literal["irt", "pca", "dynamic"] = "irt",
    min_votes: int = 10,
    anchor: str | Sequence[str] = ANCHORS,
    by_seat: bool = False,
    max_iter: int = 500,
    tol: float = 1e-6,
    rw_sd: float | None = 0.7,
    bridge: bool = True,
) -> pd.DataFrame:
    """Positions on one dimension per member and period.

    Parameters
    ----------
    ds
        The decisions to use (one body: mixing bodies mixes agendas).
    period
        As in :func:`unsc.alignment.alignment`: ``None``, ``"year"``,
        ``"session"`` (default, General Assembly sessions) or a window of
        years.
    method
        ``"irt"`` (ordinal item-response model, EM, per period), ``"pca"``, or
        ``"dynamic"`` (the item-response model over all periods on one scale);
        see the module docstring for each and their limits.
    min_votes
        Members with fewer yes/abstain/no votes on contested decisions in the
        period are left out.
    anchor
        Member (or members, first present wins) placed on the positive side.
    by_seat
        Relabel permanent-seat holders with their seat first (``SUN`` → ``RUS``).
    max_iter, tol
        EM stops after ``max_iter`` iterations or when the marginal
        log-likelihood improves by less than ``tol`` per member (per
        member-period for ``"dynamic"``).
    rw_sd
        ``"dynamic"`` only: standard deviation of a member's step from one
        period to the next (0.7 by default); ``None`` estimates it by EM.
    bridge
        ``"dynamic"`` only: recurring titles share item parameters.

    Returns
    -------
    pandas.DataFrame
        ``member, period, position, se, n`` (``n``: votes used; ``se``
        missing for PCA), sorted by period and position. ``attrs["method"]``
        names the method; ``attrs["converged"]`` lists periods where EM hit
        ``max_iter``. ``"dynamic"`` adds ``rw_sd``, ``iterations``, ``items``,
        ``bridged_groups`` and ``bridged_items`` to ``attrs``.
    """
    if method not in ("irt", "pca", "dynamic"):
        raise ValueError(f"method must be 'irt', 'pca' or 'dynamic', not {method!r}")
    if by_seat:
        ds = ds.by_seat()
    anchors = [anchor] if isinstance(anchor, str) else list(anchor)
    if method == "dynamic":
        return _dynamic_points(ds, period, min_votes, anchors, max_iter, tol, rw_sd, bridge)
    v = _vote_codes(ds)
    groups, labels = _periods(v.decisions, period)
    rows = []
    not_converged = []
    for p, cols in enumerate(groups):
        sub = v.codes[:, cols]
        votes, keep = _contested(sub, min_votes)
        if votes is None:
            continue
        names = v.members[keep]
        if method == "pca":
            position, se = _pca(votes), np.full(len(names), np.nan)
        else:
            with one_blas_thread():
                fit = fit_irt(votes, max_iter=max_iter, tol=tol)
            position, se = fit.position, fit.se
            if not fit.converged:
                not_converged.append(p)
        present = [m for m in anchors if m in set(names)]
        if present and position[list(names).index(present[0])] < 0:
            position = -position
        n = ((votes >= 0) & (votes <= 2)).sum(axis=1)
        rows.append(pd.DataFrame({"member": names, "period_index": p, "position": position,
                                  "se": se, "n": n}))
    out = (pd.concat(rows, ignore_index=True) if rows else
           pd.DataFrame({"member": [], "period_index": [], "position": [], "se": [], "n": []}))
    pidx = out.period_index.to_numpy(dtype=np.int64)
    if isinstance(labels, pd.Categorical):
        period_col = pd.Categorical.from_codes(pidx, dtype=labels.dtype)
    else:
        period_col = np.asarray(labels, dtype=np.int64)[pidx]
    out = pd.DataFrame({
        "member": out.member.astype(str).astype("category"),
        "period": period_col,
        "position": out.position.astype(float),
        "se": out.se.astype(float),
        "n": out.n.astype(np.int64),
    })
    out = out.sort_values(["period", "position"], kind="stable").reset_index(drop=True)
    out.attrs.update(method=method, period=period, converged=not not_converged,
                     not_converged=[_label(labels, p) for p in not_converged])
    return out


def _label(labels: object, p: int) -> object:
    return labels[p] if not isinstance(labels, pd.Categorical) else labels.categories[p]


def _contested(sub: np.ndarray, min_votes: int) -> tuple[np.ndarray | None, np.ndarray]:
    """Drop uninformative decisions and thin members until both are stable."""
    keep, cols = _contested_masks(sub, min_votes)
    if keep.sum() < 3 or cols.sum() < 2:
        return None, keep
    return sub[np.ix_(keep, cols)], keep


def _contested_masks(sub: np.ndarray, min_votes: int) -> tuple[np.ndarray, np.ndarray]:
    """The members and decisions :func:`_contested` keeps, as boolean masks."""
    keep = np.ones(sub.shape[0], dtype=bool)
    cols = np.ones(sub.shape[1], dtype=bool)
    for _ in range(10):  # dropping members can make a decision unanimous, and back
        cast = (sub >= 0) & (sub <= 2) & keep[:, None]
        kinds = sum(((sub == k) & cast).any(axis=0).astype(int) for k in range(3))
        cols = kinds > 1
        counts = (cast & cols[None, :]).sum(axis=1)
        new_keep = keep & (counts >= max(min_votes, 1))
        if (new_keep == keep).all():
            break
        keep = new_keep
    return keep, cols


# -- PCA ---------------------------------------------------------------------------------
def _pca(codes: np.ndarray) -> np.ndarray:
    cast = (codes >= 0) & (codes <= 2)
    score = np.where(cast, 1.0 - codes / 2.0, np.nan)  # yes 1, abstain 0.5, no 0
    centred = score - np.nanmean(score, axis=0)
    centred = np.where(cast, centred, 0.0)  # absences sit at the decision's mean
    u, s, _ = np.linalg.svd(centred, full_matrices=False)
    x = u[:, 0] * s[0]
    return (x - x.mean()) / (x.std() or 1.0)


# -- the graded response model -----------------------------------------------------------
def _log_probs(a: np.ndarray, d1: np.ndarray, g: np.ndarray, quad: np.ndarray = _QUAD) -> np.ndarray:
    """log P(category k | θ_q) for each item: shape (items, points, 3); k = no, abstain, yes."""
    eta1 = a[:, None] * quad[None, :] - d1[:, None]
    eta2 = eta1 - np.exp(g)[:, None]
    gap = np.log(-np.expm1(-np.exp(g)))[:, None]
    up1, up2 = _log_expit(eta1), _log_expit(eta2)
    # log σ(−x) = log σ(x) − x saves two of the four logistic evaluations.
    return np.stack([up1 - eta1, up1 + (up2 - eta2) + gap, up2], axis=-1)


def _item_terms(
    a: np.ndarray, d1: np.ndarray, g: np.ndarray, r: np.ndarray, derivatives: bool = True,
    quad: np.ndarray = _QUAD, sd_a: float | np.ndarray = _SD_A,
) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Expected complete-data log-posterior of each item, its gradient and Hessian.

    ``r`` holds the expected counts (items, points, 3) from the E-step. With
    ``η = a θ − d1`` and ``δ = exp(g)`` (so ``η2 = η − δ``), the per-point
    log-probabilities are ``log σ(−η)``, ``log σ(η) + log σ(−η2) + log(1 −
    e^{−δ})`` and ``log σ(η2)``; their derivatives in ``(η, δ)`` are chained to
    ``(a, d1, g)``. Items are independent given the E-step, so every
    Hessian is 3 × 3. ``sd_a`` is the prior standard deviation of ``a`` (one for all
    items, or one per item).
    """
    logp = _log_probs(a, d1, g, quad)
    value = (r * logp).sum(axis=(1, 2))
    value -= a**2 / (2 * sd_a**2) + d1**2 / (2 * _SD_D**2) + (g - _MU_G) ** 2 / (2 * _SD_G**2)
    if not derivatives:
        return value, None, None
    delta = np.exp(g)[:, None]
    eta = a[:, None] * quad[None, :] - d1[:, None]
    s1, s2 = _expit(eta), _expit(eta - delta)
    v1, v2 = s1 * (1 - s1), s2 * (1 - s2)
    r0, r1, r2 = r[..., 0], r[..., 1], r[..., 2]
    inv = 1.0 / np.expm1(delta)
    g_eta = -r0 * s1 + r1 * (1 - s1 - s2) + r2 * (1 - s2)
    g_delta = r1 * (s2 + inv) - r2 * (1 - s2)
    h_ee = -r0 * v1 - r1 * (v1 + v2) - r2 * v2
    h_ed = (r1 + r2) * v2
    h_dd = -r1 * (v2 + np.exp(delta) * inv**2) - r2 * v2
    q = quad[None, :]
    grad = np.stack([
        (g_eta * q).sum(1) - a / sd_a**2,
        -g_eta.sum(1) - d1 / _SD_D**2,
        (g_delta * delta).sum(1) - (g - _MU_G) / _SD_G**2,
    ], axis=1)
    hess = np.empty((len(a), 3, 3))
    hess[:, 0, 0] = (h_ee * q**2).sum(1) - 1 / sd_a**2
    hess[:, 0, 1] = hess[:, 1, 0] = -(h_ee * q).sum(1)
    hess[:, 1, 1] = h_ee.sum(1) - 1 / _SD_D**2
    hess[:, 0, 2] = hess[:, 2, 0] = (h_ed * q * delta).sum(1)
    hess[:, 1, 2] = hess[:, 2, 1] = -(h_ed * delta).sum(1)
    hess[:, 2, 2] = (h_dd * delta**2 + g_delta * delta).sum(1) - 1 / _SD_G**2
    return value, grad, hess


def _m_step(params: np.ndarray, r: np.ndarray, quad: np.ndarray = _QUAD,
            sd_a: float | np.ndarray = _SD_A) -> np.ndarray:
    """One safeguarded Newton step per item (a generalised M-step: it never decreases).

    The Hessian is shifted to be negative definite where it is not
    (Levenberg–Marquardt), and the step halved per item until the item's
    objective does not fall.
    """
    a, d1, g = params
    value, grad, hess = _item_terms(a, d1, g, r, quad=quad, sd_a=sd_a)
    top = np.linalg.eigvalsh(hess)[:, -1]
    shift = np.clip(top + 1e-6, 0.0, None)
    step = np.linalg.solve(-(hess - shift[:, None, None] * np.eye(3)), grad[..., None])[..., 0]
    scale = np.ones(len(a))
    new = params.copy()
    pending = np.ones(len(a), dtype=bool)
    for _ in range(12):
        # Only the items still pending are evaluated: most accept the full step.
        idx = np.flatnonzero(pending)
        trial = params[:, idx] + (scale[idx, None] * step[idx]).T
        sd_sub = sd_a[idx] if np.ndim(sd_a) else sd_a
        trial_value, _, _ = _item_terms(*trial, r[idx], derivatives=False, quad=quad, sd_a=sd_sub)
        ok = trial_value >= value[idx] - 1e-12
        new[:, idx[ok]] = trial[:, ok]
        pending[idx[ok]] = False
        if not pending.any():
            break
        scale[pending] /= 2
    return new


def _posterior(onehot: np.ndarray, logp: np.ndarray) -> tuple[np.ndarray, float]:
    """Members' posterior weights over the quadrature points, and the marginal log-likelihood."""
    n_items = logp.shape[0]
    ll = onehot @ logp.transpose(0, 2, 1).reshape(n_items * 3, -1)  # (members, points)
    ll += _LOG_PRIOR_Q[None, :]
    norm = _logsumexp(ll, axis=1)
    return np.exp(ll - norm[:, None]), float(norm.sum())


def _log_prior(params: np.ndarray, sd_a: float | np.ndarray = _SD_A) -> float:
    a, d1, g = params
    return float(-(a**2 / (2 * np.asarray(sd_a) ** 2)).sum() - (d1**2).sum() / (2 * _SD_D**2)
                 - ((g - _MU_G) ** 2).sum() / (2 * _SD_G**2))


#: Bounds that keep exp() finite during extrapolation; far beyond any estimate.
_LOWER = np.array([-30.0, -60.0, -12.0])[:, None]
_UPPER = np.array([30.0, 60.0, 6.0])[:, None]


def fit_irt(codes: np.ndarray, max_iter: int = 500, tol: float = 1e-6) -> IRTFit:
    """Fit the graded response model to one members × decisions matrix of vote codes.

    The EM map (E-step, then one safeguarded Newton step per decision) is
    accelerated with SQUAREM (Varadhan & Roland 2008, scheme S3): two EM steps
    are extrapolated along their common direction, and the plain EM step is
    kept whenever the extrapolation would lower the objective, so the
    log-posterior never decreases.

    Parameters
    ----------
    codes
        0 yes, 1 abstain, 2 no; anything else (absent, no row) is missing.
    max_iter, tol
        Stop after ``max_iter`` EM maps or when the marginal log-posterior
        improves by less than ``tol`` per member.

    Returns
    -------
    IRTFit
        Positions (EAP; sign arbitrary), their posterior SDs, item parameters.
    """
    n_members, n_items = codes.shape
    cat = np.where((codes >= 0) & (codes <= 2), 2 - codes.astype(np.int64), -1)  # 0 no .. 2 yes
    onehot = (cat[:, :, None] == np.arange(3)).reshape(n_members, n_items * 3).astype(float)

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        weights, loglik = _posterior(onehot, _log_probs(*params))
        return loglik + _log_prior(params), weights

    def em(params: np.ndarray, weights: np.ndarray) -> np.ndarray:
        expected = (weights.T @ onehot).reshape(len(_QUAD), n_items, 3).transpose(1, 0, 2)
        return _m_step(params, expected)

    x0, w0, maps, converged = _squarem(np.stack(_start(codes, cat)), objective, em,
                                       max_iter, tol * n_members)
    a, d1, g = x0
    _, loglik = _posterior(onehot, _log_probs(a, d1, g))
    mean = w0 @ _QUAD
    sd = np.sqrt(np.clip(w0 @ _QUAD**2 - mean**2, 0.0, None))
    return IRTFit(position=mean, se=sd, a=a, d1=d1, d2=d1 + np.exp(g), loglik=loglik,
                  iterations=maps, converged=converged)


def _squarem(
    x0: np.ndarray,
    objective: Callable[[np.ndarray], tuple[float, object]],
    em: Callable[[np.ndarray, object], np.ndarray],
    max_iter: int,
    tol: float,
) -> tuple[np.ndarray, object, int, bool]:
    """Maximise ``objective`` by the EM map ``em``, accelerated with SQUAREM (scheme S3).

    ``objective(x)`` returns the log-posterior and the E-step's result (the
    posterior weights) that ``em(x, weights)`` needs. Two EM steps are
    extrapolated along their common direction; the plain EM steps are kept
    whenever the extrapolation would lower the objective, so the objective
    never decreases. Stops after ``max_iter`` EM maps or when one round
    improves the objective by less than ``tol``.

    Returns the parameters, their E-step weights, the EM maps evaluated and
    whether the tolerance was reached.
    """
    f0, w0 = objective(x0)
    converged = False
    maps = 0
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        while maps < max_iter:
            x1 = em(x0, w0)
            f1, w1 = objective(x1)
            x2 = em(x1, w1)
            maps += 2
            r, v = x1 - x0, (x2 - x1) - (x1 - x0)
            alpha = -np.sqrt((r**2).sum() / max((v**2).sum(), 1e-300))
            alpha = min(alpha, -1.0)  # -1 is the plain double EM step x2
            trial = np.clip(x0 - 2 * alpha * r + alpha**2 * v, _LOWER, _UPPER)
            f_trial, w_trial = objective(trial)
            if np.isfinite(f_trial) and f_trial >= f1:
                x_new = em(trial, w_trial)  # the stabilising EM step
                maps += 1
            else:
                x_new = x2
            f_new, w_new = objective(x_new)
            if x_new is not x2 and not (np.isfinite(f_new) and f_new >= f1):
                x_new = x2  # the extrapolation went astray: keep the plain EM steps
                f_new, w_new = objective(x_new)
            improvement = f_new - f0
            x0, f0, w0 = x_new, f_new, w_new
            if improvement < tol:
                converged = True
                break
    return x0, w0, maps, converged


def _start(
    codes: np.ndarray, cat: np.ndarray, theta: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Starting values: discriminations from the PCA scores (or ``theta``), thresholds from the margins."""
    if theta is None:
        theta = _pca(codes)
    cast = cat >= 0
    score = np.where(cast, cat, np.nan)
    mean = np.nanmean(score, axis=0)
    dev = np.where(cast, score - mean, 0.0)
    corr = (dev * theta[:, None]).sum(0) / np.sqrt(
        (dev**2).sum(0) * (np.where(cast, theta[:, None], 0.0) ** 2).sum(0) + 1e-12)
    corr = np.clip(corr, -0.9, 0.9)
    a = 1.7 * corr / np.sqrt(1 - corr**2)  # the normal-ogive relation, logistic scale
    n = cast.sum(axis=0)
    p1 = np.clip(((cat >= 1) & cast).sum(0) / n, 0.02, 0.98)  # P(vote >= abstain)
    p2 = np.clip(((cat >= 2) & cast).sum(0) / n, 0.01, 0.97)  # P(vote = yes)
    d1 = -np.log(p1 / (1 - p1))
    d2 = np.maximum(-np.log(p2 / (1 - p2)), d1 + 0.05)
    return a, d1, np.log(d2 - d1)


# -- the dynamic model -------------------------------------------------------------------
#: Grid of the dynamic model, 0.2 apart, over [−5, 5]. Halving the step (121 points on
#: [−6, 6]) changed no correlation with BSV by more than 0.002 on the whole General
#: Assembly and cost twice the time. The end is a bound that binds (the United States
#: sits at +5 from the 1980s); the module docstring gives what other ends measured.
_DQUAD = np.linspace(-5.0, 5.0, 51)
#: The population distribution of positions in every period: Student's t with ``POP_DF``
#: degrees of freedom and scale ``POP_SCALE`` (a heavy-tailed population, so that a few
#: outliers, the United States and Israel alone, need not stretch everyone else's scale).
#: A calibration against BSV; the module docstring lists what was measured.
POP_DF = 2.0
POP_SCALE = 0.7
#: Prior standard deviation of the discriminations in the dynamic model (2.5 in the
#: static one). Shrinking every period's discriminations towards one common size is
#: what carries the unit of the scale from period to period where no resolution recurs;
#: see the module docstring for the measurements behind the value.
SD_A_DYNAMIC = 1.0
#: Bounds of the random-walk standard deviation per period (EM may not leave them).
_RW_BOUNDS = (0.02, 0.99)


@dataclass(frozen=True)
class DynamicFit:
    """Result of :func:`fit_dynamic`: members × periods, one scale for all periods."""

    position: np.ndarray  # posterior mean per member and period (NaN where not present)
    se: np.ndarray  # posterior standard deviation, same shape
    present: np.ndarray  # bool, the member voted in the period (after the filters)
    a: np.ndarray  # discrimination per item (shared within a bridge group)
    d1: np.ndarray  # threshold no | abstain per item
    d2: np.ndarray  # threshold abstain | yes per item
    group: np.ndarray  # bridge group of each item (items of one group share parameters)
    rw_sd: float  # random-walk standard deviation per period (estimated or as given)
    loglik: float  # marginal log-likelihood at the end
    iterations: int  # EM maps evaluated
    converged: bool
    sd_a: float = _SD_A  # prior standard deviation of the discriminations it was fitted with
    #: The prior SD each item was fitted with: ``sd_a`` scaled by its period's number of
    #: items (:func:`_period_prior_sd`); the caller's item order.
    sd_a_item: np.ndarray | None = None


def _rho(sd: float) -> float:
    """Autoregression of the normal scores that keeps every period's prior the population: ρ² + sd² = 1."""
    return float(np.sqrt(max(1.0 - sd**2, 0.0)))


@functools.cache
def _t_population(df: float, scale: float, lo: float, hi: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    # scipy is imported here, not at the top: ``import unsc`` stays fast.
    from scipy import special

    quad = np.linspace(lo, hi, n)
    x = quad / scale
    log_density = (special.gammaln((df + 1) / 2) - special.gammaln(df / 2) - 0.5 * np.log(df * np.pi)
                   - (df + 1) / 2 * np.log1p(x**2 / df))
    z = special.ndtri(special.stdtr(df, x))
    log_prior = log_density - _logsumexp(log_density)
    z.setflags(write=False)
    log_prior.setflags(write=False)
    return z, log_prior


def _population(quad: np.ndarray = _DQUAD) -> tuple[np.ndarray, np.ndarray]:
    """The population on the grid: each point's normal score ``z(q) = Φ⁻¹(F(q))`` and log prior weight.

    ``F`` is the distribution function of Student's t (``POP_DF``, scale
    ``POP_SCALE``); the prior weights are its density on the grid, normalised.
    """
    return _t_population(float(POP_DF), float(POP_SCALE), float(quad[0]), float(quad[-1]), len(quad))


def _kernel(sd: float, quad: np.ndarray = _DQUAD) -> np.ndarray:
    """Transition on the grid: ``K[q, q']`` = P(θ_t = q' | θ_{t−1} = q).

    A Gaussian copula: the normal scores follow ``z_t = ρ z_{t−1} + sd·ε``
    (``ρ = √(1 − sd²)``, so their marginal stays N(0, 1)) and ``θ = F⁻¹(Φ(z))``,
    so every period's marginal is the t population of :func:`_population`:
    ``K[q, q'] ∝ N(z(q'); ρ z(q), sd²) · p(q') / φ(z(q'))``. Rows sum to 1 (the
    grid's ends are reflecting, not absorbing).
    """
    z, log_prior = _population(quad)
    k = -0.5 * ((z[None, :] - _rho(sd) * z[:, None]) / sd) ** 2 + (log_prior + 0.5 * z**2)[None, :]
    k = np.exp(k - k.max(axis=1, keepdims=True))
    k /= k.sum(axis=1, keepdims=True)
    # Subnormal numbers make matrix products ten times slower; these entries are nil anyway.
    k[k < 1e-30] = 0.0
    return k


def _smooth(
    logl: np.ndarray, first: np.ndarray, kernel: np.ndarray, step_moment: bool = False,
) -> tuple[np.ndarray, float, float]:
    """Forward–backward over the periods, every member at once.

    ``logl`` (periods, members, points) holds each member's log-likelihood of
    its votes in a period at each grid point (0 where it did not vote);
    ``first`` each member's first period, where its chain starts from the
    population prior (:func:`_population`). Returns the smoothed marginals
    (same shape), the marginal log-likelihood, and (with ``step_moment``) the
    sums over every member's transitions of ``E[z_{t−1}²]``, ``E[z_{t−1} z_t]``
    and ``E[z_t²]`` of the normal scores ``z`` the chain moves on.
    The loops run over periods (tens); members and points are array axes.
    """
    n_periods, n_members, _ = logl.shape
    top = logl.max(axis=2, keepdims=True)
    # A point 1e-100 times less likely than the best keeps that weight (not less): no
    # subnormal numbers (see _kernel), at the cost of one clip instead of a masked pass.
    lik = np.subtract(logl, top)
    np.maximum(lik, -230.0, out=lik)
    np.exp(lik, out=lik)
    z, log_prior = _population()
    prior = np.exp(log_prior)
    kernel_t = np.ascontiguousarray(kernel.T)
    alpha = np.empty_like(lik)
    norm = np.empty((n_periods, n_members))
    for t in range(n_periods):
        pred = alpha[t]  # the prediction is built in place, then turned into the filter
        if t == 0:
            pred[:] = prior
        else:
            np.matmul(alpha[t - 1], kernel, out=pred)
            pred[t <= first] = prior  # chains that start here
        pred *= lik[t]
        norm[t] = pred.sum(axis=1)
        pred /= norm[t][:, None]
        pred[pred < 1e-200] = 0.0
    loglik = float(np.log(norm).sum() + top.sum())
    beta = np.empty_like(lik)
    beta[-1] = 1.0
    moments = np.zeros(3)  # Σ E[z_{t−1}²], Σ E[z_{t−1} z_t], Σ E[z_t²] over linked transitions
    products = [z[:, None] ** 2 + 0 * z[None, :], z[:, None] * z[None, :], 0 * z[:, None] + z[None, :] ** 2]
    for t in range(n_periods - 2, -1, -1):
        after = lik[t + 1] * beta[t + 1]
        after /= norm[t + 1][:, None]
        linked = (t + 1 > first)[:, None]
        np.matmul(after, kernel_t, out=beta[t])
        beta[t][~linked[:, 0]] = 1.0
        beta[t][beta[t] < 1e-200] = 0.0
        if step_moment:
            # E f(θ_t, θ_{t+1}) = Σ_{q,q'} α_t(q) K(q,q') f(q,q') lik_{t+1}(q') β_{t+1}(q') / c_{t+1}
            for k, f in enumerate(products):
                moment = ((alpha[t] @ (kernel * f)) * after).sum(axis=1)
                moments[k] += float(moment[linked[:, 0]].sum())
    gamma = alpha * beta
    gamma /= gamma.sum(axis=2, keepdims=True)
    return gamma, loglik, moments


def fit_dynamic(
    codes: np.ndarray,
    item_period: np.ndarray,
    group: np.ndarray | None = None,
    rw_sd: float | None = None,
    max_iter: int = 500,
    tol: float = 1e-6,
    start_theta: np.ndarray | None = None,
    sd_a: float | None = None,
) -> DynamicFit:
    """Fit the dynamic graded response model to a members × items matrix over periods.

    Parameters
    ----------
    codes
        Vote codes, members × items: 0 yes, 1 abstain, 2 no; anything else
        is missing (not a member, absent, left out in that period).
    item_period
        Period index (0, 1, …) of each item; periods are in time order.
    group
        Bridge group of each item (integers): items of one group share their
        parameters. ``None``: every item has its own.
    rw_sd
        Standard deviation of a member's step from one period to the next;
        ``None`` estimates it (an EM update between SQUAREM rounds).
    max_iter, tol
        Stop after ``max_iter`` EM maps or when the log-posterior improves by
        less than ``tol`` per member-period.
    start_theta
        Starting positions (members × periods, sign aligned over time) for the
        item parameters' starting values; default: each period's principal
        component, its sign chained from period to period.
    sd_a
        Prior standard deviation of the discriminations in a period with the
        mean number of items; default :data:`SD_A_DYNAMIC` (the module
        docstring says why it is tighter than the static model's). A period
        with ``J_t`` items uses ``sd_a · √(J_t / J̄)`` (:func:`_period_prior_sd`).

    Returns
    -------
    DynamicFit
    """
    sd_a = SD_A_DYNAMIC if sd_a is None else float(sd_a)
    codes = np.asarray(codes)
    item_period = np.asarray(item_period, dtype=np.int64)
    n_members, n_items = codes.shape
    if n_items == 0:
        raise ValueError("no items to fit")
    group = np.arange(n_items) if group is None else np.unique(group, return_inverse=True)[1]
    # Items in period order, so that each period is one slice of every item array.
    perm = np.argsort(item_period, kind="stable")
    codes, item_period, group = codes[:, perm], item_period[perm], group[perm]
    n_periods = int(item_period.max()) + 1
    n_groups = int(group.max()) + 1
    bounds = np.searchsorted(item_period, np.arange(n_periods + 1))
    cols = [slice(bounds[t], bounds[t + 1]) for t in range(n_periods)]
    cat = np.where((codes >= 0) & (codes <= 2), 2 - codes.astype(np.int64), -1)  # 0 no .. 2 yes
    onehot = [(cat[:, c, None] == np.arange(3)).reshape(n_members, -1).astype(float) for c in cols]
    present = np.stack([(cat[:, c] >= 0).any(axis=1) for c in cols], axis=1)
    voted = present.any(axis=1)
    first = np.where(voted, np.argmax(present, axis=1), n_periods)
    n_cells = max(int(present.sum()), 1)
    n_q = len(_DQUAD)
    # Bridge groups summed rank by rank (the k-th item of every group that has one): a few
    # whole-array additions, as many as the largest group has items.
    by_group = np.argsort(group, kind="stable")
    sorted_group = group[by_group]
    group_starts = np.searchsorted(sorted_group, np.arange(n_groups))
    rank = np.arange(n_items) - group_starts[sorted_group]
    ranks = [(sorted_group[rank == k], by_group[rank == k]) for k in range(1, int(rank.max()) + 1)]
    leaders = by_group[group_starts]
    sd_group = _period_prior_sd(sd_a, item_period, group, n_groups)

    def loglik_terms(params: np.ndarray) -> np.ndarray:
        # (items, 3, points): each period's rows are then one (items·3, points) block.
        logp = np.ascontiguousarray(_log_probs(*params[:, group], quad=_DQUAD).transpose(0, 2, 1))
        out = np.empty((n_periods, n_members, n_q))
        for t, c in enumerate(cols):
            np.matmul(onehot[t], logp[c].reshape(-1, n_q), out=out[t])
        return out

    sd = [0.1 if rw_sd is None else float(rw_sd)]

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        gamma, loglik, _ = _smooth(loglik_terms(params), first, _kernel(sd[0]))
        return loglik + _log_prior(params, sd_group), gamma

    def em(params: np.ndarray, gamma: np.ndarray) -> np.ndarray:
        expected = np.empty((n_items, 3, n_q))
        for t, c in enumerate(cols):
            expected[c] = (onehot[t].T @ gamma[t]).reshape(-1, 3, n_q)
        pooled = expected[leaders]
        for into, items in ranks:
            pooled[into] += expected[items]
        return _m_step(params, pooled.transpose(0, 2, 1), quad=_DQUAD, sd_a=sd_group)

    maps, converged = 0, False
    with one_blas_thread():
        x = _dynamic_start(codes, cat, cols, group, n_groups, start_theta)
        while True:
            x, gamma, used, converged = _squarem(x, objective, em, max_iter - maps,
                                                 tol * n_cells)
            maps += used
            if rw_sd is None:
                # EM update of the step SD: maximise the expected log-density of the
                # transitions, Σ E log N(z_t; ρ z_{t−1}, sd²) with ρ = √(1 − sd²), on a grid
                # (the copula's Jacobian does not depend on sd).
                _, _, (s11, s12, s22) = _smooth(loglik_terms(x), first, _kernel(sd[0]),
                                                step_moment=True)
                n_steps = int(np.clip(n_periods - 1 - first, 0, None)[voted].sum())
                grid = np.geomspace(*_RW_BOUNDS, 400)
                rho = np.sqrt(np.clip(1 - grid**2, 0.0, None))
                value = -n_steps * np.log(grid) - (s22 - 2 * rho * s12 + rho**2 * s11) / (2 * grid**2)
                new = float(grid[np.argmax(value)])
                moved = abs(np.log(new / sd[0])) > 1e-3
                sd[0] = new
                if moved and maps < max_iter:
                    converged = False
                    continue
            break
        gamma, loglik, _ = _smooth(loglik_terms(x), first, _kernel(sd[0]))
    mean = gamma @ _DQUAD
    var = np.clip(gamma @ _DQUAD**2 - mean**2, 0.0, None)
    position = np.where(present, mean.T, np.nan)
    se = np.where(present, np.sqrt(var).T, np.nan)
    back = np.argsort(perm)  # items in the caller's order again
    a, d1, g = x[:, group[back]]
    return DynamicFit(position=position, se=se, present=present, a=a, d1=d1, d2=d1 + np.exp(g),
                      group=group[back], rw_sd=sd[0], loglik=loglik, iterations=maps,
                      converged=converged, sd_a=sd_a, sd_a_item=sd_group[group[back]])


def _period_prior_sd(sd_a: float, item_period: np.ndarray, group: np.ndarray,
                     n_groups: int) -> np.ndarray:
    """Prior SD of each bridge group's discrimination: ``sd_a · √(J_t / J̄)``.

    ``J_t`` is the number of items in the item's period, ``J̄`` its mean over
    periods; a group spanning several periods takes the mean of its items'
    values. Why: stretching a period's positions by ``c`` and shrinking its
    discriminations by ``1/c`` leaves its likelihood unchanged, and the priors
    settle ``c`` where ``c⁴ ∝ Σ_j a_j² / (sd² Σ_i θ_i²)``, i.e. ``∝ J_t / (sd² N_t)``:
    under one prior SD a period with more roll calls gets a wider scale for no
    other reason. A prior SD growing as ``√J_t`` cancels that, so the unit no
    longer follows the size of the agenda.
    """
    j_t = np.bincount(item_period).astype(float)
    scale = np.sqrt(j_t / j_t[j_t > 0].mean())[item_period]
    return sd_a * np.bincount(group, scale, minlength=n_groups) / np.bincount(group, minlength=n_groups)


def _dynamic_start(
    codes: np.ndarray, cat: np.ndarray, cols: list[slice], group: np.ndarray,
    n_groups: int, start_theta: np.ndarray | None,
) -> np.ndarray:
    """Item parameters to start from: each period's static start, signs chained over time."""
    n_items = codes.shape[1]
    params = np.zeros((3, n_items))
    previous = None
    for t, c in enumerate(cols):
        rows = (cat[:, c] >= 0).any(axis=1)
        if start_theta is not None:
            theta = start_theta[rows, t]
        else:
            theta = _pca(codes[rows, c])
            full = np.full(codes.shape[0], np.nan)
            full[rows] = theta
            if previous is not None:
                both = ~np.isnan(previous) & rows
                if both.sum() > 2 and np.corrcoef(previous[both], full[both])[0, 1] < 0:
                    theta, full = -theta, -full
            previous = np.where(np.isnan(full), previous if previous is not None else np.nan, full)
        params[:, c] = np.stack(_start(codes[rows, c], cat[rows, c], theta))
    pooled = np.zeros((3, n_groups))
    np.add.at(pooled.T, group, params.T)
    return pooled / np.bincount(group, minlength=n_groups)[None, :]


def _bridge_groups(titles: pd.Series, item_period: np.ndarray) -> tuple[np.ndarray, int]:
    """Bridge groups: a title voted once in each of at least two periods is one item.

    Titles are compared after case-folding and collapsing white space. A title
    that recurs *within* a period (separate paragraph votes, amendments under
    one heading) is not bridged: the votes need not point the same way.
    Returns the group of each item and the number of bridged groups.
    """
    key = (titles.astype("string").str.casefold().str.split().str.join(" ")
           .fillna("").to_numpy(dtype=object))
    frame = pd.DataFrame({"key": key, "period": item_period})
    per = frame[frame.key != ""].groupby("key").period.agg(["size", "nunique"])
    ok = per.index[(per["nunique"] >= 2) & (per["size"] == per["nunique"])]
    bridged = np.isin(key, np.asarray(ok, dtype=object))
    codes = np.full(len(key), -1, dtype=np.int64)
    codes[bridged] = pd.factorize(key[bridged])[0]
    n_bridged = int(codes.max()) + 1 if bridged.any() else 0
    codes[~bridged] = n_bridged + np.arange((~bridged).sum())
    return codes, n_bridged


def _dynamic_points(
    ds: Dataset, period: Period, min_votes: int, anchors: list[str], max_iter: int, tol: float,
    rw_sd: float | None, bridge: bool,
) -> pd.DataFrame:
    v = _vote_codes(ds)
    groups, labels = _periods(v.decisions, period)
    blocks, item_period, item_cols, used = [], [], [], []
    for p, cols in enumerate(groups):
        sub = v.codes[:, cols]
        keep, cmask = _contested_masks(sub, min_votes)
        if keep.sum() < 3 or cmask.sum() < 2:
            continue
        block = np.where(keep[:, None], sub[:, cmask], -1).astype(np.int8)
        blocks.append(block)
        item_period.append(np.full(block.shape[1], len(used)))
        item_cols.append(np.asarray(cols)[cmask])
        used.append(p)
    if not used:
        return _empty()
    codes = np.concatenate(blocks, axis=1)
    item_period = np.concatenate(item_period)
    item_cols = np.concatenate(item_cols)
    if bridge:
        group, n_bridged = _bridge_groups(v.decisions.title.iloc[item_cols].reset_index(drop=True),
                                          item_period)
    else:
        group, n_bridged = np.arange(codes.shape[1]), 0
    fit = fit_dynamic(codes, item_period, group=group, rw_sd=rw_sd, max_iter=max_iter, tol=tol)
    position, se = fit.position, fit.se
    sign = 1.0
    for m in anchors:
        hit = np.flatnonzero(v.members == m)
        if hit.size and fit.present[hit[0]].any():
            sign = 1.0 if np.nanmean(position[hit[0]]) >= 0 else -1.0
            break
    member_idx, period_idx = np.nonzero(fit.present)
    valid = (codes >= 0) & (codes <= 2)
    n = np.stack([valid[:, item_period == t].sum(axis=1) for t in range(len(used))], axis=1)
    pidx = np.asarray(used, dtype=np.int64)[period_idx]
    if isinstance(labels, pd.Categorical):
        period_col = pd.Categorical.from_codes(pidx, dtype=labels.dtype)
    else:
        period_col = np.asarray(labels, dtype=np.int64)[pidx]
    out = pd.DataFrame({
        "member": pd.Categorical(v.members[member_idx].astype(str)),
        "period": period_col,
        "position": sign * position[member_idx, period_idx],
        "se": se[member_idx, period_idx],
        "n": n[member_idx, period_idx].astype(np.int64),
    })
    out = out.sort_values(["period", "position"], kind="stable").reset_index(drop=True)
    out.attrs.update(method="dynamic", period=period, converged=fit.converged, not_converged=[],
                     rw_sd=fit.rw_sd, iterations=fit.iterations, items=int(codes.shape[1]),
                     bridged_groups=n_bridged,
                     bridged_items=int(np.isin(group, np.arange(n_bridged)).sum()),
                     loglik=fit.loglik, population=f"t({POP_DF:g} df, scale {POP_SCALE:g})")
    return out


def _empty() -> pd.DataFrame:
    return pd.DataFrame({"member": pd.Categorical([]), "period": pd.Series([], dtype=object),
                         "position": pd.Series([], dtype=float), "se": pd.Series([], dtype=float),
                         "n": pd.Series([], dtype=np.int64)})


# -- comparison with a reference series (Bailey, Strezhnev & Voeten) ----------------------
@dataclass(frozen=True)
class Comparison:
    """How one set of positions agrees with a reference over country-years."""

    matched: pd.DataFrame  # member, year, position, reference
    pooled: float  # Pearson r over every matched country-year
    within: pd.Series  # r over time per member with at least ``min_years`` years
    per_year: pd.Series  # r across members per year
    disagreements: pd.DataFrame  # members with the lowest within-member r, with both ranges
    #: Per year, the least-squares line from the positions to the reference: ``slope``,
    #: ``intercept`` (a drifting slope is a unit that changes over time), ``r`` and ``n``.
    scale: pd.DataFrame | None = None
    #: Within-member r once each year's positions are mapped onto the reference by
    #: that year's line: what is left when the drift of origin and unit is removed.
    within_aligned: pd.Series | None = None


def session_year(session: object) -> int:
    """The calendar year a General Assembly session opens in: session ``s`` → ``1945 + s``.

    Session 1 opened in January 1946; every later regular session opens in
    September of ``1945 + s``, and most of its recorded votes are cast from
    then to December. This is the convention of Voeten's session-based
    ("legacy") ideal points.
    """
    return 1945 + int(str(session))


def compare_reference(
    points: pd.DataFrame,
    reference: pd.DataFrame,
    value: str = "idealpointall",
    min_years: int = 20,
    seats: Sequence[str] = ("RUS",),
) -> Comparison:
    """Correlate positions with a country-year reference such as BSV's ``idealpointall``.

    Parameters
    ----------
    points
        Output of :func:`ideal_points` with ``period="year"`` (matched by
        calendar year) or ``"session"`` (session ``s`` matched to the year
        :func:`session_year` gives: the year it opens).
    reference
        Columns ``iso3c``, ``year`` and ``value`` (BSV's file as read by
        ``pandas.read_stata``).
    value
        The reference column.
    min_years
        Members with fewer matched years get no within-member correlation.
    seats
        Permanent seats whose holders are joined under the seat's code (the
        reference files the USSR as ``RUS`` before 1992).

    Returns
    -------
    Comparison
        With ``scale`` (each year's line from the positions to the
        reference) and ``within_aligned`` (within-member r after those
        lines): a high ``within_aligned`` beside a low ``within`` says the
        two agree on who stands where each year and differ in how the
        year's origin and unit move over time.
    """
    seat_of = {m: s for s in seats for m in members_mod.seat(s)}
    period = points.attrs.get("period", "year")
    own = pd.DataFrame({
        "member": points.member.astype(str).replace(seat_of),
        "year": (points.period.astype(str).map(session_year) if period == "session"
                 else points.period.astype(int)),
        "position": points.position.to_numpy(dtype=float),
    })
    ref = pd.DataFrame({"member": reference.iso3c.astype(str),
                        "year": pd.to_numeric(reference.year).astype("Int64"),
                        "reference": pd.to_numeric(reference[value])}).dropna()
    ref["year"] = ref.year.astype(int)
    matched = own.merge(ref, on=["member", "year"], how="inner")
    pooled = float(np.corrcoef(matched.position, matched.reference)[0, 1])

    def corr(frame: pd.DataFrame, by: str, least: int) -> pd.Series:
        g = frame.assign(xy=frame.position * frame.reference, xx=frame.position**2,
                         yy=frame.reference**2).groupby(by)
        s = g[["position", "reference", "xy", "xx", "yy"]].sum()
        n = g.size()
        cov = s.xy - s.position * s.reference / n
        var_x = s.xx - s.position**2 / n
        var_y = s.yy - s.reference**2 / n
        r = cov / np.sqrt(var_x * var_y)
        return r[n >= least].rename("r")

    within = corr(matched, "member", min_years)
    per_year = corr(matched, "year", 3)
    # Each year's line from ours to the reference (grouped sums, no loop over years).
    g = matched.assign(xy=matched.position * matched.reference,
                       xx=matched.position**2).groupby("year")
    s = g[["position", "reference", "xy", "xx"]].sum()
    n_year = g.size()
    slope = (s.xy - s.position * s.reference / n_year) / (s.xx - s.position**2 / n_year)
    intercept = (s.reference - slope * s.position) / n_year
    scale = pd.DataFrame({"slope": slope, "intercept": intercept,
                          "r": corr(matched, "year", 1), "n": n_year})
    aligned = matched.assign(position=intercept.reindex(matched.year).to_numpy()
                             + slope.reindex(matched.year).to_numpy() * matched.position)
    within_aligned = corr(aligned.dropna(subset=["position"]), "member", min_years)
    worst = within.nsmallest(10).index
    ranges = matched[matched.member.isin(worst)].groupby("member").agg(
        years=("year", "size"), sd_position=("position", "std"), sd_reference=("reference", "std"))
    disagreements = ranges.assign(r=within[ranges.index]).sort_values("r").reset_index()
    return Comparison(matched=matched, pooled=pooled, within=within, per_year=per_year,
                      disagreements=disagreements, scale=scale, within_aligned=within_aligned)


def position_over_time(
    ds: Dataset,
    country: str,
    reference: Sequence[str] = ("USA", "RUS", "CHN"),
    min_periods: int = 3,
) -> tuple[pd.DataFrame | None, str]:
    """A member's General Assembly positions on the dynamic scale, for a country profile.

    Parameters
    ----------
    ds
        Any data; its General Assembly votes are used, every session of them
        (the scale needs them all), with permanent seats followed across
        successions (``RUS`` includes the USSR, ``CHN`` the Republic of China
        seat before 1971).
    country
        The member profiled.
    reference
        Members shown beside it.
    min_periods
        Fewest years with a position for a path worth drawing.

    Returns
    -------
    (points, sentence)
        ``points``: :func:`ideal_points` output (``method="dynamic"``,
        ``period="year"``, the period checked against BSV) or ``None`` when the record cannot support it;
        ``sentence`` says what was fitted, or why nothing was.
    """
    ga = ds.filter(body="GA").by_seat()
    if ga.decisions.empty:
        return None, "The data hold no General Assembly vote: no position over time can be estimated."
    # By calendar year, not by session: that is the period validated against BSV's yearly
    # positions (by session the United States and India fall short of r = 0.9 over time).
    period: Period = "year"
    try:
        points = _cached(ga, period)
    except ValueError as err:
        return None, f"No position over time could be estimated from these General Assembly votes: {err}."
    n_periods = points.period.nunique()
    if n_periods == 0:
        return None, (f"These data hold {len(ga.decisions)} General Assembly votes in "
                      f"{ga.decisions.date.dt.year.nunique()} year(s), too few contested ones to place "
                      f"members (a member needs 10 votes in a year): no position over time.")
    own = points[points.member.astype(str) == country]
    if len(own) < min_periods:
        return None, (f"{members_mod.name(country)} has a position in {len(own)} of the {n_periods} "
                      f"General Assembly {period}s with contested votes in these data (fewer than "
                      f"{min_periods}): too few for a path over time.")
    shown = [m for m in dict.fromkeys((country, *reference)) if (points.member.astype(str) == m).any()]
    sentence = (f"{members_mod.name(country)}: {len(own)} {period}s on one scale "
                f"({points.period.astype(str).iloc[0]}–{points.period.astype(str).iloc[-1]}), "
                f"fitted from {points.attrs['items']} contested General Assembly votes, "
                f"{points.attrs['bridged_items']} of them recurring resolutions; shown with "
                f"{', '.join(members_mod.name(m) for m in shown[1:]) or 'no reference member'}.")
    return points, sentence


def _cached(ga: Dataset, period: Period) -> pd.DataFrame:
    """``ideal_points(ga, method="dynamic", period=period)``, kept in the cache between runs.

    The fit of the whole General Assembly record takes 10–15 s of CPU and every
    country profile needs the same one: it is keyed by a hash of the votes and
    decisions it is fitted on and of the model's settings, so new data or a changed
    estimator gives a new fit, never a stale one.
    """
    import hashlib
    import os
    import tempfile

    from unsc import config

    digest = hashlib.sha256(period.encode())
    # The model's settings are part of the key: a fit cached by an earlier version of the
    # estimator (another prior, another grid) must not be served as today's.
    digest.update(repr((SD_A_DYNAMIC, "prior SD by √J_t", len(_DQUAD), _DQUAD[0], _DQUAD[-1],
                        "t population, Gaussian copula", POP_DF, POP_SCALE)).encode())
    for frame in (ga.votes[["decision_id", "member", "vote"]],
                  ga.decisions[["decision_id", "date", "session", "title"]]):
        digest.update(pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy().tobytes())
    folder = config.cache_dir() / "idealpoints"
    path = folder / f"dynamic-{digest.hexdigest()[:24]}.parquet"
    if path.is_file():
        try:
            return pd.read_parquet(path)
        except (OSError, ValueError):
            pass  # a damaged cache entry: fit again and replace it
    points = ideal_points(ga, method="dynamic", period=period)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".dynamic-", suffix=".tmp")
        os.close(fd)
        points.to_parquet(tmp, index=False)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return points

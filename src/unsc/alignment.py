"""Dyadic voting alignment: agreement, S, kappa and pi; reference series; blocs.

Every measure is a function of one table per pair of members ``a, b`` and
period: the 3 × 3 counts ``C[i, j]`` of decisions on which ``a`` voted ``i``
and ``b`` voted ``j`` (``i, j`` in yes, abstain, no). Only decisions on which
*both* cast one of those three votes count; ``n = sum(C)``. Absences (the
``absent`` code) and missing rows are left out, as Voeten does. Decisions
marked ``partial`` (a veto list naming only the vetoing members) are left out
too: the members they list are exactly those who voted alike, so they would
inflate agreement.

With ``x`` the vote placed on the scale yes = 0, abstain = 1, no = 2:

``agreement``
    Lijphart's (1963) index of agreement as used by Voeten (2000; Bailey,
    Strezhnev & Voeten 2017):

    .. math:: A = \\frac{1}{n} \\sum_{d} \\left(1 - \\frac{|x_{ad} - x_{bd}|}{2}\\right)

    1 when both cast the same vote, 0.5 when one abstains and the other votes
    yes or no, 0 when one votes yes and the other no.
``s_score``
    Signorino & Ritter's (1999) S, unweighted, absolute distance, with the
    vote scaled to [0, 1] so the largest distance per decision is 1:

    .. math:: S = 1 - 2\\,\\frac{\\sum_d |x_{ad} - x_{bd}| / 2}{n}

    On a three-point scale this is exactly ``2 · agreement − 1``.
``kappa``
    Cohen's (1968) weighted kappa with quadratic disagreement weights
    ``w_ij = ((i − j) / 2)²``, proposed by Häge (2011) as a chance-corrected
    similarity of foreign-policy positions:

    .. math:: \\kappa = 1 - \\frac{D_o}{D_e}, \\quad
              D_o = \\sum_{ij} w_{ij} \\frac{C_{ij}}{n}, \\quad
              D_e = \\sum_{ij} w_{ij}\\, p^a_i\\, p^b_j

    where ``p^a`` and ``p^b`` are each member's own vote distribution over the
    ``n`` shared decisions. 1 is perfect agreement, 0 what two members voting
    independently with their own habits would reach, negative less than that.
``pi``
    Scott's (1955) pi, the same ratio with the expected disagreement computed
    from the pooled distribution ``q = (p^a + p^b) / 2`` (Häge 2011 prefers it
    when the two members' habits should not be credited as agreement):
    ``D_e = sum_ij w_ij q_i q_j``.

Kappa and pi are undefined (missing) when ``D_e = 0``: both members cast the
same single vote on every shared decision, so there is no variation to
correct for. ``weights="linear"`` uses ``|i − j| / 2`` instead of the
quadratic weights.

References
----------
Lijphart, A. (1963). The analysis of bloc voting in the General Assembly.
*American Political Science Review* 57(4), 902–917.
Voeten, E. (2000). Clashes in the Assembly. *International Organization*
54(2), 185–215.
Bailey, M. A., Strezhnev, A., & Voeten, E. (2017). Estimating dynamic state
preferences from United Nations voting data. *Journal of Conflict
Resolution* 61(2), 430–456.
Signorino, C. S., & Ritter, J. M. (1999). Tau-b or not tau-b: measuring the
similarity of foreign policy positions. *International Studies Quarterly*
43(1), 115–144.
Cohen, J. (1968). Weighted kappa. *Psychological Bulletin* 70(4), 213–220.
Scott, W. A. (1955). Reliability of content analysis. *Public Opinion
Quarterly* 19(3), 321–325.
Häge, F. M. (2011). Choice or circumstance? Adjusting measures of foreign
policy similarity for chance agreement. *Political Analysis* 19(3), 287–305.

Speed
-----
Nothing loops over pairs. For each period the votes form a one-hot matrix
``X`` (3 rows per member, one column per decision) and one matrix product
``X Xᵀ`` gives every pair's 3 × 3 table at once; the measures are then
elementwise array arithmetic. See ``benchmarks/alignment.py``.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from unsc.model import VOTE_DTYPE, Dataset

Measure = Literal["agreement", "s_score", "kappa", "pi"]
Period = Literal["year", "session"] | int | None
MEASURES: tuple[str, ...] = ("agreement", "s_score", "kappa", "pi")
#: Default minimum number of shared decisions; below it the value is missing.
MIN_N = 10
#: One sentence per measure, for every report that shows one (one name per measure).
MEASURE_SENTENCES = {
    "agreement": ("Agreement index (Lijphart, as Voeten uses it): 1 for an identical vote, "
                  "½ when one abstains and the other votes yes or no, 0 for yes against no, "
                  "averaged over the votes both cast."),
    "s_score": ("S score (Signorino & Ritter): 2 × agreement − 1, from −1 (always opposed) "
                "to 1 (always identical); an abstention against yes or no counts half."),
    "kappa": ("Cohen's kappa: agreement corrected for what two members voting independently "
              "with their own habits would reach (0 = chance, 1 = identical votes)."),
    "pi": ("Scott's pi: like kappa, but chance is judged from the two members' pooled "
           "vote distribution."),
    "share": ("Identical-vote share: the share of votes both cast on which they cast the same "
              "vote; an abstention against yes or no counts as different (no half credit)."),
}

_SCALE = np.arange(3)
_DIST = np.abs(_SCALE[:, None] - _SCALE[None, :]) / 2.0  # 0, 0.5, 1
_WEIGHTS = {"quadratic": _DIST**2, "linear": _DIST}


# -- BLAS threads ----------------------------------------------------------------
@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with BLAS (OpenBLAS, MKL, BLIS) on one thread, then restore its setting.

    The products here are small (a few hundred rows): a second BLAS thread
    gains little when the machine is idle and costs 2–5 times the run time
    when another process holds the other core (measured on the 2-core
    machine of ``benchmarks/alignment.py``). :mod:`threadpoolctl` finds every
    BLAS loaded in this process (numpy's and scipy's are two); it changes
    nothing where there is none.
    """
    with threadpool_limits(limits=1, user_api="blas"):
        yield


# -- uncertainty -------------------------------------------------------------------
def wilson(successes: np.ndarray, n: np.ndarray, z: float = 1.96) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for a share ``successes / n`` (95 % by default).

    Unlike the normal approximation it stays inside [0, 1] and is wide when
    ``n`` is small (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it for
    small ``n``): 11 identical votes out of 11 give [0.74, 1], 100 of 109
    give [0.85, 0.96]. ``successes`` may hold half points (agreement, the
    State Department's coincidence); the interval then treats each decision
    as one trial, an approximation. Missing where ``n`` is 0.
    """
    k = np.asarray(successes, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        z2 = z * z
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        low, high = np.clip(centre - half, 0.0, 1.0), np.clip(centre + half, 0.0, 1.0)
    low = np.where(n > 0, low, np.nan)
    high = np.where(n > 0, high, np.nan)
    return low, high


# -- the member × decision codes ---------------------------------------------
@dataclass(frozen=True)
class _Votes:
    """Vote codes (members × decisions, date order) and what the axes are."""

    codes: np.ndarray  # int8: 0 yes, 1 abstain, 2 no, 3 absent, -1 no row
    members: np.ndarray  # str, sorted
    decisions: pd.DataFrame  # aligned with the columns


def _vote_codes(ds: Dataset, drop_unanimous: bool = False) -> _Votes:
    """Build the codes matrix from the categorical codes (no string round-trip).

    Equivalent to ``ds.matrix(codes=True)`` restricted to non-partial
    decisions, but several times faster on the full General Assembly table.
    """
    dec = ds.decisions
    dec = dec[~dec.partial.to_numpy(dtype=bool)]
    dec = dec.sort_values(["date", "decision_id"], kind="stable").reset_index(drop=True)
    order = pd.Index(dec.decision_id.astype(str).to_numpy())
    votes = ds.votes
    dcol = votes.decision_id
    if not isinstance(dcol.dtype, pd.CategoricalDtype):
        dcol = dcol.astype("category")
    mcol = votes.member
    if not isinstance(mcol.dtype, pd.CategoricalDtype):
        mcol = mcol.astype("category")
    dec_of_cat = order.get_indexer(dcol.cat.categories.astype(str))
    dcodes = dcol.cat.codes.to_numpy()
    dec_pos = np.where(dcodes >= 0, dec_of_cat[dcodes], -1)
    mcats = np.asarray(mcol.cat.categories.astype(str))
    sort = np.argsort(mcats, kind="stable")
    rank = np.empty(len(mcats), dtype=np.int64)
    rank[sort] = np.arange(len(mcats))
    mcodes = mcol.cat.codes.to_numpy()
    ok = (dec_pos >= 0) & (mcodes >= 0)
    grid = np.full((len(mcats), len(order)), -1, dtype=np.int8)
    vote = votes.vote.astype(VOTE_DTYPE).cat.codes.to_numpy()  # 0 yes .. 3 absent, whatever order
    grid[rank[mcodes[ok]], dec_pos[ok]] = vote[ok]
    names = mcats[sort]
    keep = (grid >= 0).any(axis=1)
    grid, names = grid[keep], names[keep]
    if drop_unanimous:
        varied = ~_unanimous(grid)
        grid = grid[:, varied]
        dec = dec[varied].reset_index(drop=True)
    return _Votes(codes=grid, members=names, decisions=dec)


def _unanimous(codes: np.ndarray) -> np.ndarray:
    """Per column: at most one of yes, abstain, no was cast."""
    kinds = sum((codes == k).any(axis=0).astype(int) for k in range(3))
    return kinds <= 1


def contested_default(ds: Dataset, drop_unanimous: bool | None) -> bool:
    """Resolve ``drop_unanimous=None``: contested decisions only for the Security Council.

    Most Council decisions are unanimous (every member casting a vote cast
    the same one); kept, they pull every pair towards full agreement, so
    China's closest partners become whoever sat on the Council longest.
    ``None`` therefore means "contested only" when every decision in ``ds``
    is the Council's, and "all decisions" otherwise (General Assembly and
    Human Rights Council roll calls are recorded because someone asked for
    a vote). ``True`` or ``False`` is returned unchanged.
    """
    if drop_unanimous is not None:
        return bool(drop_unanimous)
    body = ds.decisions.body.astype(str)
    return bool(len(body)) and bool((body == "SC").all())


def scope_note(contested: bool) -> str:
    """Words for a title: which decisions a measure was computed on."""
    return "contested votes only" if contested else "all votes, unanimous included"


def unanimous(ds: Dataset) -> pd.Series:
    """Whether each decision was unanimous among the members that cast a vote.

    A decision is unanimous when every member casting yes, abstain or no cast
    the same one (absences do not break unanimity). Indexed by ``decision_id``.
    """
    v = _vote_codes(ds)
    return pd.Series(_unanimous(v.codes), index=pd.Index(v.decisions.decision_id.astype(str),
                                                name="decision_id"), name="unanimous")


# -- periods -------------------------------------------------------------------
def _periods(dec: pd.DataFrame, period: Period) -> tuple[list[np.ndarray], object]:
    """Column indices of each period and the period labels.

    Returns the list of column-index arrays and the labels (an integer array,
    or a pandas Categorical for sessions and the whole span).
    """
    n = len(dec)
    if period is None:
        return [np.arange(n)], pd.Categorical(["all"])
    years = dec.date.dt.year.to_numpy()
    if period == "year":
        labels, first = np.unique(years, return_index=True)
        bounds = [*first[1:], n]  # columns are in date order: years are contiguous
        return [np.arange(s, e) for s, e in zip(first, bounds, strict=True)], labels
    if period == "session":
        session = dec.session.astype("string")
        if session.isna().all():
            raise ValueError("no decision has a session; use period='year' or a window")
        known = session.notna().to_numpy()
        codes, uniques = pd.factorize(session[known])  # first appearance = date order
        cols = np.flatnonzero(known)
        groups = [cols[codes == k] for k in range(len(uniques))]
        return groups, pd.Categorical(list(uniques), categories=list(uniques), ordered=True)
    if isinstance(period, (int, np.integer)) and not isinstance(period, bool) and period > 0:
        if n == 0:
            return [], np.array([], dtype=np.int64)
        ends = np.arange(years.min() + period - 1, years.max() + 1)
        lo = np.searchsorted(years, ends - period + 1, side="left")
        hi = np.searchsorted(years, ends, side="right")
        return [np.arange(s, e) for s, e in zip(lo, hi, strict=True)], ends
    raise ValueError(f"period must be None, 'year', 'session' or a positive number of years, "
                     f"not {period!r}")


# -- the engine ----------------------------------------------------------------
def _moments(codes: np.ndarray, measure: str, weights: str) -> dict[str, np.ndarray]:
    """Pair sums (members × members) from a few matrix products.

    With 0/1 indicators ``V`` (cast a vote), ``A`` (abstain), ``N`` (no), the
    vote ``x = A + 2N`` and the thresholds ``U = [x ≥ 1]``, ``L = [x ≥ 2]``:

    * ``n = V Vᵀ`` shared decisions, ``abst = A Vᵀ`` and ``no = N Vᵀ`` (row
      member's abstentions and noes on them), which give both members' vote
      distributions over the shared decisions;
    * ``Σ|x_a − x_b| = sx + sxᵀ − 2 (U Uᵀ + L Lᵀ)`` with ``sx = abst + 2 no``
      (on an ordered scale the distance is the number of thresholds between
      the two votes);
    * ``Σ(x_a − x_b)² = sx2 + sx2ᵀ − 2 X Xᵀ`` with ``sx2 = abst + 4 no``.

    Everything is a count, so float32 products are exact (below 2**24).
    """
    m = codes.shape[0]
    cast = (codes >= 0) & (codes <= 2)
    v = cast.astype(np.float32)
    a = (codes == 1).astype(np.float32)
    no = (codes == 2).astype(np.float32)
    # One product for n and both marginals: [V; A; N] Vᵀ.
    stacked = np.concatenate([v, a, no]) @ v.T
    out = {"n": stacked[:m], "abst": stacked[m:2 * m], "no": stacked[2 * m:]}
    if measure in ("agreement", "s_score") or weights == "linear":
        ul = np.concatenate([a + no, no], axis=1)  # [U L] side by side: one product
        out["abs_dist"] = _sym(out["abst"] + 2 * out["no"]) - 2 * (ul @ ul.T)
    if measure in ("kappa", "pi") and weights == "quadratic":
        x = a + 2 * no
        out["sq_dist"] = _sym(out["abst"] + 4 * out["no"]) - 2 * (x @ x.T)
    return out


def _sym(s: np.ndarray) -> np.ndarray:
    return s + s.T


def _measure(codes: np.ndarray, measure: str, weights: str) -> tuple[np.ndarray, np.ndarray]:
    """Value and n (both members × members) for the members (rows) of ``codes``."""
    mo = _moments(codes, measure, weights)
    n = mo["n"].astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        if measure in ("agreement", "s_score"):
            dist = mo["abs_dist"] / (2.0 * n)  # mean distance on the [0, 1] scale
            value = 1.0 - dist if measure == "agreement" else 1.0 - 2.0 * dist
        else:
            # Distributions over the shared decisions: p_a[k] is the row member's
            # share of vote k, p_b[k] the column member's (the transpose).
            p_abst, p_no = mo["abst"] / n, mo["no"] / n
            p_a = np.stack([1.0 - p_abst - p_no, p_abst, p_no])
            p_b = np.swapaxes(p_a, 1, 2)
            if measure == "pi":
                p_a = p_b = (p_a + p_b) / 2.0
            w = _WEIGHTS[weights]
            if weights == "quadratic":
                observed = mo["sq_dist"] / (4.0 * n)
            else:
                observed = mo["abs_dist"] / (2.0 * n)
            expected = sum(w[i, j] * p_a[i] * p_b[j]
                           for i in range(3) for j in range(3) if w[i, j])
            value = 1.0 - observed / expected
            value[expected <= 1e-12] = np.nan  # no variation to correct for
    return value, mo["n"].astype(np.int64)


def _run(
    v: _Votes,
    groups: list[np.ndarray],
    measure: str,
    min_n: int,
    weights: str,
) -> Iterator[tuple[int, np.ndarray, np.ndarray, np.ndarray]]:
    """Yield ``(period index, member rows, value, n)`` for each period with two voters."""
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    if weights not in _WEIGHTS:
        raise ValueError(f"weights must be one of {tuple(_WEIGHTS)}, not {weights!r}")
    for p, cols in enumerate(groups):
        sub = v.codes[:, cols]
        # Members who cast no vote in the period would only add empty rows.
        present = np.flatnonzero(((sub >= 0) & (sub <= 2)).any(axis=1))
        if len(present) < 2:
            continue
        value, n = _measure(sub[present], measure, weights)
        value[n < max(min_n, 1)] = np.nan
        yield p, present, value, n


def _check_members(wanted: Iterable[str], known: np.ndarray) -> np.ndarray:
    wanted = [wanted] if isinstance(wanted, str) else list(wanted)
    missing = sorted(set(wanted) - set(known))
    if missing:
        raise KeyError(f"members with no vote in this data: {missing}")
    return np.isin(known, wanted)


# -- public API ------------------------------------------------------------------
def alignment(
    ds: Dataset,
    measure: Measure = "agreement",
    period: Period = None,
    drop_unanimous: bool | None = None,
    min_n: int = MIN_N,
    members: Iterable[str] | None = None,
    by_seat: bool = False,
    both_orders: bool = True,
    weights: Literal["quadratic", "linear"] = "quadratic",
) -> pd.DataFrame:
    """Alignment of every pair of members, per period.

    Parameters
    ----------
    ds
        The decisions to use; filter it first (body, dates, topic).
    measure
        ``"agreement"`` (Lijphart/Voeten), ``"s_score"`` (Signorino & Ritter),
        ``"kappa"`` (Cohen, quadratic weights, Häge 2011) or ``"pi"`` (Scott);
        see the module docstring for the formulas.
    period
        ``None``: one value over all decisions (period label ``"all"``);
        ``"year"``: calendar years; ``"session"``: the ``session`` column
        (GA ``74``, HRC ``S-19``; decisions without one are left out);
        an integer ``k``: rolling windows of ``k`` calendar years, labelled by
        their last year, full windows only.
    drop_unanimous
        Leave out decisions on which every member casting a vote cast the same
        one (Voeten's convention for agreement scores): compare members on
        *contested* votes. Unanimity is judged on all members, before
        ``members`` narrows the pairs. ``None`` (default): contested votes for
        a Security Council selection, all votes otherwise
        (:func:`contested_default`); ``frame.attrs["contested"]`` says which.
    min_n
        Fewest shared decisions for a value; below it ``value`` is missing
        (the pair is still listed with its ``n``).
    members
        Keep only pairs of these members (codes).
    by_seat
        Relabel permanent-seat holders with their seat first (``SUN`` → ``RUS``).
    both_orders
        List each pair twice, ``(a, b)`` and ``(b, a)``, as Voeten's agreement
        data does, so ``frame[frame.member_a == "RUS"]`` finds all of Russia's
        pairs. ``False``: once, with ``member_a < member_b``.
    weights
        Disagreement weights for kappa and pi.

    Returns
    -------
    pandas.DataFrame
        ``member_a, member_b, period, value, n``; one row per pair and period
        in which both cast at least one shared vote, sorted by period, then
        members. ``period`` is an integer year for years and windows and an
        ordered categorical otherwise.

    Examples
    --------
    Voeten's agreement of the United States and Israel in GA session 74
    (0.961 over 89 votes):

    >>> ga = unsc.sources.unvotes.read("../shared/data/unvotes_ga")  # doctest: +SKIP
    >>> s74 = ga.filter(decisions=ga.decisions.decision_id[ga.decisions.session == "74"])  # doctest: +SKIP
    >>> alignment(s74, drop_unanimous=True, members=["USA", "ISR"])  # doctest: +SKIP
    """
    if by_seat:
        ds = ds.by_seat()
    contested = contested_default(ds, drop_unanimous)
    v = _vote_codes(ds, contested)
    wanted = _check_members(members, v.members) if members is not None else None
    groups, labels = _periods(v.decisions, period)
    parts_a, parts_b, parts_p, parts_v, parts_n = [], [], [], [], []
    with one_blas_thread():
        for p, present, value, n in _run(v, groups, measure, min_n, weights):
            mask = n > 0
            np.fill_diagonal(mask, False)
            if not both_orders:
                mask = np.triu(mask)
            if wanted is not None:
                local = wanted[present]
                mask &= local[:, None] & local[None, :]
            ia, ib = np.nonzero(mask)
            parts_a.append(present[ia])  # rows of the codes matrix = positions in v.members
            parts_b.append(present[ib])
            parts_p.append(np.full(len(ia), p))
            parts_v.append(value[ia, ib])
            parts_n.append(n[ia, ib])
    out = _frame(v.members, labels, parts_a, parts_b, parts_p, parts_v, parts_n)
    out.attrs.update(measure=measure, contested=contested, period=period)
    return out


def _frame(names, labels, a, b, p, v, n) -> pd.DataFrame:  # noqa: ANN001 - internal arrays
    cat = pd.CategoricalDtype(list(names))

    def cat_of(parts: list[np.ndarray]) -> pd.Categorical:
        codes = np.concatenate(parts) if parts else np.array([], dtype=np.int64)
        return pd.Categorical.from_codes(codes, dtype=cat)

    pidx = np.concatenate(p) if p else np.array([], dtype=np.int64)
    if isinstance(labels, pd.Categorical):
        period = pd.Categorical.from_codes(pidx, dtype=labels.dtype)
    else:
        period = np.asarray(labels, dtype=np.int64)[pidx]
    return pd.DataFrame({
        "member_a": cat_of(a),
        "member_b": cat_of(b),
        "period": period,
        "value": np.concatenate(v) if v else np.array([], dtype=np.float64),
        "n": np.concatenate(n) if n else np.array([], dtype=np.int64),
    })


def alignment_matrix(
    ds: Dataset,
    measure: Measure = "agreement",
    drop_unanimous: bool | None = None,
    min_n: int = MIN_N,
    members: Iterable[str] | None = None,
    by_seat: bool = False,
    weights: Literal["quadratic", "linear"] = "quadratic",
) -> pd.DataFrame:
    """The square member × member matrix of one measure over all of ``ds``.

    Same parameters as :func:`alignment` (over a single period). The diagonal
    is 1 (a member agrees with itself); pairs without ``min_n`` shared
    decisions are missing. Use :func:`square` to turn any one period of an
    :func:`alignment` frame into a matrix.
    """
    tidy = alignment(ds, measure, None, drop_unanimous, min_n, members, by_seat,
                     both_orders=True, weights=weights)
    out = square(tidy)
    out.attrs.update(tidy.attrs)
    return out


def square(frame: pd.DataFrame, period: object = None) -> pd.DataFrame:
    """Pivot one period of an :func:`alignment` frame into a square matrix.

    Parameters
    ----------
    frame
        Output of :func:`alignment` (``both_orders`` either way).
    period
        The period to take; may be omitted when the frame holds only one.
    """
    periods = pd.unique(frame.period)
    if period is None:
        if len(periods) > 1:
            raise ValueError(f"the frame holds {len(periods)} periods; pick one with period=")
    else:
        frame = frame[frame.period == period]
    a = frame.member_a.astype(str)
    b = frame.member_b.astype(str)
    both = pd.concat([
        pd.DataFrame({"a": a, "b": b, "value": frame.value}),
        pd.DataFrame({"a": b, "b": a, "value": frame.value}),
    ]).drop_duplicates(["a", "b"])
    names = sorted(set(a) | set(b))
    out = both.pivot(index="a", columns="b", values="value").reindex(index=names, columns=names)
    values = out.to_numpy(dtype=float, copy=True)  # pandas 3 hands out read-only views
    np.fill_diagonal(values, 1.0)
    return pd.DataFrame(values, index=pd.Index(names, name="member"),
                        columns=pd.Index(names, name="member"))


def reference_series(
    ds: Dataset,
    reference: str = "RUS",
    by_seat: bool = True,
    measure: Measure = "agreement",
    period: Period = "year",
    drop_unanimous: bool | None = None,
    min_n: int = MIN_N,
    members: Iterable[str] | None = None,
    weights: Literal["quadratic", "linear"] = "quadratic",
    interval: bool = True,
    n_boot: int = 500,
    seed: int = 0,
) -> pd.DataFrame:
    """Everyone's alignment with one reference member, period by period.

    Parameters
    ----------
    ds
        The decisions to use (e.g. ``ds.filter(body="SC", start="2011", end="2020")``).
    reference
        The member everyone is compared with. With ``by_seat`` (default) a
        permanent seat: ``"RUS"`` is the Russian seat, the USSR before 24
        December 1991 included.
    by_seat
        Relabel permanent-seat holders with their seat first.
    measure, period, drop_unanimous, min_n, weights
        As in :func:`alignment`; ``period`` defaults to calendar years.
    members
        Compare the reference with these members only.
    interval
        Add ``low`` and ``high``, a 95 % interval per value, so that a member
        with 11 shared votes is not read as closer than one with 109:
        agreement and S from the Wilson interval on the agreement index
        (:func:`wilson`; S = 2 · agreement − 1), kappa and pi from a
        percentile bootstrap over the period's decisions (``n_boot``
        resamples, ``seed`` for the random draws, so a report is reproducible).
        Rank by ``low`` to keep small-``n`` members from topping a list by
        chance.

    Returns
    -------
    pandas.DataFrame
        ``reference, member, period, value, n`` (then ``low, high``), sorted
        by period and member. ``frame.attrs`` records ``reference``,
        ``measure``, ``period``, ``min_n`` and ``contested`` for the charts.
    """
    if by_seat:
        ds = ds.by_seat()
    known = set(_vote_codes(ds).members)
    if reference not in known:
        raise KeyError(f"{reference!r} cast no vote in this data")
    keep = None
    if members is not None:
        keep = [reference, *(m for m in _as_list(members) if m != reference)]
    contested = contested_default(ds, drop_unanimous)
    pairs = alignment(ds, measure, period, contested, min_n, keep,
                      by_seat=False, both_orders=True, weights=weights)
    out = pairs[pairs.member_a == reference].rename(
        columns={"member_a": "reference", "member_b": "member"}).reset_index(drop=True)
    out["reference"] = out.reference.astype(str)
    out["member"] = out.member.cat.remove_unused_categories()
    out = out[["reference", "member", "period", "value", "n"]]
    if interval:
        out = _with_interval(out, ds, reference, measure, period, contested, weights, n_boot, seed)
    out.attrs.update(reference=reference, measure=measure, period=period, min_n=min_n,
                     contested=contested)
    return out


def _with_interval(out: pd.DataFrame, ds: Dataset, reference: str, measure: str, period: Period,
                   contested: bool, weights: str, n_boot: int, seed: int) -> pd.DataFrame:
    """``out`` with ``low`` and ``high`` (see :func:`reference_series`)."""
    low = np.full(len(out), np.nan)
    high = np.full(len(out), np.nan)
    if measure in ("agreement", "s_score"):
        share = out.value.to_numpy(dtype=float)
        if measure == "s_score":
            share = (share + 1.0) / 2.0
        lo, hi = wilson(share * out.n.to_numpy(), out.n.to_numpy())
        low, high = (lo, hi) if measure == "agreement" else (2 * lo - 1, 2 * hi - 1)
    elif len(out):
        v = _vote_codes(ds, contested)
        groups, labels = _periods(v.decisions, period)
        label_list = list(labels)
        row_of = {m: k for k, m in enumerate(v.members)}
        rng = np.random.default_rng(seed)
        at = {(str(m), p): i for i, (m, p) in enumerate(zip(out.member.astype(str), out.period,
                                                              strict=True))}
        with one_blas_thread():
            for p, cols in enumerate(groups):
                label = label_list[p]
                rows = [row_of[reference]] + [row_of[m] for m in v.members
                                              if (m, label) in at]
                if len(rows) < 2 or len(cols) == 0:
                    continue
                sub = v.codes[np.asarray(rows)][:, cols]
                draws = np.empty((n_boot, len(rows) - 1))
                for b in range(n_boot):
                    pick = rng.integers(0, len(cols), len(cols))
                    value, _ = _measure(sub[:, pick], measure, weights)
                    draws[b] = value[0, 1:]
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # all-missing columns
                    qs = np.nanpercentile(draws, [2.5, 97.5], axis=0)
                for k, r in enumerate(rows[1:]):
                    i = at[(str(v.members[r]), label)]
                    low[i], high[i] = qs[0, k], qs[1, k]
    missing = out.value.isna().to_numpy()
    low[missing] = np.nan
    high[missing] = np.nan
    return out.assign(low=low, high=high)


def with_interval(
    frame: pd.DataFrame,
    ds: Dataset | None = None,
    weights: Literal["quadratic", "linear"] = "quadratic",
    n_boot: int = 500,
    seed: int = 0,
) -> pd.DataFrame:
    """An :func:`alignment` frame with ``low`` and ``high``, a 95 % interval per pair.

    Agreement and S use the Wilson interval (no data needed); kappa and pi
    a percentile bootstrap over the decisions of each period, which needs
    the same ``ds`` (and ``by_seat`` relabelling, if any) the frame was
    computed from. ``frame.attrs`` (measure, contested) says how.
    """
    measure = frame.attrs.get("measure", "agreement")
    out = frame.copy()
    if measure in ("agreement", "s_score"):
        share = out.value.to_numpy(dtype=float)
        if measure == "s_score":
            share = (share + 1.0) / 2.0
        lo, hi = wilson(share * out.n.to_numpy(), out.n.to_numpy())
        if measure == "s_score":
            lo, hi = 2 * lo - 1, 2 * hi - 1
    else:
        if ds is None:
            raise ValueError(f"an interval for {measure} is a bootstrap over decisions: pass ds")
        period = frame.attrs.get("period")
        v = _vote_codes(ds, bool(frame.attrs.get("contested", False)))
        groups, labels = _periods(v.decisions, period)
        label_list = list(labels)
        row_of = {m: k for k, m in enumerate(v.members)}
        lo = np.full(len(out), np.nan)
        hi = np.full(len(out), np.nan)
        rng = np.random.default_rng(seed)
        a = out.member_a.astype(str).to_numpy()
        b = out.member_b.astype(str).to_numpy()
        per = out.period.astype(object).to_numpy() if period is not None else \
            np.full(len(out), label_list[0], dtype=object)
        with one_blas_thread():
            for p, cols in enumerate(groups):
                here = np.flatnonzero(per == label_list[p])
                if len(here) == 0 or len(cols) == 0:
                    continue
                names = sorted(set(a[here]) | set(b[here]))
                rows = np.asarray([row_of[m] for m in names])
                local = {m: k for k, m in enumerate(names)}
                ia = np.asarray([local[m] for m in a[here]])
                ib = np.asarray([local[m] for m in b[here]])
                sub = v.codes[rows][:, cols]
                draws = np.empty((n_boot, len(here)))
                for k in range(n_boot):
                    value, _ = _measure(sub[:, rng.integers(0, len(cols), len(cols))],
                                        measure, weights)
                    draws[k] = value[ia, ib]
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)
                    qs = np.nanpercentile(draws, [2.5, 97.5], axis=0)
                lo[here], hi[here] = qs[0], qs[1]
    missing = out.value.isna().to_numpy()
    lo[missing] = np.nan
    hi[missing] = np.nan
    out["low"], out["high"] = lo, hi
    return out


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


# -- blocs -------------------------------------------------------------------------
@dataclass(frozen=True)
class Blocs:
    """Hierarchical clustering of members on ``1 − value``.

    Attributes
    ----------
    matrix
        The square similarity matrix, rows and columns in leaf order.
    order
        Member codes in dendrogram leaf order (the heatmap's order).
    clusters
        Bloc number (1, 2, ...) per member, numbered in leaf order.
    linkage
        The scipy linkage matrix (for :func:`scipy.cluster.hierarchy.dendrogram`).
    labels
        Members in the order the linkage's leaf numbers refer to.
    dropped
        Members left out because they shared too few decisions with others.
    measure
        The measure clustered.
    contested
        Whether only contested decisions were used (``None``: a matrix was
        given, so it is not known here).
    """

    matrix: pd.DataFrame
    order: list[str]
    clusters: pd.Series
    linkage: np.ndarray
    labels: list[str]
    dropped: list[str]
    measure: str = "agreement"
    contested: bool | None = None


def blocs(
    data: Dataset | pd.DataFrame,
    n_blocs: int = 4,
    method: Literal["average", "complete", "single", "weighted"] = "average",
    measure: Measure = "agreement",
    drop_unanimous: bool | None = None,
    min_n: int = MIN_N,
    members: Iterable[str] | None = None,
    by_seat: bool = False,
) -> Blocs:
    """Voting blocs: hierarchical clustering on ``1 − measure``.

    Parameters
    ----------
    data
        A ``Dataset`` (the square matrix is computed with
        :func:`alignment_matrix`) or a square similarity matrix.
    n_blocs
        How many blocs to cut the tree into.
    method
        The linkage (scipy); ``"average"`` (UPGMA) suits a similarity that is
        a mean over decisions. Leaves are put in optimal order (Bar-Joseph et
        al. 2001) so neighbouring rows of the heatmap are similar.
    measure, drop_unanimous, min_n, members, by_seat
        As in :func:`alignment`, when ``data`` is a ``Dataset`` (contested
        decisions only by default for the Security Council).

    Returns
    -------
    Blocs
        Members with missing pairs (fewer than ``min_n`` shared decisions,
        e.g. elected Security Council members who never sat together) cannot
        be clustered: the member with most missing pairs is dropped, repeatedly,
        until the matrix is complete; they are listed in ``dropped``.
    """
    from scipy.cluster import hierarchy
    from scipy.spatial.distance import squareform

    contested = None
    if isinstance(data, Dataset):
        contested = contested_default(data, drop_unanimous)
        matrix = alignment_matrix(data, measure, contested, min_n, members, by_seat)
    else:
        matrix = data.astype(float)
    dropped: list[str] = []
    while matrix.isna().to_numpy().any():
        worst = matrix.isna().sum().idxmax()
        dropped.append(str(worst))
        matrix = matrix.drop(index=worst, columns=worst)
    if len(matrix) < 2:
        raise ValueError("fewer than two members share enough decisions to form blocs")
    dist = 1.0 - matrix.to_numpy()
    dist = np.clip((dist + dist.T) / 2.0, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    link = hierarchy.linkage(squareform(dist, checks=False), method=method,
                             optimal_ordering=len(matrix) > 2)
    leaves = hierarchy.leaves_list(link)
    order = [str(matrix.index[k]) for k in leaves]
    raw = hierarchy.fcluster(link, t=min(n_blocs, len(matrix)), criterion="maxclust")
    # Renumber blocs in leaf order so bloc 1 is at the top of the heatmap.
    by_member = dict(zip(matrix.index.astype(str), raw, strict=True))
    renumber: dict[int, int] = {}
    for m in order:
        renumber.setdefault(by_member[m], len(renumber) + 1)
    clusters = pd.Series({m: renumber[by_member[m]] for m in order}, name="bloc")
    clusters.index.name = "member"
    return Blocs(matrix=matrix.loc[order, order], order=order, clusters=clusters,
                 linkage=link, labels=[str(m) for m in matrix.index], dropped=dropped,
                 measure=measure, contested=contested)

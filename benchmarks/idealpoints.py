"""Dynamic ideal points on the whole General Assembly record, against Bailey–Strezhnev–Voeten (issue 15).

On Voeten's unvotes data (74 sessions, 1946–2019) and BSV's July 2025 release
(``idealpointall``, calendar years), in one run:

1. ``ideal_points(ds, method="dynamic", period=...)`` for ``"year"`` and
   ``"session"`` (sessions matched to the year they open in, 1945 + session):
   wall time, CPU time, peak resident memory;
2. today's per-session estimator (``method="irt"``, 74 separate fits) timed in
   the same run, and the ratio;
3. against BSV: pooled country-year correlation; within-country correlation
   over time for every country with at least 20 years (median, and USA, CHN,
   RUS = the Soviet seat before 1992, IND, BRA, TUR, ISR, ZAF); per-period
   correlation across countries (median, lowest); the countries where they
   disagree most; each year's line from ours to BSV (its slope by decade:
   the drift of the unit) and the within-country r once those lines are
   applied;
4. the load average before and after (the machine is shared).

Targets: all 74 sessions in ≤ 60 s, peak memory < 2 GB; pooled r ≥ 0.95;
within-country r ≥ 0.9 for the median country and each named one; per-period
median r ≥ 0.99.

Usage: python benchmarks/idealpoints.py [--data FOLDER] [--rw-sd S] [--skip-static]
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

import pandas as pd

from unsc import config
from unsc.idealpoints import compare_reference, ideal_points
from unsc.sources import unvotes

NAMED = ("USA", "CHN", "RUS", "IND", "BRA", "TUR", "ISR", "ZAF")


def timed(fn):  # noqa: ANN001, ANN201 - a thunk
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def report(label: str, points: pd.DataFrame, bsv: pd.DataFrame) -> None:
    c = compare_reference(points, bsv)
    named = c.within.reindex(list(NAMED))
    print(f"  {label}: {len(c.matched)} country-years matched")
    print(f"    pooled r = {c.pooled:.3f}   (target >= 0.95)")
    print(f"    within-country r, {len(c.within)} countries with >= 20 years: median "
          f"{c.within.median():.3f} (target >= 0.9); below 0.9: {(c.within < 0.9).sum()}")
    print("    " + "  ".join(f"{m} {r:.3f}" for m, r in named.items()) + "   (each >= 0.9)")
    print(f"    per-period r: median {c.per_year.median():.4f} (target >= 0.99), lowest "
          f"{c.per_year.min():.3f} in {c.per_year.idxmin()}")
    aligned = c.within_aligned.reindex(list(NAMED))
    print(f"    within-country r once each year is mapped onto BSV by its own line (rank kept, "
          f"origin and unit removed): median {c.within_aligned.median():.3f}; "
          + "  ".join(f"{m} {r:.3f}" for m, r in aligned.items()))
    decade = c.scale.groupby(c.scale.index // 10 * 10)[["slope", "intercept"]].mean()
    print("    scale drift, BSV per unit of ours (mean slope of each year's line, by decade): "
          + "  ".join(f"{d}s {v:.2f}" for d, v in decade.slope.items()))
    print("    most disagreement (within-country r; SD over time of ours and BSV's):")
    for row in c.disagreements.head(8).itertuples():
        print(f"      {row.member}: r {row.r:+.3f}, {row.years} years, sd ours {row.sd_position:.2f},"
              f" BSV {row.sd_reference:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=config.shared_data_dir())
    parser.add_argument("--rw-sd", type=float, default=0.7)
    parser.add_argument("--skip-static", action="store_true")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}  (2 cores: {os.cpu_count()} CPUs seen)")
    ga = unvotes.read(args.data / "unvotes_ga")
    bsv = pd.read_stata(args.data / "bsv_idealpoints" / "IdealpointsJuly2025.dta")
    print(f"GA: {len(ga.decisions)} roll calls, {ga.decisions.session.nunique()} sessions, "
          f"{len(ga.votes)} votes")
    results = {}
    for period in ("year", "session"):
        points, wall, cpu = timed(lambda p=period: ideal_points(ga, method="dynamic", period=p,
                                                                rw_sd=args.rw_sd))
        a = points.attrs
        print(f"dynamic, period={period}: {wall:.1f} s wall, {cpu:.1f} s CPU; {a['iterations']} EM "
              f"maps, converged {a['converged']}; {a['items']} items, {a['bridged_items']} in "
              f"{a['bridged_groups']} bridge groups; step SD {a['rw_sd']:.2f}; population {a['population']}")
        results[period] = (points, wall)
        report(f"period={period}", points, bsv)
    if not args.skip_static:
        static, wall, cpu = timed(lambda: ideal_points(ga, method="irt", period="session"))
        dyn_wall = results["session"][1]
        print(f"today's per-session IRT (74 separate fits): {wall:.1f} s wall, {cpu:.1f} s CPU; "
              f"dynamic/static time ratio {dyn_wall / wall:.2f}")
        report("per-session IRT (for reference)", static, bsv)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB (target < 2048)")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()

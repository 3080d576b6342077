"""Alignment speed and memory on the whole General Assembly record (issue 4).

On Voeten's unvotes data (74 sessions, about 1.6 million directed dyad-sessions):

1. ``unsc.alignment(ds, measure, period="session")`` for every measure, tidy
   frame included (best and median of several runs);
2. in the same run, the pandas self-join that tutorials use (merge the votes
   with themselves on the decision, group by the pair) on the last ten
   sessions, one session at a time, checked to give the same numbers, and
   the ratio per session;
3. peak memory: the process's peak resident size, and the peak of Python
   allocations (tracemalloc) during one all-session ``alignment`` call;
4. ideal points for one session (74), IRT and PCA.

Targets: agreement for all dyads and sessions < 0.5 s; ≥ 50× faster than the
self-join per session; kappa and S within 3× agreement; peak memory < 2 GB;
ideal points for one session < 2 s.

Usage: python benchmarks/alignment.py [--repeat N] [--data FOLDER]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from unsc import alignment, config
from unsc.idealpoints import ideal_points
from unsc.sources import unvotes


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """Best and median wall time of ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def self_join(votes: pd.DataFrame) -> pd.DataFrame:
    """Agreement the tutorial way: merge the votes with themselves, group by the pair."""
    score = votes.vote.astype(str).map({"yes": 0, "abstain": 1, "no": 2})
    v = pd.DataFrame({"decision_id": votes.decision_id.astype(str),
                      "member": votes.member.astype(str), "x": score})
    v = v.dropna(subset=["x"])
    pairs = v.merge(v, on="decision_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs.member_a != pairs.member_b]
    pairs["agree"] = 1 - (pairs.x_a - pairs.x_b).abs() / 2
    return pairs.groupby(["member_a", "member_b"]).agree.agg(value="mean", n="size").reset_index()


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, "
            f"numpy {np.__version__}, pandas {pd.__version__}; {load()}")


def load() -> str:
    """The load average: other processes on a 2-core machine change every figure."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument("--data", type=Path, default=config.shared_data_dir() / "unvotes_ga",
                        help="the unvotes folder (default ../shared/data/unvotes_ga)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    start = time.perf_counter()
    ds = unvotes.read(args.data)
    print(f"data: {ds!r} (read in {time.perf_counter() - start:.1f} s)")

    # 1. every measure, every session, tidy frame included.
    alignment(ds, "agreement", period="session")  # warm-up: first-touch allocations
    results = {}
    for measure in ("agreement", "s_score", "kappa", "pi"):
        best, median, frame = timed(lambda m=measure: alignment(ds, m, period="session"),
                                    args.repeat)
        results[measure] = (best, median)
        print(f"alignment {measure:<9} all {ds.decisions.session.nunique()} sessions: "
              f"best {best:6.3f} s, median {median:6.3f} s, {len(frame):,} dyad-sessions")
    base = results["agreement"][0]
    for measure in ("s_score", "kappa", "pi"):
        print(f"  {measure:<9} / agreement: {results[measure][0] / base:4.2f}x (target <= 3x)")
    print(f"  agreement target < 0.5 s: {'met' if base < 0.5 else 'NOT met'}")

    # 2. the self-join, last ten sessions, one at a time.
    sessions = (ds.decisions.groupby("session", observed=True).date.min().sort_values()
                .index[-10:].tolist())
    last = ds.filter(decisions=ds.decisions.decision_id[ds.decisions.session.isin(sessions)])
    best10, _, fast = timed(lambda: alignment(last, "agreement", period="session", min_n=1),
                            args.repeat)
    join_times = []
    for s in sessions:
        one = last.filter(decisions=last.decisions.decision_id[last.decisions.session == s])
        t0 = time.perf_counter()
        slow = self_join(one.votes)
        join_times.append(time.perf_counter() - t0)
        ours = fast[fast.period == s]
        merged = slow.merge(ours.assign(member_a=ours.member_a.astype(str),
                                        member_b=ours.member_b.astype(str)),
                            on=["member_a", "member_b"], suffixes=("_join", "_unsc"))
        assert len(merged) == len(slow) == len(ours), s
        assert np.allclose(merged.value_join, merged.value_unsc), s
        assert (merged.n_join == merged.n_unsc).all(), s
    per_join = statistics.mean(join_times)
    per_ours_10 = best10 / len(sessions)
    per_ours_all = base / ds.decisions.session.nunique()
    print(f"self-join, sessions {sessions[0]}–{sessions[-1]}: mean {per_join:6.3f} s per session "
          f"(same values and n as unsc.alignment)")
    print(f"unsc.alignment on the same ten sessions: {best10:6.3f} s = {per_ours_10 * 1e3:6.2f} "
          f"ms per session -> {per_join / per_ours_10:6.0f}x faster (target >= 50x)")
    print(f"unsc.alignment over all sessions: {per_ours_all * 1e3:6.2f} ms per session -> "
          f"{per_join / per_ours_all:6.0f}x faster")

    # 3. memory.
    tracemalloc.start()
    alignment(ds, "kappa", period="session")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"memory: peak Python allocations in one all-session kappa call {peak / 2**20:6.0f} MiB;"
          f" process peak resident size so far {rss:6.0f} MiB (target < 2 GB)")

    # 4. ideal points, one session.
    s74 = ds.filter(decisions=ds.decisions.decision_id[ds.decisions.session == "74"])
    for method in ("irt", "pca"):
        best, median, points = timed(lambda m=method: ideal_points(s74, method=m),
                                     max(1, args.repeat // 2))
        print(f"ideal points, session 74, {method}: best {best:6.3f} s, median {median:6.3f} s, "
              f"{len(points)} members (target < 2 s)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak resident size at the end: {rss:6.0f} MiB; {load()}")


if __name__ == "__main__":
    main()

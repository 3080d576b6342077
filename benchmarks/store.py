"""Store speed and memory on the real General Assembly data (870,109 votes), against read_csv.

Each step runs in a fresh process (so its peak memory is its own), on the
unvotes folder in ``../shared/data/unvotes_ga``:

- ``pandas.read_csv``: the floor, a bare ``read_csv`` of the same three files
  the import reads (``un_votes.csv.gz``, ``un_roll_calls.csv``,
  ``un_roll_call_issues.csv``), with default options;
- ``unsc import``: ``unsc.store.import_path`` into an empty store (strict
  reading, member identification, symbols, problems, parquet, manifest);
- ``unsc load``: ``unsc.store.load()`` from that store (best of ``--repeat``);
- ``re-import``: the same folder again (checksum only, nothing written).

Every time and peak is printed beside the read_csv figure of the same run,
as a ratio. Peak memory is the process's maximum resident set size
(``resource.getrusage``), interpreter and libraries included. Targets
(issue 3, on a 2-core machine): load < 0.5 s, import < 10 s, peak < 1.5 GB.

Usage: python benchmarks/store.py [--data FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

PEAK_TARGET_MB = 1536.0


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _read_csv(folder: str) -> tuple[float, float, int]:
    import pandas as pd

    files = [Path(folder) / n for n in ("un_votes.csv.gz", "un_roll_calls.csv",
                                        "un_roll_call_issues.csv")]
    start = time.perf_counter()
    frames = [pd.read_csv(f) for f in files]
    return time.perf_counter() - start, _peak_mb(), len(frames[0])


def _import(folder: str, store_dir: str) -> tuple[float, float, int]:
    os.environ["UNSC_STORE"] = store_dir
    from unsc import store

    start = time.perf_counter()
    result = store.import_path(folder)
    return time.perf_counter() - start, _peak_mb(), result.entry["votes"]


def _reimport(folder: str, store_dir: str) -> tuple[float, float, int]:
    os.environ["UNSC_STORE"] = store_dir
    from unsc import store

    start = time.perf_counter()
    result = store.import_path(folder)
    assert not result.changed
    return time.perf_counter() - start, _peak_mb(), result.entry["votes"]


def _load(store_dir: str, repeat: int) -> tuple[float, float, int]:
    os.environ["UNSC_STORE"] = store_dir
    from unsc import store

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        ds = store.load()
        best = min(best, time.perf_counter() - start)
    return best, _peak_mb(), len(ds.votes)


def _in_child(func, *args) -> tuple[float, float, int]:  # noqa: ANN001
    with mp.get_context("spawn").Pool(1) as pool:
        return pool.apply(func, args)


def main() -> int:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "unvotes_ga"
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get(
        "UNSC_SHARED_DATA", default.parent)) / "unvotes_ga", help="the unvotes folder")
    parser.add_argument("--repeat", type=int, default=5, help="load repetitions (best kept)")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data at {args.data}: skipped")
        return 0

    import pandas as pd

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, {platform.processor() or '?'};"
          f" Python {platform.python_version()}, pandas {pd.__version__}")
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = str(Path(tmp) / "processed")
        base_t, base_m, n = _in_child(_read_csv, str(args.data))
        imp = _in_child(_import, str(args.data), store_dir)
        load = _in_child(_load, store_dir, args.repeat)
        again = _in_child(_reimport, str(args.data), store_dir)
        size = sum(p.stat().st_size for p in Path(store_dir).rglob("*") if p.is_file())
    print(f"data: {args.data} ({n:,} votes); store on disk: {size / 1e6:.1f} MB\n")
    print(f"{'step':<24}{'time':>9}{'vs read_csv':>13}{'peak RSS':>12}{'vs read_csv':>13}"
          f"  target")
    rows = [("pandas.read_csv (floor)", base_t, base_m, ""),
            ("unsc import", imp[0], imp[1], "< 10 s, < 1.5 GB"),
            (f"unsc load (best of {args.repeat})", load[0], load[1], "< 0.5 s"),
            ("re-import (unchanged)", again[0], again[1], "")]
    for label, t, m, target in rows:
        print(f"{label:<24}{t:>8.2f}s{t / base_t:>12.2f}x{m:>9.0f} MB{m / base_m:>12.2f}x"
              f"  {target}")
    ok = imp[0] < 10 and load[0] < 0.5 and max(imp[1], load[1]) < PEAK_TARGET_MB
    assert imp[2] == load[2] == n, "the store does not hold every vote"
    print("\nall targets met" if ok else "\nTARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

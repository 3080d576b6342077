"""Report speed: the default `unsc report` and a P5 `country_profile` grid, against a floor.

The floor is a bare papermill run of an empty notebook on the same kernel in
the same process: kernel start-up and papermill overhead that no report can
avoid. Targets (issue 5): default reports under 60 s once the environment
exists; the country_profile grid over the five permanent members on the
full Security Council data under 60 s.

Usage: python benchmarks/reports.py [--grid]   (--grid needs SC data in the store)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import nbformat
import papermill

from unsc import reports


def floor() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        nb = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell("x = 1")
        cell.metadata["tags"] = ["parameters"]
        nb.cells = [cell]
        src = Path(tmp) / "empty.ipynb"
        nbformat.write(nb, src)
        start = time.perf_counter()
        papermill.execute_notebook(str(src), str(Path(tmp) / "out.ipynb"),
                                   kernel_name=reports._kernel_name(), progress_bar=False)
        return time.perf_counter() - start


def timed_runs(jobs, workers: int = 2) -> tuple[float, list[reports.Run]]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        runs = reports.run_many(jobs, tmp, workers=workers, progress=False)
        return time.perf_counter() - start, runs


def report(label: str, n: int, seconds: float, base: float, runs) -> None:  # noqa: ANN001
    failed = [r.describe() for r in runs if not r.ok]
    print(f"{label} ({n} runs, 2 workers): {seconds:6.2f} s = {seconds / base:5.1f} x floor;"
          f" target < 60 s" + (f"; FAILED: {failed}" if failed else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", action="store_true",
                        help="also time country_profile over the P5 on the stored SC data")
    args = parser.parse_args()
    base = floor()
    print(f"floor: bare papermill run of an empty notebook  {base:6.2f} s")
    jobs = [(name, {}) for name in reports.available()]
    seconds, runs = timed_runs(jobs)
    report("default reports", len(jobs), seconds, base, runs)
    if args.grid:
        grid = [("country_profile", {"country": c, "body": "SC", "data": "store",
                                     "start": "1946-01-01", "end": "2025-12-31"})
                for c in ("CHN", "FRA", "GBR", "RUS", "USA")]
        seconds, runs = timed_runs(grid)
        report("country_profile x P5, stored SC data", len(grid), seconds, base, runs)


if __name__ == "__main__":
    main()

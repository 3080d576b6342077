"""Coverage analysis speed: ``unsc.coverage.analyse`` against text size, beside a bare ``re.split``.

Synthetic articles (invented sentences, no real article text) of growing size,
in three shapes:

- ``quotes``: one paragraph of quotations, each attributed ("...," he said.),
  the case that was quadratic (issue 9: 10 kB took 13 s);
- ``votes``: one paragraph of vote sentences (members, positions, a tally);
- ``article``: many short paragraphs mixing both, as a long news article.

Each is analysed with the embedded record (linking and checking included). The
baseline is ``re.split(r"(?<=[.!?])\\s+", text)`` over the same text in the
same run, so the ratio says how many times a plain sentence split the whole
analysis costs; a ratio that stays flat as the size grows means linear time.
The time per kilobyte is printed too. Targets (issue 9, item 7): a 20 kB
quote-heavy paragraph under 1 s, a 100 kB article under 3 s.

Usage: python benchmarks/coverage_speed.py [--repeat N] [--sizes 5,10,20,40,100]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

_QUOTE = ('"We will keep talking to every delegation until the text is ready," the envoy said. '
          '"Nobody wants another delay," she told reporters. ')
_VOTE = ("Russia, China and Cuba voted against the draft, while India and Brazil abstained. "
         "The council voted 11-2-2 on Friday. ")
_NARRATIVE = "Delegates met again in the afternoon to discuss the wording of the text. "


def _text(shape: str, size: int) -> str:
    if shape == "quotes":
        unit, sep = _QUOTE, ""
    elif shape == "votes":
        unit, sep = _VOTE, ""
    else:
        unit, sep = _NARRATIVE + _QUOTE + _VOTE, "\n\n"
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(unit)
        total += len(unit) + len(sep)
    return sep.join(parts)


def _article(folder: Path, shape: str, size: int) -> Path:
    path = folder / f"{shape}-{size}.md"
    path.write_text(f"# Speed test\n\nJune 05, 2012\n\n**Benchmark**\n\n{_text(shape, size)}\n",
                    encoding="utf-8")
    return path


def _best(fn, repeat: int) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--sizes", default="5,10,20,40,100", help="sizes in kB")
    args = parser.parse_args(argv)
    import unsc
    from unsc import coverage

    ds = unsc.load("embedded")
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    coverage.analyse(_article(Path(tempfile.mkdtemp()), "article", 2000), ds)  # warm caches
    print(f"{'shape':8} {'kB':>5} {'analyse s':>10} {'re.split s':>11} {'ratio':>8} {'ms/kB':>7} "
          f"{'mentions':>8} {'statements':>10}")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("quotes", "votes", "article"):
            for size in sizes:
                path = _article(Path(tmp), shape, size)
                text = path.read_text(encoding="utf-8")
                result = {}

                def run(path=path, result=result) -> None:  # noqa: ANN001
                    result["cov"] = coverage.analyse(path, ds)

                t = _best(run, args.repeat)
                base = _best(lambda text=text: re.split(r"(?<=[.!?])\s+", text), max(args.repeat, 5))
                cov = result["cov"]
                print(f"{shape:8} {size / 1000:5.0f} {t:10.3f} {base:11.5f} {t / base:8.0f} "
                      f"{t / (size / 1000) * 1000:7.1f} {cov.mentions.mention_id.nunique():8d} "
                      f"{len(cov.statements):10d}")
                if shape == "quotes" and size == 20_000 and t >= 1.0:
                    failures.append(f"20 kB quote-heavy paragraph took {t:.2f} s (target < 1 s)")
                if shape == "article" and size == 100_000 and t >= 3.0:
                    failures.append(f"100 kB article took {t:.2f} s (target < 3 s)")
    for f in failures:
        print(f"MISSED: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

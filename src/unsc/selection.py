"""Turn the member choices notebooks take as parameters into member codes."""

from __future__ import annotations

from unsc.members import PERMANENT_SEATS
from unsc.model import Dataset


def resolve_members(ds: Dataset, spec: str | list[str]) -> list[str]:
    """Member codes for a notebook's ``members`` parameter.

    Parameters
    ----------
    ds
        The (filtered) dataset the choice applies to.
    spec
        ``"P5"``: the five permanent seats (use with ``by_seat``);
        ``"council"`` or ``"all"``: everyone with a vote in ``ds`` (for the
        Security Council, whoever sat on it in the period);
        a comma-separated string or a list of codes.
    """
    present = sorted(ds.votes.member.astype(str).unique())
    if isinstance(spec, str):
        key = spec.strip()
        if key.upper() == "P5":
            return list(PERMANENT_SEATS)
        if key.lower() in ("council", "all", ""):
            return present
        spec = [s.strip() for s in key.split(",") if s.strip()]
    codes = [s.upper() for s in spec]
    unknown = [c for c in codes if c not in present and c not in PERMANENT_SEATS]
    if unknown:
        raise ValueError(f"no votes by {unknown} in this selection; members present: {present}")
    return codes


def coverage_files(spec: str) -> list:
    """Article files for a notebook's ``coverage`` parameter.

    ``"shared"``: the articles in ``../shared/coverage`` (none when the folder
    is absent); ``""`` or ``"stored"``: none (stored coverage is read
    separately); otherwise comma-separated files or folders (``*.md`` and
    ``*.txt`` inside a folder, skipping ``README.md``).
    """
    from pathlib import Path

    from unsc import config

    key = spec.strip()
    if key in ("", "stored"):
        return []
    items = [config.shared_coverage_dir()] if key == "shared" else \
        [Path(p.strip()).expanduser() for p in key.split(",") if p.strip()]
    files: list[Path] = []
    for item in items:
        if item.is_dir():
            files += sorted(p for p in item.iterdir()
                            if p.suffix in (".md", ".txt") and p.name.lower() != "readme.md")
        elif item.exists():
            files.append(item)
        elif key != "shared":
            raise FileNotFoundError(f"coverage file not found: {item}")
    return files


def gather_coverage(spec: str, ds: Dataset):  # noqa: ANN201 - unsc.coverage.Coverage
    """Read, link and check every article a ``coverage`` parameter names.

    ``"stored"`` returns what ``unsc coverage add`` stored; anything else is
    read with :func:`unsc.coverage.analyse` against ``ds``.
    """
    from unsc import coverage

    if spec.strip() == "stored":
        return coverage.load_stored()
    return coverage.Coverage.concat([coverage.analyse(p, ds) for p in coverage_files(spec)])


def scope(ds: Dataset) -> str:
    """A short note of what the data covers, for chart titles.

    The embedded record holds a few topics only; saying so keeps a chart such
    as "Security Council vetoes, 2011–2020" from reading as the whole history.
    """
    if ds.origin == "embedded record":
        topics = sorted(ds.decisions.topic.dropna().astype(str).unique())
        return "embedded record: " + (" and ".join(topics) if topics else "no") + " decisions only"
    return "imported data" if ds.origin.startswith("store") else ds.origin


def require_decisions(ds: Dataset, what: str) -> Dataset:
    """Return ``ds``, or raise when the selection holds no decision.

    A report on nothing is a failed report: the error names the selection so
    the parameters can be corrected.
    """
    if ds.decisions.empty:
        raise ValueError(f"no decisions match {what} in the {ds.origin or 'data'}")
    return ds

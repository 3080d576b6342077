"""Turn the member choices notebooks take as parameters into member codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from unsc.api import check_source
from unsc.errors import ParameterError
from unsc.members import PERMANENT_SEATS, member_code
from unsc.model import Dataset, parse_day
from unsc.vetoes import check_convention

#: Notebook parameters that name one member (``-p country chn`` is ``CHN``).
MEMBER_PARAMETERS: tuple[str, ...] = ("country", "member_a", "member_b", "reference", "claim_a",
                                      "claim_b", "coincidence_with")
#: Notebook parameters that are a day, or a bare year or month.
DATE_PARAMETERS: tuple[str, ...] = ("start", "end")
#: Words the ``members`` parameter takes besides codes (see :func:`resolve_members`).
MEMBER_CHOICES: tuple[str, ...] = ("P5", "council", "all")


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
        a comma-separated string or a list of codes (any case; a name or an
        unknown code is an error that suggests the code).
    """
    present = sorted(ds.votes.member.astype(str).unique())
    if isinstance(spec, str):
        key = spec.strip()
        if key.upper() == "P5":
            return list(PERMANENT_SEATS)
        if key.lower() in ("council", "all", ""):
            return present
        spec = [s.strip() for s in key.split(",") if s.strip()]
    codes = [member_code(s, "members: ") for s in spec]
    unknown = [c for c in codes if c not in present and c not in PERMANENT_SEATS]
    if unknown:
        raise ValueError(f"no votes by {unknown} in this selection; members present: {present}")
    return codes


def check_parameters(parameters: Mapping[str, Any],
                     defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Notebook parameters checked and normalised before any notebook runs.

    Member codes are upper-cased (``chn`` is ``CHN``) and a name is refused
    with the code it probably means; dates must be ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` and real, and ``start`` must not be after ``end``; ``data``
    must be one of :data:`unsc.api.DATA_SOURCES`. Other parameters pass
    through unchanged. ``defaults`` (a notebook's own values) are checked
    with them, for ``start`` after a default ``end``, and not returned.

    Raises
    ------
    unsc.errors.ParameterError
        Naming the parameter, the value and what it takes.
    """
    given = dict(parameters)
    out = {**(defaults or {}), **given}
    for name, value in out.items():
        if name in MEMBER_PARAMETERS:
            out[name] = member_code(value, f"{name}: ")
        elif name == "members":
            out[name] = _member_list(value)
        elif name == "highlight":
            out[name] = _code_list(value, name)
        elif name in DATE_PARAMETERS:
            parse_day(value, name)
            out[name] = value.strip() if isinstance(value, str) else value
        elif name == "data":
            check_source(value)
        elif name == "convention":
            check_convention(value)
    start = parse_day(out.get("start"), "start")
    end = parse_day(out.get("end"), "end")
    if start is not None and end is not None and start > end:
        default = [k for k in ("start", "end") if k not in given]
        hint = f" ({default[0]} is the notebook's default: set it too)" if default else ""
        raise ParameterError(f"start {out['start']!r} is after end {out['end']!r}: no day is in "
                             f"between{hint}")
    return {k: out[k] for k in given}


def _member_list(value: Any) -> str:
    if not isinstance(value, str):
        raise ParameterError(f"members: {value!r} is not a member choice; use "
                             + ", ".join(MEMBER_CHOICES) + " or codes such as \"RUS,CHN,USA\"")
    key = value.strip()
    if key.upper() == "P5" or key.lower() in ("council", "all", ""):
        return key
    return ",".join(member_code(s.strip(), "members: ") for s in key.split(",") if s.strip())


def _code_list(value: Any, name: str) -> str:
    """Comma-separated member codes (``"isr, gbr"`` is ``"ISR,GBR"``; ``""`` for none)."""
    if not isinstance(value, str):
        raise ParameterError(f"{name}: {value!r} is not a list of member codes such as \"ISR,GBR\"")
    return ",".join(member_code(s.strip(), f"{name}: ") for s in value.split(",") if s.strip())


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

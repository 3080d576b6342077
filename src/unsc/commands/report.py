"""``unsc report``: run notebooks with parameters and render HTML reports."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

import yaml

from unsc import config, reports

EPILOG = """\
examples:
  unsc report                                   every notebook with its defaults
  unsc report vote_grid -p body HRC -p start 2011-01-01
  unsc report country_profile -g country=USA,GBR,FRA,RUS,CHN
  unsc report alignment -f params.yaml          parameters (and a `grid:`) from YAML
  unsc report --list                            notebooks and their parameters

Values are converted to the type each notebook declares (`-p start 2016` is the
text "2016", `-p min_n 5` the number 5, a YAML list [RUS, CHN] for a text
parameter becomes "RUS,CHN"). A YAML
file holds parameters at the top level and, optionally, `grid:` mapping a
parameter to a list of values; every combination is one run. Each run writes
reports/<notebook>/<parameter-slug>/ (report.html, notebook.ipynb,
results.json), then reports/index.html lists them all. The command exits 1 if
any run failed, naming the notebook, the parameters and the failing cell.
"""


def _coerce(notebook: str, name: str, value, spec: dict):  # noqa: ANN001, ANN202
    """``value`` as the type the notebook declares (``-p start 2016`` is the string "2016")."""
    kind = spec.get("inferred_type_name", "")
    try:
        if kind == "str":
            if isinstance(value, list):  # a list for a comma-separated parameter
                return ",".join(map(str, value))
            return str(value)
        if kind == "int" and not isinstance(value, bool):
            return int(value)
        if kind == "float" and not isinstance(value, bool):
            return float(value)
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).lower()
            if text in ("true", "yes", "1", "false", "no", "0"):
                return text in ("true", "yes", "1")
            raise ValueError(value)
    except (TypeError, ValueError):
        raise SystemExit(f"unsc: error: {notebook}: parameter {name!r} takes a {kind} "
                         f"({spec.get('help', '')}), not {value!r}") from None
    return value


class _NoDatesLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: ``start: 2011-01-01`` stays a string."""


_NoDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``unsc report`` to the command line."""
    p = sub.add_parser(
        "report", help="render notebooks into HTML reports",
        description="Execute notebooks with papermill and render HTML reports (no code cells).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK",
                   help="notebook names (default: all of them)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                   metavar=("NAME", "VALUE"), help="set a parameter (repeatable)")
    p.add_argument("-f", "--parameters-file", type=Path, metavar="YAML",
                   help="parameters (and an optional grid:) from a YAML file")
    p.add_argument("-g", "--grid", action="append", default=[], metavar="NAME=V1,V2",
                   help="run once per value (repeatable; combinations multiply)")
    p.add_argument("-j", "--jobs", type=int, default=2, help="runs in parallel (default: 2)")
    p.add_argument("--timeout", type=int, default=reports.DEFAULT_TIMEOUT,
                   help="seconds allowed per cell (default: %(default)s)")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help=f"report folder (default: {config.reports_dir()})")
    p.add_argument("--list", action="store_true", help="list notebooks and their parameters")
    p.add_argument("--clean", action="store_true",
                   help="remove earlier runs from the report folder first, so the index lists "
                        "only this invocation")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _value(text: str):
    """A YAML scalar, except that dates stay text (notebooks take ISO strings)."""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    return text if isinstance(value, datetime.date) else value


def run(args: argparse.Namespace) -> int:
    """Carry out ``unsc report``."""
    if args.list:
        for name in reports.available():
            print(name)
            for pname, spec in reports.declared_parameters(name).items():
                if pname == reports.OUTPUT_PARAMETER:
                    continue
                print(f"    {pname}: {spec['inferred_type_name']} = {spec['default']}"
                      f"    # {spec['help']}")
        return 0
    names = args.notebooks or reports.available()
    for name in names:
        reports.notebook_path(name)  # fail early on a typo
    parameters: dict = {}
    grid: dict = {}
    if args.parameters_file:
        loaded = yaml.load(args.parameters_file.read_text(), Loader=_NoDatesLoader) or {}
        if not isinstance(loaded, dict):
            raise SystemExit(f"unsc: error: {args.parameters_file}: expected a mapping")
        grid.update(loaded.pop("grid", {}) or {})
        parameters.update(loaded)
    for name, value in args.parameter:
        parameters[name] = _value(value)
    for item in args.grid:
        if "=" not in item:
            raise SystemExit(f"unsc: error: --grid expects NAME=V1,V2 (got {item!r})")
        key, values = item.split("=", 1)
        grid[key] = [_value(v) for v in values.split(",")]
    declared = {name: reports.declared_parameters(name) for name in names}
    wanted = set(parameters) | set(grid)
    nowhere = sorted(k for k in wanted if not any(k in d for d in declared.values()))
    if nowhere:
        raise SystemExit(f"unsc: error: no notebook among {names} has the parameter(s) {nowhere}; "
                         "see `unsc report --list`")
    jobs = []
    for name in names:
        spec = declared[name]
        unknown = sorted(k for k in wanted if k not in spec)
        if unknown and args.notebooks:
            raise SystemExit(f"unsc: error: notebook {name!r} has no parameter(s) {unknown}; "
                             f"it has {sorted(k for k in spec if k != 'output_dir')}")
        own = {k: _coerce(name, k, v, spec[k]) for k, v in parameters.items() if k in spec}
        own_grid = {k: [_coerce(name, k, v, spec[k]) for v in vs] for k, vs in grid.items()
                    if k in spec}
        jobs += [(name, p) for p in reports.expand_grid(own, own_grid)]
    if args.clean:
        reports.clean(args.output)
    runs = reports.run_many(jobs, args.output, workers=args.jobs, timeout=args.timeout,
                            progress=not args.no_progress)
    for r in runs:
        print(r.describe())
    out = args.output or config.reports_dir()
    print(f"index: {Path(out).resolve() / 'index.html'}")
    return 0 if all(r.ok for r in runs) else 1

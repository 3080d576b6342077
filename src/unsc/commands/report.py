"""``unsc report``: run notebooks with parameters and render HTML reports."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import yaml

from unsc import config, reports
from unsc.errors import ParameterError
from unsc.selection import check_parameters

EPILOG = """\
examples:
  unsc report --all                             every notebook with its defaults
  unsc report vote_grid -p body HRC -p start 2011-01-01
  unsc report country_profile -g country=USA,GBR,FRA,RUS,CHN
  unsc report alignment -f params.yaml          parameters (and a `grid:`) from YAML
  unsc report --list                            notebooks and their parameters

Without a NOTEBOOK, --all, -p, -f or -g, the command prints this help.

Values are converted to the type each notebook declares (`-p start 2016` is
the text "2016", `-p topic ""` the empty text, `-p min_n 5` the number 5, a
YAML list [RUS, CHN] for a text parameter becomes "RUS,CHN"). Before anything
runs, dates (start, end) must be YYYY, YYYY-MM or YYYY-MM-DD and real; member
codes (country, member_a, reference, members, ...) are read in any case (chn
is CHN) and a name is refused with the code it probably means; data is one of
auto, embedded, store. A mistake stops the command with exit status 2 and
nothing runs.

A YAML file holds parameters at the top level and, optionally, `grid:` mapping
a parameter to a list of values; every combination is one run. Each run writes
reports/<notebook>/<parameter-slug>/ (report.html, notebook.ipynb,
results.json), then reports/index.html lists them all. The command exits 1 if
any run failed, naming the notebook, the parameters and the failing cell.
"""


class _Typed(str):
    """A value typed on the command line (``-p``, ``-g``): the text exactly as given."""


def _coerce(notebook: str, name: str, value, spec: dict):  # noqa: ANN001, ANN202
    """``value`` as the type the notebook declares (``-p start 2016`` is the string "2016").

    Text typed on the command line stays that text for a ``str`` parameter
    (``-p topic ""`` is the empty string, not "None"); a YAML list becomes
    comma-separated text; a number or flag is read from the text.
    """
    kind = spec.get("inferred_type_name", "")
    if isinstance(value, _Typed):
        parsed = _scalar(value)
        if kind == "str":
            return ",".join(map(str, parsed)) if isinstance(parsed, list) else str(value)
        if kind not in ("int", "float", "bool"):  # undeclared: whatever YAML reads
            return parsed
        value = parsed if value.strip() else None
    try:
        if value is None:
            raise ValueError(value)
        if kind == "str":
            if isinstance(value, list):  # a list for a comma-separated parameter
                return ",".join(map(str, value))
            if isinstance(value, dict):
                raise ValueError(value)
            return str(value)
        if kind in ("int", "float") and isinstance(value, bool):  # `true` is no number
            raise ValueError(value)
        if kind == "int":
            if isinstance(value, float):  # 5.5 is no count; int() would cut it to 5
                raise ValueError(value)
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).lower()
            if text in ("true", "yes", "1", "false", "no", "0"):
                return text in ("true", "yes", "1")
            raise ValueError(value)
    except (TypeError, ValueError):
        shown = "no value" if value is None else repr(value)
        hint = ' (write "" for the empty text)' if value is None and kind == "str" else ""
        article = "an" if kind[:1] in ("i", "a", "e", "o", "u") else "a"
        raise ParameterError(f"{notebook}: parameter {name!r} takes {article} {kind} "
                             f"({spec.get('help', '')}), not {shown}{hint}") from None
    return value


def _scalar(text: str):  # noqa: ANN202 - any YAML value
    """``text`` read as a YAML value, except that dates stay text (notebooks take ISO strings)."""
    try:
        value = yaml.load(text, Loader=_NoDatesLoader)
    except yaml.YAMLError:
        return text
    return text if value is None else value


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
    p.add_argument("--all", action="store_true",
                   help="every notebook (the default when parameters are given)")
    p.add_argument("--list", action="store_true", help="list notebooks and their parameters")
    p.add_argument("--clean", action="store_true",
                   help="remove earlier runs from the report folder first, so the index lists "
                        "only this invocation")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run, parser=p)


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
    if not (args.notebooks or args.all or args.parameter or args.parameters_file or args.grid):
        args.parser.print_help()
        return 0
    names = args.notebooks or reports.available()
    for name in names:
        reports.notebook_path(name)  # fail early on a typo
    parameters: dict = {}
    grid: dict = {}
    if args.parameters_file:
        loaded = _read_parameters_file(args.parameters_file)
        grid.update(loaded.pop("grid", None) or {})
        parameters.update(loaded)
    for name, value in args.parameter:
        parameters[name] = _Typed(value)
    for item in args.grid:
        key, sep, values = item.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"--grid expects NAME=V1,V2 (got {item!r})")
        grid[key.strip()] = [_Typed(v) for v in values.split(",")]
    declared = {name: reports.declared_parameters(name) for name in names}
    wanted = set(parameters) | set(grid)
    nowhere = sorted(k for k in wanted if not any(k in d for d in declared.values()))
    if nowhere:
        raise ParameterError(f"no notebook among {names} has the parameter(s) {nowhere}; "
                             "see `unsc report --list`")
    jobs = []
    for name in names:
        spec = declared[name]
        unknown = sorted(k for k in wanted if k not in spec)
        if unknown and args.notebooks:
            raise ParameterError(f"notebook {name!r} has no parameter(s) {unknown}; "
                                 f"it has {sorted(k for k in spec if k != 'output_dir')}")
        own = {k: _coerce(name, k, v, spec[k]) for k, v in parameters.items() if k in spec}
        own_grid = {k: [_coerce(name, k, v, spec[k]) for v in vs] for k, vs in grid.items()
                    if k in spec}
        jobs += [(name, _checked(name, p, spec)) for p in reports.expand_grid(own, own_grid)]
    # An output folder that cannot be made stops the command before any notebook runs.
    (args.output or config.reports_dir()).mkdir(parents=True, exist_ok=True)
    if args.clean:
        reports.clean(args.output)
    runs = reports.run_many(jobs, args.output, workers=args.jobs, timeout=args.timeout,
                            progress=not args.no_progress)
    for r in runs:
        print(r.describe())
    out = args.output or config.reports_dir()
    print(f"index: {Path(out).resolve() / 'index.html'}")
    return 0 if all(r.ok for r in runs) else 1


def _read_parameters_file(path: Path) -> dict:
    """The mapping in a YAML parameters file; a clear error naming the file and line otherwise."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        raise ParameterError(f"{path}, line {line}, column {column}: not UTF-8 text (byte "
                             f"0x{data[exc.start]:02x}); save the parameters file as UTF-8") \
            from None
    try:
        loaded = yaml.load(text, Loader=_NoDatesLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = str(exc.problem or exc.context or "")
        begun = exc.context_mark
        if exc.context and begun is not None and mark is not None and begun.line != mark.line:
            what += f" ({exc.context} on line {begun.line + 1})"
        raise ParameterError(f"{path}{where}: not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise ParameterError(f"{path}: not valid YAML: {exc}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ParameterError(f"{path}: expected a mapping of parameter names to values "
                             f"(such as `start: 2011-01-01`), not a {type(loaded).__name__}")
    grid = loaded.get("grid")
    if grid is not None and not isinstance(grid, dict):
        raise ParameterError(f"{path}: `grid:` must map parameter names to lists of values "
                             "(such as `country: [USA, RUS]`)")
    if grid:
        loaded["grid"] = {k: v if isinstance(v, list) else [v] for k, v in grid.items()}
    return loaded


def _checked(notebook: str, parameters: dict, spec: dict) -> dict:
    """``parameters`` normalised (member codes in capitals), or an error naming the notebook.

    Checked together with the notebook's defaults, so that ``-p start 2022``
    against a default ``end`` of 2020 is refused here, not in the notebook.
    """
    defaults = {}
    for key, declared in spec.items():
        try:
            defaults[key] = ast.literal_eval(declared.get("default", ""))
        except (ValueError, SyntaxError):
            continue
    try:
        return check_parameters(parameters, defaults)
    except ParameterError as exc:
        raise ParameterError(f"{notebook}: {exc}") from None

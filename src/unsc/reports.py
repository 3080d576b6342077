"""Render notebooks into HTML reports with papermill, and index them.

Each run writes ``reports/<notebook>/<parameter-slug>/`` holding

``notebook.ipynb``  the executed notebook (kept on failure, with the error cell),
``report.html``     the HTML export without code cells,
``results.json``    the key figures the notebook wrote (optional: a notebook that writes
                    none is a run with status ``no results``, not a failure),
``thumbnail.png``   the first chart, for the index,
``run.json``        parameters, status, timings, data version, error.

:func:`write_index` then lists every run in ``reports/index.html``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
import tempfile
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from unsc import config

KERNEL_NAME = "unsc"
DEFAULT_TIMEOUT = 600  # seconds per cell
OUTPUT_PARAMETER = "output_dir"
#: A notebook that declares this parameter gets it ``False`` from :func:`run_one`: a report is
#: static HTML, where live widgets would show as "Loading widget..." (``explore``).
INTERACTIVE_PARAMETER = "interactive"
#: A run's status: it ran to the end and wrote ``results.json``; it ran to the end and
#: wrote none (a user's own notebook need not); it stopped (or its HTML could not be made).
OK, NO_RESULTS, FAILED = "ok", "no results", "failed"
#: The statuses of a run that ran to the end.
SUCCEEDED = (OK, NO_RESULTS)


@dataclass
class Run:
    """The outcome of one notebook run."""

    notebook: str
    parameters: dict[str, Any]
    folder: str
    status: str = "pending"  # ok | no results | failed
    seconds: float = 0.0
    error: str = ""
    failed_cell: int | None = None
    data_version: str = ""
    finished: str = ""
    results: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the notebook ran to the end (with or without ``results.json``)."""
        return self.status in SUCCEEDED

    def describe(self) -> str:
        """One line naming the notebook, its parameters and, on failure, the cell."""
        params = ", ".join(f"{k}={v!r}" for k, v in self.parameters.items()) or "defaults"
        if self.ok:
            note = " (no results.json)" if self.status == NO_RESULTS else ""
            return (f"ok      {self.notebook} ({params}) in {self.seconds:.1f}s -> "
                    f"{self.folder}{note}")
        cell = f" at cell {self.failed_cell}" if self.failed_cell is not None else ""
        return (f"FAILED  {self.notebook} ({params}){cell}: {self.error}\n"
                f"        partial notebook kept in {self.folder}/notebook.ipynb")


def available() -> list[str]:
    """Names of the notebooks in ``notebooks/`` (without ``.ipynb``)."""
    return sorted(p.stem for p in config.notebooks_dir().glob("*.ipynb"))


def notebook_path(name: str) -> Path:
    """The path of notebook ``name``; a clear error when it does not exist."""
    path = config.notebooks_dir() / f"{name.removesuffix('.ipynb')}.ipynb"
    if not path.is_file():
        raise FileNotFoundError(f"no notebook {name!r}; available: {', '.join(available())}")
    return path


def declared_parameters(name: str) -> dict[str, dict[str, str]]:
    """The parameters a notebook declares (name → type, default, help), via papermill.

    A notebook saved without kernel metadata (written by hand or by another tool)
    is read as Python, the only language the suite runs.
    """
    import nbformat
    import papermill

    path = notebook_path(name)
    nb = nbformat.read(path, as_version=4)
    if nb.metadata.get("kernelspec", {}).get("name"):
        return papermill.inspect_notebook(str(path))
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        nbformat.write(nb, copy)
        return papermill.inspect_notebook(str(copy))


def slug(parameters: Mapping[str, Any]) -> str:
    """A folder name for a parameter set: readable, filesystem-safe, unique.

    ``{}`` gives ``default``; otherwise ``name-value`` pairs joined by ``_``,
    shortened with a hash suffix when long.
    """
    if not parameters:
        return "default"
    parts = []
    for key in sorted(parameters):
        value = parameters[key]
        text = "+".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
        parts.append(f"{key}-{text}")
    raw = "_".join(parts)
    clean = re.sub(r"[^A-Za-z0-9._+-]+", "-", raw).strip("-")
    if len(clean) > 80:
        digest = hashlib.sha1(raw.encode()).hexdigest()[:8]
        clean = clean[:70].rstrip("-_") + "-" + digest
    return clean


def expand_grid(parameters: Mapping[str, Any], grid: Mapping[str, Iterable[Any]]) -> list[dict]:
    """Every combination of ``grid`` values, each merged over ``parameters``."""
    if not grid:
        return [dict(parameters)]
    keys = list(grid)
    return [{**parameters, **dict(zip(keys, combo, strict=True))}
            for combo in itertools.product(*(list(grid[k]) for k in keys))]


def _kernel_name() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    return KERNEL_NAME if KERNEL_NAME in specs else "python3"


def run_one(name: str, parameters: Mapping[str, Any], out_root: str | Path | None = None,
            timeout: int = DEFAULT_TIMEOUT) -> Run:
    """Execute notebook ``name`` with ``parameters`` and render its report.

    Never raises for a failing notebook: the returned :class:`Run` says what
    failed, and the partial executed notebook is kept. A notebook that runs to
    the end without writing ``results.json`` has status :data:`NO_RESULTS`. A notebook
    declaring :data:`INTERACTIVE_PARAMETER` runs with it ``False`` unless it is given.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    out_root = Path(out_root) if out_root is not None else config.reports_dir()
    folder = out_root / name / slug(parameters)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in ("results.json", "thumbnail.png", "report.html", "tables.xlsx"):
        (folder / stale).unlink(missing_ok=True)
    for stale_table in folder.glob("*.csv"):  # tables of an earlier run with these parameters
        stale_table.unlink()
    run = Run(notebook=name, parameters=dict(parameters), folder=str(folder))
    executed = folder / "notebook.ipynb"
    start = time.perf_counter()
    try:
        injected = {**parameters, OUTPUT_PARAMETER: str(folder)}
        if INTERACTIVE_PARAMETER not in parameters and \
                INTERACTIVE_PARAMETER in declared_parameters(name):
            injected[INTERACTIVE_PARAMETER] = False
        papermill.execute_notebook(
            str(notebook_path(name)), str(executed),
            parameters=injected,
            kernel_name=_kernel_name(), execution_timeout=timeout,
            progress_bar=False, cwd=str(config.notebooks_dir()),
        )
        run.status = OK
    except PapermillExecutionError as exc:
        run.status = FAILED
        run.failed_cell = exc.exec_count
        run.error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # noqa: BLE001 - any failure is reported per run, not raised
        run.status = FAILED
        run.error = f"{type(exc).__name__}: {exc}"
    run.seconds = time.perf_counter() - start
    if executed.exists():
        try:
            _render(executed, folder)
        except Exception as exc:  # noqa: BLE001
            run.status = FAILED
            run.error = run.error or f"HTML export failed: {exc}"
    results_path = folder / "results.json"
    if results_path.exists():
        run.results = json.loads(results_path.read_text())
        run.data_version = str(run.results.get("data_version", ""))
    elif run.ok:
        # write_results is optional: a user's own notebook may only show charts.
        run.status = NO_RESULTS
    run.finished = pd.Timestamp.now().isoformat(timespec="seconds")
    (folder / "run.json").write_text(json.dumps(asdict(run), indent=2, default=str))
    return run


#: Added to every report's page after JupyterLab's own styles.
REPORT_CSS = (".jp-OutputArea-output pre { word-break: normal; overflow-wrap: break-word; "
              "white-space: pre-wrap; }")


def _render(executed: Path, folder: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    # JupyterLab's CSS breaks printed text at any letter ("2011-02-2" / "6"); a report's
    # data line is read, so lines wrap between words.
    body = body.replace("</head>", f"<style>{REPORT_CSS}</style>\n</head>", 1)
    (folder / "report.html").write_text(body, encoding="utf-8")
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if png:
                (folder / "thumbnail.png").write_bytes(base64.b64decode(png))
                return


def run_many(jobs: list[tuple[str, dict]], out_root: str | Path | None = None, workers: int = 2,
             timeout: int = DEFAULT_TIMEOUT, progress: bool = True) -> list[Run]:
    """Run several (notebook, parameters) jobs, ``workers`` at a time, with a progress bar.

    Every job runs even when others fail; the index is rewritten at the end.
    """
    from tqdm.auto import tqdm

    out_root = Path(out_root) if out_root is not None else config.reports_dir()
    runs: list[Run] = []
    bar = tqdm(total=len(jobs), desc="reports", unit="run", disable=not progress)
    if workers <= 1 or len(jobs) == 1:
        for name, params in jobs:
            runs.append(run_one(name, params, out_root, timeout))
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(run_one, name, params, out_root, timeout)
                       for name, params in jobs]
            for future in as_completed(futures):
                runs.append(future.result())
                bar.update()
    bar.close()
    order = {(n, slug(p)): i for i, (n, p) in enumerate(jobs)}
    runs.sort(key=lambda r: order[(r.notebook, slug(r.parameters))])
    write_index(out_root)
    return runs


def write_results(results: Mapping[str, Any], output_dir: str | Path | None) -> None:
    """Write a notebook's key figures to ``results.json`` in ``output_dir``.

    Called from the last cell of every notebook; values are converted to plain
    JSON (numbers, strings, lists, dicts; timestamps as ISO dates). The
    tables the notebook showed with :func:`unsc.tables.show` are listed under
    ``tables`` (name, title, CSV file, rows, columns), and written into one
    workbook, ``tables.xlsx`` (``workbook``). Returns nothing, so the report
    does not end with a stray value.

    Without an ``output_dir`` (``""`` or ``None``: a notebook run by hand in
    Jupyter, where ``unsc report`` has not set it) nothing is written, so an
    interactive run leaves no ``results.json`` among the notebooks.
    """
    from unsc import tables

    if not output_dir:
        return
    results = {**results, **tables.finish(output_dir)}
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "results.json"
    path.write_text(json.dumps(_plain(results), indent=2, sort_keys=True))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, pd.DataFrame):
        return _plain(value.to_dict(orient="records"))
    if isinstance(value, pd.Series):
        return _plain(value.to_dict())
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return _plain(value.item())
    if isinstance(value, float) and value != value:
        return None
    if value is pd.NA or value is None:
        return None
    return value


def data_version(ds) -> str:  # noqa: ANN001 - a Dataset
    """Which data a report used: the origin and the fingerprint of the data as loaded.

    The fingerprint is taken before any filter (:attr:`Dataset.version`), so
    every report on the same data shows the same version.
    """
    if ds.version:
        return f"{ds.origin} #{ds.version}"
    digest = hashlib.sha1()
    digest.update(pd.util.hash_pandas_object(ds.decisions.decision_id, index=False).to_numpy())
    digest.update(pd.util.hash_pandas_object(
        ds.votes[["decision_id", "member", "vote"]].astype(str), index=False).to_numpy())
    return f"{ds.origin} #{digest.hexdigest()[:10]}"


def clean(out_root: str | Path | None = None) -> None:
    """Remove earlier runs (``<notebook>/<slug>/`` folders and the index) from ``out_root``.

    Only folders that hold a ``run.json`` are removed: anything else a user
    put there stays.
    """
    import shutil

    out_root = Path(out_root) if out_root is not None else config.reports_dir()
    for run_file in out_root.glob("*/*/run.json"):
        shutil.rmtree(run_file.parent)
    for notebook_dir in out_root.glob("*/"):
        if notebook_dir.is_dir() and not any(notebook_dir.iterdir()):
            notebook_dir.rmdir()
    (out_root / "index.html").unlink(missing_ok=True)


def effective_parameters(run: Mapping[str, Any], folder: Path) -> list[tuple[str, Any, bool]]:
    """Every parameter a run used: ``(name, value, overridden)``, in the notebook's order.

    The defaults are read from the parameters cell of the executed notebook
    kept beside the report (the notebook as it was when it ran), or of the
    notebook in ``notebooks/`` when that copy is missing; ``output_dir`` is
    left out (it is the folder itself), and :data:`INTERACTIVE_PARAMETER` is
    ``False`` unless given, as :func:`run_one` ran it.
    """
    import ast

    import papermill

    overrides = dict(run.get("parameters", {}))
    source = folder / "notebook.ipynb"
    declared: dict[str, dict[str, str]] = {}
    try:
        if source.is_file():
            declared = papermill.inspect_notebook(str(source))
        else:
            declared = declared_parameters(run["notebook"])
    except Exception:  # noqa: BLE001 - an unreadable notebook still gets its row, with its overrides
        declared = {}
    out = []
    for name, spec in declared.items():
        if name == OUTPUT_PARAMETER:
            continue
        if name in overrides:
            out.append((name, overrides.pop(name), True))
            continue
        if name == INTERACTIVE_PARAMETER:  # run_one's default for a report, not the notebook's
            out.append((name, False, False))
            continue
        try:
            value = ast.literal_eval(spec.get("default", ""))
        except (ValueError, SyntaxError):
            value = spec.get("default", "")
        out.append((name, value, False))
    out += [(name, value, True) for name, value in overrides.items()]
    return out


def short_version(version: str) -> str:
    """The data version as the index shows it: what was loaded and the fingerprint, no paths.

    ``store: sc-drafts (sc-drafts) + ... + embedded record #1a2b3c4d5e`` reads
    ``store + embedded record #1a2b3c4d5e``.
    """
    text, _, digest = version.rpartition(" #")
    if not _:
        text, digest = version, ""
    what = text.strip()
    if what.startswith("store"):
        what = "store + embedded record" if "embedded record" in what else "store"
    return f"{what} #{digest}" if digest else what


def _span_text(results: Mapping[str, Any]) -> str:
    spans = [s for s in results.get("span", []) if s.get("source") == "all sources"]
    return "<br>".join(
        f"{html.escape(str(s.get('body', '')))} {html.escape(str(s.get('first', '')))} to "
        f"{html.escape(str(s.get('last', '')))} ({int(s.get('decisions', 0)):,} decisions)"
        for s in spans)


def _value_text(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"' if value == "" else value
    return repr(value)


def _index_row(r: Mapping[str, Any], out_root: Path) -> str:
    rel = Path(r["folder"]).relative_to(out_root) if Path(r["folder"]).is_absolute() \
        else Path(r["folder"])
    folder = out_root / rel
    try:
        results = json.loads((folder / "results.json").read_text())
    except (OSError, json.JSONDecodeError):
        results = {}
    ok = r["status"] == OK
    thumb = folder / "thumbnail.png"
    img = (f'<img src="{html.escape(str(rel / "thumbnail.png"))}" alt="first chart" width="220">'
           if ok and thumb.exists() else "")
    params = "<br>".join(
        (f"<b>{html.escape(k)} = {html.escape(_value_text(v))}</b>" if set_here
         else f'<span class="default">{html.escape(k)} = {html.escape(_value_text(v))}</span>')
        for k, v, set_here in effective_parameters(r, folder))
    status = html.escape(r["status"])
    if r["status"] == "failed":
        cell = f" (cell {r['failed_cell']})" if r.get("failed_cell") is not None else ""
        status = (f'<span class="failed">failed{cell}</span><br>'
                  f'<small>{html.escape(r.get("error", ""))}</small><br>'
                  f'<a href="{html.escape(str(rel / "notebook.ipynb"))}">partial notebook</a>')
    elif not ok:
        status = (f'<span class="other">{status}</span>'
                  + (f"<br><small>{html.escape(r.get('error', ''))}</small>" if r.get("error") else ""))
    n_tables = len(results.get("tables", []))
    files = ""
    if n_tables:
        workbook = results.get("workbook")
        files = (f"<br><small>{n_tables} table(s) as CSV"
                 + (f', <a href="{html.escape(str(rel / workbook))}">{html.escape(workbook)}</a>'
                    if workbook else "") + "</small>")
    report = folder / "report.html"
    link = (f'<a href="{html.escape(str(rel / "report.html"))}">{html.escape(rel.name)}</a>'
            if report.exists() else html.escape(rel.name))
    version = r.get("data_version", "")
    return (f"<tr><td>{link}{files}</td><td class=\"params\">{params}</td><td>{img}</td>"
            f'<td><span title="{html.escape(version)}">{html.escape(short_version(version))}</span>'
            f"<br><small>{_span_text(results)}</small></td><td>{status}</td>"
            f"<td>{html.escape(r.get('finished', '').replace('T', ' '))}<br>"
            f"{r.get('seconds', 0):.1f}s</td></tr>")


def write_index(out_root: str | Path | None = None) -> Path:
    """Write ``index.html`` listing every run under ``out_root`` (from each ``run.json``).

    Runs are grouped by notebook. Each row shows every parameter the run used
    (those set for the run in bold, the notebook's defaults in grey), the
    data version (short; the full one on hover) with the span of the data per
    body, the status, and the first chart for successful runs only.
    """
    from unsc import changes  # "what changed" in the last `unsc refresh`, at the top

    out_root = Path(out_root) if out_root is not None else config.reports_dir()
    out_root.mkdir(parents=True, exist_ok=True)
    runs = []
    for path in sorted(out_root.glob("*/*/run.json")):
        try:
            runs.append(json.loads(path.read_text()))
        except json.JSONDecodeError:
            continue
    groups: dict[str, list[dict]] = {}
    for r in runs:
        groups.setdefault(r["notebook"], []).append(r)
    sections = []
    for name in sorted(groups):
        rows = "\n".join(_index_row(r, out_root) for r in groups[name])
        ok = sum(r["status"] in SUCCEEDED for r in groups[name])
        sections.append(
            f'<h2 id="{html.escape(name)}">{html.escape(name)} '
            f'<small>({len(groups[name])} run(s), {ok} ok)</small></h2>\n'
            '<table><thead><tr><th>run</th><th>parameters</th><th>first chart</th>'
            "<th>data</th><th>status</th><th>finished</th></tr></thead><tbody>\n"
            f"{rows}\n</tbody></table>")
    contents = " · ".join(f'<a href="#{html.escape(n)}">{html.escape(n)}</a>' for n in sorted(groups))
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>unsc reports</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .5em; text-align: left; vertical-align: top; }}
th {{ background: #f4f4f4; }}
h2 small {{ font-weight: normal; color: #666; font-size: .6em; }}
td.params {{ font-family: ui-monospace, monospace; font-size: .85em; white-space: nowrap; }}
.default {{ color: #777; }}
.failed {{ color: #D55E00; font-weight: bold; }}
.other {{ color: #8a6d00; font-weight: bold; }}
</style></head><body>
<h1>unsc reports</h1>
{changes.index_section(out_root)}
<p>{len(runs)} run(s); {sum(r["status"] in SUCCEEDED for r in runs)} ok. {contents}</p>
<p><small>Parameters: <b>bold</b> were set for the run, <span class="default">grey</span> are the
notebook's defaults.</small></p>
{chr(10).join(sections)}
</body></html>
"""
    path = out_root / "index.html"
    path.write_text(page, encoding="utf-8")
    return path

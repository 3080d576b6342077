"""``unsc refresh``: fetch the Library's new releases, re-render, and say what changed.

:func:`refresh` does all of it for both official sources (the Security
Council and General Assembly voting data):

1. find each source's newest release on its record page and fetch it only
   if it changed (:func:`unsc.store.fetch`);
2. import it, and validate it against what was stored before;
3. re-render every report on the stored data (``-p data store``);
4. write ``reports/changes.md`` (and ``changes.json``, which
   :func:`index_section` turns into the first section of ``reports/index.html``):
   per source the old and the new release, the decisions added (and any
   removed), the problems validation newly finds, and each report figure
   that moved, with both values (from the previous and the new
   ``results.json``).

When no source has a new release nothing is imported or re-rendered, and
:func:`refresh` says "nothing new".
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from unsc import config, store

SOURCES = ("undl-sc", "undl-ga")
CHANGES_MD = "changes.md"
CHANGES_JSON = "changes.json"
#: What identifies a problem across releases (its file and row move with the file).
PROBLEM_KEY = ["rule", "severity", "decision_id", "member", "message"]


@dataclass
class SourceChange:
    """What a refresh did for one source."""

    source: str
    status: str  # up to date | imported | same data | failed
    old: dict | None = None
    new: dict | None = None
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    new_problems: list[dict] = field(default_factory=list)
    error: str = ""

    @property
    def new_errors(self) -> int:
        """How many of the newly found problems are errors."""
        return sum(p["severity"] == "error" for p in self.new_problems)


@dataclass
class Changes:
    """What a refresh changed."""

    sources: list[SourceChange]
    figures: list[dict] = field(default_factory=list)
    rendered: bool = False
    #: The report runs that failed (one line each).
    failed_runs: list[str] = field(default_factory=list)
    finished: str = ""

    @property
    def anything_new(self) -> bool:
        """Whether any source's stored data changed."""
        return any(s.status == "imported" for s in self.sources)


# -- comparing --------------------------------------------------------------------------

def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [{k: (v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v)
             for k, v in row.items()} for row in out.to_dict("records")]


def compare_decisions(old: pd.DataFrame | None, new: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """The decisions ``new`` adds to ``old``, and those it no longer has (symbol, date, outcome)."""
    columns = ["decision_id", "date", "outcome"]
    before = set() if old is None else set(old.decision_id.astype(str))
    after = set(new.decision_id.astype(str))
    added = new[new.decision_id.astype(str).isin(after - before)].sort_values(["date", "decision_id"])
    removed = (old[old.decision_id.astype(str).isin(before - after)].sort_values(
        ["date", "decision_id"]) if old is not None else new.iloc[:0])
    return _records(added, columns), _records(removed, columns)


def new_problems(old: pd.DataFrame | None, new: pd.DataFrame) -> list[dict]:
    """The problems in ``new`` that ``old`` did not have (matched on rule, decision, member, text)."""
    if old is None or old.empty:
        fresh = new
    else:
        seen = set(map(tuple, old[PROBLEM_KEY].astype(str).to_numpy()))
        fresh = new[[tuple(r) not in seen for r in new[PROBLEM_KEY].astype(str).to_numpy()]]
    return _records(fresh, [*PROBLEM_KEY, "file", "row"])


def read_results(out_root: Path) -> dict[str, dict]:
    """Every run's ``results.json`` under ``out_root``, by ``notebook/slug``."""
    found = {}
    for path in sorted(out_root.glob("*/*/results.json")):
        try:
            found[f"{path.parent.parent.name}/{path.parent.name}"] = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            continue
    return found


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flat(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: value}


def moved_figures(before: dict[str, dict], after: dict[str, dict]) -> list[dict]:
    """Each figure of each report whose value differs between two runs (both values)."""
    moved = []
    for report in sorted(set(before) & set(after)):
        old, new = _flat(before[report]), _flat(after[report])
        for figure in sorted(set(old) | set(new)):
            # The data version always moves with the data; the list of table files is no figure.
            if figure in ("data_version", "tables", "workbook"):
                continue
            if old.get(figure, None) != new.get(figure, None):
                moved.append({"report": report, "figure": figure, "old": old.get(figure),
                              "new": new.get(figure)})
    return moved


# -- writing ----------------------------------------------------------------------------

def _release(info: dict | None) -> str:
    if not info:
        return "none"
    date = f", released {info['release_date']}" if info.get("release_date") else ""
    return f"`{info.get('file') or info.get('url')}` ({info.get('size', 0):,} bytes{date})"


def _short(value: Any) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else value
    return text if len(text) <= 120 else text[:117] + "..."


def to_markdown(changes: Changes) -> str:
    """``changes.md``: per source, then the figures that moved."""
    lines = [f"# What changed ({changes.finished})", ""]
    if not changes.anything_new:
        lines += ["Nothing new: no source has a new release.", ""]
    for s in changes.sources:
        lines += [f"## {s.source}: {s.status}", ""]
        if s.error:
            lines += [f"**Failed, nothing changed:** {s.error}", ""]
            continue
        lines += [f"- previous release: {_release(s.old)}", f"- this release: {_release(s.new)}"]
        if s.status != "imported":
            lines.append("")
            continue
        lines += [f"- decisions added: {len(s.added)}", f"- decisions removed: {len(s.removed)}",
                  f"- problems newly found by validation: {len(s.new_problems)} "
                  f"({s.new_errors} error(s))"
                  + ("" if s.old else " (first fetch: every problem is new)"), ""]
        for title, rows in (("Decisions added", s.added), ("Decisions removed", s.removed)):
            if rows:
                lines += [f"### {title}", "", "| symbol | date | outcome |", "|---|---|---|"]
                lines += [f"| {r['decision_id']} | {r['date'] or ''} | {r['outcome'] or ''} |"
                          for r in rows]
                lines.append("")
        if s.new_problems:
            lines += ["### Problems newly found", "", "| severity | rule | decision | member | "
                      "message |", "|---|---|---|---|---|"]
            lines += [f"| {p['severity']} | {p['rule']} | {p['decision_id'] or ''} | "
                      f"{p['member'] or ''} | {_short(p['message']).replace('|', '/')} |"
                      for p in s.new_problems]
            lines.append("")
    if changes.rendered:
        lines += ["## Report figures that moved", ""]
        if changes.figures:
            lines += ["| report | figure | before | after |", "|---|---|---|---|"]
            lines += [f"| {f['report']} | {f['figure']} | {_short(f['old'])} | {_short(f['new'])} |"
                      for f in changes.figures]
        else:
            lines.append("None of the figures moved.")
        lines.append("")
    if changes.failed_runs:
        lines += ["## Report runs that failed", "", *[f"- {r}" for r in changes.failed_runs], ""]
    return "\n".join(lines)


def write(changes: Changes, out_root: Path | None = None) -> Path:
    """Write ``changes.md`` and ``changes.json`` into the reports folder."""
    out_root = out_root or config.reports_dir()
    out_root.mkdir(parents=True, exist_ok=True)
    (out_root / CHANGES_JSON).write_text(json.dumps(asdict(changes), indent=1, default=str),
                                         encoding="utf-8")
    path = out_root / CHANGES_MD
    path.write_text(to_markdown(changes), encoding="utf-8")
    return path


def index_section(out_root: Path) -> str:
    """The "what changed" section at the top of ``index.html`` (empty before any refresh)."""
    try:
        data = json.loads((out_root / CHANGES_JSON).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return ""
    esc = html.escape
    items = []
    for s in data["sources"]:
        text = f"<b>{esc(s['source'])}</b>: {esc(s['status'])}"
        if s.get("error"):
            text += f" ({esc(s['error'])})"
        elif s["status"] == "imported":
            problems = s["new_problems"]
            errors = sum(p["severity"] == "error" for p in problems)
            text += (f", {esc(_release(s['old']))} &rarr; {esc(_release(s['new']))}: "
                     f"{len(s['added'])} decision(s) added ("
                     + esc(", ".join(r["decision_id"] for r in s["added"][:10]))
                     + (", ..." if len(s["added"]) > 10 else "")
                     + f"), {len(s['removed'])} removed, {len(problems)} new problem(s), "
                     f"{errors} error(s)")
        items.append(f"<li>{text}</li>")
    figures = "".join(f"<li>{esc(f['report'])}: {esc(f['figure'])} {esc(_short(f['old']))} "
                      f"&rarr; {esc(_short(f['new']))}</li>" for f in data["figures"][:20])
    more = f"<li>... {len(data['figures']) - 20} more</li>" if len(data["figures"]) > 20 else ""
    moved = (f"<p>Figures that moved:</p><ul>{figures}{more}</ul>" if data["figures"]
             else "<p>No report figure moved.</p>" if data.get("rendered") else "")
    return (f'<section id="changes"><h2>What changed ({esc(data.get("finished", ""))})</h2>'
            f'<ul>{"".join(items)}</ul>{moved}<p><a href="{CHANGES_MD}">changes.md</a></p>'
            "</section>")


# -- the refresh ------------------------------------------------------------------------

def _stored(fmt: str) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """The decisions stored under ``fmt`` and their validation problems (None, None if none)."""
    from unsc.validate import validate

    entry = store.manifest()["entries"].get(fmt)
    if entry is None:
        return None, None
    ds = store.read_entry(entry)
    return ds.decisions, validate(ds)


def refresh(sources: tuple[str, ...] = SOURCES, *, notebooks: list[str] | None = None,
            render: bool = True, progress: bool | None = None, workers: int = 2) -> Changes:
    """Fetch what changed, import, validate, re-render, and write ``changes.md``.

    Parameters
    ----------
    sources
        Which official sources to fetch.
    notebooks
        Which reports to re-render (default: all).
    render
        Re-render the reports when a source changed.

    Returns
    -------
    Changes
        Per source what happened (a failed source has ``status == "failed"``
        and its message; the others go on), and the figures that moved.
    """
    from unsc import reports
    from unsc.validate import validate

    done: list[SourceChange] = []
    for fmt in sources:
        old_decisions, old_problems = _stored(fmt)
        try:
            result = store.fetch(fmt, progress=progress)
        except (store.DownloadError, OSError, ValueError) as exc:
            # DataFormatError is a ValueError: the release is malformed, nothing was stored
            done.append(SourceChange(fmt, "failed", old=store.fetched().get(fmt),
                                     error=str(exc)))
            continue
        change = SourceChange(fmt, result.status, old=result.previous, new=result.fetched)
        if result.status == "imported":
            ds = store.read_entry(result.result.entry)
            change.added, change.removed = compare_decisions(old_decisions, ds.decisions)
            change.new_problems = new_problems(old_problems, validate(ds))
        done.append(change)
    changes = Changes(done, finished=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    out_root = config.reports_dir()
    if changes.anything_new and render:
        before = read_results(out_root)
        names = notebooks or reports.available()
        reports.clean(out_root)
        runs = reports.run_many([(name, {"data": "store"}) for name in names], out_root,
                                workers=workers, progress=bool(progress))
        changes.figures = moved_figures(before, read_results(out_root))
        changes.rendered = True
        changes.failed_runs = [r.describe() for r in runs if not r.ok]
    write(changes, out_root)
    if (out_root / "index.html").exists():
        reports.write_index(out_root)  # its first section is what changed
    return changes

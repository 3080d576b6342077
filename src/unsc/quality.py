"""The quality gate and the data line every report shows.

A notebook takes a ``quality`` parameter: ``"clean"`` (the default) leaves out
the decisions :func:`unsc.validate` finds an error in (:meth:`Dataset.clean`),
``"all"`` keeps everything. :func:`select` loads and gates the data, applies
the notebook's selection, and checks it against where the record begins and
ends; the :class:`Selection` it returns gives the data line (what was used,
its span, how many decisions of the selection were left out and why) and the
entries for ``results.json``, and writes the left-out list to ``left_out.csv``
beside the report.

>>> sel = select("embedded", "clean", body="SC", start="2011", end="2020")
>>> print(sel.line)          # doctest: +SKIP
Data: embedded record #...; 33 Security Council decisions, 2011-02-26 to 2020-07-10. ...

The analytics themselves never gate: they use what they are given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from unsc.model import ALL_SOURCES, BODIES, LEFT_OUT_COLUMNS, Dataset, parse_day

#: The values of a notebook's ``quality`` parameter.
QUALITIES = ("clean", "all")
#: The left-out list written beside ``report.html``.
LEFT_OUT_FILE = "left_out.csv"
BODY_NAMES = {"SC": "Security Council", "HRC": "Human Rights Council", "GA": "General Assembly"}
#: How to get later (or earlier) votes of a body than the data holds.
MORE_DATA = {
    "SC": "`unsc data fetch undl-sc`",
    "GA": "`unsc data fetch undl-ga`",
    "HRC": "`unsc data import` of the OHCHR recorded-votes tables",
}
#: The columns of the left-out list in reports (``left_out.csv``, ``results.json``).
REPORT_COLUMNS = ["decision_id", "body", "date", "rule", "member", "message", "file", "line",
                  "source"]


def gate(ds: Dataset, quality: str = "clean") -> Dataset:
    """``ds`` cleaned (``"clean"``) or as it is (``"all"``); anything else is an error."""
    _check_quality(quality)
    return ds.clean() if quality == "clean" and not ds.cleaned else ds


def load(data: str = "auto", quality: str = "clean") -> Dataset:
    """:func:`unsc.load` ``data``, then :func:`gate` it."""
    import unsc

    _check_quality(quality)  # before loading: a typo should not cost the load
    return gate(unsc.load(data), quality)


def limits(ds: Dataset, body: str | Iterable[str] | None = None, start: object = None,
           end: object = None) -> list[str]:
    """Sentences naming where a requested period goes beyond what ``ds`` holds.

    Parameters
    ----------
    ds
        The data as loaded (before the selection): its span is where the
        record begins and ends, counting the decisions the gate left out.
    body
        The bodies asked for (``None``: every body the data holds).
    start, end
        The period asked for, as :meth:`Dataset.filter` takes it.

    Returns
    -------
    list of str
        E.g. ``"the General Assembly record here ends on 2020-01-14;
        `unsc data fetch undl-ga` for later votes"``; empty when the period is
        inside the record.
    """
    spans = ds.span(by_source=False, left_out=True).set_index("body")
    by_source = ds.span(left_out=True)
    by_source = by_source[by_source.source != ALL_SOURCES]
    if body is None or body == "":
        bodies = [b for b in BODIES if b in spans.index]
    else:
        bodies = [body] if isinstance(body, str) else list(body)
    first_day, last_day = parse_day(start, "start"), parse_day(end, "end")
    notes = []
    for b in bodies:
        name = BODY_NAMES.get(b, b)
        if b not in spans.index:
            notes.append(f"there are no {name} votes here; {MORE_DATA.get(b, 'import them')} "
                         "to add them")
            continue
        first, last = spans.loc[b, "first"], spans.loc[b, "last"]
        if last_day is not None and last_day > last:
            notes.append(f"the {name} record here ends on {last:%Y-%m-%d}; "
                         f"{MORE_DATA[b]} for later votes")
        if first_day is not None and first_day < first:
            notes.append(f"the {name} record here begins on {first:%Y-%m-%d}")
        # A period inside the overall span can still fall between two sources (the embedded
        # record is a selection in blocks): say where the record has nothing, not just "no match".
        lo = max(first_day, first) if first_day is not None else first
        hi = min(last_day, last) if last_day is not None else last
        own = by_source[by_source.body == b]
        if lo <= hi and not ((own["first"] <= hi) & (own["last"] >= lo)).any():
            before = own.loc[own["last"] < lo, "last"].max()
            after = own.loc[own["first"] > hi, "first"].min()
            notes.append(f"the {name} record here holds nothing between {before:%Y-%m-%d} and "
                         f"{after:%Y-%m-%d} (its sources cover "
                         + ", ".join(f"{r.first:%Y-%m-%d} to {r.last:%Y-%m-%d}"
                                     for r in own.sort_values("first").itertuples())
                         + f"); {MORE_DATA[b]} for the votes between")
    return notes


@dataclass(frozen=True)
class Selection:
    """What a report uses: the gated, filtered data and what to say about it.

    Attributes
    ----------
    ds
        The selection the analytics use (gated when ``quality="clean"``).
    what
        The selection in words, for messages (``"body=SC, 2011 to 2020"``).
    quality
        ``"clean"`` or ``"all"``.
    notes
        Where the request goes beyond the record (:func:`limits`).
    flagged
        With ``quality="all"``: the decisions of the selection the gate would
        have left out (:data:`~unsc.model.LEFT_OUT_COLUMNS`); with ``"clean"``
        the same as ``ds.left_out``.
    """

    ds: Dataset
    what: str
    quality: str
    notes: list[str] = field(default_factory=list)
    flagged: pd.DataFrame | None = None

    @property
    def left_out(self) -> pd.DataFrame:
        """The decisions of the selection left out, one row per error (empty with ``"all"``)."""
        return self.ds.left_out

    @property
    def line(self) -> str:
        """The report's data line: data, decisions and span per body, left out, limits."""
        return data_line(self.ds, self.notes, self.flagged)

    def results(self, output_dir: str | Path | None = None) -> dict[str, Any]:
        """Entries for ``results.json``; also writes ``left_out.csv`` to ``output_dir``.

        ``output_dir`` as :func:`unsc.reports.write_results` takes it: nothing
        is written when it is empty.
        """
        write_left_out(self.ds, output_dir)
        return report_entries(self.ds, self.notes, self.quality, self.flagged)


def select(data: str | Dataset = "auto", quality: str = "clean", *,
           body: str | Iterable[str] | None = None, start: object = None, end: object = None,
           topic: str | Iterable[str] | None = None, exclude: str | Iterable[str] | None = None,
           keyword: str | Iterable[str] | None = None, what: str | None = None) -> Selection:
    """Load (or take) the data, gate it, select, and check the selection against the record.

    Parameters
    ----------
    data
        ``"auto"``, ``"embedded"``, ``"store"`` (:func:`unsc.load`), or a
        loaded :class:`Dataset` (gated here unless it already is).
    quality
        ``"clean"``: leave out the decisions with error-severity problems;
        ``"all"``: keep everything (the data line then says how many are
        flagged).
    body, start, end, topic, exclude, keyword
        As :meth:`Dataset.filter` takes them; ``""`` means no criterion
        (``topic`` is a normalised label matched exactly, ``keyword`` free text).
    what
        The selection in words for messages; by default built from the criteria.

    Raises
    ------
    unsc.errors.ParameterError
        A topic no decision has (with the closest ones), a malformed date.
    ValueError
        When nothing matches, saying why: the period is outside the record
        ("the General Assembly record here ends on 2020-01-14; ..."), the gate
        left every match out, or nothing matches at all.
    """
    _check_quality(quality)
    loaded = data if isinstance(data, Dataset) else load(data, quality)
    gated = gate(loaded, quality)
    criteria = {"body": body or None, "start": start or None, "end": end or None,
                "topic": topic or None, "exclude": exclude or None, "keyword": keyword or None}
    chosen = gated.filter(**criteria)
    what = what or _describe(**criteria)
    notes = limits(gated, criteria["body"], criteria["start"], criteria["end"])
    flagged = chosen.left_out if quality == "clean" else chosen.clean().left_out
    if chosen.decisions.empty:
        reason = f"no decisions match {what} in the {gated.origin or 'data'}"
        n_out = chosen.left_out.decision_id.nunique()
        if n_out:
            reason += (f": the quality gate left out all {n_out} that do (errors: "
                       f"{_rule_counts(chosen.left_out)}); quality='all' includes them")
        if notes:
            reason += ": " + "; ".join(notes)
        raise ValueError(reason)
    return Selection(ds=chosen, what=what, quality=quality, notes=notes, flagged=flagged)


def data_line(ds: Dataset, notes: Iterable[str] = (), flagged: pd.DataFrame | None = None) -> str:
    """One paragraph for a report: the data, what it spans, what was left out, its limits.

    Parameters
    ----------
    ds
        The selection used (after :meth:`Dataset.filter`).
    notes
        Limits of the record to state (:func:`limits`).
    flagged
        For an ungated selection, the decisions the gate would leave out
        (to say how many are kept despite errors).
    """
    from unsc.reports import data_version

    spans = ds.span(by_source=False)
    used = "; ".join(
        f"{row.decisions:,} {BODY_NAMES.get(row.body, row.body)} decision"
        f"{'s' if row.decisions != 1 else ''}, {_period(row.first, row.last)}"
        + (f" ({row.decisions - row.complete:,} with a partial roll call: only some members' votes "
           "are known, e.g. a veto list's vetoing members)" if row.complete < row.decisions else "")
        for row in spans.itertuples()) or "no decisions"
    text = f"Data: {data_version(ds)}; {used}. "
    if ds.cleaned:
        n = ds.left_out.decision_id.nunique()
        if n:
            text += (f"Quality gate: {n:,} decision{'s' if n != 1 else ''} of this selection left "
                     f"out for errors the validator found (decisions per rule: "
                     f"{_rule_counts(ds.left_out)}), listed in "
                     f"{LEFT_OUT_FILE}; quality='all' keeps them.")
        else:
            text += "Quality gate: no decision of this selection has an error; none left out."
    else:
        n = flagged.decision_id.nunique() if flagged is not None else None
        text += "Quality: 'all', nothing left out"
        text += (f", including {n:,} decision{'s' if n != 1 else ''} with errors the validator "
                 f"found (decisions per rule: {_rule_counts(flagged)})." if n else ".")
    kept = procedural_kept(ds)
    if kept:
        text += (f" Procedural: {len(kept)} Security Council decision{'s' if len(kept) != 1 else ''} "
                 "adopted over a permanent member's no kept, no error (on a procedural matter a no is "
                 f"no veto; data/curated/procedural.csv): {', '.join(kept)}.")
    notes = list(notes)
    if notes:
        text += " Note: " + "; ".join(notes) + "."
    return text


def procedural_kept(ds: Dataset) -> list[str]:
    """The adopted Security Council decisions of ``ds`` listed as procedural (``procedural.csv``).

    :func:`unsc.validate` reports each one adopted over a permanent member's no as
    ``procedural_no`` (info) rather than ``adopted_with_veto``, so the gate keeps it; the data
    line and ``results.json`` name them, so keeping them is never silent.
    """
    from unsc.validate import procedural_votes

    d = ds.decisions
    adopted = d[(d.body.astype(str) == "SC").to_numpy() & (d.outcome.astype(str) == "adopted").to_numpy()]
    if adopted.empty:
        return []
    listed = set(procedural_votes().index)
    return sorted(set(adopted.decision_id.astype(str)) & listed)


def report_entries(ds: Dataset, notes: Iterable[str] = (), quality: str = "clean",
                   flagged: pd.DataFrame | None = None) -> dict[str, Any]:
    """The entries a report adds to ``results.json`` about its data.

    ``quality``, ``left_out`` (how many decisions of the selection), the
    ``left_out_decisions`` list (:data:`REPORT_COLUMNS`), ``flagged`` (with
    ``"all"``: how many decisions with errors were kept), ``procedural`` (the
    procedural decisions kept although a permanent member voted no, see
    :func:`procedural_kept`), ``span`` (per body
    and source, ISO dates), ``data_notes`` and ``data_line``.
    """
    kept = flagged if not ds.cleaned and flagged is not None else None
    return {
        "quality": quality,
        "left_out": int(ds.left_out.decision_id.nunique()),
        "left_out_decisions": _report_frame(ds.left_out).to_dict(orient="records"),
        "flagged": int(kept.decision_id.nunique()) if kept is not None else 0,
        "procedural": procedural_kept(ds),
        "span": _iso(ds.span()).to_dict(orient="records"),
        "data_notes": list(notes),
        "data_line": data_line(ds, notes, flagged),
    }


def write_left_out(ds: Dataset, output_dir: str | Path | None = None) -> Path | None:
    """Write the selection's left-out list to ``left_out.csv`` (a header only when none).

    Nothing is written without ``output_dir`` (an interactive run must not drop
    files beside the notebook); returns the file written, or ``None``.
    """
    if not output_dir:
        return None
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LEFT_OUT_FILE
    _report_frame(ds.left_out).to_csv(path, index=False)
    return path


def years(ds: Dataset) -> str:
    """The years the data actually covers, for chart titles (``"2011–2020"``, ``"2012"``).

    Titles built from the requested period claim what the data may not hold
    (a "2019–2024" chart of a record that ends in January 2020).
    """
    dates = ds.decisions.date.dropna()
    if dates.empty:
        return "no votes"
    first, last = dates.min().year, dates.max().year
    return str(first) if first == last else f"{first}–{last}"


def _report_frame(left_out: pd.DataFrame) -> pd.DataFrame:
    frame = left_out.reindex(columns=LEFT_OUT_COLUMNS)[REPORT_COLUMNS]
    frame = frame.assign(date=frame.date.dt.strftime("%Y-%m-%d"), body=frame.body.astype("string"))
    return frame.astype(object).where(frame.notna(), None)


def _iso(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(first=frame["first"].dt.strftime("%Y-%m-%d"),
                        last=frame["last"].dt.strftime("%Y-%m-%d"))


def _rule_counts(left_out: pd.DataFrame) -> str:
    """``"adopted_with_veto 40, unanimous_with_dissent 17"``: decisions per rule, most first."""
    counts = left_out.groupby("rule").decision_id.nunique().sort_values(ascending=False,
                                                                        kind="stable")
    return ", ".join(f"{rule} {n}" for rule, n in counts.items())


def _period(first: pd.Timestamp, last: pd.Timestamp) -> str:
    return f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"


def _describe(body: object = None, start: object = None, end: object = None, topic: object = None,
              exclude: object = None, keyword: object = None) -> str:
    parts = [f"body={body}" if isinstance(body, str) else
             f"body={','.join(body)}" if body else "any body",
             f"{start or 'the first vote'} to {end or 'the last'}"]
    if topic:
        parts.append(f"topic {topic!r}")
    if keyword:
        parts.append(f"keyword {keyword!r}")
    if exclude:
        parts.append(f"without {exclude!r}")
    return ", ".join(parts)


def _check_quality(quality: str) -> None:
    from unsc.errors import ParameterError

    if quality not in QUALITIES:
        raise ParameterError(f"quality: {quality!r} is not one of {', '.join(QUALITIES)} "
                             "('clean' leaves out decisions with errors, 'all' keeps them)")


__all__ = ["QUALITIES", "Selection", "data_line", "gate", "limits", "load", "procedural_kept",
           "report_entries", "select", "write_left_out", "years"]


def vote_notes(ds: Dataset, folder: str | Path | None = None) -> pd.DataFrame:
    """The curated notes on single votes of ``ds``'s decisions, for a report.

    ``data/curated/vote_notes.csv`` says where one recorded vote means more (or
    less) than its code: ``suspended`` (a member that could not vote, recorded
    ``absent``) or ``unverified`` (sources disagree). Returns decision_id,
    member, name, vote (as recorded), flag and note, one row per note.
    """
    from unsc import members
    from unsc.sources import curated

    notes = curated.read_vote_notes(folder)
    columns = ["decision_id", "member", "name", "vote", "flag", "note"]
    if notes.empty or ds.votes.empty:
        return pd.DataFrame(columns=columns)
    recorded = ds.votes.assign(decision_id=ds.votes.decision_id.astype(str),
                               member=ds.votes.member.astype(str), vote=ds.votes.vote.astype(str))
    out = notes.astype(object).merge(recorded[["decision_id", "member", "vote"]],
                                     on=["decision_id", "member"], how="inner")
    out["name"] = out.member.map(members.name)
    return out[columns].reset_index(drop=True)

"""Live exploration in Jupyter: :func:`explore` and the :class:`Explorer` behind it.

>>> import unsc
>>> unsc.explore(unsc.load())        # doctest: +SKIP

Pick a body, the first and last day, a topic, members, the alignment measure
and reference; the vote grid, the alignment over time and the roll call of the
decision chosen in the list update. Everything shown is computed by the
package (:meth:`Dataset.filter`, :func:`unsc.reference_series`,
:func:`unsc.lookup.roll_call`, :func:`unsc.plots.vote_grid`,
:func:`unsc.plots.alignment_over_time`); this module only wires widgets to them.

Testable without a browser: :meth:`Explorer.update` recomputes from the
widgets' values and keeps what it computed as attributes (``selection``,
``grid``, ``alignment``, ``roll_call``, ``message``); a test sets widget values
(``ex.body.value = "HRC"``) and reads them. The figures are drawn only when
``draw=True`` (the default) into ``ipywidgets.Output`` areas, as PNG images set
on the widgets themselves (so they show the same in JupyterLab, under papermill
and in a test), and the figures are kept in ``figures``.

A selection that matches nothing, a reference without votes, or a period with
too few shared votes is said in ``message`` (shown above the charts), never an
empty chart without a word.

ipywidgets is imported when an explorer is built, not with ``import unsc``.
"""

from __future__ import annotations

import datetime
from typing import Any

import pandas as pd

from unsc.members import PERMANENT_SEATS
from unsc.model import BODIES, Dataset

#: Decisions the vote grid shows at most (the latest of the selection): a wider grid is unreadable.
GRID_DECISIONS = 30
BODY_NAMES = {"SC": "Security Council", "HRC": "Human Rights Council", "GA": "General Assembly"}


def explore(ds: Dataset, **initial: Any) -> Explorer:
    """An :class:`Explorer` of ``ds``; displayed in Jupyter, it is the live widget panel.

    Parameters
    ----------
    ds
        The data (gate it first: ``unsc.quality.load("auto", "clean")``).
    **initial
        Starting values: ``body``, ``start``, ``end`` (``"2011"``, a date),
        ``topic``, ``members`` (codes), ``measure``, ``reference``, ``min_n``.
    """
    return Explorer(ds, **initial)


class Explorer:
    """The widgets, and the last selection, grid, alignment series and roll call computed.

    Attributes
    ----------
    body, start, end, topic, members, measure, reference, min_n, decision
        The widgets (``ipywidgets``); set their ``value`` to change the view.
    selection
        The filtered :class:`Dataset` (body, period, topic).
    grid
        The member × decision matrix the vote grid draws (the chosen members,
        the latest :data:`GRID_DECISIONS` decisions of the selection).
    alignment
        :func:`unsc.reference_series` of the reference with the chosen
        members, by year (empty when it cannot be computed; see ``message``).
    roll_call
        :class:`unsc.lookup.RollCall` of the chosen decision, or ``None``.
    message
        What stops or limits the view, in words ("" when nothing does).
    """

    def __init__(self, ds: Dataset, *, body: str | None = None, start: object = None,
                 end: object = None, topic: str = "", members: list[str] | tuple[str, ...] | None = None,
                 measure: str = "agreement", reference: str = "RUS", min_n: int | None = None,
                 draw: bool = True) -> None:
        import ipywidgets as w

        from unsc.alignment import MEASURES, MIN_N
        from unsc.model import parse_day

        self.ds = ds
        self.draw = draw
        self.figures: dict[str, Any] = {}
        self.selection: Dataset = ds
        self.grid = pd.DataFrame()
        self.alignment = pd.DataFrame()
        self.roll_call = None
        self.message = ""
        self._busy = False
        self._grid_note = ""
        self._grid_data: Dataset = ds
        present = [b for b in BODIES if b in set(ds.decisions.body.astype(str))]
        if not present:
            raise ValueError("no decisions to explore in this data")
        body = (body or present[0]).upper()
        if body not in present:
            raise ValueError(f"body {body!r} has no decisions here; use one of {present}")
        first, last = ds.decisions.date.min(), ds.decisions.date.max()
        self.body = w.Dropdown(options=[(BODY_NAMES[b], b) for b in present], value=body,
                               description="Body")
        self.start = w.DatePicker(description="From",
                                  value=_day(parse_day(start, "start")) or _day(first))
        self.end = w.DatePicker(description="To", value=_day(parse_day(end, "end")) or _day(last))
        self.topic = w.Combobox(description="Topic", value=topic or "", placeholder="all topics",
                                options=self._topics(), ensure_option=False)
        self.members = w.SelectMultiple(description="Members", rows=8)
        self.measure = w.Dropdown(options=list(MEASURES), value=measure, description="Measure")
        self.reference = w.Dropdown(description="Reference")
        self.min_n = w.BoundedIntText(value=MIN_N if min_n is None else min_n, min=1, max=1000,
                                      description="min n")
        self.decision = w.Dropdown(description="Decision", layout=w.Layout(width="95%"))
        self.status = w.HTML()
        self.grid_out, self.alignment_out, self.roll_call_out = w.Output(), w.Output(), w.Output()
        self._members_for_body(initial=list(members) if members else None, reference=reference)
        for control in (self.body, self.start, self.end, self.topic, self.members, self.measure,
                        self.reference, self.min_n):
            control.observe(self._changed, names="value")
        self.decision.observe(self._decision_changed, names="value")
        self.update()

    # -- the panel ------------------------------------------------------------
    def widget(self):  # noqa: ANN201 - an ipywidgets.VBox
        """The panel: controls, the message, then the three outputs."""
        import ipywidgets as w

        controls = w.HBox([w.VBox([self.body, self.start, self.end, self.topic]),
                           w.VBox([self.members]),
                           w.VBox([self.measure, self.reference, self.min_n])])
        return w.VBox([controls, self.status,
                       w.HTML("<h3>Vote grid</h3>"), self.grid_out,
                       w.HTML("<h3>Alignment over time</h3>"), self.alignment_out,
                       w.HTML("<h3>Roll call</h3>"), self.decision, self.roll_call_out])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget())

    # -- recomputing ----------------------------------------------------------
    def update(self) -> None:
        """Recompute the selection, the grid, the alignment series and the roll call."""
        from unsc import lookup
        from unsc.errors import ParameterError

        self._grid_note = ""
        try:
            self.selection = self.ds.filter(body=self.body.value, start=self.start.value,
                                            end=self.end.value, topic=self.topic.value or None)
        except ParameterError as exc:
            self._nothing(str(exc))
            return
        if self.selection.decisions.empty:
            self._nothing(f"No {BODY_NAMES[self.body.value]} decisions match "
                          f"{self._describe()} in the {self.ds.origin or 'data'}.")
            return
        found = lookup.find_decisions(self.selection)
        chosen = list(self.members.value)
        latest = found.decision_id.astype(str).tail(GRID_DECISIONS).tolist()
        if len(found) > GRID_DECISIONS:
            self._grid_note = f"The grid shows the latest {GRID_DECISIONS} of {len(found)} decisions."
        self._grid_data = self.selection.filter(decisions=latest, members=chosen or None)
        self.grid = self._grid_data.matrix()
        self._busy = True
        try:
            previous = self.decision.value
            options = [(f"{r.date:%Y-%m-%d}  {r.decision_id}  ({r.outcome})  {_cut(r.title, 70)}",
                        str(r.decision_id)) for r in found.iloc[::-1].itertuples()]
            self.decision.options = options
            ids = [v for _, v in options]
            self.decision.value = previous if previous in ids else ids[0]
        finally:
            self._busy = False
        self.roll_call = lookup.roll_call(self.selection, self.decision.value)
        if self.draw:
            self._draw("grid")
            self._draw_roll_call()
        self.update_alignment()

    def update_alignment(self) -> None:
        """Recompute (and redraw) the alignment over time only: the measure, reference or min n changed."""
        if self.roll_call is None:  # nothing selected: _nothing said why
            return
        self.alignment, note = self._alignment(list(self.members.value))
        self.message = " ".join(n for n in (self._grid_note, note) if n)
        self.status.value = f"<p>{_html(self.message)}</p>" if self.message else ""
        if self.draw:
            self._draw("alignment")

    def _alignment(self, chosen: list[str]) -> tuple[pd.DataFrame, str]:
        from unsc.alignment import reference_series

        reference = self.reference.value
        if not reference:
            return pd.DataFrame(), "Choose a reference member for the alignment over time."
        others = [m for m in chosen if m != reference]
        measure = self.measure.value
        try:
            series = reference_series(self.selection, reference, measure=measure,
                                      min_n=int(self.min_n.value), members=others or None,
                                      interval=measure in ("agreement", "s_score"))
        except (KeyError, ValueError) as exc:
            text = exc.args[0] if exc.args else str(exc)
            return pd.DataFrame(), f"No alignment over time: {text}."
        note = ""
        if len(series) and series.value.notna().sum() == 0:
            note = (f"No member shares {int(self.min_n.value)} votes with {reference} in any year "
                    f"(at most {int(series.n.max())}); lower min n to see the values.")
        return series, note

    def _nothing(self, message: str) -> None:
        self.selection = self.ds.filter(decisions=[])
        self.grid, self.alignment, self.roll_call = pd.DataFrame(), pd.DataFrame(), None
        self.message = message
        self.status.value = f"<p><b>{_html(message)}</b></p>"
        self._busy = True
        try:
            self.decision.options = []
        finally:
            self._busy = False
        for out in (self.grid_out, self.alignment_out, self.roll_call_out):
            out.outputs = ()

    def _describe(self) -> str:
        topic = f", topic {self.topic.value!r}" if self.topic.value else ""
        return f"{self.start.value or 'the first vote'} to {self.end.value or 'the last'}{topic}"

    def _changed(self, change: dict) -> None:
        if self._busy:
            return
        owner = change.get("owner")
        if owner in (self.measure, self.reference, self.min_n):
            self.update_alignment()  # the selection and grid stay as they are
            return
        if owner is self.body:
            self._members_for_body(initial=None, reference=self.reference.value)
        self.update()

    def _decision_changed(self, change: dict) -> None:
        from unsc import lookup

        if self._busy or not change.get("new"):
            return
        self.roll_call = lookup.roll_call(self.selection, change["new"])
        if self.draw:
            self._draw_roll_call()

    def _members_for_body(self, initial: list[str] | None, reference: str) -> None:
        """Member choices for the body (everyone with a vote there), the P5 chosen by default."""
        from unsc import members as members_mod
        from unsc.members import member_code

        table = members_mod.table().set_index("member")  # looked up once, not per member
        names, seat = table.name.astype(str), table.seat.dropna().astype(str)

        def label(code: str) -> str:
            return f"{names.get(code, code)} ({code})"

        in_body = self.ds.filter(body=self.body.value)
        present = sorted(in_body.votes.member.cat.remove_unused_categories().cat.categories
                         .astype(str), key=label)
        # The reference is a seat, as reference_series(by_seat=True) reads it (SUN is RUS).
        seated = sorted({seat.get(m, m) for m in present}, key=label)
        self._busy = True
        try:
            self.members.options = [(label(m), m) for m in present]
            wanted = [member_code(m, "members: ") for m in initial] if initial else \
                [m for m in PERMANENT_SEATS if m in present]
            self.members.value = tuple(m for m in wanted if m in present)
            self.reference.options = [(label(m), m) for m in seated]
            self.reference.value = reference if reference in seated else \
                (seated[0] if seated else None)
            self.topic.options = self._topics()
        finally:
            self._busy = False

    def _topics(self) -> list[str]:
        d = self.ds.decisions
        if hasattr(self, "body"):
            d = d[(d.body.astype(str) == self.body.value).to_numpy()]
        return sorted(d.topic.dropna().astype(str).unique())

    # -- drawing ----------------------------------------------------------------
    def _draw(self, which: str) -> None:
        import io

        import matplotlib.pyplot as plt
        from IPython.display import Image

        from unsc import plots

        for key, out, make in (
            ("grid", self.grid_out, lambda: plots.vote_grid(self._grid_data, max_members=200)),
            ("alignment", self.alignment_out,
             lambda: plots.alignment_over_time(self.alignment, highlight=list(self.members.value))
             if len(self.alignment) else None),
        ):
            if key != which:
                continue
            # Outputs set on the widget itself (not captured with `with out:`, which needs a
            # browser to route the messages): the same in JupyterLab, under papermill and in tests.
            out.outputs = ()
            fig = make()
            self.figures[key] = fig
            if fig is not None:
                buffer = io.BytesIO()
                fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
                plt.close(fig)
                out.append_display_data(Image(data=buffer.getvalue(), format="png"))

    def _draw_roll_call(self) -> None:
        from IPython.display import HTML

        self.roll_call_out.outputs = ()
        if self.roll_call is not None:
            self.roll_call_out.append_display_data(HTML(roll_call_html(self.roll_call)))


def roll_call_html(rc) -> str:  # noqa: ANN001 - a unsc.lookup.RollCall
    """A roll call as a small HTML block: the decision, then one line per vote group."""
    from unsc.lookup import ROLL_CALL_GROUPS, tally_text

    d = rc.decision
    head = (f"<p><b>{_html(rc.decision_id)}</b>, {d['date']:%d %B %Y}: "
            f"{_html(d.get('title'))}<br>Outcome: {_html(d.get('outcome'))}; tally (yes-no-abstain) "
            f"{tally_text(rc.official or rc.counted)}; meeting {_html(d.get('meeting'))}; "
            f"source {_html(d.get('source'))}</p>")
    rows = []
    for group in ROLL_CALL_GROUPS:
        members = rc.group(group)
        if group == "not recorded" and not rc.membership_known:
            rows.append("<li>not recorded: membership that day unknown here</li>")
            continue
        names = ", ".join(f"{_html(r.name)} ({r.member})" + (" <b>veto</b>" if r.veto else "")
                          for r in members.itertuples()) or "none"
        rows.append(f"<li>{group} ({len(members)}): {names}</li>")
    return head + "<ul>" + "".join(rows) + "</ul>"


def _day(value: object) -> datetime.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _cut(text: object, width: int) -> str:
    text = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _html(value: object) -> str:
    import html

    return "–" if value is None or (not isinstance(value, str) and pd.isna(value)) \
        else html.escape(str(value))


__all__ = ["GRID_DECISIONS", "Explorer", "explore", "roll_call_html"]

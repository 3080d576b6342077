"""Charts: each function takes tidy frames or a Dataset and returns a matplotlib Figure.

Colours come from the Okabe–Ito palette (safe for the common forms of colour
blindness); cells also carry a letter so the charts read in greyscale.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import PatchCollection
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from unsc import members as members_mod
from unsc.model import VOTE_CODES, Dataset

#: Okabe & Ito (2008) colours, named.
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}
#: A qualitative cycle for lines (members, series).
SERIES_COLOURS = [OKABE_ITO[k] for k in
                  ("blue", "vermillion", "green", "orange", "purple", "sky_blue", "yellow", "black")]


#: What a vote-grid cell can show: the four votes, then two kinds of blank that must not be
#: confused (a state that did not sit in the body that day, and one that sat but whose
#: vote the record does not hold, such as a member left out of a partial roll call).
CELL_KINDS = ("yes", "abstain", "no", "absent", "not a member", "no record")
CELL_COLOURS = {
    "yes": OKABE_ITO["blue"], "abstain": OKABE_ITO["yellow"], "no": OKABE_ITO["vermillion"],
    "absent": "#BBBBBB", "not a member": "#FFFFFF", "no record": "#F4F4F4",
}
CELL_LETTERS = {"yes": "Y", "abstain": "A", "no": "N", "absent": "–", "not a member": "",
                "no record": "?"}
CELL_HELP = {
    "absent": "absent (a member that did not vote)",
    "not a member": "not a member (did not sit in the body)",
    "no record": "no record (the data hold no vote)",
}
_NOT_MEMBER, _NO_RECORD = CELL_KINDS.index("not a member"), CELL_KINDS.index("no record")
#: Kept for callers of the first version: the vote colours, and ``none`` for a blank cell.
VOTE_COLOURS = {**{c: CELL_COLOURS[c] for c in VOTE_CODES}, "none": "#FFFFFF"}
VOTE_LETTERS = {c: CELL_LETTERS[c] for c in VOTE_CODES}


def member_label(code: str) -> str:
    """A readable label for a member code (``RUS`` → ``Russian Federation``)."""
    return members_mod.name(code)


def _permanent() -> set[str]:
    """Codes drawn as permanent members: every holder of a seat, and the seat codes."""
    t = members_mod.table()
    return set(t.query("permanent").member.astype(str)) | set(members_mod.PERMANENT_SEATS)


def _member_order(ds: Dataset, rows: pd.Index) -> list[str]:
    permanent = _permanent()
    return sorted(rows, key=lambda m: (m not in permanent, member_label(m)))


def cell_kinds(ds: Dataset, codes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Member × decision grid of :data:`CELL_KINDS` indices (0 yes … 5 no record).

    A member without a vote row is ``not a member`` only where ``ds.terms``
    show who sat in that body on that day (enough terms cover the date to fill
    every seat) and the member held no term then; a member that did sit, or a
    day the terms do not cover, is ``no record``: the record does not say, so
    the chart must not suggest it was not a member.

    Parameters
    ----------
    ds
        The decisions and votes (and ``terms``) drawn.
    codes
        ``ds.matrix(codes=True)``, when already computed (rows may be reordered).
    """
    from unsc.validate import BODY_SIZE, ENLARGEMENT, SIZE_BEFORE_1966, SIZE_FROM_1966

    codes = ds.matrix(codes=True) if codes is None else codes
    grid = codes.to_numpy().astype(np.int8)
    missing = grid < 0
    grid[missing] = _NO_RECORD
    if not missing.any() or ds.terms.empty:
        return pd.DataFrame(grid, index=codes.index, columns=codes.columns)
    dec = ds.decisions.drop_duplicates("decision_id")
    dec = dec.set_index(dec.decision_id.astype(str)).loc[codes.columns.astype(str)]
    terms = ds.terms
    term_member = terms.member.astype(str)
    if ds.seated:  # the grid's rows are seats (RUS for the USSR too): so are the terms'
        seats = ds.members.dropna(subset=["seat"])
        term_member = term_member.replace(dict(zip(seats.member.astype(str), seats.seat.astype(str),
                                                   strict=True)))
    row_of = pd.Index(codes.index.astype(str))
    dates = dec.date.to_numpy(dtype="datetime64[ns]")
    body = dec.body.astype(str).to_numpy()
    starts = terms.start.to_numpy(dtype="datetime64[ns]")
    ends = terms.end.fillna(pd.Timestamp.max).to_numpy(dtype="datetime64[ns]")
    for b in np.unique(body):
        cols = np.flatnonzero(body == b)
        in_body = (terms.body.astype(str) == b).to_numpy()
        if not in_body.any():
            continue
        # terms × days of this body: a few hundred by a few hundred at most (a grid is small).
        covers = (starts[in_body, None] <= dates[None, cols]) & (dates[None, cols] <= ends[in_body, None])
        needed = BODY_SIZE.get(b)
        if needed is None:
            needed = np.where(dates[cols] < ENLARGEMENT.to_datetime64(), SIZE_BEFORE_1966, SIZE_FROM_1966)
        known = covers.sum(axis=0) >= needed
        rows = row_of.get_indexer(term_member[in_body].to_numpy())
        sat = np.zeros((len(row_of), len(cols)), dtype=bool)
        ok = rows >= 0
        np.logical_or.at(sat, rows[ok], covers[ok])
        sub = grid[:, cols]
        sub[missing[:, cols] & ~sat & known[None, :]] = _NOT_MEMBER
        grid[:, cols] = sub
    return pd.DataFrame(grid, index=codes.index, columns=codes.columns)


def vote_grid(
    ds: Dataset,
    title: str | None = None,
    annotate: bool = True,
    max_members: int = 60,
) -> Figure:
    """Members × decisions grid coloured by vote; permanent members and vetoes marked.

    Parameters
    ----------
    ds
        The decisions and votes to draw (filter first: one body, a few dozen decisions).
    title
        Figure title; a default names the body and date span.
    annotate
        Write the vote letter in each cell (Y, A, N, –, ? for no record) so the
        chart reads without colour.
    max_members
        Refuse to draw more rows than this (a 193-member grid is unreadable);
        filter members first.

    Returns
    -------
    matplotlib.figure.Figure
        Permanent members are listed first in bold. Every cell kind of
        :data:`CELL_KINDS` has a legend entry, whether or not it occurs, so a
        blank cell is never left to the reader's guess: white is ``not a
        member`` (per ``ds.terms``), hatched grey with ``?`` is ``no record``.
        A veto (a permanent member's no on a vetoed draft) is a thick black
        frame and a bold ``N``, and the draft's label says ``VETOED``.
    """
    if ds.decisions.empty:
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "No decisions match this selection", ha="center", va="center")
        return fig
    codes = ds.matrix(codes=True)
    order = _member_order(ds, codes.index)
    if len(order) > max_members:
        raise ValueError(f"{len(order)} members is too many for a readable grid (max_members="
                         f"{max_members}); filter members first")
    kinds = cell_kinds(ds, codes.loc[order])
    dec = ds.decisions.drop_duplicates("decision_id")
    dec = dec.set_index(dec.decision_id.astype(str)).loc[kinds.columns.astype(str)]
    grid = kinds.to_numpy()
    n_rows, n_cols = grid.shape
    cmap = ListedColormap([CELL_COLOURS[c] for c in CELL_KINDS])
    # Room for the longest member name and the legend, however few the columns.
    longest = max(len(member_label(m)) for m in order)
    width = min(max(4.2 + 0.55 * n_cols + 0.06 * longest, 8.0), 18)
    height = min(max(1.9 + 0.26 * n_rows, 3.6), 22)
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=len(CELL_KINDS) - 1, aspect="auto",
              interpolation="nearest")
    vetoed = (dec.body.astype(str) == "SC").to_numpy() & (dec.outcome.astype(str) == "vetoed").to_numpy()
    labels = [f"{d}\n{t:%d %b %Y}" + ("\nVETOED" if v else "")
              for d, t, v in zip(kinds.columns, dec.date, vetoed, strict=True)]
    ax.set_xticks(range(n_cols), labels, rotation=90, fontsize=7)
    for tick, v in zip(ax.get_xticklabels(), vetoed, strict=True):
        if v:
            tick.set_fontweight("bold")
    permanent = _permanent()
    ax.set_yticks(range(n_rows), [member_label(m) for m in order], fontsize=8)
    for tick, m in zip(ax.get_yticklabels(), order, strict=True):
        if m in permanent:
            tick.set_fontweight("bold")
    ax.set_xticks(np.arange(-0.5, n_cols), minor=True)
    ax.set_yticks(np.arange(-0.5, n_rows), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    # No-record cells are hatched, so they differ from "not a member" in greyscale too.
    rec_i, rec_j = np.nonzero(grid == _NO_RECORD)
    if len(rec_i):
        ax.add_collection(PatchCollection(
            [Rectangle((j - 0.5, i - 0.5), 1, 1) for i, j in zip(rec_i, rec_j, strict=True)],
            facecolor="none", edgecolor="#999999", hatch="...", lw=0, zorder=1.5))
    is_permanent = np.array([m in permanent for m in order])
    veto_i, veto_j = np.nonzero(is_permanent[:, None] & vetoed[None, :] & (grid == CELL_KINDS.index("no")))
    if annotate:
        for i, j in zip(*np.nonzero(grid != _NOT_MEMBER), strict=True):
            kind = CELL_KINDS[grid[i, j]]
            colour = "white" if kind in ("yes", "no") else "black"
            ax.text(j, i, CELL_LETTERS[kind], ha="center", va="center", fontsize=6.5, color=colour,
                    fontweight="bold" if kind == "no" and vetoed[j] and is_permanent[i] else "normal")
    # Drawn inside the cell (the white grid lines would cover half of a frame on the edge).
    for i, j in zip(veto_i, veto_j, strict=True):
        ax.add_patch(Rectangle((j - 0.40, i - 0.34), 0.80, 0.68, fill=False, lw=2.8, ec="black",
                               zorder=3))
    handles = [Patch(facecolor=CELL_COLOURS[c], edgecolor="#888888", lw=0.6,
                     hatch="..." if c == "no record" else None,
                     label=f"{CELL_LETTERS[c]}  {CELL_HELP.get(c, c)}" if CELL_LETTERS[c]
                     else f"    {CELL_HELP.get(c, c)}")
               for c in CELL_KINDS]
    if len(veto_i):
        handles.append(Patch(facecolor=CELL_COLOURS["no"], edgecolor="black", lw=2.8,
                             label=f"veto ({len(veto_i)}): a permanent member's no on a vetoed draft"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8,
              frameon=False, title="cell", title_fontsize=8, alignment="left")
    if title is None:
        bodies = "/".join(sorted(dec.body.astype(str).unique()))
        title = f"{bodies} votes, {dec.date.min():%b %Y} to {dec.date.max():%b %Y}"
    ax.set_title(title, fontsize=11, loc="left")
    return fig


# -- alignment, blocs, vetoes, ideal points -------------------------------------------------
#: A fixed colour and marker per permanent seat, so a seat looks the same in every chart.
SEAT_STYLE = {
    "USA": (OKABE_ITO["blue"], "o"),
    "GBR": (OKABE_ITO["sky_blue"], "s"),
    "FRA": (OKABE_ITO["purple"], "D"),
    "RUS": (OKABE_ITO["vermillion"], "^"),
    "CHN": (OKABE_ITO["orange"], "v"),
}
#: Colours for other highlighted members and for blocs (after the seats' colours).
_EXTRA_COLOURS = [OKABE_ITO[k] for k in ("green", "black")]
_EXTRA_MARKERS = ["P", "X", "*", "h", "d"]
_BLOC_COLOURS = [OKABE_ITO[k] for k in
                 ("blue", "vermillion", "green", "orange", "purple", "sky_blue", "yellow")]
_OTHER = "#9A9A9A"
#: Sequential, perceptually uniform and readable with colour-vision deficiency.
HEATMAP_CMAP = "cividis"
MEASURE_LABELS = {
    "agreement": "agreement (Lijphart/Voeten)",
    "s_score": "S score (Signorino & Ritter)",
    "kappa": "Cohen's kappa (quadratic weights)",
    "pi": "Scott's pi (quadratic weights)",
}


def _measure_range(measure: str) -> tuple[float, float]:
    return (0.0, 1.0) if measure == "agreement" else (-1.0, 1.0)


def highlight_codes(highlight: str | Iterable[str] | None,
                    present: Iterable[str] = ()) -> list[str] | None:
    """Member codes from a ``highlight`` argument: ``"ISR, usa"`` or a list; ``""`` is none.

    A text (what a notebook parameter holds) is read in any case, and an item
    that is neither in ``present`` nor a member code is refused with the code
    it probably means (:func:`unsc.members.member_code`): a misspelt member is
    an error, not a chart that silently leaves it grey. A list is taken as
    given (code it yourself; members it names that are not in the chart are
    listed under it).

    Returns
    -------
    list of str or None
        ``None`` when nothing was named (the chart's default applies).
    """
    if highlight is None:
        return None
    if not isinstance(highlight, str):
        return list(dict.fromkeys(str(m) for m in highlight)) or None
    known = set(present)
    codes = []
    for item in (m.strip() for m in highlight.split(",")):
        if not item:
            continue
        codes.append(item.upper() if item.upper() in known else members_mod.member_code(item, "highlight: "))
    return list(dict.fromkeys(codes)) or None


def _fitted_range(values: np.ndarray, lo: float, hi: float, step: float = 0.05) -> tuple[float, float]:
    """A colour scale fitted to the values shown, in steps of ``step``, within the measure's range.

    On a whole General Assembly every pair agrees on 0.89 to 1.00 of its votes:
    a 0-to-1 scale paints them all one colour. The colours span what varies
    (at least ``2 * step`` wide); the colour bar says the scale is fitted.
    """
    finite = values[np.isfinite(values)]
    if not len(finite):
        return lo, hi
    vmin = max(lo, np.floor(finite.min() / step) * step)
    vmax = min(hi, np.ceil(finite.max() / step) * step)
    if vmax - vmin < 2 * step:
        mid = (vmax + vmin) / 2
        vmin, vmax = max(lo, mid - step), min(hi, mid + step)
    return float(vmin), float(vmax)


def _scale_label(measure: str, vmin: float, vmax: float, lo: float, hi: float) -> str:
    name = MEASURE_LABELS.get(measure, measure)
    if (vmin, vmax) == (lo, hi):
        return name
    return f"{name}\n(colours fitted to {vmin:.2f}–{vmax:.2f}; full range {lo:g} to {hi:g})"


def _styles(codes: list[str]) -> dict[str, tuple[str, str]]:
    """Colour and marker for each highlighted member: seats fixed, others in turn.

    Other members take green or black with a marker of their own, so up to ten
    of them stay apart (yellow is left out: it vanishes on white).
    """
    out, extra = {}, 0
    for code in codes:
        if code in SEAT_STYLE:
            out[code] = SEAT_STYLE[code]
        else:
            out[code] = (_EXTRA_COLOURS[extra % len(_EXTRA_COLOURS)],
                         _EXTRA_MARKERS[(extra // len(_EXTRA_COLOURS)) % len(_EXTRA_MARKERS)])
            extra += 1
    return out


def _highlighted_lines(
    ax,  # noqa: ANN001 - a matplotlib Axes
    data: pd.DataFrame,
    value: str,
    highlight: list[str],
    labels: list[str] | None,
    band: tuple[str, str] | None = None,
    markers: bool = True,
) -> list[str]:
    """Draw every member of ``data`` as a line: the rest thin and grey, ``highlight`` in colour.

    The one way the line charts (alignment over time, coincidence, ideal-point
    paths) show many members: grey context lines first, then each highlighted
    member in its colour and marker, with its band (``band``: the columns of
    its lower and upper bound) and its name both in the legend and at the end
    of its line. Members with identical values are dodged sideways a little,
    so that a line under another stays visible. A period without a value is a
    gap, never a straight segment.

    Parameters
    ----------
    ax
        Where to draw.
    data
        Columns ``member``, ``x`` (the period's position) and ``value``
        (and the ``band`` columns).
    value
        The column drawn.
    highlight
        Members drawn in colour (those absent from ``data`` are skipped).
    labels
        Tick labels of a categorical period axis (see :func:`_period_axis`).
    band
        ``(low, high)`` column names, or ``None`` for no band.
    markers
        Mark each period's value (off for long series).

    Returns
    -------
    list of str
        The members drawn grey.
    """
    x_all = data.x.to_numpy(dtype=float)
    present = sorted(data.member.unique(), key=member_label)
    highlight = [m for m in highlight if m in present]
    others = [m for m in present if m not in highlight]
    if others:
        ax.plot([], [], color=_OTHER, lw=0.7, label=f"other members ({len(others)})")
    thin = {"color": _OTHER, "lw": 0.7, "alpha": 0.5, "zorder": 1}
    for m in others:
        rows = _with_gaps(data[data.member == m], x_all, labels)
        ax.plot(rows.x, rows[value], marker="." if markers else None, ms=2.5, **thin)
    styles = _styles(highlight)
    spacing = np.min(np.diff(np.unique(x_all))) if len(np.unique(x_all)) > 1 else 1.0
    ends = []
    for k, m in enumerate(highlight):
        rows = _with_gaps(data[data.member == m], x_all, labels)
        colour, marker = styles[m]
        dodge = (k - (len(highlight) - 1) / 2) * 0.06 * spacing
        if band is not None and rows[band[0]].notna().any():
            ax.fill_between(rows.x + dodge, rows[band[0]], rows[band[1]], color=colour, alpha=0.15,
                            lw=0, zorder=2)
        ax.plot(rows.x + dodge, rows[value], color=colour, marker=marker if markers else None, lw=1.8,
                ms=5, zorder=3, label=member_label(m))
        last = rows.dropna(subset=[value]).tail(1)
        if len(last):
            ends.append((m, float(last.x.iloc[0]) + dodge, float(last[value].iloc[0]), colour,
                         float(last.x.iloc[0])))
    _label_line_ends(ax, ends)
    return others


def _label_line_ends(ax, ends: list[tuple[str, float, float, str, float]],  # noqa: ANN001
                     fontsize: float = 8) -> None:
    """Name each highlighted line at its last point, labels pushed apart so none overlap.

    ``ends`` holds, per line, the member, its last point (x as drawn, dodged),
    its colour and its undodged x. The x axis is widened on the right to make
    room for the longest name; names of lines ending in the last period start
    at one x, right of every end; names are spread vertically so that none
    overlaps another (in points, one pass up and one down), and a name moved
    off its point keeps a thin leader line to it.
    """
    if not ends:
        return
    fig = ax.figure
    notes = [ax.annotate(member_label(m), (x, y), xytext=(6, 0), textcoords="offset points",
                         fontsize=fontsize, color=colour, va="center", ha="left", fontweight="bold",
                         annotation_clip=False) for m, x, y, colour, _ in ends]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    widest = max(n.get_window_extent(renderer).width for n in notes)
    left, right = ax.get_xlim()
    axes_px = ax.get_window_extent(renderer).width
    room = (widest + 10) / max(axes_px - widest - 10, 1.0)
    ax.set_xlim(left, right + room * (right - left))
    fig.canvas.draw()
    gap = fontsize * 1.45  # points between label centres (a line of text is about 1.2 of its size)
    px = fig.dpi / 72
    at = np.array([ax.transData.transform((x, y)) for _, x, y, _, _ in ends])
    # One stack over all labels, bottom to top: a label is never closer than ``gap`` to the
    # one below it (so no two overlap, wherever their lines end), and the stack stays
    # inside the plot.
    idx = np.argsort(at[:, 1], kind="stable")
    want = at[idx, 1] / px
    box = ax.get_window_extent(renderer)
    bottom, top = box.y0 / px + gap / 2, box.y1 / px - gap / 2
    placed = want.copy()
    placed[0] = max(placed[0], bottom)
    for k in range(1, len(placed)):  # push up from the bottom ...
        placed[k] = max(placed[k], placed[k - 1] + gap)
    placed[-1] = min(placed[-1], max(top, bottom + gap * (len(placed) - 1)))
    for k in range(len(placed) - 2, -1, -1):  # ... and down from the top, inside the plot
        placed[k] = min(placed[k], placed[k + 1] - gap)
    # Names of lines that end in the last column start at one x, right of every line's end
    # (dodged lines end a little apart, and a name must not sit on a neighbour's marker).
    final = max(e[4] for e in ends)
    last = max(at[i, 0] for i, e in enumerate(ends) if e[4] == final)
    for k, i in enumerate(idx):
        shift = placed[k] - want[k]
        dx = 6 + ((last - at[i, 0]) / px if ends[i][4] == final else 0.0)
        if abs(shift) <= gap / 2 and dx <= 10:
            notes[i].set_position((dx, shift))
            continue
        # Moved away from its point: a new label with a thin leader line back to it.
        m, x, y, colour, _ = ends[i]
        notes[i].remove()
        notes[i] = ax.annotate(member_label(m), (x, y), xytext=(max(dx, 10), shift),
                               textcoords="offset points", fontsize=fontsize, color=colour,
                               va="center", ha="left", fontweight="bold", annotation_clip=False,
                               arrowprops={"arrowstyle": "-", "color": colour, "lw": 0.6,
                                           "shrinkA": 0, "shrinkB": 2, "relpos": (0, 0.5)})


def _period_axis(values: pd.Series) -> tuple[np.ndarray, list[str] | None]:
    """x positions for a ``period`` column, and tick labels when it is categorical."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), [str(c) for c in values.cat.categories]
    return values.to_numpy(dtype=float), None


def _with_gaps(rows: pd.DataFrame, x_all: np.ndarray, labels: list[str] | None) -> pd.DataFrame:
    """``rows`` (one member's line, column ``x``) with a blank row for every period it lacks.

    Matplotlib breaks a line at a missing value, so a year without data shows
    as a gap instead of a straight segment that suggests a trend.
    """
    if labels is not None:
        full = np.arange(len(labels))
    elif len(x_all) and np.allclose(x_all, np.round(x_all)):
        full = np.arange(int(np.nanmin(x_all)), int(np.nanmax(x_all)) + 1)
    else:
        full = np.unique(x_all)
    rows = rows.drop_duplicates("x").set_index("x").sort_index()
    return rows.reindex(np.union1d(full, rows.index.to_numpy())).rename_axis("x").reset_index()


def _period_name(frame: pd.DataFrame) -> str:
    period = frame.attrs.get("period", "period")
    if isinstance(period, int):
        return f"{period}-year window ending in"
    return str(period) if period else "period"


def _set_period_ticks(ax, labels: list[str] | None, name: str = "period",  # noqa: ANN001
                      x: np.ndarray | None = None) -> None:
    """Ticks on the periods that exist: a label widened for line-end names gets no empty year."""
    if labels is not None:
        step = max(1, len(labels) // 20)
        ax.set_xticks(range(0, len(labels), step), labels[::step],
                      rotation=90 if len(labels) > 12 else 0, fontsize=8)
    elif x is not None and len(x) and np.allclose(x, np.round(x)):
        first, last = int(np.nanmin(x)), int(np.nanmax(x))
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50) if (last - first) / s <= 16)
        ticks = [t for t in range(first - first % step, last + 1, step) if t >= first]
        ax.set_xticks(ticks, [str(t) for t in ticks], fontsize=8)
    else:
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(name)


def alignment_over_time(
    series: pd.DataFrame,
    highlight: str | Iterable[str] | None = None,
    kind: str = "lines",
    title: str | None = None,
    max_lines: int = 8,
) -> Figure:
    """Every member's alignment with a reference member, period by period.

    Parameters
    ----------
    series
        Output of :func:`unsc.reference_series`.
    highlight
        Members drawn in colour and named, as a list or a comma-separated
        text (``"ISR,GBR"``); default (``None`` or ``""``): the other
        permanent seats, or every member when there are at most
        ``max_lines``. The rest are thin grey lines (context: elected members
        come and go). A named member without a value in ``series`` is said so
        under the chart.
    kind
        ``"lines"`` or ``"grid"`` (members × periods, coloured by value, every
        member named: better when many elected members rotate through).
    title
        Figure title; a default names the reference and the measure.
    max_lines
        With no ``highlight``, colour everyone when there are this few members.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if kind not in ("lines", "grid"):
        raise ValueError(f"kind must be 'lines' or 'grid', not {kind!r}")
    reference = series.attrs.get("reference") or (
        str(series.reference.iloc[0]) if len(series) else "?")
    measure = series.attrs.get("measure", "agreement")
    lo, hi = _measure_range(measure)
    data = series.assign(member=series.member.astype(str))
    present = sorted(data.member.unique(), key=member_label)
    named = highlight_codes(highlight, present)
    if named is None:
        named = present if len(present) <= max_lines else [
            s for s in SEAT_STYLE if s in present and s != reference]
    missing = [m for m in named if m not in present]
    highlight = [m for m in named if m in present]
    if title is None:
        title = f"Alignment with {member_label(reference)}: {MEASURE_LABELS.get(measure, measure)}"
    if data.empty:
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "No shared votes in this selection", ha="center", va="center")
        return fig
    if kind == "grid":
        return _alignment_grid(data, highlight, title, measure, lo, hi)
    x_all, labels = _period_axis(data.period)
    data = data.assign(x=x_all)
    fig, ax = plt.subplots(figsize=(9.5, 5), layout="constrained")
    ax.set_ylim(lo - 0.03 * (hi - lo), hi + 0.03 * (hi - lo))
    _set_period_ticks(ax, labels, _period_name(series), x_all)
    _highlighted_lines(ax, data, "value", highlight, labels, markers=data.x.nunique() <= 40)
    if data.value.notna().sum() == 0:  # say why the chart is empty rather than leave it blank
        ax.text(0.5, 0.5, f"No pair reaches min_n = {series.attrs.get('min_n', '?')} shared "
                f"votes in any period (at most {int(data.n.max())});\npass a lower min_n to "
                "reference_series, or use longer periods", transform=ax.transAxes,
                ha="center", va="center", fontsize=9, color="black")
    ax.set_ylabel(MEASURE_LABELS.get(measure, measure))
    ax.grid(axis="y", color="#DDDDDD", lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11, loc="left")
    _say_missing(fig, missing, f"no value of alignment with {member_label(reference)} in this selection")
    return fig


def _say_missing(fig: Figure, missing: list[str], why: str) -> None:
    """A note under the chart naming highlighted members it could not draw."""
    if missing:
        fig.text(0.01, 0.0, "Not drawn (" + why + "): " + ", ".join(member_label(m) for m in missing),
                 fontsize=7, ha="left", va="bottom")


def _alignment_grid(data: pd.DataFrame, highlight: list[str], title: str, measure: str,
                    lo: float, hi: float) -> Figure:
    wide = data.pivot_table(index="member", columns="period", values="value", observed=True,
                            dropna=False, aggfunc="first")
    order = sorted(wide.index, key=lambda m: (m not in highlight, -np.nan_to_num(
        wide.loc[m].mean(), nan=-9), member_label(m)))
    wide = wide.loc[order]
    n_rows, n_cols = wide.shape
    fig, ax = plt.subplots(figsize=(min(3.5 + 0.45 * n_cols, 16), min(1.5 + 0.22 * n_rows, 24)),
                           layout="constrained")
    values = wide.to_numpy(dtype=float)
    vmin, vmax = _fitted_range(values, lo, hi)
    cmap = plt.get_cmap(HEATMAP_CMAP).with_extremes(bad="white")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto",
                      interpolation="nearest")
    ax.set_facecolor("white")
    ax.set_yticks(range(n_rows), [member_label(m) for m in order], fontsize=8)
    for tick, m in zip(ax.get_yticklabels(), order, strict=True):
        if m in highlight:
            tick.set_fontweight("bold")
    ax.set_xticks(range(n_cols), [str(c) for c in wide.columns], rotation=90, fontsize=8)
    if n_rows * n_cols <= 400:
        for i in range(n_rows):
            for j in range(n_cols):
                if np.isfinite(values[i, j]):
                    light = (values[i, j] - vmin) / (vmax - vmin) > 0.6
                    ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=6,
                            color="black" if light else "white")
    fig.colorbar(image, ax=ax, label=_scale_label(measure, vmin, vmax, lo, hi), shrink=0.6)
    ax.set_title(title, fontsize=11, loc="left")
    return fig


def _as_blocs(data, **kwargs):  # noqa: ANN001, ANN202 - Blocs | Dataset | square frame
    from unsc.alignment import Blocs, blocs

    return data if isinstance(data, Blocs) else blocs(data, **kwargs)


def agreement_heatmap(
    data,  # noqa: ANN001 - Blocs, Dataset or square matrix
    title: str | None = None,
    max_labels: int = 70,
    label: list[str] | None = None,
    **blocs_kwargs,
) -> Figure:
    """Clustered heatmap of pairwise alignment, rows and columns in dendrogram order.

    Parameters
    ----------
    data
        A :class:`unsc.alignment.Blocs`, or a ``Dataset`` or square matrix
        passed to :func:`unsc.blocs` with ``blocs_kwargs`` (``n_blocs``,
        ``measure``, ``drop_unanimous``, ...).
    title
        Figure title.
    max_labels
        Name every member up to this many; beyond, name only ``label``
        (default: the permanent seats present), so a 193-member General
        Assembly map stays legible.
    label
        Members to name when there are too many to name all.

    Returns
    -------
    matplotlib.figure.Figure
        A coloured strip on the left shows the blocs.
    """
    b = _as_blocs(data, **blocs_kwargs)
    lo, hi = _measure_range(b.measure)
    n = len(b.order)
    side = min(4.5 + 0.16 * n, 14)
    fig, (strip, ax) = plt.subplots(1, 2, figsize=(side + 1.8, side), layout="constrained",
                                    gridspec_kw={"width_ratios": [max(0.35, 0.025 * n), n]},
                                    sharey=True)
    values = b.matrix.to_numpy(dtype=float)
    # The diagonal (a member with itself) is left out of the colours: it is 1 by definition
    # and would stretch the scale past every pair shown.
    off = values.copy()
    np.fill_diagonal(off, np.nan)
    vmin, vmax = _fitted_range(off, lo, hi)
    cmap = plt.get_cmap(HEATMAP_CMAP).with_extremes(bad="#E6E6E6")
    image = ax.imshow(np.ma.masked_invalid(off), cmap=cmap, vmin=vmin, vmax=vmax,
                      aspect="auto", interpolation="nearest")
    bloc_ids = b.clusters.loc[b.order].to_numpy()
    colours = ListedColormap(_BLOC_COLOURS)
    strip.imshow((bloc_ids - 1)[:, None] % len(_BLOC_COLOURS), cmap=colours, vmin=0,
                 vmax=len(_BLOC_COLOURS) - 1, aspect="auto", interpolation="nearest")
    strip.set_xticks([])
    bounds = np.flatnonzero(np.diff(bloc_ids)) + 0.5
    for pos in bounds:
        ax.axhline(pos, color="white", lw=1.2)
        ax.axvline(pos, color="white", lw=1.2)
    names = [member_label(m) for m in b.order]
    if n <= max_labels:
        size = 8 if n <= 30 else 6
        strip.set_yticks(range(n), names, fontsize=size)
        ax.set_xticks(range(n), names, rotation=90, fontsize=size)
    else:
        wanted = label if label is not None else [s for s in SEAT_STYLE if s in b.order]
        pos, text = _spaced_ticks(sorted(b.order.index(m) for m in set(wanted) if m in b.order),
                                  names, min_gap=max(1, n // 60))
        strip.set_yticks(pos, text, fontsize=8)
        ax.set_xticks(pos, text, rotation=90, fontsize=8)
    if n <= 15:
        for i in range(n):
            for j in range(n):
                if i == j or not np.isfinite(values[i, j]):
                    continue
                light = (values[i, j] - vmin) / (vmax - vmin) > 0.6
                ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="black" if light else "white")
    fig.colorbar(image, ax=ax, label=_scale_label(b.measure, vmin, vmax, lo, hi), shrink=0.6,
                 extend="neither")
    if title is None:
        name = MEASURE_LABELS.get(b.measure, b.measure)
        title = f"{name[0].upper()}{name[1:]}, {n} members, {bloc_ids.max()} blocs"
        if b.dropped:
            title += f" ({len(b.dropped)} without enough shared votes left out)"
    fig.suptitle(title, fontsize=11, x=0.02, ha="left")
    return fig


def _spaced_ticks(pos: list[int], names: list[str], min_gap: int) -> tuple[list[int], list[str]]:
    """Tick positions and labels where rows closer than ``min_gap`` share one label.

    On a 193-member map the United Kingdom and France sit on neighbouring rows:
    two labels there print on top of each other, one ``United Kingdom, France`` reads.
    """
    out_pos: list[int] = []
    out_text: list[str] = []
    for p in pos:
        if out_pos and p - out_pos[-1] < min_gap:
            out_text[-1] += f", {names[p]}"
        else:
            out_pos.append(p)
            out_text.append(names[p])
    return out_pos, out_text


def dendrogram(
    data,  # noqa: ANN001 - Blocs, Dataset or square matrix
    title: str | None = None,
    **blocs_kwargs,
) -> Figure:
    """The bloc tree: members joined in the order they cluster, coloured by bloc.

    Parameters
    ----------
    data
        As for :func:`agreement_heatmap`.
    title
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure
        Leaves are named; branches inside one bloc take its colour (the same
        colours as the heatmap's strip), branches joining blocs are grey.
    """
    from scipy.cluster import hierarchy

    b = _as_blocs(data, **blocs_kwargs)
    n = len(b.order)
    members = b.labels  # the linkage numbers leaves in this order, not the leaf order
    names = [member_label(m) for m in members]
    # Which bloc, if a single one, lies under each node of the tree.
    under: dict[int, set[int]] = {k: {int(b.clusters[m])} for k, m in enumerate(members)}
    for k, (left, right, _, _) in enumerate(b.linkage):
        under[n + k] = under[int(left)] | under[int(right)]

    def colour(node: int) -> str:
        blocs_below = under[node]
        if len(blocs_below) == 1:
            return _BLOC_COLOURS[(next(iter(blocs_below)) - 1) % len(_BLOC_COLOURS)]
        return _OTHER

    height = min(1.5 + 0.2 * n, 24)
    fig, ax = plt.subplots(figsize=(8, height), layout="constrained")
    hierarchy.dendrogram(b.linkage, labels=names, orientation="left", ax=ax,
                         link_color_func=colour, leaf_font_size=8 if n <= 60 else 6)
    ax.invert_yaxis()  # first leaf at the top, as in the heatmap
    ax.set_xlabel(f"1 − {MEASURE_LABELS.get(b.measure, b.measure)} (average linkage)")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.set_title(title or f"Voting blocs, {n} members", fontsize=11, loc="left")
    return fig


def veto_timeline(
    data,  # noqa: ANN001 - Dataset, or the frame of unsc.vetoes.vetoes_by
    title: str | None = None,
    seats: list[str] | None = None,
) -> Figure:
    """Vetoes per year, stacked by permanent seat.

    Parameters
    ----------
    data
        A ``Dataset`` (vetoes counted with :func:`unsc.vetoes.vetoes_by`, by
        seat) or that function's year × seat frame.
    title
        Figure title.
    seats
        Only these seats' vetoes (a member's own vetoes: the others who vetoed
        the same drafts are not stacked on top of them); default every seat.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from unsc.vetoes import vetoes_by

    counts = vetoes_by(data) if isinstance(data, Dataset) else data
    if seats is not None:
        counts = counts.reindex(columns=list(seats), fill_value=0)
    fig, ax = plt.subplots(figsize=(10, 4.5), layout="constrained")
    bottom = np.zeros(len(counts))
    years = counts.index.to_numpy()
    for seat in counts.columns:
        colour = SEAT_STYLE.get(seat, (_OTHER, "o"))[0]
        values = counts[seat].to_numpy()
        ax.bar(years, values, bottom=bottom, color=colour, width=0.85,
               label=f"{member_label(seat)} ({int(values.sum())})", edgecolor="white", lw=0.3)
        bottom += values
    ax.set_ylabel("vetoes")
    if len(years):
        _set_period_ticks(ax, None, "year", years.astype(float))  # every year on a short span
    else:
        ax.set_xlabel("year")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False,
              title="seat (total)", title_fontsize=8)
    if title is None and len(years):
        title = f"Security Council vetoes, {years.min()}–{years.max()}"
    ax.set_title(title or "Security Council vetoes", fontsize=11, loc="left")
    return fig


def ideal_point_strip(
    points: pd.DataFrame,
    highlight: list[str] | None = None,
    title: str | None = None,
    error_bars: bool = True,
) -> Figure:
    """Positions over time: every member as a grey dot, highlighted members as lines.

    Parameters
    ----------
    points
        Output of :func:`unsc.idealpoints.ideal_points`.
    highlight
        Members drawn in colour and named (default: the permanent seats present).
    title
        Figure title.
    error_bars
        Draw ±1 posterior SD for highlighted members (IRT only).

    Returns
    -------
    matplotlib.figure.Figure
        With one period, a horizontal strip; with several, positions against
        the period. Positions are comparable within a period only.
    """
    data = points.assign(member=points.member.astype(str))
    present = set(data.member)
    if highlight is None:
        highlight = [s for s in SEAT_STYLE if s in present]
    highlight = [m for m in highlight if m in present]
    styles = _styles(highlight)
    method = points.attrs.get("method", "")
    x, labels = _period_axis(data.period)
    data = data.assign(x=x)
    n_periods = data.x.nunique()
    rng = np.random.default_rng(0)  # fixed jitter: the same chart every run
    if n_periods <= 1:
        fig, ax = plt.subplots(figsize=(9, 3.2), layout="constrained")
        jitter = rng.uniform(-0.3, 0.3, len(data))
        ax.scatter(data.position, jitter, s=10, color=_OTHER, alpha=0.7, lw=0,
                   label=f"members ({len(data)})")
        for k, m in enumerate(highlight):
            row = data[data.member == m].iloc[0]
            colour, marker = styles[m]
            y = 0.55 + 0.18 * (k % 3)
            if error_bars and np.isfinite(row.se):
                ax.errorbar(row.position, y, xerr=row.se, color=colour, capsize=2, lw=1)
            ax.scatter(row.position, y, color=colour, marker=marker, s=40, zorder=3,
                       label=member_label(m))
            ax.vlines(row.position, -0.35, y, color=colour, lw=0.6, ls=":")
        ax.set_yticks([])
        ax.set_ylim(-0.45, 1.15)
        ax.set_xlabel("position (United States side positive)")
        ax.spines[["top", "right", "left"]].set_visible(False)
    else:
        fig, ax = plt.subplots(figsize=(10, 5), layout="constrained")
        jitter = rng.uniform(-0.15, 0.15, len(data))
        ax.scatter(data.x + jitter, data.position, s=6, color=_OTHER, alpha=0.5, lw=0,
                   label="all members")
        for m in highlight:
            rows = _with_gaps(data[data.member == m], x, labels)
            colour, marker = styles[m]
            # A dotted line: positions are estimated period by period and are not
            # linked across periods, so the line guides the eye, not a trend.
            ax.plot(rows.x, rows.position, color=colour, marker=marker, ms=4, lw=1.0, ls=":",
                    label=member_label(m), zorder=3)
            if error_bars and rows.se.notna().any():
                ax.fill_between(rows.x, rows.position - rows.se, rows.position + rows.se,
                                color=colour, alpha=0.15, lw=0)
        ax.axhline(0, color="#BBBBBB", lw=0.6)
        ax.set_ylabel("position (United States side positive)")
        _set_period_ticks(ax, labels, _period_name(points))
        ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    if title is None:
        how = {"irt": "ordinal IRT", "pca": "first principal component"}.get(method, method)
        title = f"Ideal points ({how}); comparable within a period only"
    ax.set_title(title, fontsize=11, loc="left")
    return fig


_BODY_NAMES = {"SC": "Security Council", "HRC": "Human Rights Council", "GA": "General Assembly"}
_OUTCOME_MARKERS = {"adopted": ("o", OKABE_ITO["blue"]), "vetoed": ("X", OKABE_ITO["vermillion"]),
                    "failed": ("s", "#888888")}


def _stack_labels(extents: np.ndarray, gap: float) -> np.ndarray:
    """Level (0, 1, 2, ...) for each label so that labels on one level never overlap.

    ``extents`` holds each label's left and right edge (display units), in
    the order the labels are placed; a label goes on the lowest level whose
    last label ends ``gap`` before it starts (greedy interval colouring: one
    pass, levels few).
    """
    ends: list[float] = []
    levels = np.zeros(len(extents), dtype=int)
    for k, (left, right) in enumerate(extents):
        for level, end in enumerate(ends):
            if left > end + gap:
                ends[level] = right
                levels[k] = level
                break
        else:
            levels[k] = len(ends)
            ends.append(right)
    return levels


def timeline(ds: Dataset, statements: pd.DataFrame | None = None, title: str | None = None,
             max_levels: int = 8) -> Figure:
    """Votes of every body and quoted statements on one time line.

    One lane per body (marker by outcome: adopted, vetoed, failed) and one
    for statements (labelled by speaker), so what leaders said can be read
    beside what their states voted.

    Parameters
    ----------
    ds
        The decisions to draw (and, by default, their statements).
    statements
        Statements to draw instead of ``ds.statements``.
    title
        Figure title.
    max_levels
        Labels that would overlap are stacked above their lane, on at most
        this many rows; labels that still find no room are left out, and a
        note under the chart says how many (the decisions are still marked).

    Returns
    -------
    matplotlib.figure.Figure
        No two labels overlap: each lane's labels are placed left to right on
        the lowest free row, and lanes are spaced to fit their rows.
    """
    statements = ds.statements if statements is None else statements
    dec = ds.decisions.sort_values(["date", "decision_id"])
    bodies = [b for b in ("SC", "HRC", "GA") if (dec.body == b).any()]
    lanes = bodies + (["statements"] if len(statements) else [])
    if not lanes:
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "Nothing to show in this selection", ha="center", va="center")
        return fig
    fontsize, line = 6.5, 9.0  # points: one row of labels
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.9 * len(lanes)), layout="constrained")
    y = {lane: i for i, lane in enumerate(reversed(lanes))}
    for outcome, (marker, colour) in _OUTCOME_MARKERS.items():
        sub = dec[dec.outcome == outcome]
        if len(sub):
            ax.scatter(sub.date, sub.body.astype(str).map(y), marker=marker, s=70, color=colour,
                       edgecolor="black", linewidth=0.4, label=outcome, zorder=3)
    if len(statements):
        ax.scatter(statements.date, [y["statements"]] * len(statements), marker="D", s=55,
                   color=OKABE_ITO["green"], edgecolor="black", linewidth=0.4, label="statement",
                   zorder=3)
    points = [(str(r.decision_id), r.date, str(r.body)) for r in dec.itertuples()]
    points += [(_speaker_label(r), r.date, "statements") for r in statements.sort_values("date").itertuples()]
    notes = [ax.annotate(text, (date, y[lane]), xytext=(0, 7), textcoords="offset points",
                         fontsize=fontsize, ha="center", va="bottom") for text, date, lane in points]
    ax.set_yticks(list(y.values()), [_BODY_NAMES.get(k, k.capitalize()) for k in y])
    ax.grid(axis="x", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    ax.set_title(title or "Votes and statements", loc="left", fontsize=11)
    # A whole lane's height above the top lane: its labels stack upwards too.
    ax.set_ylim(-0.6, len(lanes))
    # Place the labels where they are measured: draw once, stack each lane's labels
    # in display units, then give every lane the height its rows need.
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    pad = 3 * fig.dpi / 72
    rows = {lane: 0 for lane in lanes}
    hidden = 0
    for lane in lanes:
        mine = [k for k, p in enumerate(points) if p[2] == lane]
        boxes = np.array([[b.x0, b.x1] for b in (notes[k].get_window_extent(renderer) for k in mine)])
        if not len(mine):
            continue
        levels = _stack_labels(boxes, pad)
        for k, level in zip(mine, levels, strict=True):
            if level >= max_levels:
                notes[k].set_visible(False)
                hidden += 1
            else:
                notes[k].set_position((0, 7 + level * line))
        rows[lane] = int(min(levels.max(), max_levels - 1)) + 1
    # A lane's height in points: its marker, then its rows of labels.
    need = max(14 + rows[lane] * line for lane in lanes) + 8
    axes_pts = ax.get_window_extent(renderer).height * 72 / fig.dpi
    spacing = axes_pts / (len(lanes) + 0.6)  # points per lane now
    if need > spacing:
        w, h = fig.get_size_inches()
        fig.set_size_inches(w, min(h + (need - spacing) * len(lanes) / 72, 24))
    if hidden:  # as the x label, so the layout makes room for it under the dates
        ax.set_xlabel(f"{hidden} labels left out where {max_levels} rows were full (every decision "
                      "is marked; the tables list them all).", fontsize=7, loc="left")
    return fig


def pair_shares(frame: pd.DataFrame, highlight: tuple[str, str] | None = None,
                title: str | None = None) -> Figure:
    """Share of identical votes per pair and year, one panel per body.

    Parameters
    ----------
    frame
        The output of :func:`unsc.pairs.same_vote_share` with ``period="year"``.
    highlight
        The pair drawn in colour (``("CHN", "RUS")``); every other pair is grey.

    Returns
    -------
    matplotlib.figure.Figure
        A year without a shared vote is a gap in every line (no segment across
        it), and a panel is as wide as its years need.
    """
    bodies = [b for b in ("SC", "HRC", "GA") if (frame.body == b).any()]
    spans = [frame[frame.body == b].period.astype(int) for b in bodies]
    widths = [max(3.6, 0.2 * (s.max() - s.min() + 1)) for s in spans] or [3.6]
    fig, axes = plt.subplots(1, max(len(bodies), 1), figsize=(min(sum(widths) + 1.5, 18), 3.6),
                             sharey=True, layout="constrained", squeeze=False,
                             gridspec_kw={"width_ratios": widths})
    key = tuple(sorted(highlight)) if highlight else None
    for ax, body in zip(axes[0], bodies, strict=False):
        sub = frame[frame.body == body].assign(year=lambda f: f.period.astype(int))
        every = np.arange(sub.year.min(), sub.year.max() + 1)
        for (a, b), g in sub.groupby(["member_a", "member_b"]):
            g = g.drop_duplicates("year").set_index("year").reindex(every)
            mine = key == (a, b)
            # Other pairs are drawn over the highlighted one so that a pair with
            # the same values stays visible inside the thick line.
            ax.plot(g.index, g.share, marker="o", ms=6 if mine else 2.5,
                    lw=4 if mine else 0.9, color=OKABE_ITO["vermillion"] if mine else "#666666",
                    zorder=2 if mine else 3,
                    label=f"{member_label(a)}–{member_label(b)}" if mine else None)
        ax.set_title(_BODY_NAMES.get(body, body), fontsize=10)
        ax.set_ylim(-0.03, 1.03)
        years = sorted(sub.year.unique())
        # Every year on a short span; on a long record, one tick in 2, 5 or 10.
        step = next(k for k in (1, 2, 5, 10, 20, 50) if (years[-1] - years[0]) / k <= 12)
        shown = [y for y in years if y % step == 0] if step > 1 else years
        ax.set_xticks(shown, [str(y) for y in shown], fontsize=8)
        ax.grid(axis="y", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
    axes[0][0].set_ylabel("share of identical votes")
    handles = [plt.Line2D([], [], color=OKABE_ITO["vermillion"], lw=4,
                          label=f"{member_label(key[0])}–{member_label(key[1])}" if key else "pair"),
               plt.Line2D([], [], color="#666666", lw=0.9, label="other permanent-member pairs")]
    fig.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False, fontsize=8)
    fig.suptitle(title or "How often pairs voted alike", fontsize=11, x=0.01, ha="left")
    return fig


def coincidence(frame: pd.DataFrame, highlight: str | Iterable[str] | None = None,
                title: str | None = None, max_lines: int = 8) -> Figure:
    """Voting coincidence with a reference member, period by period, with its interval.

    Parameters
    ----------
    frame
        Output of :func:`unsc.coincidence`.
    highlight
        Members drawn in colour with their 95 % band (a list or ``"ISR,GBR"``);
        default: every member when there are at most ``max_lines``, else the
        permanent seats present. The rest are thin grey lines.
    title
        Figure title; a default names the reference.

    Where the State Department's definition changes between periods (2017:
    abstentions count half; 2021: absences too) a dotted line marks it, so a
    jump there is not read as a change in behaviour.
    """
    from unsc.coincidence import DEFINITION_LABELS

    reference = frame.attrs.get("reference", "?")
    title = title or f"Voting coincidence with {member_label(reference)} (State Department definitions)"
    data = frame.assign(member=frame.member.astype(str))
    if data.empty or data.share.notna().sum() == 0:
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "No coincidence can be computed for this selection", ha="center",
                va="center")
        return fig
    present = sorted(data.member.unique(), key=member_label)
    named = highlight_codes(highlight, present)
    if named is None:
        named = present if len(present) <= max_lines else [
            m for m in members_mod.PERMANENT_SEATS if m in present]
    missing = [m for m in named if m not in present]
    highlight = [m for m in named if m in present]
    x_all, labels = _period_axis(data.period)
    data = data.assign(x=x_all)
    fig, ax = plt.subplots(figsize=(9.5, 5), layout="constrained")
    ax.set_ylim(-0.03, 1.03)
    _set_period_ticks(ax, labels, _period_name(frame), x_all)
    periods = data.drop_duplicates("x").sort_values("x")
    changes = periods[periods.definition != periods.definition.shift()].iloc[1:]
    for _, row in changes.iterrows():
        ax.axvline(row.x - 0.5, color="black", ls=":", lw=1, zorder=1)
        # Along the line, inside the plot: above the plot runs the title.
        ax.text(row.x - 0.5, 0.5, "definition changes", fontsize=7, va="center", ha="center",
                rotation=90, transform=ax.get_xaxis_transform(), zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1})
    _highlighted_lines(ax, data, "share", highlight, labels, band=("low", "high"),
                       markers=data.x.nunique() <= 40)
    used = [d for d in ("votes_only", "partial_half", "absent_half") if d in set(data.definition)]
    ax.set_ylabel("coincidence (share, 95% interval shaded)")
    ax.grid(axis="y", color="#DDDDDD", lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11, loc="left")
    note = "\n".join(DEFINITION_LABELS[d] for d in used)
    if missing:
        note += "\nNot drawn (no coincidence in this selection): " + ", ".join(map(member_label, missing))
    fig.text(0.01, -0.02, note, fontsize=7, ha="left", va="top")
    return fig


def _mark_seat_changes(ax: plt.Axes, highlight: list[str], x: np.ndarray) -> None:
    """A dotted line where a highlighted permanent seat passed to another member.

    A seat's path joins its holders (``CHN`` is the Republic of China before 25
    October 1971): without the mark a change of government reads as a change of
    policy. Only on a calendar-year axis, where the year is the x value.
    """
    if not len(x):
        return
    table = members_mod.table()
    low, high = np.nanmin(x), np.nanmax(x)
    for code in highlight:
        holders = table[table.seat == code].sort_values("seat_from")
        for before, row in zip(holders.itertuples(), holders.iloc[1:].itertuples(), strict=False):
            year = pd.Timestamp(row.seat_from).year
            if not low < year <= high:
                continue
            ax.axvline(year, color="#555555", lw=0.8, ls=":", zorder=1)
            ax.annotate(f"{year}: {before.name} → {row.name}", (year, 0), xytext=(3, 3),
                        xycoords=("data", "axes fraction"), textcoords="offset points",
                        rotation=90, va="bottom", ha="left", fontsize=7, color="#333333", zorder=5,
                        bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85})


def ideal_point_paths(
    points: pd.DataFrame,
    highlight: str | Iterable[str] | None = None,
    title: str | None = None,
    band: float = 1.96,
    others: bool = True,
) -> Figure:
    """Positions over time on one scale, with uncertainty bands for highlighted members.

    Parameters
    ----------
    points
        Output of ``unsc.ideal_points(ds, method="dynamic", ...)`` (one scale
        for all periods). Per-period estimates (``"irt"``) are drawn too, but
        the title then says that their paths are not comparable over time.
    highlight
        Members drawn in colour with a band and named in the legend and at the
        end of their line (a list or ``"ISR,GBR"``; default: the permanent
        seats present). Codes without a position are named under the chart.
    title
        Figure title.
    band
        Half-width of the band in posterior standard deviations (1.96: a 95 %
        interval under a normal posterior); 0 draws none.
    others
        Draw every other member as a thin grey line behind.

    Returns
    -------
    matplotlib.figure.Figure
        Periods without a position (not a member, too few votes) are gaps.
    """
    data = points.assign(member=points.member.astype(str))
    present = set(data.member)
    named = highlight_codes(highlight, present)
    if named is None:
        named = [s for s in SEAT_STYLE if s in present]
    missing = [m for m in named if m not in present]
    highlight = [m for m in named if m in present]
    x, labels = _period_axis(data.period)
    data = data.assign(x=x)
    if not others:
        data = data[data.member.isin(highlight)]
    with_band = band > 0 and data.se.notna().any()
    if with_band:
        data = data.assign(low=data.position - band * data.se, high=data.position + band * data.se)
    fig, ax = plt.subplots(figsize=(10, 5), layout="constrained")
    ax.axhline(0, color="#BBBBBB", lw=0.6)
    _set_period_ticks(ax, labels, _period_name(points), x)
    _highlighted_lines(ax, data, "position", highlight, labels,
                       band=("low", "high") if with_band else None, markers=False)
    ax.set_ylabel("position (United States side positive)")
    ax.spines[["top", "right"]].set_visible(False)
    if labels is None:
        _mark_seat_changes(ax, highlight, x)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    dynamic = points.attrs.get("method") == "dynamic"
    default = ("Positions over time, one scale for all periods" + (
        f" (bands: ±{band:g} SD)" if band > 0 else "") if dynamic else
        "Positions per period (each period on its own scale: paths are not comparable over time)")
    ax.set_title(title or default, fontsize=11, loc="left")
    _say_missing(fig, missing, "no position in these data")
    return fig


def _speaker_label(r) -> str:  # noqa: ANN001 - a statements row
    """A statement's label: its speaker, else the unnamed speaker's role ("a diplomat"), never "<NA>"."""
    if isinstance(r.speaker, str) and r.speaker:
        return r.speaker
    role = getattr(r, "role", None)
    return f"unnamed {role}" if isinstance(role, str) and role else "unnamed speaker"

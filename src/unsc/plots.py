"""Charts: each function takes tidy frames or a Dataset and returns a matplotlib Figure.

Colours come from the Okabe–Ito palette (safe for the common forms of colour
blindness); cells also carry a letter so the charts read in greyscale.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
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
#: One colour per vote code, plus ``none`` for a member with no row.
VOTE_COLOURS = {
    "yes": OKABE_ITO["blue"], "abstain": OKABE_ITO["yellow"], "no": OKABE_ITO["vermillion"],
    "absent": "#BBBBBB", "none": "#FFFFFF",
}
VOTE_LETTERS = {"yes": "Y", "abstain": "A", "no": "N", "absent": "–"}
#: A qualitative cycle for lines (members, series).
SERIES_COLOURS = [OKABE_ITO[k] for k in
                  ("blue", "vermillion", "green", "orange", "purple", "sky_blue", "yellow", "black")]


def member_label(code: str) -> str:
    """A readable label for a member code (``RUS`` → ``Russian Federation``)."""
    return members_mod.name(code)


def _member_order(ds: Dataset, rows: pd.Index) -> list[str]:
    permanent = set(members_mod.table().query("permanent").member.astype(str))
    return sorted(rows, key=lambda m: (m not in permanent, member_label(m)))


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
        Write the vote letter in each cell (Y, A, N, –) so the chart reads without colour.
    max_members
        Refuse to draw more rows than this (a 193-member grid is unreadable);
        filter members first.

    Returns
    -------
    matplotlib.figure.Figure
        Permanent members are listed first in bold; a black frame marks a
        permanent member's no on a vetoed draft.
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
    codes = codes.loc[order]
    dec = ds.decisions.set_index(ds.decisions.decision_id.astype(str)).loc[codes.columns]
    n_rows, n_cols = codes.shape
    # Map -1 (no row) to index 4 of the colormap.
    grid = np.where(codes.to_numpy() < 0, 4, codes.to_numpy())
    cmap = ListedColormap([VOTE_COLOURS[c] for c in (*VOTE_CODES, "none")])
    # Room for the longest member name and the legend, however few the columns.
    longest = max(len(member_label(m)) for m in order)
    width = min(max(2.8 + 0.55 * n_cols + 0.06 * longest, 7.0), 18)
    height = min(1.6 + 0.26 * n_rows, 22)
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=4, aspect="auto", interpolation="nearest")
    labels = [f"{d}\n{t:%d %b %Y}" for d, t in zip(codes.columns, dec.date, strict=True)]
    ax.set_xticks(range(n_cols), labels, rotation=90, fontsize=7)
    permanent = set(members_mod.table().query("permanent").member.astype(str))
    ax.set_yticks(range(n_rows), [member_label(m) for m in order], fontsize=8)
    for tick, m in zip(ax.get_yticklabels(), order, strict=True):
        if m in permanent:
            tick.set_fontweight("bold")
    ax.set_xticks(np.arange(-0.5, n_cols), minor=True)
    ax.set_yticks(np.arange(-0.5, n_rows), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    vetoed = (dec.body.astype(str) == "SC").to_numpy() & (dec.outcome.astype(str) == "vetoed").to_numpy()
    for i, m in enumerate(order):
        for j in range(n_cols):
            code = grid[i, j]
            if annotate and code < 4:
                letter = VOTE_LETTERS[VOTE_CODES[code]]
                colour = "white" if VOTE_CODES[code] in ("yes", "no") else "black"
                ax.text(j, i, letter, ha="center", va="center", fontsize=6.5, color=colour)
            if vetoed[j] and m in permanent and code == 2:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, lw=2, ec="black"))
    handles = [Patch(color=VOTE_COLOURS[c], label=c) for c in VOTE_CODES]
    handles.append(Patch(facecolor="white", edgecolor="black", lw=2, label="veto"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8,
              frameon=False, title="vote", title_fontsize=8)
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
_EXTRA_COLOURS = [OKABE_ITO[k] for k in ("green", "black", "yellow")]
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


def _styles(codes: list[str]) -> dict[str, tuple[str, str]]:
    """Colour and marker for each highlighted member: seats fixed, others in turn."""
    out, extra = {}, 0
    for code in codes:
        if code in SEAT_STYLE:
            out[code] = SEAT_STYLE[code]
        else:
            out[code] = (_EXTRA_COLOURS[extra % len(_EXTRA_COLOURS)], "P")
            extra += 1
    return out


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


def _set_period_ticks(ax, labels: list[str] | None, name: str = "period") -> None:  # noqa: ANN001
    if labels is not None:
        step = max(1, len(labels) // 20)
        ax.set_xticks(range(0, len(labels), step), labels[::step],
                      rotation=90 if len(labels) > 12 else 0, fontsize=8)
    else:
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(name)


def alignment_over_time(
    series: pd.DataFrame,
    highlight: list[str] | None = None,
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
        Members drawn in colour and named; default: the other permanent seats,
        or every member when there are at most ``max_lines``. The rest are
        thin grey lines (context: elected members come and go).
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
    if highlight is None:
        highlight = present if len(present) <= max_lines else [
            s for s in SEAT_STYLE if s in present and s != reference]
    highlight = [m for m in highlight if m in present]
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
    fig, ax = plt.subplots(figsize=(9, 5), layout="constrained")
    others = [m for m in present if m not in highlight]
    for m in others:
        rows = _with_gaps(data[data.member == m], x_all, labels)
        ax.plot(rows.x, rows.value, color=_OTHER, lw=0.8, alpha=0.6, marker=".", ms=3, zorder=1)
    styles = _styles(highlight)
    # Members that vote alike draw identical lines: dodge them sideways a little
    # so each stays visible.
    spacing = np.min(np.diff(np.unique(x_all))) if len(np.unique(x_all)) > 1 else 1.0
    for k, m in enumerate(highlight):
        rows = _with_gaps(data[data.member == m], x_all, labels)
        colour, marker = styles[m]
        dodge = (k - (len(highlight) - 1) / 2) * 0.06 * spacing
        ax.plot(rows.x + dodge, rows.value, color=colour, marker=marker, lw=1.8, ms=5, zorder=3,
                label=member_label(m))
    if others:
        ax.plot([], [], color=_OTHER, lw=0.8, marker=".", label=f"other members ({len(others)})")
    ax.set_ylim(lo - 0.03 * (hi - lo), hi + 0.03 * (hi - lo))
    if data.value.notna().sum() == 0:  # say why the chart is empty rather than leave it blank
        ax.text(0.5, 0.5, f"No pair reaches min_n = {series.attrs.get('min_n', '?')} shared "
                f"votes in any period (at most {int(data.n.max())});\npass a lower min_n to "
                "reference_series, or use longer periods", transform=ax.transAxes,
                ha="center", va="center", fontsize=9, color="black")
    ax.set_ylabel(MEASURE_LABELS.get(measure, measure))
    _set_period_ticks(ax, labels, _period_name(series))
    ax.grid(axis="y", color="#DDDDDD", lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11, loc="left")
    return fig


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
    image = ax.imshow(np.ma.masked_invalid(wide.to_numpy(dtype=float)), cmap=HEATMAP_CMAP,
                      vmin=lo, vmax=hi, aspect="auto", interpolation="nearest")
    ax.set_facecolor("white")
    ax.set_yticks(range(n_rows), [member_label(m) for m in order], fontsize=8)
    for tick, m in zip(ax.get_yticklabels(), order, strict=True):
        if m in highlight:
            tick.set_fontweight("bold")
    ax.set_xticks(range(n_cols), [str(c) for c in wide.columns], rotation=90, fontsize=8)
    if n_rows * n_cols <= 400:
        values = wide.to_numpy(dtype=float)
        for i in range(n_rows):
            for j in range(n_cols):
                if np.isfinite(values[i, j]):
                    light = (values[i, j] - lo) / (hi - lo) > 0.6
                    ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=6,
                            color="black" if light else "white")
    fig.colorbar(image, ax=ax, label=MEASURE_LABELS.get(measure, measure), shrink=0.6)
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
    image = ax.imshow(b.matrix.to_numpy(dtype=float), cmap=HEATMAP_CMAP, vmin=lo, vmax=hi,
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
        pos = [b.order.index(m) for m in wanted if m in b.order]
        strip.set_yticks(pos, [names[p] for p in pos], fontsize=8)
        ax.set_xticks(pos, [names[p] for p in pos], rotation=90, fontsize=8)
    if n <= 15:
        values = b.matrix.to_numpy(dtype=float)
        for i in range(n):
            for j in range(n):
                light = (values[i, j] - lo) / (hi - lo) > 0.6
                ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="black" if light else "white")
    fig.colorbar(image, ax=ax, label=MEASURE_LABELS.get(b.measure, b.measure), shrink=0.6)
    if title is None:
        name = MEASURE_LABELS.get(b.measure, b.measure)
        title = f"{name[0].upper()}{name[1:]}, {n} members, {bloc_ids.max()} blocs"
        if b.dropped:
            title += f" ({len(b.dropped)} without enough shared votes left out)"
    fig.suptitle(title, fontsize=11, x=0.02, ha="left")
    return fig


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
    ax.set_xlabel("year")
    ax.xaxis.get_major_locator().set_params(integer=True)
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


def timeline(ds: Dataset, statements: pd.DataFrame | None = None, title: str | None = None) -> Figure:
    """Votes of every body and quoted statements on one time line.

    One lane per body (marker by outcome: adopted, vetoed, failed) and one
    for statements (labelled by speaker), so what leaders said can be read
    beside what their states voted.
    """
    statements = ds.statements if statements is None else statements
    dec = ds.decisions.sort_values("date")
    bodies = [b for b in ("SC", "HRC", "GA") if (dec.body == b).any()]
    lanes = bodies + (["statements"] if len(statements) else [])
    fig, ax = plt.subplots(figsize=(11, 1.4 + 0.9 * max(len(lanes), 1)), layout="constrained")
    if not lanes:
        ax.axis("off")
        ax.text(0.5, 0.5, "Nothing to show in this selection", ha="center", va="center")
        return fig
    y = {lane: i for i, lane in enumerate(reversed(lanes))}
    for outcome, (marker, colour) in _OUTCOME_MARKERS.items():
        sub = dec[dec.outcome == outcome]
        if len(sub):
            ax.scatter(sub.date, sub.body.astype(str).map(y), marker=marker, s=70, color=colour,
                       edgecolor="black", linewidth=0.4, label=outcome, zorder=3)
    for _, row in dec.iterrows():
        ax.annotate(str(row.decision_id), (row.date, y[str(row.body)]), xytext=(0, 7),
                    textcoords="offset points", rotation=45, fontsize=6.5, ha="left")
    if len(statements):
        ax.scatter(statements.date, [y["statements"]] * len(statements), marker="D", s=55,
                   color=OKABE_ITO["green"], edgecolor="black", linewidth=0.4, label="statement",
                   zorder=3)
        seen: dict = {}
        for _, row in statements.sort_values("date").iterrows():
            offset = seen.get(row.date, 0)
            seen[row.date] = offset + 1
            ax.annotate(str(row.speaker), (row.date, y["statements"]), xytext=(4, -10 - 9 * offset),
                        textcoords="offset points", fontsize=7)
    ax.set_yticks(list(y.values()), [_BODY_NAMES.get(k, k.capitalize()) for k in y])
    ax.set_ylim(-0.6, len(lanes) - 0.1)
    ax.grid(axis="x", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    ax.set_title(title or "Votes and statements", loc="left", fontsize=11)
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
    """
    bodies = [b for b in ("SC", "HRC", "GA") if (frame.body == b).any()]
    fig, axes = plt.subplots(1, max(len(bodies), 1), figsize=(3.6 * max(len(bodies), 1) + 1.5, 3.6),
                             sharey=True, layout="constrained", squeeze=False)
    key = tuple(sorted(highlight)) if highlight else None
    for ax, body in zip(axes[0], bodies, strict=False):
        sub = frame[frame.body == body].assign(year=lambda f: f.period.astype(int))
        for (a, b), g in sub.groupby(["member_a", "member_b"]):
            g = g.sort_values("year")
            mine = key == (a, b)
            # Other pairs are drawn over the highlighted one so that a pair with
            # the same values stays visible inside the thick line.
            ax.plot(g.year, g.share, marker="o", ms=6 if mine else 2.5,
                    lw=4 if mine else 0.9, color=OKABE_ITO["vermillion"] if mine else "#666666",
                    zorder=2 if mine else 3,
                    label=f"{member_label(a)}–{member_label(b)}" if mine else None)
        ax.set_title(_BODY_NAMES.get(body, body), fontsize=10)
        ax.set_ylim(-0.03, 1.03)
        years = sorted(sub.year.unique())
        ax.set_xticks(years, [str(y) for y in years])
        ax.grid(axis="y", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
    axes[0][0].set_ylabel("share of identical votes")
    handles = [plt.Line2D([], [], color=OKABE_ITO["vermillion"], lw=4,
                          label=f"{member_label(key[0])}–{member_label(key[1])}" if key else "pair"),
               plt.Line2D([], [], color="#666666", lw=0.9, label="other permanent-member pairs")]
    fig.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False, fontsize=8)
    fig.suptitle(title or "How often pairs voted alike", fontsize=11, x=0.01, ha="left")
    return fig


def coincidence(frame: pd.DataFrame, highlight: list[str] | None = None, title: str | None = None,
                max_lines: int = 8) -> Figure:
    """Voting coincidence with a reference member, period by period, with its interval.

    Parameters
    ----------
    frame
        Output of :func:`unsc.coincidence`.
    highlight
        Members drawn in colour with their 95 % band; default: every member
        when there are at most ``max_lines``, else the permanent seats present.
        The rest are thin grey lines.
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
    if highlight is None:
        highlight = present if len(present) <= max_lines else [
            m for m in members_mod.PERMANENT_SEATS if m in present]
    highlight = [m for m in highlight if m in present]
    x_all, labels = _period_axis(data.period)
    data = data.assign(x=x_all)
    fig, ax = plt.subplots(figsize=(9, 5), layout="constrained")
    others = [m for m in present if m not in highlight]
    for m in others:
        rows = _with_gaps(data[data.member == m], x_all, labels)
        ax.plot(rows.x, rows.share, color="#BBBBBB", lw=0.7, alpha=0.6, zorder=1)
    styles = _styles(highlight)
    for m in highlight:
        rows = _with_gaps(data[data.member == m], x_all, labels)
        colour, marker = styles[m]
        ax.fill_between(rows.x, rows.low, rows.high, color=colour, alpha=0.15, lw=0, zorder=2)
        ax.plot(rows.x, rows.share, color=colour, marker=marker, lw=1.8, ms=5, zorder=3,
                label=member_label(m))
    if others:
        ax.plot([], [], color="#BBBBBB", lw=0.7, label=f"other members ({len(others)})")
    periods = data.drop_duplicates("x").sort_values("x")
    changes = periods[periods.definition != periods.definition.shift()].iloc[1:]
    for _, row in changes.iterrows():
        ax.axvline(row.x - 0.5, color="black", ls=":", lw=1)
        ax.text(row.x - 0.45, 1.01, "definition changes", fontsize=7, va="bottom",
                transform=ax.get_xaxis_transform())
    used = [d for d in ("votes_only", "partial_half", "absent_half") if d in set(data.definition)]
    ax.set_ylim(-0.03, 1.03)
    ax.set_ylabel("coincidence (share, 95% interval shaded)")
    _set_period_ticks(ax, labels, _period_name(frame))
    ax.grid(axis="y", color="#DDDDDD", lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11, loc="left")
    fig.text(0.01, -0.02, "\n".join(DEFINITION_LABELS[d] for d in used), fontsize=7, ha="left",
             va="top")
    return fig


def ideal_point_paths(
    points: pd.DataFrame,
    highlight: list[str] | None = None,
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
        Members drawn in colour with a band and named in the legend (default:
        the permanent seats present). Unknown or absent codes are left out.
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
    if highlight is None:
        highlight = [s for s in SEAT_STYLE if s in present]
    highlight = [m for m in highlight if m in present]
    styles = _styles(highlight)
    x, labels = _period_axis(data.period)
    data = data.assign(x=x)
    fig, ax = plt.subplots(figsize=(10, 5), layout="constrained")
    if others:
        for _m, rows in data[~data.member.isin(highlight)].groupby("member", sort=True):
            rows = _with_gaps(rows, x, labels)
            ax.plot(rows.x, rows.position, color=_OTHER, lw=0.5, alpha=0.35, zorder=1)
        ax.plot([], [], color=_OTHER, lw=0.5, label="other members")
    for m in highlight:
        rows = _with_gaps(data[data.member == m], x, labels)
        colour, marker = styles[m]
        if band > 0 and rows.se.notna().any():
            ax.fill_between(rows.x, rows.position - band * rows.se, rows.position + band * rows.se,
                            color=colour, alpha=0.2, lw=0, zorder=2)
        ax.plot(rows.x, rows.position, color=colour, lw=1.8, label=member_label(m), zorder=3)
    ax.axhline(0, color="#BBBBBB", lw=0.6)
    _set_period_ticks(ax, labels, _period_name(points))
    ax.set_ylabel("position (United States side positive)")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    dynamic = points.attrs.get("method") == "dynamic"
    default = ("Positions over time, one scale for all periods" + (
        f" (bands: ±{band:g} SD)" if band > 0 else "") if dynamic else
        "Positions per period (each period on its own scale: paths are not comparable over time)")
    ax.set_title(title or default, fontsize=11, loc="left")
    return fig

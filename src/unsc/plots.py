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
    width = min(2.8 + 0.55 * n_cols, 18)
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

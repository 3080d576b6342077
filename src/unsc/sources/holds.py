"""What each source can hold: the kinds of decision it holds every one of, for the days it spans.

A source that holds no decision matching a vote an article tells of says the
vote did not happen only if it holds *every* decision of that kind, of that
body, on those days. Most sources are complete only for some outcomes:

=============  ======  =====================================================
format         body    holds every ...
=============  ======  =====================================================
``sc-drafts``  SC      draft put to a vote, 1994-2025 (adopted, failed, vetoed)
``undl-sc``    SC      adopted resolution, with a vote or without one
``vetoes``     SC      vetoed draft (nothing adopted, nothing failed)
``hrc``        HRC     text adopted by a recorded vote (no rejected draft,
                       nothing adopted without a vote)
``undl-ga``    GA      resolution adopted by a recorded vote
``unvotes``    GA      recorded vote (adopted or not; nothing adopted
                       without a vote)
``curated``    any     nothing: a selection of a few decisions, complete for no span
=============  ======  =====================================================

Where a source is known to lack some of what it should hold (``gaps``: the
``unvotes`` table has no vote of an emergency special session; the HRC tables
miss some recorded votes), a vote nothing in it fits is one the record cannot
tell of, not one that did not happen.

The kinds (:data:`KINDS`) are what an article can say of a decision's
outcome: ``adopted`` (by a recorded vote), ``failed`` (rejected, not
adopted, no veto), ``vetoed``, and ``no vote`` (adopted without a vote, by
consensus). :func:`format_of` tells which source a decision was read from
(its ``file``), so that linking can tell "no vote in the data matches"
(the record would hold it) from "the record cannot hold it".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: What an article can say a decision's outcome was.
KINDS = ("adopted", "failed", "vetoed", "no vote")
#: The kinds each body's decisions can have (the Assembly and the Council vote by majority: no veto).
BODY_KINDS: dict[str, frozenset[str]] = {
    "SC": frozenset(KINDS),
    "HRC": frozenset({"adopted", "failed", "no vote"}),
    "GA": frozenset({"adopted", "failed", "no vote"}),
}
#: A kind in words, as the thing a source may lack ("a rejected draft is not in it").
KIND_WORDS = {"adopted": "an adopted text", "failed": "a rejected draft", "vetoed": "a vetoed draft",
              "no vote": "a text adopted without a vote"}


@dataclass(frozen=True)
class Holds:
    """What one source holds completely for the days it spans.

    ``kinds`` are the :data:`KINDS` it holds every decision of; ``what`` says
    so in words, for the reasons linking gives; ``selection`` marks a record
    chosen by hand (complete for no span at all).
    """

    bodies: tuple[str, ...]
    kinds: frozenset[str]
    what: str
    #: Its decisions counted: a template of ``n``, the body ``b`` and the plural ``s``.
    items: str = "{n} {b} decision{s}"
    selection: bool = False
    #: What it is known to lack within its span, though meant to hold it ("" when nothing is known).
    gaps: str = ""

    def count(self, n: int, body: str) -> str:
        """``n`` of its decisions of ``body`` in words ("9 selected GA decisions")."""
        return self.items.format(n=n, b=body, s="s" * (n != 1))

    def complete_for(self, body: str, kinds: frozenset[str]) -> bool:
        """Whether the source holds every decision of ``body`` of each of ``kinds``."""
        return not self.selection and body in self.bodies and bool(kinds) and kinds <= self.kinds


#: Per source format: what it holds (see the module docstring).
HOLDS: dict[str, Holds] = {
    "sc-drafts": Holds(("SC",), frozenset({"adopted", "failed", "vetoed"}),
                       "every draft put to a vote (adopted, failed or vetoed)",
                       "{n} {b} draft{s} put to a vote"),
    "undl-sc": Holds(("SC",), frozenset({"adopted", "no vote"}), "adopted resolutions only",
                     "{n} adopted {b} resolution{s}"),
    "vetoes": Holds(("SC",), frozenset({"vetoed"}), "vetoed drafts only", "{n} vetoed {b} draft{s}"),
    "hrc": Holds(("HRC",), frozenset({"adopted"}),
                 "adopted texts and amendments with a recorded vote only", "{n} recorded {b} vote{s}",
                 gaps="some recorded votes on adopted texts are missing from it (such as A/HRC/RES/25/24 and "
                      "25/25 of 28 March 2014)"),
    "undl-ga": Holds(("GA",), frozenset({"adopted"}), "resolutions adopted by a recorded vote only",
                     "{n} recorded {b} vote{s}"),
    "unvotes": Holds(("GA",), frozenset({"adopted", "failed"}), "recorded votes only",
                     "{n} recorded {b} vote{s}",
                     gaps="it lacks the votes of emergency special sessions (such as A/RES/ES-10/15 of "
                          "20 July 2004) and some others (such as the rejected draft A/73/L.42 of "
                          "6 December 2018)"),
    "curated": Holds(("SC", "HRC", "GA"), frozenset(), "a selection of decisions",
                     "{n} selected {b} decision{s}", selection=True),
}
#: A source whose format cannot be told: taken as complete for nothing (its silence proves nothing).
UNKNOWN = Holds(("SC", "HRC", "GA"), frozenset(), "decisions from a source of unknown extent",
                "{n} {b} decision{s} from a source of unknown extent", selection=True)


def holds(fmt: str | None) -> Holds:
    """What the source of format ``fmt`` holds (:data:`UNKNOWN` for ``None`` or an unknown name)."""
    return HOLDS.get(fmt or "", UNKNOWN)


def format_of(file: str | None) -> str | None:
    """The source format of the file a decision was read from (its ``file``), or ``None``.

    The store's manifest names the format of every file it imported; a curated
    folder's decisions are ``decisions*.csv`` beside ``votes.csv``; any other file is sniffed
    from its header (or its folder's tables). ``None`` when none of these tells.
    """
    if not file:
        return None
    from unsc import config

    return _format_of(str(file), str(config.store_dir()))


@lru_cache(maxsize=256)
def _format_of(file: str, store_dir: str) -> str | None:
    from unsc import store
    from unsc.errors import DataFormatError
    from unsc.sources import sniff

    path = Path(file)
    try:
        for entry in store.entries(Path(store_dir)):
            source = Path(entry.get("source", ""))
            if path == source or path.parent == source:
                return str(entry["format"])
    except (OSError, ValueError, KeyError):
        pass  # an unreadable manifest tells nothing: the file itself may
    if path.name.startswith("decisions") and path.suffix == ".csv" and (path.parent / "votes.csv").is_file():
        return "curated"  # decisions.csv, or a block of them (decisions-2022-2024.csv), beside votes.csv
    for candidate in (path, path.parent):
        try:
            return sniff(candidate)
        except (DataFormatError, OSError):
            continue
    return None

"""Rules that check a :class:`~unsc.model.Dataset` and return a problems frame.

Each rule is vectorised over the whole table; every problem names the rule,
the file and line it was read from (when the reader kept provenance), the
decision and the member. Problems are reported, never fixed: a third-party
table's errors stay in the data and show up here.

=====================  =========================================================
rule                   what it finds
=====================  =========================================================
``unknown_vote``       a vote that is not yes, abstain, no or absent
``duplicate_vote``     the same member twice on one decision
``duplicate_decision`` the same ``decision_id`` twice in ``decisions``
``orphan_vote``        a vote on a decision that ``decisions`` lacks
``missing_field``      a decision without body, date or outcome (a missing outcome is a
                       warning: some sources do not record it, e.g. unvotes amendment votes)
``unknown_member``     a member code that is neither ISO 3166 nor a known historic code
``tally_mismatch``     the official tally contradicts the member votes
``adopted_with_veto``  a Security Council decision marked adopted with a permanent member voting no
``procedural_no``      (info) the same, for a decision ``data/curated/procedural.csv`` lists as
                       procedural (Article 27(2): the vote of any nine members, no veto, e.g.
                       S/RES/2623(2022) calling an emergency special session over Russia's no):
                       no error, so the gate keeps it, but reported and counted, with the note
``veto_without_no``    a Security Council decision marked vetoed without a permanent member voting no
``council_size``       a Security Council vote without 15 members (11 before 1966), a Human
                       Rights Council vote without 47
``not_a_member``       a vote by a state not in the body on that date (where ``terms`` covers it)
``symbol_year``        a resolution symbol that contradicts the decision's date: the year of
                       ``S/RES/<n>(<yyyy>)``, or the session of ``A/RES/<session>/<n>`` and
                       ``A/RES/<n>(<session>)`` (session *s* met in 1945+*s* and 1946+*s*)
``missing_veto``       (warning) a veto verified from the record that a third-party veto list
                       lacks, within the span the list covers in the data
                       (:func:`unsc.vetoes.missing_vetoes`, from ``known_errors.csv``): the
                       list's totals are short by it; the message gives the evidence
``missing_vote``       (warning) a recorded vote a third-party table lacks, within its span in the
                       data (``known_errors.csv``, e.g. A/RES/73/8, which unvotes_ga lacks)
``missing_row``        (warning) a member row a third-party table lacks on a vote it holds
                       (``known_errors.csv``: Zimbabwe's yes on A/RES/71/5 in unvotes_ga)
``date_swapped``       (warning) a Security Council resolution dated out of number order (as
                       ``date_order``) whose date with day and month swapped is a real date
                       between its two in-order neighbours: a likely day-month swap, the
                       suggested date and the neighbours named (:func:`date_swaps`); the
                       stored date is kept
``date_order``         (warning) any other Security Council resolution dated out of number
                       order: earlier than both its neighbours or later than both, the
                       neighbours being the nearest resolutions by number whose dates are in
                       order (see :func:`_date_order_rules`)
``approximate_day``    (info) one row per session of a table whose votes are nearly all dated on
                       the 1st to the 7th of a month (:func:`approximate_days`): its days are
                       not the votes' days; the dates are kept
(reader rules)         whatever the reader put in ``Dataset.problems`` (a misspelt name, swapped
                       symbols, a summary that contradicts its rows), with the reader's own rule,
                       and what :func:`unsc.combine` reports (``matched_duplicate``, info)
``source_conflict``    combined sources disagree (``Dataset.conflicts``), both values named
=====================  =========================================================
"""

from __future__ import annotations

import bisect
from typing import Literal

import numpy as np
import pandas as pd

from unsc import members as members_mod
from unsc.errors import ValidationError
from unsc.model import PROBLEM_COLUMNS, Dataset
from unsc.sources._symbols import from_roman, map_unique

SIZE_BEFORE_1966 = 11
SIZE_FROM_1966 = 15
ENLARGEMENT = pd.Timestamp("1966-01-01")
BODY_SIZE = {"SC": None, "HRC": 47}


def validate(ds: Dataset, errors: Literal["return", "raise"] = "return") -> pd.DataFrame:
    """Check ``ds`` and return one row per problem.

    Parameters
    ----------
    ds
        The dataset to check.
    errors
        ``"return"`` (default) returns the frame; ``"raise"`` raises
        :class:`~unsc.errors.ValidationError` when there is any problem.

    Returns
    -------
    pandas.DataFrame
        Columns ``rule, severity, file, row, decision_id, member, message``,
        sorted by file and row.
    """
    votes = ds.votes
    dec = ds.decisions
    vfile = _col(votes, "file")
    vline = _col(votes, "line")
    dfile = _col(dec, "file")
    dline = _col(dec, "line")
    vid = votes.decision_id.astype(str).to_numpy()
    vmem = votes.member.astype(str).to_numpy()
    parts: list[pd.DataFrame] = []

    def add(rule, mask_or_idx, frame_file, frame_line, ids, mems, messages, severity="error"):
        idx = np.flatnonzero(mask_or_idx) if np.asarray(mask_or_idx).dtype == bool else mask_or_idx
        if len(idx) == 0:
            return
        parts.append(pd.DataFrame({
            "rule": rule, "severity": severity,
            "file": np.asarray(frame_file, dtype=object)[idx],
            "row": np.asarray(frame_line, dtype=object)[idx],
            "decision_id": np.asarray(ids, dtype=object)[idx],
            "member": np.asarray(mems, dtype=object)[idx] if mems is not None else None,
            "message": np.asarray(messages, dtype=object)[idx] if not isinstance(messages, str)
            else messages,
        }))

    # -- row-level rules on votes ------------------------------------------------
    add("unknown_vote", votes.vote.isna().to_numpy(), vfile, vline, vid, vmem,
        "vote is not one of yes, abstain, no, absent")
    dup = votes.duplicated(["decision_id", "member"], keep=False).to_numpy()
    add("duplicate_vote", dup, vfile, vline, vid, vmem, "member appears more than once on this decision")
    known_members = set(members_mod.table().member.astype(str))
    # pandas hashes; np.isin on object arrays compares pairwise (minutes at GA scale).
    unknown = ~votes.member.astype(str).isin(known_members).to_numpy()
    add("unknown_member", unknown, vfile, vline, vid, vmem, "member code is not a known ISO 3166 code")
    dec_ids = dec.decision_id.astype(str).to_numpy()
    orphan = ~votes.decision_id.astype(str).isin(dec_ids).to_numpy()
    add("orphan_vote", orphan, vfile, vline, vid, vmem, "no such decision in the decisions table")

    # -- decision-level rules ------------------------------------------------------
    ddup = dec.duplicated("decision_id", keep=False).to_numpy()
    add("duplicate_decision", ddup, dfile, dline, dec_ids, None, "decision_id appears more than once")
    for col in ("body", "date", "outcome"):
        # An unknown outcome is missing information (unvotes does not say whether an
        # amendment passed), not a contradiction: a warning, not an error.
        add("missing_field", dec[col].isna().to_numpy(), dfile, dline, dec_ids, None,
            f"{col} is missing or not a known value",
            severity="warning" if col == "outcome" else "error")

    if len(dec):
        parts.extend(_tally_rules(ds, dfile, dline))
        parts.extend(_council_rules(ds, dfile, dline))
        parts.extend(_hrc_size_rule(ds, dfile, dline))
        parts.extend(_membership_rules(ds, vfile, vline))
        parts.extend(_symbol_year_rules(ds, dfile, dline))
        parts.extend(_date_order_rules(ds, dfile, dline))
        parts.extend(_missing_veto_rules(ds))
        parts.extend(_known_gap_rules(ds))
        approx = approximate_days(ds)
        if len(approx):
            parts.append(pd.DataFrame({
                "rule": "approximate_day", "severity": "info", "file": approx.file.to_numpy(dtype=object),
                "row": None, "decision_id": None, "member": None,
                "message": ("session " + approx.session.astype(str) + ": " + approx.evidence).to_numpy(
                    dtype=object)}))
    parts.extend(_reported(ds))

    problems = (pd.concat(parts, ignore_index=True) if parts
                else pd.DataFrame(columns=PROBLEM_COLUMNS))
    problems = problems.reindex(columns=PROBLEM_COLUMNS)
    problems["row"] = pd.array(pd.to_numeric(problems["row"], errors="coerce"), dtype="Int64")
    problems = problems.sort_values(["file", "row", "decision_id"], na_position="last",
                                    kind="stable").reset_index(drop=True)
    if errors == "raise" and len(problems):
        raise ValidationError(problems)
    return problems


def _col(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name in frame.columns:
        return frame[name].astype(object).where(frame[name].notna(), None).to_numpy()
    return np.full(len(frame), None, dtype=object)


def _frame(rule, dec, mask, dfile, dline, messages, severity="error") -> pd.DataFrame:
    idx = np.flatnonzero(np.asarray(mask, dtype=bool))
    return pd.DataFrame({
        "rule": rule, "severity": severity, "file": dfile[idx], "row": dline[idx],
        "decision_id": dec.decision_id.astype(str).to_numpy()[idx], "member": None,
        "message": np.asarray(messages, dtype=object)[idx],
    })


def _tally_rules(ds: Dataset, dfile, dline) -> list[pd.DataFrame]:
    dec = ds.decisions
    counted = ds.tally()
    out = []
    has_votes = counted.sum(axis=1).to_numpy() > 0
    partial = dec.partial.to_numpy(dtype=bool)
    for col in ("yes", "no", "abstain", "absent"):
        official = dec[col].to_numpy(dtype="float64", na_value=np.nan)
        got = counted[col].to_numpy()
        bad = ~np.isnan(official) & has_votes & ~partial & (official != got)
        # Messages only where the tally is known and wrong (a missing tally is NaN).
        msgs = np.full(len(dec), None, dtype=object)
        for i in np.flatnonzero(bad):
            msgs[i] = f"official tally says {col}={int(official[i])}, member votes give {got[i]}"
        out.append(_frame("tally_mismatch", dec, bad, dfile, dline, msgs))
    return out


def _council_rules(ds: Dataset, dfile, dline) -> list[pd.DataFrame]:
    dec = ds.decisions
    sc = (dec.body == "SC").to_numpy()
    if not sc.any():
        return []
    perm = set(members_mod.table().query("permanent").member.astype(str))
    ids = dec.decision_id.astype(str)
    # Only Security Council votes matter here; filtering first keeps the
    # General Assembly's 870,000 rows out of the per-decision join below.
    v = ds.votes[ds.votes.decision_id.astype(str).isin(set(ids[sc])).to_numpy()]
    pno = v[(v.vote == "no").to_numpy() & v.member.astype(str).isin(perm).to_numpy()]
    pno = pno.assign(member=pno.member.astype(str), decision_id=pno.decision_id.astype(str))
    vetoers = pno.sort_values("member").groupby("decision_id").member.agg(", ".join)
    who = ids.map(vetoers).astype(object)
    has_pno = who.notna().to_numpy()
    adopted = (dec.outcome == "adopted").to_numpy()
    vetoed = (dec.outcome == "vetoed").to_numpy()
    n_rows = ids.map(v.decision_id.astype(str).value_counts()).fillna(0).to_numpy()
    partial = dec.partial.to_numpy(dtype=bool)
    procedural = np.zeros(len(dec), dtype=bool)
    notes = pd.Series("", index=ids.index, dtype=object)
    if (sc & adopted & has_pno).any():  # the curated list is read only where it can matter
        listed = procedural_votes()
        procedural = ids.isin(set(listed.index)).to_numpy()
        notes = ids.map(listed).astype(object).fillna("")
    out = [
        _frame("adopted_with_veto", dec, sc & adopted & has_pno & ~procedural, dfile, dline,
               ("marked adopted but permanent member(s) " + who.fillna("") + " voted no").to_numpy()),
        _frame("procedural_no", dec, sc & adopted & has_pno & procedural, dfile, dline,
               ("adopted with permanent member(s) " + who.fillna("") + " voting no: a procedural vote "
                "(data/curated/procedural.csv), where a no is no veto: " + notes).to_numpy(),
               severity="info"),
        _frame("veto_without_no", dec, sc & vetoed & ~has_pno & (n_rows > 0), dfile, dline,
               np.full(len(dec), "marked vetoed but no permanent member voted no", dtype=object)),
    ]
    size = np.where(dec.date.to_numpy() < ENLARGEMENT.to_datetime64(), SIZE_BEFORE_1966,
                    SIZE_FROM_1966)
    wrong = sc & ~partial & (n_rows > 0) & (n_rows != size)
    msgs = [f"{int(n)} member rows; the Council had {s} members" for n, s in
            zip(n_rows, size, strict=True)]
    out.append(_frame("council_size", dec, wrong, dfile, dline, msgs))
    return out


def procedural_votes(folder: object = None) -> pd.Series:
    """decision_id → note, for the procedural Security Council decisions of ``procedural.csv``.

    A permanent member's no on a procedural matter is no veto (Article 27(2) of the Charter),
    so such a decision adopted over one is right, not an ``adopted_with_veto`` error. Read from
    ``folder`` (default :func:`unsc.config.curated_dir`); empty when the file is absent.
    """
    from unsc.sources.curated import read_procedural  # curated imports model, as this module does

    rows = read_procedural(folder)
    return pd.Series(rows.note.astype(str).to_numpy(), index=rows.decision_id.astype(str).to_numpy(),
                     dtype=object)


def _missing_veto_rules(ds: Dataset) -> list[pd.DataFrame]:
    """The verified vetoes a veto list in ``ds`` lacks (a warning: nothing held is wrong)."""
    from unsc.vetoes import missing_vetoes  # vetoes imports model, as this module does

    gaps = missing_vetoes(ds)
    if gaps.empty:
        return []
    names = gaps.member.map(lambda m: members_mod.name(m) if m else m)
    msg = (gaps.source.astype(str) + " (Security Council vetoes " + gaps["first"].dt.strftime("%Y-%m-%d")
           + " to " + gaps["last"].dt.strftime("%Y-%m-%d") + ") lacks the veto of " + names.astype(str)
           + " (" + gaps.member.astype(str) + "), a no on " + gaps.date.dt.strftime("%Y-%m-%d")
           + " (" + gaps.kind.astype(str) + " vote: " + gaps.decision_id.astype(str) + ")"
           + "; its totals are short by it. Evidence: " + gaps.evidence.astype(str))
    return [pd.DataFrame({
        "rule": "missing_veto", "severity": "warning", "file": gaps.file.to_numpy(dtype=object),
        "row": None, "decision_id": gaps.decision_id.to_numpy(dtype=object),
        "member": gaps.member.to_numpy(dtype=object), "message": msg.to_numpy(dtype=object),
    })]


#: The source format (:func:`unsc.sources.holds.format_of`) each third-party table of
#: ``known_errors.csv`` is read with: how a source in the data is known to be that table.
TABLE_FORMATS = {"unvotes_ga": "unvotes", "unsc_drafts_votes_1994_2025": "sc-drafts",
                 "unhrc_recorded_votes": "hrc", "unsc_vetoes_wpdl": "vetoes"}


def _known_gap_rules(ds: Dataset) -> list[pd.DataFrame]:
    """What ``known_errors.csv`` lists a table in ``ds`` as lacking (warnings: nothing held is wrong).

    ``missing_vote``: a recorded vote the table lacks, dated within the span of that table's
    decisions of the body in ``ds`` and held by no other source (A/RES/73/8 of 1 November 2018,
    which ``unvotes_ga`` lacks). ``missing_row``: a member row the table lacks on a decision ``ds``
    holds from it (Zimbabwe's yes on A/RES/71/5), so counts made from its rows are short by it.
    """
    from unsc.coverage.doubts import known_gaps, known_missing_rows
    from unsc.sources.holds import format_of

    dec = ds.decisions
    gaps, rows = known_gaps(), known_missing_rows()
    if not len(dec) or (not gaps and rows.empty):
        return []
    files = dec.file.astype("string") if "file" in dec.columns else pd.Series(pd.NA, index=dec.index)
    named = {f: format_of(f) for f in files.dropna().unique()}
    fmt = files.map(named).astype(object).to_numpy()
    held = set(dec.decision_id.astype(str))
    out = []
    for gap in gaps:
        mine = (fmt == TABLE_FORMATS.get(gap.source_table)) & \
            (dec.body.astype(str) == (gap.body or "")).to_numpy()
        if not mine.any() or gap.decision_id in held:
            continue
        first, last = dec.date[mine].min(), dec.date[mine].max()
        if not first <= gap.date <= last:
            continue
        yes, no, abstain = gap.tally
        out.append({"rule": "missing_vote", "severity": "warning", "file": files[mine].iloc[0], "row": None,
                    "decision_id": gap.decision_id, "member": None,
                    "message": f"{gap.source_table} ({gap.body} {first:%Y-%m-%d} to {last:%Y-%m-%d} in the "
                               "data) "
                               f"lacks {gap.decision_id}, a recorded vote of {gap.date:%Y-%m-%d} "
                               f"({yes}-{no}-{abstain}): a claim about it cannot be checked. "
                               f"Evidence: {gap.reason}"})
    if len(rows):
        ids = dec.decision_id.astype(str)
        at = {d: i for i, d in enumerate(ids) if d in set(rows.decision_id)}
        votes = ds.votes[ds.votes.decision_id.astype(str).isin(set(at)).to_numpy()]
        have = set(zip(votes.decision_id.astype(str), votes.member.astype(str), strict=True))
        for r in rows.itertuples():
            i = at.get(r.decision_id)
            if i is None or (r.decision_id, r.member) in have or fmt[i] != TABLE_FORMATS.get(r.source_table):
                continue
            out.append({"rule": "missing_row", "severity": "warning", "file": files.iloc[i],
                        "row": dec["line"].iloc[i] if "line" in dec.columns else None,
                        "decision_id": r.decision_id, "member": r.member,
                        "message": f"{r.source_table} has no row for {r.member} on {r.decision_id}, whose "
                                   f"official vote was {r.vote}: counts made from the rows are short by it. "
                                   f"Evidence: {r.reason}"})
    return [pd.DataFrame(out, columns=PROBLEM_COLUMNS)] if out else []


def _hrc_size_rule(ds: Dataset, dfile, dline) -> list[pd.DataFrame]:
    dec = ds.decisions
    hrc = (dec.body == "HRC").to_numpy()
    if not hrc.any():
        return []
    ids = dec.decision_id.astype(str)
    n_rows = ids.map(ds.votes.decision_id.astype(str).value_counts()).fillna(0).to_numpy()
    size = BODY_SIZE["HRC"]
    wrong = hrc & ~dec.partial.to_numpy(dtype=bool) & (n_rows > 0) & (n_rows != size)
    msgs = [f"{int(n)} member rows; the Council has {size} members" for n in n_rows]
    return [_frame("council_size", dec, wrong, dfile, dline, msgs)]


def _reported(ds: Dataset) -> list[pd.DataFrame]:
    """The reader's own problems and the conflicts between combined sources."""
    out = []
    problems = getattr(ds, "problems", None)
    if problems is not None and len(problems):
        # A filtered dataset keeps its reader's problems; show only those about
        # decisions still in it (or about no decision in particular).
        keep = problems.decision_id.isna() | problems.decision_id.isin(
            ds.decisions.decision_id.astype(str))
        out.append(problems[keep.to_numpy(dtype=bool)].astype({"row": "object"}))
    conflicts = getattr(ds, "conflicts", None)
    if conflicts is not None and len(conflicts):
        c = conflicts[conflicts.decision_id.isin(ds.decisions.decision_id.astype(str))]
        who = c.member.fillna("").astype(str)
        msg = (c.field.astype(str) + ": " + c.value.astype(str) + " in "
               + c.source.astype(str) + ", " + c.other_value.astype(str) + " in "
               + c.other_source.astype(str)
               + np.where(c.other_row.notna(),
                          " (" + c.other_file.astype(str) + ", line "
                          + c.other_row.astype(str) + ")", ""))
        out.append(pd.DataFrame({
            "rule": "source_conflict", "severity": "warning", "file": c.file.to_numpy(),
            "row": c.row.to_numpy(), "decision_id": c.decision_id.to_numpy(),
            "member": who.where(who != "", None).to_numpy(), "message": msg.to_numpy(),
        }))
    return out


def _membership_rules(ds: Dataset, vfile, vline) -> list[pd.DataFrame]:
    terms = ds.terms
    if terms.empty:
        return []
    v = ds.votes
    # A decision_id listed twice (``duplicate_decision``): its votes are checked against the first.
    dec = ds.decisions.drop_duplicates("decision_id")
    dec = dec.set_index(dec.decision_id.astype(str))
    vid = v.decision_id.astype(str)
    body = vid.map(dec.body.astype(str)).to_numpy()
    date = vid.map(dec.date).to_numpy(dtype="datetime64[ns]")
    member = v.member.astype(str).to_numpy()
    out = []
    for b, group in terms.groupby("body", observed=True):
        b = str(b)
        rows = np.flatnonzero(body == b)
        if len(rows) == 0:
            continue
        start = group.start.to_numpy(dtype="datetime64[ns]")
        end = group.end.fillna(pd.Timestamp.max).to_numpy(dtype="datetime64[ns]")
        d = date[rows]
        # The body's membership on a date is known only where enough terms cover it to fill every
        # seat. Terms covering a date (both ends included) = terms begun by it - terms ended before it;
        # counted per distinct date by binary search, so the cost is linear in the votes (a votes x
        # terms matrix would be 870,000 x 200 for the General Assembly).
        days, at = np.unique(d, return_inverse=True)
        n_active = (np.searchsorted(np.sort(start), days, side="right")
                    - np.searchsorted(np.sort(end), days, side="left"))
        needed = BODY_SIZE.get(b)
        if needed is None:
            needed = np.where(days < ENLARGEMENT.to_datetime64(), SIZE_BEFORE_1966, SIZE_FROM_1966)
        known = ((n_active >= needed) & ~np.isnat(days))[at.ravel()]
        mem = member[rows]
        # Is the voter itself in one of its own terms that day? Join each vote to its member's terms.
        pairs = pd.DataFrame({"pos": np.arange(len(rows)), "member": mem, "date": d}).merge(
            pd.DataFrame({"member": group.member.astype(str).to_numpy(), "start": start, "end": end}),
            on="member", how="inner")
        covered = pairs.pos.to_numpy()[((pairs.start <= pairs.date) & (pairs.date <= pairs.end)).to_numpy()]
        is_member = np.zeros(len(rows), dtype=bool)
        is_member[covered] = True
        bad = known & ~is_member
        early = np.zeros(len(rows), dtype=bool)
        if b == "GA":
            # A vote dated shortly before the voter's admission: unvotes dates many early roll
            # calls to the first days of the month, so the date, not the vote, is what is wrong.
            # Kept, as a warning; a vote by a state not admitted within the year stays an error.
            later = pairs[(pairs.start > pairs.date).to_numpy()]
            admitted = later.groupby("pos").start.min()
            voted = later.groupby("pos").date.first()
            same = (_ga_session(admitted) == _ga_session(voted)).to_numpy()
            early[admitted.index.to_numpy()[same]] = True
            early &= bad
        for rule, severity, mask, message in (
                ("not_a_member", "error", bad & ~early,
                 f"not a member of the {b} on the date of the vote"),
                ("dated_before_admission", "warning", early,
                 "dated before the member's admission to the GA, in the session it was "
                 "admitted in: the record's date is probably imprecise (the vote is kept)")):
            idx = rows[mask]
            if len(idx):
                out.append(pd.DataFrame({
                    "rule": rule, "severity": severity, "file": vfile[idx], "row": vline[idx],
                    "decision_id": vid.to_numpy()[idx], "member": mem[mask], "message": message,
                }))
    return out


def _ga_session(days: pd.Series) -> pd.Series:
    """The regular General Assembly session a day falls in (session *s* opens in September of 1945 + *s*)."""
    return days.dt.year - 1945 - (days.dt.month < 9).astype(int)


#: ``S/RES/1973(2011)``: number and year (a reader's `` (ID n)`` suffix may follow).
_SC_RES = r"^S/RES/(?P<number>\d+)\((?P<year>\d{4})\)"
#: ``A/RES/66/253``: a regular session (special and emergency sessions are numbered apart).
_GA_RES = r"^A/RES/(?P<session>\d+)/\d+"
#: ``A/RES/2200(XXI)``: the session in roman numerals (to the 30th session).
_GA_OLD = r"^A/RES/\d+\((?P<roman>[IVXLC]+)\)"
#: The first regular session of the General Assembly met in 1946; session *s*
#: opens in September of 1945 + *s* and closes before the next one opens.
_GA_FIRST_YEAR = 1945


def _symbol_year_rules(ds: Dataset, dfile, dline) -> list[pd.DataFrame]:
    """A resolution symbol whose year (or session) is not the year of its date."""
    dec = ds.decisions
    ids = dec.decision_id.astype(str)
    year = dec.date.dt.year.to_numpy(dtype="float64", na_value=np.nan)
    day = dec.date.dt.strftime("%Y-%m-%d").fillna("").to_numpy(dtype=object)
    out = []
    sc = pd.to_numeric(ids.str.extract(_SC_RES)["year"], errors="coerce").to_numpy(
        dtype="float64", na_value=np.nan)
    bad = ~np.isnan(sc) & ~np.isnan(year) & (sc != year)
    if bad.any():
        said = np.where(bad, sc, 0).astype(int).astype(str)
        out.append(_frame("symbol_year", dec, bad, dfile, dline,
                          "the symbol says " + said + ", the decision is dated " + day))
    session = pd.to_numeric(ids.str.extract(_GA_RES)["session"], errors="coerce")
    roman = ids.str.extract(_GA_OLD)["roman"]
    session = session.fillna(map_unique(roman, from_roman).astype("float64")).to_numpy(
        dtype="float64", na_value=np.nan)
    first = _GA_FIRST_YEAR + session
    bad = ~np.isnan(session) & ~np.isnan(year) & ((year < first) | (year > first + 1))
    if bad.any():
        s = np.where(bad, session, 0).astype(int)
        msgs = ("the symbol is of session " + s.astype(str) + " (" + (s + _GA_FIRST_YEAR).astype(str)
                + "-" + (s + _GA_FIRST_YEAR + 1).astype(str) + "), the decision is dated " + day)
        out.append(_frame("symbol_year", dec, bad, dfile, dline, msgs))
    return out


def _in_order(values: np.ndarray) -> np.ndarray:
    """Mark a longest non-decreasing subsequence of ``values`` (patience sorting).

    The dates left unmarked are the fewest to take out for the rest to be in
    order. One pass over the Security Council's resolutions (a few thousand at
    most, never the votes), O(n log n).
    """
    tails: list[int] = []  # tails[k]: the smallest last value of a run of length k + 1
    ends: list[int] = []   # ... and its position
    parent = np.full(len(values), -1, dtype=np.int64)
    for i, v in enumerate(values.tolist()):
        k = bisect.bisect_right(tails, v)
        if k == len(tails):
            tails.append(v)
            ends.append(i)
        else:
            tails[k], ends[k] = v, i
        parent[i] = ends[k - 1] if k else -1
    keep = np.zeros(len(values), dtype=bool)
    i = ends[-1] if ends else -1
    while i >= 0:
        keep[i] = True
        i = parent[i]
    return keep


#: Columns of :func:`date_swaps`.
SWAP_COLUMNS = ["decision_id", "date", "suggested", "before", "before_date", "after", "after_date",
                "file", "row", "evidence"]


def _date_order(ds: Dataset) -> pd.DataFrame:
    """Every Security Council resolution dated out of number order, with its in-order neighbours.

    One row per such resolution: ``pos`` (its position in ``ds.decisions``), ``decision_id``,
    ``date``, the nearest resolutions by number dated in order before and after it
    (``before``/``before_date``, ``after``/``after_date``; empty at either end), and
    ``suggested``: the date with day and month swapped where that date exists and falls between
    the two neighbours (both needed), else NaT. See :func:`_date_order_rules` for the method.
    """
    cols = ["pos", "decision_id", "date", "before", "before_date", "after", "after_date", "suggested"]
    empty = pd.DataFrame({c: pd.Series(dtype="datetime64[ns]" if c.endswith("date") or c == "suggested"
                                       else "int64" if c == "pos" else object) for c in cols})
    dec = ds.decisions
    if not len(dec):
        return empty
    ids = dec.decision_id.astype(str)
    number = pd.to_numeric(ids.str.extract(_SC_RES)["number"], errors="coerce")
    chosen = np.flatnonzero((dec.body == "SC").to_numpy() & number.notna().to_numpy()
                            & dec.date.notna().to_numpy())
    if len(chosen) < 3:
        return empty
    dates = dec.date.to_numpy(dtype="datetime64[ns]")[chosen]
    order = chosen[np.lexsort((dates, number.to_numpy(dtype="float64")[chosen]))]
    values = dec.date.to_numpy(dtype="datetime64[ns]")[order]
    keep = _in_order(values.astype("int64"))
    wrong = np.flatnonzero(~keep)
    if len(wrong) == 0:
        return empty
    kept = np.flatnonzero(keep)
    at = np.searchsorted(kept, wrong)
    prev = np.where(at > 0, kept[np.maximum(at - 1, 0)], -1)
    nxt = np.where(at < len(kept), kept[np.minimum(at, len(kept) - 1)], -1)
    names = ids.to_numpy(dtype=object)[order]
    nat = np.datetime64("NaT", "ns")
    lo = np.where(prev >= 0, values[np.maximum(prev, 0)], nat)
    hi = np.where(nxt >= 0, values[np.maximum(nxt, 0)], nat)
    # Day and month swapped: only a real date (day 1-12) that is not the same date, strictly
    # between two in-order neighbours. One neighbour only (the first or last resolution held)
    # bounds it on one side, which says too little to name a likely date.
    swapped = pd.to_datetime(pd.Series(values[wrong]).dt.strftime("%Y-%d-%m"),
                             format="%Y-%m-%d", errors="coerce").to_numpy(dtype="datetime64[ns]")
    fits = ~np.isnat(swapped) & (swapped != values[wrong]) & (prev >= 0) & (nxt >= 0) & \
        (swapped >= lo) & (swapped <= hi)
    return pd.DataFrame({
        "pos": order[wrong], "decision_id": names[wrong], "date": values[wrong],
        "before": np.where(prev >= 0, names[np.maximum(prev, 0)], ""), "before_date": lo,
        "after": np.where(nxt >= 0, names[np.maximum(nxt, 0)], ""), "after_date": hi,
        "suggested": np.where(fits, swapped, nat),
    })


def date_swaps(ds: Dataset) -> pd.DataFrame:
    """The Security Council resolutions whose stored date is likely a day–month swap.

    A resolution dated out of number order (``date_order``, see :func:`_date_order_rules`)
    whose date, with day and month swapped, is a real date that falls between its two
    neighbours by number dated in order: S/RES/1929(2010), stored as 2010-09-06 between
    S/RES/1925(2010) of 2010-05-28 and S/RES/1930(2010) of 2010-06-15, suggests 2010-06-09
    (the official date, S/PV.6335). The suggestion is evidence, not a correction: the stored
    date is never changed; validation reports it (``date_swapped``) and coverage linking also
    tries the decision on the suggested date (:func:`unsc.coverage.link.swapped_date_link`).

    Returns
    -------
    pandas.DataFrame
        :data:`SWAP_COLUMNS`, one row per resolution: its stored ``date``, the ``suggested``
        one, the neighbours that bound it, where it was read (``file``, ``row``) and the
        ``evidence`` in words.
    """
    found = _date_order(ds)
    found = found[found.suggested.notna()].reset_index(drop=True)
    dec = ds.decisions
    pos = found.pos.to_numpy()
    fmt = _day_text
    evidence = ("dated " + fmt(found.date) + "; " + found.before + " (" + fmt(found.before_date)
                + ") and " + found.after + " (" + fmt(found.after_date) + ") are the nearest "
                "resolutions by number dated in order, and " + fmt(found.suggested)
                + " (day and month swapped) falls between them")
    return pd.DataFrame({
        "decision_id": found.decision_id.to_numpy(dtype=object),
        "date": found.date.to_numpy(), "suggested": found.suggested.to_numpy(),
        "before": found.before.to_numpy(dtype=object), "before_date": found.before_date.to_numpy(),
        "after": found.after.to_numpy(dtype=object), "after_date": found.after_date.to_numpy(),
        "file": _col(dec, "file")[pos], "row": _col(dec, "line")[pos],
        "evidence": evidence.to_numpy(dtype=object),
    }, columns=SWAP_COLUMNS).reset_index(drop=True)


#: Columns of :func:`approximate_days`.
APPROXIMATE_DAY_COLUMNS = ["file", "session", "decisions", "first_week", "evidence"]
#: About a quarter of a month's days fall in its first week (1-7): a session of a table with many
#: more of its votes dated there does not hold the days of its votes.
FIRST_WEEK_SHARE = 0.65
#: ... judged only over this many decisions of the session at least.
FIRST_WEEK_MIN = 20
#: ... voted on this many days at least (a Rights Council session votes on two to four).
FIRST_WEEK_DAYS = 6


def approximate_days(ds: Dataset) -> pd.DataFrame:
    """The sessions of a table whose stored days of the month are not the days of the votes.

    ``unvotes_ga`` dates every roll call of sessions 1-51 (1946-1996), and most of 52-57, on a
    day from the 1st to the 7th: A/RES/47/19, adopted on 24 November 1992 (as the text of
    resolution 49/9 recalls), is stored as 1992-11-03, and A/RES/53/4, adopted on 14 October 1998
    (press release GA/9479), as 1998-10-04; the month holds. A session is flagged when at least
    :data:`FIRST_WEEK_SHARE` of its :data:`FIRST_WEEK_MIN` or more decisions of one file, voted on
    :data:`FIRST_WEEK_DAYS` days or more, fall in a month's first week. The dates are never changed:
    coverage reads a flagged decision's day as unknown (its month as told), so an article's day is
    neither matched nor contradicted on it.

    Returns
    -------
    pandas.DataFrame
        :data:`APPROXIMATE_DAY_COLUMNS`, one row per flagged (file, session).
    """
    dec = ds.decisions
    if not len(dec) or "session" not in dec or "file" not in dec:
        return pd.DataFrame(columns=APPROXIMATE_DAY_COLUMNS)
    frame = pd.DataFrame({"file": dec.file.astype("string"), "session": dec.session.astype("string"),
                          "early": dec.date.dt.day <= 7, "day": dec.date}
                         ).dropna(subset=["file", "session"])
    grouped = frame.groupby(["file", "session"], sort=True, observed=True).agg(
        size=("early", "size"), mean=("early", "mean"), days=("day", "nunique"))
    # (on more days than a Rights Council session votes on: it votes on its last two to four
    # days, which may all fall in a month's first week)
    flagged = grouped[(grouped["size"] >= FIRST_WEEK_MIN) & (grouped["mean"] >= FIRST_WEEK_SHARE)
                      & (grouped["days"] >= FIRST_WEEK_DAYS)]
    rows = [{"file": f, "session": sess, "decisions": int(r["size"]), "first_week": float(r["mean"]),
             "evidence": f"{r['mean']:.0%} of the session's {int(r['size'])} decisions in {f} are dated "
                         "on the 1st to the 7th of a month (about 23 % would be): its days are not the "
                         "votes'"}
            for (f, sess), r in flagged.iterrows()]
    return pd.DataFrame(rows, columns=APPROXIMATE_DAY_COLUMNS)


def _day_text(values: pd.Series) -> pd.Series:
    return pd.Series(values).dt.strftime("%Y-%m-%d").fillna("").reset_index(drop=True)


def _date_order_rules(ds: Dataset, dfile, dline) -> list[pd.DataFrame]:
    """Security Council resolutions dated out of resolution-number order (warnings).

    The Council numbers its resolutions in the order it adopts them, so their
    dates rise with their numbers. A resolution is flagged when its date is
    earlier than both its neighbours' or later than both (a local extremum),
    the neighbours being the nearest resolutions by number whose dates are in
    order, that is, outside the fewest resolutions whose removal leaves the
    dates sorted. So a resolution next to a wrongly dated one is not flagged,
    even between two of them: in the drafts table errors come in runs (S/RES/897
    and 899-902 of 1994 have day and month swapped, 898 between them is right).

    Two rules: ``date_swapped`` where swapping day and month gives a real date
    between the two neighbours (a likely typing error, with the suggested date:
    :func:`date_swaps`), ``date_order`` for every other one (a wrong neighbour,
    a wrong year, a date that no swap explains). Both are warnings: the stored
    date is kept as the source has it.
    """
    found = _date_order(ds)
    if found.empty:
        return []
    dec = ds.decisions
    msgs = _date_order_messages(found)
    swap = found.suggested.notna().to_numpy()
    out = []
    for rule, mask in (("date_swapped", swap), ("date_order", ~swap)):
        rows = found.pos.to_numpy()[mask]
        if not len(rows):
            continue
        chosen = np.zeros(len(dec), dtype=bool)
        chosen[rows] = True
        message = np.empty(len(dec), dtype=object)
        message[rows] = msgs[mask]
        out.append(_frame(rule, dec, chosen, dfile, dline, message, severity="warning"))
    return out


def date_doubt(ds: Dataset, decision_id: str) -> str | None:
    """Why the stored date of one Security Council resolution is in doubt, or ``None``.

    The ``date_swapped`` / ``date_order`` warning of :func:`validate` for that
    resolution alone ("dated 1994-08-11, earlier than ...: likely a day-month
    swap, suggested date 1994-11-08"), so that a roll call shown on its own
    says what validation knows of its date.
    """
    found = _date_order(ds)
    found = found[(found.decision_id.astype(str) == str(decision_id)).to_numpy()]
    if found.empty:
        return None
    return str(_date_order_messages(found.reset_index(drop=True))[0])


def _date_order_messages(found: pd.DataFrame) -> np.ndarray:
    fmt = _day_text
    two = (found.before != "") & (found.after != "")
    before = found.before + " (" + fmt(found.before_date) + ")"
    after = found.after + " (" + fmt(found.after_date) + ")"
    both = np.where(two, before + " and " + after, np.where(found.before != "", before, after))
    ref = np.where(found.before != "", found.before_date, found.after_date)
    side = np.where(found.date.to_numpy() > ref, "later than ", "earlier than ")
    which = np.where(two, ", the nearest resolutions by number dated in order",
                     ", the nearest resolution by number dated in order")
    swap = found.suggested.notna().to_numpy()
    hint = np.where(swap, "; with day and month swapped, " + fmt(found.suggested)
                    + ", it would be in order: likely a day-month swap, suggested date "
                    + fmt(found.suggested) + " (the stored date is kept)", "")
    return ("dated " + fmt(found.date) + ", " + side + both + which + hint).to_numpy(dtype=object)

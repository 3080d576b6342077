"""Merge datasets from several sources: each decision once, every disagreement reported.

>>> import unsc
>>> ds = unsc.combine(unsc.read("sc_voting.csv"), unsc.read("vetoes.csv"))   # doctest: +SKIP
>>> ds.conflicts                                                             # doctest: +SKIP

Rules
-----
- Sources are matched on ``decision_id`` (every reader spells symbols the
  same way, :mod:`unsc.sources._symbols`). The datasets are given in order of
  trust: where two disagree, the earlier one's value is kept and the pair is
  reported in ``Dataset.conflicts`` (columns :data:`unsc.model.CONFLICT_COLUMNS`:
  field, kept value and source, other value and source, with file and row of
  each). Nothing is resolved silently.
- A field one source lacks (a missing tally, topic, draft) is filled from the
  next source that has it: that is completion, not disagreement.
- Fields compared: ``body``, ``date``, ``outcome``, ``yes``, ``no``, ``abstain``,
  ``absent``, ``topic`` and each member's ``vote``.
- Topics: ``topic`` is derived the same way for every source
  (:mod:`unsc.topics`), so two sources that both name one should agree; where
  one source's record names none (the drafts table's ``Middle East (Syria)``)
  another's fills it, and where they differ the pair is a conflict like any
  other. ``source_topic`` keeps every source's own label, distinct ones joined
  with `` | `` in order of trust (``Middle East (Syria) | Syria``): none is
  more honest than another, and a keyword search must see them all.
- Votes: each member's vote comes from the most trusted source that has a row
  for it. A decision is ``partial`` only when every source has it partial (a
  veto list); the members missing from a partial source are completed from
  the others. A *complete* source defines who voted: a row that only a less
  trusted source has is not added but reported (``(no row)``), unless it says
  ``absent``, which is what a missing row means in a source without absences.
- Rows duplicated within one source are kept as they are, for
  :func:`unsc.validate` to report.
- A roll call a reader could key only with a suffix (``S/2020/667 (ID 1713)``:
  the table records the draft twice) is matched to another source's
  ``S/2020/667`` when the two have the same outcome and date: it is then
  combined under that key, and the relabelling is reported
  (``matched_duplicate``, info, in ``Dataset.problems``), as are suffixed
  keys that match in several ways and are left apart. Without this the same
  vote would be counted twice (a veto in the veto list and in the drafts
  table).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from unsc.model import CONFLICT_COLUMNS, Dataset, conform, empty_problems
from unsc.sources._common import KEY_SUFFIX, concat_problems, problems

#: Decision fields on which sources are compared.
COMPARED = ("body", "date", "outcome", "yes", "no", "abstain", "absent", "topic")
#: Between two sources' ``source_topic`` labels in the combined decision.
SOURCE_TOPIC_SEPARATOR = " | "
NO_ROW = "(no row)"


def combine(*datasets: Dataset) -> Dataset:
    """Merge ``datasets``, most trusted first, into one :class:`~unsc.model.Dataset`.

    Parameters
    ----------
    *datasets
        Datasets from :func:`unsc.read` (or the store), in order of trust.

    Returns
    -------
    Dataset
        Each decision once; ``conflicts`` lists every disagreement with both
        values; ``problems`` holds every input's reader problems.
    """
    if not datasets:
        raise ValueError("combine() needs at least one dataset")
    if len(datasets) == 1:
        return datasets[0]
    origins = [ds.origin or f"dataset {i + 1}" for i, ds in enumerate(datasets)]
    datasets, matched = match_duplicates(datasets, origins)
    decisions = _stack([ds.decisions for ds in datasets])
    votes = _stack([ds.votes for ds in datasets])
    ids = decisions["decision_id"].astype(str)
    count = ids.map(decisions.groupby(ids)["_src"].nunique())
    shared = (count > 1).to_numpy()

    conflicts = [ds.conflicts for ds in datasets if len(ds.conflicts)]
    if shared.any():
        kept_dec, dec_conf = _merge_decisions(decisions, shared, origins)
        kept_votes, vote_conf = _merge_votes(votes, decisions, set(ids[shared]), origins)
        conflicts += [dec_conf, vote_conf]
    else:
        kept_dec, kept_votes = decisions, votes
    conflict_frame = (pd.concat([c for c in conflicts if len(c)], ignore_index=True)
                      if any(len(c) for c in conflicts) else pd.DataFrame(columns=CONFLICT_COLUMNS))
    found = concat_problems([*(ds.problems for ds in datasets), matched])
    return Dataset(
        decisions=conform(kept_dec.drop(columns="_src"), "decisions"),
        votes=conform(kept_votes.drop(columns="_src"), "votes"),
        members=datasets[0].members,
        terms=_union([ds.terms for ds in datasets], "terms"),
        statements=_union([ds.statements for ds in datasets], "statements"),
        origin="combined: " + " + ".join(origins),
        problems=found,
        conflicts=conflict_frame.reindex(columns=CONFLICT_COLUMNS).reset_index(drop=True),
    )


def match_duplicates(datasets: tuple[Dataset, ...] | list[Dataset],
                     origins: list[str] | None = None) -> tuple[list[Dataset], pd.DataFrame]:
    """Give a suffixed key the plain key another source uses for the same roll call.

    A reader that finds one symbol on several roll calls keys each with a
    suffix (``S/2020/667 (ID 1711)``, ``S/2020/667 (ID 1713)``, see
    :data:`unsc.sources._common.KEY_SUFFIX`). When another dataset has the
    plain ``S/2020/667`` with the same outcome and date as exactly one of
    them, that one is relabelled ``S/2020/667`` in its decisions, votes,
    problems and conflicts, so that :func:`combine` matches the two. The
    dataset's own plain key, if it has one, always wins (nothing is
    relabelled onto it).

    Returns
    -------
    datasets
        The datasets, relabelled where needed (the others unchanged).
    problems
        One ``matched_duplicate`` (info) row per relabelled roll call, and
        one per suffixed key that matched in several ways and was left apart.
    """
    datasets = list(datasets)
    origins = origins or [ds.origin or f"dataset {i + 1}" for i, ds in enumerate(datasets)]
    keys = []
    for i, ds in enumerate(datasets):
        d = ds.decisions
        file, line = _provenance(d)
        keys.append(pd.DataFrame({
            "_src": i, "id": d["decision_id"].astype(str).to_numpy(),
            "outcome": d["outcome"].astype(object).where(d["outcome"].notna(), None).to_numpy(),
            "date": d["date"].to_numpy(), "file": file, "row": line}))
    keys = pd.concat(keys, ignore_index=True) if keys else pd.DataFrame()
    if keys.empty:
        return datasets, empty_problems()
    base = keys["id"].str.replace(KEY_SUFFIX, "", regex=True)
    suffixed = (base != keys["id"]).to_numpy()
    if not suffixed.any():
        return datasets, empty_problems()
    known = keys["outcome"].notna().to_numpy() & keys["date"].notna().to_numpy()
    cand = keys[suffixed & known].assign(base=base[suffixed & known])
    plain = keys[~suffixed & known][["_src", "id", "outcome", "date"]].rename(
        columns={"_src": "_other", "id": "base"})
    m = cand.merge(plain, on=["base", "outcome", "date"])
    m = m[(m["_src"] != m["_other"]).to_numpy()]
    # A dataset's own plain key is its own roll call: never relabel onto it.
    own = keys[["_src", "id"]].rename(columns={"id": "base"}).drop_duplicates()
    m = m.merge(own, on=["_src", "base"], how="left", indicator=True)
    m = m[(m["_merge"] == "left_only").to_numpy()].drop(columns="_merge")
    if m.empty:
        return datasets, empty_problems()
    m = m.sort_values(["_src", "id", "_other"]).drop_duplicates(["_src", "id"])
    n = m.groupby(["_src", "base"])["id"].transform("size").to_numpy()
    org = np.asarray(origins, dtype=object)
    ok, many = m[n == 1], m[n > 1]
    day = ok["date"].dt.strftime("%Y-%m-%d")
    found = [problems(
        "matched_duplicate", "info", ok["file"], ok["row"], ok["base"], None,
        (ok["id"] + " in " + org[ok["_src"].to_numpy()] + " is the roll call " + ok["base"]
         + " of " + org[ok["_other"].to_numpy()] + " (same outcome, " + ok["outcome"]
         + ", and date, " + day + "): combined as " + ok["base"]).to_numpy())]
    if len(many):
        listing = many.groupby(["_src", "base"])["id"].transform(lambda s: ", ".join(s))
        found.append(problems(
            "matched_duplicate", "info", many["file"], many["row"], many["id"], None,
            (listing + " in " + org[many["_src"].to_numpy()] + " all have the outcome and "
             "date of " + many["base"] + " in " + org[many["_other"].to_numpy()]
             + ": none is matched to it").to_numpy()))
    for i, group in ok.groupby("_src"):
        datasets[i] = _relabel(datasets[i], dict(zip(group["id"], group["base"], strict=True)))
    return datasets, concat_problems(found)


def _relabel(ds: Dataset, mapping: dict[str, str]) -> Dataset:
    """``ds`` with the decisions ``mapping`` names renamed everywhere (a few keys)."""
    def rename(values: pd.Series) -> pd.Series:
        if isinstance(values.dtype, pd.CategoricalDtype):
            if not set(values.cat.categories.astype(str)) & set(mapping.values()):
                # Renaming categories, not rewriting rows: cheap at GA scale.
                return values.cat.rename_categories(lambda c: mapping.get(str(c), c))
            return values.astype(object).replace(mapping).astype("category")
        return values.replace(mapping)

    def renamed(frame: pd.DataFrame) -> pd.DataFrame:
        if frame.empty or "decision_id" not in frame.columns:
            return frame
        return frame.assign(decision_id=rename(frame["decision_id"]))

    return replace(ds, decisions=renamed(ds.decisions), votes=renamed(ds.votes),
                   problems=renamed(ds.problems), conflicts=renamed(ds.conflicts))


def _stack(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate one table of every dataset, with ``_src`` (0 = most trusted).

    Categorical columns are unioned explicitly: a plain concat of categoricals
    with different categories falls back to object, slow at GA scale.
    """
    columns = list(dict.fromkeys(c for f in frames for c in f.columns))
    out = {}
    for col in columns:
        parts = [f[col] if col in f.columns else pd.Series(pd.NA, index=f.index) for f in frames]
        if all(isinstance(p.dtype, pd.CategoricalDtype) for p in parts):
            dtype = parts[0].dtype
            # Same categories in the same order: join the codes. (``==`` on unordered
            # categorical dtypes ignores the order, and codes in another order are
            # other members.)
            if all(p.dtype.categories.equals(dtype.categories)
                   and p.dtype.ordered == dtype.ordered for p in parts):
                out[col] = pd.Categorical.from_codes(
                    np.concatenate([p.cat.codes.to_numpy() for p in parts]), dtype=dtype)
            else:
                out[col] = union_categoricals([p.array for p in parts])
        else:
            out[col] = pd.concat(parts, ignore_index=True)
    frame = pd.DataFrame({k: np.asarray(v) if isinstance(v, list) else v for k, v in out.items()})
    frame["_src"] = np.repeat(np.arange(len(frames)), [len(f) for f in frames])
    return frame


def _union(frames: list[pd.DataFrame], table: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return conform(pd.DataFrame(), table)
    return conform(pd.concat(frames, ignore_index=True).drop_duplicates(), table)


def _text(values: pd.Series) -> np.ndarray:
    """Values as text for the conflicts table (dates as YYYY-MM-DD)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    return values.astype(object).where(values.notna(), None).astype(str).to_numpy(dtype=object)


def _provenance(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    file = frame["file"].astype(object).to_numpy() if "file" in frame.columns else \
        np.full(len(frame), None, dtype=object)
    line = frame["line"].astype(object).to_numpy() if "line" in frame.columns else \
        np.full(len(frame), None, dtype=object)
    return file, line


def _merge_decisions(decisions: pd.DataFrame, shared: np.ndarray,
                     origins: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids = decisions["decision_id"].astype(str)
    top = ids.map(decisions.groupby(ids)["_src"].min())
    primary_mask = (decisions["_src"] == top).to_numpy()
    kept = decisions[primary_mask].reset_index(drop=True)
    later = decisions[~primary_mask]
    # Completion: a field the most trusted source lacks comes from the next one.
    fill = later.groupby(later["decision_id"].astype(str), sort=False).first()
    kept_ids = kept["decision_id"].astype(str)
    for col in fill.columns:
        if col in ("_src", "file", "line", "partial", "decision_id"):
            continue
        missing = kept[col].isna().to_numpy()
        if missing.any():
            kept.loc[missing, col] = kept_ids[missing].map(fill[col]).to_numpy()
    kept["partial"] = kept_ids.map(decisions.groupby(ids)["partial"].all()).to_numpy(dtype=bool)
    if "source_topic" in decisions.columns:
        kept["source_topic"] = kept_ids.map(_joined_labels(decisions, ids)).to_numpy(dtype=object)

    sub = decisions[shared].reset_index(drop=True)
    sub_ids = sub["decision_id"].astype(str)
    file, line = _provenance(sub)
    out = []
    for col in COMPARED:
        has = sub[col].notna().to_numpy()
        # The kept value of each decision: the most trusted source's non-missing one.
        order = sub[has].sort_values("_src", kind="stable")
        first_idx = order.groupby(order["decision_id"].astype(str)).head(1).index
        ref = pd.Series(first_idx, index=sub_ids[first_idx].to_numpy())
        ref_idx = sub_ids.map(ref)
        ok = has & ref_idx.notna().to_numpy()
        ri = ref_idx[ok].astype(int).to_numpy()
        rows = np.flatnonzero(ok)
        text = _text(sub[col])
        differ = text[rows] != text[ri]
        rows, ri = rows[differ], ri[differ]
        if len(rows):
            out.append(pd.DataFrame({
                "decision_id": sub_ids.to_numpy()[rows], "member": None, "field": col,
                "value": text[ri], "source": np.asarray(origins, dtype=object)[sub["_src"]
                                                                               .to_numpy()[ri]],
                "file": file[ri], "row": line[ri],
                "other_value": text[rows],
                "other_source": np.asarray(origins, dtype=object)[sub["_src"].to_numpy()[rows]],
                "other_file": file[rows], "other_row": line[rows],
            }))
    conf = pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=CONFLICT_COLUMNS)
    rest = decisions[~shared & primary_mask]  # decisions of one source only, untouched
    merged = pd.concat([rest, kept[kept_ids.isin(set(ids[shared])).to_numpy()]],
                       ignore_index=True)
    return merged, conf


def _joined_labels(decisions: pd.DataFrame, ids: pd.Series) -> pd.Series:
    """Each decision's distinct ``source_topic`` labels, most trusted source first, joined."""
    labels = pd.DataFrame({"id": ids.to_numpy(), "src": decisions["_src"].to_numpy(),
                           "label": decisions["source_topic"].astype(object).to_numpy()})
    labels = labels[labels.label.notna()].sort_values("src", kind="stable")
    labels = labels.drop_duplicates(["id", "label"])
    return labels.groupby("id", sort=False).label.agg(SOURCE_TOPIC_SEPARATOR.join)


def _merge_votes(votes: pd.DataFrame, decisions: pd.DataFrame, shared_ids: set[str],
                 origins: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    in_shared = _isin(votes["decision_id"], shared_ids)
    sub = votes[in_shared].reset_index(drop=True)
    org = np.asarray(origins, dtype=object)
    file, line = _provenance(sub)
    rows = pd.DataFrame({
        "decision_id": sub["decision_id"].astype(str).to_numpy(),
        "member": sub["member"].astype(str).to_numpy(),
        "vote": sub["vote"].astype(str).to_numpy(dtype=object),
        "_src": sub["_src"].to_numpy(), "file": file, "row": line,
    })
    # The sources that have each shared decision, and whether they are complete.
    dec = decisions[decisions["decision_id"].astype(str).isin(shared_ids).to_numpy()]
    dfile, dline = _provenance(dec)
    has = pd.DataFrame({"decision_id": dec["decision_id"].astype(str).to_numpy(),
                        "_src": dec["_src"].to_numpy(),
                        "complete": ~dec["partial"].to_numpy(dtype=bool),
                        "dfile": dfile, "drow": dline}).drop_duplicates(["decision_id", "_src"])
    first_complete = has[has.complete].groupby("decision_id")["_src"].min()
    fc = rows["decision_id"].map(first_complete).to_numpy(dtype=float)
    src = rows["_src"].to_numpy()
    top = rows.groupby(["decision_id", "member"])["_src"].transform("min").to_numpy()
    # A member's vote comes from its most trusted source, unless a more trusted
    # complete source of the decision defines who voted and lacks the member.
    keep = (src == top) & (np.isnan(fc) | (src <= fc))
    kept = rows[keep].drop_duplicates(["decision_id", "member"])
    out = []

    # 1. Both have a row and the votes differ.
    other = rows[~keep].merge(kept, on=["decision_id", "member"], suffixes=("_o", ""))
    other = other[other.vote_o != other.vote]
    out.append(_vote_conflicts(other.decision_id, other.member, other.vote, other._src,
                               other.file, other.row, other.vote_o, other._src_o,
                               other.file_o, other.row_o, org))
    # 2. A less trusted source has a vote for a member the defining complete source lacks.
    known = rows[keep][["decision_id", "member"]].drop_duplicates()
    extra = rows[~keep].merge(known, on=["decision_id", "member"], how="left", indicator=True)
    extra = extra[(extra._merge == "left_only") & (extra.vote != "absent")]
    extra = extra.merge(first_complete.rename("fc").reset_index(), on="decision_id")
    extra = extra.merge(has.rename(columns={"_src": "fc"}), on=["decision_id", "fc"])
    out.append(_vote_conflicts(extra.decision_id, extra.member, NO_ROW, extra.fc, extra.dfile,
                               extra.drow, extra.vote, extra._src, extra.file, extra.row, org))
    # 3. A kept vote that another complete source of the decision has no row for.
    expect = kept[kept.vote != "absent"].merge(has[has.complete], on="decision_id",
                                               suffixes=("", "_c"))
    expect = expect[expect._src_c != expect._src]
    present = rows[["decision_id", "member", "_src"]].rename(columns={"_src": "_src_c"})
    missing = expect.merge(present.drop_duplicates(), how="left", indicator=True)
    missing = missing[missing._merge == "left_only"]
    out.append(_vote_conflicts(missing.decision_id, missing.member, missing.vote, missing._src,
                               missing.file, missing.row, NO_ROW, missing._src_c,
                               missing.dfile, missing.drow, org))

    conf = pd.concat([c for c in out if len(c)], ignore_index=True) if any(
        len(c) for c in out) else pd.DataFrame(columns=CONFLICT_COLUMNS)
    merged = pd.concat([votes[~in_shared], sub[keep]], ignore_index=True)
    for col in ("decision_id", "member", "file", "member_name"):
        if col in merged.columns and not isinstance(merged[col].dtype, pd.CategoricalDtype):
            merged[col] = merged[col].astype("category")
    return merged, conf


def _isin(values: pd.Series, wanted: set[str]) -> np.ndarray:
    """``values.astype(str).isin(wanted)``, on the categories when categorical (GA scale)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        hit = values.cat.categories.astype(str).isin(wanted)
        codes = values.cat.codes.to_numpy()
        return np.where(codes >= 0, hit[np.maximum(codes, 0)], False)
    return values.astype(str).isin(wanted).to_numpy()


def _vote_conflicts(decision_id, member, value, src, file, row, other_value, other_src,
                    other_file, other_row, org: np.ndarray) -> pd.DataFrame:
    n = len(decision_id)
    if n == 0:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)

    def arr(v):
        return np.full(n, v, dtype=object) if isinstance(v, str) else np.asarray(v, dtype=object)

    return pd.DataFrame({
        "decision_id": arr(decision_id), "member": arr(member), "field": "vote",
        "value": arr(value), "source": org[np.asarray(src, dtype=int)], "file": arr(file),
        "row": arr(row), "other_value": arr(other_value),
        "other_source": org[np.asarray(other_src, dtype=int)], "other_file": arr(other_file),
        "other_row": arr(other_row),
    })

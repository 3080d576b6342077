"""The claims table (the *judge* stage): one row per claim an article makes about a vote, with a verdict.

Built from the linked mentions and their checks (:mod:`unsc.coverage.check`):

``mention_id``  the mention (one sentence).
``paragraph``   where it is.
``claim``       the claim in words: ``CHN voted no``, ``tally: 13 yes``,
                ``outcome: vetoed``, ``unanimous``, ``all no named: CHN;RUS``,
                ``CHN is a permanent member``, ``a 15-member body``, or, for a
                mention not linked, what it says (``CHN;RUS vetoed``).
``decision_id`` the decision it was linked to (empty when not linked).
``record``      what the record says, or why nothing was linked.
``verdict``     ``agrees``, ``contradicts``, ``unverifiable`` (the record cannot
                tell, or the vote lies outside the data) or ``unlinked``.
``evidence``    the sentence.

Checks of the body, date and subject are how the link was made, not claims
of their own, and are left out. ``incomplete`` ("Russia and China voted
against" when Pakistan did too) agrees: what was said is true.
``contradicts`` appears only for a claim clearly stated and clearly linked
(linking refuses ambiguous mentions, see :mod:`unsc.coverage.link`). One more
guard: when most of the votes, tallies and outcome a sentence states do not
fit the decision it was linked to (at least :data:`DOUBT_MIN` of them, more
than those that fit), the sentence most likely describes another vote (two
drafts voted the same day, read as one): its claims are then ``unlinked``
with that reason, never ``contradicts`` (:func:`doubtful_links`, applied by
:func:`unsc.coverage.analyse` before the claims are judged).

The headline makes no claims here: "US, Russia veto each other's drafts" is
about decisions the body tells of, and which one a headline means cannot be
told from it without a risk of a false contradiction; it is left unjudged.
"""

from __future__ import annotations

import pandas as pd

CLAIM_COLUMNS: dict[str, object] = {
    "mention_id": "string",
    "paragraph": "Int64",
    "claim": "string",
    "decision_id": "string",
    "record": "string",
    "verdict": "string",
    "evidence": "string",
}
VERDICTS = ("contradicts", "agrees", "unverifiable", "unlinked")
#: Checks that only confirm the link.
_IDENTITY = {"body", "date", "subject"}
#: Checks that state something about the vote itself (who voted how, the count, the result).
_STATED = ("vote", "tally yes", "tally no", "tally abstain", "outcome", "unanimous")
#: Fewest contradicting statements that, outnumbering the fitting ones, make a link doubtful.
DOUBT_MIN = 3
_POSITION_WORDS = {"yes": "voted yes", "no": "voted no", "abstain": "abstained", "absent": "was absent",
                   "veto": "vetoed"}


def _words(claim: str, member: object, article: str) -> str:
    member = member if isinstance(member, str) and member else ""
    if claim == "vote":
        return f"{member} {_POSITION_WORDS.get(article, article)}"
    if claim == "permanent":
        return f"{member} is a permanent member"
    if claim == "size":
        return f"a {article}-member body"
    if claim.startswith("tally "):
        return f"tally: {article} {claim.split()[1]}"
    if claim.startswith("all "):
        return f"{claim}: {article}"
    if claim == "unanimous":
        return "unanimous"
    return f"{claim}: {article}"


def claims(mentions: pd.DataFrame, checks: pd.DataFrame) -> pd.DataFrame:
    """The claims table (:data:`CLAIM_COLUMNS`), contradictions first, then by paragraph.

    Parameters
    ----------
    mentions
        Linked mentions (``Coverage.mentions``).
    checks
        Their checks (``Coverage.checks``).
    """
    rows: list[dict] = []
    first = mentions.drop_duplicates("mention_id").set_index("mention_id")
    for c in checks.itertuples():
        if c.claim in _IDENTITY or c.mention_id not in first.index:
            continue
        m = first.loc[c.mention_id]
        verdict = "agrees" if c.status == "incomplete" else str(c.status)
        record = f"{c.record} (not all named)" if c.status == "incomplete" else str(c.record)
        rows.append({"mention_id": c.mention_id, "paragraph": m["paragraph"],
                     "claim": _words(str(c.claim), c.member, str(c.article)),
                     "decision_id": c.decision_id, "record": record, "verdict": verdict,
                     "evidence": m["evidence"]})
    judged = {r["mention_id"] for r in rows}
    for m in mentions.itertuples():
        status = getattr(m, "status", None)
        if m.mention_id in judged or (isinstance(m.decision_id, str) and m.decision_id):
            continue
        if isinstance(m.members, str) and isinstance(m.position, str):
            said = f"{m.members} {_POSITION_WORDS.get(m.position, m.position)}"
        elif isinstance(m.tally, str):
            said = f"tally {m.tally}"
        elif isinstance(m.outcome, str):
            said = f"outcome: {m.outcome}"
        else:
            said = f"a {m.kind}"
        verdict = status if status in ("unverifiable", "unlinked") else "unlinked"
        reason = getattr(m, "reason", None)
        rows.append({"mention_id": m.mention_id, "paragraph": m.paragraph, "claim": said,
                     "decision_id": None,
                     "record": reason if isinstance(reason, str) else "not linked",
                     "verdict": verdict, "evidence": m.evidence})
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CLAIM_COLUMNS.items()})
    # a mention of several groups checks its body-wide claims (tally, outcome) once per group
    frame = pd.DataFrame(rows).drop_duplicates(["mention_id", "claim", "decision_id", "record"])
    frame["_order"] = frame.verdict.map({v: i for i, v in enumerate(VERDICTS)})
    frame = frame.sort_values(["_order", "paragraph", "mention_id"], kind="stable")
    return frame.drop(columns="_order").astype(CLAIM_COLUMNS).reset_index(drop=True)


def by_sentence(table: pd.DataFrame) -> pd.DataFrame:
    """The claims table with one row per sentence, decision and verdict, for reading.

    A sentence naming three members and a tally makes five claims with the same
    evidence; shown one per row, the sentence repeats five times. Here the
    claims and the record's answers of a sentence that share a decision and a
    verdict are joined with "; " (in order, each answer once) and the sentence
    is shown once. The claims table itself keeps one row per claim.
    """
    if table.empty:
        return table[["verdict", "claim", "decision_id", "record", "evidence"]].copy()
    keys = ["mention_id", "decision_id", "verdict"]
    frame = table.assign(decision_id=table.decision_id.fillna(""), _row=range(len(table)))
    grouped = frame.groupby(keys, sort=False, dropna=False).agg(
        claim=("claim", "; ".join),
        record=("record", lambda s: "; ".join(dict.fromkeys(s.fillna("–")))),
        evidence=("evidence", "first"), _row=("_row", "min")).reset_index()
    grouped = grouped.sort_values("_row", kind="stable")
    grouped["decision_id"] = grouped.decision_id.replace("", pd.NA)
    return grouped[["verdict", "claim", "decision_id", "record", "evidence"]].reset_index(drop=True)


def doubtful_links(checks: pd.DataFrame) -> dict[str, str]:
    """Mentions whose stated votes mostly contradict their decision, with the reason to unlink them."""
    stated = checks[checks.claim.isin(_STATED)]
    if stated.empty:
        return {}
    status = stated.status.astype(str)
    counts = pd.DataFrame({
        "mention_id": stated.mention_id.astype(str).to_numpy(),
        "bad": (status == "contradicts").to_numpy(),
        "good": status.isin(["agrees", "incomplete"]).to_numpy(),
        "decision_id": stated.decision_id.astype(str).to_numpy(),
    }).groupby("mention_id", sort=False).agg(bad=("bad", "sum"), good=("good", "sum"),
                                             decision_id=("decision_id", "first"))
    hit = counts[(counts.bad >= DOUBT_MIN) & (counts.bad > counts.good)]
    return {str(mention_id): (f"{r.bad} of the {r.bad + r.good} votes, counts and results stated do not "
                              f"fit {r.decision_id}: the sentence likely describes another vote; not judged")
            for mention_id, r in zip(hit.index, hit.itertuples(), strict=True)}

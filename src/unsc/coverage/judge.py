"""The claims table (the *judge* stage): one row per claim an article makes about a vote, with a verdict.

Built from the linked mentions and their checks (:mod:`unsc.coverage.check`):

``mention_id``  the mention (one sentence).
``paragraph``   where it is (0: the headline).
``claim``       the claim in words: ``CHN voted no``, ``tally: 13 yes``,
                ``outcome: vetoed``, ``unanimous``, ``all no named: CHN;RUS``,
                ``CHN is a permanent member``, ``a 15-member body``,
                ``the text called a resolution``, or, for a mention not linked,
                what it says (``CHN;RUS vetoed``).
``about``       ``vote`` or ``name`` (what the text was called).
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
:func:`judge` before the claims are judged) — unless the sentence gives the
day of the only Council vote that day in a record holding every Council draft
put to the vote: then it cannot describe another vote, and is judged. And a
sentence linked only as the likeliest of several candidates, with an identity
score under :data:`CLEAR_FIT`, contradicts nothing: what does not fit is
``unverifiable``, with the link's reason.

The headline's votes are judged like a body sentence's, but only where one
links as clearly (:func:`headline_mentions`): a headline saying two members
vetoed each other's drafts names the first vetoing; the body's one sentence
naming that member with a no or a veto links it to the rival draft, which
failed for want of nine votes: no veto, a contradiction. Otherwise the
headline's claim is ``unlinked`` with the reason. Its rows are paragraph 0 and
only its members' votes (and permanent seats) are judged: its tally, outcome
and dates are the body's to tell.

``about`` says what a claim is about: ``vote`` (who voted how, the count, the
result) or ``name`` (what the text was called: "a draft resolution" that was
a draft decision, see :mod:`unsc.coverage.check`, claim ``text``). A wrong
name is a minor inaccuracy, not a wrong vote: vote contradictions come first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from unsc.coverage.article import Article
    from unsc.model import Dataset

CLAIM_COLUMNS: dict[str, object] = {
    "mention_id": "string",
    "paragraph": "Int64",
    "claim": "string",
    "about": "string",
    "decision_id": "string",
    "record": "string",
    "verdict": "string",
    "evidence": "string",
}
VERDICTS = ("contradicts", "agrees", "unverifiable", "unlinked")
#: Checks that only confirm the link.
_IDENTITY = {"body", "date", "subject"}
#: Checks of what the text was called, not of the vote.
_NAMING = {"text"}
#: Checks that state something about the vote itself (who voted how, the count, the result).
_STATED = ("vote", "tally yes", "tally no", "tally abstain", "outcome", "unanimous")
#: The record's answer to "X vetoed" where X voted no on a draft that was not adopted for want of
#: votes, or on a procedural question (:func:`unsc.coverage.check._veto_answer`).
_NO_NOT_VETO = re.compile(r"no \((?:failed|adopted)\): no veto: (?:it failed with|a procedural vote)")
#: Fewest contradicting statements that, outnumbering the fitting ones, make a link doubtful.
DOUBT_MIN = 3
#: The identity score under which a best-fit link is too weak to judge a contradiction on.
CLEAR_FIT = 0.9
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
    if claim == "text":
        return f"the text called a {article}"
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
        # what only confirms the link is no claim to show; a day the record contradicts (a sentence
        # linked by the rest of its story, :func:`unsc.coverage.link._misdated_in_story`) is one
        if (c.claim in _IDENTITY and c.status != "contradicts") or c.mention_id not in first.index:
            continue
        m = first.loc[c.mention_id]
        verdict = "agrees" if c.status == "incomplete" else str(c.status)
        record = f"{c.record} (not all named)" if c.status == "incomplete" else str(c.record)
        rows.append({"mention_id": c.mention_id, "paragraph": m["paragraph"],
                     "claim": _words(str(c.claim), c.member, str(c.article)),
                     "about": "name" if c.claim in _NAMING else "vote", "decision_id": c.decision_id,
                     "record": record, "verdict": verdict,
                     "evidence": m["evidence"]})
    for m in mentions.itertuples():
        status = getattr(m, "status", None)
        # a headline links each member on its own: one of its rows may be linked, another not
        if isinstance(m.decision_id, str) and m.decision_id:
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
                     "about": "vote", "decision_id": None,
                     "record": reason if isinstance(reason, str) else "not linked",
                     "verdict": verdict, "evidence": m.evidence})
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CLAIM_COLUMNS.items()})
    # a mention of several groups checks its body-wide claims (tally, outcome) once per group
    frame = pd.DataFrame(rows).drop_duplicates(["mention_id", "claim", "decision_id", "record"])
    frame["_order"] = frame.verdict.map({v: i for i, v in enumerate(VERDICTS)})
    frame["_name"] = frame.about == "name"  # a wrong vote before a wrong name
    frame = frame.sort_values(["_order", "_name", "paragraph", "mention_id"], kind="stable")
    return frame.drop(columns=["_order", "_name"]).astype(CLAIM_COLUMNS).reset_index(drop=True)


_SENTENCE_COLUMNS = ["verdict", "about", "claim", "decision_id", "record", "evidence"]


def by_sentence(table: pd.DataFrame) -> pd.DataFrame:
    """The claims table with one row per sentence, decision and verdict, for reading.

    A sentence naming three members and a tally makes five claims with the same
    evidence; shown one per row, the sentence repeats five times. Here the
    claims and the record's answers of a sentence that share a decision and a
    verdict are joined with "; " (in order, each answer once) and the sentence
    is shown once. The claims table itself keeps one row per claim. A wrong
    name of the text (``about`` ``name``) keeps a row of its own.
    """
    if table.empty:
        return table[_SENTENCE_COLUMNS].copy()
    keys = ["mention_id", "decision_id", "verdict", "about"]
    frame = table.assign(decision_id=table.decision_id.fillna(""), _row=range(len(table)))
    grouped = frame.groupby(keys, sort=False, dropna=False).agg(
        claim=("claim", "; ".join),
        record=("record", lambda s: "; ".join(dict.fromkeys(s.fillna("–")))),
        evidence=("evidence", "first"), _row=("_row", "min")).reset_index()
    grouped = grouped.sort_values("_row", kind="stable")
    grouped["decision_id"] = grouped.decision_id.replace("", pd.NA)
    return grouped[_SENTENCE_COLUMNS].reset_index(drop=True)


def doubtful_links(checks: pd.DataFrame, mentions: pd.DataFrame | None = None,
                   ds: Dataset | None = None) -> dict[str, str]:
    """Mentions whose stated votes mostly contradict their decision, with the reason to unlink them.

    With ``mentions`` and ``ds``, a mention is kept (judged, not doubted) when it
    cannot describe another vote: it gives the decision's very day, a source
    holding every Council draft put to the vote spans that day, and the record
    holds no other vote of the Council that day (:func:`_alone_that_day`).
    """
    stated = checks[checks.claim.isin(_STATED)]
    if stated.empty:
        return {}
    status = stated.status.astype(str)
    # "A, B and C vetoed the draft" of a draft that failed short of nine votes, where they voted no:
    # their votes fit; only the word "vetoed" is wrong, a claim of its own (judged, not doubted)
    no_not_veto = stated.record.astype(str).str.match(_NO_NOT_VETO).to_numpy(dtype=bool)
    counts = pd.DataFrame({
        "mention_id": stated.mention_id.astype(str).to_numpy(),
        "bad": ((status == "contradicts").to_numpy() & ~no_not_veto),
        "good": (status.isin(["agrees", "incomplete"]).to_numpy() | no_not_veto),
        "decision_id": stated.decision_id.astype(str).to_numpy(),
    }).groupby("mention_id", sort=False).agg(bad=("bad", "sum"), good=("good", "sum"),
                                             decision_id=("decision_id", "first"))
    hit = counts[(counts.bad >= DOUBT_MIN) & (counts.bad > counts.good)]
    if mentions is not None and ds is not None and len(hit):
        days = mentions.drop_duplicates("mention_id").set_index(mentions.drop_duplicates("mention_id")
                                                                 .mention_id.astype(str))["date"]
        keep = [_alone_that_day(ds, str(r.decision_id), days.get(str(i))) for i, r in hit.iterrows()]
        hit = hit[~pd.Series(keep, index=hit.index, dtype=bool)]
    return {str(mention_id): (f"{r.bad} of the {r.bad + r.good} votes, counts and results stated do not "
                              f"fit {r.decision_id}: the sentence likely describes another vote; not judged")
            for mention_id, r in zip(hit.index, hit.itertuples(), strict=True)}


def _alone_that_day(ds: Dataset, decision_id: str, said: object) -> bool:
    """Whether ``decision_id`` is the only Council vote on the day the sentence gives (``said``).

    Only the Security Council's record holds every vote of a day (the Assembly and
    the Human Rights Council adopt many texts without a vote, which no record here
    holds); decisions left out of the cleaned record count too.
    """
    d = ds.decisions
    row = d[d.decision_id.astype(str) == decision_id]
    if row.empty or pd.isna(said) or str(row.body.iloc[0]) != "SC":
        return False
    day = row.date.iloc[0]
    if pd.isna(day) or pd.Timestamp(said).normalize() != day.normalize() or not _every_vote_held(ds, day):
        return False
    same = set(d.decision_id[(d.body.astype(str) == "SC") & (d.date == day)].astype(str))
    lo = ds.left_out
    if len(lo):
        same |= set(lo.decision_id[(lo.body.astype(str) == "SC") & (lo.date == day)].astype(str))
    return same == {decision_id}


def _every_vote_held(ds: Dataset, day: pd.Timestamp) -> bool:
    """Whether a source holding every Council draft put to the vote (``sc-drafts``) spans ``day``.

    A selection (the curated record) or a veto list spanning the day proves nothing:
    the other vote of that day may simply not be in it (:mod:`unsc.sources.holds`).
    """
    from unsc.coverage.link import _formats
    from unsc.sources.holds import holds

    d = ds.decisions[ds.decisions.body.astype(str) == "SC"]
    if d.empty:
        return False
    every = frozenset({"adopted", "failed", "vetoed"})
    formats = pd.Series(_formats(d), index=d.index)
    full = formats.map(lambda f: holds(f).complete_for("SC", every)).to_numpy(dtype=bool)
    if not full.any():
        return False
    for _, dates in d.date[full].groupby(formats[full].to_numpy()):
        if dates.min() <= day <= dates.max():
            return True
    return False


#: Positions that say the same of one member's vote ("vetoed" is a permanent member's no).
_ALIKE = {"veto": {"veto", "no"}, "no": {"veto", "no"}, "yes": {"yes"}, "abstain": {"abstain"},
          "absent": {"absent"}}
#: What a headline row keeps of what it says: its members' votes, and whether they hold a permanent seat.
_HEADLINE_BLANK = {"tally": None, "outcome": None, "size": None, "subjects": None, "topics": None,
                   "date": pd.NaT, "date_from": pd.NaT, "date_to": pd.NaT, "date_text": None,
                   "unanimous": False, "others": True, "score": float("nan")}


def headline_mentions(article: Article, body: pd.DataFrame, ds: Dataset,
                      registry: object = None) -> pd.DataFrame:
    """The headline's vote claims, each member linked as clearly as a body sentence, or not at all.

    A headline names no day and rarely the text: "US, Russia vetoed each other's
    drafts". Each member it names with a position is linked through the body:
    to the one decision that the body's sentences naming that member with a
    like position (a veto and a no are alike) are linked to. Not linked (kept,
    ``unlinked``, with the reason) when the body names the member so in no
    sentence, in one not linked, or for two decisions; or when another vote of
    the same body within a day of the decision fits the claim (the headline may
    mean that one). The body's sentence states the same position (or a no where
    the headline says veto), so the headline is found wrong only where the
    body's sentence is, or where it turns a no into a veto. A headline citing a
    symbol ("Adopting Resolution 2735 (2024) ...") is linked to the one decision
    of that symbol the record holds, as a body sentence citing it would be.

    Parameters
    ----------
    article
        The article (its headline is read).
    body
        The body's mentions, linked (:func:`unsc.coverage.link`).
    ds
        The record.
    registry
        People of the article (:func:`unsc.coverage.people.people_in`).

    Returns
    -------
    pandas.DataFrame
        :data:`~unsc.coverage.extract.MENTION_COLUMNS`, one row per member named,
        mention ``<slug>:h1``, paragraph 0; empty when the headline states no vote.
    """
    from unsc.coverage.extract import conform_mentions, extract_mentions
    from unsc.coverage.link import _split

    if not article.headline.strip():
        return conform_mentions(pd.DataFrame())
    alone = replace(article, paragraphs=(article.headline,), lines=(0,), headline="")
    every = extract_mentions(alone, registry=registry)
    said = every[every.members.notna() & every.position.notna()]
    rows: list[dict] = [_headline_count(h, body, ds, article.slug)
                        for h in every.drop_duplicates("mention_id").to_dict("records")
                        if _written(h.get("tally")) >= 2]
    rows += [_headline_unanimous(h, body, ds, article.slug)
             for h in every.drop_duplicates("mention_id").to_dict("records")
             if bool(h.get("unanimous")) and _written(h.get("tally")) < 2
             and not isinstance(h.get("members"), str)]
    rows = [r for r in rows if r is not None]
    if said.empty and not rows:
        return conform_mentions(pd.DataFrame())
    groups = body[body.members.notna() & body.position.notna()]
    for h in said.to_dict("records"):
        for member in _split(h["members"]):
            row = {**h, **_HEADLINE_BLANK, "members": member, "paragraph": 0,
                   "mention_id": f"{article.slug}:h1"}
            decision, reason = _cited_in_headline(h, ds)
            if decision is None:
                decision, reason = _through_body(member, str(h["position"]), h["body"], groups, ds)
            row.update(decision_id=decision, status="linked" if decision else "unlinked", reason=reason)
            rows.append(row)
    return conform_mentions(pd.DataFrame(rows))


def _written(tally: object) -> int:
    """How many of a tally's three parts are written ("10-2-2": 3; "?-7-?": 1; none: 0)."""
    return sum(x != "?" for x in tally.split("-")) if isinstance(tally, str) and tally else 0


def _headline_count(h: dict, body: pd.DataFrame, ds: Dataset, slug: str) -> dict | None:
    """A headline's count ("Extends Mission by 10 Votes in Favour, 2 against, with 2 Abstentions"), linked
    as the body's counted vote, or ``None`` (not claimed) when the body does not name that vote clearly.

    Linked only when every body sentence stating a count is linked, all to one decision of the
    headline's body, at least one part of the headline's count is that decision's, and no other
    vote of that body within a day has the headline's whole count (the headline could mean it).
    """

    counted = body[body.tally.notna()].drop_duplicates("mention_id") if "tally" in body else body.iloc[:0]
    if counted.empty or counted.decision_id.isna().any():
        return None
    found = _the_one_decision(set(counted.decision_id.astype(str)), ds)
    if found is None:
        return None
    decision, idx, i, near = found
    said_body = h.get("body")
    if isinstance(said_body, str) and said_body and said_body != idx.body[i]:
        return None
    claimed = [None if x == "?" else int(x) for x in str(h["tally"]).split("-")]
    parts = ("yes", "no", "abstain")
    if not any(c is not None and idx.tally[k][i] == c for c, k in zip(claimed, parts, strict=True)):
        return None
    if any(all(c is None or idx.tally[k][j] == c for c, k in zip(claimed, parts, strict=True))
           for j in near):
        return None
    page = counted.paragraph.iloc[0]
    blank = {k: v for k, v in _HEADLINE_BLANK.items() if k != "tally"}
    return {**h, **blank, "members": None, "position": None, "paragraph": 0, "mention_id": f"{slug}:h1",
            "decision_id": decision, "status": "linked",
            "reason": f"headline, its count linked as the body's counted sentence (paragraph {page})"}


def _the_one_decision(decisions: set[str], ds: Dataset):  # noqa: ANN202
    """(decision, index, its row, the other votes of its body within a day) when ``decisions`` is one
    decision the record holds, else ``None``: the vote a headline may be linked as."""
    if len(decisions) != 1:
        return None
    from unsc.coverage.link import _index

    decision = next(iter(decisions))
    idx = _index(ds)
    at = np.flatnonzero(idx.ids == decision)
    if not len(at):
        return None
    i = int(at[0])
    close = np.abs(idx.dates - idx.dates[i]) <= np.timedelta64(1, "D")
    return decision, idx, i, np.flatnonzero((idx.body == idx.body[i]) & close & (idx.ids != decision))


def _headline_unanimous(h: dict, body: pd.DataFrame, ds: Dataset, slug: str) -> dict | None:
    """A headline's "unanimously approved", linked as the body's voted decision, or ``None``.

    "Security Council unanimously approved the ceasefire resolution" above a body whose sentences
    stating votes (a count or members' positions) are all linked to one decision of the headline's
    body: the headline tells of that vote, and is judged on it. Not linked when the body states no
    vote, links its votes to several decisions or to none, or when another vote of that body within
    a day of it had no vote against and no abstention (the headline could mean that one).
    """
    voted = body[body.tally.notna() | body.position.notna()].drop_duplicates("mention_id") \
        if len(body) else body
    if voted.empty or voted.decision_id.isna().any():
        return None
    # every sentence of the body linked at all is linked to the one decision (a story of one vote)
    found = _the_one_decision(set(voted.decision_id.astype(str)) | set(body.decision_id.dropna().astype(str)),
                              ds)
    if found is None:
        return None
    decision, idx, i, near = found
    said_body = h.get("body")
    if not isinstance(said_body, str) or said_body != idx.body[i] or idx.outcome[i] != "adopted":
        return None
    if any(idx.tally["no"][j] == 0 and idx.tally["abstain"][j] == 0 for j in near):
        return None
    page = voted.paragraph.iloc[0]
    return {**h, **_HEADLINE_BLANK, "unanimous": True, "members": None, "position": None, "paragraph": 0,
            "mention_id": f"{slug}:h1", "decision_id": decision, "status": "linked",
            "reason": f"headline, linked as the one vote the body states (paragraph {page})"}


def _cited_in_headline(h: dict, ds: Dataset) -> tuple[str | None, str]:
    """(the one decision a headline's cited symbol names, or ``None``; why).

    "Adopting Resolution 2735 (2024) with 14 votes in favour, X abstaining": a symbol decides
    alone, in a headline as in a body sentence, when it names exactly one decision the record
    holds, of the body the headline names (if any).
    """
    from unsc.coverage.link import _held, _index, _split

    cited = _split(h.get("cited"))
    if not cited:
        return None, ""
    idx = _index(ds)
    found = _held(idx, cited)
    if len(found) != 1:
        return None, ""
    said_body = h.get("body")
    at = int(np.flatnonzero(idx.ids == found[0])[0])
    if isinstance(said_body, str) and said_body and said_body != idx.body[at]:
        return None, ""
    return found[0], f"headline: cites {', '.join(cited)}"


def _through_body(member: str, position: str, said_body: object, groups: pd.DataFrame,
                  ds: Dataset) -> tuple[str | None, str]:
    """(the decision a headline's "``member`` ``position``" is linked to, or ``None``; why)."""
    from unsc.coverage.link import _split

    alike = _ALIKE.get(position, {position})
    names = groups.members.astype(str).map(lambda s: member in _split(s)).to_numpy(dtype=bool)
    hits = groups[names & groups.position.astype(str).isin(alike).to_numpy(dtype=bool)]
    if hits.empty:
        return None, (f"headline: no sentence of the body names {member} so; "
                      "which vote it means cannot be told")
    decisions = sorted(set(hits.decision_id.dropna().astype(str)))
    if hits.decision_id.isna().any() or len(decisions) != 1:
        loose = int(hits.decision_id.isna().sum())
        shown = "; ".join(([f"linked to {', '.join(decisions)}"] if decisions else [])
                          + ([f"{loose} not linked"] if loose else []))
        return None, (f"headline: the body's sentences naming {member} so are not linked to one decision "
                      f"({shown}); which vote it means cannot be told")
    decision = decisions[0]
    d = ds.decisions
    row = d[d.decision_id.astype(str) == decision]
    if row.empty:
        return None, f"headline: {decision} is not in the record"
    rec_body, day = str(row.body.iloc[0]), row.date.iloc[0]
    if isinstance(said_body, str) and said_body and said_body != rec_body:
        return None, (f"headline: it is about the {said_body}; the body's sentence naming {member} so "
                      f"is about {decision} of the {rec_body}")
    if position == "veto" and rec_body != "SC":
        # "Russia vetoes ..." above a story of an Assembly vote: the veto is a Council vote the body
        # tells of without naming Russia, not the Assembly's no
        return None, (f"headline: a veto is the Security Council's; the body names {member} voting no "
                      f"only in the {rec_body} ({decision})")
    near = d[(d.body.astype(str) == rec_body) & ((d.date - day).abs() <= pd.Timedelta(days=1))
             & (d.decision_id.astype(str) != decision)]
    fits = [str(x) for x in near.decision_id.astype(str) if _fits(ds, str(x), member, position)]
    if fits:
        return None, (f"headline: {member} {position} fits {', '.join(fits)} of the same days too; "
                      f"which vote it means cannot be told")
    page = int(hits.paragraph.iloc[0]) if pd.notna(hits.paragraph.iloc[0]) else "?"
    return decision, f"headline, linked as the body's sentence naming {member} (paragraph {page})"


def _fits(ds: Dataset, decision_id: str, member: str, position: str) -> bool:
    """Whether the record bears out "``member`` ``position``" on ``decision_id`` (a veto: a permanent no)."""
    v = ds.votes
    got = v.vote[(v.decision_id.astype(str) == decision_id) & (v.member.astype(str) == member)]
    if got.empty:
        return position == "absent"
    vote = str(got.iloc[0])
    if position != "veto":
        return vote == position
    outcome = ds.decisions.outcome[ds.decisions.decision_id.astype(str) == decision_id]
    return vote == "no" and str(outcome.iloc[0]) == "vetoed"


def _continues_clear_link(first: pd.DataFrame, weak: np.ndarray) -> np.ndarray:
    """Which weak best fits go on, undated, with the vote the mention before them clearly names.

    "The Council passed Resolution 1929 ... The Council voted 13 to 2 to impose the
    sanctions": the second sentence's identity score is weak (a count that does not
    fit lowers it), but it carries no date of its own, and the linked mention just
    before it, linked clearly (by symbol or a score of at least :data:`CLEAR_FIT`),
    names the same decision; no mention of the article is linked to the runner-up;
    and no sentence between them or later in its paragraph was found to tell of
    another vote.
    Such a sentence tells more of that vote, and what it states is judged.
    """
    keep = np.zeros(len(first), dtype=bool)
    if not weak.any():
        return keep
    status = first.status.astype(str).to_numpy()
    decided = first.decision_id.astype("string").fillna("").to_numpy()
    scores = first.score.astype(float).to_numpy()
    dated = first.date_text.notna().to_numpy() if "date_text" in first.columns else \
        np.zeros(len(first), dtype=bool)
    reasons = first.reason.astype("string").fillna("").to_numpy()
    linked_ids = set(decided[(status == "linked") & ~weak])
    # the linked mention just before each one (-1: none), in one pass
    linked_at = np.where(status == "linked", np.arange(len(first)), -1)
    last = np.maximum.accumulate(linked_at) if len(first) else linked_at
    previous = np.concatenate([[-1], last[:-1]]) if len(first) else last
    # a sentence unlinked as likely telling of another vote: the story has moved to that vote, so
    # the undated sentences after it (and the rest of its paragraph) do not go back to this one
    another = pd.Series(reasons).str.contains("likely describes another vote", regex=False).to_numpy()
    paragraphs = first.paragraph.to_numpy() if "paragraph" in first.columns else \
        np.zeros(len(first), dtype=int)
    for i in np.flatnonzero(weak):
        j = int(previous[i])
        if j < 0 or dated[i] or another[j + 1:i].any() or \
                (another[i + 1:] & (paragraphs[i + 1:] == paragraphs[i])).any():
            continue
        runner = re.search(r"; next (\S+) \(", reasons[i])
        if weak[j] or decided[j] != decided[i] or not scores[j] >= CLEAR_FIT or \
                (runner is not None and runner.group(1) in linked_ids):
            continue
        keep[i] = True
    return keep


def _weak_best_fits(first: pd.DataFrame) -> np.ndarray:
    """Which mentions (one row each) are linked as the best of several candidates with a score under
    :data:`CLEAR_FIT` ("best fit (0.77); next S/RES/2730(2024) (0.64)")."""
    reason = first.reason.astype("string").fillna("")
    return ((first.status.astype(str) == "linked").to_numpy()
            & reason.str.startswith("best fit (").to_numpy()
            & reason.str.contains("; next ", regex=False).to_numpy()
            & (first.score.astype(float) < CLEAR_FIT).to_numpy())


def _say_why_judged(mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with the reason of each weak best fit judged all the same saying why (see
    :func:`_continues_clear_link`)."""
    if mentions.empty or "score" not in mentions.columns:
        return mentions
    first = mentions.drop_duplicates("mention_id")
    weak = _weak_best_fits(first)
    kept = set(first.mention_id[weak & _continues_clear_link(first, weak)].astype(str))
    if not kept:
        return mentions
    mentions = mentions.copy()
    hit = mentions.mention_id.astype(str).isin(kept)
    mentions.loc[hit, "reason"] = mentions.loc[hit, "reason"].astype(str) + (
        "; judged: the sentence goes on, with no day of its own, with the vote the mention before "
        "names clearly")
    return mentions


def _weak_links_judge_nothing(checks: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Checks of mentions linked by a weak best fit, with ``contradicts`` made ``unverifiable``.

    A mention linked as the best of several candidates by identity (body, date,
    subject) with a score under :data:`CLEAR_FIT` ("best fit (0.77); next
    S/RES/2730(2024) (0.64)") is likely, not clearly, about that decision: what it
    states that the record does not bear out may be said of another vote, so it is
    not called wrong ("contradicts" needs a claim clearly linked). What agrees
    still agrees; the only candidate is no such guess.
    """
    if checks.empty or "score" not in mentions.columns:
        return checks
    first = mentions.drop_duplicates("mention_id")
    weak_mask = _weak_best_fits(first)
    weak = first[weak_mask & ~_continues_clear_link(first, weak_mask)]
    if weak.empty:
        return checks
    why = dict(zip(weak.mention_id.astype(str), weak.reason.astype(str), strict=True))
    hit = (checks.status.astype(str) == "contradicts").to_numpy() & \
        checks.mention_id.astype(str).isin(why).to_numpy()
    if not hit.any():
        return checks
    checks = checks.copy()
    checks.loc[hit, "record"] = [
        f"{rec}; but the sentence is linked to {dec} only as its likeliest decision ({why[mid]}): "
        "not clear enough to call it wrong"
        for rec, dec, mid in zip(checks.record[hit].astype(str), checks.decision_id[hit].astype(str),
                                 checks.mention_id[hit].astype(str), strict=True)]
    checks.loc[hit, "status"] = "unverifiable"
    return checks


def judge(article: Article, mentions: pd.DataFrame, ds: Dataset,
          registry: object = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The judge stage: the linked mentions checked, doubtful links undone, the headline added.

    Parameters
    ----------
    article
        The article the mentions were read from.
    mentions
        Its linked mentions (:func:`unsc.coverage.link`).
    ds
        The record.
    registry
        People of the article (for the headline's reading).

    Returns
    -------
    tuple of pandas.DataFrame
        The mentions (the headline's rows last) and their checks
        (:data:`~unsc.coverage.check.CHECK_COLUMNS`).
    """
    from unsc.coverage.check import check

    checks = check(mentions, ds)
    doubted = doubtful_links(checks, mentions, ds)
    if doubted:
        # Precision first: a sentence that mostly contradicts its decision is about another vote.
        hit = mentions.mention_id.astype(str).isin(doubted).to_numpy()
        mentions = mentions.copy()
        mentions.loc[hit, "reason"] = mentions.loc[hit, "mention_id"].astype(str).map(doubted)
        mentions.loc[hit, "decision_id"] = None
        mentions.loc[hit, "status"] = "unlinked"
        checks = checks[~checks.mention_id.astype(str).isin(doubted)]
    checks = _weak_links_judge_nothing(checks, mentions)
    mentions = _say_why_judged(mentions)
    head = headline_mentions(article, mentions, ds, registry)
    if head.empty:
        return mentions, checks
    from unsc.coverage.extract import conform_mentions

    head_checks = check(head, ds)
    mentions = conform_mentions(pd.concat([mentions, head], ignore_index=True))
    if head_checks.empty:
        return mentions, checks
    return mentions, pd.concat([checks, head_checks], ignore_index=True)

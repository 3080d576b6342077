"""Score the coverage pipeline on a labelled folder of articles (``../shared/coverage/dev``).

The folder holds article files and ``expected.json``::

    {"<file>": {"speakers": [surname, ...],
                "mentions": [{"body", "decision_id", "date", "yes": [...], "no": [...],
                              "abstain": [...], "absent": [...]}],
                "contradictions": ["...", ...]}}

(``absent``, optional, lists members the article says did not vote or were not there.)

Every article is run through ``unsc.coverage.analyse`` against a record with
the real data imported (``--store``; by default a store is built once from
``../shared/data`` with ``unsc data import`` and cached in the temp folder).
Printed per article and in total:

``read``       the file was read (1/0).
``spk R/P``    quoted speakers found: recall of the expected surnames, and
               precision (found speakers the extractor takes for persons that
               are expected people; institutions, media and groups not counted).
``links``      expected decisions that lie inside the data and were linked, of how many (a
               resolution's own roll call in ``unvotes_ga``, "A/RES/66/175 (rcid 5134)", counts
               as "A/RES/66/175"; its motions' and amendments' roll calls do not).
``extra``      links to decisions the article does not mention.
``pos``        member positions read right, of those the article states
               (a member named with the position the labels give, in a
               mention linked to that decision, or anywhere in the article when
               the decision is outside the data).
``outside``    mentioned decisions outside the data marked ``unverifiable``, of how many.
``contra``     contradictions caught: claims judged ``contradicts`` (capped at
               the number expected), of those the labels list.
``false``      ``contradicts`` claims beyond those the labels list (by mention), and every
               one judged on a decision the article does not mention or about a member
               the labels name on no side of that decision.

With ``-v``, each article also lists its links, unlinked mentions and, per labelled
decision, the (member, position) pairs expected but not read and those read but
labelled for no mention of it ("no mention linked to it" marks a link miss).

Targets (issue 12): speakers ≥ 85 % recall and no fragment; linked ≥ 90 %;
positions ≥ 85 %; extra ≤ 1 in all; false = 0; outside all unverifiable;
contradictions ≥ 50 %.

Usage: python benchmarks/coverage_eval.py [--dev FOLDER] [--store DIR | --embedded] [-v]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IMPORTS = [
    "data/unsc_drafts_votes_1994_2025/sc_voting_1994_2025.csv.gz",
    "data/unsc_vetoes_wpdl/unsc_vetoes_1946_sept2022.csv",
    "data/unhrc_recorded_votes",
    "data/unvotes_ga",
]


def build_store(folder: Path) -> list[str]:
    """Import the real data into ``folder`` (once; a marker file says it is done)."""
    done = folder / ".coverage_eval_done"
    notes: list[str] = []
    if done.exists():
        return done.read_text().splitlines()
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, UNSC_STORE=str(folder), PYTHONPATH=str(ROOT / "src"))
    for rel in IMPORTS:
        path = SHARED / rel
        if not path.exists():
            notes.append(f"missing: {path}")
            continue
        run = subprocess.run([sys.executable, "-m", "unsc.cli", "data", "import", str(path)],
                             env=env, capture_output=True, text=True, check=False)
        last = (run.stdout.strip().splitlines() or run.stderr.strip().splitlines() or [""])[0]
        if run.returncode != 0:
            lines = run.stderr.strip().splitlines() or ["?"]
            err = next((ln for ln in lines if "error" in ln.lower()), lines[-1])
            notes.append(f"import failed: {rel}: {err}")
        else:
            notes.append(last)
    done.write_text("\n".join(notes))
    return notes


def _surname_match(expected: str, found: str) -> bool:
    return expected.lower() in found.lower().replace("’", "'").split() or \
        found.lower().endswith(expected.lower())


#: The positions a label may give a member ("absent": the article says it did not vote).
_LABELLED = ("yes", "no", "abstain", "absent")
_RCID = re.compile(r"^(?P<symbol>.+) \(rcid \d+\)$")
_SOURCE_ID = re.compile(r"^(?P<symbol>.+) \(ID \d+\)$")
_NOT_THE_TEXT = re.compile(r"\bmotion\b|\bamendment|\bno action\b|^The President", re.I)


def resolution_roll_calls(decisions: pd.DataFrame) -> dict[str, str]:
    """Record id → the symbol the labels use, for the Assembly's roll calls told apart by rcid.

    ``unvotes_ga`` gives one symbol to a resolution's own vote and to the motions and amendments
    voted on it ("A/RES/66/175 (rcid 5134)" and "(rcid 5916)", a no-action motion): a link to the
    resolution's own roll call is a link to "A/RES/66/175". A motion's or an amendment's, or a
    symbol with two such roll calls, keeps its own id (and a link to it is no link to the text).
    """
    found: dict[str, list[str]] = {}
    for did, title in zip(decisions.decision_id.astype(str), decisions.title.astype(str), strict=True):
        m = _RCID.match(did)
        if m and not _NOT_THE_TEXT.search(title):
            found.setdefault(m.group("symbol"), []).append(did)
    alias = {ids[0]: symbol for symbol, ids in found.items() if len(ids) == 1}
    # the Council table keys a draft it holds twice by its own ID ("S/1996/952 (ID 192)" and "(ID 76)"):
    # either row is the draft the labels name
    for did in decisions.decision_id.astype(str):
        m = _SOURCE_ID.match(did)
        if m:
            alias[did] = m.group("symbol")
    return alias


def _aliased(cov, alias: dict[str, str]):  # noqa: ANN001, ANN202
    """``cov`` with its mentions' and checks' decision ids as :func:`resolution_roll_calls` names them."""
    from dataclasses import replace

    if not alias:
        return cov
    mentions = cov.mentions.assign(decision_id=cov.mentions.decision_id.map(lambda d: alias.get(d, d)))
    checks = cov.checks.assign(decision_id=cov.checks.decision_id.map(lambda d: alias.get(d, d)))
    return replace(cov, mentions=mentions, checks=checks)


def score_article(cov, labels: dict, known: set[str]) -> dict:  # noqa: ANN001
    """The figures of one article (``cov``: its Coverage; ``known``: the record's decisions).

    The precision counts the speakers the statements table's ``speaker_kind``
    calls persons (an institution such as Human Rights Watch is no person).
    """
    out: dict[str, float] = {}
    st = cov.statements
    quoted = st[st.statement_id.astype(str).str.contains(":q")]
    found = sorted({str(s) for s in quoted.speaker.dropna()})
    kinds = dict(zip(quoted.speaker.astype(str), quoted.speaker_kind.astype(str), strict=True)) \
        if "speaker_kind" in quoted.columns else {}
    persons = [s for s in found if kinds.get(s, "person") == "person"]
    expected = labels.get("speakers", [])
    out["spk_exp"] = len(expected)
    out["spk_hit"] = sum(any(_surname_match(e, f) for f in found) for e in expected)
    out["spk_found"] = len(persons)
    out["spk_good"] = sum(any(_surname_match(e, f) for e in expected) for f in persons)
    out["spk_bad"] = [f for f in persons if not any(_surname_match(e, f) for e in expected)]
    out["spk_missed"] = [e for e in expected if not any(_surname_match(e, f) for f in found)]
    mentions = cov.mentions
    linked = set(mentions.decision_id.dropna().astype(str))
    wanted = [m for m in labels.get("mentions", []) if m.get("decision_id")]
    inside = [m for m in wanted if m["decision_id"] in known]
    outside = [m for m in labels.get("mentions", []) if m not in inside]
    out["link_exp"] = len(inside)
    out["link_hit"] = sum(m["decision_id"] in linked for m in inside)
    mentioned = {m["decision_id"] for m in wanted}
    out["extra"] = sorted(linked - mentioned)
    status = mentions["status"].astype(str) if "status" in mentions.columns else None
    out["out_exp"] = len(outside)
    out["out_hit"] = 0
    if outside and status is not None:
        out["out_hit"] = min(len(outside), int((status == "unverifiable").sum()))
    pos_exp = pos_hit = 0
    pos_misses: list[str] = []
    for m in labels.get("mentions", []):
        rows = mentions[mentions.decision_id.astype(str) == str(m.get("decision_id"))]
        if m not in inside:
            rows = mentions
        pairs = set()
        for r in rows.itertuples():
            if isinstance(r.members, str) and isinstance(r.position, str):
                pos = "no" if r.position == "veto" else r.position
                pairs |= {(c, pos) for c in r.members.split(";")}
        want = {(code, position) for position in _LABELLED for code in m.get(position, [])}
        for position in _LABELLED:
            for code in m.get(position, []):
                pos_exp += 1
                pos_hit += (code, position) in pairs
        # What -v shows: the pairs missed, and those read but labelled for no mention of this
        # decision (another labelled mention of the same decision may expect them).
        # A decision outside the data is scored on the whole article: compare with all its labels.
        same = [n for n in labels.get("mentions", [])
                if m not in inside or n.get("decision_id") == m.get("decision_id")]
        labelled = {(c, p) for n in same for p in _LABELLED for c in n.get(p, [])}
        scored = {pair for pair in pairs if pair[1] in _LABELLED}
        missed, unexpected = sorted(want - pairs), sorted(scored - labelled)
        if missed or unexpected:
            where = "" if len(rows) or m not in inside else " (no mention linked to it)"
            pos_misses.append(f"{m.get('decision_id')}{where}: not read {_pairs(missed)}; "
                              f"read, not expected {_pairs(unexpected)}")
    out["pos_exp"], out["pos_hit"] = pos_exp, pos_hit
    out["pos_misses"] = pos_misses
    checks = cov.checks
    contradicted = checks[checks.status.astype(str) == "contradicts"]
    n_expected = len(labels.get("contradictions", []))
    # a contradiction judged on a decision the article does not mention (a wrong link) is false
    # whatever the labels expect: it must not count as catching one they list
    mentioned = contradicted.decision_id.astype(str).isin(
        {str(n.get("decision_id")) for n in labels.get("mentions", [])})
    # so is one about a member the labels name on no side of that decision: the article states
    # nothing of that member's vote there (a place read as a voter, say), so it cannot be a catch
    named_on = {}
    for n in labels.get("mentions", []):
        named_on.setdefault(str(n.get("decision_id")), set()).update(
            c for p in _LABELLED for c in n.get(p, []))
    unnamed = pd.Series([isinstance(mb, str) and bool(mb) and mb not in named_on.get(str(d), set())
                         for mb, d in zip(contradicted.member, contradicted.decision_id, strict=True)],
                        index=contradicted.index, dtype=bool)
    right = mentioned & ~unnamed
    wrong_ids = set(contradicted[~right].mention_id.astype(str))
    n_found = len(set(contradicted[right].mention_id.astype(str)) - wrong_ids)
    n_wrong = len(wrong_ids)
    out["con_exp"] = n_expected
    out["con_hit"] = min(n_expected, n_found)
    out["false"] = (n_found if n_expected == 0 else max(0, n_found - n_expected)) + n_wrong
    return out


def _pairs(pairs: list[tuple[str, str]]) -> str:
    return " ".join(f"{c}:{p}" for c, p in pairs) or "-"


def _pct(hit: float, total: float) -> str:
    return f"{hit:.0f}/{total:.0f}" + (f" {100 * hit / total:3.0f}%" if total else "    -")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=SHARED / "coverage" / "dev")
    parser.add_argument("--store", type=Path,
                        default=Path(tempfile.gettempdir()) / "unsc-coverage-eval-store")
    parser.add_argument("--embedded", action="store_true", help="link to the embedded record only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each article's misses")
    args = parser.parse_args(argv)
    labels = json.loads((args.dev / "expected.json").read_text(encoding="utf-8"))
    if not args.embedded:
        for note in build_store(args.store):
            print(f"store: {note}")
        os.environ["UNSC_STORE"] = str(args.store)
    import unsc
    from unsc import coverage
    from unsc.errors import DataFormatError

    ds = unsc.load("embedded" if args.embedded else "auto")
    alias = resolution_roll_calls(ds.decisions)
    known = set(ds.decisions.decision_id.astype(str)) | set(alias.values())
    print(f"record: {ds.origin}, {len(known):,} decisions")
    header = (f"{'article':44} {'read':>4} {'spk R':>9} {'spk P':>9} {'links':>9} {'extra':>5} "
              f"{'pos':>10} {'outside':>7} {'contra':>6} {'false':>5}")
    print(header)
    totals: dict[str, float] = {}
    for name, lab in labels.items():
        path = args.dev / name
        try:
            cov = coverage.analyse(path, ds)
            read = 1
            s = score_article(_aliased(cov, alias), lab, known)
        except DataFormatError as exc:
            read, s = 0, None
            print(f"  cannot read {name}: {exc}")
        totals["read"] = totals.get("read", 0) + read
        totals["n"] = totals.get("n", 0) + 1
        if s is None:
            print(f"{name[:44]:44} {0:>4}")
            continue
        for k, v in s.items():
            if k == "pos_misses":
                continue
            if isinstance(v, list):
                totals[k] = totals.get(k, 0) + len(v)
            else:
                totals[k] = totals.get(k, 0) + v
        print(f"{name[:44]:44} {read:>4} {_pct(s['spk_hit'], s['spk_exp']):>9} "
              f"{_pct(s['spk_good'], s['spk_found']):>9} {_pct(s['link_hit'], s['link_exp']):>9} "
              f"{len(s['extra']):>5} {_pct(s['pos_hit'], s['pos_exp']):>10} "
              f"{s['out_hit']}/{s['out_exp']:<5} {s['con_hit']}/{s['con_exp']:<4} {s['false']:>5}")
        if args.verbose:
            if s["extra"]:
                print(f"    extra links: {', '.join(s['extra'])}")
            if s["spk_bad"]:
                print(f"    speakers not expected: {s['spk_bad']}")
            if s["spk_missed"]:
                print(f"    speakers not found: {s['spk_missed']}")
            for line in s["pos_misses"]:
                print(f"    positions {line}")
            linked = cov.mentions.dropna(subset=["decision_id"])
            for r in linked.drop_duplicates("mention_id").itertuples():
                print(f"    linked {r.decision_id}: {str(r.evidence)[:90]}")
            if "reason" in cov.mentions.columns:
                for r in cov.mentions[cov.mentions.decision_id.isna()].drop_duplicates(
                        "mention_id").itertuples():
                    print(f"    {r.status} ({r.reason}): {str(r.evidence)[:80]}")
    t = totals
    print("-" * len(header))
    print(f"{'TOTAL':44} {t['read']:.0f}/{t['n']:.0f} {_pct(t['spk_hit'], t['spk_exp']):>9} "
          f"{_pct(t['spk_good'], t['spk_found']):>9} {_pct(t['link_hit'], t['link_exp']):>9} "
          f"{t['extra']:>5.0f} {_pct(t['pos_hit'], t['pos_exp']):>10} "
          f"{t['out_hit']:.0f}/{t['out_exp']:<5.0f} {t['con_hit']:.0f}/{t['con_exp']:<4.0f} "
          f"{t['false']:>5.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

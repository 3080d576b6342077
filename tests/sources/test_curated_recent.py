"""The embedded record's General Assembly emergency-session votes of 2022-2024 and the rejected HRC draft.

The General Assembly data held (unvotes) end in January 2020, so these are the only GA votes of the
period the package can check. Only the members the pages cited in ``source`` name are recorded
(``partial``); the tallies are the official ones.
"""

import pandas as pd
import pytest

import unsc
from unsc.sources import curated

#: Official tallies (yes, no, abstain, absent = the rest of the 193 members).
TALLIES = {
    "A/RES/ES-11/1": (141, 5, 35, 12), "A/RES/ES-11/2": (140, 5, 38, 10),
    "A/RES/ES-11/3": (93, 24, 58, 18), "A/RES/ES-11/4": (143, 5, 35, 10),
    "A/RES/ES-11/5": (94, 14, 73, 12), "A/RES/ES-11/6": (141, 7, 32, 13),
    "A/RES/ES-10/21": (120, 14, 45, 14), "A/RES/ES-10/22": (153, 10, 23, 7),
    "A/RES/ES-10/23": (143, 9, 25, 16),
}
#: The members each GA decision names, by vote: exactly these, and nobody else.
NAMED = {
    "A/RES/ES-11/1": {"no": "BLR ERI PRK RUS SYR", "absent": "VEN"},
    "A/RES/ES-11/2": {"no": "BLR ERI PRK RUS SYR", "absent": "VEN"},
    "A/RES/ES-11/3": {"no": "BLR CHN CUB IRN KAZ PRK RUS SYR", "absent": "VEN"},
    "A/RES/ES-11/4": {"no": "BLR NIC PRK RUS SYR", "abstain": "CHN IND LAO PAK ZAF"},
    "A/RES/ES-11/5": {"no": "BHS BLR CAF CHN CUB ERI ETH IRN MLI NIC PRK RUS SYR ZWE"},
    "A/RES/ES-11/6": {"no": "BLR ERI MLI NIC PRK RUS SYR"},
    "A/RES/ES-10/21": {"no": "AUT CZE FJI FSM GTM HRV HUN ISR MHL PNG PRY TON USA"},
    "A/RES/ES-10/22": {"no": "AUT CZE FSM GTM ISR LBR NRU PNG PRY USA"},
    "A/RES/ES-10/23": {"no": "ARG CZE FSM HUN ISR NRU PLW PNG USA"},
}
L6 = "A/HRC/51/L.6"
L6_NO = set("BOL CMR CHN CIV CUB ERI GAB IDN KAZ MRT NAM NPL PAK QAT SEN SDN ARE UZB VEN".split())
L6_ABSTAIN = set("ARG ARM BEN BRA GMB IND LBY MWI MYS MEX UKR".split())


@pytest.fixture(scope="module")
def ds():
    return unsc.load("embedded")


@pytest.fixture(scope="module")
def decisions(ds):
    return ds.decisions.set_index("decision_id")


def _named(ds, decision_id):
    v = ds.votes[ds.votes.decision_id == decision_id]
    return {code: set(v.loc[v.vote == code, "member"].astype(str)) for code in v.vote.astype(str).unique()}


def test_every_decision_is_held_with_its_official_tally(decisions):
    d = decisions.loc[list(TALLIES)]
    got = dict(zip(d.index, zip(d.yes, d.no, d.abstain, d.absent, strict=True), strict=True))
    assert got == TALLIES
    assert (d.body == "GA").all() and (d.outcome == "adopted").all() and d.partial.all()
    assert all(sum(t) == 193 for t in TALLIES.values())
    assert set(d.session.astype(str)) == {"ES-10", "ES-11"}
    assert d.date.is_monotonic_increasing
    assert d.loc["A/RES/ES-11/1", "date"] == pd.Timestamp("2022-03-02")
    assert d.loc["A/RES/ES-10/23", "date"] == pd.Timestamp("2024-05-10")


def test_partial_decisions_hold_exactly_the_members_named(ds, decisions):
    for decision_id, named in NAMED.items():
        assert _named(ds, decision_id) == {k: set(v.split()) for k, v in named.items()}, decision_id
        tally = dict(zip(("yes", "no", "abstain", "absent"), TALLIES[decision_id], strict=True))
        for vote, members in _named(ds, decision_id).items():
            assert len(members) <= tally[vote], (decision_id, vote)


def test_a_complete_no_list_matches_the_tally(ds):
    # Where every member voting no is named, the list is as long as the official count.
    for decision_id in ("A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/4", "A/RES/ES-11/5",
                        "A/RES/ES-11/6", "A/RES/ES-10/22", "A/RES/ES-10/23"):
        assert len(_named(ds, decision_id)["no"]) == TALLIES[decision_id][1], decision_id


def test_venezuela_is_not_recorded_voting_on_the_annexation_vote(ds):
    """A report had Venezuela among the five against ES-11/4; the record names Nicaragua."""
    v = ds.votes[(ds.votes.decision_id == "A/RES/ES-11/4") & (ds.votes.member == "VEN")]
    assert v.empty
    assert "NIC" in _named(ds, "A/RES/ES-11/4")["no"]


def test_rejected_hrc_draft_decision_has_all_47_votes(ds, decisions):
    d = decisions.loc[L6]
    assert d.body == "HRC" and d.outcome == "failed" and not d.partial
    assert d.title.lower().startswith("draft decision (rejected)") and d.draft == L6
    assert d.date == pd.Timestamp("2022-10-06") and str(d.session) == "51"
    named = _named(ds, L6)
    assert named["no"] == L6_NO and named["abstain"] == L6_ABSTAIN
    assert {k: len(v) for k, v in named.items()} == {"yes": 17, "no": 19, "abstain": 11}
    assert (d.yes, d.no, d.abstain, d.absent) == (17, 19, 11, 0)


def test_tally_equals_the_votes_when_not_partial(ds, decisions):
    recent = decisions[decisions.date >= "2022-01-01"]
    full = recent[~recent.partial]
    assert list(full.index) == [L6]
    counts = (ds.votes[ds.votes.decision_id.isin(full.index)]
              .groupby([ds.votes.decision_id.astype(str), ds.votes.vote.astype(str)]).size()
              .unstack(fill_value=0).reindex(columns=["yes", "no", "abstain", "absent"], fill_value=0))
    pd.testing.assert_frame_equal(counts, full[["yes", "no", "abstain", "absent"]].astype("int64"),
                                  check_names=False, check_index_type=False)


def test_vote_notes_attach_to_recorded_votes(ds):
    notes = curated.read_vote_notes()
    votes = ds.votes.set_index(["decision_id", "member"]).vote.astype(str)
    ven = notes[notes.member == "VEN"]
    assert set(ven.decision_id) == {"A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"}
    assert (ven.flag == "suspended").all() and ven.note.str.contains("Article 19").all()
    for row in ven.itertuples():
        assert votes[(row.decision_id, "VEN")] == "absent"  # could not vote, not a choice
    bhs = notes[notes.member == "BHS"]
    assert list(bhs.decision_id) == ["A/RES/ES-11/5"] and list(bhs.flag) == ["unverified"]
    assert votes[("A/RES/ES-11/5", "BHS")] == "no"


def test_every_member_code_resolves(ds):
    codes = set(ds.votes.loc[ds.votes.decision_id.isin([*TALLIES, L6]), "member"].astype(str))
    known = set(unsc.members.table().member.astype(str))
    assert codes <= known
    problems = unsc.validate(ds)
    assert problems.empty, problems.to_string()


def test_the_block_is_read_from_its_own_file_and_the_gap_is_not_covered(ds):
    d = ds.decisions.set_index("decision_id")
    assert {d.loc[k, "file"].rsplit("/", 1)[-1] for k in [*TALLIES, L6]} == {"decisions-2022-2024.csv"}
    assert d.loc["A/RES/66/253", "file"].endswith("/decisions.csv")
    assert ds.covers("GA", "2023-10-27") and ds.covers("HRC", "2022-10-06")
    # Between the 2011-2012 votes and the 2022-2024 block the record holds no GA or HRC vote.
    assert not ds.covers("GA", "2014-03-27") and not ds.covers("HRC", "2016-03-26")
    assert ds.covers("GA", "2012-02-16")


def test_a_decision_in_two_files_is_a_clear_error(tmp_path):
    import shutil

    from unsc import config

    for name in ("decisions.csv", "votes.csv", "terms.csv"):
        shutil.copy(config.curated_dir() / name, tmp_path / name)
    lines = (config.curated_dir() / "decisions.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "decisions-extra.csv").write_text("\n".join([lines[0], lines[3]]) + "\n", encoding="utf-8")
    with pytest.raises(unsc.errors.DataFormatError) as err:
        curated.read(tmp_path)
    text = str(err.value)
    assert "decisions-extra.csv" in text and "line 2" in text and "already in decisions.csv" in text
    assert lines[3].split(",")[0] in text


def test_without_block_files_the_record_reads_as_before(tmp_path):
    import shutil

    from unsc import config

    for name in ("decisions.csv", "votes.csv", "terms.csv"):
        shutil.copy(config.curated_dir() / name, tmp_path / name)
    small = curated.read(tmp_path)
    everything = set(unsc.load("embedded").decisions.decision_id)
    assert set(small.decisions.decision_id) == everything - {*TALLIES, L6}


@pytest.mark.shared
def test_l6_in_favour_list_is_the_rest_of_the_2022_council(shared_data, ds):
    """The 17 in favour are the Council's members that day less the 30 the other lists name."""
    votes = pd.read_csv(shared_data / "unhrc_recorded_votes" / "hrc_votes.csv", dtype=str)
    council = set(votes.loc[votes.resolution_name == "A/HRC/RES/51/1", "country_short"])
    assert len(council) == 47 and L6_NO | L6_ABSTAIN <= council
    assert _named(ds, L6)["yes"] == council - L6_NO - L6_ABSTAIN


# -- what the coverage reader makes of them ----------------------------------------------------
def _claims(fixtures, ds, name):
    from unsc.coverage import analyse

    return analyse(fixtures / "curated_articles" / name, ds).claims


def test_an_article_on_es_11_4_links_and_agrees(fixtures, ds):
    """Our own words on the annexation vote: every claim is checked against the curated record."""
    c = _claims(fixtures, ds, "es-11-4.md")
    assert set(c.decision_id.astype(str)) == {"A/RES/ES-11/4"}
    assert set(c.verdict) == {"agrees"}
    assert {"BLR voted no", "NIC voted no", "PRK voted no", "RUS voted no", "SYR voted no",
            "tally: 143 yes", "tally: 5 no", "tally: 35 abstain", "CHN abstained",
            "IND abstained"} <= set(c.claim)


def test_a_member_the_partial_record_does_not_name_is_unverifiable_not_false(fixtures, ds):
    """Only 13 of the 14 against ES-10/21 are named: Nauru's vote cannot be checked either way."""
    c = _claims(fixtures, ds, "es-10-21.md").set_index("claim")
    assert c.loc["NRU voted no", "verdict"] == "unverifiable"
    assert c.loc["ISR voted no", "verdict"] == "agrees" and c.loc["HUN voted no", "verdict"] == "agrees"
    assert (c.decision_id.astype(str) == "A/RES/ES-10/21").all() and "contradicts" not in set(c.verdict)

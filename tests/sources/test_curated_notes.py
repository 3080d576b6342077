"""Corrections to the embedded record: draft titles from the meeting records, notes on single votes."""

import pandas as pd
import pytest

import unsc
from unsc.sources import curated

#: Libya's rights of membership of the Human Rights Council were suspended (A/RES/65/265) ...
SUSPENDED = pd.Timestamp("2011-03-01")
#: ... and restored (A/RES/66/11).
RESTORED = pd.Timestamp("2011-11-18")


@pytest.fixture(scope="module")
def ds():
    return unsc.load("embedded")


@pytest.fixture(scope="module")
def notes():
    return curated.read_vote_notes()


def test_draft_titles_name_who_tabled_them(ds):
    titles = ds.decisions.set_index("decision_id").title
    # Russia withdrew its text at S/PV.8105 and Bolivia put it to the vote.
    assert "tabled by Bolivia" in titles["S/2017/968"] and "Russian draft" not in titles["S/2017/968"]
    assert "China and the Russian Federation" in titles["S/2019/757"]


def test_every_note_is_on_a_curated_vote(ds, notes):
    assert len(notes) == 7
    keys = set(zip(ds.votes.decision_id.astype(str), ds.votes.member.astype(str), strict=True))
    assert set(zip(notes.decision_id, notes.member, strict=True)) <= keys
    assert (notes.note.str.len() > 40).all() and notes.source.notna().all()


def test_libya_suspended_not_absent_by_choice(ds, notes):
    s = notes[(notes.flag == "suspended") & (notes.member == "LBY")]
    assert set(zip(s.decision_id, s.member, strict=True)) == {("A/HRC/RES/S-16/1", "LBY"),
                                                               ("A/HRC/RES/S-17/1", "LBY")}
    dates = ds.decisions.set_index("decision_id").date
    votes = ds.votes.set_index(["decision_id", "member"]).vote
    for row in s.itertuples():
        assert SUSPENDED <= dates[row.decision_id] < RESTORED
        assert votes[(row.decision_id, row.member)] == "absent"  # the code kept; the note says why
        assert "A/RES/65/265" in row.source


def test_mauritania_on_s_17_1_and_the_bahamas_on_es_11_5_are_marked_unverified(notes):
    u = notes[notes.flag == "unverified"]
    assert list(zip(u.decision_id, u.member, strict=True)) == [("A/HRC/RES/S-17/1", "MRT"),
                                                              ("A/RES/ES-11/5", "BHS")]
    assert "A/HRC/S-17/2" in u.source.iloc[0]


def test_bad_flag_is_a_clear_error(tmp_path):
    (tmp_path / "vote_notes.csv").write_text(
        "decision_id,member,flag,note,source\nA/HRC/RES/S-16/1,LBY,gone,a note,a source\n",
        encoding="utf-8")
    with pytest.raises(unsc.errors.DataFormatError) as err:
        curated.read_vote_notes(tmp_path)
    text = str(err.value)
    assert "vote_notes.csv" in text and "line 2" in text and "flag" in text and "gone" in text


def test_no_notes_file_gives_an_empty_table(tmp_path):
    assert curated.read_vote_notes(tmp_path).empty


@pytest.mark.shared
def test_libya_cast_no_vote_while_suspended_in_the_ohchr_table(shared_data):
    """The OHCHR table agrees: no Libyan vote from 1 March to 18 November 2011, one after."""
    folder = shared_data / "unhrc_recorded_votes"
    votes = pd.read_csv(folder / "hrc_votes.csv", dtype=str)
    dates = pd.read_csv(folder / "hrc_resolutions.csv", dtype=str).set_index("name").vote_date
    lby = votes[votes.country_short == "LBY"].assign(
        date=lambda f: pd.to_datetime(f.resolution_name.map(dates), format="%Y/%m/%d"))
    during = lby[(lby.date >= SUSPENDED) & (lby.date < RESTORED)]
    assert len(during) == 29 and set(during.vote) == {"NO_VOTE"}
    assert lby[lby.resolution_name == "A/HRC/RES/S-18/1"].vote.tolist() == ["YES"]

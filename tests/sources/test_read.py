"""``unsc.read``: the format sniffed from the header or the folder."""

from __future__ import annotations

import pytest

import unsc
from unsc.errors import DataFormatError
from unsc.sources import FORMATS, input_files, sniff

from .conftest import SC_DRAFTS, UNDL_SC, VETOES


@pytest.mark.parametrize(("relative", "fmt"), [
    ("undl_sc/sc_voting_small.csv", "undl-sc"),
    ("undl_ga/ga_voting_2024.csv", "undl-ga"),
    ("undl_ga/ga_voting_2025.csv", "undl-ga"),
    ("sc_drafts/sc_drafts_small.csv", "sc-drafts"),
    ("vetoes/vetoes_small.csv", "vetoes"),
    ("curated_small", "curated"),
])
def test_sniff_fixtures(fixtures, relative, fmt):
    path = fixtures / relative
    assert sniff(path) == fmt
    ds = unsc.read(path)
    assert len(ds.decisions) and ds.decisions.decision_id.is_unique
    if fmt in FORMATS:
        assert ds.origin.startswith(fmt)
        assert {"file", "line"} <= set(ds.decisions.columns) and \
            {"file", "line"} <= set(ds.votes.columns)
        assert ds.decisions.line.notna().all() and ds.votes.line.notna().all()


@pytest.mark.shared
@pytest.mark.parametrize(("relative", "fmt"), [
    (UNDL_SC, "undl-sc"), (SC_DRAFTS, "sc-drafts"), (VETOES, "vetoes"),
    ("unvotes_ga", "unvotes"), ("unvotes_ga/un_votes.csv.gz", "unvotes"),
    ("unhrc_recorded_votes", "hrc"),
])
def test_sniff_real(shared_data, relative, fmt):
    assert sniff(shared_data / relative) == fmt


@pytest.mark.shared
def test_input_files(shared_data):
    files = input_files(shared_data / "unvotes_ga", "unvotes")
    assert [f.name for f in files] == ["un_votes.csv.gz", "un_roll_calls.csv",
                                       "un_roll_call_issues.csv"]


def test_unknown(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(DataFormatError, match="cannot tell the format") as err:
        unsc.read(path)
    assert err.value.line == 1 and err.value.path == str(path)
    with pytest.raises(DataFormatError, match="unknown format"):
        unsc.read(tmp_path)
    with pytest.raises(DataFormatError, match="not found"):
        unsc.read(tmp_path / "missing.csv")
    with pytest.raises(ValueError, match="unknown format"):
        unsc.read(path, format="csv")


def test_explicit_format_overrides_sniffing(fixtures):
    with pytest.raises(DataFormatError, match="missing column"):
        unsc.read(fixtures / "vetoes" / "vetoes_small.csv", format="sc-drafts")


def test_format_given_a_folder_reads_its_one_file(fixtures, tmp_path):
    import shutil

    shutil.copy(fixtures / "sc_drafts" / "sc_drafts_small.csv", tmp_path / "drafts.csv")
    (tmp_path / "notes.txt").write_text("not a table")
    ds = unsc.read(tmp_path, format="sc-drafts")
    assert set(ds.decisions.file) == {str(tmp_path / "drafts.csv")}
    assert input_files(tmp_path, "sc-drafts") == [tmp_path / "drafts.csv"]
    assert sniff(tmp_path) == "sc-drafts"
    with pytest.raises(DataFormatError, match="a folder with no vetoes file in it"):
        unsc.read(tmp_path, format="vetoes")
    shutil.copy(tmp_path / "drafts.csv", tmp_path / "again.csv")
    with pytest.raises(DataFormatError, match=r"several sc-drafts files \(again.csv, drafts.csv\)"):
        unsc.read(tmp_path, format="sc-drafts")


def test_empty_file_says_so_when_sniffing(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("")
    with pytest.raises(DataFormatError, match=r"x.csv: the file is empty"):
        unsc.read(path)
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf")
    with pytest.raises(DataFormatError, match=r"x.csv: the file is empty"):
        unsc.read(path)


def test_folder_named_like_a_table(tmp_path):
    (tmp_path / "x.csv").mkdir()
    with pytest.raises(DataFormatError, match=r"x.csv: a folder with no vetoes file in it"):
        unsc.read(tmp_path / "x.csv", format="vetoes")
    with pytest.raises(DataFormatError, match=r"x.csv: is a folder, not a file"):
        from unsc.sources import vetoes

        vetoes.read(tmp_path / "x.csv")

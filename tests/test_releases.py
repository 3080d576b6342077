"""Finding the newest release on the Library's record page (MARCXML export), on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

import pytest
from library_server import LibraryServer, Served, serve

from unsc import releases, store


@pytest.fixture
def library(monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    state = LibraryServer()
    httpd, thread = serve(state)
    monkeypatch.setenv("UNSC_LIBRARY_URL", state.base)
    yield state
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


SC = releases.RECORDS["undl-sc"]


def test_newest_by_the_date_in_the_name(library):
    library.records[SC] = [Served("2025_11_25_sc_voting.csv", b"a,b\n1,2\n"),
                           Served("2026_02_06_sc_voting.csv", b"a,b\n1,2\n3,4\n"),
                           Served("2025_7_21_sc_voting.csv", b"x\n"),  # not zero-padded
                           Served("2026_02_06_ga_voting.csv", b"ga\n"),  # another body
                           Served("data_dictionary.pdf", b"%PDF")]
    found = releases.parse_record(library.marcxml(SC), "undl-sc", releases.export_url("undl-sc"))
    assert [r.name for r in found] == ["2025_11_25_sc_voting.csv", "2026_02_06_sc_voting.csv",
                                       "2025_7_21_sc_voting.csv"]
    assert found[2].date == dt.date(2025, 7, 21)
    latest = releases.latest("undl-sc")
    assert latest.name == "2026_02_06_sc_voting.csv" and latest.date == dt.date(2026, 2, 6)
    assert latest.size == 12
    assert latest.url == f"{library.base}/record/{SC}/files/2026_02_06_sc_voting.csv"
    assert latest.record == f"{library.base}/record/{SC}/export/xm"
    with pytest.raises(store.DownloadError, match="HTTP 404"):  # no GA record here
        releases.latest("undl-ga")


def test_undated_names(library):
    library.records[SC] = [Served("sc_voting.csv", b"a\n")]
    assert releases.latest("undl-sc").name == "sc_voting.csv"  # the only one
    library.records[SC] = [Served("sc_voting.csv", b"a\n"), Served("sc_voting_old.csv", b"a\n")]
    with pytest.raises(store.DownloadError, match="none has a date in its name"):
        releases.latest("undl-sc")
    library.records[SC] = [Served("2026_13_45_sc_voting.csv", b"a\n"),
                           Served("2025_1_2_sc_voting.csv", b"a\n")]
    assert releases.latest("undl-sc").name == "2025_1_2_sc_voting.csv"  # 2026-13-45 is no date


@pytest.mark.parametrize(("record", "message"), [
    ([Served("data_dictionary.pdf", b"%PDF")], "lists no voting CSV"),
    ([], "lists no voting CSV"),
    ("404", "cannot be read: HTTP 404"),
    ("500", "cannot be read: HTTP 500"),
])
def test_a_record_that_cannot_be_used(library, record, message):
    library.records[SC] = record
    with pytest.raises(store.DownloadError, match=message) as err:
        releases.latest("undl-sc")
    assert "nothing changed" in str(err.value) and "/export/xm" in str(err.value)


def test_not_marcxml():
    with pytest.raises(store.DownloadError, match="not MARCXML"):
        releases.parse_record(b"<html><body>Service unavailable", "undl-sc", "page")


def test_marcxml_without_a_namespace():
    text = ('<record><datafield tag="856" ind1="4" ind2=" "><subfield code="u">'
            'https://digitallibrary.un.org/record/4055387/files/2026_02_06_sc_voting.csv?ln=en'
            '</subfield></datafield></record>')
    (found,) = releases.parse_record(text, "undl-sc")
    assert found.name == "2026_02_06_sc_voting.csv" and found.size is None


def test_unreachable_library(monkeypatch):
    monkeypatch.setenv("UNSC_LIBRARY_URL", "http://127.0.0.1:9")
    with pytest.raises(store.DownloadError, match="cannot be read"):
        releases.latest("undl-sc", timeout=5)


def test_unknown_source():
    with pytest.raises(ValueError, match="no Library record"):
        releases.export_url("unvotes")

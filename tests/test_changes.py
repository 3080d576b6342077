"""``unsc refresh`` against a local imitation of the Library: fetch only what changed, say what."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from library_server import LibraryServer, Served, serve, with_res_2009

from unsc import changes, cli, config, releases, store

SC, GA = releases.RECORDS["undl-sc"], releases.RECORDS["undl-ga"]


def snapshot(folder):
    if not folder.exists():
        return None
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def library(monkeypatch, fixtures):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    state = LibraryServer()
    state.records[SC] = [Served("2025_11_25_sc_voting.csv",
                                (fixtures / "undl_sc" / "sc_voting_small.csv").read_bytes())]
    state.records[GA] = [Served("2025_9_19_ga_voting.csv",
                                (fixtures / "undl_ga" / "ga_voting_2025.csv").read_bytes())]
    httpd, thread = serve(state)
    monkeypatch.setenv("UNSC_LIBRARY_URL", state.base)
    yield state
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def newer_sc(library, fixtures, **kwargs):
    """Publish a newer SC release (S/RES/2009 (2011) added), listed before the older one."""
    body = with_res_2009((fixtures / "undl_sc" / "sc_voting_small.csv").read_text())
    library.records[SC] = [Served("2026_02_06_sc_voting.csv", body, **kwargs),
                           *library.records[SC]]


def test_served_files_have_the_real_header(fixtures, shared_data):
    real = (shared_data / "undl_sc_voting_sample" / "sc_voting_v6_head.csv").open().readline()
    assert (fixtures / "undl_sc" / "sc_voting_small.csv").open().readline() == real
    assert with_res_2009((fixtures / "undl_sc" / "sc_voting_small.csv").read_text()) \
        .decode().splitlines()[0] == real.rstrip("\n")


def test_fetch_finds_the_newest_then_fetches_nothing(library, fixtures):
    first = store.fetch("undl-sc", progress=False)
    assert first.status == "imported" and first.previous is None
    info = store.fetched()["undl-sc"]
    assert info["file"] == "2025_11_25_sc_voting.csv" and info["release_date"] == "2025-11-25"
    assert info["size"] == len(library.records[SC][0].body) and len(info["sha256"]) == 64
    assert info["etag"] and info["last_modified"] and info["checksum"] == first.result.entry[
        "checksum"]
    assert len(library.downloads()) == 1
    before = snapshot(config.store_dir()), snapshot(config.raw_dir())
    second = store.fetch("undl-sc", progress=False)
    assert second.status == "up to date" and not second.changed
    assert len(library.downloads()) == 1  # nothing downloaded
    assert (snapshot(config.store_dir()), snapshot(config.raw_dir())) == before
    # without the server's validators: the record's size, unchanged, is enough
    data = store.manifest()
    data["fetched"]["undl-sc"]["etag"] = data["fetched"]["undl-sc"]["last_modified"] = None
    store.write_manifest(config.store_dir(), data)
    assert store.fetch("undl-sc", progress=False).status == "up to date"
    assert len(library.downloads()) == 1
    # a newer release is found, fetched and imported
    newer_sc(library, fixtures)
    third = store.fetch("undl-sc", progress=False)
    assert third.status == "imported" and third.previous["file"] == "2025_11_25_sc_voting.csv"
    assert third.result.entry["decisions"] == 3
    assert sorted(p.name for p in config.raw_dir().iterdir()) == [
        "2025_11_25_sc_voting.csv", "2026_02_06_sc_voting.csv"]


def test_cli_fetch_says_up_to_date(library, capsys):
    assert cli.main(["data", "fetch", "undl-sc", "--no-progress"]) == 0
    assert "undl-sc: imported 2 decisions" in capsys.readouterr().out
    assert cli.main(["data", "fetch", "undl-sc", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("undl-sc: up to date (2025_11_25_sc_voting.csv")
    assert "nothing downloaded or imported" in out


@pytest.mark.parametrize(("change", "message"), [
    ("no csv", "lists no voting CSV"),
    ("truncated", "truncated download"),
    ("short", "where the record lists"),
    ("404", "HTTP 404"),
    ("500", "HTTP 500"),
])
def test_every_failure_changes_nothing(library, fixtures, capsys, change, message):
    store.fetch("undl-sc", progress=False)
    if change == "no csv":
        library.records[SC] = [Served("data_dictionary.pdf", b"%PDF-1.4")]
    elif change in ("404", "500"):
        library.records[SC] = change
    else:  # the newer release arrives cut short (or its record announces another size)
        newer_sc(library, fixtures, truncated=change == "truncated",
                 listed_size=10_000 if change == "short" else None)
    before = snapshot(config.store_dir()), snapshot(config.raw_dir())
    with pytest.raises(store.DownloadError, match=message):
        store.fetch("undl-sc", progress=False)
    assert (snapshot(config.store_dir()), snapshot(config.raw_dir())) == before
    code = cli.main(["refresh", "--source", "undl-sc", "--no-progress", "--no-reports"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("unsc: error: undl-sc: ") and message in err
    assert (snapshot(config.store_dir()), snapshot(config.raw_dir())) == before
    text = (config.reports_dir() / "changes.md").read_text()
    assert "## undl-sc: failed" in text and message in text


def test_refresh_end_to_end(library, fixtures, capsys):
    """First release, unchanged, then a newer one: fetched, imported, rendered, described."""
    argv = ["refresh", "--notebook", "explore", "--no-progress", "-j", "1"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "undl-sc: new release 2025_11_25_sc_voting.csv: 2 decision(s) added" in out
    assert "undl-ga: new release 2025_9_19_ga_voting.csv" in out
    reports_dir = config.reports_dir()
    first = changes.read_results(reports_dir)
    assert list(first) == ["explore/" + next(iter(first)).split("/")[1]]
    # Nothing new: nothing downloaded, imported or rendered.
    downloads = len(library.downloads())
    rendered = snapshot(reports_dir / "explore")
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "undl-sc: up to date (2025_11_25_sc_voting.csv)" in out and "nothing new" in out
    assert len(library.downloads()) == downloads and snapshot(reports_dir / "explore") == rendered
    assert "Nothing new" in (reports_dir / "changes.md").read_text()
    # A newer SC release.
    newer_sc(library, fixtures)
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "undl-sc: new release 2026_02_06_sc_voting.csv: 1 decision(s) added, 0 removed" in out
    assert "undl-ga: up to date" in out
    done = json.loads((reports_dir / "changes.json").read_text())
    sc = next(s for s in done["sources"] if s["source"] == "undl-sc")
    assert sc["added"] == [{"decision_id": "S/RES/2009(2011)", "date": "2011-09-16",
                            "outcome": "adopted"}]
    assert sc["removed"] == [] and sc["old"]["file"] == "2025_11_25_sc_voting.csv"
    # The figures that moved are exactly those whose values differ between the two runs.
    second = changes.read_results(reports_dir)
    expected = changes.moved_figures(first, second)
    assert done["figures"] == json.loads(json.dumps(expected, default=str))
    assert {"report": next(iter(first)), "figure": "decisions", "old": 8, "new": 9} in expected
    assert all(f["old"] != f["new"] and f["figure"] != "data_version" for f in expected)
    text = (reports_dir / "changes.md").read_text()
    assert "| S/RES/2009(2011) | 2011-09-16 | adopted |" in text
    assert text.count("| S/RES/") == 1  # exactly the decision added
    assert f"| {next(iter(first))} | decisions | 8 | 9 |" in text
    index = (reports_dir / "index.html").read_text()
    assert index.index('<section id="changes">') < index.index("<table>")
    assert "S/RES/2009(2011)" in index and "2026_02_06_sc_voting.csv" in index


def test_new_error_problems_fail_loudly(library, fixtures, capsys):
    assert cli.main(["refresh", "--source", "undl-sc", "--no-reports", "--no-progress"]) == 0
    capsys.readouterr()
    body = with_res_2009((fixtures / "undl_sc" / "sc_voting_small.csv").read_text()).decode()
    # the new release says 15 voted yes on 2009 but lists one member's vote as a no
    body = body.replace("900199,BRA,BRAZIL,False,Y", "900199,BRA,BRAZIL,False,N", 1)
    library.records[SC] = [Served("2026_02_06_sc_voting.csv", body.encode())]
    code = cli.main(["refresh", "--source", "undl-sc", "--no-reports", "--no-progress"])
    out, err = capsys.readouterr()
    sc = next(s for s in json.loads((config.reports_dir() / "changes.json").read_text())[
        "sources"] if s["source"] == "undl-sc")
    errors = [p for p in sc["new_problems"] if p["severity"] == "error"]
    assert errors and all(p["decision_id"] == "S/RES/2009(2011)" for p in errors)
    assert code == 1 and "new error-severity problem(s)" in err


def test_a_first_release_with_errors_is_listed_not_failed(library, fixtures, capsys):
    body = with_res_2009((fixtures / "undl_sc" / "sc_voting_small.csv").read_text()).decode()
    body = body.replace("900199,BRA,BRAZIL,False,Y", "900199,BRA,BRAZIL,False,N", 1)
    library.records[SC] = [Served("2026_02_06_sc_voting.csv", body.encode())]
    assert cli.main(["refresh", "--source", "undl-sc", "--no-reports", "--no-progress"]) == 0
    text = (config.reports_dir() / "changes.md").read_text()
    assert "(first fetch: every problem is new)" in text and "| error |" in text


def test_compare_decisions_and_problems():
    old = pd.DataFrame({"decision_id": ["a", "b"], "date": pd.to_datetime(["2011-01-01"] * 2),
                        "outcome": ["adopted", "vetoed"]})
    new = pd.DataFrame({"decision_id": ["b", "c"], "date": pd.to_datetime(["2011-01-01",
                                                                            "2012-05-06"]),
                        "outcome": ["vetoed", "failed"]})
    added, removed = changes.compare_decisions(old, new)
    assert added == [{"decision_id": "c", "date": "2012-05-06", "outcome": "failed"}]
    assert removed == [{"decision_id": "a", "date": "2011-01-01", "outcome": "adopted"}]
    p_old = pd.DataFrame([["r", "error", "a", None, "m", "f", 2]],
                         columns=[*changes.PROBLEM_KEY, "file", "row"])
    p_new = pd.DataFrame([["r", "error", "a", None, "m", "g", 9], ["r", "error", "c", None, "m",
                                                                    "g", 3]],
                         columns=[*changes.PROBLEM_KEY, "file", "row"])
    assert [p["decision_id"] for p in changes.new_problems(p_old, p_new)] == ["c"]


def test_moved_figures():
    before = {"x/a": {"n": 1, "share": 0.5, "nested": {"k": 2}, "data_version": "v1", "same": 3}}
    after = {"x/a": {"n": 2, "share": 0.5, "nested": {"k": 3}, "data_version": "v2", "same": 3,
                     "new": [1]}, "x/b": {"n": 9}}
    assert changes.moved_figures(before, after) == [
        {"report": "x/a", "figure": "n", "old": 1, "new": 2},
        {"report": "x/a", "figure": "nested.k", "old": 2, "new": 3},
        {"report": "x/a", "figure": "new", "old": None, "new": [1]}]


def test_the_list_of_table_files_is_no_moved_figure():
    def results(n):
        return {"decisions": n, "tables": [{"name": "decisions", "rows": n}], "workbook": "tables.xlsx"}

    before, after = {"explore/x": results(8)}, {"explore/x": results(9)}
    assert changes.moved_figures(before, after) == [
        {"report": "explore/x", "figure": "decisions", "old": 8, "new": 9}]

"""The report runner: folders per parameter set, failures reported, index escaped."""

import json

import pytest

from unsc import reports
from unsc.cli import main


def test_slug():
    assert reports.slug({}) == "default"
    assert reports.slug({"start": "2011-01-01", "body": "SC"}) == "body-SC_start-2011-01-01"
    assert reports.slug({"members": ["RUS", "CHN"]}) == "members-RUS+CHN"
    long = reports.slug({"x": "a" * 200})
    assert len(long) <= 80 and long != reports.slug({"x": "a" * 199})


def test_expand_grid():
    jobs = reports.expand_grid({"end": "2020"}, {"country": ["USA", "RUS"], "body": ["SC"]})
    assert jobs == [{"end": "2020", "country": "USA", "body": "SC"},
                    {"end": "2020", "country": "RUS", "body": "SC"}]
    assert reports.expand_grid({"a": 1}, {}) == [{"a": 1}]


@pytest.mark.notebook
def test_failing_run_is_reported_and_others_complete(tmp_path, capsys):
    status = main(["report", "vote_grid", "-g", "start=2011-01-01,not-a-date",
                   "-o", str(tmp_path), "--no-progress"])
    assert status == 1
    out = capsys.readouterr().out
    assert "FAILED  vote_grid (start='not-a-date') at cell" in out
    assert "ok      vote_grid (start='2011-01-01')" in out
    failed = tmp_path / "vote_grid" / "start-not-a-date"
    assert (failed / "notebook.ipynb").exists()  # the partial notebook is kept
    run = json.loads((failed / "run.json").read_text())
    assert run["status"] == "failed" and run["failed_cell"] is not None
    index = (tmp_path / "index.html").read_text()
    assert 'class="failed"' in index and "start-2011-01-01/report.html" in index


def test_index_escapes_text(tmp_path):
    folder = tmp_path / "nb" / "x"
    folder.mkdir(parents=True)
    (folder / "run.json").write_text(json.dumps({
        "notebook": "nb", "parameters": {"title": "<script>alert(1)</script>"},
        "folder": str(folder), "status": "failed", "error": "<b>boom</b>", "failed_cell": 3,
        "seconds": 1.0, "data_version": "v&1", "finished": ""}))
    page = reports.write_index(tmp_path).read_text()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;boom" in page and "v&amp;1" in page


def test_unknown_parameter_is_refused(tmp_path):
    with pytest.raises(SystemExit, match=r"has the parameter\(s\) \['colour'\]"):
        main(["report", "vote_grid", "-p", "colour", "red", "-o", str(tmp_path)])


def test_list(capsys):
    assert main(["report", "--list"]) == 0
    out = capsys.readouterr().out
    assert "vote_grid" in out and "member_a: str" in out and "# first member" in out


@pytest.mark.notebook
def test_parameters_take_the_declared_type(tmp_path, capsys):
    # -p period 3 is read as a number and -p start 2016 as a year: both must
    # reach the notebook as the text its parameters cell declares.
    status = main(["report", "alignment", "-p", "period", "3", "-p", "start", "2016",
                   "-p", "members", "[RUS, CHN, USA]", "-p", "data", "embedded",
                   "-o", str(tmp_path), "--no-progress"])
    assert status == 0, capsys.readouterr().out
    run = json.loads(next(tmp_path.glob("alignment/*/run.json")).read_text())
    assert run["parameters"] == {"period": "3", "start": "2016", "members": "RUS,CHN,USA",
                                 "data": "embedded"}


def test_a_value_of_the_wrong_type_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="parameter 'min_n' takes a int"):
        main(["report", "alignment", "-p", "min_n", "many", "-o", str(tmp_path)])


def test_unknown_parameter_without_a_notebook_is_refused(tmp_path):
    with pytest.raises(SystemExit, match=r"no notebook among .* has the parameter\(s\) \['contry'\]"):
        main(["report", "-p", "contry", "USA", "-o", str(tmp_path)])


@pytest.mark.notebook
def test_an_empty_selection_fails_the_run(tmp_path, capsys):
    status = main(["report", "vote_grid", "-p", "topic", "Atlantis", "-p", "data", "embedded",
                   "-o", str(tmp_path), "--no-progress"])
    assert status == 1
    assert "no decisions match" in capsys.readouterr().out


def test_clean_removes_earlier_runs_only(tmp_path):
    run_dir = tmp_path / "nb" / "old"
    run_dir.mkdir(parents=True)
    (run_dir / "run.json").write_text(json.dumps(
        {"notebook": "nb", "parameters": {}, "folder": str(run_dir), "status": "ok"}))
    (tmp_path / "notes.txt").write_text("mine")
    reports.write_index(tmp_path)
    reports.clean(tmp_path)
    assert not (tmp_path / "nb").exists() and not (tmp_path / "index.html").exists()
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_data_version_survives_filtering():
    import unsc

    ds = unsc.load("embedded")
    assert reports.data_version(ds) == reports.data_version(ds.filter(body="SC", start="2016"))
    assert reports.data_version(ds).startswith("embedded record #")

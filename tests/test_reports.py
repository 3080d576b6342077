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
    # A topic no decision has passes every check before the run, and fails the notebook.
    status = main(["report", "vote_grid", "-g", "topic=Syria,Atlantis", "-p", "data", "embedded",
                   "-o", str(tmp_path), "--no-progress"])
    assert status == 1
    out = capsys.readouterr().out
    assert "FAILED  vote_grid (data='embedded', topic='Atlantis') at cell" in out
    assert "ok      vote_grid (data='embedded', topic='Syria')" in out
    failed = tmp_path / "vote_grid" / "data-embedded_topic-Atlantis"
    assert (failed / "notebook.ipynb").exists()  # the partial notebook is kept
    run = json.loads((failed / "run.json").read_text())
    assert run["status"] == "failed" and run["failed_cell"] is not None
    index = (tmp_path / "index.html").read_text()
    assert 'class="failed"' in index and "data-embedded_topic-Syria/report.html" in index


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


def test_unknown_parameter_is_refused(tmp_path, capsys):
    assert main(["report", "vote_grid", "-p", "colour", "red", "-o", str(tmp_path)]) == 2
    assert "has the parameter(s) ['colour']" in capsys.readouterr().err


def test_a_name_in_highlight_is_refused_before_the_run(tmp_path, capsys):
    assert main(["report", "alignment", "-p", "highlight", "isr,Israel", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "highlight: 'Israel' is not a member code" in err and "ISR" in err
    assert not any(tmp_path.iterdir())  # nothing ran


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


@pytest.mark.parametrize("value", ["many", "5.5", "true", ""])
def test_a_value_of_the_wrong_type_is_refused(tmp_path, capsys, value):
    assert main(["report", "alignment", "-p", "min_n", value, "-o", str(tmp_path)]) == 2
    shown = repr(float(value)) if value == "5.5" else "True" if value == "true" else \
        "no value" if value == "" else repr(value)
    assert capsys.readouterr().err == (
        "unsc: error: alignment: parameter 'min_n' takes an int (fewest shared votes for a value; "
        f"below it the value is left blank), not {shown}\n")


def test_unknown_parameter_without_a_notebook_is_refused(tmp_path, capsys):
    assert main(["report", "-p", "contry", "USA", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no notebook among" in err and "has the parameter(s) ['contry']" in err


@pytest.mark.notebook
def test_an_empty_selection_fails_the_run(tmp_path, capsys):
    status = main(["report", "vote_grid", "-p", "topic", "Atlantis", "-p", "data", "embedded",
                   "-o", str(tmp_path), "--no-progress"])
    assert status == 1
    # A topic is a label of unsc.topics: one no decision has is named, with the closest ones.
    assert "no decision has the topic 'Atlantis'" in capsys.readouterr().out


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


# -- parameters are checked before anything runs (issue 9) ---------------------
@pytest.fixture
def jobs(monkeypatch):
    """The (notebook, parameters) jobs `unsc report` would run; nothing is executed."""
    captured: list = []

    def run_many(jobs, out_root=None, **kwargs):
        captured.extend(jobs)
        return []

    monkeypatch.setattr(reports, "run_many", run_many)
    return captured


def refused(capsys, *argv) -> str:
    """The message of a refused `unsc report` (exit status 2, nothing on stdout)."""
    status = main(["report", *argv, "--no-progress"])
    out = capsys.readouterr()
    assert status == 2 and out.out == ""
    assert out.err.startswith("unsc: error: ") and out.err.count("\n") == 1
    return out.err.removeprefix("unsc: error: ").rstrip("\n")


@pytest.mark.parametrize(("value", "reason"), [
    ("2011-02-30", "day is out of range for month"),
    ("2011-13-45", "month must be in 1..12"),
])
def test_an_impossible_date_is_refused(capsys, jobs, value, reason):
    assert refused(capsys, "vote_grid", "-p", "start", value) == (
        f"vote_grid: start: {value!r} is not a real date ({reason}); "
        "use YYYY, YYYY-MM or YYYY-MM-DD")
    assert jobs == []


@pytest.mark.parametrize("value", ["01/06/2012", "2011-1-5", "June 2012", "20110101"])
def test_a_date_in_another_form_is_refused(capsys, jobs, value):
    assert refused(capsys, "vote_grid", "-p", "end", value) == (
        f"vote_grid: end: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD "
        "(e.g. 2011-03-17)")


def test_start_after_end_is_refused_naming_the_default(capsys, jobs):
    assert refused(capsys, "alignment", "-p", "start", "2022") == (
        "alignment: start '2022' is after end '2020-12-31': no day is in between "
        "(end is the notebook's default: set it too)")


def test_dates_in_the_three_forms_are_passed_as_given(jobs, tmp_path):
    assert main(["report", "vote_grid", "-p", "start", "2011", "-p", "end", "2012-02",
                 "-o", str(tmp_path)]) == 0
    assert jobs == [("vote_grid", {"start": "2011", "end": "2012-02"})]


def test_an_empty_value_is_the_empty_text(jobs, tmp_path):
    assert main(["report", "case_study", "-p", "exclude", "", "-p", "precedent", "",
                 "-o", str(tmp_path)]) == 0
    assert main(["report", "vote_grid", "-p", "topic", "", "-o", str(tmp_path)]) == 0
    assert jobs == [("case_study", {"exclude": "", "precedent": ""}),
                    ("vote_grid", {"topic": ""})]


def test_text_parameters_keep_the_text_typed(jobs, tmp_path):
    assert main(["report", "vote_grid", "-p", "topic", "null", "-o", str(tmp_path)]) == 0
    assert main(["report", "vote_grid", "-p", "topic", "Syria: Aleppo", "-o", str(tmp_path)]) == 0
    assert [p["topic"] for _, p in jobs] == ["null", "Syria: Aleppo"]


@pytest.mark.parametrize("value", ["stored", "Embedded", "", "curated"])
def test_data_takes_exactly_its_documented_values(capsys, jobs, value):
    assert refused(capsys, "vote_grid", "-p", "data", value) == (
        f"vote_grid: data: {value!r} is not a data source; use one of 'auto', 'embedded', 'store'")


def test_member_codes_in_any_case(jobs, tmp_path):
    assert main(["report", "country_profile", "-p", "country", "chn", "-o", str(tmp_path)]) == 0
    assert main(["report", "vote_grid", "-g", "member_b=fra,Gbr", "-o", str(tmp_path)]) == 0
    assert main(["report", "alignment", "-p", "members", "rus, chn,usa", "-p", "reference",
                 "sun", "-o", str(tmp_path)]) == 0
    assert jobs == [("country_profile", {"country": "CHN"}),
                    ("vote_grid", {"member_b": "FRA"}), ("vote_grid", {"member_b": "GBR"}),
                    ("alignment", {"members": "RUS,CHN,USA", "reference": "SUN"})]


@pytest.mark.parametrize(("argv", "message"), [
    (["country_profile", "-p", "country", "China"],
     "country_profile: country: 'China' is not a member code; did you mean CHN?"),
    (["country_profile", "-p", "country", "Rusia"],
     "country_profile: country: 'Rusia' is not a member code; did you mean RUS?"),
    (["country_profile", "-p", "country", "XYZ"],
     "country_profile: country: 'XYZ' is not a member code; use an ISO 3166 alpha-3 code "
     "(RUS, CHN, USA) or a historic one (SUN, YUG)"),
    (["vote_grid", "-p", "member_a", "US"],
     "vote_grid: member_a: 'US' is not a member code; did you mean USA?"),
    (["alignment", "-p", "members", "RUS,China"],
     "alignment: members: 'China' is not a member code; did you mean CHN?"),
    (["case_study", "-p", "claim_a", "France"],
     "case_study: claim_a: 'France' is not a member code; did you mean FRA?"),
])
def test_a_name_or_unknown_code_is_refused_with_the_code(capsys, jobs, argv, message):
    assert refused(capsys, *argv) == message
    assert "cast no vote" not in message


def test_a_bare_report_prints_help_and_all_runs_every_notebook(capsys, jobs, tmp_path):
    assert main(["report"]) == 0
    assert capsys.readouterr().out.startswith("usage: unsc report") and jobs == []
    assert main(["report", "--all", "-o", str(tmp_path)]) == 0
    assert [name for name, _ in jobs] == reports.available()
    assert all(params == {} for _, params in jobs)


def write(tmp_path, text: str):
    path = tmp_path / "params.yaml"
    path.write_text(text)
    return path


def test_a_parameters_file_with_a_grid(jobs, tmp_path):
    path = write(tmp_path, "start: 2011-01-01\ndata: embedded\ngrid:\n  country: [usa, RUS]\n")
    assert main(["report", "country_profile", "-f", str(path), "-o", str(tmp_path)]) == 0
    assert jobs == [("country_profile", {"start": "2011-01-01", "data": "embedded",
                                         "country": c}) for c in ("USA", "RUS")]


@pytest.mark.parametrize(("text", "where", "what"), [
    ("start: 2011\n  end: [2012\n", "line 2, column 6", "mapping values are not allowed here"),
    ('start: "2011\n', "line 2, column 1",
     "found unexpected end of stream (while scanning a quoted scalar on line 1)"),
    ("start: 2011\n\ngrid:\n  country: [USA\n  end: 1\n", "line 5, column 6",
     "expected ',' or ']', but got ':' (while parsing a flow sequence on line 4)"),
    ("start: 2011\n\tend: 2012\n", "line 2, column 1",
     "found character '\\t' that cannot start any token"),
])
def test_malformed_yaml_names_the_file_and_line(capsys, jobs, tmp_path, text, where, what):
    path = write(tmp_path, text)
    assert refused(capsys, "vote_grid", "-f", str(path)) == f"{path}, {where}: not valid YAML: {what}"


@pytest.mark.parametrize(("text", "message"), [
    ("- start\n- end\n", "expected a mapping of parameter names to values (such as "
                         "`start: 2011-01-01`), not a list"),
    ("grid: [USA, RUS]\n", "`grid:` must map parameter names to lists of values "
                           "(such as `country: [USA, RUS]`)"),
])
def test_a_parameters_file_of_the_wrong_shape(capsys, jobs, tmp_path, text, message):
    path = write(tmp_path, text)
    assert refused(capsys, "vote_grid", "-f", str(path)) == f"{path}: {message}"


def test_a_yaml_null_for_text_is_refused(capsys, jobs, tmp_path):
    path = write(tmp_path, "topic:\n")
    assert refused(capsys, "vote_grid", "-f", str(path)) == (
        "vote_grid: parameter 'topic' takes a str (one normalised topic, matched exactly, e.g. "
        "\"Syria\" (not the Golan texts) or \"Israel-Palestine\" (\"\" for all)), not no value "
        "(write \"\" for the empty text)")


def test_a_parameters_file_that_is_not_utf8(capsys, jobs, tmp_path):
    path = tmp_path / "params.yaml"
    path.write_bytes("start: 2011\ntopic: Côte d'Ivoire\n".encode("latin-1"))
    assert refused(capsys, "vote_grid", "-f", str(path)) == (
        f"{path}, line 2, column 9: not UTF-8 text (byte 0xf4); save the parameters file as UTF-8")


def test_a_missing_parameters_file(capsys, jobs, tmp_path):
    path = tmp_path / "nowhere.yaml"
    assert refused(capsys, "vote_grid", "-f", str(path)) == f"{path}: no such file or folder: check the path"


def test_an_unknown_notebook(capsys, jobs):
    assert refused(capsys, "vote-grid").startswith("no notebook 'vote-grid'; available: alignment,")


def test_a_grid_without_values(capsys, jobs):
    assert refused(capsys, "vote_grid", "-g", "member_b") == "--grid expects NAME=V1,V2 (got 'member_b')"


def test_every_member_and_date_parameter_is_checked():
    """A notebook parameter whose default is a member code or a date is checked as one."""
    import ast
    import re

    from unsc import members, selection

    for name in reports.available():
        for pname, spec in reports.declared_parameters(name).items():
            default = ast.literal_eval(spec["default"])
            if isinstance(default, str) and default in members.table().member.astype(str).tolist():
                assert pname in selection.MEMBER_PARAMETERS, (name, pname)
            if isinstance(default, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", default):
                assert pname in selection.DATE_PARAMETERS, (name, pname)
    assert {"country", "member_a", "member_b", "reference", "claim_a", "claim_b"} <= \
        set(selection.MEMBER_PARAMETERS)


def test_write_results_without_a_folder_writes_nothing(tmp_path, monkeypatch):
    # A notebook run by hand has no output_dir: nothing may land beside it.
    monkeypatch.chdir(tmp_path)
    assert reports.write_results({"n": 1}, "") is None
    reports.write_results({"n": 1}, None)
    assert list(tmp_path.iterdir()) == []
    reports.write_results({"n": 1}, tmp_path / "out")
    assert json.loads((tmp_path / "out" / "results.json").read_text()) == {"n": 1}


def _own_notebook(folder, source, kernelspec=True):
    """A user's own notebook: a parameters cell with output_dir, then ``source``."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    if kernelspec:
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('output_dir: str = ""  # set by unsc report\n'
                                       'interactive: bool = True  # live widgets by hand')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(source)]
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / "mine.ipynb")


@pytest.mark.notebook
def test_a_notebook_without_results_is_not_failed(tmp_path, monkeypatch, capsys):
    notebooks = tmp_path / "notebooks"
    # It also sees interactive=False, as every report does.
    _own_notebook(notebooks, "assert interactive is False\nprint('a chart would go here')")
    monkeypatch.setenv("UNSC_NOTEBOOKS", str(notebooks))
    out = tmp_path / "reports"
    status = main(["report", "mine", "-o", str(out), "--no-progress"])
    captured = capsys.readouterr()
    printed = captured.out
    assert status == 0, captured.err
    assert "ok      mine (defaults)" in printed and "(no results.json)" in printed
    run = json.loads((out / "mine" / "default" / "run.json").read_text())
    assert run["status"] == reports.NO_RESULTS and run["error"] == "" and run["results"] == {}
    index = (out / "index.html").read_text()
    assert "no results" in index and 'class="failed"' not in index and "1 run(s); 1 ok." in index
    assert (out / "mine" / "default" / "report.html").exists()


def test_a_notebook_saved_without_kernel_metadata_is_read_as_python(tmp_path, monkeypatch):
    notebooks = tmp_path / "notebooks"
    _own_notebook(notebooks, "print(1)", kernelspec=False)
    monkeypatch.setenv("UNSC_NOTEBOOKS", str(notebooks))
    declared = reports.declared_parameters("mine")
    assert list(declared) == ["output_dir", "interactive"]
    assert declared["interactive"]["default"] == "True"


def test_index_shows_no_results_as_a_status_not_a_failure(tmp_path):
    folder = tmp_path / "nb" / "default"
    folder.mkdir(parents=True)
    (folder / "run.json").write_text(json.dumps({
        "notebook": "nb", "parameters": {}, "folder": str(folder), "status": "no results",
        "error": "", "failed_cell": None, "seconds": 1.0, "data_version": "", "finished": ""}))
    page = reports.write_index(tmp_path).read_text()
    assert '<span class="other">no results</span>' in page and 'class="failed"' not in page
    run = reports.Run(notebook="nb", parameters={}, folder=str(folder), status=reports.NO_RESULTS)
    assert run.ok and run.describe().endswith("(no results.json)")


def _fake_run(out_root, notebook, slug, status, parameters, results=None, thumbnail=True):
    folder = out_root / notebook / slug
    folder.mkdir(parents=True)
    (folder / "run.json").write_text(json.dumps({
        "notebook": notebook, "parameters": parameters, "folder": str(folder), "status": status,
        "error": "" if status == "ok" else "ValueError: boom", "failed_cell": None if status == "ok" else 4,
        "seconds": 2.0, "finished": "2026-12-01T12:00:00",
        "data_version": "store: /tmp/a/very/long/store/path [hrc, sc-drafts] + embedded record #53104689ce"}))
    if thumbnail:
        (folder / "thumbnail.png").write_bytes(b"\x89PNG")
    (folder / "report.html").write_text("<html></html>")
    if results is not None:
        (folder / "results.json").write_text(json.dumps(results))
    return folder


def test_the_index_shows_every_effective_parameter_the_data_span_and_a_short_version(tmp_path):
    _fake_run(tmp_path, "vote_grid", "default", "ok", {}, results={
        "span": [{"body": "SC", "source": "all sources", "first": "2011-10-04", "last": "2014-12-17",
                  "decisions": 11}, {"body": "SC", "source": "curated/decisions.csv", "first": "x",
                                     "last": "y", "decisions": 11}],
        "tables": [{"name": "decisions"}], "workbook": "tables.xlsx"})
    _fake_run(tmp_path, "vote_grid", "body-HRC", "ok", {"body": "HRC"})
    page = reports.write_index(tmp_path).read_text()
    # The defaults of the notebook's parameters cell, so that a reader sees SC, Syria, 2011–2014.
    for default in ("body = SC", "topic = Syria", "start = 2011-01-01", "end = 2014-12-31",
                    "member_a = RUS", "member_b = CHN"):
        assert f'<span class="default">{default}</span>' in page
    assert "<b>body = HRC</b>" in page and "output_dir" not in page
    assert "SC 2011-10-04 to 2014-12-17 (11 decisions)" in page and "curated/decisions.csv" not in page
    assert ">store + embedded record #53104689ce</span>" in page  # the path only on hover
    assert page.count('<h2 id="vote_grid">') == 1 and "2 run(s), 2 ok" in page
    assert "1 table(s) as CSV" in page and 'href="vote_grid/default/tables.xlsx"' in page


def test_the_index_shows_thumbnails_of_successful_runs_only(tmp_path):
    _fake_run(tmp_path, "vetoes", "ok-run", "ok", {})
    _fake_run(tmp_path, "vetoes", "failed-run", "failed", {"start": "2011"})
    _fake_run(tmp_path, "explore", "no-results", "no results", {})
    page = reports.write_index(tmp_path).read_text()
    assert 'src="vetoes/ok-run/thumbnail.png"' in page
    assert "failed-run/thumbnail.png" not in page and "no-results/thumbnail.png" not in page
    assert 'class="failed">failed (cell 4)' in page and 'class="other">no results' in page
    assert page.index('id="explore"') < page.index('id="vetoes"')  # grouped by notebook


def test_effective_parameters_come_from_the_notebook_as_it_ran(tmp_path):
    import nbformat

    folder = tmp_path / "nb" / "x"
    folder.mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('start: str = "1990"  # first day\nmin_n: int = 3  # fewest\n'
                                     'output_dir: str = ""  # folder')
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    nbformat.write(nb, folder / "notebook.ipynb")
    params = reports.effective_parameters({"notebook": "nb", "parameters": {"min_n": 5}}, folder)
    assert params == [("start", "1990", False), ("min_n", 5, True)]


def test_a_report_shows_interactive_as_it_ran(tmp_path):
    import nbformat

    folder = tmp_path / "nb" / "x"
    folder.mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('interactive: bool = True  # widgets\noutput_dir: str = ""  # folder')
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    nbformat.write(nb, folder / "notebook.ipynb")
    # run_one gives a report interactive=False unless the user sets it.
    assert reports.effective_parameters({"notebook": "nb", "parameters": {}}, folder) == \
        [("interactive", False, False)]

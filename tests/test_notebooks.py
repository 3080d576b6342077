"""Every notebook runs through papermill, and its results.json holds the right figures.

On the embedded record always; on the full real data imported into a
temporary store when ``../shared/data`` is present (required under CI).
"""

import re

import nbformat
import openpyxl
import pandas as pd
import pytest

from unsc import config, reports

pytestmark = pytest.mark.notebook

NOTEBOOKS = reports.available()
EXPECTED = {"vote_grid", "alignment", "country_profile", "vetoes", "case_study", "explore"}


def _run(name, params, tmp_path):
    run = reports.run_one(name, params, tmp_path)
    assert run.ok, run.describe()
    html = (tmp_path / name / reports.slug(params) / "report.html").read_text()
    assert "<img" in html or "image/png" in html, f"{name}: no chart in the report"
    assert "import unsc" not in html, f"{name}: code cells leaked into the report"
    # printed lines (the data line) wrap between words, after JupyterLab's break-anywhere rule
    assert html.index(reports.REPORT_CSS) > html.index("word-break: break-all"), name
    _check_data_line(name, run.results, html, tmp_path / name / reports.slug(params))
    _check_tables(name, run.results, html, tmp_path / name / reports.slug(params))
    return run.results


#: What a raw frame dump leaves in a page: missing values, a Series' footer, an object repr, a cut.
RAW_DUMP = re.compile(r"&lt;NA&gt;|<NA>|\bNaT\b|\bdtype: |&lt;Dataset|<Dataset|…|\.\.\.</t[dh]>|"
                      r'class="row_heading|class="blank|class="index_name|<tr>\s*<th>[^<]*</th>\s*<td')


def _check_tables(name, res, html, folder):
    """Every table is readable (no index, no raw dump) and written beside the report, and linked."""
    text = re.sub(r'data:image/[a-z]+;base64,[A-Za-z0-9+/=\s]+', "", html)  # charts are no text
    found = sorted(set(RAW_DUMP.findall(text)))
    assert not found, f"{name}: the report shows {found}"
    listed = res.get("tables", [])
    assert listed, f"{name}: no table listed in results.json"
    for table in listed:
        assert (folder / table["file"]).is_file(), f"{name}: {table['file']} is not beside the report"
        assert f'href="{table["file"]}"' in html, f"{name}: {table['file']} is not linked from the report"
        assert len(pd.read_csv(folder / table["file"])) == table["rows"], f"{name}: {table['file']} is cut"
    book = openpyxl.load_workbook(folder / res["workbook"], read_only=True)
    assert len(book.sheetnames) == len(listed) + 1, f"{name}: the workbook does not hold every table"
    assert html.count("<table") >= len([t for t in listed if t["rows"]]), name


def _check_data_line(name, res, html, folder):
    """Every report states its data span and how many decisions of its selection were left out."""
    assert res["quality"] == "clean" and isinstance(res["left_out"], int), name
    line = res["data_line"]
    assert line in html.replace("&#39;", "'"), f"{name}: the data line is not in the report"
    spans = [s for s in res["span"] if s["source"] == "all sources"]
    assert spans and all(f"{s['first']} to {s['last']}" in line or s["first"] == s["last"]
                         for s in spans), f"{name}: the data line does not state the span"
    assert "Quality gate:" in line
    left_out = (folder / "left_out.csv").read_text().splitlines()
    assert left_out[0] == "decision_id,body,date,rule,member,message,file,line,source"
    assert len({row.split(",")[0] for row in left_out[1:]}) == res["left_out"]
    assert len({d["decision_id"] for d in res["left_out_decisions"]}) == res["left_out"]


def test_the_suite_is_complete():
    assert EXPECTED <= set(NOTEBOOKS)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    nb = nbformat.read(config.notebooks_dir() / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{name} has outputs"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_is_documented(name):
    declared = reports.declared_parameters(name)
    assert reports.OUTPUT_PARAMETER in declared and "data" in declared
    for pname, spec in declared.items():
        assert spec["help"], f"{name}: parameter {pname} has no help comment"
        assert spec["inferred_type_name"] != "None", f"{name}: parameter {pname} has no type"


def test_vote_grid(tmp_path):
    res = _run("vote_grid", {"start": "2011-01-01", "end": "2012-12-31", "data": "embedded"}, tmp_path)
    assert res["decisions"] == 6
    assert res["pair_same"] == res["pair_decisions"] == 6  # Russia and China never parted
    assert res["vetoed"] == ["S/2011/612", "S/2012/77", "S/2012/538"]
    assert res["data_version"].startswith("embedded record")


def test_vote_grid_hrc(tmp_path):
    res = _run("vote_grid", {"body": "HRC", "start": "2012-06-01", "end": "2012-06-01",
                             "data": "embedded"}, tmp_path)
    assert res["decisions"] == 1 and res["votes"] == 47
    assert res["vote_notes"] == []


def test_vote_grid_shows_libya_suspended(tmp_path):
    """S-16/1 and S-17/1 (2011): Libya is recorded absent, and the report says it was suspended."""
    res = _run("vote_grid", {"body": "HRC", "start": "2011-04-01", "end": "2011-08-31",
                             "topic": "", "data": "embedded"}, tmp_path)
    notes = {(n["decision_id"], n["member"], n["flag"]) for n in res["vote_notes"]}
    assert notes == {("A/HRC/RES/S-16/1", "LBY", "suspended"), ("A/HRC/RES/S-17/1", "LBY", "suspended"),
                     ("A/HRC/RES/S-17/1", "MRT", "unverified")}


def test_alignment_p5(tmp_path):
    res = _run("alignment", {"members": "P5", "n_blocs": 2, "start": "2011-01-01", "end": "2020-12-31",
                             "data": "embedded"}, tmp_path)
    assert sorted(res["members"]) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    top = res["most_aligned"][0]
    assert {top["member_a"], top["member_b"]} <= {"FRA", "GBR", "USA"} and top["value"] == 1.0
    # The western three form one bloc, Russia and China another.
    blocs = res["blocs"]
    assert blocs["FRA"] == blocs["GBR"] == blocs["USA"] and blocs["RUS"] == blocs["CHN"]
    assert blocs["RUS"] != blocs["USA"]


def test_country_profile_china(tmp_path):
    res = _run("country_profile", {"country": "CHN", "data": "embedded"}, tmp_path)
    assert res["closest"][0]["member"] == "RUS"
    assert len(res["vetoes"]) == 10  # China's Syria vetoes 2011-2020
    assert res["lone_votes"] == ["S/2017/970", "S/2018/321"]  # its lone abstentions


def test_vetoes(tmp_path):
    res = _run("vetoes", {"data": "embedded"}, tmp_path)
    assert res["by_member"]["RUS"] == 16 and res["by_member"]["CHN"] == 10
    assert res["joint"]["RUS"]["CHN"] == 10 and res["alone"]["RUS"] == 6
    assert res["vetoed_drafts"] == 16
    # The embedded record holds no veto list, so no verified veto is missing from it.
    assert res["missing_vetoes"] == 0 and res["parameters"]["convention"] == "all"


def test_vetoes_convention_is_checked_before_the_run():
    from unsc.errors import ParameterError
    from unsc.selection import check_parameters

    with pytest.raises(ParameterError, match="convention must be one of"):
        check_parameters({"convention": "amendments"})


def test_highlight_codes_are_normalised_before_the_run():
    from unsc.selection import check_parameters

    assert check_parameters({"highlight": "isr, gbr"})["highlight"] == "ISR,GBR"
    assert check_parameters({"highlight": ""})["highlight"] == ""


def test_case_study(tmp_path, shared_coverage):
    res = _run("case_study", {"data": "embedded"}, tmp_path)
    assert res["houla_no"] == ["CHN", "CUB", "RUS"] and res["houla_date"].startswith("2012-06-01")
    # China voted with Russia on every Security Council Syria vote of 2011-2012 ...
    assert res["pair_same_sc"] == res["pair_decisions_sc"] == 6
    # ... and in every body.
    assert res["pair_share_by_body"] == {"GA": 1.0, "HRC": 1.0, "SC": 1.0}
    assert res["other_pairs_max_sc"] == 1.0  # the western three also never parted
    speakers = {s["speaker"] for s in res["statements"]}
    assert {"Vladimir Putin", "Liu Weimin"} <= speakers
    linked = {m["decision_id"] for m in res["mentions_linked"]}
    assert {"A/HRC/RES/S-19/1", "S/RES/1973(2011)"} <= linked
    houla = [c for c in res["checks"] if c["decision_id"] == "A/HRC/RES/S-19/1"]
    assert houla and all(c["status"] == "agrees" for c in houla)


def test_case_study_without_coverage(tmp_path):
    res = _run("case_study", {"data": "embedded", "coverage": ""}, tmp_path)
    assert res["statements"] == [] and res["houla_no"] == ["CHN", "CUB", "RUS"]


def test_explore(tmp_path):
    res = _run("explore", {"data": "embedded"}, tmp_path)
    assert res["decisions"] == 8 and res["problems"] == 0
    assert res["vote_counts"] == {"yes": 103, "abstain": 11, "no": 6, "absent": 0}


def test_parameters_include_quality():
    for name in NOTEBOOKS:
        declared = reports.declared_parameters(name)
        assert declared["quality"]["default"] == '"clean"', name


def test_a_request_beyond_the_record_fails_naming_its_end(tmp_path):
    run = reports.run_one("explore", {"body": "GA", "start": "2025-01-01", "end": "2025-12-31",
                                      "data": "embedded"}, tmp_path)
    assert not run.ok
    assert ("the General Assembly record here ends on 2024-05-10; `unsc data fetch undl-ga` "
            "for later votes") in run.error


def test_a_request_between_the_selections_blocks_fails_naming_the_gap(tmp_path):
    # The embedded record holds GA votes of 2011-2012 and of 2022-2024, nothing between.
    run = reports.run_one("explore", {"body": "GA", "start": "2015-01-01", "end": "2015-12-31",
                                      "data": "embedded"}, tmp_path)
    assert not run.ok
    assert ("the General Assembly record here holds nothing between 2012-08-03 and 2022-03-02 "
            "(its sources cover 2011-12-19 to 2012-08-03, 2022-03-02 to 2024-05-10)") in run.error


def test_quality_all_keeps_everything_and_says_so(tmp_path):
    res = _run_all("vetoes", {"data": "embedded", "quality": "all"}, tmp_path)
    assert res["quality"] == "all" and res["left_out"] == 0 and res["flagged"] == 0
    assert "Quality: 'all', nothing left out." in res["data_line"]


def _run_all(name, params, tmp_path):
    run = reports.run_one(name, params, tmp_path)
    assert run.ok, run.describe()
    return run.results

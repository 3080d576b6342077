"""Every notebook runs through papermill, and its results.json holds the right figures."""

import json

import nbformat
import pytest

from unsc import config, reports

pytestmark = pytest.mark.notebook

NOTEBOOKS = reports.available()


def test_there_are_notebooks():
    assert "vote_grid" in NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    nb = nbformat.read(config.notebooks_dir() / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{name} has outputs"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_is_documented(name):
    declared = reports.declared_parameters(name)
    assert reports.OUTPUT_PARAMETER in declared
    for pname, spec in declared.items():
        assert spec["help"], f"{name}: parameter {pname} has no help comment"
        assert spec["inferred_type_name"] != "None", f"{name}: parameter {pname} has no type"


def test_vote_grid_sc_syria(tmp_path):
    run = reports.run_one("vote_grid", {"start": "2011-01-01", "end": "2012-12-31"}, tmp_path)
    assert run.ok, run.describe()
    res = json.loads((tmp_path / "vote_grid" / run.folder.split("/")[-1] / "results.json")
                     .read_text())
    assert res["decisions"] == 6
    assert res["pair_same"] == res["pair_decisions"] == 6  # Russia and China never parted
    assert res["vetoed"] == ["S/2011/612", "S/2012/77", "S/2012/538"]
    assert res["data_version"].startswith("embedded record")
    html = (tmp_path / "vote_grid" / run.folder.split("/")[-1] / "report.html").read_text()
    assert "<img" in html or "image/png" in html
    assert "import unsc" not in html  # no code cells in the report


def test_vote_grid_hrc(tmp_path):
    run = reports.run_one("vote_grid", {"body": "HRC", "start": "2012-06-01", "end": "2012-06-01"},
                          tmp_path)
    assert run.ok, run.describe()
    assert run.results["decisions"] == 1 and run.results["votes"] == 47

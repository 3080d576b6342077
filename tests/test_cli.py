"""The ``unsc`` command line: help, version, and no traceback for any mistake or failure."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import unsc
from unsc import cli, store
from unsc.errors import DataFormatError, ParameterError

SRC = str(Path(cli.__file__).resolve().parents[1])


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- help and version ----------------------------------------------------------
def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"unsc {unsc.__version__}\n"


@pytest.mark.parametrize(("argv", "usage"), [
    ([], "usage: unsc [-h] [--version] [--debug] COMMAND ..."),
    (["data"], "usage: unsc data [-h] SUBCOMMAND ..."),
    (["coverage"], "usage: unsc coverage [-h] ACTION ..."),
    (["report"], "usage: unsc report [-h]"),
])
def test_a_bare_command_prints_its_help(capsys, argv, usage):
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    assert out.startswith(usage)
    assert "the following arguments are required" not in out


def test_a_missing_argument_of_a_subcommand_is_argparse_usage(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["data", "import"])
    assert exit_.value.code == 2
    assert "unsc data import: error: the following arguments are required: PATH" in \
        capsys.readouterr().err


# -- user mistakes: one line, exit 2 -------------------------------------------
def test_a_data_format_error_is_one_line(capsys, monkeypatch):
    def bad(*args, **kwargs):
        raise DataFormatError("votes.csv", "not a vote code", line=7, column="vote", value="?")

    monkeypatch.setattr(store, "import_path", bad)
    code, out, err = run(capsys, "data", "import", "votes.csv")
    assert code == 2 and out == ""
    assert err == "unsc: error: votes.csv, line 7, column 'vote': not a vote code (value: '?')\n"


def test_a_parameter_error_is_one_line(capsys, monkeypatch):
    def bad(*args, **kwargs):
        raise ParameterError("data: 'stored' is not a data source")

    monkeypatch.setattr(store, "import_path", bad)
    assert run(capsys, "data", "import", "x.csv")[2] == \
        "unsc: error: data: 'stored' is not a data source\n"


def test_a_command_that_stops_with_a_message_exits_2(capsys, monkeypatch):
    def stop(*args, **kwargs):
        raise SystemExit("unsc: error: nothing to do")

    monkeypatch.setattr(store, "import_path", stop)
    assert run(capsys, "data", "import", "x.csv")[0::2] == (2, "unsc: error: nothing to do\n")


def test_a_missing_file_is_named(capsys, tmp_path):
    missing = tmp_path / "nowhere.csv"
    code, out, err = run(capsys, "data", "import", str(missing))
    assert code == 2 and out == ""
    assert err.startswith("unsc: error: ") and str(missing) in err
    assert "Traceback" not in err


# -- environment failures: one line naming the file, exit 2 --------------------
@pytest.mark.parametrize(("number", "advice"), [
    (errno.ENOSPC, "the disk is full: free some space"),
    (errno.EACCES, "permission denied: check the permissions"),
    (errno.EROFS, "the file system is read-only: point UNSC_STORE"),
])
def test_environment_failures_name_the_file_and_what_to_do(capsys, monkeypatch, tmp_path,
                                                          number, advice):
    target = tmp_path / "processed" / "decisions.parquet"

    def fail(*args, **kwargs):
        raise OSError(number, os.strerror(number), str(target))

    monkeypatch.setattr(store, "import_path", fail)
    code, out, err = run(capsys, "data", "import", "x.csv")
    assert code == 2 and out == ""
    assert err.startswith(f"unsc: error: {target}: {advice}")
    assert err.count("\n") == 1


def test_a_store_under_a_file_is_refused_with_the_path(capsys, monkeypatch, tmp_path, fixtures):
    # A real failure, not a simulated one: the store's folder cannot be made.
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("UNSC_STORE", str(blocker / "processed"))
    code, out, err = run(capsys, "data", "import",
                         str(fixtures / "undl_sc" / "sc_voting_small.csv"))
    assert code == 2
    assert err.startswith("unsc: error: ") and str(blocker) in err
    assert "a part of this path is a file, not a folder" in err


def test_a_report_folder_that_cannot_be_made_stops_before_any_run(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, out, err = run(capsys, "report", "vote_grid", "-o", str(blocker / "reports"),
                         "--no-progress")
    assert code == 2 and out == ""
    assert err == (f"unsc: error: {blocker / 'reports'}: a part of this path is a file, not a "
                   "folder: check the path\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_output_to_a_full_disk_is_one_line():
    env = {**os.environ, "PYTHONPATH": SRC}
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "unsc.cli", "data", "list"], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("unsc: error: the disk is full")
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_describe_os_error_keeps_our_own_message():
    assert cli.describe_os_error(FileNotFoundError("the store is empty: import data")) == \
        "the store is empty: import data"
    assert cli.describe_os_error(OSError(errno.EXDEV, "Invalid cross-device link", "a", None,
                                         "b")) == "a -> b: invalid cross-device link"


# -- internal errors: one line, --debug shows the traceback --------------------
def test_an_internal_error_is_one_line_with_the_way_to_the_traceback(capsys, monkeypatch):
    def bug(*args, **kwargs):
        raise KeyError("decision_id")

    monkeypatch.setattr(store, "import_path", bug)
    code, out, err = run(capsys, "data", "import", "x.csv")
    assert code == cli.INTERNAL_ERROR == 3
    assert err.splitlines() == [
        "unsc: internal error: KeyError: 'decision_id'",
        "  this is a bug in unsc; run the same command with `unsc --debug ...` to see the "
        "traceback, and report it"]
    assert "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch):
    def bug(*args, **kwargs):
        raise KeyError("decision_id")

    monkeypatch.setattr(store, "import_path", bug)
    with pytest.raises(KeyError, match="decision_id"):
        cli.main(["--debug", "data", "import", "x.csv"])


def test_ctrl_c_is_one_line(capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "import_path", interrupted)
    assert run(capsys, "data", "import", "x.csv")[0::2] == (130, "unsc: interrupted\n")


def test_the_console_script_shows_no_traceback_for_a_bad_date(tmp_path):
    env = {**os.environ, "PYTHONPATH": SRC, "UNSC_REPORTS": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "unsc.cli", "report", "vote_grid", "-p",
                           "start", "2011-02-30"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("unsc: error: vote_grid: start: '2011-02-30' is not a real date (day "
                           "is out of range for month); use YYYY, YYYY-MM or YYYY-MM-DD\n")


def test_yaml_read_by_any_command_is_one_line(capsys, monkeypatch):
    import yaml

    def bad(*args, **kwargs):
        return yaml.safe_load("a: [1\nb: 2\n")

    monkeypatch.setattr(store, "import_path", bad)
    code, out, err = run(capsys, "data", "import", "x.csv")
    assert code == 2 and out == ""
    assert err.startswith("unsc: error: not valid YAML: while parsing a flow sequence")
    assert 'line 2, column 2' in err and err.count("\n") == 1

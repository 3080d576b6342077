"""``unsc data``: import, list, validate, fetch, remove from the command line."""

from __future__ import annotations

import json

import pytest

from unsc import cli, config


@pytest.fixture
def sc_file(fixtures):
    return fixtures / "undl_sc" / "sc_voting_small.csv"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_list_validate(capsys, sc_file):
    code, out, _ = run(capsys, "data", "import", str(sc_file))
    assert code == 0 and "undl-sc: imported 2 decisions and 30 votes" in out
    code, out, _ = run(capsys, "data", "import", str(sc_file))
    assert code == 0 and "already imported" in out and "nothing changed" in out
    code, out, _ = run(capsys, "data", "list")
    assert code == 0 and "undl-sc" in out and "1977-11-04 to 2011-03-17" in out
    # The column says what it counts: the reader's problems, not validate's.
    assert "reader problems" in out and "`unsc data validate` also runs" in out
    assert str(config.store_dir()) in out and str(sc_file.resolve()) in out
    code, out, _ = run(capsys, "data", "list", "--json")
    entries = json.loads(out)
    assert [e["name"] for e in entries] == ["undl-sc"] and len(entries[0]["checksum"]) == 64
    code, out, _ = run(capsys, "data", "validate")
    assert code == 0  # only an info problem
    assert "member_by_name" in out and "GER" in out and "sc_voting_small.csv:" in out
    code, out, _ = run(capsys, "data", "validate", "--json")
    records = json.loads(out)
    assert [r["rule"] for r in records] == ["member_by_name"]
    assert set(records[0]) == {"rule", "severity", "file", "row", "decision_id", "member",
                               "message"}


def test_validate_reports_errors_with_exit_status(capsys, fixtures, tmp_path):
    text = (fixtures / "sc_drafts" / "sc_drafts_small.csv").read_text()
    bad = tmp_path / "drafts.csv"
    bad.write_text(text.replace(",Guatemala,", ",Guatamala,"))
    assert run(capsys, "data", "import", str(bad))[0] == 0
    code, out, _ = run(capsys, "data", "validate", "--limit", "1")
    assert code == 1
    assert "[error] unknown_member (1)" in out and "Guatamala" in out
    assert f"{bad.resolve()}:" in out


def test_malformed_import_is_an_error_naming_the_place(capsys, sc_file, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(sc_file.read_text().replace("BRAZIL,False,A", "BRAZIL,False,?", 1))
    code, out, err = run(capsys, "data", "import", str(bad), "--format", "undl-sc")
    assert code == 2 and out == ""
    assert str(bad.resolve()) in err and "line 3" in err and "'ms_vote'" in err and "'?'" in err
    assert not config.store_dir().exists()


def test_empty_store(capsys):
    code, out, _ = run(capsys, "data", "list")
    assert code == 0 and "is empty" in out
    code, _, err = run(capsys, "data", "validate")
    assert code == 2 and "empty" in err


def test_remove(capsys, sc_file):
    run(capsys, "data", "import", str(sc_file))
    assert run(capsys, "data", "remove", "undl-sc")[0] == 0
    code, _, err = run(capsys, "data", "remove", "undl-sc")
    assert code == 2 and "nothing stored" in err


def test_fetch_failure_is_reported(capsys):
    code, _, err = run(capsys, "data", "fetch", "undl-sc", "--url",
                       "http://127.0.0.1:9/2026_02_06_sc_voting.csv", "--no-progress")
    assert code == 2 and "download failed, nothing changed" in err
    assert not config.store_dir().exists()


@pytest.mark.parametrize(("argv", "expected"), [
    (["data", "--help"], "unsc data import"),
    (["data", "import", "--help"], "sniffed from the header"),
    (["data", "validate", "--help"], "Exit status"),
    (["data", "fetch", "--help"], "digitallibrary.un.org/record/4055387"),
    (["data", "list", "--help"], "checksum"),
])
def test_help(capsys, argv, expected):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 0
    assert expected in capsys.readouterr().out


def test_list_counts_reader_problems_validate_counts_more(capsys, fixtures, tmp_path):
    """The list's count is the reader's; validate adds its own rules (not misleading)."""
    text = (fixtures / "sc_drafts" / "sc_drafts_small.csv").read_text()
    bad = tmp_path / "drafts.csv"
    bad.write_text(text.replace(",Guatemala,", ",Guatamala,"))  # found by validate only
    run(capsys, "data", "import", str(bad))
    _, out, _ = run(capsys, "data", "list")
    header, row = out.splitlines()[1:3]
    end = header.index("reader problems") + len("reader problems")
    assert row[:end].split()[-1] == "0"  # the reader found nothing wrong
    assert json.loads(run(capsys, "data", "list", "--json")[1])[0]["problems"] == 0
    code, out, _ = run(capsys, "data", "validate")
    assert code == 1 and "[error] unknown_member" in out


class _ClosedPipe:
    """A stdout whose reader has gone away."""

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_exits_quietly(capsys, sc_file, monkeypatch):
    run(capsys, "data", "import", str(sc_file))
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert cli.main(["data", "validate"]) == cli.BROKEN_PIPE


@pytest.mark.shared
def test_validate_piped_into_head(shared_data):
    """`unsc data validate | head`: no traceback when the pipe closes early."""
    import subprocess
    import sys

    drafts = shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz"
    assert cli.main(["data", "import", str(drafts)]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "unsc.cli", "data", "validate", "--limit",
                             "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does: more than a pipe buffer is still to come
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == cli.BROKEN_PIPE
    assert first.startswith(b"store: ") and err == ""


def test_validate_unknown_name_names_it_and_lists_the_stored(capsys, sc_file):
    run(capsys, "data", "import", str(sc_file))
    code, out, err = run(capsys, "data", "validate", "--name", "nosuch")
    assert code == 2 and out == ""
    assert err.startswith("unsc: error: ") and "no dataset named 'nosuch'" in err
    assert "it holds: undl-sc" in err and "holds no data:" not in err


def test_header_only_import_is_refused(capsys, sc_file, tmp_path):
    header = tmp_path / "header.csv"
    header.write_text(sc_file.read_text().splitlines()[0] + "\n")
    code, out, err = run(capsys, "data", "import", str(header), "--format", "undl-sc")
    assert code == 2 and out == ""
    assert err == f"unsc: error: {header.resolve()}, line 1: header only: the file has no rows\n"
    assert not config.store_dir().exists()


@pytest.mark.parametrize(("code", "hint"), [(28, "the disk is full"), (30, "read-only"),
                                            (13, "permission denied")])
def test_store_that_cannot_be_written(capsys, sc_file, monkeypatch, code, hint):
    import os

    import pandas as pd

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[1]))

    run(capsys, "data", "import", str(sc_file), "--name", "first")
    monkeypatch.setattr(pd.DataFrame, "to_parquet", fail)
    status, out, err = run(capsys, "data", "import", str(sc_file))
    assert status == 2 and out == ""
    assert err.startswith("unsc: error: importing ") and hint in err
    assert "nothing was changed" in err and "Traceback" not in err
    monkeypatch.setattr("os.replace", fail)
    status, _, err = run(capsys, "data", "remove", "first")
    assert status == 2 and hint in err
    assert [e["name"] for e in json.loads(run(capsys, "data", "list", "--json")[1])] == ["first"]


def test_name_that_cannot_name_a_folder(capsys, sc_file):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["data", "import", str(sc_file), "--name", "../x"])
    assert exit_.value.code == 2
    assert "'../x' cannot name a dataset" in capsys.readouterr().err

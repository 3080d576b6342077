"""``unsc decisions``: search and ``show``, through the same entry as the console script."""

from __future__ import annotations

import io
import re

import pandas as pd
import pandas.testing as pdt
import pytest

from unsc import cli
from unsc.lookup import find_decisions

SIX = ["S/2011/612", "S/2012/77", "S/RES/2042(2012)", "S/RES/2043(2012)", "S/2012/538",
       "S/RES/2059(2012)"]


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _group(out: str, title: str) -> str:
    """The text of one vote group (its line and the indented lines after it)."""
    found = re.search(rf"^{title} \(\d+\):.*(?:\n    .*)*", out, re.MULTILINE)
    assert found, f"no {title!r} group in:\n{out}"
    return found.group(0)


def test_show_houla(capsys):
    code, out, err = run(capsys, "decisions", "show", "A/HRC/RES/S-19/1", "--data", "embedded")
    assert code == 0 and err == ""
    assert out.startswith("A/HRC/RES/S-19/1  Human Rights Council, 1 June 2012, session S-19\n")
    assert "Outcome: adopted   Tally: 41 yes, 3 no, 2 abstain, 1 absent (official); the member " \
           "rows agree" in out
    assert "Meeting: A/HRC/S-19/2" in out and "Source: A/HRC/S-19/2" in out
    assert _group(out, "No") == "No (3): China (CHN), Cuba (CUB), Russian Federation (RUS)"
    assert _group(out, "Absent") == "Absent (1): Philippines (PHL)"
    assert _group(out, "Abstain") == "Abstain (2): Ecuador (ECU), Uganda (UGA)"
    yes = _group(out, "Yes")
    assert yes.startswith("Yes (41): Angola (AGO),") and "Poland (POL)" in yes
    assert "Philippines" not in yes and "China" not in yes
    # Groups in the order yes, abstain, no, absent, not recorded.
    order = [out.index(f"\n{t} (") for t in ("Yes", "Abstain", "No", "Absent", "Not recorded")]
    assert order == sorted(order)


def test_show_marks_vetoes_and_reads_symbols_leniently(capsys):
    code, out, _ = run(capsys, "decisions", "show", "s/2012/77", "--data", "embedded")
    assert code == 0
    assert _group(out, "No") == "No (2): China (CHN) VETO, Russian Federation (RUS) VETO"
    # Unquoted words after `show` are one symbol.
    code, out, _ = run(capsys, "decisions", "show", "S/RES/2042", "(2012)", "--data", "embedded")
    assert code == 0 and out.startswith("S/RES/2042(2012)  Security Council, 14 April 2012")


def test_show_csv(capsys):
    code, out, _ = run(capsys, "decisions", "show", "2042", "--csv", "--data", "embedded")
    assert code == 0
    frame = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert list(frame.columns) == ["decision_id", "body", "date", "member", "name", "vote",
                                   "veto", "note"]
    assert len(frame) == 15 and set(frame.vote) == {"yes"}
    assert set(frame.decision_id) == {"S/RES/2042(2012)"} and set(frame.date) == {"2012-04-14"}


def test_unknown_symbol_is_an_error_with_suggestions(capsys):
    code, out, err = run(capsys, "decisions", "show", "S/RES/2043(2013)", "--data", "embedded")
    assert code == 2 and out == ""
    assert err.startswith("unsc: error: no decision 'S/RES/2043(2013)' in the embedded record; "
                          "did you mean S/RES/2043(2012)")
    assert "Traceback" not in err


def test_show_refuses_search_options_and_needs_a_symbol(capsys):
    code, _, err = run(capsys, "decisions", "show", "2042", "--body", "SC", "--data", "embedded")
    assert code == 2 and "not --body" in err
    code, _, err = run(capsys, "decisions", "show", "--data", "embedded")
    assert code == 2 and "needs a symbol" in err


def test_syria_search_lists_the_six_roll_calls(capsys):
    code, out, err = run(capsys, "decisions", "--topic", "Syria", "--body", "SC", "--from", "2011",
                         "--to", "2012", "--data", "embedded")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "6 decisions match (body SC, 2011 to 2012, topic 'Syria') in the embedded record."
    header = lines[2]
    assert header.split() == ["date", "body", "symbol", "outcome", "tally", "topic", "title"]
    rows = lines[3:9]
    assert [r.split()[2] for r in rows] == SIX
    assert rows[0].split()[:5] == ["2011-10-04", "SC", "S/2011/612", "vetoed", "9-2-4"]
    # Aligned: every column starts where its header does.
    start = header.index("tally")
    assert {r[start:].split()[0] for r in rows} == {"9-2-4", "13-2-0", "15-0-0", "11-2-2"}


def test_search_csv_holds_every_match(capsys, tmp_path):
    target = tmp_path / "syria.csv"
    code, out, err = run(capsys, "decisions", "syria", "--body", "SC", "--data", "embedded",
                         "--csv", str(target))
    assert code == 0 and out == "" and f"to {target}" in err
    frame = pd.read_csv(target, dtype={"decision_id": str})
    import unsc

    expected = find_decisions(unsc.load("embedded").clean(), body="SC", keyword="syria")
    assert frame.decision_id.tolist() == expected.decision_id.astype(str).tolist()
    assert len(frame) == 31 and not list(tmp_path.glob("*.part"))
    pdt.assert_series_equal(frame.yes, expected.yes.astype("int64"), check_names=True)
    # The table shows the latest 40; the CSV every match (the embedded record holds 54:
    # 44 in decisions.csv, 10 in decisions-2022-2024.csv).
    code, out, _ = run(capsys, "decisions", "--data", "embedded")
    assert out.startswith("54 decisions match (all) in the embedded record; the latest 40 are shown")
    code, out, _ = run(capsys, "decisions", "--data", "embedded", "--csv")
    assert len(pd.read_csv(io.StringIO(out))) == 54


def test_csv_into_a_missing_folder_or_a_folder_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "decisions", "--data", "embedded", "--csv", str(tmp_path / "no" / "x.csv"))
    assert code == 2 and err == f"unsc: error: {tmp_path / 'no'}: no such file or folder: check the path\n"
    code, _, err = run(capsys, "decisions", "--data", "embedded", "--csv", str(tmp_path))
    assert code == 2 and "this is a folder, not a file" in err
    assert list(tmp_path.iterdir()) == []


def test_limit_and_count(capsys):
    code, out, _ = run(capsys, "decisions", "--body", "SC", "--limit", "3", "--data", "embedded")
    assert code == 0
    assert out.startswith("33 decisions match (body SC) in the embedded record; the latest 3 are "
                          "shown")
    rows = [line for line in out.splitlines() if line.startswith("20")]
    assert [r.split()[2] for r in rows] == ["S/2020/658", "S/2020/667", "S/2020/683"]


def test_member_column(capsys):
    code, out, _ = run(capsys, "decisions", "--member", "phl", "--body", "HRC", "--from", "2012-06",
                       "--to", "2012-06", "--data", "embedded")
    assert code == 0 and "with a vote of PHL" in out
    header, row = out.splitlines()[2:4]
    assert header.split()[5] == "vote" and row.split()[2] == "A/HRC/RES/S-19/1"
    assert row.split()[5] == "absent"


@pytest.mark.parametrize(("argv", "message"), [
    (["--body", "UNGA"], "body: 'UNGA' is not one of SC, HRC, GA"),
    (["--outcome", "passed"], "outcome: 'passed' is not one of adopted, vetoed, failed"),
    (["--member", "China"], "did you mean CHN"),
    (["--from", "2012-02-30"], "is not a real date"),
    (["--limit", "-1"], "--limit: -1"),
])
def test_mistakes_are_errors_not_tracebacks(capsys, argv, message):
    code, out, err = run(capsys, "decisions", *argv, "--data", "embedded")
    assert code == 2 and out == "" and message in err and err.startswith("unsc: error: ")


def test_nothing_found_says_so(capsys):
    code, out, _ = run(capsys, "decisions", "no such words", "--data", "embedded")
    assert code == 0 and out.startswith("0 decisions match (keywords 'no such words') in the "
                                        "embedded record.")


def test_help_explains_with_examples(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["decisions", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "unsc decisions show A/HRC/RES/S-19/1" in out and "--topic Syria" in out
    assert "not recorded" in out


@pytest.mark.shared
def test_done_when_checks_on_the_store(capsys, shared_data):
    """The issue's two checks on the imported real SC and HRC tables (combined with the record)."""
    import inspect

    import unsc
    from unsc.model import Dataset

    for path in (shared_data / "unsc_drafts_votes_1994_2025" / "sc_voting_1994_2025.csv.gz",
                 shared_data / "unhrc_recorded_votes"):
        assert run(capsys, "data", "import", str(path))[0] == 0
    code, out, _ = run(capsys, "decisions", "show", "a/hrc/res/s-19/1", "--data", "store")
    assert code == 0 and "Data: store: " in out
    assert _group(out, "No") == "No (3): China (CHN), Cuba (CUB), Russian Federation (RUS)"
    assert _group(out, "Absent") == "Absent (1): Philippines (PHL)"
    assert "41 yes, 3 no, 2 abstain, 1 absent (official); the member rows agree" in out
    code, out, _ = run(capsys, "decisions", "--topic", "Syria", "--body", "SC", "--from", "2011",
                       "--to", "2012", "--data", "store", "--csv")
    assert code == 0
    listed = pd.read_csv(io.StringIO(out)).decision_id.tolist()
    # What is listed is what Dataset.filter(topic=...) selects, never a matching of our own ...
    ds = unsc.load("store").clean()
    assert listed == find_decisions(ds, body="SC", start="2011", end="2012",
                                    topic="Syria").decision_id.astype(str).tolist()
    assert set(SIX) <= set(listed)
    # ... so with the normalised topic (an exact label, `keyword=` for free text) it is the six.
    if "keyword" in inspect.signature(Dataset.filter).parameters:
        assert listed == SIX

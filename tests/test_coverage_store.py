"""The coverage store and the ``unsc coverage`` command."""

from __future__ import annotations

import pandas as pd
import pytest

from unsc import cli, coverage
from unsc.coverage.store import coverage_dir
from unsc.errors import DataFormatError
from unsc.model import STATEMENT_COLUMNS


@pytest.fixture
def articles(fixtures):
    return fixtures / "articles"


def test_empty_store_has_the_schemas():
    stored = coverage.load_stored()
    assert stored.articles.empty and stored.statements.empty and stored.mentions.empty
    assert list(stored.statements.columns) == list(STATEMENT_COLUMNS)
    assert list(stored.mentions.columns) == list(coverage.MENTION_COLUMNS)
    assert list(stored.checks.columns) == list(coverage.CHECK_COLUMNS)


def test_add_is_idempotent_per_article(articles, coverage_record):
    files = [articles / "speakers.md", articles / "contradiction.md"]
    first = coverage.add(files, coverage_record)
    stored = coverage.load_stored()
    assert len(stored.articles) == 2
    assert len(stored.statements) == len(first.statements) > 0
    assert len(stored.mentions) == len(first.mentions) > 0
    coverage.add(files[1], coverage_record)
    again = coverage.load_stored()
    for name in ("articles", "statements", "mentions", "checks"):
        left = getattr(stored, name).sort_values(getattr(stored, name).columns[0])
        right = getattr(again, name).sort_values(getattr(again, name).columns[0])
        pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True))
    assert not list(coverage_dir().glob("*.tmp"))


def test_remove_and_attach(articles, coverage_record):
    coverage.add([articles / "speakers.md", articles / "month-boundary.md"], coverage_record)
    stored = coverage.load_stored()
    ds = stored.attach(coverage_record)
    assert len(ds.statements) == len(stored.statements)
    slug = stored.articles.slug[stored.articles.file.str.endswith("speakers.md")].iloc[0]
    assert coverage.remove(slug) == 1
    left = coverage.load_stored()
    assert len(left.articles) == 1
    assert not left.statements.statement_id.str.startswith(slug).any()
    assert coverage.remove("no-such-article") == 0


def test_bad_file_leaves_the_store_unchanged(articles, coverage_record, tmp_path):
    coverage.add(articles / "speakers.md", coverage_record)
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DataFormatError):
        coverage.add([articles / "contradiction.md", empty], coverage_record)
    assert len(coverage.load_stored().articles) == 1


def test_cli_add_show_read(articles, fixtures, capsys):
    record = str(fixtures / "coverage_record")
    contradiction = str(articles / "contradiction.md")
    assert cli.main(["coverage", "add", contradiction, "--record", record]) == 0
    assert capsys.readouterr().out.startswith("added contradiction-")
    assert cli.main(["coverage", "add", contradiction, "--record", record]) == 0
    out = capsys.readouterr().out
    assert out.startswith("unchanged contradiction-") and "added" not in out
    assert "S/2012/77" in out
    assert cli.main(["coverage", "show"]) == 0
    out = capsys.readouterr().out
    assert "articles (1)" in out and "mentions (2)" in out
    assert cli.main(["coverage", "show", "--table", "checks"]) == 0
    assert "contradicts" in capsys.readouterr().out
    assert cli.main(["coverage", "show", "--table", "mentions", "--csv"]) == 0
    assert capsys.readouterr().out.startswith("mention_id,")
    assert cli.main(["coverage", "read", str(articles / "plain.txt"), "--date", "2012-02-01",
                     "--no-link", "--table", "statements"]) == 0
    assert "Edward Hale" in capsys.readouterr().out
    assert len(coverage.load_stored().articles) == 1  # read does not store


def test_cli_bad_input_names_the_file(articles, capsys):
    assert cli.main(["coverage", "add", str(articles / "no-date.md"), "--no-link"]) == 2
    err = capsys.readouterr().err
    assert "no-date.md" in err and "no publication date" in err


def test_cli_missing_date_says_the_option(articles, capsys):
    assert cli.main(["coverage", "read", str(articles / "plain.txt"), "--no-link"]) == 2
    err = capsys.readouterr().err
    assert "plain.txt" in err and "pass --date YYYY-MM-DD" in err
    assert "read_article" not in err


def _article_file(path, body: str, url: str = "https://example.org/news/vote-1"):
    path.write_text(f"# A Vote\n\nFebruary 06, 2012\n\n**The Example Gazette**\n\n{body}\n\n"
                    f"Original url:\n\n<{url}>\n", encoding="utf-8")
    return path


def test_cli_add_says_added_unchanged_replaced(tmp_path, fixtures, capsys):
    record = str(fixtures / "coverage_record")
    path = _article_file(tmp_path / "a.md", "Russia and China vetoed a draft resolution on "
                         "Syria in the Security Council on Saturday.")
    add = ["coverage", "add", str(path), "--record", record]
    assert cli.main(add) == 0
    assert capsys.readouterr().out.startswith("added vote-1-")
    stored = {p.name: p.stat().st_mtime_ns for p in coverage_dir().glob("*.parquet")}
    assert cli.main(add) == 0
    assert capsys.readouterr().out.startswith("unchanged vote-1-")
    # nothing changed: the store is not rewritten
    assert {p.name: p.stat().st_mtime_ns for p in coverage_dir().glob("*.parquet")} == stored
    # the same URL from another file and folder is the same article
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    (copy / "b.md").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["coverage", "add", str(copy / "b.md"), "--record", record]) == 0
    assert capsys.readouterr().out.startswith("unchanged vote-1-")
    assert coverage.load_stored().articles.file.tolist() == [str(copy / "b.md")]
    _article_file(path, "Russia and China vetoed a draft resolution on Syria in the Security "
                  "Council on Saturday, while Pakistan abstained.")
    assert cli.main(add) == 0
    assert capsys.readouterr().out.startswith("replaced vote-1-")
    stored = coverage.load_stored()
    assert len(stored.articles) == 1
    assert set(stored.mentions.position) == {"veto", "abstain"}
    assert not list(coverage_dir().glob("*.tmp"))


def test_cli_skips_readme_and_goes_on_after_a_bad_file(articles, fixtures, tmp_path, capsys):
    record = str(fixtures / "coverage_record")
    readme = tmp_path / "readme.MD"
    readme.write_text("# About these articles\n\nNotes.\n", encoding="utf-8")
    files = [str(readme), str(articles / "speakers.md"), str(articles / "no-date.md"),
             str(articles / "contradiction.md")]
    assert cli.main(["coverage", "add", *files, "--record", record]) == 2
    out, err = capsys.readouterr()
    assert f"skipped {readme}: not an article" in err.splitlines()
    assert "no-date.md" in err and "no publication date" in err
    assert "1 of 3 file(s) could not be read" in err
    assert "added speakers-" in out and "added contradiction-" in out
    stored = coverage.load_stored()
    assert sorted(stored.articles.file.str.rsplit("/", n=1).str[-1]) == [
        "contradiction.md", "speakers.md"]
    assert len(stored.statements) and len(stored.checks)
    # read goes on too, and stores nothing
    assert cli.main(["coverage", "read", *files, "--no-link", "--table", "articles"]) == 2
    out, err = capsys.readouterr()
    assert "articles (2)" in out and "no-date.md" in err
    # README alone: nothing to read
    assert cli.main(["coverage", "read", str(articles / "README.md"), "--no-link"]) == 1
    assert "not an article" in capsys.readouterr().err


def test_keep_reports_per_article_and_keeps_the_last_version(articles, coverage_record):
    speakers = coverage.analyse(articles / "speakers.md", coverage_record)
    linked = coverage.analyse(articles / "contradiction.md", coverage_record)
    unlinked = coverage.analyse(articles / "contradiction.md")
    key = str(linked.articles.article.iloc[0])
    assert coverage.keep([linked]) == {key: "added"}
    assert coverage.keep([linked]) == {key: "unchanged"}
    # the same article twice: the last version is kept (here: its mentions not linked)
    status = coverage.keep([linked, speakers, unlinked])
    assert status == {str(speakers.articles.article.iloc[0]): "added", key: "replaced"}
    stored = coverage.load_stored()
    assert len(stored.articles) == 2
    assert len(stored.mentions) == len(unlinked.mentions) > 0
    assert stored.mentions.decision_id.isna().all() and stored.checks.empty


def test_failed_write_leaves_the_store_as_it_was(articles, coverage_record, monkeypatch):
    coverage.add(articles / "speakers.md", coverage_record)
    before = coverage.load_stored()
    calls = []
    real = pd.DataFrame.to_parquet

    def failing(self, path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(self, path, *args, **kwargs)

    with monkeypatch.context() as patch, pytest.raises(OSError, match="disk full"):
        patch.setattr(pd.DataFrame, "to_parquet", failing)
        coverage.add(articles / "contradiction.md", coverage_record)
    assert len(calls) == 3  # two tables written before the failure, none moved into place
    after = coverage.load_stored()
    for name in ("articles", "statements", "mentions", "checks"):
        pd.testing.assert_frame_equal(getattr(before, name), getattr(after, name))
    assert not list(coverage_dir().glob("*.tmp"))


def test_load_stored_does_not_create_the_folder(tmp_path):
    folder = tmp_path / "nowhere"
    assert coverage.load_stored(folder).articles.empty
    assert not folder.exists()

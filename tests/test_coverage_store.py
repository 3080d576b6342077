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
    assert cli.main(["coverage", "add", contradiction, "--record", record]) == 0
    out = capsys.readouterr().out
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

"""The coverage store and the ``unsc coverage`` command."""

from __future__ import annotations

import errno
import os
import random
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

import unsc
from unsc import cli, coverage
from unsc.coverage import store as cstore
from unsc.coverage.store import coverage_dir
from unsc.errors import DataFormatError, StoreError
from unsc.model import STATEMENT_COLUMNS

SRC = Path(unsc.__file__).resolve().parents[1]


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


def test_cli_read_shows_no_raw_missing_values(articles, capsys):
    # plain.txt's mentions have no date and no size: shown as "–", never <NA> or NaT
    assert cli.main(["coverage", "read", str(articles / "plain.txt"), "--date", "2012-02-01"]) == 0
    out = capsys.readouterr().out
    assert "mentions (" in out and "–" in out
    assert "<NA>" not in out and "NaT" not in out


def test_cli_read_shows_each_claim_with_its_answer_in_full(articles, fixtures, capsys):
    record = str(fixtures / "coverage_record")
    assert cli.main(["coverage", "read", str(articles / "contradiction.md"), "--record", record,
                     "--table", "claims"]) == 0
    out = capsys.readouterr().out
    assert "5 contradicts, 6 agrees" in out
    lines = out.splitlines()
    # the sentence once, then one line per claim, contradictions first, nothing cut
    at = next(i for i, line in enumerate(lines) if line.startswith("¶1  “NEW YORK"))
    assert lines[at + 2].split() == ["CONTRADICTS", "IND", "vetoed", "—", "record", "of", "S/2012/77:",
                                     "yes", "(vetoed):", "no", "veto", "by", "IND,", "which", "voted",
                                     "yes"]
    assert sum("IND vetoed" in line for line in lines) == 1 and "…" not in out
    assert "  agrees       CHN vetoed — record of S/2012/77: no (vetoed)" in lines


def test_cli_read_gives_the_whole_reason_of_a_claim_not_linked(tmp_path, fixtures, capsys):
    path = _article_file(tmp_path / "a.md", "On Monday the Security Council adopted a resolution on "
                         "Haiti by 15 votes to none.")
    assert cli.main(["coverage", "read", str(path), "--record", str(fixtures / "coverage_record")]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert ("unverifiable tally 15-0-? — not linked: the data hold only 5 selected SC decisions, no "
            "complete SC record") in text


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
    manifest = coverage_dir() / "manifest.json"
    stored = (manifest.read_bytes(), manifest.stat().st_mtime_ns)
    assert cli.main(add) == 0
    assert capsys.readouterr().out.startswith("unchanged vote-1-")
    # nothing changed: the store is not rewritten
    assert (manifest.read_bytes(), manifest.stat().st_mtime_ns) == stored
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


# -- atomic, versioned writes ---------------------------------------------------------------

def frames(cov) -> dict[str, pd.DataFrame]:
    """Each table in a canonical row order (to compare two loads)."""
    return {name: getattr(cov, name).sort_values(list(getattr(cov, name).columns))
            .reset_index(drop=True) for name in cstore.TABLES}


def assert_same(left, right) -> None:
    for name, frame in frames(left).items():
        pd.testing.assert_frame_equal(frame, frames(right)[name], obj=name)


def test_layout_is_one_manifest_naming_one_version(articles, coverage_record):
    coverage.add(articles / "speakers.md", coverage_record)
    folder = coverage_dir()
    data = cstore.areas.read_manifest(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([".lock", data["dir"],
                                                                 "manifest.json"])
    assert sorted(p.name for p in (folder / data["dir"]).iterdir()) == sorted(
        f"{t}.parquet" for t in cstore.TABLES)
    assert data["rows"]["articles"] == 1 and data["rows"]["statements"] > 0
    coverage.add(articles / "contradiction.md", coverage_record)
    newer = cstore.areas.read_manifest(folder)
    assert newer["dir"] != data["dir"] and not (folder / data["dir"]).exists()


@pytest.mark.parametrize("step", ["table", "sync", "rename", "manifest"])
@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError])
def test_failure_at_every_step_leaves_the_store_as_it_was(articles, coverage_record,
                                                          monkeypatch, step, failure):
    coverage.add(articles / "speakers.md", coverage_record)
    before = coverage.load_stored()
    files = sorted(p.name for p in coverage_dir().iterdir())
    real = {"table": pd.DataFrame.to_parquet, "sync": cstore.areas.sync_tree,
            "rename": os.rename, "manifest": os.replace}[step]
    calls = []

    def fail_late(*args, **kwargs):
        calls.append(args)
        if step != "table" or len(calls) == 4:  # the last table
            raise failure("interrupted")
        return real(*args, **kwargs)

    target = {"table": (pd.DataFrame, "to_parquet"), "sync": (cstore.areas, "sync_tree"),
              "rename": (os, "rename"), "manifest": (os, "replace")}[step]
    with monkeypatch.context() as patch:
        patch.setattr(*target, fail_late)
        with pytest.raises(StoreError if failure is OSError else failure):
            coverage.add(articles / "contradiction.md", coverage_record)
    assert calls
    assert_same(coverage.load_stored(), before)
    assert sorted(p.name for p in coverage_dir().iterdir()) == files  # nothing left behind
    coverage.add(articles / "contradiction.md", coverage_record)
    assert len(coverage.load_stored().articles) == 2


def test_stale_temporary_files_are_cleaned_by_the_next_write(articles, coverage_record):
    coverage.add(articles / "speakers.md", coverage_record)
    folder = coverage_dir()
    (folder / ".tmp-0badf00d").mkdir()
    (folder / ".tmp-0badf00d" / "articles.parquet").write_bytes(b"half")
    (folder / ".manifest-0badf00d.tmp").write_text("{")
    (folder / "v-0123456789ab").mkdir()  # a version published by nobody (killed before the swap)
    (folder / "notes.txt").write_text("not ours")  # not the store's: left alone
    assert len(coverage.load_stored().articles) == 1
    coverage.add(articles / "contradiction.md", coverage_record)
    data = cstore.areas.read_manifest(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [".lock", "manifest.json", data["dir"], "notes.txt"])


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EROFS])
def test_environment_failure_is_a_store_error(articles, coverage_record, monkeypatch, code):
    coverage.add(articles / "speakers.md", coverage_record)
    before = coverage.load_stored()

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[0]))

    with monkeypatch.context() as patch:
        patch.setattr(pd.DataFrame, "to_parquet", fail)
        with pytest.raises(StoreError, match="storing coverage failed, nothing was changed"
                           ) as err:
            coverage.add(articles / "contradiction.md", coverage_record)
        with pytest.raises(StoreError, match="removing coverage failed"):
            coverage.remove(str(before.articles.slug.iloc[0]))
    assert err.value.errno == code and str(coverage_dir()) in str(err.value)
    assert_same(coverage.load_stored(), before)


def test_read_only_store_is_a_store_error(articles, coverage_record, monkeypatch):
    coverage.add(articles / "speakers.md", coverage_record)
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", read_only)
        with pytest.raises(StoreError, match="read-only"):
            coverage.add(articles / "contradiction.md", coverage_record)
        assert len(coverage.load_stored().articles) == 1  # reading needs no write access


def test_first_layout_is_read_then_converted(articles, coverage_record):
    """A store written before the manifest (the four tables in the folder) still loads."""
    coverage.add(articles / "speakers.md", coverage_record)
    folder = coverage_dir()
    data = cstore.areas.read_manifest(folder)
    for table in (folder / data["dir"]).iterdir():
        shutil.move(table, folder / table.name)
    (folder / data["dir"]).rmdir()
    (folder / "manifest.json").unlink()
    (folder / ".statements-x1.parquet.tmp").write_bytes(b"left by the first layout")
    assert len(coverage.load_stored().articles) == 1
    coverage.add(articles / "contradiction.md", coverage_record)
    data = cstore.areas.read_manifest(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([".lock", data["dir"],
                                                                 "manifest.json"])
    assert len(coverage.load_stored().articles) == 2


KEEPER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from unsc import coverage
    from unsc.sources import curated
    record = curated.read(Path(sys.argv[1]))
    a, b = (coverage.analyse(Path(f), record) for f in sys.argv[2:4])
    stop, n = Path(sys.argv[4]), 0
    while not stop.exists() or n < 10:
        # alternately one article and both: a load must see exactly one of the two states
        coverage.keep([a]) if n % 2 else coverage.keep([a, b])
        if n % 2:
            coverage.remove(str(b.articles.slug.iloc[0]))
        n += 1
    print(n)
""")


def test_loads_while_another_process_replaces(articles, fixtures, tmp_path):
    one, two = articles / "speakers.md", articles / "contradiction.md"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    stop = tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, "-c", KEEPER, str(fixtures / "coverage_record"),
                             str(one), str(two), str(stop)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    loads, failures, sizes = 0, [], set()
    end = time.monotonic() + 60
    try:
        while proc.poll() is None:
            if (loads >= 100 and {1, 2} <= sizes) or time.monotonic() > end:
                stop.touch()
            try:
                cov = coverage.load_stored()
            except Exception as exc:  # noqa: BLE001 - counted, then reported
                failures.append(repr(exc))
                continue
            loads += 1
            slugs = set(cov.articles.slug.astype(str))
            prefixes = set(cov.statements.statement_id.astype(str).str.rsplit(":", n=1).str[0])
            assert prefixes <= slugs  # never statements without their article
            if len(cov.articles):
                assert len(cov.statements) and set(cov.mentions.article) <= set(
                    cov.articles.article)
            sizes.add(len(cov.articles))
    finally:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    print(f"{loads} coverage loads during {out.strip()} writes: {len(failures)} failures")
    assert failures == []
    assert loads >= 100 and int(out) >= 10
    assert {1, 2} <= sizes


def _state(cov) -> frozenset[str]:
    return frozenset(cov.articles.file.astype(str).str.rsplit("/", n=1).str[-1])


def _wait_for_write(proc: subprocess.Popen, folder: Path) -> None:
    """Return as soon as the process starts writing (a new temporary folder appears) or ends."""
    def temps() -> set[str]:
        return {p.name for p in folder.iterdir() if p.name.startswith(".tmp-")}

    left = temps()  # by an earlier kill: swept by this write
    while proc.poll() is None and not temps() - left:
        time.sleep(0.001)


def test_kill_at_random_moments_leaves_old_or_complete(articles, fixtures, tmp_path):
    """``kill -9`` during ``unsc coverage add``: the store is unchanged or complete, and loads."""
    record = str(fixtures / "coverage_record")
    added = [str(articles / "contradiction.md"), str(articles / "no-quotes.md")]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    add = [sys.executable, "-m", "unsc.cli", "coverage", "add", "--record", record]
    assert subprocess.run([*add, str(articles / "speakers.md")], env=env,
                          capture_output=True).returncode == 0
    before = coverage.load_stored()
    # The complete result (in a copy of the store), and how long a whole run takes.
    other = tmp_path / "complete"
    shutil.copytree(coverage_dir().parent, other)
    started = time.monotonic()
    assert subprocess.run([*add, *added], env={**env, "UNSC_STORE": str(other)},
                          capture_output=True).returncode == 0
    full = time.monotonic() - started
    complete = coverage.load_stored(other / "coverage")
    assert len(complete.articles) == 3
    rng = random.Random(9)
    outcomes = {"unchanged": 0, "complete": 0}
    rounds = 0
    deadline = time.monotonic() + 30  # bounded: at least three rounds, at most six
    for _ in range(6):
        if time.monotonic() > deadline and sum(outcomes.values()) >= 3:
            break
        proc = subprocess.Popen([*add, *added], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(0.3 * full)  # before it could write
        if rounds % 2:  # at a random moment of the run
            time.sleep(rng.uniform(0.2, 0.9) * full)
        else:  # at a random moment of the write itself, which comes at the end
            _wait_for_write(proc, coverage_dir())
            time.sleep(rng.uniform(0, 0.03))
        proc.kill()  # SIGKILL
        proc.wait()
        rounds += 1
        now = coverage.load_stored()
        if len(now.articles) == len(before.articles):
            assert_same(now, before)
            outcomes["unchanged"] += 1
        else:
            assert_same(now, complete)
            outcomes["complete"] += 1
            coverage.remove([s for s in now.articles.slug.astype(str)
                             if not s.startswith("speakers")])
            assert_same(coverage.load_stored(), before)
    print(f"kill -9 during coverage add (a run takes {full:.1f} s): {outcomes}")
    assert sum(outcomes.values()) >= 3
    # whatever the kills left behind is gone after the next write
    coverage.add(articles / "contradiction.md")
    data = cstore.areas.read_manifest(coverage_dir())
    assert sorted(p.name for p in coverage_dir().iterdir()) == sorted(
        [".lock", data["dir"], "manifest.json"])

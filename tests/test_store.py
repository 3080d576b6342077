"""The parquet store: round trips, idempotent and atomic imports, downloads over real HTTP."""

from __future__ import annotations

import errno
import http.server
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

import unsc
from unsc import config, coverage, store
from unsc.errors import DataFormatError, StoreError

SRC = Path(unsc.__file__).resolve().parents[1]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]] | None:
    """Every file under ``folder`` with its bytes and modification time (None: no folder)."""
    if not folder.exists():
        return None
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()} | {
        str(p.relative_to(folder)) + "/": (b"", 0) for p in folder.rglob("*") if p.is_dir()}


@pytest.fixture
def sc_file(fixtures):
    return fixtures / "undl_sc" / "sc_voting_small.csv"


@pytest.fixture
def drafts_file(fixtures):
    return fixtures / "sc_drafts" / "sc_drafts_small.csv"


@pytest.fixture
def bad_file(sc_file, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(sc_file.read_text().replace("BRAZIL,False,A", "BRAZIL,False,?", 1))
    return path


def test_empty_store():
    assert not store.has_data() and store.entries() == []
    with pytest.raises(FileNotFoundError, match="holds no data"):
        store.load()


def test_round_trip(sc_file):
    result = store.import_path(sc_file)
    assert result.changed and store.has_data()
    e = result.entry
    assert (e["name"], e["format"], e["decisions"], e["votes"]) == ("undl-sc", "undl-sc", 2, 30)
    assert (e["first"], e["last"]) == ("1977-11-04", "2011-03-17")
    assert len(e["checksum"]) == 64 and e["source"] == str(sc_file.resolve())
    loaded = store.load()
    direct = unsc.read(sc_file.resolve())
    pdt.assert_frame_equal(loaded.decisions, direct.decisions)
    pdt.assert_frame_equal(loaded.votes, direct.votes)
    pdt.assert_frame_equal(loaded.problems, direct.problems)
    assert loaded.origin.startswith("store:") and "undl-sc" in loaded.origin
    # unsc.load() uses the store once it holds data, and says so.
    assert unsc.load().origin.startswith("store:")
    assert unsc.load("store").origin == loaded.origin + " + embedded record"


def test_same_input_twice_changes_nothing(sc_file):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    result = store.import_path(sc_file)
    assert not result.changed
    assert snapshot(config.store_dir()) == before


def test_failed_import_leaves_the_store_exactly_as_it_was(sc_file, bad_file):
    with pytest.raises(DataFormatError):
        store.import_path(bad_file)
    assert not config.store_dir().exists()  # an empty store is not even created
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    with pytest.raises(DataFormatError) as err:
        store.import_path(bad_file, format="undl-sc")
    assert (err.value.line, err.value.column, err.value.value) == (3, "ms_vote", "?")
    assert snapshot(config.store_dir()) == before


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError])
def test_interrupted_write_leaves_the_store_as_it_was(sc_file, drafts_file, monkeypatch,
                                                      failure):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    real = store._write_tables

    def half_written(ds, folder):
        ds.decisions.to_parquet(folder / "decisions.parquet")
        raise failure("interrupted while writing")

    monkeypatch.setattr(store, "_write_tables", half_written)
    with pytest.raises(failure):
        store.import_path(drafts_file)
    assert snapshot(config.store_dir()) == before
    monkeypatch.setattr(store, "_write_tables", real)
    assert store.import_path(drafts_file).changed


def test_failed_commit_rolls_back(sc_file, drafts_file, monkeypatch):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())

    def no_space(folder, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_write_manifest", no_space)
    with pytest.raises(StoreError, match="the disk is full") as err:
        store.import_path(drafts_file)
    assert err.value.errno == errno.ENOSPC and "nothing was changed" in str(err.value)
    assert snapshot(config.store_dir()) == before


def test_crash_leftovers_are_ignored_then_swept(sc_file, drafts_file):
    store.import_path(sc_file)
    root = config.store_dir()
    (root / ".tmp-sc-drafts-deadbeef").mkdir()
    (root / ".tmp-sc-drafts-deadbeef" / "decisions.parquet").write_bytes(b"half")
    (root / "sc-drafts.0123456789ab").mkdir()
    assert [e["name"] for e in store.entries()] == ["undl-sc"]
    assert len(store.load().decisions) == 2
    (root / ".manifest-1234abcd.tmp").write_text("{")
    names = sorted(p.name for p in root.iterdir())
    assert ".tmp-sc-drafts-deadbeef" in names and ".manifest-1234abcd.tmp" in names
    store.import_path(drafts_file)
    names = sorted(p.name for p in root.iterdir())
    assert names == sorted([".lock", "manifest.json",
                            store.manifest()["entries"]["undl-sc"]["dir"],
                            store.manifest()["entries"]["sc-drafts"]["dir"]])


def test_new_version_replaces_old(sc_file, tmp_path):
    first = store.import_path(sc_file).entry
    newer = tmp_path / "sc_voting_v7.csv"
    newer.write_text(sc_file.read_text().replace("S/PV.2046", "S/PV.2047"))
    second = store.import_path(newer).entry
    assert second["checksum"] != first["checksum"]
    assert [e["name"] for e in store.entries()] == ["undl-sc"]
    assert not (config.store_dir() / first["dir"]).exists()
    assert "S/PV.2047" in set(store.load().decisions.meeting)
    # Several datasets of one format under their own names.
    store.import_path(sc_file, name="undl-sc-old")
    assert {e["name"] for e in store.entries()} == {"undl-sc", "undl-sc-old"}


def test_several_sources_are_combined(sc_file, drafts_file, fixtures):
    store.import_path(drafts_file)
    store.import_path(fixtures / "vetoes" / "vetoes_small.csv")
    store.import_path(sc_file)
    assert [e["name"] for e in store.entries()] == ["undl-sc", "sc-drafts", "vetoes"]
    ds = store.load()
    assert ds.decisions.decision_id.is_unique
    assert len(ds.decisions) == 2 + 1 + 2  # 1973 (2011) and S/2012/77 shared
    d = ds.decisions.set_index("decision_id")
    assert d.loc["S/RES/1973(2011)", "yes"] == 10      # the official file's tally
    assert not d.loc["S/2012/77", "partial"]
    assert ds.conflicts.empty
    only = store.load(["vetoes"])
    assert only.decisions.partial.all()


def test_remove(sc_file):
    store.import_path(sc_file)
    assert store.remove("undl-sc") and not store.has_data()
    assert not store.remove("undl-sc")
    assert sorted(p.name for p in config.store_dir().iterdir()) == [".lock", "manifest.json"]


# -- the store owns only what it wrote -------------------------------------------------------

@pytest.fixture
def articles(fixtures):
    return fixtures / "articles"


def test_data_store_never_touches_coverage(sc_file, drafts_file, bad_file, articles,
                                           coverage_record, tmp_path, monkeypatch):
    """Import, re-import, a new version, remove, failed imports: coverage stays as it was."""
    coverage.add([articles / "speakers.md", articles / "contradiction.md"], coverage_record)
    cov = config.store_dir() / "coverage"
    before = snapshot(cov)
    assert before and any(name.endswith("articles.parquet") for name in before)
    store.import_path(sc_file)
    assert snapshot(cov) == before
    store.import_path(sc_file)  # the same input again
    newer = tmp_path / "sc_voting_v7.csv"
    newer.write_text(sc_file.read_text().replace("S/PV.2046", "S/PV.2047"))
    store.import_path(newer)  # a new version replaces the old
    store.import_path(drafts_file)
    assert snapshot(cov) == before
    with pytest.raises(DataFormatError):
        store.import_path(bad_file, format="undl-sc")
    with monkeypatch.context() as patch:
        patch.setattr(store, "_write_manifest", _raiser(errno.ENOSPC))
        with pytest.raises(StoreError):
            store.import_path(sc_file, name="third")
    assert store.remove("undl-sc") and store.remove("sc-drafts")
    assert snapshot(cov) == before
    stored = coverage.load_stored()
    assert len(stored.articles) == 2 and len(stored.statements) and len(stored.checks)


def _raiser(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[0]) if args else None)
    return fail


# -- environment failures: a clear StoreError, the store unchanged ---------------------------

HINTS = {errno.ENOSPC: "the disk is full", errno.EACCES: "permission denied",
         errno.EROFS: "read-only"}


@pytest.mark.parametrize("code", sorted(HINTS))
@pytest.mark.parametrize("where", ["tables", "rename", "manifest"])
def test_environment_failure_during_import(sc_file, drafts_file, monkeypatch, code, where):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    target = {"tables": (pd.DataFrame, "to_parquet"), "rename": (os, "rename"),
              "manifest": (os, "replace")}[where]
    with monkeypatch.context() as patch:
        patch.setattr(*target, _raiser(code))
        with pytest.raises(StoreError, match=HINTS[code]) as err:
            store.import_path(drafts_file)
    assert err.value.errno == code and str(drafts_file.resolve()) in str(err.value)
    assert snapshot(config.store_dir()) == before
    assert store.import_path(drafts_file).changed  # and the next write works


def _read_only(monkeypatch, code: int = errno.EROFS) -> None:
    """A store on a read-only file system (as root, chmod would not stop the tests)."""
    real_open, real_mkdir = os.open, os.mkdir
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def no_write_open(path, flags, *args, **kwargs):
        if flags & writes:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    def no_mkdir(path, *args, **kwargs):
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(os, "open", no_write_open)
    monkeypatch.setattr(os, "mkdir", no_mkdir)
    assert real_mkdir  # restored by monkeypatch


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_read_only_store(sc_file, drafts_file, monkeypatch, code):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    with monkeypatch.context() as patch:
        _read_only(patch, code)
        with pytest.raises(StoreError, match=HINTS[code]):
            store.import_path(drafts_file)
        with pytest.raises(StoreError, match=HINTS[code]):
            store.remove("undl-sc")
        assert len(store.load().decisions) == 2  # reading needs no write access
    assert snapshot(config.store_dir()) == before


def test_read_only_first_import_creates_nothing(sc_file, monkeypatch):
    with monkeypatch.context() as patch:
        _read_only(patch)
        with pytest.raises(StoreError, match="read-only"):
            store.import_path(sc_file)
    assert not config.store_dir().exists()


def test_disk_full_on_remove(sc_file, monkeypatch):
    store.import_path(sc_file)
    before = snapshot(config.store_dir())
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _raiser(errno.ENOSPC))
        with pytest.raises(StoreError, match="removing 'undl-sc' failed.*disk is full"):
            store.remove("undl-sc")
    assert snapshot(config.store_dir()) == before


# -- what is refused -----------------------------------------------------------------------

@pytest.mark.parametrize("blank", ["", "\n\n", "\r\n"])
def test_header_only_is_refused(sc_file, tmp_path, blank):
    header = tmp_path / "header_only.csv"
    header.write_text(sc_file.read_text().splitlines()[0] + "\n" + blank)
    # The reader refuses it first, on the header's line; the store then writes nothing.
    with pytest.raises(DataFormatError, match="line 1: header only: the file has no rows") as err:
        store.import_path(header, format="undl-sc")
    assert err.value.path == str(header.resolve())
    assert not config.store_dir().exists()


def test_unknown_name_is_named(sc_file, drafts_file):
    store.import_path(sc_file)
    store.import_path(drafts_file)
    with pytest.raises(FileNotFoundError, match="no dataset named 'nosuch'; it holds: "
                       "undl-sc, sc-drafts"):
        store.load(["undl-sc", "nosuch"])


@pytest.mark.parametrize("name", ["../up", "a/b", ".hidden", "-x"])
def test_names_that_cannot_name_a_folder(sc_file, name):
    with pytest.raises(ValueError, match="cannot name a dataset"):
        store.import_path(sc_file, name=name)


# -- permissions ---------------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o007])
def test_files_get_the_umask_permissions(sc_file, articles, coverage_record, umask):
    old = os.umask(umask)
    try:
        store.import_path(sc_file)
        coverage.add(articles / "speakers.md", coverage_record)
    finally:
        os.umask(old)
    root = config.store_dir()
    paths = [root, *root.rglob("*")]
    assert len([p for p in paths if p.name == "manifest.json"]) == 2
    assert len([p for p in paths if p.suffix == ".parquet"]) == 3 + 4
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert mode == expected, (path, oct(mode), oct(expected))


# -- readers never see a half-replaced store -------------------------------------------------

REPLACER = textwrap.dedent("""
    import sys
    from unsc import store
    from pathlib import Path
    files, stop = sys.argv[1:3], Path(sys.argv[3])
    n = 0
    while not stop.exists() or n < 10:
        store.import_path(files[n % 2])
        n += 1
    print(n)
""")


def test_loads_while_another_process_replaces(sc_file, tmp_path):
    """A loop of loads while another process keeps replacing the dataset: no failure."""
    newer = tmp_path / "sc_voting_v7.csv"
    newer.write_text(sc_file.read_text().replace("S/PV.2046", "S/PV.2047"))
    store.import_path(sc_file)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    stop = tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, "-c", REPLACER, str(sc_file), str(newer), str(stop)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    loads, failures, seen = 0, [], set()
    end = time.monotonic() + 60
    try:
        while proc.poll() is None:
            if (loads >= 40 and len(seen) == 2) or time.monotonic() > end:
                stop.touch()
            try:
                ds = store.load()
            except Exception as exc:  # noqa: BLE001 - counted, then reported
                failures.append(repr(exc))
                continue
            loads += 1
            seen |= set(ds.decisions.meeting.astype(str)) & {"S/PV.2046", "S/PV.2047"}
            assert len(ds.decisions) == 2 and len(ds.votes) == 30
    finally:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    replaces = int(out)
    print(f"{loads} loads during {replaces} replaces: {len(failures)} failures")
    assert failures == []
    assert loads >= 40 and replaces >= 10, (loads, replaces)
    assert seen == {"S/PV.2046", "S/PV.2047"}  # both versions were seen while replacing
    # versions kept for readers are removed by the next write nobody is reading
    store.import_path(sc_file, name="other")
    dirs = sorted(p.name for p in config.store_dir().iterdir() if p.is_dir())
    assert dirs == sorted(e["dir"] for e in store.entries())


# -- downloads over real HTTP on 127.0.0.1 --------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802 - the http.server API
        kind, body = self.routes.get(self.path, ("missing", b""))
        if kind == "missing":
            self.send_error(404)
        elif kind == "error":
            self.send_error(500, "Internal Server Error")
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            # A truncated response announces more bytes than it sends.
            extra = 50_000 if kind == "truncated" else 0
            self.send_header("Content-Length", str(len(body) + extra))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

    def log_message(self, *args):
        pass


@pytest.fixture
def server(sc_file, bad_file, monkeypatch):
    """An HTTP server on 127.0.0.1 serving fixture files, a truncated one and an error."""
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    body = sc_file.read_bytes()
    _Handler.routes = {
        "/files/2026_02_06_sc_voting.csv": ("ok", body),
        "/files/truncated_sc_voting.csv": ("truncated", body[: len(body) // 2]),
        "/files/error_sc_voting.csv": ("error", b""),
        "/files/bad_sc_voting.csv": ("ok", bad_file.read_bytes()),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/files"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_fetch(server, sc_file):
    old = os.umask(0o022)
    try:
        result = store.fetch("undl-sc", f"{server}/2026_02_06_sc_voting.csv", progress=False)
    finally:
        os.umask(old)
    assert result.changed and result.result.entry["format"] == "undl-sc"
    raw = config.raw_dir() / "2026_02_06_sc_voting.csv"
    assert raw.read_bytes() == sc_file.read_bytes()
    assert stat.S_IMODE(raw.stat().st_mode) == 0o644  # the umask's, not mkstemp's 0600
    assert sorted(p.name for p in config.raw_dir().iterdir()) == [raw.name]
    # --url given, no validators from this server: downloaded again, same bytes, nothing imported
    again = store.fetch("undl-sc", f"{server}/2026_02_06_sc_voting.csv", progress=False)
    assert again.status == "up to date" and not again.changed
    assert sorted(p.name for p in config.raw_dir().iterdir()) == [raw.name]


def test_a_killed_download_leaves_nothing_for_long(server):
    """A ``.part`` file left by a killed run is removed by the next download; a fresh one is kept."""
    folder = config.raw_dir()
    folder.mkdir(parents=True)
    stale, fresh = folder / ".old_sc_voting.csv-1234abcd.part", folder / ".now.csv-5678.part"
    stale.write_bytes(b"half a file")
    fresh.write_bytes(b"being written")
    past = time.time() - store.STALE_PART_SECONDS - 60
    os.utime(stale, (past, past))
    store.fetch("undl-sc", f"{server}/2026_02_06_sc_voting.csv", progress=False)
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize(("route", "message"), [
    ("truncated_sc_voting.csv", "truncated"),
    ("error_sc_voting.csv", "HTTP 500"),
    ("missing_sc_voting.csv", "HTTP 404"),
])
def test_failed_download_changes_nothing(server, sc_file, route, message):
    store.import_path(sc_file, name="before")
    config.raw_dir().mkdir(parents=True, exist_ok=True)
    (config.raw_dir() / "earlier.csv").write_text("kept\n")
    store_before, raw_before = snapshot(config.store_dir()), snapshot(config.raw_dir())
    with pytest.raises(store.DownloadError, match=message):
        store.fetch("undl-sc", f"{server}/{route}", progress=False)
    assert snapshot(config.store_dir()) == store_before
    assert snapshot(config.raw_dir()) == raw_before


def test_downloaded_but_malformed(server):
    with pytest.raises(DataFormatError, match="ms_vote"):
        store.fetch("undl-sc", f"{server}/bad_sc_voting.csv", progress=False)
    assert not config.store_dir().exists()
    # The download itself is kept as it came, for a person to look at.
    assert (config.raw_dir() / "bad_sc_voting.csv").is_file()


def test_unreachable_server(tmp_path):
    with pytest.raises(store.DownloadError):
        store.download("http://127.0.0.1:9/nothing.csv", tmp_path, timeout=5)
    assert os.listdir(tmp_path) == []


def test_fetch_rejects_other_formats():
    with pytest.raises(ValueError, match="cannot fetch"):
        store.fetch("unvotes")

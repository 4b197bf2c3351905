"""Within one build, the warehouse's build history and the spare's version are read once per
version of the file (etl/publish.py read_once): a second read of the same file opens nothing,
a file written or replaced since is read again, and outside a build every call reads."""

import os

import duckdb
import pytest

from etl import publish


def _warehouse(path, versions):
    con = duckdb.connect(str(path))
    con.execute("create table build_runs (run_id integer, code_version varchar)")
    for i, v in enumerate(versions, 1):
        con.execute("insert into build_runs values (?, ?)", [i, v])
    con.close()


@pytest.fixture
def opened(monkeypatch):
    """How many times each file was opened to read its history or version."""
    counts = {}
    real_history, real_version = publish._read_history, publish._read_last_version

    def history(path):
        counts[("history", path.name)] = counts.get(("history", path.name), 0) + 1
        return real_history(path)

    def version(path):
        counts[("version", path.name)] = counts.get(("version", path.name), 0) + 1
        return real_version(path)

    monkeypatch.setattr(publish, "_read_history", history)
    monkeypatch.setattr(publish, "_read_last_version", version)
    return counts


@pytest.mark.parametrize("reads", [2, 3])
def test_same_file_is_read_once_within_a_build(tmp_path, opened, reads):
    db = tmp_path / "w.duckdb"
    _warehouse(db, ["etl a rules x sql y"])
    with publish.read_once():
        results = [publish._previous_runs(db) for _ in range(reads)]
        versions = [publish._last_version(db) for _ in range(reads)]
    assert all(r == [(1, "etl a rules x sql y")] for r in results)
    assert versions == ["etl a rules x sql y"] * reads
    assert opened == {("history", "w.duckdb"): 1, ("version", "w.duckdb"): 1}


@pytest.mark.parametrize("change", ["written", "replaced"])
def test_a_file_changed_since_is_read_again(tmp_path, opened, change):
    db = tmp_path / "w.duckdb"
    _warehouse(db, ["v1"])
    with publish.read_once():
        assert publish._last_version(db) == "v1"
        if change == "written":
            con = duckdb.connect(str(db))
            con.execute("insert into build_runs values (2, 'v2')")
            con.close()
        else:
            other = tmp_path / "other.duckdb"
            _warehouse(other, ["v1", "v2"])
            os.replace(other, db)
        st = db.stat()
        os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # a coarse clock may not have moved
        assert publish._last_version(db) == "v2"
        assert [r[1] for r in publish._previous_runs(db)] == ["v1", "v2"]
    assert opened[("version", "w.duckdb")] == 2


@pytest.mark.parametrize("reads", [1, 2])
def test_outside_a_build_every_call_reads(tmp_path, opened, reads):
    db = tmp_path / "w.duckdb"
    _warehouse(db, ["v1"])
    for _ in range(reads):
        assert publish._previous_runs(db) == [(1, "v1")]
    assert opened == {("history", "w.duckdb"): reads}


def test_a_missing_file_has_no_history(tmp_path, opened):
    with publish.read_once():
        assert publish._previous_runs(tmp_path / "none.duckdb") == []
    assert opened == {}

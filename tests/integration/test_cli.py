"""Build history kept when the published file is locked, and the one-line messages for database errors."""

import subprocess
import sys
from contextlib import contextmanager

import duckdb
import pytest

from etl import errors, pipeline
from etl.publish import PublishError


def q(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@contextmanager
def held_read_write(db):
    """Another process holds ``db`` open read-write (a DuckDB CLI, a notebook) until the block ends."""
    code = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(120)"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc.pid
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def test_publish_refuses_to_restart_the_history_of_a_held_database(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    pipeline.build(raw_copy, work, db)
    with held_read_write(db):
        before = db.read_bytes()
        with pytest.raises(PublishError) as info:
            pipeline.publish(work, db)
        assert db.read_bytes() == before
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"cannot read build history from {db}: it is locked")
    pipeline.publish(work, db)
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]
    assert not any(p.name.startswith(f".{db.name}.building") for p in db.parent.iterdir())


# --- the pure parts ----------------------------------------------------------------------------

LOCK = ('IO Error: Could not set lock on file "/w/news.duckdb": Conflicting lock is held in /usr/bin/python3 (PID 4242). '
        "See also https://duckdb.org/docs/current/connect/concurrency")


@pytest.mark.parametrize("exc, expected", [
    (duckdb.IOException(LOCK), "/w/news.duckdb is locked by another process (PID 4242): close the program holding it "
                               "read-write (a DuckDB CLI, a notebook) and run again"),
    (duckdb.IOException('IO Error: Could not set lock on file "/w/news.duckdb": Resource temporarily unavailable'),
     "/w/news.duckdb is locked by another process: close the program holding it read-write (a DuckDB CLI, a notebook) and run again"),
    (duckdb.IOException('IO Error: The file "/w/news.duckdb" exists, but it is not a valid DuckDB database file!'),
     "/w/news.duckdb is not a DuckDB database: pass --db the file `etl build` wrote (default data/warehouse/news.duckdb)"),
    (duckdb.IOException('IO Error: Cannot open file "/w/news.duckdb": Permission denied'),
     "cannot write /w/news.duckdb: permission denied; choose another --db location or make its folder writable"),
    (PermissionError(13, "Permission denied"),
     "cannot write /w/news.duckdb: permission denied; choose another --db location or make its folder writable"),
    (duckdb.CatalogException("Catalog Error: Table with name build_runs does not exist!\nDid you mean \"x\"?\n\nLINE 1: from build_runs\n     ^"),
     "/w/news.duckdb lacks the tables this version reads (Catalog Error: Table with name build_runs does not exist! "
     "Did you mean \"x\"?): pass --db a warehouse `etl build` wrote, or rebuild it with `etl build --full`"),
])
def test_describe_db_error(exc, expected):
    assert errors.describe_db_error(exc, "/w/news.duckdb") == expected


def test_one_line_drops_the_sql_pointer_and_joins_the_rest():
    assert errors.one_line("Binder Error: no column x\n\nLINE 1: select x\n               ^") == "Binder Error: no column x"

"""Older DuckDB releases read the published warehouse (issue 13): 1.1.3, the oldest the issue
names, and 1.5.6, the newest 1.x, open the file and read every table and view in full, with the
same rows as the project's DuckDB, also after a delta wrote the file in place. Each release
lives in its own virtual environment (tests/compat_env.py), downloaded from the package index on
the first run and cached after, which is why this is an optional extra (`make test-extras`),
not part of `make test`. The rest of the BI checks (sqlglot, SQLAlchemy) are in
tests/integration/test_bi_compat.py.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from tests import compat_reader
from tests.compat_env import DUCKDB_READERS, ReaderEnvError, read_warehouse, reader_python

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference(warehouse) -> dict:
    """The warehouse as the project's own DuckDB reads it (the same reader script)."""
    report = compat_reader.read(str(warehouse))
    assert report["error"] is None and report["relations"], report
    return report


_readers: dict[str, Path | ReaderEnvError] = {}


def reader(version: str) -> Path:
    """The python of the cached environment with duckdb==version; all are created at once,
    in parallel, on first use. No package index and no cache is a failure, not a skip."""
    if not _readers:
        def make(v: str) -> Path | ReaderEnvError:
            try:
                return reader_python(v)
            except ReaderEnvError as exc:
                return exc

        with ThreadPoolExecutor(len(DUCKDB_READERS)) as pool:
            _readers.update(zip(DUCKDB_READERS, pool.map(make, DUCKDB_READERS)))
    got = _readers[version]
    if isinstance(got, ReaderEnvError):
        pytest.fail(f"no environment with duckdb {version} to test the warehouse with: {got}", pytrace=False)
    return got


# --- older DuckDB readers --------------------------------------------------------------


@pytest.mark.parametrize("version", DUCKDB_READERS)
def test_older_duckdb_reads_every_table_and_view_like_duckdb_2(warehouse, reference, version):
    got = read_warehouse(reader(version), warehouse)
    assert got["duckdb"] == version
    assert got["error"] is None, f"duckdb {version} cannot open the published file: {got['error']}"
    assert got["listed"] == reference["listed"], f"duckdb {version} lists other tables and views"
    problems = []
    for name, ref in reference["relations"].items():
        mine = got["relations"][name]
        if mine["error"]:
            problems.append(f"{name}: {mine['error']}")
        elif (mine["count"], mine["rows_read"], mine["digest"]) != (ref["count"], ref["rows_read"], ref["digest"]):
            problems.append(f"{name}: count/rows read/checksum {mine['count']}/{mine['rows_read']}/{mine['digest']}, "
                            f"duckdb {reference['duckdb']} {ref['count']}/{ref['rows_read']}/{ref['digest']}")
    assert not problems, f"duckdb {version} read {len(problems)} tables or views wrongly:\n" + "\n".join(problems)


@pytest.mark.parametrize("version", DUCKDB_READERS)
def test_reader_check_tells_a_readable_file_from_an_unreadable_one(tmp_path, version):
    """The check itself: the old release really runs, rejects duckdb's default format and
    reads the v1.0.0 storage format, so a pass above means something."""
    files = {}
    for storage in ("default", "v1.0.0"):
        files[storage] = tmp_path / f"{storage}.duckdb"
        con = duckdb.connect()
        option = "" if storage == "default" else f" (storage_version '{storage}')"
        con.execute(f"attach '{files[storage]}' as w{option}")
        con.execute("create table w.t as select range as n, 'نص' || range as s from range(3)")
        con.close()
    default = read_warehouse(reader(version), files["default"])
    assert default["duckdb"] == version
    assert "version number" in (default["error"] or ""), default
    old = read_warehouse(reader(version), files["v1.0.0"])
    assert old["error"] is None and old["relations"]["main.t"]["count"] == old["relations"]["main.t"]["rows_read"] == 3, old
    assert old["relations"]["main.t"]["digest"] == compat_reader.read(str(files["v1.0.0"]))["relations"]["main.t"]["digest"]


@pytest.mark.parametrize("version", DUCKDB_READERS)
def test_older_duckdb_reads_a_warehouse_a_delta_wrote_in_place(tmp_path, raw_copy, version):
    """A delta writes the spare in place with this DuckDB, and a nothing-changed build appends
    to the warehouse in place: the file must stay in the format the old readers open, and
    read as the same rows."""
    from etl import pipeline

    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    for k in range(2):  # the second delta writes the spare in place
        (raw_copy / f"new{k}.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + f"\nسطر {k}.",
                                              encoding="utf-8")
        counts = pipeline.build(raw_copy, work, db)
    assert counts["copy"] == "spare in place"
    assert pipeline.build(raw_copy, work, db) == {"unchanged": True}  # its build_runs row appended in place
    ref = compat_reader.read(str(db))
    assert ref["relations"]["main.build_runs"]["count"] == 4
    got = read_warehouse(reader(version), db)
    assert got["error"] is None, got["error"]
    assert {n: (r["count"], r["digest"]) for n, r in got["relations"].items()} == \
        {n: (r["count"], r["digest"]) for n, r in ref["relations"].items()}

"""BI tools can read the published warehouse (issue 13), checked on whatever tables and
views a build publishes: the session's warehouse (tests/conftest.py: the sample, the
development set and a two-outlet story, with a manifest):

- older DuckDB releases (1.1.3, the newest 1.x) open the file and read every table and
  view in full, with the same rows as the project's DuckDB (tests/compat_env.py keeps
  each release in its own cached virtual environment);
- every column name parses unquoted in sqlglot (Superset's SQL parser) and no column has a
  nested type (LIST, ARRAY, STRUCT, MAP, UNION), which BI tools cannot chart or filter;
- SQLAlchemy with duckdb-engine reflects every table and view with known column types and
  runs the README's example queries.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest
import sqlglot
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.types import NullType

from tests import compat_reader
from tests.compat_env import DUCKDB_READERS, ReaderEnvError, read_warehouse, reader_python

pytestmark = pytest.mark.slow

# The example queries of README.md ("Your own folder of articles", "Connect read-only") and
# of the CLI's help and messages, and the dashboard queries of its "Dashboards" section. Each
# returns rows on the test warehouse.
README_QUERIES = [
    "select strftime(date, '%Y-%m') as month, sum(value) as killed from daily_figures where measure = 'killed' group by 1 order by 1",
    "select date_trunc('week', date) as week, measure, sum(value) from daily_figures group by all order by 1",
    "select outlet_key, sum(value) from daily_figures where measure in ('killed', 'injured') group by 1 order by 2 desc",
    "select force_name, value, articles, outlets from troop_claims order by articles desc limit 20",
    "select measure, count(*), sum(value) from attack_counts group by 1",
    "select measure, count(*) from attack_counts group by 1",
    "select * from story_figures where disputed",
    "from troop_claims limit 10",
    "select article_id, source_path from articles",
]

NESTED_TYPE = re.compile(r"\[\d*\]$|^(STRUCT|MAP|UNION)\(", re.IGNORECASE)


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


def columns(db: Path) -> list[tuple[str, str, str]]:
    """(table or view, column, type) of every published column, as duckdb reports them."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            """select table_name, column_name, data_type from information_schema.columns
               where table_catalog = current_database() and table_schema = 'main' order by table_name, ordinal_position"""
        ).fetchall()
    finally:
        con.close()


def names(report: dict, kind: str, every_schema: bool = False) -> set[str]:
    """The published tables (or views) of the main schema (etl_internal holds the publish's own
    tables, not marts); with ``every_schema``, of every schema, as duckdb-engine lists them."""
    return {k.split(".", 1)[1] for k, v in report["relations"].items()
            if v["kind"] == kind and (every_schema or k.startswith("main."))}


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


# --- sqlglot (Superset) -----------------------------------------------------------------


def test_every_column_parses_unquoted_in_sqlglot_and_none_is_nested(warehouse, reference):
    cols = columns(warehouse)
    assert {t for t, _, _ in cols} == names(reference, "table") | names(reference, "view")
    problems = []
    for table, col, dtype in cols:
        sql = f"SELECT {col} AS {col} FROM {table} GROUP BY {col}"
        try:
            sqlglot.parse_one(sql, read="duckdb")
        except sqlglot.errors.SqlglotError as exc:
            problems.append(f"{table}.{col}: sqlglot cannot parse {sql!r}: {str(exc).splitlines()[0]}")
        if NESTED_TYPE.search(dtype):
            problems.append(f"{table}.{col}: nested type {dtype}")
    assert not problems, f"{len(problems)} columns a BI tool cannot use:\n" + "\n".join(problems)


# --- SQLAlchemy + duckdb-engine ----------------------------------------------------------


@pytest.fixture
def engine(warehouse):
    eng = create_engine(f"duckdb:///{warehouse}", connect_args={"read_only": True})
    yield eng
    eng.dispose()


def test_sqlalchemy_reflects_every_table_and_view_with_known_types(engine, reference):
    insp = inspect(engine)
    assert set(insp.get_table_names()) == names(reference, "table", every_schema=True)
    assert set(insp.get_view_names()) == names(reference, "view", every_schema=True)
    problems = []
    for table in sorted(names(reference, "table", every_schema=True) | names(reference, "view", every_schema=True)):
        cols = insp.get_columns(table)
        assert cols, table
        problems += [f"{table}.{c['name']}: reflected as {c['type']!r}" for c in cols if isinstance(c["type"], NullType)]
    assert not problems, f"{len(problems)} columns reach SQLAlchemy untyped:\n" + "\n".join(problems)


@pytest.mark.parametrize("sql", README_QUERIES)
def test_readme_queries_run_through_sqlalchemy(engine, warehouse, sql):
    with engine.connect() as conn:
        got = [tuple(r) for r in conn.execute(text(sql)).fetchall()]
    engine.dispose()  # one configuration per file at a time in a process
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        want = con.execute(sql).fetchall()
    finally:
        con.close()
    assert got, f"no rows through SQLAlchemy: {sql}"
    if " limit " in f" {sql.lower()} ":  # which rows a limit keeps is not fixed
        assert len(got) == len(want)
    else:
        assert sorted(map(repr, got)) == sorted(map(repr, want))


def test_readme_sqlalchemy_url_opens_the_warehouse_read_only(warehouse):
    eng = create_engine(f"duckdb:///{warehouse}?access_mode=read_only")  # the URL README.md gives
    try:
        with eng.connect() as conn:
            assert conn.execute(text("select current_setting('access_mode')")).scalar() == "read_only"
            assert conn.execute(text("select count(*) from articles")).scalar() > 0
    finally:
        eng.dispose()


def test_a_nullpool_engine_sees_each_new_build_and_a_pooled_one_keeps_its_snapshot(tmp_path, raw_copy):
    """What the README tells dashboard owners: DuckDB shares one open database per file in a
    process, so only an engine that closes its connections sees the file a new build renamed in.
    The builds run in another process, as a scheduled build beside a dashboard does."""
    import subprocess
    import sys

    from sqlalchemy.pool import NullPool

    db = tmp_path / "news.duckdb"

    def build(*extra):
        subprocess.run([sys.executable, "-m", "etl.cli", "build", "--raw", str(raw_copy), "--work", str(tmp_path / "work"),
                        "--db", str(db), *extra], check=True, capture_output=True)

    runs = text("select count(*) from build_runs")
    build()
    pooled = create_engine(f"duckdb:///{db}", connect_args={"read_only": True})
    try:
        with pooled.connect() as conn:
            assert conn.execute(runs).scalar() == 1
        build("--full")
        with pooled.connect() as conn:
            assert conn.execute(runs).scalar() == 1  # the pooled connection still holds the old file
    finally:
        pooled.dispose()
    fresh = create_engine(f"duckdb:///{db}", connect_args={"read_only": True}, poolclass=NullPool)
    try:
        with fresh.connect() as conn:
            assert conn.execute(runs).scalar() == 2
        build("--full")
        with fresh.connect() as conn:
            assert conn.execute(runs).scalar() == 3
    finally:
        fresh.dispose()


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

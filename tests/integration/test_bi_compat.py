"""BI tools can read the published warehouse (issue 13), checked on whatever tables and
views a build publishes: the session's warehouse (tests/conftest.py: the sample, the
development set and a two-outlet story, with a manifest):

- every column name parses unquoted in sqlglot (Superset's SQL parser) and no column has a
  nested type (LIST, ARRAY, STRUCT, MAP, UNION), which BI tools cannot chart or filter;
- no column is a 128-bit integer (HUGEINT, what DuckDB's sum() of BIGINT returns): Arrow
  readers (polars, pandas, Superset's result sets) get it as decimal128(38, 0), not an integer;
- SQLAlchemy with duckdb-engine reflects every table and view with known column types and
  runs the README's example queries.

That older DuckDB releases (the readers BI tools ship with) read the file is an optional
extra: tests/extras/test_old_duckdb_readers.py (`make test-extras`), as it downloads them.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
import sqlglot
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.types import NullType

from tests import compat_reader

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
WIDE_INTEGER = {"HUGEINT", "UHUGEINT"}


@pytest.fixture(scope="module")
def reference(warehouse) -> dict:
    """The warehouse as the project's own DuckDB reads it (the same reader script)."""
    report = compat_reader.read(str(warehouse))
    assert report["error"] is None and report["relations"], report
    return report


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


def test_no_column_is_a_128_bit_integer_that_arrow_readers_get_as_decimal(warehouse):
    wide = [f"{t}.{c} ({d})" for t, c, d in columns(warehouse) if d.upper() in WIDE_INTEGER]
    assert not wide, "cast these sums to bigint in their model: " + ", ".join(wide)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:  # as a dashboard's Arrow result set reads them
        schema = con.sql("select value, stories, articles from daily_figures").to_arrow_table().schema
    finally:
        con.close()
    assert all(str(schema.field(n).type) == "int64" for n in ("value", "stories", "articles")), schema


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
        # nothing changed, and a reader holds the file: the build records its run on a copy and
        # renames it in (a new file, as a build that changed something would)
        build()
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

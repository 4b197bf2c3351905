"""Comparing two warehouses table by table: the check the incremental and publish-safety tests share."""

from tests.conftest import q


def tables_and_views(db) -> list[str]:
    """Every table and view but build_runs, the internal ones (etl_internal: the sketch index) by their schema."""
    return [r[0] for r in q(db, "select case when table_schema = 'main' then table_name else table_schema || '.' || table_name end "
                                "from information_schema.tables where table_name != 'build_runs' order by 1")]


def contents(db) -> dict[str, list[tuple]]:
    """Every published table and view, rows sorted (a delta publish keeps rows, not their
    physical order: SQL promises no order without ORDER BY)."""
    return {t: q(db, f"select * from {t} order by all") for t in tables_and_views(db)}


def comments(db) -> list[tuple]:
    """The dictionary's comment on every table, view and column (a delta comments only the
    marts it replaces whole: the others must keep theirs)."""
    return (q(db, "select table_name, comment from duckdb_tables() where schema_name = 'main' and database_name = current_database() "
                  "union all select view_name, comment from duckdb_views() where schema_name = 'main' and not internal "
                  "and database_name = current_database() order by all")
            + q(db, "select table_name, column_name, comment from duckdb_columns() where schema_name = 'main' and not internal "
                    "and database_name = current_database() order by all"))


def assert_same_warehouse(a, b) -> None:
    got, want = contents(a), contents(b)
    assert list(got) == list(want)
    for table in want:
        assert got[table] == want[table], table
    assert comments(a) == comments(b)


def near_copy(text: str) -> str:
    """The same story under another headline: shares every body sentence."""
    return "عنوان آخر للخبر نفسه\n\n" + text.split("\n", 1)[1]


def write_manifest(path, raw):
    """A manifest crediting every text file of ``raw`` to one outlet, a day apart."""
    files = sorted(raw.glob("*.txt"))
    path.write_text("file,source,url,date_extracted\n" + "".join(
        f"{p.name},alarabiya,http://www.alarabiya.net/{i},2015-07-2{i} 10:00:00\n" for i, p in enumerate(files)), encoding="utf-8")
    return path

"""Read a DuckDB warehouse the way a BI tool would, with whatever duckdb is importable, and
print a JSON report. Run as a script by an older DuckDB release in its own environment
(tests/compat_env.py), and by the project's own DuckDB for the reference; so it uses only
the standard library and the DuckDB API that 1.1 already had.

    python tests/compat_reader.py WAREHOUSE.duckdb

Report: {"duckdb": version, "error": null or the message of a failed connect,
"listed": {"catalog": [...], "information_schema": [...]},
"relations": {"schema.name": {"kind", "count", "rows_read", "digest", "error"}}}.
The digest is an order-independent checksum of the rows as Python values, so two releases
that read the same data report the same digest.
"""

import hashlib
import json
import sys

import duckdb


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def _digest(cursor):
    """(rows, checksum) of everything ``cursor`` returns, fetched in chunks."""
    n, total = 0, 0
    while True:
        rows = cursor.fetchmany(2048)
        if not rows:
            return n, format(total, "016x")
        n += len(rows)
        for row in rows:
            total = (total + int.from_bytes(hashlib.blake2b(repr(row).encode(), digest_size=8).digest(), "big")) % 2**64


def read(path):
    report = {"duckdb": duckdb.__version__, "error": None, "listed": {}, "relations": {}}
    try:
        con = duckdb.connect(path, read_only=True)
    except Exception as exc:  # the case under test: a file this release cannot open
        report["error"] = f"{type(exc).__name__}: {exc}"
        return report
    catalog = con.execute(
        """select schema_name, table_name, 'table' from duckdb_tables()
           where not internal and not temporary and database_name = current_database()
           union all
           select schema_name, view_name, 'view' from duckdb_views()
           where not internal and not temporary and database_name = current_database()
           order by 1, 2"""
    ).fetchall()
    info = con.execute(
        """select table_schema || '.' || table_name from information_schema.tables
           where table_catalog = current_database() order by 1"""
    ).fetchall()
    report["listed"] = {"catalog": [f"{s}.{n}" for s, n, _ in catalog], "information_schema": [r[0] for r in info]}
    for schema, name, kind in catalog:
        rel = f"{_quote(schema)}.{_quote(name)}"
        entry = {"kind": kind, "count": None, "rows_read": None, "digest": None, "error": None}
        try:
            entry["rows_read"], entry["digest"] = _digest(con.execute(f"select * from {rel}"))
            entry["count"] = con.execute(f"select count(*) from {rel}").fetchone()[0]
        except Exception as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
        report["relations"][f"{schema}.{name}"] = entry
    con.close()
    return report


if __name__ == "__main__":
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)

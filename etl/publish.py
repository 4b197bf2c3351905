"""Stage 3, publish: run the SQL models (staging, then marts) into a new DuckDB file and
move it over the old one atomically. A failure leaves the previous database untouched."""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from .errors import db_error_reason
from .manifest import MANIFEST_SCHEMA, read_manifest
from .reference import REFERENCE_DIR
from .resources import data_dir

MART_ORDER = [  # a mart may read the marts before it; story_members is built in Python (union-find)
    "input_files", "articles", "article_sources", "outlets", "article_pairs", "story_members", "troop_figures",
    "attack_counts", "places", "cited_sources", "date_mentions", "figure_claims", "stories", "story_outlets", "story_figures",
    "daily_figures", "article_summary", "calendar",
]
VIEWS = ["troop_claims", "unknown_outlets"]
# Temporary views (sql/intermediate), created just before the mart that first reads them; not published.
INTERMEDIATE = {"troop_figures": ["int_figure_context"]}
ROW_GROUP_SIZE = 16384
SQL_DIR = data_dir("sql")  # the models: sql/ in a checkout, etl/_sql/ in an installed wheel
# The on-disk format the warehouse is written in. BI tools bundle older DuckDB drivers, and
# a reader opens only formats as old as or older than its own release. v1.0.0 is the oldest
# format of DuckDB's stable 1.x line and holds everything the warehouse uses (tables,
# views, comments; no newer types), so DuckDB 1.0, 1.1 and every later release read it.
STORAGE_VERSION = "v1.0.0"
STORAGE_VERSIONS = ("v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0", "v1.4.0", "v1.5.0", "v2.0.0", "latest")


def story_components(article_ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Connected components of the pair graph: article_id -> story_id (the smallest member id)."""
    parent = {a: a for a in article_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {a: find(a) for a in article_ids}


def _build_story_members(con: duckdb.DuckDBPyConnection) -> None:
    ids = [r[0] for r in con.execute("select article_id from articles order by article_id").fetchall()]
    pairs = con.execute("select article_a, article_b from article_pairs").fetchall()
    stories = story_components(ids, pairs)
    con.execute("create table story_members (article_id varchar, story_id varchar)")
    if ids:
        # Handed over as Parquet: polars writes it without pyarrow, which costs 0.1 s to import.
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "story_members.parquet"
            pl.DataFrame({"article_id": ids, "story_id": [stories[a] for a in ids]}).write_parquet(path)
            con.execute(f"insert into story_members select * from read_parquet({_sql_literal(path.as_posix())}) order by article_id")


class PublishError(RuntimeError):
    """A publish that could not complete; the previous database is unchanged."""


def write_manifest(work: Path, manifest: Path | pl.DataFrame | None) -> dict:
    """``work/manifest.parquet``: the normalised manifest (a file, or a frame read already), or an
    empty one when the build has none (each build states its inputs: a manifest left from an
    earlier build is not reused)."""
    if isinstance(manifest, pl.DataFrame):
        frame = manifest
    else:
        frame = read_manifest(manifest) if manifest is not None else pl.DataFrame(schema=MANIFEST_SCHEMA)
    work.mkdir(parents=True, exist_ok=True)
    tmp = work / f".manifest.parquet.tmp-{os.getpid()}"
    frame.write_parquet(tmp)
    os.replace(tmp, work / "manifest.parquet")
    return {"manifest_entries": frame.height, "manifest_dates": frame["manifest_date"].is_not_null().sum()} if manifest is not None else {}


def _sql_literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def render(sql: str, work: Path, extracted: Path | None = None) -> str:
    """Fill the template variables of a model file: {{ work }}, {{ extracted }}, {{ reference }}."""
    extracted = extracted or work
    return (
        sql.replace("{{ work }}", _sql_literal(work.resolve().as_posix()))
        .replace("{{ extracted }}", _sql_literal(extracted.resolve().as_posix()))
        .replace("{{ reference }}", _sql_literal(REFERENCE_DIR.as_posix()))
    )


def column_dictionary() -> dict[tuple[str, str], str]:
    with open(SQL_DIR / "columns.csv", encoding="utf-8", newline="") as fh:
        return {(r["table"], r["column"]): r["description"] for r in csv.DictReader(fh)}


def table_dictionary() -> dict[str, dict[str, str]]:
    with open(SQL_DIR / "tables.csv", encoding="utf-8", newline="") as fh:
        return {r["table"]: r for r in csv.DictReader(fh)}


def _previous_runs(db: Path) -> list[tuple]:
    """The build history of the database being replaced. A file that is there but cannot be
    read stops the publish: carrying on would restart ``build_runs`` at run 1 and lose it."""
    if not db.exists():
        return []
    try:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return con.execute("select * from build_runs order by run_id").fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        reason = db_error_reason(exc)
        hint = ("Close the program that holds it read-write, or move the file away to start a new history"
                if "locked" in reason else "Move the file away (or pass another --db) to start a new history")
        raise PublishError(f"cannot read build history from {db}: {reason}. {hint}") from exc


def build_database(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, run: dict, previous_runs: list[tuple]) -> None:
    """Create every staging view and mart table in ``con``."""
    con.execute("set memory_limit = '1GB'")  # DuckDB streams the text; bounded memory on any corpus size
    # stg_articles last: it reads stg_input_files and stg_manifest.
    for path in sorted((SQL_DIR / "staging").glob("*.sql"), key=lambda p: (p.stem == "stg_articles", p.stem)):
        con.execute(f"create temp view {path.stem} as {render(path.read_text(encoding='utf-8'), work, extracted)}")
    con.execute("set enable_progress_bar = false")
    for name in MART_ORDER:
        if name == "story_members":
            _build_story_members(con)
            continue
        for view in INTERMEDIATE.get(name, []):
            sql = (SQL_DIR / "intermediate" / f"{view}.sql").read_text(encoding="utf-8")
            con.execute(f"create temp view {view} as {render(sql, work, extracted)}")
        sql = (SQL_DIR / "marts" / f"{name}.sql").read_text(encoding="utf-8")
        con.execute(f"create table {name} as {render(sql, work, extracted)}")
    for name in VIEWS:
        sql = (SQL_DIR / "marts" / f"{name}.sql").read_text(encoding="utf-8")
        con.execute(f"create view {name} as {render(sql, work, extracted)}")
    con.execute(
        """create table build_runs (
            run_id integer, started_at timestamp, finished_at timestamp, raw_dir varchar,
            files_seen bigint, ingested bigint, duplicates bigint, rejected bigint, articles bigint,
            troop_figures bigint, attack_counts bigint, reused_files bigint, code_version varchar)"""
    )
    for row in previous_runs:
        con.execute("insert into build_runs values (" + ",".join("?" * 13) + ")", list(row))
    counts = con.execute(
        """select count(*), count(*) filter (where status = 'ingested'), count(*) filter (where status = 'duplicate'),
                  count(*) filter (where status = 'rejected') from input_files"""
    ).fetchone()
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    n_troops = con.execute("select count(*) from troop_figures").fetchone()[0]
    n_attacks = con.execute("select count(*) from attack_counts").fetchone()[0]
    run_id = (max((r[0] for r in previous_runs), default=0) or 0) + 1
    con.execute(
        "insert into build_runs values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [run_id, run.get("started_at"), datetime.now(timezone.utc).replace(tzinfo=None), run.get("raw_dir"),
         *counts, n_articles, n_troops, n_attacks, run.get("reused_files", 0), run.get("code_version")],
    )
    _comment(con)


def _comment(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every published table and column from the one column dictionary."""
    cols = column_dictionary()
    tables = table_dictionary()
    for t, meta in tables.items():
        kind = "view" if t in VIEWS else "table"
        con.execute(f"comment on {kind} {t} is {_sql_literal(meta['description'] + ' Grain: ' + meta['grain'])}")
    for (t, c), desc in cols.items():
        con.execute(f'comment on column {t}."{c}" is {_sql_literal(desc)}')


def attach_options(storage_version: str = STORAGE_VERSION) -> str:
    """The ATTACH options of the warehouse file: row groups and storage format."""
    if storage_version not in STORAGE_VERSIONS:
        raise PublishError(f"unknown storage version {storage_version!r}: choose one of {', '.join(STORAGE_VERSIONS)} "
                           f"(the oldest DuckDB release that must read the file).")
    options = [f"row_group_size {ROW_GROUP_SIZE}"]
    if storage_version != "latest":
        options.append(f"storage_version {_sql_literal(storage_version)}")
    return ", ".join(options)


def publish(work: Path, db: Path, extracted: Path, run: dict | None = None, storage_version: str = STORAGE_VERSION) -> Path:
    """Build ``db`` from the Parquet files in ``work``; atomic replace on success."""
    run = run or {}
    options = attach_options(storage_version)
    if not (work / "input_files.parquet").exists() or not list((work / "articles").glob("part-*.parquet")):
        raise PublishError(f"{work} holds no ingested articles: run `etl ingest` and `etl extract` first (or `etl build`).")
    if not list(extracted.glob("*.article_fields.parquet")):
        raise PublishError(f"no extraction for the current rules in {extracted}: run `etl extract` first (or `etl build`).")
    if not (work / "manifest.parquet").exists():  # a work folder from before manifests: no manifest
        write_manifest(work, None)
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_name(f".{db.name}.building-{os.getpid()}")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        if leftover.exists():
            leftover.unlink()
    previous = _previous_runs(db)
    try:
        con = duckdb.connect()
        try:
            # Small row groups: DuckDB writes a full row group straight into the file as it is
            # built, so the commit does not first copy every text into the write-ahead log
            # (with the default 122,880 rows the corpus went through the log and then the file).
            con.execute(f"attach {_sql_literal(str(tmp))} as warehouse ({options})")
            con.execute("use warehouse")
            con.execute("begin")  # one transaction: measured 20% faster than a commit per model
            build_database(con, work, extracted, run, previous)
            con.execute("commit")
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, db)
        _fsync_dir(db.parent)
    except Exception as exc:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            if leftover.exists():
                leftover.unlink()
        if isinstance(exc, PublishError):
            raise
        raise PublishError(f"publish failed, {db} left as it was: {exc}") from exc
    return db


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass

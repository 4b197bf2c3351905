"""Stage 3, publish: run the SQL models (staging, then marts) into a new DuckDB file and
move it over the old one atomically. A failure leaves the previous database untouched.

Two ways to make the new file, one result:

- cold: every mart from the whole work folder, into an empty file;
- delta: when the previous warehouse was published by the same rules and SQL (its last
  ``build_runs.code_version`` says so), the spare (the generation before) or a copy of it
  (a reflink where the filesystem has them) is brought up to date: the articles that the
  inputs changed since its publish can touch (etl/changes.py; every article when the
  journal does not know the file) are derived and compared, and only those whose published
  row changes (new, gone, renamed, another manifest entry) are deleted and re-derived in the
  per-article marts; pairs, story members and the story marts for the articles and stories
  that may change, places for the places its articles touch (through the warehouse's own
  tables in ``etl_internal``: the published sketches and placed figures); the small global
  marts (outlets, daily figures, calendar) are rebuilt whole from the tables, which hold no text. The file is renamed over the old one,
  so readers keep the snapshot they opened and a killed build leaves the old file as it was.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import os
import re
import resource
import shutil
import tempfile
import time
from array import array
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from . import changes
from .errors import db_error_reason
from .manifest import MANIFEST_SCHEMA, read_manifest
from .reference import REFERENCE_DIR
from .resources import data_dir

MART_ORDER = [  # a mart may read the marts before it; story_members is built in Python (union-find)
    "input_files", "articles", "article_sources", "outlets", "article_pairs", "story_members", "troop_figures",
    "attack_counts", "places", "cited_sources", "date_mentions", "figure_claims", "stories", "story_outlets", "story_figures",
    "events", "daily_figures", "article_summary", "calendar",
]
VIEWS = ["troop_claims", "unknown_outlets"]
# How a delta publish brings each mart up to date. "article": one or more rows per article;
# the rows of the changed articles are deleted and derived again, from staging tables
# restricted to those articles. The story marts (STORY_MARTS) are derived again for the
# stories that may change; input_files (KEYED_MARTS) for the changed paths. Every other mart
# is small (no text) and rebuilt whole from the tables before it; article_pairs and
# story_members have their own step.
ARTICLE_MARTS = {"articles", "article_sources", "troop_figures", "attack_counts", "cited_sources", "date_mentions",
                 "figure_claims", "article_summary"}
KEYED_MARTS = {"input_files": "source_path"}  # large, one row per key, no text: only rows that differ are rewritten
STORY_COLUMN_MARTS = ("troop_figures", "attack_counts", "figure_claims")  # carry story_id: updated when it moves
# Rows per story, from the story's members and figures only: a delta derives again the rows of
# the stories that may change (story_affected), reading only their members and claims.
STORY_MARTS = {"stories": ("story_members",), "story_outlets": ("story_members",),
               "story_figures": ("figure_claims",)}
# Per-article marts whose rows are aggregates of one article's rows in the marts named: a delta
# reads those marts restricted to the changed articles (figure_claims grouped every figure of the
# archive before its filter on the changed articles: 0.5 s of CPU at x10).
ARTICLE_MART_SOURCES = {"figure_claims": ("troop_figures", "attack_counts"),
                        "article_summary": ("troop_figures", "attack_counts")}
# Staging views with one or more rows per article, restricted to the changed articles in a delta.
ARTICLE_STAGING = ("stg_articles", "stg_troop_figures", "stg_attack_counts", "stg_cited_sources", "stg_date_mentions",
                   "stg_figure_context")
# Temporary views (sql/intermediate), created just before the mart that first reads them; not published.
INTERMEDIATE = {"troop_figures": ["int_figure_context"]}
ROW_GROUP_SIZE = 16384
SQL_DIR = data_dir("sql")  # the models: sql/ in a checkout, etl/_sql/ in an installed wheel
BOILERPLATE_ARTICLES = 20  # article_pairs: a sentence hash in more articles than this is boilerplate
# The sketches of the published articles, kept in the warehouse beside the marts (a schema of its
# own: not a mart, no dictionary entry) so that a delta finds the articles holding a hash without
# reading every extracted sketch file: a cold build writes it, a delta deletes and inserts the rows
# of its changed articles in the same transaction as the marts, so it always matches `articles`.
INTERNAL_SCHEMA = "etl_internal"
SKETCH_INDEX = f"{INTERNAL_SCHEMA}.article_sketch"
# Tables of INTERNAL_SCHEMA (sql/internal), each made just before the mart named and read by it;
# one or more rows per article: a delta deletes and derives again the rows of its changed articles
# (from the marts named in INTERNAL_SOURCES restricted to them), as for ARTICLE_MARTS.
INTERNAL = {"article_pairs": "article_sketch", "places": "place_figures"}
INTERNAL_SOURCES = {"place_figures": ("troop_figures", "attack_counts")}
# The on-disk format the warehouse is written in. BI tools bundle older DuckDB drivers, and
# a reader opens only formats as old as or older than its own release. v1.0.0 is the oldest
# format of DuckDB's stable 1.x line and holds everything the warehouse uses (tables,
# views, comments; no newer types), so DuckDB 1.0, 1.1 and every later release read it.
STORAGE_VERSION = "v1.0.0"
STORAGE_VERSIONS = ("v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0", "v1.4.0", "v1.5.0", "v2.0.0", "latest")


def story_roots(parent, pairs):
    """Connected components over the indices 0..n-1: ``parent[i]`` starts as a neighbour of
    ``i`` no larger than ``i`` (or ``i`` itself), ``pairs`` is any iterable of further edges
    (a, b), read once. Returns ``parent`` (changed in place) holding each index's root: the
    smallest index of its component."""

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra < rb:
            parent[rb] = ra
        elif rb < ra:
            parent[ra] = rb
    for i in range(len(parent)):  # parent[i] <= i: its root is already final
        parent[i] = parent[parent[i]]
    return parent


def _stream(result, size: int = 100_000):
    """The rows of a DuckDB result in chunks (not all at once: 16 million pairs took gigabytes as tuples)."""
    while rows := result.fetchmany(size):
        yield from rows


def _build_story_members(con: duckdb.DuckDBPyConnection, table: str = "story_members", scope: str | None = None) -> None:
    """``table`` (article_id, story_id: the smallest member id) from the connected components of
    the articles and article_pairs tables; with ``scope`` (a table of article ids closed under
    pairs and old stories), for those only.

    Bounded memory: articles are numbered in DuckDB, and Python holds one 8-byte integer per
    article, not its id (a dict of a million ids took hundreds of megabytes). Each article is
    first hooked to its smallest neighbour in SQL; only the pairs that join two different
    hooks reach Python (a story told by many outlets is one hook, not its every pair)."""
    within = f" where article_id in (select article_id from {scope})" if scope else ""
    con.execute(f"create or replace temp table sm_ids as select article_id, "
                f"(row_number() over (order by article_id) - 1)::bigint as i from articles{within}")
    con.execute("""create or replace temp table sm_edges as
                   select a.i as a, b.i as b from article_pairs as p
                   join sm_ids as a on a.article_id = p.article_a join sm_ids as b on b.article_id = p.article_b""")
    con.execute("""create or replace temp table sm_hook as
                   select s.i, least(s.i, coalesce(min(n.j), s.i)) as h
                   from sm_ids as s
                   left join (select a as i, b as j from sm_edges union all select b, a from sm_edges) as n using (i)
                   group by s.i""")
    parent = array("q")
    for (h,) in _stream(con.execute("select h from sm_hook order by i")):
        parent.append(h)
    rest = con.execute("""select distinct least(ha.h, hb.h), greatest(ha.h, hb.h)
                          from sm_edges as e join sm_hook as ha on ha.i = e.a join sm_hook as hb on hb.i = e.b
                          where ha.h <> hb.h""")
    story_roots(parent, _stream(rest))
    con.execute(f"create {'temp ' if table != 'story_members' else ''}table {table} (article_id varchar, story_id varchar)")
    if parent:
        # Handed over as Parquet: polars writes it without pyarrow, which costs 0.1 s to import.
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "story_roots.parquet"
            pl.DataFrame({"i": pl.int_range(len(parent), eager=True, dtype=pl.Int64),
                          "root": pl.Series(parent, dtype=pl.Int64)}).write_parquet(path)
            del parent
            con.execute(f"""insert into {table}
                            select m.article_id, r.article_id from read_parquet({_sql_literal(path.as_posix())}) as p
                            join sm_ids as m on m.i = p.i join sm_ids as r on r.i = p.root
                            order by m.article_id""")
    con.execute("drop table sm_hook; drop table sm_edges; drop table sm_ids")


def _delta_story_members(con: duckdb.DuckDBPyConnection) -> None:
    """story_members brought up to date for the articles whose story may change: those whose
    pairs were derived again, their partners, and every member of their old stories (a
    closed set: no pair leaves it). ``story_moved``: the (article_id, story_id) rows that changed;
    ``story_affected``: the stories, old and new, of those articles."""
    con.execute(
        """create temp table story_scope as
           with touched as (
               select article_id from pair_scope
               union select article_a from article_pairs where article_b in (select article_id from pair_scope)
               union select article_b from article_pairs where article_a in (select article_id from pair_scope)
           )
           select article_id from touched
           union
           select article_id from story_members
           where story_id in (select story_id from story_members where article_id in (select article_id from touched))"""
    )
    _build_story_members(con, "new_story_members", scope="story_scope")
    # the stories whose rows may change: the old and new stories of the scope (closed under pairs)
    con.execute("""create temp table story_affected as
                   select story_id from story_members where article_id in (select article_id from story_scope)
                   union select story_id from new_story_members""")
    con.execute("""create temp table story_moved as
                   select * from new_story_members
                   except select * from story_members where article_id in (select article_id from story_scope)""")
    con.execute("delete from story_members where article_id in (select article_id from story_scope)")
    con.execute("insert into story_members select * from new_story_members")


class PublishError(RuntimeError):
    """A publish that could not complete; the previous database is unchanged."""


MANIFEST_KEY = "etl_manifest_signature"  # Parquet metadata of work/manifest.parquet: what it was normalised from


def write_manifest(work: Path, manifest: Path | pl.DataFrame | None, signature: str | None = None) -> dict:
    """``work/manifest.parquet``: the normalised manifest (a file, or a frame read already), or an
    empty one when the build has none (each build states its inputs: a manifest left from an
    earlier build is not reused). ``signature``: what it was normalised from (the manifest's
    bytes and the code that reads it), kept in the file's metadata for :func:`manifest_counts`."""
    if isinstance(manifest, pl.DataFrame):
        frame = manifest
    else:
        frame = read_manifest(manifest) if manifest is not None else pl.DataFrame(schema=MANIFEST_SCHEMA)
    work.mkdir(parents=True, exist_ok=True)
    _record_manifest_changes(work, frame)
    tmp = work / f".manifest.parquet.tmp-{os.getpid()}"
    frame.write_parquet(tmp, metadata={MANIFEST_KEY: signature} if signature else None)
    os.replace(tmp, work / "manifest.parquet")
    return {"manifest_entries": frame.height, "manifest_dates": frame["manifest_date"].is_not_null().sum()} if manifest is not None else {}


def manifest_changes(old: pl.DataFrame, new: pl.DataFrame) -> pl.Series:
    """The manifest entries (``file``) that are new, gone or different between two normalised manifests."""
    cols = list(MANIFEST_SCHEMA)
    old, new = old.select(cols).cast(MANIFEST_SCHEMA), new.select(cols).cast(MANIFEST_SCHEMA)
    differ = pl.concat([old.join(new, on=cols, how="anti", nulls_equal=True), new.join(old, on=cols, how="anti", nulls_equal=True)])
    return differ["file"].unique()


def _record_manifest_changes(work: Path, frame: pl.DataFrame) -> None:
    """Before work/manifest.parquet is replaced: its changed entries are pending for the next
    delta publish (etl/changes.py); without a readable old one, what changed is unknown."""
    try:
        old = pl.read_parquet(work / "manifest.parquet")
    except Exception:  # none yet, or unreadable
        changes.forget(work)
        return
    changes.add_pending(work, changes.keys_frame(changes.MANIFEST, manifest_changes(old, frame)))


def manifest_counts(work: Path, signature: str) -> dict | None:
    """The counts :func:`write_manifest` returns, when ``work/manifest.parquet`` was written from
    ``signature`` (the same manifest bytes, normalised by the same code): a daily build need not
    read and normalise an unchanged manifest of a million rows again. None otherwise."""
    path = work / "manifest.parquet"
    try:
        if pl.read_parquet_metadata(path).get(MANIFEST_KEY) != signature:
            return None
        dates = pl.read_parquet(path, columns=["manifest_date"])["manifest_date"]
    except Exception:  # missing or unreadable: write it again
        return None
    return {"manifest_entries": dates.len(), "manifest_dates": dates.is_not_null().sum()}


def _sql_literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


EXTRACTED_GLOB = re.compile(r"\{\{ extracted \}\} \|\| '/\*\.(\w+)\.parquet'")  # one extracted table, every part


def render(sql: str, work: Path, extracted: Path | None = None, store: list[Path] | None = None, pair_scope: dict | None = None,
           article_in_scope: str = "true", place_in_scope: str = "true") -> str:
    """Fill the template variables of a model file: {{ work }}, {{ extracted }}, {{ reference }},
    {{ store }} (the article store's parts: all of them, or the list ``store``), {{ in_pair_scope }}
    and {{ first_out_of_pair_scope }} (which pairs article_pairs derives: every pair in a cold build;
    with ``pair_scope`` = :data:`PAIR_SCOPE`, those with an article in the temp table pair_scope),
    {{ article_in_scope }} (which articles stg_articles derives: all, or those of a delta; {{ name_in_scope }}: the
    file names it counts for the manifest's match by name, all or those of its files), {{ place_in_scope }}
    (which places the places mart derives: all, or those a delta touches). With ``store``,
    an extracted table read as ``{{ extracted }} || '/*.<table>.parquet'`` is read from those
    parts' files only (extraction writes one file per part and table)."""
    extracted = (extracted or work).resolve()
    parts = (_sql_literal((work.resolve() / "articles" / "part-*.parquet").as_posix()) if store is None
             else "[" + ", ".join(_sql_literal(p.resolve().as_posix()) for p in store) + "]")
    if store is not None:
        sql = EXTRACTED_GLOB.sub(lambda m: "[" + ", ".join(_sql_literal((extracted / f"{p.stem}.{m.group(1)}.parquet").as_posix())
                                                           for p in store) + "]", sql)
    return (
        sql.replace("{{ work }}", _sql_literal(work.resolve().as_posix()))
        .replace("{{ store }}", parts)
        .replace("{{ extracted }}", _sql_literal(extracted.as_posix()))
        .replace("{{ reference }}", _sql_literal(REFERENCE_DIR.as_posix()))
        .replace("{{ boilerplate_articles }}", str(BOILERPLATE_ARTICLES))
        .replace("{{ in_pair_scope }}", (pair_scope or COLD_PAIR_SCOPE)["in_pair_scope"])
        .replace("{{ first_out_of_pair_scope }}", (pair_scope or COLD_PAIR_SCOPE)["first_out_of_pair_scope"])
        .replace("{{ article_in_scope }}", article_in_scope)
        .replace("{{ name_in_scope }}", "true" if article_in_scope == "true" else "file_name in (select file_name from owners)")
        .replace("{{ place_in_scope }}", place_in_scope)
    )


def column_dictionary() -> dict[tuple[str, str], str]:
    with open(SQL_DIR / "columns.csv", encoding="utf-8", newline="") as fh:
        return {(r["table"], r["column"]): r["description"] for r in csv.DictReader(fh)}


def table_dictionary() -> dict[str, dict[str, str]]:
    with open(SQL_DIR / "tables.csv", encoding="utf-8", newline="") as fh:
        return {r["table"]: r for r in csv.DictReader(fh)}


_READ_ONCE: dict[tuple, object] | None = None  # within one build (see read_once): what was read from each file


@contextmanager
def read_once():
    """Within one build (under its lock), the build history of the warehouse and the version of
    its spare are read once per file: the copy made beside the extraction (:func:`prepare_copy`)
    and the publish each asked for both, and each read opens the file (its catalog: 0.05 s of
    CPU for a 1.5 GB warehouse at x10). A file is known by its path, inode, size and modification
    time, so one replaced or written since is read again."""
    global _READ_ONCE
    _READ_ONCE = {}
    try:
        yield
    finally:
        _READ_ONCE = None


def _remembered(what: str, path: Path, read):
    """``read(path)``, or what it returned for this version of the file earlier in the build."""
    memo = _READ_ONCE
    if memo is None:
        return read(path)
    try:
        st = path.stat()
    except OSError:
        return read(path)
    key = (what, str(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in memo:
        memo[key] = read(path)
    return memo[key]


def _previous_runs(db: Path) -> list[tuple]:
    """The build history of the database being replaced. A file that is there but cannot be
    read stops the publish: carrying on would restart ``build_runs`` at run 1 and lose it."""
    if not db.exists():
        return []
    return list(_remembered("history", db, _read_history))


def _read_history(db: Path) -> list[tuple]:
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


def memory_limit() -> str:
    """DuckDB's memory limit for a publish: ``ETL_MEMORY_LIMIT`` when set (a DuckDB size such as
    2GB or 800MB); else a quarter of the memory this process may use (the machine's, or its
    cgroup's when lower), between 256 MB and MAX_MEMORY_MB. Beyond it DuckDB spills to disk, so
    a larger archive takes more disk, not more memory."""
    given = os.environ.get("ETL_MEMORY_LIMIT", "").strip()
    if given:
        return given
    return f"{max(256, min(MAX_MEMORY_MB, _machine_memory_mb() // 4))}MB"


MAX_MEMORY_MB = 1024  # enough for a publish at any size when it can spill; with the rest of the process, peak RSS stays under 2 GB


def _machine_memory_mb() -> int:
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    for limit in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            value = Path(limit).read_text().strip()
        except OSError:
            continue
        if value.isdigit():
            total = min(total, int(value))
    return total // (1024 * 1024)


def configure(con: duckdb.DuckDBPyConnection, spill: Path) -> None:
    """Bounded memory: a limit from the machine, spilling into ``spill`` (a folder beside the
    output, removed after the publish); insertion order kept only where a model orders."""
    limit = memory_limit()
    try:
        con.execute(f"set memory_limit = {_sql_literal(limit)}")
    except duckdb.Error as exc:
        raise PublishError(f"ETL_MEMORY_LIMIT={limit!r} is not a size DuckDB reads: use a number and a unit, e.g. 2GB or 800MB") from exc
    con.execute(f"set temp_directory = {_sql_literal(spill.as_posix())}")
    con.execute("set preserve_insertion_order = false")  # every mart states its order (ORDER BY is still kept)
    con.execute("set enable_progress_bar = false")


def publish_key(storage_version: str = STORAGE_VERSION) -> str:
    """What turns the work folder into the warehouse (the SQL models and dictionaries, the
    reference tables, the modules publishing runs: etl/fingerprint.py) and the storage format.
    A delta publish needs the previous warehouse to carry the same key (in its last
    build_runs.code_version)."""
    from .fingerprint import publish_fingerprint

    return hashlib.sha256(f"{storage_version} {publish_fingerprint()}".encode()).hexdigest()[:12]


def _template(folder: str, name: str) -> str:
    return (SQL_DIR / folder / f"{name}.sql").read_text(encoding="utf-8")


def _model(folder: str, name: str, work: Path, extracted: Path, store: list[Path] | None = None) -> str:
    return render(_template(folder, name), work, extracted, store)


# article_pairs in a delta derives the pairs with an article in pair_scope only, joining from the
# scope's hashes (the rest are not replaced); a cold build derives every pair with no test (a test
# on every pair cost 30%; its second join, under a constant false, is pruned).
PAIR_SCOPE = {"in_pair_scope": "article_id in (select article_id from pair_scope)",
              "first_out_of_pair_scope": "u.article_id not in (select article_id from pair_scope)"}
COLD_PAIR_SCOPE = {"in_pair_scope": "true", "first_out_of_pair_scope": "false"}


def _staging(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path) -> None:
    """(Re)create the staging views (every article)."""
    # stg_articles last: it reads stg_input_files and stg_manifest.
    for path in sorted((SQL_DIR / "staging").glob("*.sql"), key=lambda p: (p.stem == "stg_articles", p.stem)):
        con.execute(f"create or replace temp view {path.stem} as {render(path.read_text(encoding='utf-8'), work, extracted)}")


RESTRICTED_PREFIX = "d"  # dstg_articles: the staging of the articles a delta re-derives
RESTRICTED_NAMES = re.compile(r"\b(" + "|".join((*ARTICLE_STAGING, "stg_article_sketch", "int_figure_context")) + r")\b")


def restricted(sql: str) -> str:
    """A model that reads the per-article staging (and int_figure_context) made to read their
    restricted twins (:func:`_restricted_staging`)."""
    return RESTRICTED_NAMES.sub(lambda m: RESTRICTED_PREFIX + m.group(1), sql)


def _restricted_staging(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, ids: str) -> None:
    """Temp tables ``dstg_*``: the per-article staging of the articles in the temp table ``ids``
    only, read from the store parts that hold them (and those parts' extracted files), once;
    and the view ``dint_figure_context`` over them (it reads the articles mart, so it stays a view).

    Only the sketches are read for every article in ``ids``: pairs need the hashes of an article
    that is gone. The texts and figures are read only from the parts holding an article an
    ingested file owns now; the marts publish no other article's rows (they join the articles),
    and reading the texts of the parts that held the changed files' old articles (a part each:
    250 MB for ten changed files at x10) was most of a daily increment's comparison."""
    owned = f"{ids}_owned"
    con.execute(f"create or replace temp table {owned} as select article_id from {ids} "
                f"where article_id in (select article_id from stg_input_files where status = 'ingested')")
    store, store_owned = _store_parts_of(con, work, ids, owned)
    for name in (*ARTICLE_STAGING, "stg_article_sketch"):
        parts = store if name == "stg_article_sketch" else store_owned
        sql = render(_template("staging", name), work, extracted, parts, article_in_scope=f"article_id in (select article_id from {ids})")
        con.execute(f"create or replace temp table {RESTRICTED_PREFIX}{name} as "
                    f"select * from ({sql}\n) where article_id in (select article_id from {ids})")
    con.execute(f"create or replace temp view {RESTRICTED_PREFIX}int_figure_context as "
                f"{restricted(_model('intermediate', 'int_figure_context', work, extracted))}")


def _variables(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path) -> None:
    """SET VARIABLE for every model in sql/variables (one value each, read with getvariable)."""
    for path in sorted((SQL_DIR / "variables").glob("*.sql")):
        con.execute(f"set variable {path.stem} = ({render(path.read_text(encoding='utf-8'), work, extracted)}\n)")


def _intermediate(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, names) -> None:
    for view in names:
        con.execute(f"create or replace temp view {view} as {_model('intermediate', view, work, extracted)}")


def build_database(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, run: dict, previous_runs: list[tuple]) -> None:
    """Create every staging view and mart table in ``con`` (a cold publish)."""
    con.execute(f"create schema {INTERNAL_SCHEMA}")
    _staging(con, work, extracted)
    _variables(con, work, extracted)
    for name in MART_ORDER:
        with _step(run, f"publish: {name}"):
            if name == "story_members":
                _build_story_members(con)
                continue
            if name == "article_pairs":
                con.execute("create or replace temp view pair_scope as select article_id from articles")
            _intermediate(con, work, extracted, INTERMEDIATE.get(name, []))
            if name in INTERNAL:
                con.execute(f"create table {INTERNAL_SCHEMA}.{INTERNAL[name]} as {_model('internal', INTERNAL[name], work, extracted)}")
            con.execute(f"create table {name} as {_model('marts', name, work, extracted)}")
    for name in VIEWS:
        con.execute(f"create view {name} as {_model('marts', name, work, extracted)}")
    con.execute(
        """create table build_runs (
            run_id integer, started_at timestamp, finished_at timestamp, raw_dir varchar,
            files_seen bigint, ingested bigint, duplicates bigint, rejected bigint, articles bigint,
            troop_figures bigint, attack_counts bigint, reused_files bigint, code_version varchar)"""
    )
    for row in previous_runs:
        con.execute("insert into build_runs values (" + ",".join("?" * 13) + ")", list(row))
    _record_run(con, run)
    _comment(con)


def _record_run(con: duckdb.DuckDBPyConnection, run: dict) -> None:
    """The build_runs row of this publish: counts from the published tables."""
    counts = con.execute(
        """select count(*), count(*) filter (where status = 'ingested'), count(*) filter (where status = 'duplicate'),
                  count(*) filter (where status = 'rejected') from input_files"""
    ).fetchone()
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    n_troops = con.execute("select count(*) from troop_figures").fetchone()[0]
    n_attacks = con.execute("select count(*) from attack_counts").fetchone()[0]
    run_id = (con.execute("select max(run_id) from build_runs").fetchone()[0] or 0) + 1
    run["run_key"] = changes.run_key(run_id, run.get("started_at"))
    con.execute(
        "insert into build_runs values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [run_id, run.get("started_at"), datetime.now(timezone.utc).replace(tzinfo=None), run.get("raw_dir"),
         *counts, n_articles, n_troops, n_attacks, run.get("reused_files", 0), run.get("code_version")],
    )


def _store_parts_of(con: duckdb.DuckDBPyConnection, work: Path, ids: str = "delta_articles",
                    owned: str | None = None) -> tuple[list[Path], list[Path]]:
    """The article-store parts that hold an article of the temp table ``ids``, and those that
    hold one of the temp table ``owned`` (each at least one part: a view needs a file)."""
    parts = sorted((work / "articles").glob("part-*.parquet"))
    glob = _sql_literal((work.resolve() / "articles" / "part-*.parquet").as_posix())
    has_owned = f"bool_or(article_id in (select article_id from {owned}))" if owned else "true"
    rows = con.execute(
        f"select filename, {has_owned} from read_parquet({glob}, filename = true) "
        f"where article_id in (select article_id from {ids}) group by filename").fetchall()
    names, owning = {r[0] for r in rows}, {r[0] for r in rows if r[1]}
    pick = lambda keep: [p for p in parts if p.resolve().as_posix() in keep] or parts[:1]
    return pick(names), pick(owning)


STEP_CPU_S: dict[str, float] = {}  # step label -> CPU seconds of the process (all its threads) during the step
PEAK_RSS_MB: dict[str, float] = {}  # step label -> the process's peak resident memory so far when the step ended


@contextmanager
def timed(label: str, timings: dict):
    """Time one step of a build into ``timings[label]`` (seconds; printed by ``ETL_TIMINGS=1``,
    with its CPU time in ``STEP_CPU_S[label]``, steadier than wall time on a shared machine, and
    the process's peak resident memory so far in ``PEAK_RSS_MB[label]``: the step that raises
    it is the one that holds the most)."""
    t, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        timings[label] = round(time.perf_counter() - t, 3)
        STEP_CPU_S[label] = time.process_time() - cpu
        PEAK_RSS_MB[label] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _step(run: dict, label: str):
    """Time one step of a publish into ``run["timings"]``."""
    return timed(label, run.setdefault("timings", {}))


def apply_delta(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, run: dict, history: list[tuple],
                changed_keys: pl.DataFrame | None = None) -> dict:
    """Bring the previous warehouse (attached and in use in ``con``) up to date with ``work``.

    The changed articles are those whose published row (every column but the text, which
    the article id fixes) is new, gone or different. ``changed_keys``: the inputs changed
    since the build the file holds (etl/changes.py); only the articles they can touch are
    compared. Without them, every article is. Their rows are deleted from the per-article
    marts and derived again; pairs are derived again for every article that may have gained
    or lost one; story_members is recomputed and a story_id that moved is updated; stories,
    story_outlets and story_figures are derived again for the stories that may change; every
    other mart is rebuilt whole from the tables; build_runs is ``history`` (the runs of the
    file being replaced) and this run. Returns counts.
    """
    _staging(con, work, extracted)
    _variables(con, work, extracted)
    _intermediate(con, work, extracted, ["int_figure_context"])
    keyed = changed_keys is not None
    with _step(run, "publish: changed articles"):
        if keyed:
            changed = _changed_articles_of(con, work, extracted, changed_keys)
        else:
            changed = _changed_articles(con, work, extracted)
            _restricted_staging(con, work, extracted, "delta_articles")
    for name in MART_ORDER:
        with _step(run, f"publish: {name}"):
            _delta_mart(con, name, work, extracted, keyed)
    con.execute("delete from build_runs")
    con.executemany("insert into build_runs values (" + ",".join("?" * 13) + ")", [list(r) for r in history])
    _record_run(con, run)
    _comment(con, only={name for name in MART_ORDER if _replaced_whole(name)})
    return {"published_articles_changed": changed, "compared": "changed inputs" if keyed else "every article"}


def _changed_articles(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path) -> int:
    """Temp tables ``delta_articles`` (articles whose published row is new, gone or different)
    and ``pair_scope`` (articles whose pairs may change), comparing every article; returns how
    many articles changed."""
    articles_sql = _model("marts", "articles", work, extracted)
    con.execute(f"create temp table new_article_rows as select * exclude (title, text, text_chars) from ({articles_sql}\n)")
    con.execute(
        """create temp table delta_articles as
           select distinct article_id from (
               (select * from new_article_rows except select * exclude (title, text, text_chars) from articles)
               union all
               (select * exclude (title, text, text_chars) from articles except select * from new_article_rows))"""
    )
    con.execute("create temp table old_ids as select article_id from articles")
    # Pairs may change for the changed articles and for every article holding a sentence hash
    # that crosses the boilerplate line (usable before and not now, or the reverse).
    con.execute(
        f"""create temp table pair_scope as
            with sketch as (select article_id, h from stg_article_sketch),
            moved as (  -- only a hash of an article added or removed changes its count
                select distinct h from sketch where article_id in (select article_id from delta_articles)
            ),
            counted as (select * from sketch where h in (select h from moved)),
            before as (select h, count(*) as n from counted where article_id in (select article_id from old_ids) group by h),
            after as (select h, count(*) as n from counted where article_id in (select article_id from new_article_rows) group by h),
            crossing as (
                select h from before full join after using (h)
                where (coalesce(before.n, 0) <= {BOILERPLATE_ARTICLES}) <> (coalesce(after.n, 0) <= {BOILERPLATE_ARTICLES})
            )
            select article_id from delta_articles
            union
            select article_id from sketch
            where h in (select h from crossing) and article_id in (select article_id from new_article_rows)"""
    )
    return con.execute("select count(*) from delta_articles").fetchone()[0]


def _changed_articles_of(con: duckdb.DuckDBPyConnection, work: Path, extracted: Path, keys: pl.DataFrame) -> int:
    """:func:`_changed_articles` for the articles the changed inputs ``keys`` can touch: the
    articles of the files whose ledger row changed, of every file sharing a name with one (a
    manifest entry without folders matches a file name held by one file only) and of the files
    a changed manifest entry names, before and now. Only they are derived and compared."""
    with tempfile.TemporaryDirectory() as tmp:  # handed over as Parquet (no pyarrow import)
        path = Path(tmp) / "changed_keys.parquet"
        keys.write_parquet(path)
        con.execute(f"create temp table changed_keys as select * from read_parquet({_sql_literal(path.as_posix())})")
    con.execute("create temp table changed_paths as select distinct key as source_path from changed_keys where kind = 'path'")
    con.execute("create temp table changed_entries as select distinct key as file from changed_keys where kind = 'manifest'")
    con.execute(
        """create temp table candidate_ids as
           with names as (
               select file_name from input_files where source_path in (select source_path from changed_paths)
               union select file_name from stg_input_files where source_path in (select source_path from changed_paths)
               union select file from changed_entries where file not like '%/%'
           ),
           files as (
               select source_path, file_name, article_id from input_files
               union all
               select source_path, file_name, article_id from stg_input_files
           )
           select distinct article_id from files
           where article_id is not null
             and (source_path in (select source_path from changed_paths) or source_path in (select file from changed_entries)
                  or file_name in (select file_name from names))"""
    )
    _restricted_staging(con, work, extracted, "candidate_ids")
    articles_sql = restricted(_model("marts", "articles", work, extracted))
    con.execute(f"create temp table new_article_rows as select * exclude (title, text, text_chars) from ({articles_sql}\n)")
    con.execute(
        """create temp table delta_articles as
           with old as (
               select * exclude (title, text, text_chars) from articles where article_id in (select article_id from candidate_ids)
           )
           select distinct article_id from (
               (select * from new_article_rows except select * from old)
               union all
               (select * from old except select * from new_article_rows))"""
    )
    con.execute("create temp table old_ids as select article_id from articles")
    # As in _changed_articles: the articles holding a hash whose count crosses the boilerplate
    # line. Only the changed articles' hashes can move, so only their holders are counted; an
    # article is published now when it was before, unless it changed (then: is it in the new rows).
    con.execute(
        f"""create temp table pair_scope as
            with moved as (
                select distinct h from dstg_article_sketch where article_id in (select article_id from delta_articles)
            ),
            holders as (  -- the index holds the articles published before; the changed ones now published join them
                select article_id, h, true as was,
                       article_id not in (select article_id from delta_articles)
                       or article_id in (select article_id from new_article_rows) as now
                from {SKETCH_INDEX} where h in (select h from moved)
                union all
                select article_id, h, false, true from dstg_article_sketch
                where h in (select h from moved) and article_id in (select article_id from delta_articles)
                  and article_id in (select article_id from new_article_rows) and article_id not in (select article_id from old_ids)
            ),
            crossing as (
                select h from holders group by h
                having (count(*) filter (where was) <= {BOILERPLATE_ARTICLES}) <> (count(*) filter (where now) <= {BOILERPLATE_ARTICLES})
            )
            select article_id from delta_articles
            union
            select article_id from holders where now and h in (select h from crossing)"""
    )
    return con.execute("select count(*) from delta_articles").fetchone()[0]


def _replaced_whole(name: str) -> bool:
    """Whether a delta publish creates the mart ``name`` anew (the last branch of :func:`_delta_mart`)."""
    return name not in ("story_members", "article_pairs", "places") and name not in KEYED_MARTS and name not in STORY_MARTS \
        and name not in ARTICLE_MARTS


def _delta_mart(con: duckdb.DuckDBPyConnection, name: str, work: Path, extracted: Path, keyed: bool = False) -> None:
    """Bring one mart up to date (see :func:`apply_delta`). ``keyed``: the temp table
    ``changed_paths`` holds every file whose ledger row may differ."""
    sql = _model("marts", name, work, extracted) if name != "story_members" else ""
    if name == "story_members":
        _delta_story_members(con)
    elif name in KEYED_MARTS and keyed:  # only the changed files' rows
        key = KEYED_MARTS[name]
        con.execute(f"delete from {name} where {key} in (select source_path from changed_paths)")
        con.execute(f"insert into {name} select * from ({sql}\n) where {key} in (select source_path from changed_paths)")
    elif name in KEYED_MARTS:  # one row per key, no text: the rows that differ are replaced
        key = KEYED_MARTS[name]
        con.execute(f"create temp table new_{name} as {sql}")
        con.execute(f"""create temp table changed_{name} as select distinct {key} from (
                        (select * from new_{name} except select * from {name}) union all
                        (select * from {name} except select * from new_{name}))""")
        con.execute(f"delete from {name} where {key} in (select {key} from changed_{name})")
        con.execute(f"insert into {name} select * from new_{name} where {key} in (select {key} from changed_{name})")
    elif name == "article_pairs":
        _delta_internal(con, INTERNAL[name], work, extracted)  # the sketches of the articles published now
        con.execute("delete from article_pairs where article_a in (select article_id from pair_scope) "
                    "or article_b in (select article_id from pair_scope)")
        con.execute(f"insert into article_pairs {render(_template('marts', name), work, extracted, pair_scope=PAIR_SCOPE)}")
    elif name == "places":  # the places whose figures the changed articles had or have
        con.execute(f"create temp table touched_places as select distinct place_id from {INTERNAL_SCHEMA}.place_figures "
                    "where article_id in (select article_id from delta_articles)")
        _delta_internal(con, INTERNAL[name], work, extracted)
        con.execute(f"insert into touched_places select distinct place_id from {INTERNAL_SCHEMA}.place_figures "
                    "where article_id in (select article_id from delta_articles)")
        con.execute("delete from places where place_id in (select place_id from touched_places)")
        con.execute(f"insert into places {render(_template('marts', name), work, extracted, place_in_scope=PLACE_SCOPE)}")
    elif name in STORY_MARTS:
        for source in STORY_MARTS[name]:
            con.execute(f"create or replace temp view d{source} as "
                        f"select * from {source} where story_id in (select story_id from story_affected)")
        sql = re.sub(r"\b(" + "|".join(STORY_MARTS[name]) + r")\b", lambda m: "d" + m.group(1), sql)
        con.execute(f"delete from {name} where story_id in (select story_id from story_affected)")
        con.execute(f"insert into {name} {sql}")
    elif name in ARTICLE_MARTS:
        _replace_article_rows(con, name, sql, ARTICLE_MART_SOURCES.get(name, ()))
        if name in STORY_COLUMN_MARTS:
            con.execute(f"update {name} set story_id = m.story_id from story_moved as m "
                        f"where {name}.article_id = m.article_id and {name}.story_id is distinct from m.story_id")
    else:
        con.execute(f"create or replace table {name} as {sql}")


PLACE_SCOPE = "place_id in (select place_id from touched_places)"


def _delta_internal(con: duckdb.DuckDBPyConnection, name: str, work: Path, extracted: Path) -> None:
    """The rows of the changed articles (delta_articles) in the internal table ``name`` deleted and
    derived again from their restricted staging and the marts of INTERNAL_SOURCES (up to date already)."""
    sql = _model("internal", name, work, extracted)
    _replace_article_rows(con, f"{INTERNAL_SCHEMA}.{name}", sql, INTERNAL_SOURCES.get(name, ()))


def _replace_article_rows(con: duckdb.DuckDBPyConnection, table: str, sql: str, sources: tuple[str, ...]) -> None:
    """Delete the changed articles' rows (delta_articles) of ``table`` and insert them again from the
    model ``sql``, whose ``sources`` are read restricted to those articles."""
    for source in sources:
        con.execute(f"create or replace temp view delta_{source} as "
                    f"select * from {source} where article_id in (select article_id from delta_articles)")
    if sources:
        sql = re.sub(r"\b(" + "|".join(sources) + r")\b", lambda m: "delta_" + m.group(1), sql)
    con.execute(f"delete from {table} where article_id in (select article_id from delta_articles)")
    con.execute(f"insert into {table} select * from ({restricted(sql)}\n) where article_id in (select article_id from delta_articles)")


def _comment(con: duckdb.DuckDBPyConnection, only: set[str] | None = None) -> None:
    """COMMENT ON every published table and column from the one column dictionary; ``only``:
    those of these tables (a delta replaces a few small marts whole: the other tables keep
    their comments, and commenting all of them again took 0.2 s of CPU per publish)."""
    cols = column_dictionary()
    tables = table_dictionary()
    if only is not None:
        cols = {k: v for k, v in cols.items() if k[0] in only}
        tables = {k: v for k, v in tables.items() if k in only}
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


def _same_rules(previous_version: str | None, version: str | None) -> bool:
    """Did the same extraction rules and publish key make both builds? (code_version ends
    with ``rules <fingerprint> sql <publish key>``.)"""
    tail = lambda v: v.split(" rules ", 1)[1] if v and " rules " in v and " sql " in v else None
    return tail(version) is not None and tail(previous_version) == tail(version)


def clone_file(src: Path, dst: Path) -> str:
    """Copy ``src`` to ``dst``: a reflink (shared blocks, instant) where the filesystem has
    them (Btrfs, XFS, ZFS, APFS...), else an in-kernel copy. Returns which one."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        try:
            fcntl.ioctl(fout.fileno(), FICLONE, fin.fileno())
            return "reflink"
        except OSError:
            pass
    shutil.copyfile(src, dst)
    return "copy"


FICLONE = 0x40049409  # Linux ioctl: share the blocks of another file (cp --reflink)


def spare_path(db: Path) -> Path:
    """The previous generation of ``db``, kept under a hidden name to be brought up to date
    in place by the next delta (the file readers had open until the last build)."""
    return db.with_name(f".{db.name}.spare")


def _last_version(path: Path) -> str | None:
    """The code_version of the last build recorded in ``path`` (None when unreadable)."""
    return _remembered("version", path, _read_last_version)


def _read_last_version(path: Path) -> str | None:
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            row = con.execute("select code_version from build_runs order by run_id desc limit 1").fetchone()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return row[0] if row else None


def _tidy_spares(db: Path) -> None:
    """Under the build lock: a killed build may have left the old generation under its
    next-spare name (between the two renames of :func:`_swap_in`): it is the spare."""
    nxt = db.with_name(f".{db.name}.spare-next")
    if nxt.exists():
        if spare_path(db).exists():
            nxt.unlink()
        else:
            os.replace(nxt, spare_path(db))


def _swap_in(new: Path, db: Path) -> None:
    """``new`` becomes ``db`` in one rename; the file ``db`` was (readers that have it open
    keep reading it) stays as the spare for the next delta, under a hard link."""
    nxt = db.with_name(f".{db.name}.spare-next")
    keep = db.exists()
    if keep:
        nxt.unlink(missing_ok=True)
        try:
            os.link(db, nxt)
        except OSError:  # no hard links here: no spare, the next delta copies
            keep = False
    os.replace(new, db)
    _fsync_dir(db.parent)
    if keep:
        os.replace(nxt, spare_path(db))


def _attach(con: duckdb.DuckDBPyConnection, path: Path, options: str, may_fail: bool = False) -> bool:
    """Attach ``path`` as the warehouse being written. ``may_fail`` (the spare): False when it
    cannot be written (a reader still has it open, or it is damaged) instead of raising."""
    try:
        con.execute(f"attach {_sql_literal(str(path))} as warehouse ({options})")
    except duckdb.Error:
        if may_fail:
            return False
        raise
    con.execute("use warehouse")
    return True


def building_path(db: Path) -> Path:
    """Where a publish writes the new file before renaming it over ``db``."""
    return db.with_name(f".{db.name}.building-{os.getpid()}")


def prepare_copy(db: Path, code_version: str | None) -> tuple[Path, str] | None:
    """Under the build lock, before the publish: when the next publish will be a delta with no
    spare of the same rules (the first delta after a cold build, or after the rules changed),
    copy ``db`` now to the file it will write (:func:`building_path`) and return it with how it
    was copied (:func:`clone_file`), else None.
    The build runs this in a thread while it reads and extracts the new files (an in-kernel
    copy, the GIL released: 4.8 s at x10 that the publish no longer waits for). A spare that a
    reader still holds is only found out at the publish, which then copies as before."""
    _tidy_spares(db)
    previous = _previous_runs(db)
    if not (previous and _same_rules(previous[-1][-1], code_version)):
        return None  # a cold publish: nothing to copy
    spare = spare_path(db)
    if spare.exists() and _same_rules(_last_version(spare), code_version):
        return None  # the spare is brought up to date in place
    target = building_path(db)
    for leftover in db.parent.glob(f".{db.name}.building-*"):  # of a killed build: stale (we hold the lock)
        leftover.unlink(missing_ok=True)
    try:
        return target, clone_file(db, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def publish(work: Path, db: Path, extracted: Path, run: dict | None = None, storage_version: str = STORAGE_VERSION,
            incremental: bool = True, prepared=None) -> Path:
    """Build ``db`` from the Parquet files in ``work``; one rename publishes it.

    With ``incremental`` and a previous warehouse of the same rules and SQL, the new file is
    the spare (the generation before; nobody has it open) brought up to date in place, or,
    when there is no usable spare, a copy of ``db`` brought up to date (:func:`apply_delta`);
    else it is built cold. The replaced file becomes the next spare. A failure leaves ``db``
    as it was (and the spare as it was: its transaction rolls back). ``prepared``: a future of
    :func:`prepare_copy` started by the build (its copy of ``db`` is used, or removed when the
    spare is used after all).
    """
    run = run or {}
    options = attach_options(storage_version)
    if not (work / "input_files.parquet").exists() or not list((work / "articles").glob("part-*.parquet")):
        raise PublishError(f"{work} holds no ingested articles: run `etl ingest` and `etl extract` first (or `etl build`).")
    if not list(extracted.glob("*.article_fields.parquet")):
        raise PublishError(f"no extraction for the current rules in {extracted}: run `etl extract` first (or `etl build`).")
    if not (work / "manifest.parquet").exists():  # a work folder from before manifests: no manifest
        write_manifest(work, None)
    db.parent.mkdir(parents=True, exist_ok=True)
    # Callers hold the build lock: whatever a killed build left beside the output is stale.
    tmp = building_path(db)
    copied = None
    if prepared is not None:
        with _step(run, "publish: waiting for the copy made beside extraction"):
            try:
                copied, copy_kind = prepared.result() or (None, None)
            except PublishError:
                raise
            except Exception as exc:  # the copy failed: the publish stops, db as it was
                raise PublishError(f"publish failed, {db} left as it was: {exc}") from exc
    for leftover in db.parent.glob(f".{db.name}.building-*"):
        if leftover != copied:
            leftover.unlink(missing_ok=True)
    _tidy_spares(db)
    spill = db.with_name(f".{db.name}.spill-{os.getpid()}")
    spare = spare_path(db)
    previous = _previous_runs(db)
    delta = incremental and bool(previous) and _same_rules(previous[-1][-1], run.get("code_version"))
    run["publish_mode"] = "delta" if delta else "cold"
    if copied is not None and not delta:  # (the same test as prepare_copy's: not expected)
        copied.unlink(missing_ok=True)
        copied = None
    if spare.exists() and not (delta and _same_rules(_last_version(spare), run.get("code_version"))):
        spare.unlink()  # of other rules, or unreadable: of no use
    target = tmp
    try:
        con = duckdb.connect()
        try:
            configure(con, spill)
            # Small row groups: DuckDB writes a full row group straight into the file as it is
            # built, so the commit does not first copy every text into the write-ahead log
            # (with the default 122,880 rows the corpus went through the log and then the file).
            if delta and spare.exists() and _attach(con, spare, options, may_fail=True):
                target, run["copy"] = spare, "spare in place"
                if copied is not None:
                    copied.unlink(missing_ok=True)
            elif delta and copied is not None:
                run["copy"] = copy_kind  # made beside the extraction
                _attach(con, tmp, options)
            elif delta:
                with _step(run, "publish: copy of the previous warehouse"):
                    run["copy"] = clone_file(db, tmp)
                _attach(con, tmp, options)
            else:
                _attach(con, tmp, options)
            con.execute("begin")  # one transaction: measured 20% faster than a commit per model
            if delta:
                # what changed since the build the file holds (None: unknown, every article is compared)
                held = {changes.run_key(*r) for r in con.execute("select run_id, started_at from build_runs").fetchall()}
                run.update(apply_delta(con, work, extracted, run, previous, changes.changed_since(work, held)))
            else:
                build_database(con, work, extracted, run, previous)
            with _step(run, "publish: commit and checkpoint"):
                con.execute("commit")
                con.execute("checkpoint")
        finally:
            con.close()
        _swap_in(target, db)
    except Exception as exc:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            if leftover.exists():
                leftover.unlink()
        if isinstance(exc, PublishError):
            raise
        raise PublishError(f"publish failed, {db} left as it was: {exc}") from exc
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    try:  # the journal of what changed (a failure here costs the next delta a whole comparison, nothing else)
        changes.record_publish(work, run["run_key"], cold=not delta)
    except Exception:
        changes.forget(work)
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

"""The ``etl`` command: a thin typer layer over :mod:`etl.pipeline` and friends."""

from __future__ import annotations

import sys

from . import prescan

prescan.start_from_argv(sys.argv)  # a build's folder is listed by find while the imports below run

import csv
import io
import json
import math
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Optional

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import pipeline, storage
from .errors import db_path_problem, describe_db_error, one_line, raw_problem
from .ingest import MAX_FILE_BYTES
from .manifest import ManifestError
from .publish import STORAGE_VERSION, STORAGE_VERSIONS, PublishError
from .publish import _previous_runs as read_build_history

app = typer.Typer(
    help="Arabic news → DuckDB: ingest raw articles, extract sources, dates, troop figures and attack counts, publish.\n\n"
    "Example: etl build --raw data/raw",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out = Console()

RAW = typer.Option(Path("data/raw"), "--raw", help="Folder of raw article files (searched recursively).")
WORK = typer.Option(Path("data/work"), "--work", help="Folder for the Parquet files between stages.")
DB = typer.Option(Path("data/warehouse/news.duckdb"), "--db", help="The published DuckDB database.")
MAXB = typer.Option(MAX_FILE_BYTES, "--max-bytes", help="Files larger than this are recorded as rejected.")


def _fail(message: str, code: int = 1) -> None:
    """Print ``error: message`` on one line (never wrapped) to stderr and exit with ``code``."""
    console.print(f"[bold red]error:[/] {escape(one_line(message))}", soft_wrap=True)
    raise typer.Exit(code)


def _check_db(db: Path, write: bool = False) -> None:
    problem = db_path_problem(db, write)
    if problem:
        _fail(problem)


def _check_output(db: Path) -> None:
    """Before any work: ``db`` can be written, and the build history of the file it replaces
    can be read (a locked or foreign file stops the build now, not after the extraction)."""
    _check_db(db, write=True)
    _run(lambda: read_build_history(db), db)


def _check_raw(raw: Path) -> None:
    problem = raw_problem(raw)
    if problem:
        _fail(problem)


@contextmanager
def _reading(db: Path):
    """Turn a DuckDB error while reading ``db`` into one line with a hint (no traceback)."""
    try:
        yield
    except duckdb.Error as exc:
        _fail(describe_db_error(exc, db))


def _progress():
    # Only on a terminal: elsewhere rich would leave an empty line on stderr (logs, CI, tests).
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                    transient=True, disable=not console.is_terminal)


def _run(fn, db: Path | None = None):
    try:
        return fn()
    except pipeline.BuildLocked as exc:
        _fail(str(exc), 75)
    except (FileNotFoundError, PublishError, ManifestError) as exc:
        _fail(str(exc))
    except duckdb.Error as exc:
        _fail(describe_db_error(exc, db) if db is not None else one_line(str(exc)))
    except PermissionError as exc:
        _fail(f"cannot write {exc.filename or ''}: permission denied. Choose another --work/--db location.")
    except OSError as exc:
        _fail(f"{exc.strerror or exc} ({exc.filename or ''}). Check free space and permissions of the output folders.")


MANIFEST = typer.Option(None, "--manifest", help="CSV or JSON Lines with a 'file' column (path under --raw, or file name) and any of "
                        "url, an outlet or domain column, a date or timestamp column: fills published_date where the text states none, "
                        "and the publishing site (publisher).")
STORAGE = typer.Option(STORAGE_VERSION, "--storage-version", help="DuckDB file format to write: the oldest DuckDB release that must read "
                       f"the file ({', '.join(STORAGE_VERSIONS)}). The default is read by DuckDB 1.0 and later, so BI tools with older drivers open it.")
FULL = typer.Option(False, "--full", help="Ignore what the last build left in --work: re-read and re-extract everything.")
RAW_LOC = typer.Option("data/raw", "--raw", help="Folder of raw article files (searched recursively); with --engine spark also an object-store URL (s3://bucket/prefix, gs://, abfs://, hdfs://).")
WORK_LOC = typer.Option("data/work", "--work", help="Folder for the Parquet files between stages; with --engine spark also an object-store URL.")


def _local(location: str, option: str) -> Path:
    """A local path, or a clear error for a URL where only local folders work."""
    if storage.is_url(location):
        _fail(f"{option} {location} is an object-store URL: only --engine spark reads and writes object stores "
              f"(pip install '.[spark]'); the local engine needs a local folder.")
    return Path(location)


@app.command()
def build(raw: str = RAW_LOC, work: str = WORK_LOC, db: Path = DB, max_bytes: int = MAXB, full: bool = FULL,
          manifest: Optional[Path] = MANIFEST, storage_version: str = STORAGE,
          engine: str = typer.Option("local", "--engine", help="local, or spark (ingest and extract on Apache Spark; needs pip install '.\\[spark]')."),
          master: str = typer.Option("local[2]", "--master", help="Spark master URL for --engine spark (local[N], spark://host:7077, yarn, k8s://...)."),
          spark_conf: list[str] = typer.Option([], "--spark-conf", metavar="KEY=VALUE", help="A Spark setting KEY=VALUE for --engine spark (repeatable), e.g. spark.executor.memory=8g or spark.executorEnv.AWS_REGION=eu-west-1.")) -> None:
    """Run every stage: ingest, extract, publish. Incremental: only new or changed files are read and extracted.

    Example: etl build --raw ~/articles --db out/news.duckdb
    Example: etl build --raw ~/articles --manifest ~/articles/manifest.csv
    Example: etl build --engine spark --master spark://head:7077 --raw /shared/articles --work /shared/work
    Example: etl build --engine spark --master yarn --raw s3://archive/articles --work s3://archive/etl-work --spark-conf spark.executor.memory=8g
    """
    _check_output(db)
    if engine != "local":
        bad = [c for c in spark_conf if "=" not in c]
        if bad:
            _fail(f"--spark-conf takes KEY=VALUE (got {bad[0]!r}), e.g. --spark-conf spark.executor.memory=8g")
        conf = dict(c.split("=", 1) for c in spark_conf)
        counts = _run(lambda: pipeline.build_distributed(raw, work, db, engine, master, max_bytes=max_bytes, conf=conf,
                                                         manifest=manifest, storage_version=storage_version), db)
        out.print(f"published {db} ({engine}): " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    raw, work = _local(raw, "--raw"), _local(work, "--work")
    _check_raw(raw)

    def go():  # the progress display ends before an error is printed
        with _progress() as prog:
            task = prog.add_task("ingest", total=None)
            return pipeline.build(raw, work, db, max_bytes=max_bytes, incremental=not full,
                                  manifest=manifest, storage_version=storage_version,
                                  progress=lambda i, n: prog.update(task, completed=i, total=n))
    counts = _run(go, db)
    if counts.get("unchanged"):
        out.print(f"nothing changed since the last build; {db} is current (run recorded in build_runs)")
    else:
        out.print(f"published {db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def ingest(raw: Path = RAW, work: Path = WORK, max_bytes: int = MAXB, full: bool = FULL) -> None:
    """Read, decode, reject and deduplicate the raw files into Parquet.

    Example: etl ingest --raw data/raw --work data/work
    """
    _check_raw(raw)

    def go():
        with _progress() as prog:
            task = prog.add_task("ingest", total=None)
            return pipeline.ingest(raw, work, max_bytes=max_bytes, incremental=not full, progress=lambda i, n: prog.update(task, completed=i, total=n))
    counts = _run(go)
    out.print("ingested: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def extract(work: Path = WORK, full: bool = FULL) -> None:
    """Derive sources, dates, troop figures and attack counts from the ingested articles.

    Example: etl extract --work data/work
    """
    counts = _run(lambda: pipeline.extract(work, incremental=not full))
    out.print("extracted: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def publish(work: str = WORK_LOC, db: Path = DB, manifest: Optional[Path] = MANIFEST, storage_version: str = STORAGE) -> None:
    """Build the DuckDB database from the Parquet files, replacing the old one atomically.

    --work may be an object-store URL (a Spark build's output): it is copied to a
    temporary folder beside --db first.

    Example: etl publish --work data/work --db data/warehouse/news.duckdb
    """
    def go():
        with pipeline.build_lock(db):
            if storage.is_url(work):
                extracted = storage.join(work, "extracted", pipeline.fingerprint())
                with storage.local_copy(work, extracted, db.parent) as (local_work, local_extracted):
                    return pipeline.publish(local_work, db, extracted=local_extracted, manifest=manifest,
                                            storage_version=storage_version)
            return pipeline.publish(Path(work), db, manifest=manifest, storage_version=storage_version)
    _check_output(db)
    _run(go, db)
    out.print(f"published {db}")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


TABLE_LIMIT = 1000  # rows per statement shown by default in table and markdown; csv and json give all


def default_limit(fmt: Format, limit: Optional[int]) -> int:
    """Rows per statement to print (0 = all): --limit when given, else 1000 for the formats a
    person reads (table, markdown) and all rows for the ones a program reads (csv, json)."""
    if limit is not None:
        return limit
    return TABLE_LIMIT if fmt in (Format.table, Format.markdown) else 0


def json_value(v):
    """A value as JSON: dates, times and timestamps as ISO strings, decimals as numbers,
    NaN and infinities as strings (JSON has no number for them), nested lists and structs kept."""
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else ("NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity"))
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [json_value(x) for x in v]
    if isinstance(v, dict):
        return {str(k): json_value(x) for k, x in v.items()}
    return str(v)


def text_value(v, null: str = "NULL") -> str:
    """A value as text for table, markdown (NULL shown as ``NULL``) and csv (``null=""``)."""
    if v is None:
        return null
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(json_value(v), ensure_ascii=False)
    return str(v)


def to_csv(cols: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    writer.writerows([text_value(v, null="") for v in row] for row in rows)
    return buf.getvalue()


def to_json(cols: list[str], rows: list[tuple]) -> str:
    return json.dumps([{c: json_value(v) for c, v in zip(cols, row)} for row in rows], ensure_ascii=False)


def _md_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def to_markdown(cols: list[str], rows: list[tuple]) -> str:
    """A pipe table; numeric columns are right-aligned, ``|`` is escaped and line breaks become ``<br>``."""
    numeric = [all(isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool) for r in rows if r[i] is not None)
               and any(r[i] is not None for r in rows) for i in range(len(cols))]
    lines = ["| " + " | ".join(_md_cell(c) for c in cols) + " |",
             "| " + " | ".join("---:" if n else "---" for n in numeric) + " |"]
    lines += ["| " + " | ".join(_md_cell(text_value(v)) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_table(cols: list[str], rows: list[tuple]) -> Table:
    table = Table()
    for c in cols:
        table.add_column(Text(c))  # Text, not str: a name or value with [brackets] is not rich markup
    for row in rows:
        table.add_row(*[Text("NULL", style="dim") if v is None else Text(text_value(v)) for v in row])
    return table


def cut_note(shown: int, total: int) -> str | None:
    """The stderr line when --limit cut a result, else None."""
    if total <= shown:
        return None
    return f"showing {shown} of {total} rows; use --limit 0 for all"


def no_result_note(stmt_type: str, cols: list[str], rows: list[tuple]) -> str | None:
    """The message for a statement without a result set (SET, CREATE, INSERT, ...), else None."""
    if not cols or (cols == ["Success"] and not rows):
        return "OK, no result set"
    if cols == ["Count"] and stmt_type not in ("SELECT", "PRAGMA", "CALL", "EXPLAIN"):
        return f"OK, {rows[0][0]} rows changed" if rows else "OK, no result set"
    return None


def run_statement(con: duckdb.DuckDBPyConnection, stmt, limit: int) -> tuple[list[str], list[tuple], int]:
    """Run one statement: (columns, at most ``limit`` rows (0 = all), total rows). A SELECT is
    cut by DuckDB and counted only when cut (the count needs no text columns); other
    statements return small results and are cut here."""
    if stmt.type == duckdb.StatementType.SELECT:
        rel = con.sql(stmt.query)
        cols = list(rel.columns)
        rows = rel.limit(limit + 1).fetchall() if limit else rel.fetchall()
        if limit and len(rows) > limit:
            return cols, rows[:limit], rel.aggregate("count(*)").fetchall()[0][0]
        return cols, rows, len(rows)
    cur = con.execute(stmt.query)
    cols = [d[0] for d in cur.description] if cur.description else []
    rows = cur.fetchall() if cols else []
    return cols, (rows[:limit] if limit else rows), len(rows)


def _echo(text: str) -> None:
    typer.echo(text, nl=not text.endswith("\n"))


@app.command()
def query(sql: str = typer.Argument(..., help="SQL to run on the published database (read-only); several statements separated by ; print one result each."),
          db: Path = DB,
          fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, csv (header row, NULL as an empty field), json (one array of objects per statement, one per line) or markdown (a pipe table)."),
          limit: Optional[int] = typer.Option(None, "--limit", "-n", min=0, show_default=False,
                                              help="At most N rows per statement; 0 = all. Default: 1000 for table and markdown, all for csv and json. A cut is reported on stderr.")) -> None:
    """Print the result of SQL on the published database (read-only), as a table, CSV, JSON or Markdown.

    Example: etl query "select measure, count(*) from attack_counts group by 1"
    Example: etl query "from article_summary" --format csv --limit 0 > summary.csv
    Example: etl query "select count(*) from articles; select count(*) from stories" -f json
    """
    _check_db(db)
    limit = default_limit(fmt, limit)
    with _reading(db):
        con = duckdb.connect(str(db), read_only=True)
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            _fail(f"query failed: {exc}")
        if not statements:
            _fail('no SQL statement given: e.g. etl query "select count(*) from articles"')
        many = len(statements) > 1
        printed = 0
        for i, stmt in enumerate(statements, 1):
            try:
                cols, rows, total = run_statement(con, stmt, limit)
            except duckdb.Error as exc:
                _fail(f"statement {i} failed: {exc}" if many else f"query failed: {exc}")
            note = no_result_note(stmt.type.name, cols, rows)
            if note:
                console.print(f"statement {i}: {note}", soft_wrap=True, markup=False, highlight=False)
                continue
            if fmt == Format.table:
                if many:
                    out.print(Text(f"statement {i}", style="bold"))
                out.print(to_table(cols, rows))
            else:
                if printed and fmt != Format.json:  # a blank line between two CSV or Markdown tables
                    typer.echo("")
                _echo({Format.csv: to_csv, Format.json: to_json, Format.markdown: to_markdown}[fmt](cols, rows))
            printed += 1
            cut = cut_note(len(rows), total)
            if cut:
                console.print((f"statement {i}: " if many else "") + cut, soft_wrap=True, markup=False, highlight=False)
    finally:
        con.close()


OUTLETS_SQL = "select outlet_key, name_en, kind, country, articles_credited, articles_published from outlets order by articles_credited desc, outlet_key"
UNKNOWN_OUTLETS_SQL = "select source_name, articles, first_date, last_date from unknown_outlets"


@app.command()
def outlets(db: Path = DB,
            unknown: bool = typer.Option(False, "--unknown", "-u", help="List the credited names that have no key in the outlet table (data/reference/outlets.csv), most credited first."),
            fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, csv, json or markdown (as in etl query)."),
            limit: Optional[int] = typer.Option(None, "--limit", "-n", min=0, show_default=False,
                                                help="At most N rows; 0 = all. Default: 1000 for table and markdown, all for csv and json.")) -> None:
    """The outlet table with how many articles credit and publish each; with --unknown, the names
    credit lines give (articles.source_name) that have no key yet, with their counts, most
    frequent first: what to add to data/reference/outlets.csv and outlet_spellings.csv.

    Example: etl outlets --unknown --limit 20
    Example: etl outlets --unknown --format csv > unknown_outlets.csv
    """
    _check_db(db)
    limit = default_limit(fmt, limit)
    with _reading(db):
        con = duckdb.connect(str(db), read_only=True)
        try:
            has_view = con.execute(
                "select count(*) from information_schema.tables where table_name = 'unknown_outlets'").fetchall()[0][0]
            if unknown and not has_view:
                _fail(f"{db} has no unknown_outlets view (it was published by an older version): run `etl build` to rebuild it.")
            rel = con.sql(UNKNOWN_OUTLETS_SQL if unknown else OUTLETS_SQL)
            cols = list(rel.columns)
            rows = rel.limit(limit + 1).fetchall() if limit else rel.fetchall()
            total = rel.aggregate("count(*)").fetchall()[0][0] if limit and len(rows) > limit else len(rows)
            rows = rows[:limit] if limit else rows
        finally:
            con.close()
    if fmt == Format.table:
        out.print(to_table(cols, rows))
    else:
        _echo({Format.csv: to_csv, Format.json: to_json, Format.markdown: to_markdown}[fmt](cols, rows))
    cut = cut_note(len(rows), total)
    if cut:
        console.print(cut, soft_wrap=True, markup=False, highlight=False)


@app.command()
def status(db: Path = DB) -> None:
    """What the last build did: files seen, ingested, duplicates, rejected, articles, figures, when.

    Example: etl status --db data/warehouse/news.duckdb
    """
    _check_db(db)
    with _reading(db):
        con = duckdb.connect(str(db), read_only=True)
        try:
            cur = con.execute("select * from build_runs order by run_id desc limit 1")
            cols = [d[0] for d in cur.description]
            row = cur.fetchone()
            reasons = con.execute(
                "select reason, count(*) from input_files where status = 'rejected' group by 1 order by 2 desc"
            ).fetchall()
        finally:
            con.close()
    if row is None:
        _fail(f"{db} has no build recorded in build_runs: run `etl build` to rebuild it.")
    table = Table("field", "value", title=f"last build of {db}")
    for c, v in zip(cols, row):
        table.add_row(c, str(v))
    for reason, n in reasons:
        table.add_row("rejected: " + str(reason), str(n))
    out.print(table)


def _score(gold: Path, db: Path, raw: Optional[Path], manifest: Optional[Path], evaluate, like: str, bad_gold: tuple):
    """Score ``db`` (or a temporary build of ``raw``) against ``gold`` with ``evaluate``; one-line errors."""
    import tempfile

    if not gold.is_file():
        _fail(f"gold file {gold} not found: pass --gold a JSON file like {like}.")
    if raw is not None:
        _check_raw(raw)
    elif not db.exists():
        _fail(f"{db} does not exist: run `etl build` on the gold articles first, or pass --raw.")
    else:
        _check_db(db)
    with tempfile.TemporaryDirectory(prefix="etl-eval-") as tmp:
        if raw is not None:
            db = Path(tmp) / "eval.duckdb"
            _run(lambda: pipeline.build(raw, Path(tmp) / "work", db, manifest=manifest), db)
        with _reading(db):
            try:
                return evaluate(gold, db)
            except bad_gold as exc:
                _fail(f"gold file {gold} is not in the format of {like} ({type(exc).__name__}: {exc}).")


@app.command("eval")
def eval_(gold: Path = typer.Option(..., "--gold", help="Gold annotations in the format of seeds.json."),
          db: Path = DB,
          raw: Optional[Path] = typer.Option(None, "--raw", help="Build this folder into a temporary database first and score that."),
          show: int = typer.Option(40, "--show", help="How many misses and extras to list.")) -> None:
    """Score a build against a gold file (spec §6): P/R/F1 per table and measure, source and date accuracy.

    Example: etl eval --gold tests/data/devset/gold.json --raw tests/data/devset/raw
    """
    from .evaluate import evaluate, render

    result = _score(gold, db, raw, None, evaluate, "tests/data/seeds.json", (ValueError, KeyError))
    render(result, out, show=show, title=f"{gold}")


@app.command("eval-places")
def eval_places(gold: Path = typer.Option(..., "--gold", help="Gold places and event dates: {\"articles\": {FILE: {\"figures\": [...]}}}."),
                db: Path = DB,
                raw: Optional[Path] = typer.Option(None, "--raw", help="Build this folder into a temporary database first and score that."),
                manifest: Optional[Path] = MANIFEST,
                show: int = typer.Option(40, "--show", help="How many errors and unmatched gold figures to list."),
                where: str = typer.Option("literal", "--where", help="literal: the gold's country and admin1 (its sentence's place, else the dateline's); "
                                          "context: where the event happened (context_country/context_admin1) where the gold gives it."),
                as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object.")) -> None:
    """Score each figure's place (country, admin1) and event date against a gold file.

    Gold articles the build does not hold are skipped and counted.

    Example: etl eval-places --gold tests/data/places/gold.json --raw tests/data/places/raw
    Example: etl eval-places --gold tests/data/places_heldout/gold.json --raw tests/data/places_heldout/raw --where context
    """
    import json

    from .evaluate_places import WHERE, evaluate as evaluate_places, render as render_places

    if where not in WHERE:
        _fail(f"--where {where!r}: give one of {', '.join(WHERE)}.")
    result = _score(gold, db, raw, manifest, lambda g, d: evaluate_places(g, d, where=where), "tests/data/places/gold.json",
                    (ValueError, KeyError, TypeError))
    if result.gold == 0 and result.skipped_articles:
        _fail(f"none of the {result.skipped_articles} gold articles of {gold} is in the build: "
              f"pass --raw the folder that holds their files (names as in the gold file).")
    if as_json:
        print(json.dumps(result.as_dict()))
    else:
        render_places(result, out, show=show)


@app.command()
def explain(article: str = typer.Argument(..., help="An article_id, a file name or a path relative to the raw folder."),
            db: Path = DB,
            dropped: bool = typer.Option(False, "--dropped", help="Also list the matches an exclusion (or an overlap) left out, and which one.")) -> None:
    """Show one article with every extracted figure highlighted, and the rows it produced.

    Example: etl explain 000_98b9b88ac5afc341.txt
    Example: etl explain 000_98b9b88ac5afc341.txt --dropped
    """
    from .explain import explain as show

    _check_db(db)
    with _reading(db):
        found = show(db, article, out, dropped=dropped)
    if not found:
        _fail(f"no article {article!r} in {db}: give an article_id, a file name or a path under the raw folder "
              f"(see `etl query \"select article_id, source_path from articles\"`).")


@app.command()
def report(db: Path = DB, output: Path = typer.Option(Path("data/warehouse/report.html"), "--output", "-o", help="Where to write the HTML file.")) -> None:
    """Write one self-contained HTML report (works offline): figures per month of publication and by outlet, top troop claims, stories across outlets, disputed figures, input accounting.

    Example: etl report -o report.html
    """
    from .report import write_report

    _check_db(db)
    with _reading(db):
        try:
            written = write_report(db, output)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}; choose another --output (-o) path.")
    out.print(f"wrote {written}")


@app.command()
def docs() -> None:
    """Regenerate docs/schema.md from the column dictionary (sql/columns.csv).

    Example: etl docs
    """
    from .docs import write_schema_docs

    out.print(f"wrote {write_schema_docs()}")


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    main()

"""The ``etl`` command: a thin typer layer over :mod:`etl.pipeline` and friends."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import pipeline, storage
from .ingest import MAX_FILE_BYTES
from .publish import PublishError

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
    console.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def _progress():
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)


def _run(fn):
    try:
        return fn()
    except pipeline.BuildLocked as exc:
        _fail(str(exc), 75)
    except (FileNotFoundError, PublishError) as exc:
        _fail(str(exc))
    except PermissionError as exc:
        _fail(f"cannot write {exc.filename or ''}: permission denied. Choose another --work/--db location.")
    except OSError as exc:
        _fail(f"{exc.strerror or exc} ({exc.filename or ''}). Check free space and permissions of the output folders.")


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
          engine: str = typer.Option("local", "--engine", help="local, or spark (ingest and extract on Apache Spark; needs pip install '.\\[spark]')."),
          master: str = typer.Option("local[2]", "--master", help="Spark master URL for --engine spark (local[N], spark://host:7077, yarn, k8s://...)."),
          spark_conf: list[str] = typer.Option([], "--spark-conf", metavar="KEY=VALUE", help="A Spark setting KEY=VALUE for --engine spark (repeatable), e.g. spark.executor.memory=8g or spark.executorEnv.AWS_REGION=eu-west-1.")) -> None:
    """Run every stage: ingest, extract, publish. Incremental: only new or changed files are read and extracted.

    Example: etl build --raw ~/articles --db out/news.duckdb
    Example: etl build --engine spark --master spark://head:7077 --raw /shared/articles --work /shared/work
    Example: etl build --engine spark --master yarn --raw s3://archive/articles --work s3://archive/etl-work --spark-conf spark.executor.memory=8g
    """
    if engine != "local":
        bad = [c for c in spark_conf if "=" not in c]
        if bad:
            _fail(f"--spark-conf takes KEY=VALUE (got {bad[0]!r}), e.g. --spark-conf spark.executor.memory=8g")
        conf = dict(c.split("=", 1) for c in spark_conf)
        counts = _run(lambda: pipeline.build_distributed(raw, work, db, engine, master, max_bytes=max_bytes, conf=conf))
        out.print(f"published {db} ({engine}): " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    raw, work = _local(raw, "--raw"), _local(work, "--work")
    with _progress() as prog:
        task = prog.add_task("ingest", total=None)
        counts = _run(lambda: pipeline.build(raw, work, db, max_bytes=max_bytes, incremental=not full,
                                             progress=lambda i, n: prog.update(task, completed=i, total=n)))
    if counts.get("unchanged"):
        out.print(f"nothing changed since the last build; {db} is current (run recorded in build_runs)")
    else:
        out.print(f"published {db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def ingest(raw: Path = RAW, work: Path = WORK, max_bytes: int = MAXB, full: bool = FULL) -> None:
    """Read, decode, reject and deduplicate the raw files into Parquet.

    Example: etl ingest --raw data/raw --work data/work
    """
    with _progress() as prog:
        task = prog.add_task("ingest", total=None)
        counts = _run(lambda: pipeline.ingest(raw, work, max_bytes=max_bytes, incremental=not full, progress=lambda i, n: prog.update(task, completed=i, total=n)))
    out.print("ingested: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def extract(work: Path = WORK, full: bool = FULL) -> None:
    """Derive sources, dates, troop figures and attack counts from the ingested articles.

    Example: etl extract --work data/work
    """
    counts = _run(lambda: pipeline.extract(work, incremental=not full))
    out.print("extracted: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def publish(work: str = WORK_LOC, db: Path = DB) -> None:
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
                    return pipeline.publish(local_work, db, extracted=local_extracted)
            return pipeline.publish(Path(work), db)
    _run(go)
    out.print(f"published {db}")


@app.command()
def query(sql: str = typer.Argument(..., help="SQL to run on the published database (read-only)."), db: Path = DB) -> None:
    """Print the result of a SQL query on the published database.

    Example: etl query "select measure, count(*) from attack_counts group by 1"
    """
    if not db.exists():
        _fail(f"{db} does not exist: run `etl build` first.")
    try:
        con = duckdb.connect(str(db), read_only=True)
        try:
            cur = con.execute(sql)
            cols = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        _fail(f"query failed: {exc}")
    table = Table(*cols)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    out.print(table)


@app.command()
def status(db: Path = DB) -> None:
    """What the last build did: files seen, ingested, duplicates, rejected, articles, figures, when.

    Example: etl status --db data/warehouse/news.duckdb
    """
    if not db.exists():
        _fail(f"{db} does not exist: run `etl build` first.")
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
    table = Table("field", "value", title=f"last build of {db}")
    for c, v in zip(cols, row):
        table.add_row(c, str(v))
    for reason, n in reasons:
        table.add_row("rejected: " + str(reason), str(n))
    out.print(table)


@app.command("eval")
def eval_(gold: Path = typer.Option(..., "--gold", help="Gold annotations in the format of seeds.json."),
          db: Path = DB,
          raw: Optional[Path] = typer.Option(None, "--raw", help="Build this folder into a temporary database first and score that."),
          show: int = typer.Option(40, "--show", help="How many misses and extras to list.")) -> None:
    """Score a build against a gold file (spec §6): P/R/F1 per table and measure, source and date accuracy.

    Example: etl eval --gold tests/data/devset/gold.json --raw tests/data/devset/raw
    """
    import tempfile

    from .evaluate import evaluate, render

    if not gold.exists():
        _fail(f"gold file {gold} does not exist.")
    with tempfile.TemporaryDirectory(prefix="etl-eval-") as tmp:
        if raw is not None:
            db = Path(tmp) / "eval.duckdb"
            _run(lambda: pipeline.build(raw, Path(tmp) / "work", db))
        if not db.exists():
            _fail(f"{db} does not exist: run `etl build` on the gold articles first, or pass --raw.")
        result = evaluate(gold, db)
    render(result, out, show=show, title=f"{gold}")


@app.command()
def explain(article: str = typer.Argument(..., help="An article_id, a file name or a path relative to the raw folder."),
            db: Path = DB) -> None:
    """Show one article with every extracted figure highlighted, and the rows it produced.

    Example: etl explain 000_98b9b88ac5afc341.txt
    """
    from .explain import explain as show

    if not db.exists():
        _fail(f"{db} does not exist: run `etl build` first.")
    if not show(db, article, out):
        _fail(f"no article {article!r} in {db}: give an article_id, a file name or a path under the raw folder "
              f"(see `etl query \"select article_id, source_path from articles\"`).")


@app.command()
def report(db: Path = DB, output: Path = typer.Option(Path("data/warehouse/report.html"), "--output", "-o", help="Where to write the HTML file.")) -> None:
    """Write one self-contained HTML report (works offline): figures per month of publication and by outlet, top troop claims, stories across outlets, disputed figures, input accounting.

    Example: etl report -o report.html
    """
    from .report import write_report

    if not db.exists():
        _fail(f"{db} does not exist: run `etl build` first.")
    out.print(f"wrote {write_report(db, output)}")


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

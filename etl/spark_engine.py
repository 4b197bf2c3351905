"""Optional engine: ingest and extract on Apache Spark (PySpark), publish unchanged.

The heavy part (reading and extracting text) runs on the executors, in ``mapInArrow``
tasks that call the very functions of the local path (:func:`etl.ingest.read_batch`,
:func:`etl.ingest.judge_batch`, :func:`etl.extract.extract`); the executors write the
same Parquet layout into the work folder (article store parts, one extraction file per
table and part), and the driver writes ``input_files.parquet``. ``etl publish`` (DuckDB,
same SQL) then reads that folder as it would after a local build.

Why Spark rather than Ray Data: Spark is what most archive owners already operate (EMR,
Dataproc, Databricks, on-prem YARN/Kubernetes), and ``mapInArrow`` hands each task Arrow
batches, which polars takes without copying.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import polars as pl
import pyarrow as pa

from .extract import extract as extract_tables
from .ingest import INPUT_FILES_SCHEMA, MAX_FILE_BYTES, discover, judge_batch, mark_duplicates, read_batch

ENTRY_SCHEMA = "rel string, path string, skip string"
FILE_COLUMNS = list(INPUT_FILES_SCHEMA)


def _task_ingest(max_bytes: int, store_dir: str):
    """Executor side: read a batch of entries, write new articles as a store part, return file rows."""

    def run(batches):
        for batch in batches:
            entries = [(r["rel"], r["path"], r["skip"]) for r in batch.to_pylist()]
            rows, texts, _ = read_batch(entries, max_bytes, {}, set())
            files, fresh = judge_batch(rows, texts, set())
            if fresh.height:
                fresh.write_parquet(os.path.join(store_dir, f"part-{uuid.uuid4().int % 10**12:012d}-spark.parquet"),
                                    compression="uncompressed", statistics=False)
            table = files.with_columns(pl.col(c).cast(pl.Utf8) for c in ("size_bytes", "replaced_bytes", "mtime_ns")).to_arrow()
            yield from table.to_batches()

    return run


def _task_extract(out_dir: str):
    """Executor side: extract one store part (same function as the local path)."""

    def run(batches):
        for batch in batches:
            for part in batch.column("part").to_pylist():
                stem = Path(part).stem
                articles = pl.read_parquet(part, columns=["article_id", "text"])
                tables = extract_tables(articles)
                for name, df in tables.items():
                    df.write_parquet(os.path.join(out_dir, f"{stem}.{name}.parquet"), compression="zstd", statistics=False)
                yield pa.record_batch({"part": [part], "articles": [articles.height]})

    return run


def ingest_and_extract(raw: Path, work: Path, extracted: Path, master: str = "local[2]",
                       max_bytes: int = MAX_FILE_BYTES, files_per_task: int = 2000) -> dict:
    """Run ingest and extract on Spark; leave the work folder as a local build would (cold)."""
    from pyspark.sql import SparkSession

    import shutil

    builder = (
        SparkSession.builder.master(master).appName("arabic-news-etl")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
    )
    if master.startswith("local"):
        # Local mode: the Python workers are this interpreter (with polars); on a cluster the
        # executors' Python environment is the cluster's (spark.pyspark.python there).
        os.environ["PYSPARK_PYTHON"] = sys.executable
        builder = builder.config("spark.pyspark.python", sys.executable)
    spark = builder.getOrCreate()
    try:
        store = work / "articles"
        shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(work / "extracted", ignore_errors=True)
        store.mkdir(parents=True)
        extracted.mkdir(parents=True)
        entries = discover(raw)
        n_tasks = max(1, -(-len(entries) // files_per_task))
        df = spark.createDataFrame([(r, p, s) for r, p, s in entries] or [("", None, "empty")], ENTRY_SCHEMA).repartition(n_tasks)
        file_schema = ", ".join(f"{c} string" for c in FILE_COLUMNS)
        rows = df.mapInArrow(_task_ingest(max_bytes, str(store)), file_schema).toArrow()
        files = pl.from_arrow(rows).with_columns(
            pl.col(c).cast(pl.Int64) for c in ("size_bytes", "replaced_bytes", "mtime_ns")
        ).select(FILE_COLUMNS)
        if not entries:
            files = files.head(0)
        files = mark_duplicates(files).sort("source_path")
        # An article found by two tasks was written twice: keep one copy per id.
        parts = sorted(str(p) for p in store.glob("part-*.parquet"))
        seen: set[str] = set()
        for part in parts:
            df_part = pl.read_parquet(part)
            keep = df_part.filter(~pl.col("article_id").is_in(list(seen))).sort("article_id")
            seen.update(keep["article_id"].to_list())
            if keep.height != df_part.height:
                if keep.height:
                    keep.write_parquet(part, compression="uncompressed", statistics=False)
                else:
                    os.remove(part)
        parts = sorted(str(p) for p in store.glob("part-*.parquet"))
        if parts:
            pdf = spark.createDataFrame([(p,) for p in parts], "part string").repartition(len(parts))
            pdf.mapInArrow(_task_extract(str(extracted)), "part string, articles long").collect()
        files.write_parquet(work / "input_files.parquet")
        return {"files_seen": files.height, "articles": len(seen), "store_parts": len(parts)}
    finally:
        spark.stop()

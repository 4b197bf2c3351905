"""Optional engine: ingest and extract on Apache Spark (PySpark), publish unchanged.

The heavy part (reading and extracting text) runs on the executors, in ``mapInArrow``
tasks that call the very functions of the local path (:func:`etl.ingest.read_batch`,
:func:`etl.ingest.judge_batch`, :func:`etl.extract.extract`); the executors write the
same Parquet layout into the work location (article store parts, one extraction file per
table and part), and the driver writes ``input_files.parquet``. ``etl publish`` (DuckDB,
same SQL) then reads that folder as it would after a local build. Raw and work locations
may be object-store URLs (s3://, gs://, abfs://, hdfs://): executors read and write them
through ``pyarrow.fs`` (:mod:`etl.storage`).

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

from . import storage
from .extract import extract as extract_tables
from .ingest import INPUT_FILES_SCHEMA, MAX_FILE_BYTES, discover, judge_batch, mark_duplicates, read_batch

ENTRY_SCHEMA = "rel string, path string, skip string, size long, mtime long"
FILE_COLUMNS = list(INPUT_FILES_SCHEMA)
OBJECT_STORE_ENV = ("AWS_", "GOOGLE_", "AZURE_")  # credentials and endpoints pyarrow.fs reads


def _task_ingest(raw: str, max_bytes: int, store: str):
    """Executor side: read a batch of entries, write new articles as a store part, return file rows."""

    def run(batches):
        fs = storage.resolve(raw)[0] if storage.is_url(raw) else None
        out_fs, store_p = storage.resolve(store)
        for batch in batches:
            entries = [(r["rel"], r["path"], r["skip"], r["size"], r["mtime"]) for r in batch.to_pylist()]
            rows, texts, _ = read_batch(entries, max_bytes, {}, set(), fs=fs)
            files, fresh = judge_batch(rows, texts, set())
            if fresh.height:
                part = storage.join(store_p, f"part-{uuid.uuid4().int % 10**12:012d}-spark.parquet")
                storage.write_parquet(fresh, out_fs, part, compression="uncompressed")
            table = files.with_columns(pl.col(c).cast(pl.Utf8) for c in ("size_bytes", "replaced_bytes", "mtime_ns")).to_arrow()
            yield from table.to_batches()

    return run


def _task_extract(work: str, extracted: str):
    """Executor side: extract one store part (same function as the local path)."""

    def run(batches):
        fs, _ = storage.resolve(work)
        _, out_p = storage.resolve(extracted)
        for batch in batches:
            for part in batch.column("part").to_pylist():
                stem = part.rsplit("/", 1)[-1].removesuffix(".parquet")
                articles = storage.read_parquet(fs, part, columns=["article_id", "text"])
                for name, df in extract_tables(articles).items():
                    storage.write_parquet(df, fs, storage.join(out_p, f"{stem}.{name}.parquet"))
                yield pa.record_batch({"part": [part], "articles": [articles.height]})

    return run


def _entries(raw: str) -> list[tuple]:
    """Discovered entries as 5-tuples (local discovery leaves size and mtime to the reader)."""
    if storage.is_url(raw):
        return storage.discover(raw)
    if not Path(raw).is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
    return [(r, p, s, None, None) for r, p, s in discover(Path(raw))]


def ingest_and_extract(raw: str, work: str, extracted: str, master: str = "local[2]",
                       max_bytes: int = MAX_FILE_BYTES, files_per_task: int = 2000, conf: dict | None = None) -> dict:
    """Run ingest and extract on Spark; leave the work location as a local build would (cold).

    ``raw``, ``work`` and ``extracted`` are local paths or object-store URLs (:mod:`etl.storage`);
    ``conf``: Spark settings (``spark.executor.memory``, ``spark.executorEnv.AWS_REGION``, …).
    """
    from pyspark.sql import SparkSession

    raw, work, extracted = str(raw), str(work), str(extracted)
    builder = (
        SparkSession.builder.master(master).appName("arabic-news-etl")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
    )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    if master.startswith("local"):
        # Local mode: the Python workers are this interpreter (with polars); on a cluster the
        # executors' Python environment is the cluster's (spark.pyspark.python there).
        os.environ["PYSPARK_PYTHON"] = sys.executable
        builder = builder.config("spark.pyspark.python", sys.executable)
        # ... and they see the driver's object-store settings (a cluster has its own).
        for key, value in os.environ.items():
            if key.startswith(OBJECT_STORE_ENV):
                builder = builder.config(f"spark.executorEnv.{key}", value)
    entries = _entries(raw)
    fs, work_p = storage.resolve(work)
    store = storage.join(work, "articles")
    store_p = storage.join(work_p, "articles")
    spark = builder.getOrCreate()
    try:
        storage.reset_dir(fs, store_p)
        storage.reset_dir(fs, storage.join(work_p, "extracted"))
        n_tasks = max(1, -(-len(entries) // files_per_task))
        df = spark.createDataFrame(entries or [("", None, "empty", None, None)], ENTRY_SCHEMA).repartition(n_tasks)
        file_schema = ", ".join(f"{c} string" for c in FILE_COLUMNS)
        rows = df.mapInArrow(_task_ingest(raw, max_bytes, store), file_schema).toArrow()
        files = pl.from_arrow(rows).with_columns(
            pl.col(c).cast(pl.Int64) for c in ("size_bytes", "replaced_bytes", "mtime_ns")
        ).select(FILE_COLUMNS)
        if not entries:
            files = files.head(0)
        files = mark_duplicates(files).sort("source_path")
        # An article found by two tasks was written twice: keep one copy per id.
        seen: set[str] = set()
        for part in storage.list_files(fs, store_p, ".parquet"):
            df_part = storage.read_parquet(fs, part)
            keep = df_part.filter(~pl.col("article_id").is_in(list(seen))).sort("article_id")
            seen.update(keep["article_id"].to_list())
            if keep.height != df_part.height:
                if keep.height:
                    storage.write_parquet(keep, fs, part, compression="uncompressed")
                else:
                    fs.delete_file(part)
        parts = storage.list_files(fs, store_p, ".parquet")
        if parts:
            pdf = spark.createDataFrame([(p,) for p in parts], "part string").repartition(len(parts))
            pdf.mapInArrow(_task_extract(work, extracted), "part string, articles long").collect()
        storage.write_parquet(files, fs, storage.join(work_p, "input_files.parquet"))
        return {"files_seen": files.height, "articles": len(seen), "store_parts": len(parts)}
    finally:
        spark.stop()

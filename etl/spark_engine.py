"""Optional engine: ingest and extract on Apache Spark (PySpark), publish unchanged.

Every per-article step runs on the executors, in Arrow tasks that call the very functions
of the local path (:func:`etl.ingest.read_batch`, :func:`etl.ingest.judge_batch`,
:func:`etl.extract.extract`):

1. ingest: each task reads a batch of files, writes its new articles as one store part
   and returns the batch's ledger rows (file metadata and article ids, no text);
2. de-duplication: an article two tasks found is kept in one part (the smallest part name
   holding it); a shuffle groups the (part, article id) pairs by part, and one task per
   part drops the copies it does not keep, then extracts the part;
3. the ledger: later files with the text of an earlier one become ``duplicate`` (a window
   over article ids, as :func:`etl.ingest.mark_duplicates`), and one task writes
   ``input_files.parquet`` sorted by path.

Only one small row per part and the ledger's counts reach the driver; it lists the raw
files (their paths, sizes and times) and hands them out. The work location then holds
the layout of a local build, and ``etl publish`` (DuckDB, same SQL) reads it as it would. Raw and work locations
may be object-store URLs (s3://, gs://, abfs://, hdfs://): executors read and write them
through ``pyarrow.fs`` (:mod:`etl.storage`).

Why Spark rather than Ray Data: Spark is what most archive owners already operate (EMR,
Dataproc, Databricks, on-prem YARN/Kubernetes), and ``mapInArrow`` hands each task Arrow
batches, which polars takes without copying.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import polars as pl
import pyarrow as pa

from . import storage
from .extract import extract as extract_tables
from .ingest import DUPLICATE_REASON, INPUT_FILES_SCHEMA, MAX_FILE_BYTES, discover, judge_batch, read_batch

ENTRY_SCHEMA = {"rel": pa.string(), "path": pa.string(), "skip": pa.string(), "size": pa.int64(), "mtime": pa.int64()}
FILE_COLUMNS = list(INPUT_FILES_SCHEMA)
INT_COLUMNS = ("size_bytes", "replaced_bytes", "mtime_ns")  # carried as text between the stages, typed again in the ledger
# A task's rows: the ledger columns and the store part that holds the row's article (null when the task wrote none for it).
ROW_SCHEMA = ", ".join(f"{c} string" for c in FILE_COLUMNS) + ", store_part string"
FILES_PER_TASK = 2000
ENTRY_FILE = "spark_entries.parquet"  # the driver's listing, read by the ingest tasks (removed at the end)
OBJECT_STORE_ENV = ("AWS_", "GOOGLE_", "AZURE_")  # credentials and endpoints pyarrow.fs reads


def part_name(rels: list[str]) -> str:
    """A store part's file name, from the paths of the files it was read from: a task that
    runs again (a lost executor) rewrites the same part instead of adding a second copy.
    Decimal, as the local store's part numbers are."""
    digest = hashlib.sha256("\n".join(rels).encode("utf-8", "surrogateescape")).hexdigest()
    return f"part-{int(digest, 16) % 10**12:012d}-spark.parquet"


def _task_ingest(raw: str, max_bytes: int, store: str, entry_file: str):
    """Executor side: for each task number, read its batch of entries (one row group of the
    entry file), write the batch's new articles as a store part, return the batch's ledger
    rows, each with the part holding its article."""

    def run(batches):
        import pyarrow.parquet as pq

        fs = storage.resolve(raw)[0] if storage.is_url(raw) else None
        out_fs, store_p = storage.resolve(store)
        entry_fs, entry_p = storage.resolve(entry_file)
        for task in (i for b in batches for i in b.column("id").to_pylist()):
            with entry_fs.open_input_file(entry_p) as fh:
                chunk = pq.ParquetFile(fh).read_row_group(task)
            entries = [(r["rel"], r["path"], r["skip"], r["size"], r["mtime"]) for r in chunk.to_pylist()]
            rows, texts, _ = read_batch(entries, max_bytes, {}, set(), fs=fs)
            files, fresh = judge_batch(rows, texts, set())
            part = None
            if fresh.height:
                part = storage.join(store_p, part_name([e[0] for e in entries]))
                storage.write_parquet(fresh, out_fs, part, compression="uncompressed")
            held = pl.col("article_id").is_in(fresh["article_id"].implode()) & (pl.col("status") == "ingested")
            table = files.with_columns(
                *(pl.col(c).cast(pl.Utf8) for c in INT_COLUMNS),
                pl.when(held).then(pl.lit(part, pl.Utf8)).alias("store_part"),
            ).to_arrow()
            yield from table.to_batches()

    return run


def _task_settle_and_extract(work: str, extracted: str):
    """Executor side, one call per store part with its (article id, keep) pairs: drop the
    articles another part keeps, then extract the part (same function as the local path)."""

    def run(pairs: pa.Table) -> pa.Table:
        from pyarrow import fs as pafs

        fs, _ = storage.resolve(work)
        _, out_p = storage.resolve(extracted)
        part = pairs.column("store_part")[0].as_py()
        keep = pl.from_arrow(pairs).filter(pl.col("keep"))["article_id"]
        if keep.is_empty():  # another part keeps all of them (a retried task finds the part gone already)
            if fs.get_file_info(part).type != pafs.FileType.NotFound:
                fs.delete_file(part)
            return _part_result(part, 0, pairs.num_rows)
        articles = storage.read_parquet(fs, part)
        kept = articles.filter(pl.col("article_id").is_in(keep.implode()))
        dropped = articles.height - kept.height
        if dropped:
            storage.write_parquet(kept, fs, part, compression="uncompressed")
        if kept.height:
            stem = part.rsplit("/", 1)[-1].removesuffix(".parquet")
            for name, df in extract_tables(kept.select("article_id", "text")).items():
                storage.write_parquet(df, fs, storage.join(out_p, f"{stem}.{name}.parquet"))
        return _part_result(part, kept.height, dropped)

    return run


PART_RESULT_DDL = "part string, articles long, dropped long"
PART_RESULT = pa.schema([("part", pa.string()), ("articles", pa.int64()), ("dropped", pa.int64())])


def _part_result(part: str, articles: int, dropped: int) -> pa.Table:
    """What a part's task tells the driver: the part, its articles, the copies it dropped."""
    return pa.table({"part": [part], "articles": [articles], "dropped": [dropped]}, schema=PART_RESULT)


def _task_write_ledger(path: str):
    """Executor side: the one task that receives every ledger row, sorted by path, and
    streams them into ``input_files.parquet``; returns the count of rows per status."""

    def run(batches):
        import pyarrow.parquet as pq

        fs, p = storage.resolve(path)
        counts: dict[str, int] = {}
        writer = None
        with fs.open_output_stream(p) as fh:
            for batch in batches:
                df = pl.from_arrow(batch).with_columns(pl.col(c).cast(pl.Int64) for c in INT_COLUMNS).select(FILE_COLUMNS)
                if not df.height:
                    continue
                for status, n in df.group_by("status").len().iter_rows():
                    counts[status] = counts.get(status, 0) + n
                table = df.to_arrow()
                if writer is None:
                    writer = pq.ParquetWriter(fh, table.schema, compression="zstd", write_statistics=False)
                writer.write_table(table)
            if writer is None:
                pl.DataFrame(schema=INPUT_FILES_SCHEMA).write_parquet(fh, compression="zstd", statistics=False)
            else:
                writer.close()
        yield pa.record_batch({"status": list(counts), "files": list(counts.values())},
                              schema=pa.schema([("status", pa.string()), ("files", pa.int64())]))

    return run


def _entries(raw: str) -> list[tuple]:
    """Discovered entries as 5-tuples (local discovery leaves size and mtime to the reader)."""
    if storage.is_url(raw):
        return storage.discover(raw)
    if not Path(raw).is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
    return [(r, p, s, None, None) for r, p, s in discover(Path(raw))]


def write_entries(entries: list[tuple], fs, path: str, per_task: int) -> int:
    """The discovered entries as a Parquet file of one row group per ingest task (contiguous
    runs of paths, as the local path's batches): the tasks read their own row group instead of
    the driver shipping every path inside the tasks. Returns the number of tasks."""
    import pyarrow.parquet as pq

    columns = list(zip(*entries))
    table = pa.table({name: pa.array(col, type=t) for (name, t), col in zip(ENTRY_SCHEMA.items(), columns)})
    fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path) as fh:
        pq.write_table(table, fh, row_group_size=per_task)
    return -(-len(entries) // per_task)


def mark_duplicates(files):
    """Spark twin of :func:`etl.ingest.mark_duplicates`: the second and later files (by path)
    with one article text become ``duplicate`` of the first."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = F.row_number().over(Window.partitionBy("article_id").orderBy("source_path")) == 1
    is_dup = (F.col("status") == "ingested") & ~first
    return files.withColumns({
        "status": F.when(is_dup, F.lit("duplicate")).otherwise(F.col("status")),
        "reason": F.when(is_dup, F.lit(DUPLICATE_REASON)).otherwise(F.col("reason")),
    })


def ingest_and_extract(raw: str, work: str, extracted: str, master: str = "local[2]",
                       max_bytes: int = MAX_FILE_BYTES, files_per_task: int | None = None, conf: dict | None = None) -> dict:
    """Run ingest and extract on Spark; leave the work location as a local build would (cold).

    ``raw``, ``work`` and ``extracted`` are local paths or object-store URLs (:mod:`etl.storage`);
    ``conf``: Spark settings (``spark.executor.memory``, ``spark.executorEnv.AWS_REGION``, …).
    """
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession, Window
    from pyspark.sql import functions as F

    raw, work, extracted = str(raw), str(work), str(extracted)
    files_per_task = files_per_task or FILES_PER_TASK
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
    ledger = storage.join(work, "input_files.parquet")
    entry_file = storage.join(work, ENTRY_FILE)
    spark = builder.getOrCreate()
    try:
        storage.reset_dir(fs, store_p)
        storage.reset_dir(fs, storage.join(work_p, "extracted"))
        if not entries:
            storage.write_parquet(pl.DataFrame(schema=INPUT_FILES_SCHEMA), fs, storage.join(work_p, "input_files.parquet"))
            return {"files_seen": 0, "articles": 0, "store_parts": 0}
        n_tasks = write_entries(entries, fs, storage.join(work_p, ENTRY_FILE), files_per_task)
        del entries
        tasks = spark.range(n_tasks, numPartitions=n_tasks)
        # Ingest once: the rows are kept (spilled to disk if need be) for the two stages that read them.
        rows = tasks.mapInArrow(_task_ingest(raw, max_bytes, store, entry_file), ROW_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            held = rows.where(F.col("store_part").isNotNull()).select("store_part", "article_id").distinct()
            owner = F.min("store_part").over(Window.partitionBy("article_id"))
            plan = held.withColumn("keep", F.col("store_part") == owner)
            parts = plan.groupBy("store_part").applyInArrow(_task_settle_and_extract(work, extracted),
                                                             PART_RESULT_DDL).collect()
            statuses = (mark_duplicates(rows.drop("store_part")).repartition(1).sortWithinPartitions("source_path")
                        .mapInArrow(_task_write_ledger(ledger), "status string, files long").collect())
        finally:
            rows.unpersist()
            fs.delete_file(storage.join(work_p, ENTRY_FILE))
        by_status = {r["status"]: r["files"] for r in statuses}
        return {"files_seen": sum(by_status.values()), **by_status, "articles": sum(r["articles"] for r in parts),
                "store_parts": sum(1 for r in parts if r["articles"]), "dropped_copies": sum(r["dropped"] for r in parts)}
    finally:
        spark.stop()

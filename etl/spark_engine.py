"""Optional engine: ingest and extract on Apache Spark (PySpark), publish unchanged.

Every per-article step runs on the executors, in tasks that call the very functions of
the local path (:func:`etl.ingest.read_batch`, :func:`etl.ingest.judge_batch`,
:func:`etl.ingest.mark_duplicates`, :func:`etl.extract.extract`):

1. ingest: task ``t`` reads the ``t``-th run of files in path order, writes its new
   articles as one store part and its ledger rows (duplicates within the run marked) as
   ``spark_ledger/t``, and returns the pairs (t, article id);
2. de-duplication: an article several tasks found belongs to the first of them (the
   earliest path); a shuffle brings each task's pairs back to one task, which drops the
   copies an earlier task keeps from its part, marks those files ``duplicate`` in its
   ledger, and extracts the part;
3. one task joins the ledgers, in task order (so in path order), into ``input_files.parquet``.

Only one row per store part and a count per status reach the driver; it lists the raw
files (paths, sizes and times) into a Parquet file the tasks read. The work location then
holds the layout of a local build, and ``etl publish`` (DuckDB, same SQL) reads it as it
would. Raw and work locations
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
from .ingest import DUPLICATE_REASON, INPUT_FILES_SCHEMA, MAX_FILE_BYTES, discover, judge_batch, mark_duplicates, read_batch

ENTRY_SCHEMA = {"rel": pa.string(), "path": pa.string(), "skip": pa.string(), "size": pa.int64(), "mtime": pa.int64()}
PAIR_SCHEMA = pa.schema([("task", pa.int64()), ("article_id", pa.string()), ("store_part", pa.string())])
PAIR_DDL = "task long, article_id string, store_part string"
FILES_PER_TASK = 2000
ENTRY_FILE = "spark_entries.parquet"  # the driver's listing, one row group per ingest task (removed at the end)
LEDGER_DIR = "spark_ledger"           # each ingest task's ledger rows, joined into input_files.parquet (removed at the end)
OBJECT_STORE_ENV = ("AWS_", "GOOGLE_", "AZURE_")  # credentials and endpoints pyarrow.fs reads


def part_name(rels: list[str]) -> str:
    """A store part's file name, from the paths of the files it was read from: a task that
    runs again (a lost executor) rewrites the same part instead of adding a second copy.
    Decimal, as the local store's part numbers are."""
    digest = hashlib.sha256("\n".join(rels).encode("utf-8", "surrogateescape")).hexdigest()
    return f"part-{int(digest, 16) % 10**12:012d}-spark.parquet"


def ledger_path(ledger_dir: str, task: int) -> str:
    return storage.join(ledger_dir, f"{task:06d}.parquet")


def _task_ingest(raw: str, max_bytes: int, store: str, entry_file: str, ledger_dir: str):
    """Executor side: for each task number, read its run of entries (one row group of the
    entry file), write the run's new articles as a store part and its ledger rows, and
    return a (task, article id, part) pair per article."""

    def run(batches):
        import pyarrow.parquet as pq

        fs = storage.resolve(raw)[0] if storage.is_url(raw) else None
        out_fs, store_p = storage.resolve(store)
        _, ledger_p = storage.resolve(ledger_dir)
        entry_fs, entry_p = storage.resolve(entry_file)
        for task in (i for b in batches for i in b.column("id").to_pylist()):
            with entry_fs.open_input_file(entry_p) as fh:
                chunk = pq.ParquetFile(fh).read_row_group(task)
            entries = [(r["rel"], r["path"], r["skip"], r["size"], r["mtime"]) for r in chunk.to_pylist()]
            rows, texts, _ = read_batch(entries, max_bytes, {}, set(), fs=fs)
            files, fresh = judge_batch(rows, texts, set())
            storage.write_parquet(mark_duplicates(files), out_fs, ledger_path(ledger_p, task))
            if fresh.height:
                part = storage.join(store_p, part_name([e[0] for e in entries]))
                storage.write_parquet(fresh, out_fs, part, compression="uncompressed")
                ids = fresh["article_id"].to_list()
                yield pa.record_batch([pa.array([task] * len(ids), pa.int64()), pa.array(ids, pa.string()),
                                       pa.array([part] * len(ids), pa.string())], schema=PAIR_SCHEMA)

    return run


def _task_settle_and_extract(work: str, extracted: str, ledger_dir: str):
    """Executor side, one call per ingest task ``index`` with its (article id, kept here,
    part) triples: drop from its part the articles an earlier task keeps, mark their files
    ``duplicate`` in its ledger, then extract the part (same function as the local path).
    Returns [(part, articles kept, copies dropped)], or [] for a task that wrote no part."""

    def run(index, triples):
        from pyarrow import fs as pafs

        fs, _ = storage.resolve(work)
        _, out_p = storage.resolve(extracted)
        _, ledger_p = storage.resolve(ledger_dir)
        triples = [t for _, t in triples]
        if not triples:
            return []
        part = triples[0][2]
        keep = pl.Series("article_id", [a for a, here, _ in triples if here], dtype=pl.Utf8)
        drop = pl.Series("article_id", [a for a, here, _ in triples if not here], dtype=pl.Utf8)
        if drop.len():
            ledger = ledger_path(ledger_p, index)
            files = storage.read_parquet(fs, ledger)
            is_dup = (pl.col("status") == "ingested") & pl.col("article_id").is_in(drop.implode())
            storage.write_parquet(files.with_columns(
                pl.when(is_dup).then(pl.lit("duplicate")).otherwise(pl.col("status")).alias("status"),
                pl.when(is_dup).then(pl.lit(DUPLICATE_REASON)).otherwise(pl.col("reason")).alias("reason"),
            ), fs, ledger)
        if keep.is_empty():  # an earlier task keeps all of them (a retried task finds the part gone already)
            if fs.get_file_info(part).type != pafs.FileType.NotFound:
                fs.delete_file(part)
            return [(part, 0, drop.len())]
        articles = storage.read_parquet(fs, part)
        kept = articles.filter(pl.col("article_id").is_in(keep.implode()))
        if kept.height < articles.height:
            storage.write_parquet(kept, fs, part, compression="uncompressed")
        stem = part.rsplit("/", 1)[-1].removesuffix(".parquet")
        for name, df in extract_tables(kept.select("article_id", "text")).items():
            storage.write_parquet(df, fs, storage.join(out_p, f"{stem}.{name}.parquet"))
        return [(part, kept.height, articles.height - kept.height)]

    return run


def _task_join_ledgers(ledger_dir: str, path: str):
    """Executor side, one task: the ingest tasks' ledgers, in task order (path order), streamed
    into ``input_files.parquet``; returns the count of files per status."""

    def run(partition):
        import pyarrow.parquet as pq

        fs, ledger_p = storage.resolve(ledger_dir)
        _, p = storage.resolve(path)
        counts: dict[str, int] = {}
        writer = None
        with fs.open_output_stream(p) as fh:
            n_tasks, = partition
            for task in range(n_tasks):
                with fs.open_input_file(ledger_path(ledger_p, task)) as src:
                    table = pq.read_table(src)
                for status, n in pl.from_arrow(table).group_by("status").len().iter_rows():
                    counts[status] = counts.get(status, 0) + n
                if writer is None:
                    writer = pq.ParquetWriter(fh, table.schema, compression="zstd", write_statistics=False)
                writer.write_table(table)
            writer.close()
        return list(counts.items())

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


def ingest_and_extract(raw: str, work: str, extracted: str, master: str = "local[2]",
                       max_bytes: int = MAX_FILE_BYTES, files_per_task: int | None = None, conf: dict | None = None) -> dict:
    """Run ingest and extract on Spark; leave the work location as a local build would (cold).

    ``raw``, ``work`` and ``extracted`` are local paths or object-store URLs (:mod:`etl.storage`);
    ``conf``: Spark settings (``spark.executor.memory``, ``spark.executorEnv.AWS_REGION``, …).
    """
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
    store, ledgers = storage.join(work, "articles"), storage.join(work, LEDGER_DIR)
    store_p, ledgers_p = storage.join(work_p, "articles"), storage.join(work_p, LEDGER_DIR)
    entry_file = storage.join(work, ENTRY_FILE)
    spark = builder.getOrCreate()
    try:
        storage.reset_dir(fs, store_p)
        storage.reset_dir(fs, storage.join(work_p, "extracted"))
        if not entries:
            storage.write_parquet(pl.DataFrame(schema=INPUT_FILES_SCHEMA), fs, storage.join(work_p, "input_files.parquet"))
            return {"files_seen": 0, "articles": 0, "store_parts": 0}
        storage.reset_dir(fs, ledgers_p)
        n_tasks = write_entries(entries, fs, storage.join(work_p, ENTRY_FILE), files_per_task)
        del entries
        try:
            pairs = spark.range(n_tasks, numPartitions=n_tasks).mapInArrow(
                _task_ingest(raw, max_bytes, store, entry_file, ledgers), PAIR_DDL)
            # An article belongs to the first task holding it: that task read its earliest path.
            here = F.col("task") == F.min("task").over(Window.partitionBy("article_id"))
            # Back to one task per ingest task, exactly (a partitioner by task number: hash
            # partitions would put two in one task, adaptive execution would fold small ones).
            results = (pairs.withColumn("here", here).rdd
                       .map(lambda r: (r["task"], (r["article_id"], r["here"], r["store_part"])))
                       .partitionBy(n_tasks, lambda task: task)
                       .mapPartitionsWithIndex(_task_settle_and_extract(work, extracted, ledgers)).collect())
            statuses = dict(spark.sparkContext.parallelize([n_tasks], 1)
                            .mapPartitions(_task_join_ledgers(ledgers, storage.join(work, "input_files.parquet"))).collect())
        finally:
            fs.delete_file(storage.join(work_p, ENTRY_FILE))
            fs.delete_dir(ledgers_p)
        return {"files_seen": sum(statuses.values()), **statuses, "articles": sum(n for _, n, _ in results),
                "store_parts": sum(1 for _, n, _ in results if n), "dropped_copies": sum(d for _, _, d in results)}
    finally:
        spark.stop()

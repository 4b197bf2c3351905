"""The distributed path (Spark, local mode) publishes exactly the tables of the local path.

An optional extra (``make test-extras``). Runs when PySpark and Java are on the machine
(``ETL_WITH_SPARK=1 make test-extras`` installs the ``spark`` extra; CI does so when Java is
present) and says why it is skipped otherwise. With ETL_WITH_SPARK=1 a missing piece is a
failure, not a skip, so CI cannot pass a Spark run without it.
"""

import importlib.util
import os
import shutil

import duckdb
import pytest

from etl import pipeline
from etl.publish import MART_ORDER, VIEWS
from tests.conftest import DATA, SAMPLE_RAW

REQUIRED = os.environ.get("ETL_WITH_SPARK") == "1"


def need(ok: bool, reason: str) -> None:
    if not ok:
        if REQUIRED:
            pytest.fail(f"{reason} (ETL_WITH_SPARK=1: the Spark tests must run)", pytrace=False)
        pytest.skip(reason, allow_module_level=True)


need(importlib.util.find_spec("pyspark") is not None,
     "PySpark is not installed: `pip install '.[spark]'` (or ETL_WITH_SPARK=1 make test-extras) to run the Spark equivalence test")
need(shutil.which("java") is not None, "Java is not installed: Spark needs a JVM (17 or newer)")


def tables(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'main' and table_name != 'build_runs' order by 1").fetchall()]
        # rows in one order: a table promises no physical row order (a delta publish appends)
        return {n: con.execute(f"select * from {n} order by all").fetchall() for n in names}
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("raw", [SAMPLE_RAW, DATA / "devset" / "raw"], ids=["sample", "saudinewsnet-slice"])
def test_spark_engine_publishes_the_same_tables_as_the_local_path(tmp_path, raw):
    local_db, spark_db = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    pipeline.build(raw, tmp_path / "local-work", local_db, incremental=False)
    counts = pipeline.build_distributed(raw, tmp_path / "spark-work", spark_db, "spark", "local[2]")
    assert counts["files_seen"] > 0
    local, spark = tables(local_db), tables(spark_db)
    assert set(local) == set(spark) == set(MART_ORDER) | set(VIEWS)
    for name in local:
        assert spark[name] == local[name], name


@pytest.mark.slow
def test_spark_keeps_one_copy_of_an_article_several_tasks_read_and_the_driver_sees_no_article(tmp_path, monkeypatch):
    """One file per task and every sample file twice (a copy in a subfolder): each copy is
    read by its own task, de-duplication runs on the executors, and the driver reads no
    article and collects one row per store part and per status, not one per file."""
    import polars as pl
    from pyspark.sql.classic.dataframe import DataFrame

    from etl import spark_engine, storage

    raw = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    shutil.copytree(SAMPLE_RAW, raw / "copies")
    monkeypatch.setattr(spark_engine, "FILES_PER_TASK", 1)
    driver_reads, collected = [], []
    monkeypatch.setattr(storage, "read_parquet", lambda *a, **k: driver_reads.append(a) or pytest.fail("the driver read a part"))
    from pyspark import RDD

    for cls in (DataFrame, RDD):
        monkeypatch.setattr(cls, "collect", lambda self, real=cls.collect: collected.append(len(rows := real(self))) or rows)
    monkeypatch.setattr(DataFrame, "toArrow", lambda self: pytest.fail("the driver pulled a whole frame"))
    local_db, spark_db = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    pipeline.build(raw, tmp_path / "local-work", local_db, incremental=False)
    counts = pipeline.build_distributed(raw, tmp_path / "spark-work", spark_db, "spark", "local[2]")
    assert (counts["files_seen"], counts["ingested"], counts["duplicate"], counts["articles"]) == (10, 5, 5, 5)
    assert counts["dropped_copies"] == 5  # each article was written by two tasks
    # a row per store part written (one per task: 10), then a row per status
    assert not driver_reads and collected == [10, 2]
    store = pl.concat(pl.read_parquet(p) for p in (tmp_path / "spark-work" / "articles").glob("*.parquet"))
    assert store.height == store["article_id"].n_unique() == 5
    local, spark = tables(local_db), tables(spark_db)
    assert set(local) == set(spark)
    for name in local:
        assert spark[name] == local[name], name


@pytest.mark.slow
def test_spark_engine_reads_and_writes_an_object_store(tmp_path, s3):
    """--raw and --work as s3:// URLs (a local S3 server): the same tables as a local build,
    and the work location holds the same Parquet layout."""
    bucket = s3.bucket("archive")
    s3.upload(SAMPLE_RAW, f"{bucket}/articles")
    local_db, spark_db = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    pipeline.build(SAMPLE_RAW, tmp_path / "local-work", local_db, incremental=False)
    counts = pipeline.build_distributed(f"{bucket}/articles", f"{bucket}/etl-work", spark_db, "spark", "local[2]")
    assert counts["files_seen"] == len(list(SAMPLE_RAW.iterdir()))
    local, spark = tables(local_db), tables(spark_db)
    for name in local:
        assert spark[name] == local[name], name
    from etl import storage

    fs, work = storage.resolve(f"{bucket}/etl-work")
    assert storage.list_files(fs, f"{work}/articles", ".parquet")
    assert storage.list_files(fs, f"{work}/extracted/{pipeline.fingerprint()}", ".troop_figures.parquet")
    assert not list(tmp_path.glob(".work-copy-*"))  # the local copy for publish is gone


@pytest.fixture
def standalone_cluster(tmp_path):
    """A Spark standalone cluster on this machine: a master and a worker, each its own JVM,
    on 127.0.0.1 and free ports. Yields the master URL."""
    import os
    import signal
    import socket
    import subprocess
    import time

    import pyspark

    def free_port():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    home = os.path.dirname(pyspark.__file__)
    env = {**os.environ, "SPARK_HOME": home, "SPARK_LOCAL_IP": "127.0.0.1", "SPARK_WORKER_DIR": str(tmp_path / "worker")}
    port = free_port()
    url = f"spark://127.0.0.1:{port}"
    cls = os.path.join(home, "bin", "spark-class")
    logs = tmp_path / "master.log"
    procs = [subprocess.Popen([cls, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
                               "--webui-port", str(free_port())], env=env, stdout=open(logs, "w"), stderr=subprocess.STDOUT,
                              start_new_session=True)]
    procs.append(subprocess.Popen([cls, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                                   "--memory", "2g", "--webui-port", str(free_port()), "--work-dir", str(tmp_path / "worker"), url],
                                  env=env, stdout=open(tmp_path / "worker.log", "w"), stderr=subprocess.STDOUT, start_new_session=True))
    try:
        deadline = time.monotonic() + 90
        while "Registering worker" not in logs.read_text(errors="replace"):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                pytest.fail("the standalone Spark cluster did not start:\n" + logs.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield url
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            p.wait(timeout=30)


@pytest.mark.slow
def test_a_standalone_cluster_reads_and_writes_an_object_store(tmp_path, s3, standalone_cluster, monkeypatch):
    """The cluster path: separate master, worker and executor processes, told where Python
    and the object store are through Spark settings, as on a real cluster."""
    import os
    import sys

    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # the executors' Python (with polars and etl)
    bucket = s3.bucket("cluster-archive")
    s3.upload(SAMPLE_RAW, f"{bucket}/articles")
    conf = {f"spark.executorEnv.{k}": v for k, v in os.environ.items() if k.startswith("AWS_")}
    local_db, spark_db = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    pipeline.build(SAMPLE_RAW, tmp_path / "local-work", local_db, incremental=False)
    counts = pipeline.build_distributed(f"{bucket}/articles", f"{bucket}/etl-work", spark_db, "spark", standalone_cluster, conf=conf)
    assert counts["articles"] == 5
    local, spark = tables(local_db), tables(spark_db)
    for name in local:
        assert spark[name] == local[name], name

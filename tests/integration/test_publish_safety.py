"""Publishing keeps its promises to readers and to the file: a killed build leaves the old file,
readers keep their snapshot, two builds never corrupt the file, a rebuild with nothing changed
reads and extracts nothing, and a publish spills beside its output within a memory limit."""

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from etl import pipeline
from etl import publish as publish_mod

from tests.conftest import ROOT, q
from tests.integration.warehouses import assert_same_warehouse, contents


def test_nothing_changed_with_a_reader_open_records_the_run_on_a_copy_and_the_reader_keeps_its_snapshot(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    reader = duckdb.connect(str(db), read_only=True)
    try:
        inode = os.stat(db).st_ino
        assert pipeline.record_unchanged_run(db, raw_copy, __import__("datetime").datetime.now()) == "copy"
        assert os.stat(db).st_ino != inode
        assert reader.execute("select count(*) from build_runs").fetchone() == (1,)
    finally:
        reader.close()
    assert q(db, "select count(*) from build_runs") == [(2,)]
    inode = os.stat(db).st_ino
    assert pipeline.record_unchanged_run(db, raw_copy, __import__("datetime").datetime.now()) == "in place"
    assert os.stat(db).st_ino == inode and q(db, "select count(*) from build_runs") == [(3,)]


def test_nothing_changed_reads_extracts_and_publishes_nothing_and_keeps_the_history(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    parquet = {p: p.stat().st_mtime_ns for p in work.rglob("*.parquet")}
    before = contents(db)
    assert pipeline.build(raw_copy, work, db) == {"unchanged": True}
    assert {p: p.stat().st_mtime_ns for p in work.rglob("*.parquet")} == parquet
    assert contents(db) == before
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]


def test_memory_limit_comes_from_the_machine_or_the_environment(monkeypatch):
    monkeypatch.delenv("ETL_MEMORY_LIMIT", raising=False)
    monkeypatch.setattr(publish_mod, "_machine_memory_mb", lambda: 24000)
    assert publish_mod.memory_limit() == f"{publish_mod.MAX_MEMORY_MB}MB"
    monkeypatch.setattr(publish_mod, "_machine_memory_mb", lambda: 2048)
    assert publish_mod.memory_limit() == "512MB"
    monkeypatch.setattr(publish_mod, "_machine_memory_mb", lambda: 512)
    assert publish_mod.memory_limit() == "256MB"
    monkeypatch.setenv("ETL_MEMORY_LIMIT", "3GB")
    assert publish_mod.memory_limit() == "3GB"


def test_a_publish_spills_beside_the_output_and_cleans_up(tmp_path, raw_copy, monkeypatch):
    seen = {}
    real = publish_mod.configure

    def spy(con, spill):
        real(con, spill)
        seen["dir"], seen["limit"] = spill, con.execute("select current_setting('temp_directory'), current_setting('memory_limit'), "
                                                        "current_setting('preserve_insertion_order')").fetchone()
    monkeypatch.setattr(publish_mod, "configure", spy)
    monkeypatch.setenv("ETL_MEMORY_LIMIT", "300MB")
    db = tmp_path / "out" / "db.duckdb"
    pipeline.build(raw_copy, tmp_path / "work", db)
    temp_dir, limit, order = seen["limit"]
    assert seen["dir"].parent == db.parent and temp_dir == str(seen["dir"])
    assert limit.startswith("286") and order is False  # 300 MB shown in MiB
    assert sorted(p.name for p in db.parent.iterdir()) == [f".{db.name}.lock", db.name]


def test_a_bad_memory_limit_says_how_to_fix_and_leaves_the_file(tmp_path, raw_copy, monkeypatch):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    before = db.read_bytes()
    monkeypatch.setenv("ETL_MEMORY_LIMIT", "lots")
    with pytest.raises(publish_mod.PublishError, match="ETL_MEMORY_LIMIT='lots'.*e.g. 2GB"):
        pipeline.build(raw_copy, work, db, incremental=False)
    assert db.read_bytes() == before


# --- builds in other processes: kill, readers, two at once -------------------------------------

def build_process(raw, work, db, *extra, env=None):
    return subprocess.Popen([sys.executable, "-m", "etl.cli", "build", "--raw", str(raw), "--work", str(work), "--db", str(db), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})


def wait_for_file(folder, prefix, proc, timeout=120):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(p.name.startswith(prefix) for p in folder.iterdir()):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def test_a_build_killed_while_publishing_leaves_the_previous_file_as_it_was(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    before = (os.stat(db).st_ino, db.read_bytes())
    rows = contents(db)
    for extra in ([], ["--full"]):  # a delta on a copy, and a cold publish
        (raw_copy / f"new{len(extra)}.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + f"\nسطر {len(extra)}.",
                                                       encoding="utf-8")
        proc = build_process(raw_copy, work, db, *extra)
        assert wait_for_file(db.parent, f".{db.name}.building-", proc), proc.communicate()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert (os.stat(db).st_ino, db.read_bytes()) == before
        assert contents(db) == rows
    counts = pipeline.build(raw_copy, work, db)  # the next build cleans up and publishes
    assert counts["articles"] == 7
    assert not any(p.name.startswith(f".{db.name}.building-") or ".spill-" in p.name for p in db.parent.iterdir())
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]
    # killed while the spare (the generation before) is brought up to date in place
    spare = publish_mod.spare_path(db)
    before, rows = (os.stat(db).st_ino, db.read_bytes()), contents(db)
    mark = (spare.stat().st_mtime_ns, spare.stat().st_size)
    (raw_copy / "new2.txt").write_text(next(raw_copy.glob("001_*.txt")).read_text(encoding="utf-8") + "\nسطر 2.", encoding="utf-8")
    proc = build_process(raw_copy, work, db)
    end = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < end and (spare.stat().st_mtime_ns, spare.stat().st_size) == mark \
            and not spare.with_name(spare.name + ".wal").exists():
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (os.stat(db).st_ino, db.read_bytes()) == before and contents(db) == rows
    counts = pipeline.build(raw_copy, work, db)
    assert counts["articles"] == 8 and counts["copy"] == "spare in place"
    cold = tmp_path / "cold.duckdb"
    pipeline.build(raw_copy, tmp_path / "cold-work", cold)
    assert_same_warehouse(db, cold)


def test_a_reader_keeps_its_snapshot_during_a_delta_publish_and_a_new_connection_sees_the_new_build(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    reader = duckdb.connect(str(db), read_only=True)
    try:
        (raw_copy / "new.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
        proc = build_process(raw_copy, work, db)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert b"publish_mode delta" in out
        assert reader.execute("select count(*) from articles").fetchone() == (5,)
        assert reader.execute("select count(*) from build_runs").fetchone() == (1,)
        # the file the reader holds is now the spare: the next delta must not write it
        (raw_copy / "new2.txt").write_text(next(raw_copy.glob("001_*.txt")).read_text(encoding="utf-8") + "\nسطر.", encoding="utf-8")
        proc = build_process(raw_copy, work, db)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert b"copy copy" in out.replace(b"\n", b" ")
        assert reader.execute("select count(*) from articles").fetchone() == (5,)
    finally:
        reader.close()
    assert q(db, "select count(*) from articles") == [(7,)]
    assert q(db, "select count(*) from build_runs") == [(3,)]


def test_two_builds_at_once_one_stops_with_a_clear_message_and_the_file_stays_whole(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    (raw_copy / "new.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
    procs = [build_process(raw_copy, work, db) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read().decode() + p.stdout.read().decode()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes[0] == 0, results
    if codes[1] != 0:  # they overlapped: the second stopped at the lock
        assert codes[1] == 75 and any("another build is writing" in text for _, text in results)
    assert q(db, "select count(*) from articles") == [(6,)]
    cold = tmp_path / "cold.duckdb"
    pipeline.build(raw_copy, tmp_path / "cold-work", cold)
    assert_same_warehouse(db, cold)


def test_a_build_failing_after_the_warehouse_copy_started_removes_the_copy_and_leaves_the_file(tmp_path, raw_copy, monkeypatch):
    # The first delta after a cold publish copies the warehouse beside the reading and the
    # extraction; an extraction that fails leaves neither that copy nor a changed warehouse.
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    before, rows = (os.stat(db).st_ino, db.read_bytes()), contents(db)
    started = []
    real_prepare = pipeline.prepare_copy

    def prepare(*args):
        out = real_prepare(*args)
        started.append(out)
        return out

    def broken(*args, **kwargs):
        raise RuntimeError("extraction broke")

    monkeypatch.setattr(pipeline, "prepare_copy", prepare)
    monkeypatch.setattr(pipeline, "extract_part", broken)
    (raw_copy / "new.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + "\nسطر.", encoding="utf-8")
    with pytest.raises(RuntimeError, match="extraction broke"):
        pipeline.build(raw_copy, work, db)
    assert started and started[0] is not None  # the copy was made …
    assert not started[0][0].exists()  # … and removed
    assert not any(p.name.startswith(f".{db.name}.building-") for p in db.parent.iterdir())
    assert (os.stat(db).st_ino, db.read_bytes()) == before and contents(db) == rows

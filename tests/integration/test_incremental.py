"""Publishing keeps its promises while it follows the change: a delta publish equals a cold
one, a killed build leaves the old file, readers keep their snapshot, two builds never
corrupt the file, and a rebuild with nothing changed reads and extracts nothing."""

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


def tables_and_views(db) -> list[str]:
    """Every table and view but build_runs, the internal ones (etl_internal: the sketch index) by their schema."""
    return [r[0] for r in q(db, "select case when table_schema = 'main' then table_name else table_schema || '.' || table_name end "
                                "from information_schema.tables where table_name != 'build_runs' order by 1")]


def contents(db) -> dict[str, list[tuple]]:
    """Every published table and view, rows sorted (a delta publish keeps rows, not their
    physical order: SQL promises no order without ORDER BY)."""
    return {t: q(db, f"select * from {t} order by all") for t in tables_and_views(db)}


def comments(db) -> list[tuple]:
    """The dictionary's comment on every table, view and column (a delta comments only the
    marts it replaces whole: the others must keep theirs)."""
    return (q(db, "select table_name, comment from duckdb_tables() where schema_name = 'main' and database_name = current_database() "
                  "union all select view_name, comment from duckdb_views() where schema_name = 'main' and not internal "
                  "and database_name = current_database() order by all")
            + q(db, "select table_name, column_name, comment from duckdb_columns() where schema_name = 'main' and not internal "
                    "and database_name = current_database() order by all"))


def assert_same_warehouse(a, b) -> None:
    got, want = contents(a), contents(b)
    assert list(got) == list(want)
    for table in want:
        assert got[table] == want[table], table
    assert comments(a) == comments(b)


def near_copy(text: str) -> str:
    """The same story under another headline: shares every body sentence."""
    return "عنوان آخر للخبر نفسه\n\n" + text.split("\n", 1)[1]


def write_manifest(path, raw):
    """A manifest crediting every text file of ``raw`` to one outlet, a day apart."""
    files = sorted(raw.glob("*.txt"))
    path.write_text("file,source,url,date_extracted\n" + "".join(
        f"{p.name},alarabiya,http://www.alarabiya.net/{i},2015-07-2{i} 10:00:00\n" for i, p in enumerate(files)), encoding="utf-8")
    return path


@pytest.mark.slow
def test_delta_publish_equals_a_cold_build_through_adds_changes_deletes_and_story_merges(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "inc.duckdb"
    manifest = write_manifest(tmp_path / "manifest.csv", raw_copy)
    files = sorted(raw_copy.glob("*.txt"))
    pipeline.build(raw_copy, work, db, manifest=manifest)
    steps = [
        lambda: (files[1].write_text(files[1].read_text(encoding="utf-8") + "\nوأعلن الجيش مقتل 3 جنود في هجوم.\n", encoding="utf-8"),
                 (raw_copy / "new.txt").write_text("عنوان\n\nبغداد - رويترز\n\nقالت الشرطة إن 7 أشخاص قتلوا في انفجار سيارة مفخخة وسط المدينة اليوم.", encoding="utf-8"),
                 (raw_copy / "copy-of-4.txt").write_text(near_copy(files[4].read_text(encoding="utf-8")), encoding="utf-8"),
                 (raw_copy / "empty.txt").write_text(""),  # rejected
                 (raw_copy / "zz-same-as-3.txt").write_text(files[3].read_text(encoding="utf-8"), encoding="utf-8")),  # a duplicate
        lambda: (files[2].unlink(), files[3].unlink(),  # the duplicate of 3 becomes its article's file
                 manifest.write_text(manifest.read_text(encoding="utf-8").replace("2015-07-23", "2015-08-30").replace("/0,", "/zero,"),
                                     encoding="utf-8")),
        lambda: (raw_copy / "copy-of-4.txt").rename(raw_copy / "moved-copy.txt"),
        lambda: ((raw_copy / "moved-copy.txt").unlink(), (work / "changes" / "journal.json").unlink()),
    ]
    for i, step in enumerate(steps):
        step()
        counts = pipeline.build(raw_copy, work, db, manifest=manifest)
        if i == 0:  # only the changed and new files are read and extracted
            assert counts["reused_files"] == 4 and counts["extracted_articles"] == 3
        assert counts["publish_mode"] == "delta"
        # only the articles that the changed files and manifest entries can touch are compared,
        # unless the journal of changes is lost (etl/changes.py): then every article is
        assert counts["compared"] == ("every article" if i == 3 else "changed inputs")
        # the first delta works on a copy; then the file the last build replaced (the spare) is
        # brought up to date in place: it lacks this build's changes and the last one's
        assert counts["copy"] == ("copy" if i == 0 else "spare in place")
        cold = tmp_path / f"cold{i}.duckdb"
        pipeline.build(raw_copy, tmp_path / f"cold-work{i}", cold, manifest=manifest)
        assert_same_warehouse(db, cold)
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2, 3, 4, 5]


def test_a_near_copy_joins_the_story_of_the_article_it_copies(tmp_path, raw_copy):
    """The delta re-derives pairs beyond the changed articles: the old article's story moves."""
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    original = next(raw_copy.glob("004_*.txt"))
    (aid,), = q(db, f"select article_id from articles where file_name = '{original.name}'")
    (raw_copy / "zz-copy.txt").write_text(near_copy(original.read_text(encoding="utf-8")), encoding="utf-8")
    assert pipeline.build(raw_copy, work, db)["publish_mode"] == "delta"
    (copy_id,), = q(db, "select article_id from articles where file_name = 'zz-copy.txt'")
    story = min(aid, copy_id)
    assert q(db, "select article_a, article_b from article_pairs") == [tuple(sorted((aid, copy_id)))]
    assert set(q(db, f"select distinct story_id from attack_counts where article_id = '{aid}'")) == {(story,)}
    assert q(db, f"select articles from stories where story_id = '{story}'") == [(2,)]


def test_a_warehouse_from_other_sql_is_built_cold(tmp_path, raw_copy, monkeypatch):
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    pipeline.build(raw_copy, work, db)
    (raw_copy / "new.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
    monkeypatch.setattr(pipeline, "publish_key", lambda storage_version="": "other-sql")
    assert pipeline.build(raw_copy, work, db)["publish_mode"] == "cold"
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]


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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_delta_equals_cold_on_the_development_set_with_many_changes_at_once(tmp_path):
    """Two days of changes on 225 articles (the spare is two builds behind the second time)."""
    import shutil

    from tests.conftest import DATA

    raw = tmp_path / "raw"
    shutil.copytree(DATA / "devset" / "raw", raw)
    work, db = tmp_path / "work", tmp_path / "inc.duckdb"
    pipeline.build(raw, work, db)
    files = sorted(raw.glob("*.txt"))
    for day in range(2):
        for p in files[day * 40:day * 40 + 4]:
            p.unlink(missing_ok=True)
        for k, p in enumerate(files[100 + day * 10:103 + day * 10]):
            (raw / f"copy-{day}-{k}.txt").write_text(near_copy(p.read_text(encoding="utf-8")), encoding="utf-8")
        for p in files[150 + day:152 + day]:
            p.write_text(p.read_text(encoding="utf-8") + f"\nوقال مسؤول إن {4 + day} جنود قتلوا في هجوم.\n", encoding="utf-8")
        assert pipeline.build(raw, work, db)["publish_mode"] == "delta"
    cold = tmp_path / "cold.duckdb"
    pipeline.build(raw, tmp_path / "cold-work", cold)
    assert q(db, "select count(*) from article_pairs") == q(cold, "select count(*) from article_pairs") != [(0,)]
    assert_same_warehouse(db, cold)


@pytest.mark.slow
def test_a_sentence_that_becomes_boilerplate_changes_the_pairs_of_old_articles_as_in_a_cold_build(tmp_path):
    """20 articles share a footer (counted in pairs); a 21st makes it boilerplate (more than
    BOILERPLATE_ARTICLES articles), so the pairs of two untouched articles change."""
    raw = tmp_path / "raw"
    raw.mkdir()
    footer = "وللمزيد من الأخبار والتقارير يرجى متابعة موقعنا الإلكتروني على مدار الساعة يوميا."
    shared = ["وقالت مصادر محلية إن اشتباكات عنيفة اندلعت صباح اليوم في أطراف المدينة الشمالية.",
              "وأضافت المصادر أن الاشتباكات استمرت عدة ساعات قبل أن تتدخل قوات الأمن للفصل بين الطرفين.",
              "وأعلنت السلطات المحلية حظر التجول في الأحياء المتضررة حتى إشعار آخر حفاظا على الأمن."]
    word = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي"]

    def article(i: int, body: list[str]) -> str:
        own = [f"هذا هو الخبر {word[i % 11]} من المجموعة {word[i // 11]} ويتناول شأنا محليا يخص سكان الحي {word[i % 11]}."]
        return f"أخبار الحي {word[i % 11]}\n\nالرياض - واس\n\n" + " ".join(own + body + [footer]) + "\n"

    (raw / "a.txt").write_text(article(0, shared), encoding="utf-8")
    (raw / "b.txt").write_text(article(1, shared[:2]), encoding="utf-8")
    for i in range(2, 20):
        (raw / f"f{i:02d}.txt").write_text(article(i, []), encoding="utf-8")
    work, db = tmp_path / "work", tmp_path / "inc.duckdb"
    pipeline.build(raw, work, db)
    before = q(db, "select shared_hashes, similarity from article_pairs")
    (raw / "f20.txt").write_text(article(20, []), encoding="utf-8")
    assert pipeline.build(raw, work, db)["publish_mode"] == "delta"
    cold = tmp_path / "cold.duckdb"
    pipeline.build(raw, tmp_path / "cold-work", cold)
    assert q(cold, "select shared_hashes, similarity from article_pairs") != before  # the footer no longer counts
    assert_same_warehouse(db, cold)


def test_an_unchanged_manifest_is_not_read_again_and_a_changed_one_is(tmp_path, raw_copy, monkeypatch):
    """A daily build reuses the work folder's normalised manifest when the manifest's bytes (and
    the code that reads it) are the same; an edited manifest is read and published."""
    work, db = tmp_path / "work", tmp_path / "db.duckdb"
    manifest = write_manifest(tmp_path / "manifest.csv", raw_copy)
    files = sorted(raw_copy.glob("*.txt"))
    pipeline.build(raw_copy, work, db, manifest=manifest)
    reads = []
    read = pipeline.read_manifest
    monkeypatch.setattr(pipeline, "read_manifest", lambda path: reads.append(path) or read(path))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nوقال مسؤول إن 5 جنود قتلوا.\n", encoding="utf-8")
    counts = pipeline.build(raw_copy, work, db, manifest=manifest)
    assert reads == [] and counts["publish_mode"] == "delta" and counts["manifest_entries"] == len(files)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("alarabiya.net/0,", "alarabiya.net/zero,"), encoding="utf-8")
    pipeline.build(raw_copy, work, db, manifest=manifest)
    assert reads == [manifest]
    assert q(db, f"select url from articles where file_name = '{files[0].name}'") == [("http://www.alarabiya.net/zero",)]


def test_recording_an_unchanged_run_rewrites_no_table(tmp_path):
    """The run is recorded in the file attached as it was written (row groups of
    ROW_GROUP_SIZE): opened with DuckDB's defaults, the checkpoint after the one-row insert merged
    every table's row groups, rewriting the whole warehouse (45 s of CPU and twice the file at x33)."""
    from datetime import datetime

    db = tmp_path / "db.duckdb"
    con = duckdb.connect()
    con.execute(f"attach '{db}' as w ({publish_mod.attach_options()})")
    con.execute("use w")
    con.execute("create table big as select i, md5(i::varchar) as s from range(200000) as t(i)")
    con.execute("""create table build_runs (run_id integer, started_at timestamp, finished_at timestamp, raw_dir varchar,
                   files_seen bigint, ingested bigint, duplicates bigint, rejected bigint, articles bigint, troop_figures bigint,
                   attack_counts bigint, reused_files bigint, code_version varchar)""")
    con.execute("insert into build_runs values (1, now(), now(), 'raw', 1, 1, 0, 0, 1, 0, 0, 0, 'etl')")
    con.execute("checkpoint")
    con.close()
    groups = "select count(distinct row_group_id) from pragma_storage_info('big')"
    before, size = q(db, groups), db.stat().st_size
    assert before[0][0] > 10  # 200,000 rows in groups of 16,384
    assert pipeline.record_unchanged_run(db, tmp_path, datetime.now()) == "in place"
    assert q(db, groups) == before and db.stat().st_size < 1.2 * size
    assert q(db, "select run_id from build_runs order by 1") == [(1,), (2,)]

"""Publishing follows the change: a delta publish equals a cold one (adds, changes, deletes, story
merges, boilerplate crossing, manifests), and a warehouse from other SQL is built cold. The
promises to readers and to a killed or concurrent build are in test_publish_safety.py."""

import duckdb
import pytest

from etl import pipeline
from etl import publish as publish_mod

from tests.conftest import q
from tests.integration.warehouses import assert_same_warehouse, near_copy, write_manifest


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


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.slow
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

"""What a delta publish looks at: the journal of changed inputs (etl/changes.py), the
duplicates settled again only where a file changed, and the manifest entries that differ."""

from datetime import date

import polars as pl

from etl import changes
from etl.ingest import INPUT_FILES_SCHEMA, mark_duplicates
from etl.manifest import MANIFEST_SCHEMA
from etl.pipeline import settle_duplicates
from etl.publish import manifest_changes


def paths(*keys):
    return changes.keys_frame(changes.PATH, list(keys))


def keys_of(frame):
    return sorted(frame["key"].to_list())


def test_a_file_gets_the_changes_after_the_publish_it_holds_and_the_pending_ones(tmp_path):
    changes.record_publish(tmp_path, "1|a", cold=True)
    changes.add_pending(tmp_path, paths("x.txt"))
    changes.record_publish(tmp_path, "2|b", cold=False)
    changes.add_pending(tmp_path, paths("y.txt", "x.txt"))
    # the spare (publish 1) needs both builds' changes; the warehouse (publish 2) only the pending ones
    assert keys_of(changes.changed_since(tmp_path, {"1|a"})) == ["x.txt", "y.txt"]
    assert keys_of(changes.changed_since(tmp_path, {"1|a", "2|b"})) == ["x.txt", "y.txt"]
    changes.record_publish(tmp_path, "3|c", cold=False)
    assert keys_of(changes.changed_since(tmp_path, {"2|b"})) == ["x.txt", "y.txt"]
    assert keys_of(changes.changed_since(tmp_path, {"3|c"})) == []


def test_a_file_the_journal_does_not_know_is_compared_whole(tmp_path):
    changes.record_publish(tmp_path, "1|a", cold=True)
    changes.add_pending(tmp_path, paths("x.txt"))
    # a build killed after its rename, before its journal entry: its file is unknown...
    assert changes.changed_since(tmp_path, {"1|a", "2|killed"}) is not None
    assert changes.changed_since(tmp_path, {"2|other"}) is None
    # ... and the spare it left (publish 1) still gets the pending changes of the killed build
    assert keys_of(changes.changed_since(tmp_path, {"1|a"})) == ["x.txt"]


def test_a_cold_publish_starts_the_journal_again_and_forgets_what_came_before(tmp_path):
    changes.record_publish(tmp_path, "1|a", cold=True)
    changes.add_pending(tmp_path, paths("x.txt"))
    changes.record_publish(tmp_path, "2|b", cold=True)
    assert changes.changed_since(tmp_path, {"1|a"}) is None
    assert keys_of(changes.changed_since(tmp_path, {"2|b"})) == []


def test_the_journal_keeps_its_last_publishes_only(tmp_path):
    changes.record_publish(tmp_path, "0|a", cold=True)
    for i in range(1, changes.KEEP + 2):
        changes.add_pending(tmp_path, paths(f"f{i}.txt"))
        changes.record_publish(tmp_path, f"{i}|b", cold=False)
    assert changes.changed_since(tmp_path, {"0|a"}) is None and changes.changed_since(tmp_path, {"1|b"}) is None
    assert keys_of(changes.changed_since(tmp_path, {"2|b"})) == [f"f{i}.txt" for i in range(3, changes.KEEP + 2)]
    assert keys_of(changes.changed_since(tmp_path, {f"{changes.KEEP}|b"})) == [f"f{changes.KEEP + 1}.txt"]
    assert len(list((tmp_path / changes.CHANGES).glob("*.parquet"))) == changes.KEEP  # one per remembered publish


def test_an_unreadable_record_means_unknown_not_nothing_changed(tmp_path):
    changes.record_publish(tmp_path, "1|a", cold=True)
    changes.add_pending(tmp_path, paths("x.txt"))
    (tmp_path / changes.CHANGES / changes.PENDING).write_bytes(b"torn")
    assert changes.changed_since(tmp_path, {"1|a"}) is None
    changes.add_pending(tmp_path, paths("y.txt"))  # an unreadable pending record forgets the journal
    assert changes.changed_since(tmp_path, {"1|a"}) is None


def ledger(rows):
    """Ledger rows (path, article, status, reason), the rest left empty."""
    return pl.DataFrame([{**{k: None for k in INPUT_FILES_SCHEMA}, "source_path": p, "article_id": a, "status": s, "reason": r,
                          "replaced_bytes": 0} for p, a, s, r in rows], schema=INPUT_FILES_SCHEMA)


def test_duplicates_are_settled_again_only_for_articles_whose_files_changed():
    # a.txt (the first file of article A) is gone; b.txt, its duplicate, becomes the article's file
    files = ledger([("b.txt", "A", "duplicate", "same text as an earlier file"), ("c.txt", "A", "duplicate", "same text as an earlier file"),
                    ("d.txt", "B", "ingested", None), ("e.txt", None, "rejected", "empty")])
    settled, moved = settle_duplicates(files, pl.Series(["A"]))
    assert settled.select("source_path", "status").rows() == [("b.txt", "ingested"), ("c.txt", "duplicate"), ("d.txt", "ingested"),
                                                              ("e.txt", "rejected")]
    assert moved.to_list() == ["b.txt"]
    assert settled.filter(pl.col("source_path") == "b.txt")["reason"].to_list() == [None]


def test_settling_the_changed_articles_gives_what_marking_every_file_gives():
    before = mark_duplicates(ledger([(f"{i:02d}.txt", "ABC"[i % 3], "ingested", None) for i in range(9)]))
    # 00.txt and 04.txt are gone, 09.txt (article A) is new
    after = pl.concat([before.filter(~pl.col("source_path").is_in(["00.txt", "04.txt"])), ledger([("09.txt", "A", "ingested", None)])])
    settled, moved = settle_duplicates(after.sort("source_path"), pl.Series(["A", "B"]))
    fresh = mark_duplicates(after.with_columns(status=pl.lit("ingested"), reason=pl.lit(None, pl.Utf8))).sort("source_path")
    assert settled.rows() == fresh.rows()
    # 03.txt is now article A's first file; the new 09.txt a duplicate; B's first file (01.txt) stays
    assert sorted(moved.to_list()) == ["03.txt", "09.txt"]


def manifest(rows):
    return pl.DataFrame([dict(zip(("file", "url", "manifest_date"), r)) for r in rows],
                        schema={k: v for k, v in MANIFEST_SCHEMA.items() if k in ("file", "url", "manifest_date")}).with_columns(
        *(pl.lit(None, t).alias(k) for k, t in MANIFEST_SCHEMA.items() if k not in ("file", "url", "manifest_date")))


def test_manifest_changes_are_the_entries_added_removed_or_changed():
    old = manifest([("a.txt", "u1", date(2015, 7, 1)), ("b.txt", "u2", None), ("c.txt", "u3", date(2015, 7, 3))])
    new = manifest([("a.txt", "u1", date(2015, 7, 1)), ("b.txt", "u2", date(2015, 7, 2)), ("d.txt", "u4", None)])
    assert sorted(manifest_changes(old, new).to_list()) == ["b.txt", "c.txt", "d.txt"]
    assert manifest_changes(new, new).to_list() == []

"""etl/prescan.py: the raw folder listed by find from the command's start stands for the
Python scan only when the two are the same frame; otherwise the build scans in Python."""

import os

import polars as pl
import pytest

from etl import pipeline, prescan
from etl.ingest import scan_files



def _folder(root):
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("مقال أول.", encoding="utf-8")
    (root / "sub" / "b.text").write_text("مقال ثان.", encoding="utf-8")
    (root / "sub" / "deeper" / "c").write_text("مقال ثالث.", encoding="utf-8")
    (root / "notes.csv").write_text("file\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    os.utime(root / "a.txt", ns=(1_700_000_000_123_456_789, 1_700_000_000_123_456_789))
    return root


def _listed(raw):
    prescan.start(raw)
    return prescan.take(raw)


@pytest.mark.parametrize("argv, raw", [
    (["etl", "build", "--raw", "in", "--db", "x.duckdb"], "in"),
    (["etl", "build", "--raw=in"], "in"),
    (["etl", "build"], "data/raw"),
    (["etl", "build", "--raw", "in", "--engine", "local"], "in"),
])
def test_a_local_build_command_names_the_folder_to_list(argv, raw):
    assert prescan.raw_of(argv) == raw


@pytest.mark.parametrize("argv", [
    ["etl"], ["etl", "query", "select 1"], ["etl", "ingest", "--raw", "in"],
    ["etl", "build", "--raw", "s3://bucket/in", "--engine", "spark"], ["etl", "build", "--engine=spark"],
])
def test_other_commands_list_nothing(argv):
    assert prescan.raw_of(argv) is None


def test_the_find_listing_is_the_python_scan(tmp_path):
    raw = _folder(tmp_path / "raw")
    listed = _listed(raw)
    assert listed is not None
    assert listed.schema == scan_files(raw, ordered=False).schema
    assert listed.sort("source_path").equals(scan_files(raw))
    assert listed.filter(pl.col("source_path") == "a.txt")["mtime_ns"].item() == 1_700_000_000_123_456_789


@pytest.mark.parametrize("odd", ["symlink", "hidden folder"])
def test_an_entry_for_the_per_entry_rules_leaves_the_listing_to_python(tmp_path, odd):
    raw = _folder(tmp_path / "raw")
    if odd == "symlink":
        (raw / "link.txt").symlink_to(raw / "a.txt")
    else:
        (raw / ".git").mkdir()
        (raw / ".git" / "x.txt").write_text("مقال.", encoding="utf-8")
    assert _listed(raw) is None


def test_only_the_folder_started_is_taken_and_only_once(tmp_path):
    raw, other = _folder(tmp_path / "raw"), _folder(tmp_path / "other")
    prescan.start(raw)
    assert prescan.take(other) is None
    assert prescan.take(raw) is not None
    assert prescan.take(raw) is None


@pytest.mark.parametrize("mtime", ["1700000000.123456", "-5.0000000000", "1700000000"])
def test_a_time_without_nanoseconds_is_not_trusted(mtime):
    assert prescan.parse(f"f/3/{mtime}/a.txt/a.txt\0".encode(), "/r") is None


def test_a_build_from_the_find_listing_is_unchanged_for_the_python_scan(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "out.duckdb"
    prescan.start(raw_copy)
    first = pipeline.build(raw_copy, work, db)
    assert not first.get("unchanged") and first["files_seen"] == scan_files(raw_copy).height
    assert pipeline.build(raw_copy, work, db) == {"unchanged": True}  # the Python scan's signature matches
    (raw_copy / "new.txt").write_text("قال مسؤولون إن 40 جنديا وصلوا أمس إلى القاعدة.", encoding="utf-8")
    prescan.start(raw_copy)
    assert pipeline.build(raw_copy, work, db)["files_seen"] == first["files_seen"] + 1
    prescan.start(raw_copy)
    assert pipeline.build(raw_copy, work, db) == {"unchanged": True}


def test_a_listing_parsed_in_small_pieces_is_the_same(tmp_path, monkeypatch):
    raw = _folder(tmp_path / "raw")
    monkeypatch.setattr(prescan, "CHUNK_BYTES", 40)  # shorter than a record: one record per piece
    assert _listed(raw).sort("source_path").equals(scan_files(raw))


def test_a_name_that_is_not_utf8_leaves_the_listing_to_python(tmp_path):
    raw = _folder(tmp_path / "raw")
    (raw / "bad-\udcff.txt".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")).write_text("x", encoding="utf-8")
    assert _listed(raw) is None

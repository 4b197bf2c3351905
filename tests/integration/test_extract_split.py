"""A store part extracted alone and large enough (a daily increment's) is extracted as two halves
in two processes: the same tables, row for row, as in one; a child that dies fails the build and
leaves no extraction of the part."""

import shutil
import sys

import polars as pl
import pytest

from etl import pipeline
from tests.conftest import DATA, SAMPLE_RAW


@pytest.fixture
def work(tmp_path):
    """A work folder holding one store part of 45 articles (40 development ones and the sample)."""
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    for p in sorted((DATA / "devset" / "raw").glob("*.txt"))[:40]:
        shutil.copy(p, raw / p.name)
    work = tmp_path / "work"
    pipeline.ingest(raw, work)
    assert len(pipeline.ArticleStore(work).parts()) == 1
    return work


def extracted(work) -> dict[str, pl.DataFrame]:
    out = pipeline._extracted_dir(work)
    return {p.name: pl.read_parquet(p) for p in sorted(out.glob("part-*.parquet"))}


def test_a_part_extracted_in_two_processes_has_the_rows_of_one_in_the_same_order(work, monkeypatch):
    monkeypatch.setattr(pipeline, "SPLIT_ARTICLES", 10**9)
    pipeline.extract(work, incremental=False)
    one = extracted(work)
    assert len(one) == len(pipeline.EXTRACT_TABLES)
    calls = []
    real = pipeline.extract_halves
    monkeypatch.setattr(pipeline, "extract_halves", lambda *a: calls.append(a) or real(*a))
    monkeypatch.setattr(pipeline, "SPLIT_ARTICLES", 2)
    for children in (1, 2):  # the other half in the build's process, or both in children
        monkeypatch.setattr(pipeline, "SPLIT_CHILDREN", children)
        pipeline.extract(work, incremental=False)
        two = extracted(work)
        assert list(two) == list(one)
        for name, frame in one.items():
            assert frame.height and two[name].equals(frame), name
    assert len(calls) == 2


def test_a_child_that_dies_fails_the_extraction_and_leaves_no_part(work, monkeypatch, tmp_path):
    killed = tmp_path / "killed.sh"  # stands for the interpreter: the child is killed at once
    killed.write_text("#!/bin/sh\nkill -9 $$\n")
    killed.chmod(0o755)
    monkeypatch.setattr(pipeline, "SPLIT_ARTICLES", 2)
    monkeypatch.setattr(sys, "executable", str(killed))
    with pytest.raises(RuntimeError, match="child process extracting half of it exited with code -9"):
        pipeline.extract(work, incremental=False)
    assert extracted(work) == {}

"""The gazetteer is built once per extraction fingerprint and kept in the work folder and in the
user's cache, so a cold build in a new work folder (a test, a new archive) reads it instead of
paying about 5 s of CPU to parse GeoNames' JSON again."""

import os
from pathlib import Path

import polars as pl
import pytest

from etl import gazetteer, pipeline

SMALL = pl.DataFrame({"name_norm": ["بغداد"], "place_id": ["gn:98182"], "country": ["IQ"]})


@pytest.fixture
def builds(monkeypatch):
    """Count the builds; each returns a small stand-in frame."""
    calls = []

    def fake_memory():
        calls.append(1)
        return SMALL

    monkeypatch.setattr(gazetteer, "_memory", fake_memory)
    return calls


def test_a_second_work_folder_reads_the_shared_gazetteer_instead_of_building_it(tmp_path, builds):
    shared = tmp_path / "user-cache" / "gazetteer" / "fp1.parquet"
    first = gazetteer.load(tmp_path / "work1" / "gazetteer.parquet", shared=shared)
    assert builds == [1] and shared.exists() and (tmp_path / "work1" / "gazetteer.parquet").exists()
    second = gazetteer.load(tmp_path / "work2" / "gazetteer.parquet", shared=shared)
    assert builds == [1], "built again although the user's cache held it"
    assert second.equals(first) and (tmp_path / "work2" / "gazetteer.parquet").exists()


def test_the_work_folders_own_copy_comes_first(tmp_path, builds):
    cache = tmp_path / "work" / "gazetteer.parquet"
    gazetteer.load(cache, shared=tmp_path / "shared.parquet")
    (tmp_path / "shared.parquet").write_bytes(b"torn")
    assert gazetteer.load(cache, shared=tmp_path / "shared.parquet").equals(SMALL)
    assert builds == [1]


def test_a_torn_shared_file_is_built_again_and_replaced(tmp_path, builds):
    shared = tmp_path / "gazetteer" / "fp.parquet"
    shared.parent.mkdir()
    shared.write_bytes(b"PAR1 torn by a killed build")
    assert gazetteer.load(tmp_path / "work" / "gazetteer.parquet", shared=shared).equals(SMALL)
    assert builds == [1] and pl.read_parquet(shared).equals(SMALL)


def test_a_user_cache_that_cannot_be_written_costs_a_build_not_the_build(tmp_path, builds):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    out = gazetteer.load(tmp_path / "work" / "gazetteer.parquet", shared=blocker / "gazetteer" / "fp.parquet")
    assert out.equals(SMALL) and (tmp_path / "work" / "gazetteer.parquet").exists()


def test_the_user_cache_keeps_the_newest_gazetteers_only(tmp_path, builds):
    folder = tmp_path / "gazetteer"
    for i in range(gazetteer.SHARED_KEEP + 3):
        gazetteer.load(None, shared=folder / f"fp{i:02d}.parquet")
        os.utime(folder / f"fp{i:02d}.parquet", (1_000_000 + i, 1_000_000 + i))  # one second apart: a clear order
    kept = sorted(p.name for p in folder.glob("*.parquet"))
    assert len(kept) == gazetteer.SHARED_KEEP and kept[-1] == f"fp{gazetteer.SHARED_KEEP + 2:02d}.parquet"
    assert not list(folder.glob(".*")), "a temporary file was left behind"


def test_the_shared_gazetteer_is_named_by_the_extraction_fingerprint_in_etl_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_CACHE_DIR", str(tmp_path))
    out = Path("work") / "extracted" / pipeline.fingerprint()
    assert pipeline.shared_gazetteer(out) == tmp_path / "gazetteer" / f"{pipeline.fingerprint()}.parquet"

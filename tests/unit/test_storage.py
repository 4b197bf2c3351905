"""Object-store locations (etl.storage) against a local S3 server: listing, reading and the
publish copy behave as they do for a local folder."""

import polars as pl
import pytest

from etl import ingest, storage
from tests.conftest import SAMPLE_RAW


@pytest.fixture
def tree(tmp_path):
    """A raw folder with articles in a subfolder, a hidden file and a non-article file."""
    raw = tmp_path / "raw"
    (raw / "2015" / "may").mkdir(parents=True)
    for i, src in enumerate(sorted(SAMPLE_RAW.glob("*.txt"))[:3]):
        (raw / "2015" / "may" / f"a{i}.txt").write_bytes(src.read_bytes())
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    (raw / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (raw / "cp1256.txt").write_bytes("قتل 5 جنود في هجوم على مدينة الرمادي غرب بغداد".encode("cp1256"))
    return raw


@pytest.mark.parametrize("url", [False, True], ids=["local", "file-url"])
def test_locations_resolve_to_the_same_files(tree, url):
    location = tree.as_uri() if url else str(tree)
    fs, root = storage.resolve(location)
    assert fs.get_file_info(storage.join(root, "cp1256.txt")).size == (tree / "cp1256.txt").stat().st_size


def test_listing_an_object_store_records_what_local_discovery_records(s3, tree):
    url = s3.bucket("listing") + "/raw"
    s3.upload(tree, url)
    remote = storage.discover(url)
    local = ingest.discover(tree)
    assert [(r, s) for r, _p, s, *_ in remote] == [(r, s) for r, _p, s in local]
    sizes = {r: size for r, _p, s, size, _m in remote if s is None}
    assert sizes == {r: (tree / r).stat().st_size for r, _p, s in local if s is None}


def test_reading_from_an_object_store_gives_the_rows_and_texts_of_a_local_read(s3, tree):
    url = s3.bucket("reading") + "/raw"
    s3.upload(tree, url)
    fs, _ = storage.resolve(url)
    rows, texts, _ = ingest.read_batch(storage.discover(url), 10**6, {}, set(), fs=fs)
    local_rows, local_texts, _ = ingest.read_batch(ingest.discover(tree), 10**6, {}, set())
    drop = lambda r: {k: v for k, v in r.items() if k != "mtime_ns"}
    assert [drop(r) for r in rows] == [drop(r) for r in local_rows]
    assert texts.to_list() == local_texts.to_list()
    assert any(r["encoding"] == "windows-1256" for r in rows)


def test_a_missing_location_says_so(s3):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        storage.discover(s3.bucket("empty-bucket") + "/no/such/prefix")


def test_a_remote_work_folder_is_copied_locally_for_publish(s3, tmp_path):
    work = s3.bucket("work") + "/w"
    fs, work_p = storage.resolve(work)
    df = pl.DataFrame({"article_id": ["a", "b"], "text": ["نص", "نص آخر"]})
    storage.write_parquet(df, fs, f"{work_p}/input_files.parquet")
    storage.write_parquet(df, fs, f"{work_p}/articles/part-1.parquet")
    storage.write_parquet(df, fs, f"{work_p}/extracted/abc/part-1.article_fields.parquet")
    with storage.local_copy(work, f"{work}/extracted/abc", tmp_path / "out") as (local_work, local_extracted):
        assert pl.read_parquet(local_work / "articles" / "part-1.parquet").equals(df)
        assert (local_extracted / "part-1.article_fields.parquet").exists()
        assert local_extracted.parent.parent == local_work
    assert not local_work.exists()  # the copy is temporary


def test_publishing_a_remote_folder_without_a_build_says_what_to_run(s3, tmp_path):
    work = s3.bucket("nothing-built") + "/w"
    with pytest.raises(FileNotFoundError, match="run `etl build --engine spark"):
        with storage.local_copy(work, f"{work}/extracted/abc", tmp_path):
            pass

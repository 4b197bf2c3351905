"""Where the distributed engine's files live: a local folder or an object-store URL.

``s3://bucket/prefix``, ``gs://…``, ``abfs://…``, ``hdfs://…`` and ``file://…`` go through
``pyarrow.fs`` (credentials and endpoints from the usual environment: ``AWS_*``,
``GOOGLE_APPLICATION_CREDENTIALS``, …); anything else is a local path. Only the Spark
engine reads and writes object stores. ``etl publish`` copies a remote work folder to a
local one first, so DuckDB never needs a network extension.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from .ingest import ARTICLE_EXTENSIONS

if TYPE_CHECKING:
    from pyarrow import fs as pafs


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def resolve(location: str | Path) -> tuple[pafs.FileSystem, str]:
    """A location → (filesystem, path inside it)."""
    from pyarrow import fs as pafs  # imported when used: it costs 0.1 s at start-up

    if is_url(location):
        fs, path = pafs.FileSystem.from_uri(str(location))
        return fs, path.rstrip("/")
    return pafs.LocalFileSystem(), str(Path(location).resolve())


def join(location: str, *parts: str) -> str:
    """``location/part/…`` for URLs and local paths alike."""
    return "/".join([str(location).rstrip("/"), *parts])


def discover(raw: str) -> list[tuple]:
    """Every file under ``raw`` as ``(rel, path, skip, size, mtime_ns)``, sorted by ``rel``: the
    remote twin of :func:`etl.ingest.discover` (hidden and non-article files are recorded
    with their reason and not read; object stores have no symlinks)."""
    from pyarrow import fs as pafs  # imported when used: it costs 0.1 s at start-up

    fs, root = resolve(raw)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        raise FileNotFoundError(f"raw location {raw} does not exist: pass --raw with your articles (plain .txt files).")
    found = []
    for f in fs.get_file_info(pafs.FileSelector(root, recursive=True)):
        if f.type != pafs.FileType.File:
            continue
        rel = f.path[len(root):].lstrip("/")
        if any(part.startswith(".") for part in rel.split("/")):
            found.append((rel, None, "hidden", None, None))
        elif os.path.splitext(rel)[1].lower() not in ARTICLE_EXTENSIONS:
            found.append((rel, None, "not_an_article_file (only .txt, .text or no extension are read)", None, None))
        else:
            found.append((rel, f.path, None, f.size, f.mtime_ns))
    return sorted(found, key=lambda e: e[0])


def write_parquet(df: pl.DataFrame, fs: pafs.FileSystem, path: str, compression: str = "zstd") -> None:
    """Write one Parquet file. (Object stores publish an object only when it is complete.)"""
    fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path) as fh:
        df.write_parquet(fh, compression=compression, statistics=False)


def read_parquet(fs: pafs.FileSystem, path: str, columns: list[str] | None = None) -> pl.DataFrame:
    with fs.open_input_file(path) as fh:
        return pl.read_parquet(fh, columns=columns)


def list_files(fs: pafs.FileSystem, folder: str, suffix: str = "") -> list[str]:
    """Paths of the files directly in ``folder`` whose names end with ``suffix``, sorted."""
    from pyarrow import fs as pafs  # imported when used: it costs 0.1 s at start-up

    if fs.get_file_info(folder).type == pafs.FileType.NotFound:
        return []
    infos = fs.get_file_info(pafs.FileSelector(folder, recursive=False))
    return sorted(i.path for i in infos if i.type == pafs.FileType.File and i.base_name.endswith(suffix))


def reset_dir(fs: pafs.FileSystem, folder: str) -> None:
    """An empty ``folder`` (created, or emptied)."""
    from pyarrow import fs as pafs  # imported when used: it costs 0.1 s at start-up

    if fs.get_file_info(folder).type != pafs.FileType.NotFound:
        fs.delete_dir_contents(folder)
    fs.create_dir(folder, recursive=True)


@contextmanager
def local_copy(work: str, extracted: str, near: Path):
    """A remote work folder copied into a temporary local folder beside ``near`` (what
    publish reads): ``input_files.parquet``, the article store and one extraction. Yields
    ``(local work, local extraction)``; the copy is removed afterwards."""
    from pyarrow import fs as pafs  # imported when used: it costs 0.1 s at start-up

    fs, work_p = resolve(work)
    _, extracted_p = resolve(extracted)
    if fs.get_file_info(join(work_p, "input_files.parquet")).type == pafs.FileType.NotFound:
        raise FileNotFoundError(f"{work} holds no input_files.parquet: run `etl build --engine spark --work {work}` first.")
    if not list_files(fs, extracted_p, ".parquet"):
        raise FileNotFoundError(f"no extraction for the current rules in {extracted}: run `etl build --engine spark` again.")
    near.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".work-copy-", dir=near))
    try:
        local = pafs.LocalFileSystem()
        (tmp / "articles").mkdir()
        local_extracted = tmp / "extracted" / extracted_p.rsplit("/", 1)[-1]
        local_extracted.mkdir(parents=True)
        pafs.copy_files(join(work_p, "input_files.parquet"), str(tmp / "input_files.parquet"),
                        source_filesystem=fs, destination_filesystem=local)
        for src, dst in ((join(work_p, "articles"), tmp / "articles"), (extracted_p, local_extracted)):
            if list_files(fs, src):
                pafs.copy_files(src, str(dst), source_filesystem=fs, destination_filesystem=local)
        yield tmp, local_extracted
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

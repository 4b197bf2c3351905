"""The stages wired to files: each reads and writes Parquet in the work folder.

Stage, function, Parquet file and table share one name: ``ingest`` writes
``input_files`` and ``articles``; ``extract`` writes ``article_fields``,
``troop_figures``, ``attack_counts``, ``cited_sources``, ``date_mentions``;
``publish`` turns them into the DuckDB database.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from . import __version__
from .extract import extract as extract_tables
from .ingest import MAX_FILE_BYTES
from .ingest import ingest as ingest_files
from .publish import publish as publish_db
from .reference import REPO_ROOT, reference_fingerprint

EXTRACT_TABLES = ("article_fields", "troop_figures", "attack_counts", "cited_sources", "date_mentions")


class BuildLocked(RuntimeError):
    """Another build holds the lock on this output."""


def code_version() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"etl {__version__}" + (f" ({sha})" if sha else "") + f" ref {reference_fingerprint()}"


@contextmanager
def build_lock(db: Path):
    """Exclusive lock per output database: a second build stops with a clear message."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db.with_name(f".{db.name}.lock")
    fh = open(lock_path, "w")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build is writing {db} (lock {lock_path}); wait for it to finish and run again.")
        yield
    finally:
        fh.close()


def _write(df: pl.DataFrame, path: Path, compression: str = "zstd") -> None:
    """Write Parquet atomically (temp file then rename)."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    df.write_parquet(tmp, compression=compression, statistics=False)
    os.replace(tmp, path)


def ingest(raw: Path, work: Path, max_bytes: int = MAX_FILE_BYTES, progress=None) -> dict:
    """Read every file under ``raw`` into ``work/input_files.parquet`` and ``work/articles.parquet``."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
    work.mkdir(parents=True, exist_ok=True)
    files, articles = ingest_files(raw, max_bytes=max_bytes, progress=progress)
    _write(files, work / "input_files.parquet")
    _write(articles, work / "articles.parquet", compression="uncompressed")  # 8x faster to write; read back at once
    status = files.group_by("status").len()
    return {"files_seen": files.height, **dict(zip(status["status"], status["len"])), "articles": articles.height}


def extract(work: Path) -> dict:
    """Derive every field from ``work/articles.parquet`` into one Parquet file per table."""
    path = work / "articles.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `etl ingest` first (or `etl build`).")
    articles = pl.read_parquet(path, columns=["article_id", "text"]).sort("article_id")
    tables = extract_tables(articles)
    for name in EXTRACT_TABLES:
        _write(tables[name], work / f"{name}.parquet")
    return {name: tables[name].height for name in EXTRACT_TABLES}


def publish(work: Path, db: Path, raw: Path | None = None, started_at: datetime | None = None) -> Path:
    run = {
        "started_at": (started_at or datetime.now(timezone.utc)).replace(tzinfo=None),
        "raw_dir": str(raw) if raw else None,
        "code_version": code_version(),
    }
    return publish_db(work, db, run)


def build(raw: Path, work: Path, db: Path, max_bytes: int = MAX_FILE_BYTES, progress=None) -> dict:
    """ingest → extract → publish, under the output lock."""
    started = datetime.now(timezone.utc)
    with build_lock(db):
        counts = ingest(raw, work, max_bytes=max_bytes, progress=progress)
        counts.update(extract(work))
        publish(work, db, raw=raw, started_at=started)
    return counts

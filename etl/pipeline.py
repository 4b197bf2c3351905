"""The stages wired to files: each reads and writes Parquet in the work folder.

Stage, function, Parquet file and table share one name: ``ingest`` writes
``input_files`` and ``articles``; ``extract`` writes ``article_fields``,
``troop_figures``, ``attack_counts``, ``cited_sources``, ``date_mentions``;
``publish`` turns them into the DuckDB database.

Builds are incremental. ``state.json`` in the work folder records the extraction
fingerprint (code and reference tables) and the input signature (every path with its
size and modification time) of the last publish. A rebuild re-reads only new or changed
files, re-extracts only new articles, and re-extracts everything when the code or a
reference table changed; with nothing changed it only records the run.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from . import __version__
from .extract import extract as extract_tables
from .ingest import MAX_FILE_BYTES, discover
from .ingest import ingest as ingest_files
from .publish import PublishError
from .publish import publish as publish_db
from .reference import REFERENCE_DIR, REPO_ROOT

EXTRACT_TABLES = ("article_fields", "troop_figures", "attack_counts", "cited_sources", "date_mentions")
STATE = "state.json"


class BuildLocked(RuntimeError):
    """Another build holds the lock on this output."""


def fingerprint() -> str:
    """Hash of everything extraction depends on: the package source and the reference tables."""
    h = hashlib.sha256()
    for path in sorted((REPO_ROOT / "etl").glob("*.py")) + sorted(REFERENCE_DIR.glob("*.csv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def code_version() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"etl {__version__}" + (f" ({sha})" if sha else "") + f" rules {fingerprint()}"


def input_signature(raw: Path, max_bytes: int) -> str:
    """Hash of every entry under ``raw`` with its size and modification time (no reading)."""
    h = hashlib.sha256(str(max_bytes).encode())
    for rel, path, skip in discover(raw):
        h.update(rel.encode("utf-8", "surrogateescape"))
        if path is not None:
            try:
                st = path.stat()
                h.update(f"|{st.st_size}|{st.st_mtime_ns}".encode())
            except OSError:
                h.update(b"|gone")
        h.update(f"|{skip}\n".encode())
    return h.hexdigest()


def _read_state(work: Path) -> dict:
    try:
        return json.loads((work / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(work: Path, state: dict) -> None:
    tmp = work / f".{STATE}.tmp-{os.getpid()}"
    tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
    os.replace(tmp, work / STATE)


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


def _read_previous(work: Path) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    try:
        return pl.read_parquet(work / "input_files.parquet"), pl.read_parquet(work / "articles.parquet")
    except Exception:  # missing or unreadable: a cold build
        return None


def ingest(raw: Path, work: Path, max_bytes: int = MAX_FILE_BYTES, progress=None, incremental: bool = True) -> dict:
    """Read every file under ``raw`` into ``work/input_files.parquet`` and ``work/articles.parquet``."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
    work.mkdir(parents=True, exist_ok=True)
    previous = _read_previous(work) if incremental else None
    files, articles, reused = ingest_files(raw, max_bytes=max_bytes, progress=progress, previous=previous)
    _write(files, work / "input_files.parquet")
    _write(articles, work / "articles.parquet", compression="uncompressed")  # 8x faster to write; read back at once
    status = files.group_by("status").len()
    return {"files_seen": files.height, **dict(zip(status["status"], status["len"])), "articles": articles.height, "reused_files": reused}


def extract(work: Path, incremental: bool = True) -> dict:
    """Derive every field from ``work/articles.parquet`` into one Parquet file per table.

    Only articles without a previous extraction under the same fingerprint are processed.
    """
    path = work / "articles.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `etl ingest` first (or `etl build`).")
    articles = pl.read_parquet(path, columns=["article_id", "text"]).sort("article_id")
    state = _read_state(work)
    fp = fingerprint()
    previous = None
    if incremental and state.get("extract_fingerprint") == fp:
        try:
            previous = {name: pl.read_parquet(work / f"{name}.parquet") for name in EXTRACT_TABLES}
        except Exception:
            previous = None
    if previous is not None:
        done = previous["article_fields"]["article_id"]
        todo = articles.filter(~pl.col("article_id").is_in(done.implode()))
        keep = articles["article_id"].implode()
        fresh = extract_tables(todo) if todo.height else None
        tables = {}
        for name in EXTRACT_TABLES:
            old = previous[name].filter(pl.col("article_id").is_in(keep))
            parts = [old] + ([fresh[name]] if fresh is not None else [])
            tables[name] = pl.concat(parts, how="vertical_relaxed") if len(parts) > 1 else old
        sort_keys = {"article_fields": ["article_id"], "troop_figures": ["article_id", "char_start"],
                     "attack_counts": ["article_id", "char_start"], "cited_sources": ["article_id", "sentence_start", "outlet"],
                     "date_mentions": ["article_id", "sentence_start", "mention"]}
        tables = {n: t.sort(sort_keys[n], maintain_order=True) for n, t in tables.items()}
        extracted = todo.height
    else:
        tables = extract_tables(articles)
        extracted = articles.height
    for name in EXTRACT_TABLES:
        _write(tables[name], work / f"{name}.parquet")
    _write_state(work, {**state, "extract_fingerprint": fp})
    return {"extracted_articles": extracted, **{name: tables[name].height for name in EXTRACT_TABLES}}


def publish(work: Path, db: Path, raw: Path | None = None, started_at: datetime | None = None, reused: int = 0) -> Path:
    run = {
        "started_at": (started_at or datetime.now(timezone.utc)).replace(tzinfo=None),
        "raw_dir": str(raw) if raw else None,
        "code_version": code_version(),
        "reused_files": reused,
    }
    return publish_db(work, db, run)


def record_unchanged_run(db: Path, raw: Path, started_at: datetime) -> None:
    """Nothing changed since the last publish: add its build_runs row, atomically (copy, insert, rename)."""
    tmp = db.with_name(f".{db.name}.building-{os.getpid()}")
    try:
        shutil.copyfile(db, tmp)
        con = duckdb.connect(str(tmp))
        try:
            con.execute(
                """insert into build_runs
                   select max(run_id) + 1, ?, ?, ?, arg_max(files_seen, run_id), arg_max(ingested, run_id),
                          arg_max(duplicates, run_id), arg_max(rejected, run_id), arg_max(articles, run_id),
                          arg_max(troop_figures, run_id), arg_max(attack_counts, run_id), arg_max(files_seen, run_id), ?
                   from build_runs""",
                [started_at.replace(tzinfo=None), datetime.now(timezone.utc).replace(tzinfo=None), str(raw), code_version()],
            )
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, db)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        raise PublishError(f"could not record the build in {db}, left as it was: {exc}") from exc


def build(raw: Path, work: Path, db: Path, max_bytes: int = MAX_FILE_BYTES, progress=None, incremental: bool = True) -> dict:
    """ingest → extract → publish, under the output lock; skips what has not changed."""
    started = datetime.now(timezone.utc)
    with build_lock(db):
        if not raw.is_dir():
            raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
        signature = input_signature(raw, max_bytes)
        state = _read_state(work)
        if (incremental and db.exists() and state.get("input_signature") == signature
                and state.get("extract_fingerprint") == fingerprint() and state.get("db") == str(db.resolve())):
            record_unchanged_run(db, raw, started)
            return {"unchanged": True}
        counts = ingest(raw, work, max_bytes=max_bytes, progress=progress, incremental=incremental)
        counts.update(extract(work, incremental=incremental))
        publish(work, db, raw=raw, started_at=started, reused=counts.get("reused_files", 0))
        _write_state(work, {**_read_state(work), "input_signature": signature, "db": str(db.resolve())})
    return counts

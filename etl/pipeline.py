"""The stages wired to files: each reads and writes Parquet in the work folder.

Stage, function, Parquet file and table share one name: ``ingest`` writes
``input_files`` and ``articles``; ``extract`` writes ``article_fields``,
``troop_figures``, ``attack_counts``, ``cited_sources``, ``date_mentions``;
``publish`` turns them into the DuckDB database.

Builds are incremental. ``state.json`` in the work folder records the extraction
fingerprint (the code and reference tables extraction reads), the publish fingerprint
(the SQL models and what publishing reads) and the input signature (every path with its
size and modification time) of the last publish. A rebuild re-reads only new or changed
files, re-extracts only new articles, publishes a delta (etl/publish.py), and re-extracts
everything when the code or a reference table changed; with nothing changed it only
records the run.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
from array import array
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from . import __version__, changes, gazetteer, prescan, storage
from .fingerprint import cache_dir, extraction_fingerprint, publish_fingerprint
from .manifest import read_manifest
from .ingest import INPUT_FILES_SCHEMA, MAX_FILE_BYTES, judge_batch, mark_duplicates, read_batch, scan_files
from .publish import (PEAK_RSS_MB, STEP_CPU_S, STORAGE_VERSION, PublishError, _sql_literal, attach_options, clone_file, manifest_counts,
                      memory_limit, prepare_copy, publish_key, read_once, timed,
                      write_manifest)
from .publish import publish as publish_db
from .resources import REPO_ROOT

EXTRACT_TABLES = ("article_fields", "troop_figures", "attack_counts", "cited_sources", "date_mentions", "article_sketch",
                  "figure_context")
STATE = "state.json"
GAZETTEER = "gazetteer.parquet"  # in the extraction folder: the gazetteer of the current fingerprint


class BuildLocked(RuntimeError):
    """Another build holds the lock on this output."""


_PINNED: dict[str, str] = {}  # the fingerprints of the build running in this process (see :func:`_pinned`)


def fingerprint() -> str:
    """Hash of what extraction depends on: the modules it imports and the reference tables
    they read (etl/fingerprint.py); an edit to the CLI or the benchmark leaves it unchanged."""
    return _PINNED.get("extract") or extraction_fingerprint()


@contextmanager
def _pinned():
    """Within one build, each fingerprint is computed once (each reads and hashes every module
    and reference table it covers: a build asked for the extraction one six times, 0.25 s
    of CPU at x10 under load), and the whole build sees one value of it."""
    _PINNED.update({"extract": extraction_fingerprint(), "publish": publish_fingerprint()})
    try:
        yield
    finally:
        _PINNED.clear()


def code_version(storage_version: str = STORAGE_VERSION) -> str:
    """``etl <version> (<commit>) rules <extraction fingerprint> sql <publish key>``: a delta
    publish needs the previous build's to end the same way."""
    sha = ""
    if (REPO_ROOT / ".git").exists():  # a source checkout (an installed wheel has no commit to name)
        try:
            sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=5).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    sql = _PINNED.get(f"sql {storage_version}")
    if sql is None:
        sql = publish_key(storage_version)
        if _PINNED:  # within a build: once
            _PINNED[f"sql {storage_version}"] = sql
    return f"etl {__version__}" + (f" ({sha})" if sha else "") + f" rules {fingerprint()} sql {sql}"


def _signature(frame: pl.DataFrame, max_bytes: int) -> str:
    """Hash of the set of (relative path, size, mtime_ns) of every entry: each row hashed by
    polars, the row hashes sorted and hashed once (no order needed: sorting a million paths
    and joining them into one string took 1.9 s of CPU at x33, this 0.15 s). The polars
    version is part of it: another version may hash rows differently, which reads as a
    change (the build then compares the listing with the ledger row by row)."""
    h = hashlib.sha256(f"{max_bytes} polars {pl.__version__}".encode())
    if frame.height:
        rows = frame.select("source_path", pl.col("size_bytes").cast(pl.Int64), pl.col("mtime_ns").cast(pl.Int64))
        h.update(array("Q", rows.hash_rows(SIGNATURE_SEED).sort().to_list()).tobytes())
    return h.hexdigest()


SIGNATURE_SEED = 14


def scan(raw: Path) -> pl.DataFrame:
    """Every entry under ``raw`` with its size and mtime from ``stat``, in no particular order
    (see :func:`etl.ingest.scan_files`; ingest sorts what it reads)."""
    return scan_files(raw, ordered=False)


def _listing(raw: Path) -> pl.DataFrame:
    """:func:`scan`, or the same listing made by find since the command started (etl/prescan.py)."""
    listed = prescan.take(raw)
    return listed if listed is not None else scan(raw)


def input_signature(raw: Path, max_bytes: int, scanned: pl.DataFrame | None = None) -> str:
    """Signature of the raw folder from ``stat`` alone (no reading): the "nothing changed" test."""
    return _signature(scanned if scanned is not None else scan(raw), max_bytes)


def signature_of_files(files: pl.DataFrame, max_bytes: int) -> str:
    """The same signature from the ingest ledger (a cold build need not stat twice)."""
    return _signature(files, max_bytes)


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


BATCH_FILES = 8000  # files per ingest batch and articles per store part: bounds memory
# ... and bytes per batch: extraction takes about 20 times its batch's text in memory, and a
# batch of 8,000 long articles (82 MB at the head of x33) took 1.4 GB in one extraction.
BATCH_BYTES = 24 * 1024 * 1024
EXTRACT_WORKERS = 2  # parts extracted at once, beside the reading thread (measured best on 2 cores)


class ArticleStore:
    """Append-only store of decoded articles: ``work/articles/part-NNNNN.parquet``.

    An article (keyed by its content id) is written once; a rebuild adds parts only for
    new articles. Articles whose files are gone stay in the store but are not published
    (publish keeps only articles that an ingested file owns). ``--full`` clears it.
    """

    def __init__(self, work: Path):
        self.dir = work / "articles"
        self.dir.mkdir(parents=True, exist_ok=True)
        self._ids: pl.Series | None = None

    @property
    def ids(self) -> pl.Series:
        """The stored article ids (read on first use: a build that only lists the parts never
        reads them), a polars Series: a Python set of a million ids took a hundred megabytes."""
        if self._ids is None:
            chunks = [pl.Series("article_id", [], dtype=pl.Utf8)]
            for part in self.parts():
                try:
                    chunks.append(pl.read_parquet(part, columns=["article_id"])["article_id"])
                except Exception:  # a torn part from a killed build: drop it, its articles get re-read
                    part.unlink(missing_ok=True)
            self._ids = pl.concat(chunks)
        return self._ids

    def parts(self) -> list[Path]:
        return sorted(self.dir.glob("part-*.parquet"))

    def append(self, articles: pl.DataFrame) -> Path | None:
        if articles.height == 0:
            return None
        seq = max((int(p.stem.split("-")[1]) for p in self.parts()), default=-1) + 1
        path = self.dir / f"part-{seq:05d}.parquet"
        _write(articles, path, compression="uncompressed")  # 8x faster to write than zstd; read back at once
        self._ids = pl.concat([self.ids, articles["article_id"]])
        return path

    def clear(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._ids = pl.Series("article_id", [], dtype=pl.Utf8)


def _previous_ledger(work: Path) -> pl.DataFrame | None:
    """The last ingest's ledger, every row (None when there is none)."""
    try:
        prev = pl.read_parquet(work / "input_files.parquet")
    except Exception:  # missing or unreadable: nothing to reuse
        return None
    if "mtime_ns" not in prev.columns:
        return None
    return prev.select(list(INPUT_FILES_SCHEMA)).cast(INPUT_FILES_SCHEMA)


def split_unchanged(scanned: pl.DataFrame, previous: pl.DataFrame | None, stored: pl.Series) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(ledger rows reused as they were, for files whose path, size and mtime match the last
    build's and whose article is in the store (``stored``: its ids); the scanned entries still
    to read), in one polars join. ``previous``: the last ledger (rows of files that held no
    article are never reused: they are judged again)."""
    if previous is None or previous.height == 0:
        return pl.DataFrame(schema=INPUT_FILES_SCHEMA), scanned
    # the last ledger's rows in its order (path order): the scan is not sorted, and rows in
    # path order keep the sort of the new ledger nearly free
    keys = ["source_path", "size_bytes", "mtime_ns"]
    reused = (previous.filter(pl.col("status").is_in(["ingested", "duplicate"]) & pl.col("article_id").is_in(stored.implode()))
              .join(scanned.filter(pl.col("skip").is_null()).select(keys), on=keys, how="inner", maintain_order="left")
              .select(list(INPUT_FILES_SCHEMA)).cast(INPUT_FILES_SCHEMA))
    return reused, scanned.join(reused.select("source_path"), on="source_path", how="anti")


def settle_duplicates(files: pl.DataFrame, affected: pl.Series) -> tuple[pl.DataFrame, pl.Series]:
    """``files`` (sorted by path) with duplicates marked again among the rows whose article is in
    ``affected`` (the articles of files read this time or gone since: the only ones whose set of
    files changed; every other row keeps the status it had), and the paths whose status or
    reason changed."""
    hit = pl.col("article_id").is_in(affected.implode()).fill_null(False)  # rows without an article keep theirs
    part = files.filter(hit)
    again = mark_duplicates(part.with_columns(
        pl.when(pl.col("status") == "duplicate").then(pl.lit("ingested")).otherwise(pl.col("status")).alias("status"),
        pl.when(pl.col("status") != "duplicate").then(pl.col("reason"))
        .when(pl.col("replaced_bytes") > 0).then(pl.format("{} invalid bytes replaced", pl.col("replaced_bytes"))).alias("reason"),
    ))
    moved = again.join(part.select("source_path", "status", "reason"), on="source_path", how="inner", suffix="_before").filter(
        (pl.col("status") != pl.col("status_before")) | pl.col("reason").ne_missing(pl.col("reason_before")))["source_path"]
    return pl.concat([files.filter(~hit), again]).sort("source_path"), moved


def known_inputs(work: Path) -> tuple[pl.DataFrame | None, pl.Series]:
    """What an incremental ingest compares the scan with: the last ledger and the stored article
    ids (the build reads them in a thread while it scans the folder)."""
    return _previous_ledger(work), ArticleStore(work).ids


def ingest(raw: Path, work: Path, max_bytes: int = MAX_FILE_BYTES, progress=None, incremental: bool = True, on_part=None,
           scanned: pl.DataFrame | None = None, before_ledger=None, known: tuple | None = None) -> dict:
    """Read every file under ``raw``: ``work/input_files.parquet`` plus new parts in the article store.

    Files whose path, size and mtime match the last build's ledger are not read again (their
    rows are reused); the others are read in batches of BATCH_FILES; ``on_part`` is called
    with each new store part (the build extracts it while the next batch is read).
    ``scanned``: the frame of :func:`scan` when the caller has it (a rebuild does not list
    and stat twice). ``before_ledger``: called after the last batch, before the ledger of
    every file is assembled (the build waits there for its extractions: the ledger of a
    million files and two extractions at once made the peak of a cold build at x33).
    ``known``: :func:`known_inputs` of ``work`` when the caller read it already (incremental only).
    """
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
    work.mkdir(parents=True, exist_ok=True)
    store = ArticleStore(work)
    if not incremental:
        store.clear()
        shutil.rmtree(work / "extracted", ignore_errors=True)
    scanned = scanned if scanned is not None else scan(raw)
    if incremental and known is not None:
        previous, store._ids = known
    else:
        previous = _previous_ledger(work) if incremental else None
    reused, to_read = split_unchanged(scanned, previous, store.ids)
    # One batch of entries at a time as Python tuples (a list of them all took 400 MB at x33).
    # in path order: the same files make the same store parts whatever order the scan listed them in
    to_read = to_read.select("source_path", "path", "skip", "size_bytes", "mtime_ns").sort("source_path")
    batches = [reused]
    for start, end in batch_bounds(to_read["size_bytes"]):
        rows, texts, _ = read_batch(to_read.slice(start, end - start).iter_rows(), max_bytes, {}, set())
        files, fresh = judge_batch(rows, texts, store.ids)
        batches.append(files)
        part = store.append(fresh)
        if part is not None and on_part is not None:
            on_part(part)
        if progress is not None:
            progress(reused.height + end, scanned.height)
    if before_ledger is not None:
        before_ledger()
    files = pl.concat(batches)
    del batches
    # Only the articles whose set of files changed can change status (duplicate or not): those
    # of the files read now and of the last ledger's files not reused (changed or gone).
    gone = (previous.join(reused.select("source_path"), on="source_path", how="anti") if previous is not None
            else pl.DataFrame(schema=INPUT_FILES_SCHEMA))
    affected = pl.concat([files.slice(reused.height)["article_id"], gone["article_id"]]).drop_nulls().unique()
    files, moved = settle_duplicates(files, affected)
    # What a delta publish must look at (etl/changes.py), recorded before the ledger is replaced.
    touched = pl.concat([to_read["source_path"], gone["source_path"], moved]).unique()
    changes.add_pending(work, changes.keys_frame(changes.PATH, touched))
    _write(files, work / "input_files.parquet", compression="lz4")  # read and written by every build: lz4 writes it 2.5 times faster
    status = files.group_by("status").len()
    return {"files_seen": files.height, **dict(zip(status["status"], status["len"])),
            "articles": files.filter(pl.col("status") == "ingested").height, "reused_files": reused.height}


def batch_bounds(sizes: pl.Series, max_files: int = BATCH_FILES, max_bytes: int = BATCH_BYTES) -> list[tuple[int, int]]:
    """(start, end) of consecutive batches of files with these sizes: each at most ``max_files``
    files and, unless it is one file, at most ``max_bytes`` bytes (a null size counts 0)."""
    sizes = sizes.fill_null(0)
    bounds, start = [], 0
    while start < sizes.len():
        window = sizes.slice(start, max_files)
        over = (window.cum_sum() > max_bytes).arg_true()
        n = max(1, over[0]) if over.len() else window.len()
        bounds.append((start, start + n))
        start += n
    return bounds


def no_articles_message(raw: Path, work: Path) -> str:
    """Why a build has nothing to publish: every file under ``raw`` was rejected, with the reasons."""
    try:
        files = pl.read_parquet(work / "input_files.parquet").filter(pl.col("status") == "rejected")
        reasons = files.group_by(pl.col("reason").str.split(" ").list.first()).len().sort("len", descending=True)
        why = ", ".join(f"{n} {r}" for r, n in reasons.iter_rows())
    except Exception:  # no ledger: say what we know
        files, why = pl.DataFrame(), "no ledger"
    return (f"no article to publish: all {files.height} files under {raw} were rejected ({why}); "
            f"articles are plain-text files (.txt, .text or no extension) with at least a sentence of text.")


def _extracted_dir(work: Path) -> Path:
    return work / "extracted" / fingerprint()


def shared_gazetteer(out: Path) -> Path:
    """The gazetteer of the extraction fingerprint ``out`` is named by, in the user's cache:
    a cold build in a new work folder (a test, a new archive) reads it instead of building it."""
    return cache_dir() / "gazetteer" / f"{out.name}.parquet"


def extract_part(part: Path, out: Path) -> int:
    """Extract one store part into ``out/<part>.<table>.parquet`` (skipped when already done)."""
    targets = {name: out / f"{part.stem}.{name}.parquet" for name in EXTRACT_TABLES}
    if all(t.exists() for t in targets.values()):
        return 0
    # Imported here: the rules' modules take 0.3-0.5 s of CPU to import, which a build with
    # nothing to extract (nothing changed) does not pay.
    from .extract import extract as extract_tables

    out.mkdir(parents=True, exist_ok=True)
    articles = pl.read_parquet(part, columns=["article_id", "text"])
    tables = extract_tables(articles, gazetteer_cache=out / GAZETTEER)
    for name in EXTRACT_TABLES:
        _write(tables[name], targets[name])
    return articles.height


def extract(work: Path, incremental: bool = True) -> dict:
    """Derive every field for every store part that has no extraction under the current
    fingerprint (package source + reference tables); older extractions are removed."""
    store = ArticleStore(work)
    if not store.parts():
        raise FileNotFoundError(f"{store.dir} holds no articles: run `etl ingest` first (or `etl build`).")
    out = _extracted_dir(work)
    if not incremental:
        shutil.rmtree(out, ignore_errors=True)
    gazetteer.load(out / GAZETTEER, shared=shared_gazetteer(out))
    done = sum(extract_part(part, out) for part in store.parts())
    for stale in (work / "extracted").iterdir():
        if stale != out:
            shutil.rmtree(stale, ignore_errors=True)
    return {"extracted_articles": done}


def publish(work: Path, db: Path, raw: Path | str | None = None, started_at: datetime | None = None, reused: int = 0,
            extracted: Path | None = None, manifest: Path | None = None, storage_version: str = STORAGE_VERSION,
            incremental: bool = True, info: dict | None = None, timings: dict | None = None, prepared=None) -> Path:
    """Publish ``work`` into ``db``. With ``manifest``, that manifest replaces the work folder's;
    without, the work folder's (the last build's) is used. ``incremental``: bring the previous
    warehouse up to date when it allows (see :func:`etl.publish.publish`), else build cold.
    ``info`` receives how it published (publish_mode, copy, published_articles_changed)."""
    if manifest is not None:
        write_manifest(work, manifest)
    run = {
        "started_at": (started_at or datetime.now(timezone.utc)).replace(tzinfo=None),
        "raw_dir": str(raw) if raw else None,
        "code_version": code_version(storage_version),
        "reused_files": reused,
    }
    path = publish_db(work, db, extracted or _extracted_dir(work), run, storage_version=storage_version, incremental=incremental,
                      prepared=prepared)
    if info is not None:
        info.update({k: run[k] for k in ("publish_mode", "copy", "published_articles_changed", "compared") if k in run})
    if timings is not None:
        timings.update(run.get("timings", {}))
    return path


RECORD_RUN = """insert into build_runs
    select max(run_id) + 1, ?, ?, ?, arg_max(files_seen, run_id), arg_max(ingested, run_id),
           arg_max(duplicates, run_id), arg_max(rejected, run_id), arg_max(articles, run_id),
           arg_max(troop_figures, run_id), arg_max(attack_counts, run_id), arg_max(files_seen, run_id), ?
    from build_runs"""


def _record_run_in(path: Path, params: list, storage_version: str, spill: Path | None = None) -> None:
    """Append the build_runs row to ``path``, attached with the options it was written with: opened
    plainly (DuckDB's default row groups), the checkpoint after the one-row insert rewrote every
    table (45 s of CPU at x33, and the file twice its size). Bounded like a publish."""
    config = {"memory_limit": memory_limit(), **({"temp_directory": str(spill)} if spill else {})}
    con = duckdb.connect(config=config)
    try:
        con.execute(f"attach {_sql_literal(str(path))} as warehouse ({attach_options(storage_version)})")
        con.execute("use warehouse")
        con.execute(RECORD_RUN, params)
        con.execute("checkpoint")
    finally:
        con.close()


def record_unchanged_run(db: Path, raw: Path, started_at: datetime, storage_version: str = STORAGE_VERSION) -> str:
    """Nothing changed since the last publish: add its build_runs row. In place when no other
    process has the file open (one small transaction: DuckDB's log makes it all or nothing);
    else on a copy renamed over it, so a reader keeps its snapshot. Returns which."""
    params = [started_at.replace(tzinfo=None), datetime.now(timezone.utc).replace(tzinfo=None), str(raw), code_version(storage_version)]
    spill = db.with_name(f".{db.name}.spill-{os.getpid()}")
    try:
        _record_run_in(db, params, storage_version, spill)
    except duckdb.Error as exc:  # held by another process (a lock) or by this one (already attached)
        if "lock" not in str(exc).lower() and "already attached" not in str(exc).lower():
            raise PublishError(f"could not record the build in {db}, left as it was: {exc}") from exc
    else:
        return "in place"
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    tmp = db.with_name(f".{db.name}.building-{os.getpid()}")
    try:
        clone_file(db, tmp)
        _record_run_in(tmp, params, storage_version)
        os.replace(tmp, db)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        raise PublishError(f"could not record the build in {db}, left as it was: {exc}") from exc
    return "copy"


def build_distributed(raw: str | Path, work: str | Path, db: Path, engine: str, master: str, max_bytes: int = MAX_FILE_BYTES,
                      conf: dict | None = None, manifest: Path | None = None, storage_version: str = STORAGE_VERSION) -> dict:
    """Ingest and extract on a distributed engine, then the same publish.

    ``raw`` and ``work`` may be object-store URLs; a remote work folder is copied to a
    temporary local folder beside ``db`` for the publish (DuckDB stays offline).
    """
    if engine != "spark":
        raise ValueError(f"unknown engine {engine!r}: use local or spark")
    try:
        from .spark_engine import ingest_and_extract
    except ImportError as exc:  # pyspark is optional
        raise FileNotFoundError(f"the spark engine needs PySpark: pip install '.[spark]' ({exc})") from exc
    started = datetime.now(timezone.utc)
    raw, work = str(raw), str(work)
    remote = storage.is_url(work)
    extracted = storage.join(work, "extracted", fingerprint())
    with build_lock(db):
        if not remote:
            Path(work).mkdir(parents=True, exist_ok=True)
            _write_state(Path(work), {})
            changes.forget(Path(work))  # the Spark tasks rewrite the ledger without recording what changed
        counts = ingest_and_extract(raw, work, extracted, master=master, max_bytes=max_bytes, conf=conf)
        if remote:
            with storage.local_copy(work, extracted, db.parent) as (local_work, local_extracted):
                write_manifest(local_work, manifest)
                publish(local_work, db, raw=raw, started_at=started, extracted=local_extracted, storage_version=storage_version)
        else:
            write_manifest(Path(work), manifest)
            publish(Path(work), db, raw=raw, started_at=started, storage_version=storage_version)
            _write_state(Path(work), {"extract_fingerprint": fingerprint(), "db": str(db.resolve()),
                                      "input_signature": signature_of_files(pl.read_parquet(Path(work) / "input_files.parquet"), max_bytes)})
    return counts


def manifest_signature(manifest: Path | None) -> str:
    """What the "nothing changed" test compares for the manifest: its path, size and modification
    time, as for the articles (hashing its bytes read 114 MB at x33 on every build)."""
    if manifest is None:
        return "none"
    try:
        st = manifest.stat()
        with open(manifest, "rb"):  # a manifest that cannot be read is not "unchanged"
            pass
    except OSError:
        return "unreadable"
    return hashlib.sha256(f"{manifest.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()


def build(raw: Path, work: Path, db: Path, max_bytes: int = MAX_FILE_BYTES, progress=None, incremental: bool = True,
          manifest: Path | None = None, storage_version: str = STORAGE_VERSION) -> dict:
    """ingest → extract → publish, under the output lock; skips what has not changed.

    Each new store part is extracted in a worker thread while the next batch of files is
    read (reading is Python-bound, extraction runs in polars without the GIL).
    """
    started = datetime.now(timezone.utc)
    timings: dict[str, float] = {}
    startup = seconds_since_process_start()
    if startup is not None:  # the imports and the CLI's checks: part of every build's wall time, in no step
        timings[STARTUP] = startup
    with build_lock(db), _pinned(), read_once():
        if not raw.is_dir():
            raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR with your articles (plain .txt files).")
        state = _read_state(work)
        signature = None
        scanned = None
        known = None
        if incremental and db.exists() and "input_signature" in state:
            with timed("signature", timings), ThreadPoolExecutor(max_workers=1) as ahead:
                # what ingest compares the scan with, read meanwhile (the scan is mostly the kernel's
                # stat calls, the GIL released; the reading polars'): unused when nothing changed
                known = ahead.submit(known_inputs, work)
                scanned = _listing(raw)
                signature = input_signature(raw, max_bytes, scanned)
                known = known.result()
        outputs = {"manifest_signature": manifest_signature(manifest), "storage_version": storage_version,
                   "publish_fingerprint": _PINNED.get("publish") or publish_fingerprint()}  # an edited SQL model re-publishes
        if (signature is not None and state.get("input_signature") == signature
                and state.get("extract_fingerprint") == fingerprint() and state.get("db") == str(db.resolve())
                and all(state.get(k) == v for k, v in outputs.items())):
            record_unchanged_run(db, raw, started, storage_version)
            _report(timings)
            return {"unchanged": True}
        # A bad manifest stops the build before any work. One this work folder holds already,
        # normalised by the same code, is not read again (a million rows took a second).
        manifest_key = f"{outputs['manifest_signature']} {outputs['publish_fingerprint']}"
        manifest_known = manifest_counts(work, manifest_key) if manifest is not None and outputs['manifest_signature'] != 'unreadable' else None
        manifest_frame = read_manifest(manifest) if manifest is not None and manifest_known is None else None
        out = _extracted_dir(work)
        # From here the work folder changes: until this build publishes, the next one must not
        # take the "nothing changed" shortcut (a killed build leaves a half-updated folder).
        work.mkdir(parents=True, exist_ok=True)
        _write_state(work, {k: v for k, v in state.items() if k != "input_signature"})
        if not incremental:
            shutil.rmtree(work / "extracted", ignore_errors=True)
        if not (out / GAZETTEER).exists():
            # Built once per fingerprint, before reading starts: building it from GeoNames takes
            # 400 MB for a moment, which beside the reader and two extractions made a cold
            # build's peak.
            with timed("extract: gazetteer", timings):
                gazetteer.load(out / GAZETTEER, shared=shared_gazetteer(out))
        # A delta with no spare of these rules copies the warehouse: started now, in a thread of its
        # own (an in-kernel copy, the GIL released), it runs beside the reading and the extraction.
        copier = ThreadPoolExecutor(max_workers=1)
        prepared = copier.submit(prepare_copy, db, code_version(storage_version)) if incremental and db.exists() else None
        try:
            with ThreadPoolExecutor(max_workers=EXTRACT_WORKERS) as pool:
                futures, overlapped = [], []

                def wait_for_extraction() -> None:
                    with timed("extract: waiting for overlapped parts", timings):
                        overlapped.append(sum(f.result() for f in futures))

                def before_ledger() -> None:
                    # Several parts (a cold build): two extractions may be running; the ledger of every
                    # file waits for them, so the two never hold memory at once. One part (a daily
                    # increment): it is extracted while the ledger is written.
                    if len(futures) > 1:
                        wait_for_extraction()

                with timed("ingest (extraction overlapped)", timings):
                    counts = ingest(raw, work, max_bytes=max_bytes, progress=progress, incremental=incremental,
                                    scanned=scanned if scanned is not None else _listing(raw),
                                    known=known, on_part=lambda part: futures.append(pool.submit(extract_part, part, out)),
                                    before_ledger=before_ledger)
                if overlapped:  # the reading time alone: the wait is a step of its own
                    timings["ingest (extraction overlapped)"] = round(timings["ingest (extraction overlapped)"]
                                                                      - timings["extract: waiting for overlapped parts"], 3)
                    STEP_CPU_S["ingest (extraction overlapped)"] -= STEP_CPU_S["extract: waiting for overlapped parts"]
                else:
                    wait_for_extraction()
                overlapped = overlapped[0]
            if not ArticleStore(work).parts():
                raise FileNotFoundError(no_articles_message(raw, work))
            with timed("extract: remaining parts", timings):
                counts.update(extract(work))
            counts["extracted_articles"] += overlapped
            with timed("publish", timings):
                counts.update(manifest_known if manifest_known is not None else write_manifest(work, manifest_frame, signature=manifest_key))
                publish(work, db, raw=raw, started_at=started, reused=counts.get("reused_files", 0), storage_version=storage_version,
                        incremental=incremental, info=counts, timings=timings, prepared=prepared)
        finally:
            copier.shutdown(wait=True)
            if prepared is not None and prepared.exception() is None and prepared.result() is not None:
                prepared.result()[0].unlink(missing_ok=True)  # unused (a failure before the publish); a used one was renamed
        if signature is None:
            signature = signature_of_files(pl.read_parquet(work / "input_files.parquet"), max_bytes)
        _write_state(work, {**_read_state(work), "input_signature": signature, "extract_fingerprint": fingerprint(),
                            "db": str(db.resolve()), **outputs})
    _report(timings)
    return counts


STARTUP = "startup (imports, checks)"  # etl/bench.py STAGES names it too


def seconds_since_process_start() -> float | None:
    """Wall seconds since this process started (Linux: /proc; None elsewhere), to 1/100 s."""
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return round(max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK")), 3)


def _report(timings: dict) -> None:
    """With ETL_TIMINGS=1 in the environment, print where a build spent its time (stderr)."""
    if os.environ.get("ETL_TIMINGS"):
        for label, seconds in timings.items():
            more = f" ({STEP_CPU_S[label]:.2f} s CPU, peak RSS so far {PEAK_RSS_MB[label]:.0f} MB)" if label in PEAK_RSS_MB else ""
            print(f"[timing] {label}: {seconds:.2f} s{more}", file=sys.stderr)

"""Stage 1, ingest: discover raw files, decode them, reject non-articles, deduplicate.

I/O lives here; the decisions (:func:`decode`, :func:`classify`) are pure functions.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are recorded as rejected, not read
MIN_LETTERS = 20  # fewer letters than this is not an article
INPUT_FILES_SCHEMA = {
    "source_path": pl.Utf8, "file_name": pl.Utf8, "size_bytes": pl.Int64, "sha256": pl.Utf8,
    "encoding": pl.Utf8, "replaced_bytes": pl.Int64, "status": pl.Utf8, "reason": pl.Utf8, "article_id": pl.Utf8,
    "mtime_ns": pl.Int64,  # internal: lets a rebuild reuse an unchanged file without reading it
}
ARTICLE_SCHEMA = {"article_id": pl.Utf8, "file_name": pl.Utf8, "source_path": pl.Utf8, "title": pl.Utf8, "text": pl.Utf8}


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    replaced: int  # invalid bytes replaced by U+FFFD


def decode(data: bytes) -> Decoded:
    """Bytes → text. BOMs first (UTF-8, UTF-16), then strict UTF-8, then Windows-1256.

    Bytes that no encoding explains become U+FFFD and are counted; this never raises.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _lenient(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lenient(data, "utf-16", "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    if _looks_utf8(data):
        return _lenient(data, "utf-8", "utf-8")
    return _lenient(data, "cp1256", "windows-1256")


def _looks_utf8(data: bytes) -> bool:
    """Mostly valid UTF-8 with a few bad bytes (rather than a legacy single-byte file)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bad * 10 < max(len(text), 1)


def _lenient(data: bytes, codec: str, name: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    return Decoded(text, name, text.count("\ufffd"))


def classify_bytes(data: bytes) -> str | None:
    """Cheap byte-level verdicts taken before decoding: empty and NUL-bearing (binary) files."""
    if len(data) == 0:
        return "empty"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return None


ENOUGH_LETTERS = r"(?:\p{L}[^\p{L}]*){%d}" % MIN_LETTERS
CONTROL = r"[\x01-\x08\x0e-\x1f\x7f]"


def classify_text_expr(text: pl.Expr) -> pl.Expr:
    """Polars verdict on decoded text: ``blank``, ``binary`` (control characters) or
    ``too_little_text`` (fewer than MIN_LETTERS letters), else NULL (an article)."""
    head = text.str.slice(0, 400)
    return (
        pl.when(~text.str.contains(r"\S")).then(pl.lit("blank"))
        .when(head.str.count_matches(CONTROL) * 20 > head.str.len_chars()).then(pl.lit("binary"))
        .when(~text.str.contains(ENOUGH_LETTERS)).then(pl.lit("too_little_text"))
    )


def classify(data: bytes, text: str | None) -> str | None:
    """Why a file is not an article (a reason code), or None when it is one."""
    reason = classify_bytes(data)
    if reason is not None or text is None:
        return reason or "blank"
    return pl.select(classify_text_expr(pl.lit(text))).item()


def clean_text(text: str) -> str:
    """The article text as published: line ends unified, NUL bytes removed. Nothing else."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def article_id(text: str) -> str:
    """Stable id from content: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def title_of(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:300]
    return None


def discover(raw: Path) -> list[tuple[str, Path | None, str | None]]:
    """Every entry under ``raw`` (recursively, sorted) as (relative path, path to read, skip reason).

    Hidden files and folders are recorded and skipped; symlinks are followed only when
    they stay inside ``raw``.
    """
    raw = raw.resolve()
    found: list[tuple[str, Path | None, str | None]] = []
    for dirpath, dirnames, filenames in os.walk(raw, followlinks=False):
        dirnames.sort()
        rel_dir = Path(dirpath).relative_to(raw)
        for d in list(dirnames):
            full = Path(dirpath) / d
            if d.startswith("."):
                dirnames.remove(d)
                found.append((str(rel_dir / d), None, "hidden"))
            elif full.is_symlink():
                dirnames.remove(d)
                found.append((str(rel_dir / d), None, "symlinked_folder"))
        for name in sorted(filenames):
            rel = str(rel_dir / name) if str(rel_dir) != "." else name
            full = Path(dirpath) / name
            if name.startswith("."):
                found.append((rel, None, "hidden"))
                continue
            if full.is_symlink():
                try:
                    target = full.resolve(strict=True)
                except (OSError, RuntimeError):
                    found.append((rel, None, "broken_symlink"))
                    continue
                if raw not in target.parents:
                    found.append((rel, None, "symlink_outside_raw"))
                    continue
                if not target.is_file():
                    found.append((rel, None, "not_a_file"))
                    continue
                found.append((rel, target, None))
                continue
            if not full.is_file():
                found.append((rel, None, "not_a_file"))
                continue
            found.append((rel, full, None))
    return found


def read_one(rel: str, path: Path | None, skip: str | None, max_bytes: int = MAX_FILE_BYTES) -> tuple[dict, dict | None]:
    """Read and judge one file → (input_files row, article row or None)."""
    row = {k: None for k in INPUT_FILES_SCHEMA}
    row.update(source_path=rel, file_name=Path(rel).name, replaced_bytes=0)
    if skip is not None:
        row.update(status="rejected", reason=skip)
        return row, None
    try:
        st = path.stat()
        size = st.st_size
        row.update(size_bytes=size, mtime_ns=st.st_mtime_ns)
        if size > max_bytes:
            row.update(status="rejected", reason=f"too_large (over {max_bytes} bytes)")
            return row, None
        data = path.read_bytes()
    except OSError as exc:
        row.update(status="rejected", reason=f"unreadable: {exc.strerror or exc}")
        return row, None
    row["sha256"] = hashlib.sha256(data).hexdigest()
    dec = decode(data)
    row.update(encoding=dec.encoding, replaced_bytes=dec.replaced)
    reason = classify_bytes(data)
    if reason is not None:
        row.update(status="rejected", reason=reason)
        return row, None
    text = clean_text(dec.text)
    aid = article_id(text)
    row.update(status="ingested", article_id=aid, reason=f"{dec.replaced} invalid bytes replaced" if dec.replaced else None)
    return row, {"article_id": aid, "file_name": row["file_name"], "source_path": rel, "title": None, "text": text}


def mark_duplicates(files: pl.DataFrame) -> pl.DataFrame:
    """Second and later files with the same article text become ``duplicate`` of the first."""
    first = pl.col("source_path").rank("ordinal").over("article_id") == 1
    is_dup = (pl.col("status") == "ingested") & ~first
    return files.with_columns(
        pl.when(is_dup).then(pl.lit("duplicate")).otherwise(pl.col("status")).alias("status"),
        pl.when(is_dup).then(pl.lit("same text as an earlier file")).otherwise(pl.col("reason")).alias("reason"),
    )


def ingest(raw: Path, max_bytes: int = MAX_FILE_BYTES, progress=None,
           previous: tuple[pl.DataFrame, pl.DataFrame] | None = None) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """Read everything under ``raw`` → (input_files, articles, files reused). Never raises for a bad file.

    With ``previous`` (the last build's input_files and articles), a file whose path, size
    and modification time are unchanged is not read again: its row and text are reused.
    A plain sequential loop: reading, hashing and decoding run in C and take about 1 s
    for 30,000 files; a thread pool measured three times slower (lock contention).
    """
    entries = discover(raw)
    known: dict[str, dict] = {}
    if previous is not None and "mtime_ns" in previous[0].columns:
        for row in previous[0].filter(pl.col("status").is_in(["ingested", "duplicate"])).iter_rows(named=True):
            known[row["source_path"]] = row
    rows, arts = [], []
    empty = {k: None for k in ARTICLE_SCHEMA}
    reused = 0
    for i, (rel, path, skip) in enumerate(entries):
        old = known.get(rel) if skip is None else None
        if old is not None:
            try:
                st = path.stat()
            except OSError:
                st = None
            if st is not None and st.st_size == old["size_bytes"] and st.st_mtime_ns == old["mtime_ns"]:
                note = f"{old['replaced_bytes']} invalid bytes replaced" if old["replaced_bytes"] else None
                rows.append({**old, "status": "ingested", "reason": note})
                arts.append(empty)
                reused += 1
                continue
        row, art = read_one(rel, path, skip, max_bytes)
        rows.append(row)
        arts.append(art if art is not None else empty)
        if progress is not None and (i % 1000 == 0 or i + 1 == len(entries)):
            progress(i + 1, len(entries))
    files = pl.DataFrame(rows, schema=INPUT_FILES_SCHEMA, orient="row") if rows else pl.DataFrame(schema=INPUT_FILES_SCHEMA)
    texts = pl.DataFrame(arts, schema=ARTICLE_SCHEMA) if arts else pl.DataFrame(schema=ARTICLE_SCHEMA)
    if reused:
        # Reused rows take their text from the previous articles (same article_id, same content).
        prev_text = previous[1].select("article_id", pl.col("text").alias("_prev_text"))
        texts = (
            texts.with_columns(files["article_id"].alias("_aid"), files["source_path"].alias("_sp"))
            .join(prev_text, left_on="_aid", right_on="article_id", how="left", maintain_order="left")
            .with_columns(
                pl.coalesce("text", "_prev_text").alias("text"),
                pl.coalesce("article_id", pl.when(pl.col("_prev_text").is_not_null()).then(pl.col("_aid"))).alias("article_id"),
                pl.coalesce("source_path", pl.when(pl.col("_prev_text").is_not_null()).then(pl.col("_sp"))).alias("source_path"),
            )
            .select(list(ARTICLE_SCHEMA))
        )
    files, articles = finish(files, texts)
    return files, articles, reused


def finish(files: pl.DataFrame, texts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Text-level rejection, deduplication and titles, vectorised. ``texts`` is aligned with ``files``."""
    verdict = texts.select(classify_text_expr(pl.col("text")).alias("_why"))["_why"]
    rejected = (files["status"] == "ingested") & verdict.is_not_null()
    files = files.with_columns(
        pl.when(rejected).then(pl.lit("rejected")).otherwise(pl.col("status")).alias("status"),
        pl.when(rejected).then(verdict).otherwise(pl.col("reason")).alias("reason"),
        pl.when(rejected).then(pl.lit(None)).otherwise(pl.col("article_id")).alias("article_id"),
    )
    files = mark_duplicates(files).sort("source_path")
    owner = files.filter(pl.col("status") == "ingested").select("article_id", "file_name", "source_path")
    articles = (
        texts.filter(~rejected & texts["article_id"].is_not_null())
        .unique("article_id", keep="first")
        .drop("file_name", "source_path", "title")
        .join(owner, on="article_id", how="inner")
        .with_columns(pl.col("text").str.strip_chars_start().str.extract(r"^([^\n]*)").str.strip_chars().str.slice(0, 300).alias("title"))
    )
    return files, articles.select(list(ARTICLE_SCHEMA)).sort("article_id")

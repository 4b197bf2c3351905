"""What changed in the work folder since a given publish: the keys a delta publish must look at.

A delta publish brings a warehouse file up to date: the spare (the generation before the
last build) or a copy of the warehouse. To do it at the cost of the change, not of the
archive, it must know which inputs changed since the build that file holds. Two records in
the work folder say it:

- ``changes/pending.parquet``: the keys changed since the last publish, appended to before
  the input they name is rewritten (ingest, before it writes the ledger; the manifest, before
  it is replaced), so a build killed at any point leaves them there for the next one;
- ``changes/journal.json``: the last publishes in order, each with the keys that changed
  between it and the one before (``changes/<n>.parquet``), written after the warehouse was
  renamed into place.

A key is ``("path", source_path)``: that file's ledger row is new, gone or different, or
``("manifest", file)``: that manifest entry is new, gone or different. A file is named by
its last publish (``run_id`` and ``started_at`` in its ``build_runs``, unique per build).

The keys changed since the publish a file holds are the journal's entries after it plus the
pending keys. When the journal does not know the file's publish (a journal lost or cut
short, a file published by another work folder, a killed build between its rename and its
journal entry), :func:`changed_since` says so (None) and the publish compares every article
instead; a record it cannot read counts as unknown too. Keys are a superset: a key that did
not change costs a comparison, never a wrong row.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl

CHANGES = "changes"
PENDING = "pending.parquet"
JOURNAL = "journal.json"
KEEP = 8  # publishes the journal remembers: a file older than that is compared whole
SCHEMA = {"kind": pl.Utf8, "key": pl.Utf8}
PATH, MANIFEST = "path", "manifest"


def run_key(run_id: int, started_at) -> str:
    """The name of one publish: its build_runs run_id and started_at."""
    return f"{int(run_id)}|{started_at}"


def _dir(work: Path) -> Path:
    return work / CHANGES


def _write(frame: pl.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    frame.write_parquet(tmp, statistics=False)
    os.replace(tmp, path)


def keys_frame(kind: str, keys: pl.Series | list[str]) -> pl.DataFrame:
    """Keys of one kind as a frame of SCHEMA (nulls left out)."""
    series = keys if isinstance(keys, pl.Series) else pl.Series(keys, dtype=pl.Utf8)
    return pl.DataFrame({"kind": pl.Series([kind] * series.len(), dtype=pl.Utf8) if series.len() else pl.Series([], dtype=pl.Utf8),
                         "key": series.cast(pl.Utf8)}).drop_nulls("key")


def _read(path: Path) -> pl.DataFrame | None:
    try:
        return pl.read_parquet(path).cast(SCHEMA)
    except Exception:  # unreadable: unknown
        return None


def add_pending(work: Path, keys: pl.DataFrame) -> None:
    """Record ``keys`` (SCHEMA) as changed since the last publish, before the input they name is
    rewritten. A pending record that cannot be read is replaced by the journal's end: unknown."""
    folder = _dir(work)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PENDING
    old = _read(path) if path.exists() else pl.DataFrame(schema=SCHEMA)
    if old is None:
        forget(work)
        old = pl.DataFrame(schema=SCHEMA)
    if keys.height == 0 and path.exists():
        return
    _write(pl.concat([old, keys.select(list(SCHEMA)).cast(SCHEMA)]).unique(maintain_order=True), path)


def forget(work: Path) -> None:
    """Nothing is known about what changed (every later delta compares every article until the
    next publish starts a journal again)."""
    folder = _dir(work)
    (folder / JOURNAL).unlink(missing_ok=True)


def _journal(work: Path) -> list[dict]:
    try:
        entries = json.loads((_dir(work) / JOURNAL).read_text(encoding="utf-8"))["publishes"]
        return [e for e in entries if isinstance(e, dict) and "key" in e]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def changed_since(work: Path, file_keys: set[str]) -> pl.DataFrame | None:
    """The keys changed since the publish a warehouse file holds (``file_keys``: the run keys of
    its build_runs), or None when the journal cannot tell (compare every article instead)."""
    entries = _journal(work)
    at = max((i for i, e in enumerate(entries) if e["key"] in file_keys), default=None)
    if at is None:
        return None
    frames = []
    for e in entries[at + 1:]:
        frame = _read(_dir(work) / e["changes"]) if e.get("changes") else None
        if frame is None:
            return None
        frames.append(frame)
    pending = _dir(work) / PENDING
    if pending.exists():
        frame = _read(pending)
        if frame is None:
            return None
        frames.append(frame)
    return pl.concat([pl.DataFrame(schema=SCHEMA), *frames]).unique()


def record_publish(work: Path, key: str, cold: bool) -> None:
    """After a publish was renamed into place: it becomes the journal's last entry, with the
    pending keys (the change since the publish before); a cold publish starts a new journal."""
    folder = _dir(work)
    folder.mkdir(parents=True, exist_ok=True)
    pending = folder / PENDING
    entries = [] if cold else _journal(work)
    entry = {"key": key}
    if not cold:
        seq = max((int(e["changes"].split(".")[0]) for e in entries if e.get("changes")), default=0) + 1
        name = f"{seq:08d}.parquet"
        if pending.exists():
            os.link(pending, folder / name)  # the pending record stays until the journal names its copy
        else:
            _write(pl.DataFrame(schema=SCHEMA), folder / name)
        entry["changes"] = name
    entries = (entries + [entry])[-KEEP:]
    tmp = folder / f".{JOURNAL}.tmp-{os.getpid()}"
    tmp.write_text(json.dumps({"publishes": entries}, indent=1), encoding="utf-8")
    os.replace(tmp, folder / JOURNAL)
    pending.unlink(missing_ok=True)
    named = {e["changes"] for e in entries if e.get("changes")}
    for old in folder.glob("*.parquet"):
        if old.name != PENDING and old.name not in named:
            old.unlink(missing_ok=True)

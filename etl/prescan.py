"""The listing of a build's raw folder, started before the command's imports.

``etl build`` lists and stats every file under ``--raw`` (the "nothing changed" test and the
ingest both start from that listing: 301,000 files at x10, 1.4 s of CPU in Python). This
module, imported first by :mod:`etl.cli` and importing nothing heavy, starts GNU ``find`` on
the folder in a process of its own as soon as the command line names a build, so the listing
runs on the other core while Python imports polars, DuckDB and typer (0.4-0.6 s), and costs
less CPU than the same stats in Python. :func:`take` hands its output to the build as the
frame :func:`etl.ingest.scan_files` makes, or None (the build then scans in Python as before)
whenever the two could differ: no GNU find, an error, a folder it could not read, anything
but plain files and visible folders (symlinks, hidden folders: :func:`etl.ingest.discover`'s
rules), names that are not UTF-8, or another folder than the build's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

# One record per entry, NUL-terminated: type, size, mtime (seconds.fraction), base name, path
# under the folder. Only the path may hold a '/', and it comes last.
FORMAT = "%y/%s/%T@/%f/%P\\0"
_RUNNING: dict = {}  # root -> (process, thread, output holder) of the listing started for this process


def raw_of(argv: list[str]) -> str | None:
    """The ``--raw`` folder of an ``etl build`` command line on the local engine, else None."""
    args = argv[1:]
    if not args or args[0] != "build":
        return None
    raw, engine = "data/raw", "local"
    for i, arg in enumerate(args):
        for option in ("--raw", "--engine"):
            value = None
            if arg == option and i + 1 < len(args):
                value = args[i + 1]
            elif arg.startswith(option + "="):
                value = arg.split("=", 1)[1]
            if value is not None:
                raw, engine = (value, engine) if option == "--raw" else (raw, value)
    return raw if engine == "local" else None


def start(raw: str | os.PathLike) -> None:
    """Start listing ``raw`` (a folder) in the background, when GNU find is there."""
    root = os.path.realpath(raw)
    if root in _RUNNING or not os.path.isdir(root) or shutil.which("find") is None:
        return
    try:
        proc = subprocess.Popen(["find", root, "-mindepth", "1", "-printf", FORMAT], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    except OSError:
        return
    holder: list = []
    thread = threading.Thread(target=lambda: holder.append(proc.communicate()), daemon=True)  # drains the pipe
    thread.start()
    _RUNNING[root] = (proc, thread, holder)


def start_from_argv(argv: list[str] | None = None) -> None:
    """:func:`start` for the folder of an ``etl build`` command line (nothing for other commands)."""
    raw = raw_of(sys.argv if argv is None else argv)
    if raw is not None:
        start(raw)


def take(raw: str | os.PathLike):
    """The listing of ``raw`` started earlier in this process, as :func:`etl.ingest.scan_files`
    (unordered) would make it; None when none was started or it cannot stand for that scan."""
    entry = _RUNNING.pop(os.path.realpath(raw), None)
    if entry is None:
        return None
    proc, thread, holder = entry
    thread.join()
    if not holder or proc.returncode != 0:
        return None
    out, err = holder.pop()
    if err:
        return None
    return parse(out, os.path.realpath(raw))


CHUNK_BYTES = 1 << 21  # find's output is parsed this much at a time: the whole of it at once took 130 MB at x10


def parse(data: bytes, root: str):
    """The frame of :func:`etl.ingest.scan_files` from find's records (``FORMAT``), or None
    when an entry needs :func:`etl.ingest.discover`'s rules (not a plain file or visible folder)
    or a name is not UTF-8 (the Python scan keeps such a name as it is)."""
    import polars as pl

    from .ingest import judge_listing

    frames, start = [], 0
    while start < len(data):
        end = data.rfind(b"\0", start, start + CHUNK_BYTES) + 1 or data.find(b"\0", start + CHUNK_BYTES) + 1 or len(data)
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            return None
        frame = _records(text)
        if frame is None:
            return None
        frames.append(frame)
        start = end
    schema = {"name": pl.Utf8, "size_bytes": pl.Int64, "mtime_ns": pl.Int64, "source_path": pl.Utf8}
    return judge_listing(pl.concat([pl.DataFrame(schema=schema), *frames]), [], root, ordered=False)


def _records(text: str):
    """The plain files of whole records (each ending with a NUL) as (name, size_bytes, mtime_ns,
    source_path); None when one is neither a plain file nor a visible folder, or its numbers are odd."""
    import polars as pl

    records = pl.Series("r", [text]).str.split("\0").explode()
    fields = (pl.DataFrame(records.slice(0, records.len() - 1))  # the text ends with a NUL
              .select(pl.col("r").str.splitn("/", 5).struct.rename_fields(["kind", "size", "mtime", "name", "source_path"]))
              .unnest("r"))
    folders = fields.filter(pl.col("kind") == "d")
    if (~fields["kind"].is_in(["f", "d"])).any() or folders["name"].str.starts_with(".").any():
        return None
    files = fields.filter(pl.col("kind") == "f")
    # (nanoseconds: find prints ten digits after the point; fewer would read as changed files)
    numbers = pl.col("size").str.contains(r"^\d+$") & pl.col("mtime").str.contains(r"^\d+\.\d{9,}$")
    if files.height and not files.select(numbers.all()).item():
        return None
    seconds, fraction = pl.col("mtime").str.extract(r"^(\d+)"), pl.col("mtime").str.extract(r"\.(\d+)$")
    return files.select(
        "name",
        pl.col("size").cast(pl.Int64).alias("size_bytes"),
        (seconds.cast(pl.Int64) * 1_000_000_000 + fraction.str.slice(0, 9).str.pad_end(9, "0").cast(pl.Int64)).alias("mtime_ns"),
        "source_path",
    )

"""``make bench``: speed and memory on the SaudiNewsNet corpus, written to bench/RESULTS.md.

Each measured build runs as its own process (``etl build``), timed by wall clock, with
peak resident memory from ``getrusage(RUSAGE_CHILDREN)`` of a fresh helper process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .reference import REPO_ROOT

ETL = [sys.executable, "-m", "etl.cli"]
REPEAT = 3  # runs per measurement (median reported): single runs here vary by up to a third


def materialize(corpus: Path, out: Path, copies: int = 1) -> Path:
    """Materialize the corpus once (cached outside git)."""
    marker = out / ".complete"
    if marker.exists():
        return out
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, str(corpus / "materialize.py"), str(out)] + (["--copies", str(copies)] if copies > 1 else [])
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    marker.write_text("ok")
    return out


def corpus_size(raw: Path) -> tuple[int, int]:
    n = size = 0
    for p in raw.rglob("*.txt"):
        n += 1
        size += p.stat().st_size
    return n, size


def timed(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd`` in a child that reports its own peak RSS; return (wall seconds, peak MB)."""
    wrapper = (
        "import resource,subprocess,sys,json;"
        "r=subprocess.run(sys.argv[1:]);"
        "print(json.dumps([r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))"
    )
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, cwd=REPO_ROOT)
    wall = time.perf_counter() - t
    code, rss_kb = json.loads(res.stdout.strip().splitlines()[-1])
    if code != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{res.stderr[-2000:]}")
    return wall, rss_kb / 1024


def floor(raw: Path) -> float:
    """Read every file and run one polars regex over the texts: the floor to compare with."""
    code = (
        "import polars as pl,pathlib,sys;"
        "t=[p.read_text(encoding='utf-8',errors='replace') for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt'))];"
        "pl.DataFrame({'t':t}).select(pl.col('t').str.count_matches(r'[0-9]+'))"
    )
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(raw)], check=True)
    return time.perf_counter() - t


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, required=True, help="folder with materialize.py and the zip archives")
    ap.add_argument("--cache", type=Path, required=True, help="where to materialize (outside git)")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args(argv)
    if not (args.corpus / "materialize.py").exists():
        raise SystemExit(f"{args.corpus}/materialize.py not found: pass --corpus pointing at ../shared/corpora/saudinewsnet")
    one = materialize(args.corpus, args.cache / "x1")
    four = materialize(args.corpus, args.cache / "x4", copies=4)
    scratch = args.cache / "runs"
    rows = []

    def build(label: str, raw: Path, work: Path, db: Path, files_mb: tuple[int, int], before=None, repeat: int = REPEAT):
        """Run one build ``repeat`` times (``before(i)`` prepares run i); keep the median."""
        walls, rsss = [], []
        for i in range(repeat):
            if before is not None:
                before(i)
            manifest = ["--manifest", str(raw / "manifest.csv")] if (raw / "manifest.csv").exists() else []
            wall, rss = timed([*ETL, "build", "--raw", str(raw), "--work", str(work), "--db", str(db), *manifest])
            walls.append(wall)
            rsss.append(rss)
            print(f"{label:40s} {wall:7.2f} s  {rss:7.0f} MB", flush=True)
        wall, rss = statistics.median(walls), max(rsss)
        n, size = files_mb
        rows.append((label, wall, min(walls), max(walls), n / wall, size / 1e6 / wall, rss))
        return wall, rss

    shutil.rmtree(scratch, ignore_errors=True)
    n1 = corpus_size(one)
    # The floor first: it also brings the files into the page cache, so every run below
    # reads from memory ("cold" means an empty work folder, not a cold disk).
    floor(one)
    floors = [floor(one) for _ in range(REPEAT)]
    fl = statistics.median(floors)
    cold1 = build("cold build, corpus", one, scratch / "w1", scratch / "db1.duckdb", n1,
                  before=lambda i: shutil.rmtree(scratch, ignore_errors=True))
    build("rebuild, nothing changed", one, scratch / "w1", scratch / "db1.duckdb", n1)
    # One file changed and one added, a different change each run (restored afterwards so
    # the cache stays pristine).
    files = sorted(one.glob("*.txt"))
    victim, donor = files[100], files[200]
    original = victim.read_bytes()
    added = one / "bench-added.txt"

    def change(i: int) -> None:
        victim.write_bytes(original + f"\nوأفادت مصادر بمقتل {3 + i} أشخاص.\n".encode())
        added.write_bytes(donor.read_bytes() + f"\nتحديث {i}.\n".encode())

    try:
        build("rebuild, 1 changed + 1 added", one, scratch / "w1", scratch / "db1.duckdb", n1, before=change)
    finally:
        victim.write_bytes(original)
        added.unlink(missing_ok=True)
    n4 = corpus_size(four)
    floor(four)  # warm the page cache for the x4 corpus too
    cold4 = build("cold build, corpus x4", four, scratch / "w4", scratch / "db4.duckdb", n4, repeat=1)
    rows.append(("floor: read files + one polars regex", fl, min(floors), max(floors), n1[0] / fl, n1[1] / 1e6 / fl, float("nan")))
    print(f"floor {fl:.2f} s")
    lines = [
        "# Benchmark results", "",
        f"`make bench` on {os.cpu_count()} cores; corpus: {n1[0]} files, {n1[1] / 1e6:.1f} MB (x4: {n4[0]} files).",
        f"Each run is repeated {REPEAT} times (the x4 build once): wall is the median, with the range beside it;",
        "peak RSS is the highest of the runs. Wall times on these machines vary by up to a third from run to run.", "",
        "| run | wall s (median) | range s | articles/s | MB/s | peak RSS MB |", "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {r[0]} | {r[1]:.2f} | {r[2]:.2f}–{r[3]:.2f} | {r[4]:.0f} | {r[5]:.1f} | {r[6]:.0f} |" for r in rows]
    lines += ["", f"- cold / floor: {cold1[0] / fl:.1f}x (target ≤ 5x)",
              f"- x4 / x1 time: {cold4[0] / cold1[0]:.2f} (target ≤ 4.4); memory x4 / x1: {cold4[1] / cold1[1]:.2f} (target < 2)", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

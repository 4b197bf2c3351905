"""``make bench``: speed and memory on the SaudiNewsNet corpus, written to bench/RESULTS.md.

Always the single corpus (x1) and ten copies of it (x10, ``materialize.py --copies 10``);
``--scale 33`` (``make bench SCALE=33``) adds x33, about a million articles, when the disk
has room for it (else it says so and skips it). At every scale: a cold build, a rebuild with
nothing changed, and a daily increment (1% new files and 10 changed files). Each build runs
as its own process (``etl build --manifest``), timed by wall clock, with its peak resident
memory (``getrusage(RUSAGE_CHILDREN)`` of a helper process that only waits for it: the
build is one process, its threads included) and where its time went (``ETL_TIMINGS=1``).
The floor, reading every file and running one polars regex over the texts, is measured
in the same run.
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
COLD_REPEAT = {1: 3, 10: 1, 33: 1}  # cold builds of the large corpora take minutes: once
SCALES = (1, 10)
CHANGED_FILES = 10
NEW_SHARE = 0.01
GB = 1e9


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
    with os.scandir(raw) as it:
        for e in it:
            if e.name.endswith(".txt"):
                n += 1
                size += e.stat().st_size
    return n, size


def timed(cmd: list[str], code: Path | None = None) -> tuple[float, float, float, dict[str, float]]:
    """Run ``cmd`` in a child that reports its own peak RSS; return (wall seconds, peak MB, CPU seconds, timings)."""
    wrapper = (
        "import resource,subprocess,sys,json;"
        "r=subprocess.run(sys.argv[1:],stderr=subprocess.PIPE,text=True);"
        "sys.stderr.write(r.stderr);"
        "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps([r.returncode, u.ru_maxrss, u.ru_utime + u.ru_stime]))"
    )
    t = time.perf_counter()
    env = {**os.environ, "ETL_TIMINGS": "1", **({"PYTHONPATH": str(code)} if code is not None else {})}
    res = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, cwd=code or REPO_ROOT, env=env)
    wall = time.perf_counter() - t
    code, rss_kb, cpu = json.loads(res.stdout.strip().splitlines()[-1])
    if code != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{res.stderr[-2000:]}")
    timings = {}
    for line in res.stderr.splitlines():
        if line.startswith("[timing] "):
            label, _, seconds = line[len("[timing] "):].rpartition(": ")
            timings[label] = float(seconds.split()[0])
            if " s CPU" in seconds:  # the step's CPU seconds: steadier than its wall time on a shared machine
                STEP_CPU[label] = float(seconds.split("(", 1)[1].split()[0])
    return wall, rss_kb / 1024, cpu, timings


STEP_CPU: dict[str, float] = {}  # CPU seconds of each step of the last timed build (ETL_TIMINGS prints them for some steps)


def floor(raw: Path) -> float:
    """Read every file and run one polars regex over the texts: the floor to compare with."""
    code = (
        "import polars as pl,pathlib,sys;"
        "t=[p.read_text(encoding='utf-8',errors='replace') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))];"
        "pl.DataFrame({'t':t}).select(pl.col('t').str.count_matches(r'[0-9]+'))"
    )
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(raw)], check=True)
    return time.perf_counter() - t


def load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


class Increment:
    """A daily increment on a corpus folder: NEW_SHARE of new files (an existing article with
    a line of its own, so a new article) and CHANGED_FILES files changed in place; a
    different one for each run. ``restore`` puts the folder back as it was."""

    def __init__(self, raw: Path, n_files: int, tag: str = ""):
        self.raw = raw
        self.tag = tag  # in every changed and new text: another tag makes articles the store has not seen
        self.files = sorted(p for p in raw.glob("snn-*.txt"))
        self.n_new = max(1, round(n_files * NEW_SHARE))
        step = max(1, len(self.files) // CHANGED_FILES)
        self.changed = self.files[::step][:CHANGED_FILES]
        self.originals = {p: p.read_bytes() for p in self.changed}

    def apply(self, run: int) -> None:
        for k, p in enumerate(self.changed):
            p.write_bytes(self.originals[p] + f"\nوأفادت مصادر بمقتل {3 + run + k} أشخاص.{self.tag}\n".encode())
        step = max(1, len(self.files) // self.n_new)
        for k, donor in enumerate(self.files[run::step][:self.n_new]):
            (self.raw / f"bench-new-{run}-{k:06d}.txt").write_bytes(donor.read_bytes() + f"\nتحديث {run}-{k}{self.tag}.\n".encode())

    def restore(self) -> None:
        for p, data in self.originals.items():
            p.write_bytes(data)
        for p in self.raw.glob("bench-new-*.txt"):
            p.unlink()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, required=True, help="folder with materialize.py and the zip archives")
    ap.add_argument("--cache", type=Path, required=True, help="where to materialize (outside git): bench-x1/, x10/, x33/")
    ap.add_argument("--scale", type=int, default=10, help="the largest corpus: 10 (default) or 33 (about a million articles)")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "RESULTS.md")
    ap.add_argument("--rebuilds-only", action="store_true",
                    help="only the nothing-changed and daily-increment runs of --scale, on the work folder and warehouse "
                         "a bench left under --cache/runs (a cold build first when there are none); prints, writes no results")
    ap.add_argument("--repeat", type=int, default=REPEAT, help=f"runs per measurement (default {REPEAT})")
    ap.add_argument("--code", type=Path, default=None,
                    help="with --rebuilds-only: the checkout whose etl/ the builds run (default this one), to compare "
                         "two versions on the same corpus (each with its own --cache: their warehouses differ)")
    args = ap.parse_args(argv)
    if args.rebuilds_only:
        return rebuilds_only(args)
    if not (args.corpus / "materialize.py").exists():
        raise SystemExit(f"{args.corpus}/materialize.py not found: pass --corpus pointing at ../shared/corpora/saudinewsnet")
    scales = [s for s in (1, 10, 33) if s <= max(args.scale, 10)]
    scratch = args.cache / "runs"
    shutil.rmtree(scratch, ignore_errors=True)
    rows, notes, where = [], [], {}
    started_load = load()

    def build(label: str, scale: int, raw: Path, work: Path, db: Path, n: int, before=None, repeat: int = REPEAT):
        """Run one build ``repeat`` times (``before(i)`` prepares run i); keep the median."""
        walls, rsss, cpus = [], [], []
        for i in range(repeat):
            if before is not None:
                before(i)
            manifest = ["--manifest", str(raw / "manifest.csv")] if (raw / "manifest.csv").exists() else []
            wall, rss, cpu, timings = timed([*ETL, "build", "--raw", str(raw), "--work", str(work), "--db", str(db), *manifest])
            walls.append(wall)
            cpus.append(cpu)
            rsss.append(rss)
            where[(scale, label)] = timings
            print(f"x{scale:<3} {label:32s} {wall:8.2f} s  {cpu:8.2f} CPU s  {rss:7.0f} MB  (load {load()})", flush=True)
        wall = statistics.median(walls)
        rows.append((scale, label, wall, min(walls), max(walls), n / wall, max(rsss), statistics.median(cpus)))
        return wall, max(rsss)

    results: dict[int, dict] = {}
    for scale in scales:
        name = "bench-x1" if scale == 1 else f"x{scale}"  # its own copy: the bench changes files for a while
        target = args.cache / name
        if scale == 33:
            need = (0 if (target / ".complete").exists() else 3.6 * GB) + 25 * GB  # text, work folder, warehouse and its spare
            free = shutil.disk_usage(args.cache).free
            if free < need:
                notes.append(f"x33 skipped: {free / GB:.0f} GB free under {args.cache}, it needs about {need / GB:.0f} GB.")
                print(notes[-1])
                continue
        raw = materialize(args.corpus, target, copies=scale)
        n, size = corpus_size(raw)
        res = results[scale] = {"files": n, "bytes": size}
        floor(raw)  # brings the files into the page cache: "cold" means an empty work folder, not a cold disk
        floors = [floor(raw) for _ in range(REPEAT if scale == 1 else 1)]
        res["floor"] = statistics.median(floors)
        rows.append((scale, "floor: read files + one polars regex", res["floor"], min(floors), max(floors), n / res["floor"], float("nan"),
                     float("nan")))
        work, db = scratch / f"w{scale}", scratch / f"db{scale}.duckdb"
        res["cold"] = build("cold build", scale, raw, work, db, n, repeat=COLD_REPEAT[scale],
                            before=lambda i, w=work, d=db: (shutil.rmtree(w, ignore_errors=True), d.unlink(missing_ok=True)))
        res["unchanged"] = build("nothing changed", scale, raw, work, db, n)
        inc = Increment(raw, n)
        try:
            res["increment"] = build(f"daily increment ({inc.n_new} new + {CHANGED_FILES} changed)", scale, raw, work, db, n, before=inc.apply)
        finally:
            inc.restore()
        res["db_bytes"] = db.stat().st_size
        if scale == 33:
            shutil.rmtree(scratch / "w33", ignore_errors=True)
            for p in scratch.glob("*db33.duckdb*"):
                p.unlink()
        write_results(args.out, rows, results, where, notes, started_load)  # after each size: a long run keeps what it measured
    write_results(args.out, rows, results, where, notes, started_load)


def step_medians(steps: dict[str, list[float]], runs: int, top: int | None) -> str:
    """Each step's median over the runs that had it, largest first (``top`` of them; all, in
    the order given, when None); a step only some runs had says how many (the first increment
    after a rule change copies the previous warehouse, the next ones bring the spare up to date
    in place: its copy step is not every increment's cost)."""
    items = [(statistics.median(v), k, len(v)) for k, v in steps.items() if k != "publish"]
    if top is not None:
        items = sorted(items, key=lambda x: (-x[0], x[1]))[:top]
    return ", ".join(f"{k} {m:.2f}" + (f" (in {n} of {runs} runs)" if n < runs else "") for m, k, n in items)


def rebuilds_only(args) -> None:
    """``--rebuilds-only``: the rebuilds of one corpus (nothing changed, then daily increments),
    each run ``--repeat`` times, on the work folder and warehouse of an earlier bench (kept: a
    cold build of x10 takes minutes). One build first, not measured, brings them up to date
    with the corpus and the code (an edit to the publish code re-publishes cold)."""
    scale = args.scale
    raw = materialize(args.corpus, args.cache / ("bench-x1" if scale == 1 else f"x{scale}"), copies=scale)
    work, db = args.cache / "runs" / f"w{scale}", args.cache / "runs" / f"db{scale}.duckdb"
    n, _ = corpus_size(raw)
    manifest = ["--manifest", str(raw / "manifest.csv")] if (raw / "manifest.csv").exists() else []
    cmd = [*ETL, "build", "--raw", str(raw), "--work", str(work), "--db", str(db), *manifest]
    code = args.code.resolve() if args.code else None
    wall, _, cpu, _ = timed(cmd, code)
    print(f"x{scale} settling build (not measured): {wall:.2f} s, {cpu:.2f} CPU s (load {load()})", flush=True)
    STEP_CPU.clear()
    inc = Increment(raw, n, tag=f" {time.time_ns()}")  # new to the store, whatever earlier rounds added
    runs = [("nothing changed", None), (f"daily increment ({inc.n_new} new + {CHANGED_FILES} changed)", inc.apply)]
    summary = []
    try:
        for label, before in runs:
            walls, cpus, rsss, steps, step_cpu = [], [], [], {}, {}
            for i in range(args.repeat):
                if before is not None:
                    before(i)
                wall, rss, cpu, timings = timed(cmd, code)
                walls.append(wall)
                cpus.append(cpu)
                rsss.append(rss)
                for k, v in timings.items():
                    steps.setdefault(k, []).append(v)
                for k, v in STEP_CPU.items():
                    step_cpu.setdefault(k, []).append(v)
                STEP_CPU.clear()
                print(f"x{scale:<3} {label:40s} {wall:8.2f} s  {cpu:8.2f} CPU s  {rss:7.0f} MB  (load {load()})", flush=True)
            summary.append((label, walls, cpus, rsss, steps, step_cpu))
    finally:
        inc.restore()
    for label, walls, cpus, rsss, steps, step_cpu in summary:
        print(f"\nx{scale} {label}: wall median {statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f}), "
              f"CPU median {statistics.median(cpus):.2f} s ({min(cpus):.2f}-{max(cpus):.2f}), peak RSS {max(rsss):.0f} MB")
        print("  steps (median wall s): " + step_medians(steps, len(walls), top=12))
        print("  steps (median CPU s): " + step_medians(step_cpu, len(walls), top=None))


def write_results(out: Path, rows, results: dict, where: dict, notes: list[str], started_load: str) -> None:
    one = results[1]
    per_article = lambda s: results[s]["cold"][0] / results[s]["files"] / (one["cold"][0] / one["files"])
    lines = [
        "# Benchmark results", "",
        f"`make bench` on {os.cpu_count()} cores, load average {started_load} at the start and {load()} at the end "
        "(the machine is shared: wall times vary by up to a third from run to run).",
        "Corpora: " + "; ".join(f"x{s}: {r['files']} files, {r['bytes'] / 1e6:.0f} MB, warehouse {r['db_bytes'] / 1e6:.0f} MB"
                                for s, r in results.items()) + ".",
        f"Each run is repeated {REPEAT} times (cold builds of x10 and x33 once): wall is the median, with the range beside it; "
        "peak RSS is the highest of the runs. A daily increment adds 1% new files and changes 10, a different set each run.", "",
        "CPU s: user and system time of the build process (median), steadier than wall time on a loaded machine.", "",
        "| corpus | run | wall s (median) | range s | CPU s | articles/s | peak RSS MB |", "|---|---|---:|---:|---:|---:|---:|",
    ]
    blank = lambda v, f: "" if v != v else format(v, f)
    lines += [f"| x{r[0]} | {r[1]} | {r[2]:.2f} | {r[3]:.2f}–{r[4]:.2f} | {blank(r[7], '.1f')} | {r[5]:.0f} | {blank(r[6], '.0f')} |" for r in rows]
    lines += ["", "Targets (issue 14):", ""]
    lines.append(f"- single-corpus cold build / floor: {one['cold'][0] / one['floor']:.1f}x (target ≤ 3x)")
    for s in results:
        if s == 1:
            continue
        r = results[s]
        lines.append(f"- x{s}: time per article {per_article(s):.2f}x the single corpus's (target ≤ {1.15 if s == 10 else 1.3}); "
                     f"nothing changed {r['unchanged'][0]:.2f} s{' (target < 3 s)' if s == 10 else ''}; "
                     f"daily increment {r['increment'][0]:.2f} s{' (target < 8 s)' if s == 10 else ''}")
    if 33 in results and 10 in results:
        lines.append(f"- x33 increment / x10 increment: {results[33]['increment'][0] / results[10]['increment'][0]:.2f} (target ≤ 1.5)")
    peaks = {s: max(r[6] for r in rows if r[0] == s and r[6] == r[6]) for s in results}
    lines.append("- peak RSS: " + ", ".join(f"x{s} {mb:.0f} MB" for s, mb in peaks.items()) + " (target < 2000 MB, flat)")
    lines += [f"- {n}" for n in notes]
    lines += ["", "Where the time goes (`ETL_TIMINGS=1`, last run of each kind):", "",
              "| corpus | run | " + " | ".join(STAGES) + " |", "|---|---|" + "---:|" * len(STAGES)]
    for (s, label), t in where.items():
        lines.append(f"| x{s} | {label} | " + " | ".join(f"{t[k]:.2f}" if k in t else "" for k in STAGES) + " |")
    lines += ["", "The largest steps of each run on the large corpora (seconds; `publish: X` is one mart or step of the publish):", ""]
    for (s, label), t in where.items():
        if s > 1:
            steps = sorted(((v, k) for k, v in t.items() if k != "publish"), reverse=True)[:10]
            lines.append(f"- x{s} {label}: " + ", ".join(f"{k} {v:.2f}" for v, k in steps))
    lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


# the first: process start to the build (etl/pipeline.py STARTUP), in no other step
STAGES = ("startup (imports, checks)", "signature", "ingest (extraction overlapped)", "extract: waiting for overlapped parts", "publish")


if __name__ == "__main__":
    main()

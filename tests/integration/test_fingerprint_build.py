"""The fingerprints at work: what extraction really loads and opens is covered, and a build
re-extracts nothing after an edit to the CLI or the benchmark, everything after a rule edit."""

import json
import os
import subprocess
import sys
from pathlib import Path

from etl import pipeline
from etl.fingerprint import extraction_fingerprint, extraction_inputs
from etl.resources import PACKAGE_DIR, data_dir
from tests.conftest import SAMPLE_RAW
from tests.unit.test_fingerprint import edit, tree  # noqa: F401  (fixture)


AUDIT = r"""
import json, sys
from pathlib import Path
opened = set()
sys.addaudithook(lambda event, args: opened.add(str(args[0])) if event == "open" and isinstance(args[0], str) else None)
import polars as pl
from etl.extract import extract
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
extract(pl.DataFrame({"article_id": [p.stem for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths]}))
print(json.dumps({"modules": sorted(m for m in sys.modules if m == "etl" or m.startswith("etl.")), "opened": sorted(opened)}))
"""


def test_everything_extraction_loads_and_opens_is_in_its_fingerprint():
    """Run extraction on the sample in a fresh interpreter: every etl module it loads and
    every reference table it opens is one of the fingerprint's inputs."""
    env_path = str(PACKAGE_DIR.parent)
    res = subprocess.run([sys.executable, "-c", AUDIT, str(SAMPLE_RAW)], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, cwd=env_path)
    assert res.returncode == 0, res.stderr[-3000:]
    seen = json.loads(res.stdout.strip().splitlines()[-1])
    inputs = {p.resolve() for p in extraction_inputs()}
    loaded = {PACKAGE_DIR / ("__init__.py" if m == "etl" else f"{m.split('.', 1)[1]}.py") for m in seen["modules"]}
    reference = data_dir("reference").resolve()
    tables = {Path(p).resolve() for p in seen["opened"] if Path(p).resolve().parent == reference}
    assert len(loaded) > 5 and len(tables) > 10  # the audit saw extraction at work
    assert loaded <= inputs, loaded - inputs
    assert tables <= inputs, tables - inputs


def test_a_build_re_extracts_nothing_after_a_cli_or_benchmark_edit_and_everything_after_a_rule_edit(tmp_path, raw_copy, tree,
                                                                                                       monkeypatch):
    pkg, _, ref = tree
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    monkeypatch.setattr(pipeline, "fingerprint", lambda: extraction_fingerprint(pkg, ref))
    assert pipeline.build(raw_copy, work, db)["extracted_articles"] == 5
    edit(pkg / "cli.py")
    edit(pkg / "bench.py")
    touched = next(raw_copy.glob("*.txt"))
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))  # so the build does not stop at "unchanged"
    counts = pipeline.build(raw_copy, work, db)
    assert counts["articles"] == 5 and counts["extracted_articles"] == 0
    edit(pkg / "rules.py")
    assert pipeline.build(raw_copy, work, db)["extracted_articles"] == 5


def test_an_edited_sql_model_re_publishes_a_build_that_is_otherwise_unchanged(tmp_path, raw_copy, monkeypatch):
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    pipeline.build(raw_copy, work, db)
    assert pipeline.build(raw_copy, work, db) == {"unchanged": True}
    monkeypatch.setattr(pipeline, "publish_fingerprint", lambda: "edited-sql")
    counts = pipeline.build(raw_copy, work, db)
    assert counts.get("unchanged") is None and counts["extracted_articles"] == 0

"""The package as a wheel: built from the source tree, installed without ``-e`` into a fresh
environment, it finds its SQL models and reference tables inside itself and builds the sample.

The fresh environment has no network: its own site-packages holds only the wheel, and a
``.pth`` file appends the test interpreter's site-packages for the dependencies (a plain
path line: the editable install's finder there is not loaded, so ``import etl`` can only
find the wheel). ``--system-site-packages`` would not do: it shares the base interpreter's
packages, not this virtualenv's.
"""

import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from etl.evaluate import evaluate, table_score
from tests.conftest import DATA, ROOT, SAMPLE_RAW, q

# What the wheel is built from: the project file and the folders it maps into the package.
SOURCES = ("pyproject.toml", "etl", "sql", "data/reference")


def run(cmd, cwd: Path, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    res = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, **kw)
    assert res.returncode == 0, f"{cmd} failed:\n{res.stdout[-2000:]}\n{res.stderr[-4000:]}"
    return res


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A virtualenv with the wheel installed (not editable): its directory."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    for name in SOURCES:  # a copy: the build's own folders (build/, *.egg-info) stay out of the checkout
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    dist = root / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", dist, src], cwd=root)
    wheel, = dist.glob("arabic_news_etl-*.whl")
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # Installed before the dependencies are visible: pip sees an empty environment.
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel], cwd=root)
    target = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root).stdout.strip())
    (target / "_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return env_dir


def test_the_installed_wheel_holds_its_sql_and_reference_data(installed, tmp_path):
    out = run([installed / "bin" / "python", "-c",
               "import etl; from etl.resources import data_dir; print(etl.__file__); print(data_dir('sql')); print(data_dir('reference'))"],
              cwd=tmp_path).stdout.split()
    assert all(Path(p).is_relative_to(installed) for p in out), out  # nothing is read from the checkout
    sql, reference = Path(out[1]), Path(out[2])
    assert sorted(p.relative_to(sql) for p in sql.rglob("*.sql")) == sorted(p.relative_to(ROOT / "sql") for p in (ROOT / "sql").rglob("*.sql"))
    assert sorted(p.name for p in reference.glob("*.csv")) == sorted(p.name for p in (ROOT / "data" / "reference").glob("*.csv"))


def test_the_installed_wheel_builds_the_sample_from_outside_the_repository(installed, tmp_path):
    db = tmp_path / "out" / "news.duckdb"
    run([installed / "bin" / "etl", "build", "--raw", SAMPLE_RAW, "--work", tmp_path / "work", "--db", db], cwd=tmp_path)
    assert q(db, "select count(*) from articles")[0][0] == 5
    res = evaluate(DATA / "seeds.json", db)  # the sample's gold: sources, dates and every figure
    assert res.source_right == res.date_right == 5
    for table in ("troops", "attacks"):
        s = table_score(res, table)
        assert s.tp > 0 and (s.fp, s.fn) == (0, 0), table
    # the reference tables the SQL reads (outlets, plausibility) came from the wheel too
    assert q(db, "select count(*) from outlets")[0][0] > 0

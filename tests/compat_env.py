"""Older DuckDB releases, each in its own virtual environment, to check that the published
warehouse opens in the readers BI tools ship with.

An environment is created on first use (``python -m venv`` and ``pip install duckdb==X``
from the package index), cached under ``$ETL_COMPAT_CACHE/<version>`` (default
``~/.cache/arabic-news-etl/duckdb-readers/<version>``) and reused while its
``import duckdb`` reports the right version. A file lock lets parallel test runs share the
cache. Without the package index the first run fails with :class:`ReaderEnvError`; later
runs use the cache and need no network.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

# The oldest reader the issue names (issue 13) and the newest 1.x release on PyPI (checked
# with `pip index versions duckdb` when this was written: 1.5.6 is the last before 2.0).
DUCKDB_READERS = ("1.1.3", "1.5.6")
CACHE_ENV = "ETL_COMPAT_CACHE"
DEFAULT_CACHE = Path.home() / ".cache" / "arabic-news-etl" / "duckdb-readers"
READER_SCRIPT = Path(__file__).resolve().parent / "compat_reader.py"
PIP_TIMEOUT = 60  # seconds per request: an unreachable index fails in minutes, not half an hour


class ReaderEnvError(RuntimeError):
    """A reader environment could not be created (usually: the package index is unreachable)."""


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


def _python(env: Path) -> Path:
    return env / "bin" / "python"


def installed_version(python: Path) -> str | None:
    """The duckdb version importable by ``python``; None when there is none (or no python)."""
    if not python.exists():
        return None
    res = subprocess.run([str(python), "-c", "import duckdb; print(duckdb.__version__)"],
                         capture_output=True, text=True, timeout=120)
    return res.stdout.strip() if res.returncode == 0 else None


@contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _run(cmd: list[str], what: str, timeout: int) -> None:
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ReaderEnvError(f"{what}: timed out after {timeout} s ({' '.join(cmd)})") from exc
    if res.returncode != 0:
        tail = "\n".join((res.stderr or res.stdout).strip().splitlines()[-15:])
        raise ReaderEnvError(f"{what}: exit code {res.returncode}\n{tail}")


def reader_python(version: str, cache: Path | None = None) -> Path:
    """The python of a virtual environment with exactly ``duckdb==version``; created once."""
    cache = cache or cache_root()
    env = cache / version
    with _locked(cache / f".{version}.lock"):
        if installed_version(_python(env)) == version:
            return _python(env)
        if env.exists():  # a half-built or stale environment: start again
            shutil.rmtree(env)
        _run([sys.executable, "-m", "venv", str(env)], f"could not create a virtual environment in {env}", 300)
        try:
            _run([str(_python(env)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                  "--only-binary", ":all:", "--timeout", str(PIP_TIMEOUT), "--retries", "2", f"duckdb=={version}"],
                 f"could not install duckdb=={version} from the package index into {env} (is the index "
                 f"reachable? the first run downloads it, later runs reuse {cache}; set {CACHE_ENV} to "
                 f"use another cache folder)", 900)
        except ReaderEnvError:
            shutil.rmtree(env, ignore_errors=True)
            raise
        got = installed_version(_python(env))
        if got != version:
            raise ReaderEnvError(f"{env}: pip installed duckdb=={version} but `import duckdb` reports {got!r}")
        return _python(env)


def read_warehouse(python: Path | str, db: Path, timeout: int = 600) -> dict:
    """Run :mod:`tests.compat_reader` with ``python`` on ``db``: its JSON report."""
    res = subprocess.run([str(python), str(READER_SCRIPT), str(db)], capture_output=True, text=True, timeout=timeout)
    if res.returncode != 0:
        raise AssertionError(f"the reader ({python}) crashed, exit code {res.returncode}:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout)

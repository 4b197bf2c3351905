"""Start the Superset dashboard on a published warehouse: one command, nothing else to install.

    python dashboards/superset/dashboard.py up --db data/warehouse/news.duckdb

1. Superset gets its own virtualenv, made on first use from ``requirements.lock`` beside this
   file (Superset pins SQLAlchemy 1.4, pandas 2.1 and numpy 1.26, which clash with the ETL's
   own pins), under ``~/.cache/arabic-news-etl/superset-venv`` (``ETL_SUPERSET_VENV``). It is
   remade when the lock file changes.
2. Superset's own metadata database is initialised in a cache folder
   (``~/.cache/arabic-news-etl/superset``, ``--home``), with a local admin (admin / admin).
3. The dashboard (datasets/, charts/, dashboard.yaml) is bundled against the warehouse, which
   Superset opens read-only, and imported (re-importing updates it in place).
4. Superset serves on 127.0.0.1:8088 until Ctrl-C.

Standard library only: runs under any Python 3.10+ (the ETL's .venv in the Makefile).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCK = HERE / "requirements.lock"
CONFIG = HERE / "superset_config.py"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "arabic-news-etl"
VENV = Path(os.environ.get("ETL_SUPERSET_VENV", CACHE / "superset-venv"))
HOME = CACHE / "superset"
ADMIN = ("admin", "admin")  # local only: the server listens on 127.0.0.1
HOST, PORT = "127.0.0.1", 8088


class DashboardError(Exception):
    """A step failed; the message says which and why."""


def lock_digest() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]


def venv_bin(name: str) -> Path:
    return VENV / "bin" / name


def venv_ready() -> bool:
    """The Superset virtualenv exists and was made from the current lock file."""
    stamp = VENV / ".lock-digest"
    return stamp.exists() and stamp.read_text().strip() == lock_digest() and venv_bin("superset").exists()


def ensure_venv(python: str | None = None, quiet: bool = False) -> Path:
    """Make (or remake, when the lock changed) the Superset virtualenv. Returns its python."""
    if venv_ready():
        return venv_bin("python")
    python = python or os.environ.get("SUPERSET_PYTHON") or sys.executable
    say = (lambda *_: None) if quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    say(f"dashboard: creating the Superset virtualenv in {VENV} (a few minutes, once)")
    if VENV.exists():
        shutil.rmtree(VENV)
    VENV.parent.mkdir(parents=True, exist_ok=True)
    run([python, "-m", "venv", str(VENV)], "create the Superset virtualenv")
    run([str(venv_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-r", str(LOCK)], "install Superset from dashboards/superset/requirements.lock")
    (VENV / ".lock-digest").write_text(lock_digest() + "\n")
    return venv_bin("python")


def superset_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(SUPERSET_CONFIG_PATH=str(CONFIG), SUPERSET_HOME=str(home), FLASK_APP="superset",
               PATH=f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    return env


def run(cmd: list[str], what: str, env: dict | None = None) -> str:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise DashboardError(f"could not {what} ({' '.join(cmd[:3])} … exit {proc.returncode}):\n{tail}")
    return proc.stdout


def init(home: Path = HOME) -> None:
    """Superset's metadata database (schema, roles, the local admin) in ``home``, once.

    Made once per lock file in the cache (migrations and role sync take a minute or two) and
    copied into each new home; the secret key stays per home (nothing in the copy is
    encrypted with it: it holds no database connection yet)."""
    stamp = home / ".initialised"
    if stamp.exists() and stamp.read_text().strip() == lock_digest():
        return
    home.mkdir(parents=True, exist_ok=True)
    template = CACHE / f"superset-metadata-{lock_digest()}.db"
    if not template.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="superset-init-", dir=CACHE) as tmp:
            env = superset_env(Path(tmp))
            superset = str(venv_bin("superset"))
            run([superset, "db", "upgrade"], "create Superset's metadata database", env)
            run([superset, "fab", "create-admin", "--username", ADMIN[0], "--password", ADMIN[1], "--firstname",
                 "Local", "--lastname", "Admin", "--email", "admin@localhost"], "create the admin user", env)
            run([superset, "init"], "set up Superset's roles and permissions", env)
            os.replace(Path(tmp) / "superset.db", template)
    shutil.copyfile(template, home / "superset.db")
    stamp.write_text(lock_digest() + "\n")


def import_dashboard(db: Path, home: Path = HOME) -> None:
    """Bundle the dashboard against ``db`` and load it (replacing an earlier load)."""
    proc = subprocess.run([str(venv_bin("python")), str(HERE / "load.py"), str(db.resolve())],
                          env=superset_env(home), capture_output=True, text=True)
    if proc.returncode != 0:
        err = proc.stderr.strip()
        if "dashboard: " in err:  # load.py's own reason, possibly over several lines
            raise DashboardError(err[err.index("dashboard: ") + len("dashboard: "):])
        raise DashboardError("could not load the dashboard:\n" + "\n".join(err.splitlines()[-15:]))


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _tied_to(parent: int):
    """A preexec function: the child gets SIGTERM when the process that started it dies (Linux),
    so a killed test run or a killed `up` leaves no server behind in its own session."""
    def tie() -> None:
        if sys.platform.startswith("linux"):
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
            if os.getppid() != parent:  # the parent died before the tie was made
                os._exit(1)
    return tie


def spawn(cmd: list[str], **kwargs) -> subprocess.Popen:
    """cmd in a session of its own (killpg ends it with its children), ended with its parent."""
    return subprocess.Popen(cmd, start_new_session=True, preexec_fn=_tied_to(os.getpid()), **kwargs)


def serve(home: Path = HOME, host: str = HOST, port: int = PORT, log=None) -> subprocess.Popen:
    """Superset under gunicorn on host:port (one worker, threads); the caller waits on or ends it."""
    cmd = [str(venv_bin("gunicorn")), "--bind", f"{host}:{port}", "--workers", "1", "--threads", "8",
           "--timeout", "120", "--worker-class", "gthread",
           "--no-control-socket",  # gunicorn 27 shares one socket path per user otherwise
           "superset.app:create_app()"]
    return spawn(cmd, env=superset_env(home), stdout=log, stderr=subprocess.STDOUT if log else None)


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise DashboardError(f"Superset exited with code {proc.returncode} while starting")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    raise DashboardError(f"Superset did not answer on {url}/health within {timeout:.0f} s")


def _stop(signum, frame):
    raise KeyboardInterrupt


def up(db: Path, home: Path, host: str, port: int) -> int:
    signal.signal(signal.SIGTERM, _stop)  # `kill` stops Superset too, like Ctrl-C
    ensure_venv()
    init(home)
    import_dashboard(db, home)
    url = f"http://{host}:{port}"
    proc = serve(home, host, port)
    try:
        wait_healthy(url, proc)
        print(f"Superset: {url}/superset/dashboard/arabic-news/  (login {ADMIN[0]} / {ADMIN[1]}; Ctrl-C stops it)",
              flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # gunicorn and its worker (their own session)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_up = sub.add_parser("up", help="install if needed, import the dashboard and serve it")
    p_imp = sub.add_parser("import", help="install if needed and import the dashboard (no server)")
    sub.add_parser("venv", help="make the Superset virtualenv if needed and print its python")
    for p in (p_up, p_imp):
        p.add_argument("--db", type=Path, default=Path("data/warehouse/news.duckdb"), help="the published warehouse")
        p.add_argument("--home", type=Path, default=HOME, help="Superset's own state (metadata database, secret key)")
    p_up.add_argument("--host", default=HOST)
    p_up.add_argument("--port", type=int, default=PORT)
    args = parser.parse_args(argv)
    try:
        if args.command == "venv":
            print(ensure_venv())
            return 0
        if args.command == "import":
            ensure_venv()
            init(args.home)
            import_dashboard(args.db, args.home)
            print(f"dashboard imported from {args.db} into {args.home}")
            return 0
        return up(args.db, args.home, args.host, args.port)
    except DashboardError as exc:
        print(f"dashboard: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

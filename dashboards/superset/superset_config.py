"""Superset settings for the news warehouse dashboard (read by Superset through SUPERSET_CONFIG_PATH).

Everything Superset keeps (its metadata database, the secret key) lives in SUPERSET_HOME, a
cache folder that ``dashboards/superset/dashboard.py`` creates; the warehouse itself is only
ever opened read-only. Local use only: the server listens on 127.0.0.1.
"""

import os
import secrets
from pathlib import Path

HOME = Path(os.environ["SUPERSET_HOME"])
HOME.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """A random key made on first use and kept in the cache folder (never in the repository)."""
    path = HOME / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(42))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{HOME / 'superset.db'}?check_same_thread=false"
DATA_DIR = str(HOME)
APP_NAME = "Arabic news warehouse"

# A dashboard of a few charts: render them all at once rather than when scrolled into view
# (the rendering test checks every chart on the page).
FEATURE_FLAGS = {"DASHBOARD_VIRTUALIZATION": False}

# Results straight from the read-only warehouse; nothing cached between builds.
CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}

# A single local user: no rate limit on the login API (the test logs in more than once).
AUTH_RATE_LIMITED = False
RATELIMIT_ENABLED = False

"""The dashboard code in dashboards/superset, importable by the tests (it is not a package:
its scripts run in Superset's own virtualenv)."""

import importlib.util
import sys
from pathlib import Path

SUPERSET_DIR = Path(__file__).resolve().parents[1] / "dashboards" / "superset"


def load(name: str):
    """dashboards/superset/<name>.py as a module (bundle needs only duckdb and PyYAML;
    dashboard only the standard library)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SUPERSET_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

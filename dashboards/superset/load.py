"""Bundle the dashboard against a warehouse and load it into Superset, replacing what an earlier
load left (database, datasets, charts and dashboard alike: Superset's asset import).

    load.py WAREHOUSE.duckdb

Runs in the Superset virtualenv with SUPERSET_CONFIG_PATH and SUPERSET_HOME set (dashboard.py
does this). Exit code 1 with a one-paragraph reason when the warehouse cannot carry the
dashboard (see bundle.py).
"""

from __future__ import annotations

import io
import logging
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: load.py WAREHOUSE.duckdb", file=sys.stderr)
        return 2
    buf = io.BytesIO()
    try:
        bundle.build(Path(argv[0]), buf, kind="assets")
    except bundle.BundleError as exc:
        print(f"dashboard: {exc}", file=sys.stderr)
        return 1
    logging.disable(logging.WARNING)
    from superset.app import create_app

    app = create_app()
    with app.app_context():
        from flask import g

        from superset import security_manager
        from superset.commands.importers.v1.assets import ImportAssetsCommand
        from superset.commands.importers.v1.utils import get_contents_from_bundle

        g.user = security_manager.find_user(username="admin")
        with zipfile.ZipFile(buf) as z:
            contents = get_contents_from_bundle(z)
        try:
            ImportAssetsCommand(contents).run()
        except Exception as exc:  # the command wraps every failure; say what it says
            cause = exc.__cause__ or exc
            detail = getattr(cause, "normalized_messages", lambda: str(cause))()
            print(f"dashboard: Superset refused the import: {detail}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

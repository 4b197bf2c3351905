"""Where the package's data lives: the SQL models (``sql/``) and the reference tables
(``data/reference/``).

In the repository they sit at the root, beside ``etl/``. A wheel (``pip install .``
without ``-e``, or the wheel handed to Spark executors) carries them inside the package,
as ``etl/_sql/`` and ``etl/_reference/`` (pyproject.toml maps the two folders there).
:func:`data_dir` is the one place that decides which applies; every reader goes through it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
# name -> (folder inside the installed package, folder in the repository)
DATA_DIRS = {"sql": ("_sql", "sql"), "reference": ("_reference", "data/reference")}


def data_dir(name: str) -> Path:
    """The folder of ``name`` (``sql`` or ``reference``): inside the installed package when
    it was installed from a wheel, else in the source tree (an editable install or a
    checkout on ``PYTHONPATH``)."""
    try:
        packaged, in_repo = DATA_DIRS[name]
    except KeyError:
        raise ValueError(f"unknown data folder {name!r}: one of {', '.join(DATA_DIRS)}") from None
    inside = Path(str(files(__package__).joinpath(packaged)))
    if inside.is_dir():
        return inside
    repo = REPO_ROOT / in_repo
    if repo.is_dir():
        return repo
    raise FileNotFoundError(f"the package's {name} folder is missing: looked in {inside} (a wheel install) and {repo} "
                            f"(a source checkout); reinstall the package (pip install .) or run from the repository.")

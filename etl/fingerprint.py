"""What decides re-running a stage: the extraction fingerprint and the publish fingerprint.

Extraction is re-run for every article when its fingerprint changes, so it covers only
what extraction reads: the modules :data:`EXTRACTION_ENTRY` imports (followed through the
package's import graph, read from the source, not from the running interpreter), the
reference tables those modules name, the polars version (the sketch hashes) and the
gazetteer's data. An edit to the CLI, the benchmark or the publish code leaves it as it is.

Publishing (the SQL) is re-run when its fingerprint changes: the modules
:data:`PUBLISH_ENTRY` imports, every file under ``sql/`` and every reference table (the
models read some of them, e.g. ``outlets.csv``; a re-publish is cheap next to a re-extraction).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from .resources import PACKAGE_DIR, data_dir

PACKAGE = "etl"
EXTRACTION_ENTRY = "extract"  # etl/extract.py: extract(articles) -> tables, called by both engines
PUBLISH_ENTRY = "publish"     # etl/publish.py: the SQL models into a DuckDB file
ALWAYS = ("__init__",)        # runs on any import of the package
CSV_NAME = re.compile(r"^[\w.-]+\.csv$")


def module_facts(source: str) -> tuple[set[str], set[str]]:
    """What one module's code names, in one pass over its syntax tree: the package's modules
    it imports, anywhere in it (function-level imports too; names relative to the package,
    e.g. ``normalize``), and the reference tables it names (``*.csv`` string constants)."""
    modules: set[str] = set()
    tables: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 or (node.level == 0 and node.module is not None and node.module.split(".")[0] == PACKAGE):
                base = (node.module or "") if node.level == 1 else node.module.partition(".")[2]
                if base:
                    modules.add(base.split(".")[0])
                else:  # from . import a, b  /  from etl import a, b
                    modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == PACKAGE and len(parts) > 1:
                    modules.add(parts[1])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and CSV_NAME.match(node.value):
            tables.add(node.value)
    return modules, tables


_FACTS: dict[tuple, tuple[set[str], set[str]]] = {}
FACTS_VERSION = "1"  # bump when module_facts reads sources differently: the stored facts are then ignored
FACTS_KEEP = 2000    # stored facts (one per version of a module): the oldest go first


def cache_dir() -> Path:
    """The user's cache, shared by every work folder and process: what is kept there is derived
    from the installed code and data alone (never from articles), keyed by its content, so a
    stale entry cannot be read. ``ETL_CACHE_DIR``, else ``$XDG_CACHE_HOME/arabic-news-etl``
    (``~/.cache/arabic-news-etl``)."""
    given = os.environ.get("ETL_CACHE_DIR")
    return Path(given) if given else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "arabic-news-etl"


def facts_cache_path() -> Path:
    """Where the facts of module sources are kept between processes (see :func:`cache_dir`)."""
    return cache_dir() / "module-facts.json"


class _StoredFacts:
    """:func:`module_facts` by the SHA-256 of the source, kept in one JSON file: parsing the
    modules' syntax trees took 0.2-0.3 s of CPU in every build (half of a build with nothing
    changed at x1), for sources that change only when someone edits them. Keyed by content,
    never by name or date, so a stored entry is the parse of exactly that text; a file that
    cannot be read or written only costs the parse."""

    def __init__(self) -> None:
        self._entries: dict[str, list] | None = None
        self._dirty = False

    def _load(self) -> dict[str, list]:
        if self._entries is None:
            try:
                data = json.loads(facts_cache_path().read_text(encoding="utf-8"))
                ok = data.get("version") == self._version() and isinstance(data.get("facts"), dict)
                self._entries = data["facts"] if ok else {}
            except (OSError, ValueError, AttributeError):
                self._entries = {}
        return self._entries

    @staticmethod
    def _version() -> str:
        return f"{FACTS_VERSION} python {sys.version_info[0]}.{sys.version_info[1]}"

    def get(self, source: str) -> tuple[set[str], set[str]]:
        key = hashlib.sha256(source.encode("utf-8")).hexdigest()
        entries = self._load()
        hit = entries.get(key)
        if isinstance(hit, list) and len(hit) == 2:
            return set(hit[0]), set(hit[1])
        facts = module_facts(source)
        entries[key] = [sorted(facts[0]), sorted(facts[1])]
        self._dirty = True
        return facts

    def save(self) -> None:
        if not self._dirty or self._entries is None:
            return
        self._dirty = False
        entries = dict(list(self._entries.items())[-FACTS_KEEP:])
        path = facts_cache_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            tmp.write_text(json.dumps({"version": self._version(), "facts": entries}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass


_STORED = _StoredFacts()


def _facts_of(path: Path) -> tuple[set[str], set[str]]:
    """:func:`module_facts` of a file, parsed once per version of it (a build asks several
    times; other processes' parses of the same source are reused, see :class:`_StoredFacts`)."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _FACTS:
        _FACTS[key] = _STORED.get(path.read_text(encoding="utf-8"))
    return _FACTS[key]


def import_closure(package_dir: Path, entry: str) -> tuple[list[str], set[str]]:
    """``entry`` and every package module it imports, directly or not (sorted names), and
    the reference tables those modules name."""
    seen: set[str] = set()
    tables: set[str] = set()
    todo = [entry, *ALWAYS]
    while todo:
        name = todo.pop()
        path = package_dir / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        imports, named = _facts_of(path)
        tables |= named
        todo.extend(imports - seen)
    _STORED.save()
    return sorted(seen), tables


def extraction_inputs(package_dir: Path = PACKAGE_DIR, reference_dir: Path | None = None) -> list[Path]:
    """The files extraction depends on: its modules, then the reference tables they name."""
    reference_dir = reference_dir or data_dir("reference")
    names, tables = import_closure(package_dir, EXTRACTION_ENTRY)
    modules = [package_dir / f"{m}.py" for m in names]
    missing = sorted(t for t in tables if not (reference_dir / t).is_file())
    if missing:
        raise FileNotFoundError(f"extraction names reference tables that are not in {reference_dir}: {', '.join(missing)}")
    return modules + [reference_dir / t for t in sorted(tables)]


def publish_inputs(package_dir: Path = PACKAGE_DIR, sql_dir: Path | None = None, reference_dir: Path | None = None) -> list[Path]:
    """The files publishing depends on: its modules, every file under sql/, every reference table."""
    sql_dir, reference_dir = sql_dir or data_dir("sql"), reference_dir or data_dir("reference")
    modules = [package_dir / f"{m}.py" for m in import_closure(package_dir, PUBLISH_ENTRY)[0]]
    return modules + sorted(p for p in sql_dir.rglob("*") if p.is_file()) + sorted(reference_dir.glob("*.csv"))


def digest(paths: list[Path], roots: list[Path], salt: str = "") -> str:
    """Hash of the files' names (relative to the first root holding them) and contents."""
    h = hashlib.sha256(salt.encode())
    for path in paths:
        root = next(r for r in roots if path.is_relative_to(r))
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extraction_fingerprint(package_dir: Path = PACKAGE_DIR, reference_dir: Path | None = None) -> str:
    """Changes when, and only when, something extraction reads changes."""
    import polars as pl

    from .gazetteer import data_versions

    reference_dir = reference_dir or data_dir("reference")
    salt = f"polars {pl.__version__}; {data_versions()}"  # sketch hashes: one polars version; places: the gazetteer's data
    return digest(extraction_inputs(package_dir, reference_dir), [package_dir, reference_dir], salt)


def publish_fingerprint(package_dir: Path = PACKAGE_DIR, sql_dir: Path | None = None, reference_dir: Path | None = None) -> str:
    """Changes when something publishing reads changes (the extracted Parquet aside)."""
    import duckdb

    sql_dir, reference_dir = sql_dir or data_dir("sql"), reference_dir or data_dir("reference")
    return digest(publish_inputs(package_dir, sql_dir, reference_dir), [package_dir, sql_dir, reference_dir], f"duckdb {duckdb.__version__}")

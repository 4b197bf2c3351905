"""The extraction fingerprint covers what extraction reads and nothing else; the publish
fingerprint covers the SQL and what publishing reads. Computed over a copied tree, edited."""

import shutil
from pathlib import Path

import pytest

from etl.fingerprint import (EXTRACTION_ENTRY, extraction_fingerprint, extraction_inputs, import_closure, module_facts,
                             publish_fingerprint)
from etl.resources import PACKAGE_DIR, data_dir


@pytest.fixture
def tree(tmp_path):
    """A copy of the package, its SQL and its reference tables."""
    pkg, sql, ref = tmp_path / "etl", tmp_path / "sql", tmp_path / "reference"
    shutil.copytree(PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(data_dir("sql"), sql)
    shutil.copytree(data_dir("reference"), ref)
    return pkg, sql, ref


def prints(tree) -> tuple[str, str]:
    pkg, sql, ref = tree
    return extraction_fingerprint(pkg, ref), publish_fingerprint(pkg, sql, ref)


def edit(path: Path, line: str = "# edited") -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n" + line + "\n")


def test_a_copy_of_the_tree_has_the_same_fingerprints(tree):
    assert prints(tree) == (extraction_fingerprint(), publish_fingerprint())


@pytest.mark.parametrize("module", ["cli.py", "bench.py", "evaluate.py", "report.py", "spark_engine.py"])
def test_editing_the_cli_the_benchmark_or_other_tools_changes_neither_fingerprint(tree, module):
    before = prints(tree)
    edit(tree[0] / module)
    assert prints(tree) == before


def test_editing_the_pipeline_or_publish_code_re_publishes_without_re_extracting(tree):
    extraction, publishing = prints(tree)
    edit(tree[0] / "publish.py")
    assert prints(tree)[0] == extraction and prints(tree)[1] != publishing


@pytest.mark.parametrize("module", ["extract.py", "rules.py", "numbers.py", "normalize.py", "resources.py"])
def test_editing_a_module_extraction_imports_re_extracts(tree, module):
    """Directly imported (rules via figures) or deep in the graph (numbers, normalize)."""
    before = prints(tree)[0]
    edit(tree[0] / module)
    assert prints(tree)[0] != before


def test_a_module_joins_the_fingerprint_when_extraction_starts_importing_it(tree):
    pkg = tree[0]
    edit(pkg / "storage.py")
    base = prints(tree)[0]
    edit(pkg / "extract.py", "from . import storage  # noqa")
    with_import = prints(tree)[0]
    edit(pkg / "storage.py", "# edited again")
    assert base != with_import != prints(tree)[0]


@pytest.mark.parametrize("table, row", [("number_words.csv", "اثنا عشر,12,unit"), ("toll_scope.csv", "x,y"), ("toll_place_guards.csv", "x,y")])
def test_editing_a_reference_table_extraction_reads_re_extracts(tree, table, row):
    before = prints(tree)
    edit(tree[2] / table, row)
    after = prints(tree)
    assert after[0] != before[0] and after[1] != before[1]


# (toll_scope.csv is read by the places too, since the story's place refines a toll but not a running total)
@pytest.mark.parametrize("table", ["plausibility.csv", "grammar_lists.csv"])
def test_editing_a_table_only_the_sql_or_the_docs_read_does_not_re_extract(tree, table):
    before = prints(tree)
    edit(tree[2] / table, "x,y")
    after = prints(tree)
    assert after[0] == before[0] and after[1] != before[1]


def test_editing_a_sql_model_re_publishes_without_re_extracting(tree):
    before = prints(tree)
    edit(tree[1] / "marts" / "articles.sql", "-- edited")
    after = prints(tree)
    assert after[0] == before[0] and after[1] != before[1]


def test_module_facts_reads_every_form_of_import_and_the_tables_named():
    source = '''
from . import a, b
from .c import x
from etl.d import y
from etl import e
import etl.f
import os
from polars import col
def later():
    from .g import z
    return read("h.csv"), "not a table.csv", "i.csv.bak"
'''
    modules, tables = module_facts(source)
    assert modules == {"a", "b", "c", "d", "e", "f", "g"}
    assert tables == {"h.csv"}


def test_the_extraction_modules_exclude_the_cli_publish_and_tools():
    modules = set(import_closure(PACKAGE_DIR, EXTRACTION_ENTRY)[0])
    assert {"extract", "figures", "rules", "reference", "gazetteer"} <= modules
    assert not modules & {"cli", "bench", "pipeline", "publish", "ingest", "evaluate", "report", "spark_engine", "storage"}


def test_module_facts_are_kept_by_the_source_text_between_processes(tmp_path, monkeypatch):
    import hashlib
    import json

    from etl import fingerprint as fp

    monkeypatch.setenv("ETL_CACHE_DIR", str(tmp_path))
    source = "from .rules import x\nread('a.csv')\n"
    stored = fp._StoredFacts()
    assert stored.get(source) == ({"rules"}, {"a.csv"})
    stored.save()
    data = json.loads((tmp_path / "module-facts.json").read_text(encoding="utf-8"))
    key = hashlib.sha256(source.encode("utf-8")).hexdigest()
    assert data["facts"][key] == [["rules"], ["a.csv"]]
    # a later process reads the stored facts instead of parsing: a planted entry shows it
    data["facts"][key] = [["planted"], []]
    (tmp_path / "module-facts.json").write_text(json.dumps(data), encoding="utf-8")
    assert fp._StoredFacts().get(source) == ({"planted"}, set())
    # another text is parsed, whatever is stored for the first
    assert fp._StoredFacts().get(source + "# edited\n") == ({"rules"}, {"a.csv"})


def test_an_unreadable_facts_file_only_costs_the_parse(tmp_path, monkeypatch):
    from etl import fingerprint as fp

    monkeypatch.setenv("ETL_CACHE_DIR", str(tmp_path))
    (tmp_path / "module-facts.json").write_text("{not json", encoding="utf-8")
    stored = fp._StoredFacts()
    assert stored.get("from . import numbers\n") == ({"numbers"}, set())
    stored.save()  # replaced by a readable one
    assert fp._StoredFacts().get("from . import numbers\n") == ({"numbers"}, set())

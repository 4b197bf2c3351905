"""The CLI for dashboards: `etl query` formats, limits, NULLs and several statements; one-line
errors with a hint for every command that opens the database; build history kept when the
published file is locked."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal

import duckdb
import pytest
from typer.testing import CliRunner

from etl import cli, errors, pipeline
from etl.cli import app
from etl.publish import PublishError

from tests.conftest import DATA, SAMPLE_RAW, q

runner = CliRunner()  # click 8.2+: result.stderr is separate, result.output interleaves both streams
SEEDS = str(DATA / "seeds.json")


def build_args(raw, work, db, *extra):
    return ["build", "--raw", str(raw), "--work", str(work), "--db", str(db), *extra]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """The sample built once for the read-only tests: (raw, work, db)."""
    tmp = tmp_path_factory.mktemp("cli")
    raw = tmp / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    res = runner.invoke(app, build_args(raw, tmp / "work", tmp / "news.duckdb"))
    assert res.exit_code == 0, res.output
    return raw, tmp / "work", tmp / "news.duckdb"


def query(db, sql, *options):
    return runner.invoke(app, ["query", sql, "--db", str(db), *options])


def one_error_line(res, code: int = 1) -> str:
    """The command failed with ``code``, printed exactly one non-empty line, starting with
    ``error:``, and raised nothing (no traceback)."""
    assert res.exit_code == code, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), res.output
    return lines[0]


@contextmanager
def held_read_write(db):
    """Another process holds ``db`` open read-write (a DuckDB CLI, a notebook) until the block ends."""
    code = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(120)"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc.pid
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


# --- etl query: formats --------------------------------------------------------------------

SAMPLE_SQL = "select article_id, source, published_date, null as nothing from articles order by article_id"


def _csv_rows(text):
    return list(csv.reader(io.StringIO(text)))


def check_table(out, expected):
    for article_id, *_ in expected:
        assert article_id in out
    assert "published_date" in out and "NULL" in out


def check_csv(out, expected):
    rows = _csv_rows(out)
    assert rows[0] == ["article_id", "source", "published_date", "nothing"]
    assert rows[1:] == [[a, s or "", d.isoformat(), ""] for a, s, d, _ in expected]


def check_json(out, expected):
    assert json.loads(out) == [{"article_id": a, "source": s, "published_date": d.isoformat(), "nothing": None}
                               for a, s, d, _ in expected]


def check_markdown(out, expected):
    lines = out.splitlines()
    assert lines[0] == "| article_id | source | published_date | nothing |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert lines[2:] == [f"| {a} | {s or 'NULL'} | {d.isoformat()} | NULL |" for a, s, d, _ in expected]


@pytest.mark.parametrize("fmt, check", [("table", check_table), ("csv", check_csv), ("json", check_json), ("markdown", check_markdown)])
def test_query_prints_every_format(warehouse, fmt, check):
    _, _, db = warehouse
    expected = q(db, SAMPLE_SQL)
    assert len(expected) == 5 and any(s is None for _, s, _, _ in expected)  # the sample has an article without a source
    res = query(db, SAMPLE_SQL, "--format", fmt)
    assert res.exit_code == 0, res.output
    assert res.stderr == ""  # nothing cut, nothing to say
    check(res.stdout, expected)


def test_query_json_gives_iso_dates_and_decimals_as_numbers(warehouse):
    _, _, db = warehouse
    res = query(db, "select 1.50::decimal(5,2) as d, 12::decimal(18,0) as whole, timestamp '2021-07-26 10:00:05' as ts, "
                    "date '2021-07-26' as day, [1, 2] as xs, true as flag", "-f", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"d": 1.5, "whole": 12, "ts": "2021-07-26T10:00:05", "day": "2021-07-26",
                                       "xs": [1, 2], "flag": True}]


@pytest.mark.parametrize("fmt, expected", [
    ("table", "NULL"),
    ("markdown", "| NULL | a |"),
    ("csv", "x,y\n,a\n"),
    ("json", '[{"x": null, "y": "a"}]'),
])
def test_query_null_is_NULL_in_table_and_markdown_empty_in_csv_null_in_json(warehouse, fmt, expected):
    _, _, db = warehouse
    res = query(db, "select null::int as x, 'a' as y", "-f", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "table":
        assert "NULL" in res.stdout and "a" in res.stdout
    elif fmt == "csv":
        assert res.stdout == expected
    else:
        assert expected in res.stdout


def test_markdown_escapes_pipes_and_line_breaks_and_right_aligns_numbers():
    text = cli.to_markdown(["n", "t"], [(1, "a|b\nc"), (None, None)])
    assert text.splitlines() == ["| n | t |", "| ---: | --- |", "| 1 | a\\|b<br>c |", "| NULL | NULL |"]


def test_table_shows_brackets_as_text_not_markup(warehouse):
    _, _, db = warehouse
    res = query(db, "select '[red]x[/red]' as \"[b]\"")
    assert res.exit_code == 0 and "[red]x[/red]" in res.stdout and "[b]" in res.stdout


# --- etl query: --limit ----------------------------------------------------------------------

def test_query_limit_cuts_and_says_so_on_stderr(warehouse):
    _, _, db = warehouse
    res = query(db, "select range as n from range(10) order by n desc", "-f", "csv", "--limit", "3")
    assert res.exit_code == 0, res.output
    assert _csv_rows(res.stdout) == [["n"], ["9"], ["8"], ["7"]]
    assert res.stderr.strip() == "showing 3 of 10 rows; use --limit 0 for all"


def test_query_limit_0_prints_all_rows(warehouse):
    _, _, db = warehouse
    res = query(db, "select range as n from range(1500)", "--limit", "0", "-f", "markdown")
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == 2 + 1500 and res.stderr == ""


@pytest.mark.parametrize("fmt, shown", [("table", 1000), ("markdown", 1000), ("csv", 1500), ("json", 1500)])
def test_query_default_limit_is_1000_for_people_and_all_for_programs(warehouse, fmt, shown):
    _, _, db = warehouse
    res = query(db, "select range as n from range(1500)", "-f", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "json":
        assert len(json.loads(res.stdout)) == shown
    elif fmt == "csv":
        assert len(_csv_rows(res.stdout)) == 1 + shown
    elif fmt == "markdown":
        assert len(res.stdout.splitlines()) == 2 + shown
    else:
        assert "│ 999 " in res.stdout and "│ 1000 " not in res.stdout
    assert res.stderr.strip() == ("showing 1000 of 1500 rows; use --limit 0 for all" if shown == 1000 else "")


def test_query_limit_keeps_the_order_of_the_query(warehouse):
    _, _, db = warehouse
    res = query(db, "select article_id from articles order by article_id desc", "-f", "json", "-n", "2")
    ids = sorted((r[0] for r in q(db, "select article_id from articles")), reverse=True)
    assert [r["article_id"] for r in json.loads(res.stdout)] == ids[:2]
    assert res.stderr.strip() == "showing 2 of 5 rows; use --limit 0 for all"


# --- etl query: several statements ----------------------------------------------------------

def test_query_prints_every_statement_and_says_when_one_has_no_result(warehouse):
    _, _, db = warehouse
    sql = "select count(*) as n from articles; set threads = 2; select 'x;y' as s"  # the ; inside the string is not a split
    res = query(db, sql, "-f", "json")
    assert res.exit_code == 0, res.output
    assert [json.loads(line) for line in res.stdout.splitlines()] == [[{"n": 5}], [{"s": "x;y"}]]
    assert res.stderr.strip() == "statement 2: OK, no result set"


def test_query_statements_share_one_session(warehouse):
    _, _, db = warehouse
    res = query(db, "create temp table t as select 1 as a; insert into t values (2), (3); select sum(a) as total from t", "-f", "csv")
    assert res.exit_code == 0, res.output
    assert res.stdout == "total\n6\n"
    assert res.stderr.splitlines() == ["statement 1: OK, 1 rows changed", "statement 2: OK, 2 rows changed"]


def test_query_csv_separates_statements_with_a_blank_line_and_table_names_them(warehouse):
    _, _, db = warehouse
    res = query(db, "select 1 as a; select 2 as b", "-f", "csv")
    assert res.stdout == "a\n1\n\nb\n2\n"
    res = query(db, "select 1 as a; select 2 as b")
    assert "statement 1" in res.stdout and "statement 2" in res.stdout


def test_a_failing_statement_stops_after_printing_the_ones_before(warehouse):
    _, _, db = warehouse
    res = query(db, "select 1 as a; select nope from nowhere; select 3 as c", "-f", "csv")
    assert res.exit_code == 1
    assert res.stdout == "a\n1\n"
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: statement 2 failed: Catalog Error")


@pytest.mark.parametrize("sql, message", [
    ("", "error: no SQL statement given"),
    (" ; ", "error: no SQL statement given"),
    ("selec 1", "error: query failed: Parser Error"),
    ("select nope from nowhere", "error: query failed: Catalog Error"),
])
def test_query_errors_are_one_line(warehouse, sql, message):
    _, _, db = warehouse
    assert one_error_line(query(db, sql)).startswith(message)


# --- one-line errors for every command that opens the database ------------------------------

def command(name, raw, work, db, tmp):
    return {
        "query": ["query", "select 1", "--db", str(db)],
        "status": ["status", "--db", str(db)],
        "report": ["report", "--db", str(db), "-o", str(tmp / "report.html")],
        "explain": ["explain", "000_98b9b88ac5afc341.txt", "--db", str(db)],
        "eval": ["eval", "--gold", SEEDS, "--db", str(db)],
        "publish": ["publish", "--work", str(work), "--db", str(db)],
        "build": build_args(raw, work, db),
    }[name]


ALL = ["query", "status", "report", "explain", "eval", "publish", "build"]


@pytest.mark.parametrize("name", ALL)
def test_locked_database_is_one_line_with_the_pid(warehouse, tmp_path, name):
    raw, work, db = warehouse
    with held_read_write(db) as pid:
        before = (os.stat(db).st_ino, db.read_bytes())
        line = one_error_line(runner.invoke(app, command(name, raw, work, db, tmp_path)))
        assert (os.stat(db).st_ino, db.read_bytes()) == before  # nothing replaced or written
    assert f"(PID {pid})" in line and str(db) in line
    if name in ("publish", "build"):
        assert line.startswith(f"error: cannot read build history from {db}: it is locked by another process")
        assert "Close the program that holds it read-write" in line
    else:
        assert line.startswith(f"error: {db} is locked by another process")
        assert "close the program holding it read-write" in line
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize("name", ALL)
def test_a_file_that_is_not_duckdb_is_one_line_and_left_alone(warehouse, tmp_path, name):
    raw, work, _ = warehouse
    fake = tmp_path / "notes.duckdb"
    fake.write_text("not a database\n")
    line = one_error_line(runner.invoke(app, command(name, raw, work, fake, tmp_path)))
    assert "is not a DuckDB database" in line and str(fake) in line
    assert fake.read_text() == "not a database\n"


@pytest.mark.parametrize("name", ALL)
def test_db_under_a_file_is_one_line(warehouse, tmp_path, name):
    raw, work, _ = warehouse
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    db = blocker / "news.duckdb"
    line = one_error_line(runner.invoke(app, command(name, raw, work, db, tmp_path)))
    if name == "eval":  # eval reads only: nothing there to score
        assert line == f"error: {db} does not exist: run `etl build` on the gold articles first, or pass --raw."
    else:
        assert line == f"error: cannot use --db {db}: {blocker} is a file, not a folder; choose another --db location"


@pytest.mark.parametrize("name", ALL)
def test_db_that_is_a_folder_is_one_line(warehouse, tmp_path, name):
    raw, work, _ = warehouse
    line = one_error_line(runner.invoke(app, command(name, raw, work, tmp_path, tmp_path)))
    assert line == f"error: --db {tmp_path} is a folder: pass the database file, e.g. --db {tmp_path / 'news.duckdb'}"


@pytest.mark.parametrize("name", ["build", "publish"])
def test_unwritable_db_folder_is_one_line(warehouse, tmp_path, monkeypatch, name):
    # Tests run as root here, which may write anywhere: the folder is reported unwritable instead.
    raw, work, _ = warehouse
    folder = tmp_path / "readonly"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(errors.os, "access", lambda p, mode: False if os.fspath(p) == os.fspath(folder) else real_access(p, mode))
    line = one_error_line(runner.invoke(app, command(name, raw, work, folder / "news.duckdb", tmp_path)))
    assert line.startswith(f"error: cannot write {folder / 'news.duckdb'}: folder {folder} is not writable")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", [["build", "--work", "W", "--db", "D"], ["ingest", "--work", "W"], ["eval", "--gold", SEEDS]])
def test_raw_that_is_a_file_is_one_line(tmp_path, args):
    article = tmp_path / "article.txt"
    article.write_text("نص")
    args = [str(tmp_path / a) if a in ("W", "D") else a for a in args]
    line = one_error_line(runner.invoke(app, [*args, "--raw", str(article)]))
    assert line == f"error: --raw {article} is a file: give the folder that holds the articles"


@pytest.mark.parametrize("content", ["nothing", "only other files"])
@pytest.mark.parametrize("args", [["build", "--work", "W", "--db", "D"], ["ingest", "--work", "W"], ["eval", "--gold", SEEDS]])
def test_raw_without_article_files_is_one_line(tmp_path, args, content):
    raw = tmp_path / "raw"
    raw.mkdir()
    if content == "only other files":
        (raw / "photo.jpg").write_bytes(b"\xff\xd8\xff")
        (raw / ".hidden").mkdir()
        (raw / ".hidden" / "note.txt").write_text("مخفي")
    args = [str(tmp_path / a) if a in ("W", "D") else a for a in args]
    line = one_error_line(runner.invoke(app, [*args, "--raw", str(raw)]))
    assert line == f"error: --raw {raw} holds no article files (.txt, .text or no extension): nothing to build"
    assert not (tmp_path / "D").exists()


def test_one_nested_article_file_is_enough_to_build(tmp_path):
    raw = tmp_path / "raw" / "2021" / "07"
    raw.mkdir(parents=True)
    shutil.copy(next(SAMPLE_RAW.glob("000_*.txt")), raw / "article")  # no extension
    assert errors.raw_problem(tmp_path / "raw") is None


# --- build history is never lost --------------------------------------------------------------

def test_build_while_the_database_is_held_stops_and_keeps_the_history(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    assert runner.invoke(app, build_args(raw_copy, work, db)).exit_code == 0
    (raw_copy / "new.txt").write_text(next(raw_copy.glob("000_*.txt")).read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
    with held_read_write(db) as pid:
        before = (os.stat(db).st_ino, db.read_bytes())
        line = one_error_line(runner.invoke(app, build_args(raw_copy, work, db)))
        assert (os.stat(db).st_ino, db.read_bytes()) == before
    assert line.startswith(f"error: cannot read build history from {db}: it is locked by another process (PID {pid})")
    res = runner.invoke(app, build_args(raw_copy, work, db))
    assert res.exit_code == 0, res.output
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]
    assert q(db, "select count(*) from input_files")[0][0] == 6


def test_publish_refuses_to_restart_the_history_of_a_held_database(tmp_path, raw_copy):
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    pipeline.build(raw_copy, work, db)
    with held_read_write(db):
        before = db.read_bytes()
        with pytest.raises(PublishError) as info:
            pipeline.publish(work, db)
        assert db.read_bytes() == before
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"cannot read build history from {db}: it is locked")
    pipeline.publish(work, db)
    assert [r[0] for r in q(db, "select run_id from build_runs order by 1")] == [1, 2]
    assert not any(p.name.startswith(f".{db.name}.building") for p in db.parent.iterdir())


# --- the pure parts ----------------------------------------------------------------------------

LOCK = ('IO Error: Could not set lock on file "/w/news.duckdb": Conflicting lock is held in /usr/bin/python3 (PID 4242). '
        "See also https://duckdb.org/docs/current/connect/concurrency")


@pytest.mark.parametrize("exc, expected", [
    (duckdb.IOException(LOCK), "/w/news.duckdb is locked by another process (PID 4242): close the program holding it "
                               "read-write (a DuckDB CLI, a notebook) and run again"),
    (duckdb.IOException('IO Error: Could not set lock on file "/w/news.duckdb": Resource temporarily unavailable'),
     "/w/news.duckdb is locked by another process: close the program holding it read-write (a DuckDB CLI, a notebook) and run again"),
    (duckdb.IOException('IO Error: The file "/w/news.duckdb" exists, but it is not a valid DuckDB database file!'),
     "/w/news.duckdb is not a DuckDB database: pass --db the file `etl build` wrote (default data/warehouse/news.duckdb)"),
    (duckdb.IOException('IO Error: Cannot open file "/w/news.duckdb": Permission denied'),
     "cannot write /w/news.duckdb: permission denied; choose another --db location or make its folder writable"),
    (PermissionError(13, "Permission denied"),
     "cannot write /w/news.duckdb: permission denied; choose another --db location or make its folder writable"),
    (duckdb.CatalogException("Catalog Error: Table with name build_runs does not exist!\nDid you mean \"x\"?\n\nLINE 1: from build_runs\n     ^"),
     "/w/news.duckdb lacks the tables this version reads (Catalog Error: Table with name build_runs does not exist! "
     "Did you mean \"x\"?): pass --db a warehouse `etl build` wrote, or rebuild it with `etl build --full`"),
])
def test_describe_db_error(exc, expected):
    assert errors.describe_db_error(exc, "/w/news.duckdb") == expected


def test_one_line_drops_the_sql_pointer_and_joins_the_rest():
    assert errors.one_line("Binder Error: no column x\n\nLINE 1: select x\n               ^") == "Binder Error: no column x"


@pytest.mark.parametrize("value, expected", [
    (None, None), (Decimal("1.50"), 1.5), (Decimal("12"), 12), (date(2021, 7, 26), "2021-07-26"),
    (datetime(2021, 7, 26, 10, 0, 5), "2021-07-26T10:00:05"), (float("nan"), "NaN"), (float("-inf"), "-Infinity"),
    ({"a": [Decimal("2.5"), None]}, {"a": [2.5, None]}),
])
def test_json_value(value, expected):
    assert cli.json_value(value) == expected


@pytest.mark.parametrize("value, null, expected", [
    (None, "NULL", "NULL"), (None, "", ""), (True, "", "true"), (Decimal("1.50"), "", "1.50"), (["a", 1], "", '["a", 1]'),
])
def test_text_value(value, null, expected):
    assert cli.text_value(value, null=null) == expected


@pytest.mark.parametrize("fmt, given, expected", [
    (cli.Format.table, None, 1000), (cli.Format.markdown, None, 1000), (cli.Format.csv, None, 0), (cli.Format.json, None, 0),
    (cli.Format.table, 0, 0), (cli.Format.json, 5, 5),
])
def test_default_limit(fmt, given, expected):
    assert cli.default_limit(fmt, given) == expected


def test_cut_note_only_when_rows_were_cut():
    assert cli.cut_note(1000, 5321) == "showing 1000 of 5321 rows; use --limit 0 for all"
    assert cli.cut_note(5, 5) is None


@pytest.mark.parametrize("stmt_type, cols, rows, expected", [
    ("SET", ["Success"], [], "OK, no result set"),
    ("CREATE", ["Count"], [], "OK, no result set"),
    ("INSERT", ["Count"], [(3,)], "OK, 3 rows changed"),
    ("SELECT", ["Count"], [(3,)], None),  # a column the user named Count is a result
    ("SELECT", ["n"], [], None),  # no rows is still a result set
])
def test_no_result_note(stmt_type, cols, rows, expected):
    assert cli.no_result_note(stmt_type, cols, rows) == expected


def test_a_folder_whose_every_file_is_rejected_says_why_in_one_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(b"")
    (raw / "b.txt").write_text("   \n", encoding="utf-8")
    res = runner.invoke(app, ["build", "--raw", str(raw), "--work", str(tmp_path / "w"), "--db", str(tmp_path / "db.duckdb")])
    assert res.exit_code == 1
    lines = [line for line in (res.stderr or res.output).splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: no article to publish: all 2 files")
    assert "1 blank" in lines[0] and "1 empty" in lines[0] and "etl ingest" not in lines[0]

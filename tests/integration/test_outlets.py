"""Credited names through the warehouse: articles.source_name, the unknown_outlets view and
`etl outlets --unknown` (the outlet table grows from them)."""

import csv
import io

import duckdb
import pytest
from typer.testing import CliRunner

from etl import pipeline
from etl.cli import app

runner = CliRunner()

BODY = ("قال مسؤولون إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن اليوم في مؤتمر صحفي "
        "عقد في العاصمة بحضور عدد من الوزراء والمسؤولين.")
ARTICLES = {
    "a.txt": "الموصل (نينوى نيوز)- " + BODY,
    "b.txt": "عنوان أول عن الأحداث في المدينة\n\nالموصل - نينوى  نيوز\n\n" + BODY + " وأضاف المصدر أن الوضع هادئ.",
    "c.txt": "بغداد - رويترز: " + BODY + " وتابع أن القوات باقية.",
    "d.txt": "عنوان ثان عن الأحداث في المدينة\n\nوكالات - بغداد\n\n" + BODY + " وختم بيانه بالدعوة إلى الهدوء.",
    "e.txt": "عنوان ثالث عن الأحداث في المدينة\n\n" + BODY + " وأكد المسؤول ذلك مرة أخرى.\n\nالمصدر: شبكة الشهباء",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("outlets")
    raw = root / "raw"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")
    db = root / "news.duckdb"
    pipeline.build(raw, root / "work", db)
    return db


def q(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_source_name_is_published_for_known_and_unknown_outlets(db):
    rows = dict(q(db, "select file_name, (source, source_name) from articles"))
    assert rows["a.txt"] == (None, "نينوى نيوز")
    assert rows["c.txt"] == ("reuters", "رويترز")
    assert rows["d.txt"] == (None, None)            # a generic credit names no one
    assert rows["e.txt"] == (None, "شبكة الشهباء")


def test_unknown_outlets_counts_names_without_a_key_most_credited_first(db):
    # "نينوى  نيوز" (two spaces) is the same name: one row, counted twice
    rows = q(db, "select source_name, articles from unknown_outlets")
    assert [(name.replace("  ", " "), n) for name, n in rows] == [("نينوى نيوز", 2), ("شبكة الشهباء", 1)]


def test_etl_outlets_unknown_prints_the_view(db):
    res = runner.invoke(app, ["outlets", "--unknown", "--db", str(db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == ["source_name", "articles", "first_date", "last_date"]
    assert [(r[0].replace("  ", " "), r[1]) for r in rows[1:]] == [("نينوى نيوز", "2"), ("شبكة الشهباء", "1")]


def test_etl_outlets_lists_the_table_with_credited_counts(db):
    res = runner.invoke(app, ["outlets", "--db", str(db), "--format", "csv", "--limit", "0"])
    assert res.exit_code == 0, res.output
    rows = {r["outlet_key"]: r for r in csv.DictReader(io.StringIO(res.stdout))}
    assert rows["reuters"]["articles_credited"] == "1"
    assert rows["xinhua"]["articles_credited"] == "0"


def test_etl_outlets_unknown_on_an_older_warehouse_says_to_rebuild(db, tmp_path):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("create table outlets as select 'x' as outlet_key")
    con.close()
    res = runner.invoke(app, ["outlets", "--unknown", "--db", str(old)])
    assert res.exit_code == 1
    assert "etl build" in res.output and "\n" not in res.output.strip()

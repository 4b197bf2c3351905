"""The toll-scope words (data/reference/toll_scope.csv) as the attack_counts mart reads them: the
staging model and the variable that joins them, run in DuckDB over normalised text. Phrases
written for these tests."""

import re
from pathlib import Path

import duckdb
import pytest

from etl.normalize import normalize
from etl.publish import SQL_DIR, render


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    work = Path(tmp_path_factory.mktemp("scope"))
    db = duckdb.connect()
    db.execute(f"create table stg_toll_scope as {render((SQL_DIR / 'staging' / 'stg_toll_scope.sql').read_text(encoding='utf-8'), work)}")
    db.execute(f"set variable toll_scope_patterns = ({render((SQL_DIR / 'variables' / 'toll_scope_patterns.sql').read_text(encoding='utf-8'), work)}\n)")
    return db


def _words(con, scope: str, text: str) -> str:
    return con.execute(f"select regexp_extract(?, getvariable('toll_scope_patterns').{scope})", [normalize(text)]).fetchone()[0]


@pytest.mark.parametrize("text", [
    "وقال إن عدد القتلى بلغ 40 حتى الأول من الشهر",          # a total up to a date (حتى written with ى)
    "قتل 12 شخصا على مدى ثلاثة أيام من القتال",              # على مدى written with ى
    "قتل 500 شخص في العامين الماضيين",
    "وأصيب 30 خلال أسبوعين من القصف",
    "قتل 70 مسلحا خلال أسبوع من الغارات",
    "قتل 90 مدنيا خلال شهر مارس",
    "قتل 15 جنديا خلال الشهر الماضي",
    "ويقتل نحو 100 مقاتل شهريا",
    "وقال الجيش إنه قتل 300 مسلح في عملياته",
    "أحصت الشبكة 60 قتيلا في الفترة من أول الشهر",
    "أحصت حصيلة شهر أيار 60 قتيلا",
    "وأصيب 900 من رجال الأمن خلال الـ12 عاما الماضية",
    "وقدمت القوة على مدى 11 عاما 25 قتيلا",
])
def test_words_of_a_span_or_a_rate_make_a_running_total(con, text):
    assert _words(con, "period", text) != ""


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا صباح اليوم في انفجار",
    "قتل 5 أشخاص في ثاني هجوم خلال أسبوع",                   # a week, not a week of strikes
    "قتل 48 مصليا خلال شهر رمضان في هجوم على مسجد",          # a time of the year, not a month's toll
    "وتأكد حتى الآن مقتل 13 شخصا في الانفجار",                # so far: the event's own toll
    "قتل 9 في هجوم وقع في وقت سابق من الشهر الحالي",          # الشهر is no لشهر
    "دل الهجوم على مدى الانحراف وقتل فيه 15",                 # an extent, not a span
    "قتل 4 في هجوم وقع الشهر الماضي",
    "قتل طفل في الـ12 عاما من عمره في القصف",            # an age, not a span
])
def test_an_events_toll_has_no_span_words(con, text):
    assert _words(con, "period", text) == ""


@pytest.mark.parametrize("text, past", [
    ("في الذكرى العاشرة للهجمات التي قتل فيها 52", True),
    ("في ذكرى مرور عام على مقتل شاب", True),
    ("أحيا المتظاهرون ذكرى الضحايا الـ32 الذين قتلوا الشهر الماضي", False),   # a remembrance, no anniversary
])
def test_an_anniversary_recalls_an_earlier_event(con, text, past):
    assert (_words(con, "past", text) != "") == past


@pytest.mark.parametrize("before, since, broken", [
    ("ومنذ تولي الرئيس الحكم في 29 مايو الماضي، ", True, False),
    ("وبلغ عدد الحالات منذ شهر يونيو 2012 ألف حالة، فيما ", True, False),
    # one event named after the since phrase: the figure is its toll
    ("وتزايدت الهجمات منذ مطلع العام، وكان أبرزها الهجوم على فندق ما أدى إلى ", True, True),
    ("وذلك منذ بدء النزاع، حيث سقط في 19 يوليو ", True, True),
    ("قال مسؤول إن الجماعة التي تأسست قبل عامين قتلت ", False, False),
])
def test_a_since_phrase_before_the_figure_makes_a_running_total_unless_an_event_follows(con, before, since, broken):
    text = normalize(before)
    assert (_words(con, "period_before", text) != "") == since
    tail = con.execute("select regexp_replace(?, '(?s)^.*(?:' || getvariable('toll_scope_patterns').period_before || ')', '')", [text]).fetchone()[0]
    assert (con.execute("select regexp_matches(?, getvariable('toll_scope_patterns').period_before_break)", [tail]).fetchone()[0]) == (broken and since)


@pytest.mark.parametrize("text, year", [
    ("واندلعت أواخر 2007 ومطلع 2008 أعمال عنف أسفرت عن", "2007"),
    ("خلال حكمه بين عامي 1982 و1990 قتل", "1982"),
    ("قتل 20 في عام 20000", ""),   # no year: the start of a longer number
])
def test_a_year_after_a_word_of_time(con, text, year):
    # the expression of sql/marts/attack_counts.sql (past_words' year)
    pattern, = re.findall(r"regexp_extract\(n\.near_text, '([^']+)', 1\)", (SQL_DIR / "marts" / "attack_counts.sql").read_text(encoding="utf-8"))
    got = con.execute("select regexp_extract(?, ?, 1)", [normalize(text), pattern]).fetchone()[0]
    assert got == year

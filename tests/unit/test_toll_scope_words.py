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
    "وقتل 80 مسلحا خلال الأيام الخمسة الماضية",
    "وأصيب 60 آخرون خلال اليومين الماضيين",
    "قتل 35 طفلا خلال أيام العيد",
    "وقال المرصد إن 90 مدنيا قتلوا جراء الغارات خلال هذه الفترة",
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
    "قتل 7 في ثاني هجوم خلال يومين",                         # within two days: the second attack, its own toll
    "قتل 4 في انفجار خلال أيام من زيارة الوزير",              # days of a visit, not the past days
    "ونقلت الطائرة 80 جريحا وسيتم نقل آخرين خلال الأيام المقبلة",   # the days to come
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


def _clause_words(con, before: str) -> str:
    """The span words the attack_counts mart reads in the figure's clause before it (its
    expression for clause_text and the clause's period words, as written there)."""
    sql = (SQL_DIR / "marts" / "attack_counts.sql").read_text(encoding="utf-8")
    clause_expr, = re.findall(r"(regexp_replace\(regexp_replace\(regexp_replace\(normalised\[2\].*?) as clause_text", sql, re.S)
    words_expr, = re.findall(r"(case when not regexp_matches\(regexp_replace\(n\.clause_text.*?end)\) as period_words", sql, re.S)
    return con.execute(f"select coalesce(({words_expr.replace('n.clause_text', 'c')}), '') from "
                       f"(select {clause_expr.replace('normalised[2]', 'b')} as c from (select ? as b))", [normalize(before)]).fetchone()[0]


@pytest.mark.parametrize("before", [
    # span words more than 80 characters before the figure, in its clause
    "وقالت مجلة أجنبية إن العامين المنصرمين كانا الأكثر عنفا في تاريخ البلد المعاصر منذ عقود طويلة حيث قتل 1800 من المدنيين ",
    "وقدمت القوة الخاصة خلال الـ11 عاما الماضية من ملاحقتها للمطلوبين في المدن والقرى والجبال، 13 قتيلا من بينهم ضابطان ",
])
def test_span_words_far_before_the_figure_in_its_clause_make_a_running_total(con, before):
    assert len(normalize(before)) > 80
    assert _clause_words(con, before) != ""


@pytest.mark.parametrize("before", [
    # another clause: a semicolon or a full stop stands between
    "وتصاعد العنف خلال السنوات الماضية في المنطقة الحدودية بين البلدين؛ وأعلنت الشرطة اليوم ",
    # one event named after the span words: the figure is its toll
    "وشهدت المدينة خلال الأشهر الماضية توترا متزايدا بين الطرفين، وأمس وقع هجوم على سوق شعبية أدى إلى مقتل ",
    # … or a colon
    "وقال المتحدث إن القوات حققت تقدما كبيرا خلال الأشهر الماضية في الجبهات الشمالية والجنوبية: وقتل اليوم ",
    # a day of the month named after the span: that day's event's toll
    "وأوضحت أنه خلال الأسابيع القليلة الماضية وقعت حالتان من الهجمات المدمرة، حيث سقط في 19 يوليو الماضي ",
    # a terrorist operation named after the span: its toll
    "وقدمت القوة خلال السنوات الماضية عشرات المصابين، وقبض على المتهمين في العملية الإرهابية التي راح ضحيتها ",
    # words that reach only next to the figure: a since phrase far before (read by its own rule)
    # and a conflict's name followed by a relative clause of something else
    "وتشهد المدينة منذ أسابيع انقطاعا للكهرباء والماء عن معظم الأحياء السكنية في الشمال والجنوب، وقال مسؤول إنه قتل ",
    "وشنت الطائرات غارات على مواقع التمرد حول المدينة، التي يتوقع أن تكون مسرح المواجهة المقبلة، مشيرا إلى أن ",
])
def test_span_words_of_another_clause_or_before_a_named_event_leave_an_events_toll(con, before):
    assert _clause_words(con, before) == ""


@pytest.mark.parametrize("text", [
    "قتل 300 شخص وجرح 900 آخرون في مايو الماضي",                  # a month's toll
    "وشنت الطائرات في مارس 70 غارة على المواقع",                   # a month before the figure
    "وقتل 12 جنديا في شهر أكتوبر وحده",
    "أصيب 40 في المناطق الحدودية في نيسان (أبريل)",                # the Levantine name, then its gloss
    "قتل 60 مسلحا في الهجوم على البلدة في فبراير",                  # an earlier month's event, not the story's day
    "وقتل 22 في الهجوم على المتحف وفي مارس قتل 38 في سوسة",        # a month after and
    "وأصيب 14 في هجوم في آذار/مارس",                                # a month and its gloss after a slash
])
def test_a_month_named_with_no_day_next_to_the_figure_is_an_earlier_months_toll(con, text):
    assert _words(con, "past", text) != ""


@pytest.mark.parametrize("text", [
    "قتل 60 من قوات الصاعقة خلال يوليو",                             # a month's toll
    "وأصيب 45 آخرون في نفس الفترة",                                # the period just spoken of
    "وشهدت نفس الفترة إحراق 30 عربة ومقتل 11 مسلحا",
    "وأدت الهجمات خلال الفترة نفسها إلى مقتل 14 عنصرا",
    "قتل 75 مسلحا خلال النصف الأول من العام",                      # a half-year
    "وقال إن الغارات أسفرت خلال أسبوع عن مقتل 90 مسلحا",           # a result verb, its span, then the toll
    "وأعلنت الجماعة أن عملياتها أدت إلى مقتل 80 جنديا",              # a campaign's operations as the subject
])
def test_a_month_a_period_or_a_campaign_named_next_to_the_figure_makes_a_running_total(con, text):
    assert _words(con, "period", text) != ""


@pytest.mark.parametrize("text", [
    "قتل 15 شخصا في 26 مايو في هجوم على سوق",                     # a day of the month
    "قتل 9 في الخامس من يونيو في تفجير",                           # a day written as an ordinal
    "وصل 40 جريحا إلى مستشفى في إب للعلاج",                         # Ibb, a town, not August
    "قتل 6 في هجوم على نقطة تفتيش في الفترة المسائية",             # a time of day, not the same period
    "قتل 8 في ثاني هجوم خلال أسبوع على الحي",                       # no result verb before the span
    "وأدت العملية إلى مقتل 5 مسلحين",                                # one operation, not a campaign's
])
def test_a_day_a_town_or_one_operation_leaves_an_events_toll(con, text):
    assert _words(con, "period", text) == "" and _words(con, "past", text) == ""


@pytest.mark.parametrize("before, since", [
    ("واندلعت الأزمة منذ نهاية أبريل، وأسفرت أعمال العنف عن سقوط ", True),
    ("ويخوض الطرفان معارك منذ أواخر مارس الماضي أدت إلى مقتل ", True),
    ("ووقع الانفجار منذ ساعة في السوق وأسفر عن مقتل ", False),
])
def test_since_the_end_of_a_month_before_the_figure_makes_a_running_total(con, before, since):
    assert (_words(con, "period_before", normalize(before)) != "") == since

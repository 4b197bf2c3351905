"""When a figure's event happened: the date expression of its sentence (etl/event_dates.py) and
its resolution against the publication date (sql/intermediate/int_figure_context.sql).
Phrases written for these tests."""

from datetime import date

import duckdb
import polars as pl
import pytest

from etl.publish import SQL_DIR
from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases

EV = ["ev_kind", "ev_offset", "ev_weekday", "ev_weekday_past", "ev_day", "ev_month", "ev_year", "ev_report"]


def cue_of(text: str) -> dict:
    ctx = extract_one(text)["figure_context"].sort("char_start")
    return ctx.select(EV).to_dicts()[0]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص أمس في انفجار.", {"ev_kind": "offset", "ev_offset": -1}),
    ("قتل شخصان أول من أمس في اشتباك.", {"ev_kind": "offset", "ev_offset": -2}),
    ("أصيب ثلاثة الليلة الماضية بقذيفة.", {"ev_kind": "offset", "ev_offset": -1}),
    ("قتل أربعة فجر اليوم في غارة.", {"ev_kind": "offset", "ev_offset": 0}),
    ("قتل ستة مساء الأحد في هجوم.", {"ev_kind": "weekday", "ev_weekday": 7, "ev_weekday_past": False}),
    ("قتل جنديان يوم الخميس الماضي.", {"ev_kind": "weekday", "ev_weekday": 4, "ev_weekday_past": True}),
    ("أصيب عشرة اليوم الاثنين في انفجار.", {"ev_kind": "weekday", "ev_weekday": 1}),   # the weekday beats اليوم beside it
    ("قتل تسعة الأسبوع الماضي في غارات.", {"ev_kind": "week", "ev_offset": -7}),
    ("قتل ثمانية في 12 مارس في هجوم.", {"ev_kind": "explicit", "ev_day": 12, "ev_month": 3, "ev_year": None}),
    ("قتل سبعة في السابع من يوليو 2014.", {"ev_kind": "explicit", "ev_day": 7, "ev_month": 7, "ev_year": 2014}),
    ("قتل 20 خلال شهر يونيو الماضي.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 6}),
    # a month or a day named by two words (كانون الثاني, الحادي عشر): the extraction's text doubles
    # whitespace, the names are looked up with one space
    ("هاجم مسلحون الثكنة في كانون الثاني/يناير مما أسفر عن مقتل 10 عسكريين.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 1}),
    ("قتل 12 مدنيا في قصف على البلدة في تشرين الأول الماضي.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 10}),
    ("قتل سبعة جنود في الحادي عشر من تشرين الأول 2014.", {"ev_kind": "explicit", "ev_day": 11, "ev_month": 10, "ev_year": 2014}),
    ("قتل أربعة من الحراس في هجوم البارحة الأولى.", {"ev_kind": "offset", "ev_offset": -2}),          # the night before last
    ("شنت الطائرات 30 غارة الشهر السابق.", {"ev_kind": "month", "ev_offset": -1}),
    ("قتل 60 شخصا في تفجير وقع في 1998 قرب السوق.", {"ev_kind": "explicit", "ev_day": None, "ev_month": None, "ev_year": 1998}),
    # a statement's date gives way to the event's: أعلن … أمس أن … ليل أول من أمس
    ("أعلن محافظ المدينة أمس أن ثلاثة حراس قتلوا في هجوم ليل أول من أمس.", {"ev_kind": "offset", "ev_offset": -2, "ev_report": False}),
    ("كشفت المنظمة الخميس أن 40 مدنيا قتلوا في القصف خلال مايو الماضي.", {"ev_kind": "explicit", "ev_month": 5}),
    ("قالت أمس الثلاثاء الشرطة إن ستة قتلوا في الاشتباكات يوم الأحد.", {"ev_kind": "weekday", "ev_weekday": 7}),
    ("أفاد مصدر في الشرطة المحلية اليوم بمقتل ثلاثة حراس في هجوم مساء أمس.", {"ev_kind": "offset", "ev_offset": -1}),
    # … but, alone in its sentence, it is still the best the sentence says
    ("أعلن المتحدث أمس أن خمسة جنود قتلوا.", {"ev_kind": "offset", "ev_offset": -1, "ev_report": True}),
    # a numeric date with the era mark after it
    ("قتل ثلاثة رعاة في هجوم يوم السبت 14/3/2015م على القرية.", {"ev_kind": "explicit", "ev_day": 14, "ev_month": 3, "ev_year": 2015}),
    # a day of this month or of last month, written as a month word
    ("قتل 9 حراس في الهجوم الذي وقع في الرابع من الشهر الجاري.", {"ev_kind": "month", "ev_offset": 0, "ev_day": 4}),
    ("أصيب 6 جنود يوم 17 من الشهر الماضي في كمين.", {"ev_kind": "month", "ev_offset": -1, "ev_day": 17}),
    ("قتل 4 جنود في الأسبوع الأول من الشهر الجاري.", {"ev_kind": "month", "ev_offset": 0, "ev_day": None}),  # a week, not the first day
    # a month alone after a day list, or before الماضي
    ("قتل 30 شخصا بين الثالث والعاشر من أيار في المعارك.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 5}),
    ("قالت الشبكة إن 70 مدنيا قتلوا في القصف مارس الماضي.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 3}),
    # the month آب that is also the place إب: with a day or الماضي it is the month
    ("قتل 7 جنود في هجوم وقع في 3 آب.", {"ev_kind": "explicit", "ev_day": 3, "ev_month": 8}),
    ("قتل 11 شخصا في المعارك في آب الماضي.", {"ev_kind": "explicit", "ev_day": None, "ev_month": 8}),
    # the page's own stamp glued to the lead is not the event's day: the weekday beside it is
    (" date 2024-03-13 أعلنت اللجنة مساء الثلاثاء مقتل 9 أشخاص في انفجار سوق.", {"ev_kind": "weekday", "ev_weekday": 2}),
    # the stamp's date in brackets after a day word is that day's date, not the stamp repeated
    (" date 2024-03-14 قتل 9 أشخاص أمس الخميس (14 مارس 2024) في انفجار سوق.", {"ev_kind": "explicit", "ev_day": 14, "ev_month": 3}),
    # a name word before a day and month with its year: the revolution's day itself
    ("قتل 800 متظاهر خلال ثورة 25 يناير 2011 في مصر.", {"ev_kind": "explicit", "ev_day": 25, "ev_month": 1, "ev_year": 2011}),
    # a full date that is not the stamp still counts
    (" date 2024-03-13 أعلنت اللجنة مقتل 9 أشخاص في انفجار وقع في 10 مارس 2024.", {"ev_kind": "explicit", "ev_day": 10, "ev_month": 3}),
    # a year of a relative clause without a comma, or after a comma without a relative pronoun, still dates it
    ("قتل 25 قرويا في الهجوم الذي نفذه المسلحون في 2004 على القرية.", {"ev_kind": "explicit", "ev_year": 2004}),
    ("قتل 15 جنديا في الحرب على الحدود، وذلك في 1994.", {"ev_kind": "explicit", "ev_year": 1994}),
    # an aside that tells the event itself happened keeps its year
    ("قتل 4 موظفين في الهجوم على القنصلية، الذي وقع في 2012 في المدينة.", {"ev_kind": "explicit", "ev_year": 2012}),
    ("أصيب 30 شخصا في التفجيرات، التي نفذتها الجماعة عام 2005.", {"ev_kind": "explicit", "ev_year": 2005}),
])
def test_date_expressions_of_the_sentence(text, expected):
    cue = cue_of(text)
    for k, v in expected.items():
        assert cue[k] == v, (k, cue)


@pytest.mark.parametrize("text", [
    "ارتفع عدد القتلى إلى 40 قتيلا حتى اليوم.",         # a running total up to today
    "نشرت صحيفة اليوم أن ثلاثة أشخاص قتلوا.",           # the newspaper اليوم
    "قتل خمسة أشخاص منذ 3 مارس.",                       # a period's start, not the day
    "سيصل 300 جندي الأحد المقبل.",                      # a future day
    "قتل أربعة أشخاص بعد صلاة الجمعة.",                 # the Friday prayer
    "قتل سبعة أشخاص وأصيب آخرون.",                      # nothing at all
    "وفي اليوم نفسه قتل جنديان في كمين.",                # the same day as another: not today
    "سيأتي اليوم الذي يحاسب فيه من قتل 9 أشخاص.",        # the day which: not today
    "قتل 12 شخصا منذ الأسبوع الماضي في المدينة.",        # a period's start, not the week
    "قتل أربعة مسلحين وتدمير سيارة (بيك أب) في الكمين.",  # أب of a pickup, not the month آب
    "أصيب خمسة أطفال وأب في انفجار لغم.",               # a father, not the month آب
    "ومنذ اندلاع القتال في المدينة منتصف مارس 2014، قتل 300 شخص.",   # a period's start a few words after منذ
    "قتل 5 مسلحين في مديرية يريم في إب.",                # the governorate إب, not the month آب
    "شهدت البلاد بعد انتخابات يونيو الماضي 20 هجوما قتل فيها 6 جنود.",  # a period's start a few words after بعد
    "قالت مصادر من فريق (8 آذار) إن 6 مقاتلين من الحزب قتلوا.",   # a bloc named by a day and month
    "قتل 3 متظاهرين في ذكرى ثورة 25 يناير.",                     # a revolution named by its day
    "أصيب 4 أشخاص في حادث إطلاق نار في مدينة 6 أكتوبر.",           # a town named by a day
    "وأوقعت هجمات الجماعة أكثر من 15 ألف قتيل منذ العام 2009 في البلاد.",  # a year that starts a period
    # a year of a relative clause set off by a comma: an aside about the noun before it
    "قتل ثلاثة حراس في هجوم على معبر في إقليم الوادي، الذي تم تقسيمه في 1949 بين البلدين.",
    "أصيب 8 جنود قرب الحدود الشمالية، التي رسمت عام 1923 بين الدولتين.",
])
def test_words_that_are_not_the_event_day(text):
    assert cue_of(text)["ev_kind"] is None


def test_a_headline_without_a_date_takes_the_leads():
    text = "مقتل 5 في انفجار بمدينة حمص\n\nقتل خمسة أشخاص أمس الخميس في انفجار سيارة مفخخة بمدينة حمص."
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert (ctx[0]["ev_scope"], ctx[0]["ev_kind"], ctx[0]["ev_weekday"]) == ("article", "weekday", 4)
    assert ctx[1]["ev_scope"] == "sentence"


@pytest.mark.parametrize("text, expected", [
    # an agency's initials split at their dots (أ. ف. ب) are no sentences of the lead: the
    # headline takes the lead's day
    ("مقتل 3 حراس في هجوم على مصرف\n\nأ. ف. ب\n\nقتل ثلاثة حراس الاربعاء في هجوم مسلح على مصرف في المدينة.", ("article", 3)),
    ("مقتل 3 حراس في هجوم على مصرف\n\nد. ب. أ\n\nقالت الشرطة إن ثلاثة حراس قتلوا يوم الخميس في هجوم على مصرف.", ("article", 4)),
    # … while sentences with words still count: a day first stated past the lead is not the story's
    ("مقتل 3 حراس في هجوم على مصرف\n\nأ. ف. ب\n\nهاجم مسلحون مصرفا. وفر المهاجمون. وطوقت الشرطة المكان. وأغلقت المحال.\n"
     "وكان حارس قتل الاربعاء في هجوم آخر.", (None, None)),
])
def test_initials_are_no_sentences_of_the_lead(text, expected):
    head = extract_one(text)["figure_context"].sort("char_start").to_dicts()[0]
    assert (head["ev_scope"], head["ev_weekday"]) == expected, head


@pytest.mark.parametrize("text, expected", [
    # a count over the past two days is dated by their first day, the day before yesterday
    ("وقال المتحدث إن الغارات خلال اليومين الماضيين أسفرت عن مقتل 60 مسلحا.", [("sentence", "offset", -2)]),
    ("قتل 14 جنديا على مدار اليومين الأخيرين في معارك بالجبل.", [("sentence", "offset", -2)]),
    # … in its own sentence only: a later sentence without a date does not take it
    ("قتل 14 جنديا خلال اليومين الماضيين في معارك بالجبل. وأصيب 9 مدنيين في قصف على القرية.",
     [("sentence", "offset", -2), (None, None, None)]),
    # … nor is it the story's date when the lead states another day
    ("هجوم يقتل 5 حراس\n\nقال مسؤول أمس إن مسلحين شنوا هجمات خلال اليومين الماضيين. ووقع الهجوم الأول يوم الخميس وقتل فيه خمسة حراس.",
     [("article", "weekday", None), ("sentence", "weekday", None)]),
    # two days as a length, or since the past two days, is no such span
    ("قتل 30 مسلحا خلال يومين من المعارك.", [(None, None, None)]),
])
def test_the_past_two_days_date_their_own_sentence(text, expected):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert [(c["ev_scope"], c["ev_kind"], c["ev_offset"]) for c in ctx] == expected, ctx


@pytest.mark.parametrize("text, offset", [
    # the lead's statement date (قال … اليوم) gives way to the event's (أمس) for the headline
    ("تنفيذ 12 غارة على مواقع المسلحين\n\nقالت القيادة العسكرية اليوم إن طائراتها شنت 12 غارة على مواقع المسلحين أمس.", -1),
    # a claim's date (تبنى … أمس) gives way to the attack's (أول من أمس)
    ("مقتل 3 جنود في تفجير\n\nتبنت جماعة مسلحة أمس تفجيرا أدى أول من أمس إلى مقتل 3 جنود قرب الحدود.", -2),
    # a statement's date alone in the lead is still the story's
    ("مقتل 4 حراس في هجوم\n\nقالت الشرطة اليوم إن أربعة حراس قتلوا في هجوم.", 0),
])
def test_the_storys_date_is_the_events_not_the_statements(text, offset):
    head = extract_one(text)["figure_context"].sort("char_start").to_dicts()[0]
    assert (head["ev_scope"], head["ev_kind"], head["ev_offset"]) == ("article", "offset", offset), head


@pytest.mark.parametrize("text, story_date", [
    # the lead dates an attempt in Tunisia; the figure is placed by its sentence in Libya: another event
    ("نجاة وزير من محاولة اغتيال\n\nنجا وزير الداخلية أمس من محاولة اغتيال في مدينة سوسة التونسية.\n"
     "وفي ليبيا قتل 12 شخصا في اشتباكات بمدينة سبها.", False),
    # the same story's country (or no place of its own): the story's date (a town of the lead's
    # governorate: a town of another is another front, see the test below)
    ("نجاة وزير من محاولة اغتيال\n\nنجا وزير الداخلية أمس من محاولة اغتيال في مدينة سوسة التونسية.\n"
     "وقتل 3 من حراسه في مدينة مساكن.", True),
    ("نجاة وزير من محاولة اغتيال\n\nنجا وزير الداخلية أمس من محاولة اغتيال في مدينة سوسة التونسية.\n"
     "وقتل 3 من حراسه في الهجوم.", True),
    # a story of two countries listed together: a figure in the second is still the story's
    ("هجمات في تونس وليبيا\n\nقتل 20 شخصا أمس في هجمات في تونس وليبيا.\nوقتل 12 منهم في اشتباكات بمدينة سبها.", True),
])
def test_the_storys_date_is_not_given_to_a_figure_of_another_country(text, story_date):
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_scope"] == "article" and last["ev_kind"] == "offset") is story_date, last


@pytest.mark.parametrize("text, story_date", [
    # the lead places the story in one governorate; the figure's sentence in another: another front
    ("اشتباكات في عدن\n\nاندلعت أمس اشتباكات عنيفة بين المقاومة والمتمردين في مدينة عدن.\n"
     "وفي محافظة مأرب قتل 8 متمردين في كمين للمقاومة.", False),
    ("حريق في سوق بغداد\n\nاندلع حريق أمس الأحد في سوق الشورجة وسط بغداد.\n"
     "وفي محافظة ديالى قتل 4 أشخاص بانفجار عبوة ناسفة.", False),
    # the lead's own governorate, or no place of its own: the story's date
    ("اشتباكات في عدن\n\nاندلعت أمس اشتباكات عنيفة بين المقاومة والمتمردين في مدينة عدن.\n"
     "وقتل 8 متمردين في المعارك داخل مدينة عدن.", True),
    ("اشتباكات في عدن\n\nاندلعت أمس اشتباكات عنيفة بين المقاومة والمتمردين في مدينة عدن.\n"
     "وقتل 8 متمردين في المعارك.", True),
    # a lead that places the story in the whole country too: every governorate of it is the story's
    ("هجمات في اليمن\n\nقتل أمس 20 شخصا في هجمات في اليمن بينها هجوم في مدينة عدن.\n"
     "وقتل 8 منهم في محافظة مأرب.", True),
])
def test_the_storys_date_is_not_given_to_a_figure_of_another_governorate(text, story_date):
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_scope"] == "article" and last["ev_kind"] in ("offset", "weekday")) is story_date, last


@pytest.mark.parametrize("text, shift", [
    # the figure of a clause after غداة: the day before the sentence's الأربعاء
    ("قتل 21 شخصا الأربعاء في هجمات في المدينة، غداة تعرض مناطق مماثلة لتفجيرين أوقعا 23 قتيلا.", -1),
    # … or before the story's or the publication's day when its sentence has none
    ("وتأتي هذه الهجمات غداة مقتل 23 شخصا على الأقل في تفجيرين مماثلين.", -1),
    # a date inside the clause dates the figure itself
    ("وتأتي هذه الهجمات غداة هجوم أمس أسفر عن مقتل 5 أشخاص.", None),
    # a figure before غداة is the sentence's own event
    ("قتل 21 شخصا الأربعاء في هجمات في المدينة، غداة اجتماع للحكومة.", None),
])
def test_a_figure_after_ghadat_happened_the_day_before(text, shift):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert ctx[-1]["ev_shift"] == shift, ctx[-1]


def test_the_same_day_is_the_date_before_it():
    text = "تفجير في المدينة\n\nقتل 32 شخصا يوم الاثنين الماضي في تفجير انتحاري.\nوفي اليوم نفسه قتل جندي في اشتباك مع مسلحين."
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    last = ctx[-1]
    assert (last["ev_scope"], last["ev_kind"], last["ev_weekday"], last["ev_weekday_past"]) == ("sentence", "weekday", 1, True)


@pytest.mark.parametrize("text, expected", [
    # "then" (حينها، آنذاك، في العام نفسه) is the date stated before it, a month or a year too
    ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\nوقال المتحدث إن الطرق أغلقت.\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\nوقتل حينها 9 من الحراس في المركز.",
     ("explicit", None, 3, 2013)),
    ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\nوقال المتحدث إن الطرق أغلقت.\n\nوشهد عام 2011 مقتل 40 عاملا في المناجم.\nبينما لقي 12 مهندسا حتفهم في العام نفسه في الحرائق.",
     ("explicit", None, None, 2011)),
    ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\nوقال المتحدث إن الطرق أغلقت.\n\nوكان الأهالي قد غادروا القرية في فبراير بعد الهجمات.\nوقتل مئات من الأهالي ونهبت آنذاك المحاصيل.",
     ("explicit", None, 2, None)),
])
def test_then_is_the_date_before_it(text, expected):
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_kind"], last["ev_day"], last["ev_month"], last["ev_year"]) == expected, last


@pytest.mark.parametrize("text", [
    # no "then" word: the sentence's own day, not the month of the sentence before
    "اشتباك في الجبال\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\nوقتل أمس 9 من الحراس في المركز.",
    # حين alone (when) and the noun وقت are no "then"
    "اشتباك في الجبال\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\nوقتل 9 من الحراس أمس حين وصلوا في وقت متأخر.",
])
def test_no_then_word_keeps_its_own_day(text):
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_kind"], last["ev_offset"]) == ("offset", -1), last

def resolve(published: date | None, **ev) -> tuple:
    """Run the intermediate model on one figure whose article was published on ``published``."""
    con = duckdb.connect()
    cols = {"ev_kind": None, "ev_offset": None, "ev_weekday": None, "ev_weekday_past": None, "ev_day": None, "ev_month": None,
            "ev_year": None, "ev_shift": None, **ev}
    typed = {"ev_kind": "varchar", "ev_weekday_past": "boolean"}
    con.execute("create table articles (article_id varchar, published_date date)")
    con.execute("insert into articles values ('a', ?)", [published])
    con.execute(
        "create table stg_figure_context (article_id varchar, measure varchar, char_start bigint, char_end bigint, place_name varchar, "
        "place_basis varchar, place_id varchar, place_kind varchar, place_name_en varchar, country varchar, admin1 varchar, lat double, "
        "lon double, geo_precision integer, place_source varchar, country_place_id varchar, country_name_en varchar, country_lat double, "
        "country_lon double, country_source varchar, ev_phrase varchar, ev_report boolean, ev_scope varchar, "
        + ", ".join(f"{k} {typed.get(k, 'integer')}" for k in cols) + ")")
    con.execute(f"insert into stg_figure_context (article_id, measure, char_start, char_end, ev_phrase, {', '.join(cols)}) "
                f"values ('a', 'killed', 0, 1, 'x', {', '.join('?' * len(cols))})", list(cols.values()))
    sql = (SQL_DIR / "intermediate" / "int_figure_context.sql").read_text(encoding="utf-8")
    return con.execute(f"select event_date, event_date_granularity, event_date_basis from ({sql})").fetchone()


FRIDAY = date(2015, 7, 24)


@pytest.mark.parametrize("ev, expected", [
    ({"ev_kind": "offset", "ev_offset": -1}, (date(2015, 7, 23), "day", "relative")),
    ({"ev_kind": "offset", "ev_offset": 0}, (FRIDAY, "day", "relative")),
    ({"ev_kind": "weekday", "ev_weekday": 1, "ev_weekday_past": False}, (date(2015, 7, 20), "day", "relative")),
    ({"ev_kind": "weekday", "ev_weekday": 5, "ev_weekday_past": False}, (FRIDAY, "day", "relative")),       # that day itself
    ({"ev_kind": "weekday", "ev_weekday": 5, "ev_weekday_past": True}, (date(2015, 7, 17), "day", "relative")),  # الجمعة الماضي
    ({"ev_kind": "week", "ev_offset": -7}, (date(2015, 7, 13), "week", "relative")),                       # Monday of last week
    ({"ev_kind": "month", "ev_offset": -1}, (date(2015, 6, 1), "month", "relative")),
    ({"ev_kind": "month", "ev_offset": 0, "ev_day": 7}, (date(2015, 7, 7), "day", "relative")),           # السابع من الشهر الجاري
    ({"ev_kind": "month", "ev_offset": -1, "ev_day": 30}, (date(2015, 6, 30), "day", "relative")),         # 30 من الشهر الماضي
    ({"ev_kind": "month", "ev_offset": 0, "ev_day": 28}, (FRIDAY, "day", "publication")),                  # after publication: none
    ({"ev_kind": "month", "ev_offset": -1, "ev_day": 31}, (FRIDAY, "day", "publication")),                 # June has no 31st
    ({"ev_kind": "explicit", "ev_day": 12, "ev_month": 3}, (date(2015, 3, 12), "day", "explicit")),
    ({"ev_kind": "explicit", "ev_day": 28, "ev_month": 12}, (date(2014, 12, 28), "day", "explicit")),       # year before: not after publication
    ({"ev_kind": "explicit", "ev_month": 6}, (date(2015, 6, 1), "month", "explicit")),
    ({"ev_kind": "explicit", "ev_year": 1993}, (date(1993, 1, 1), "year", "explicit")),                     # في 1993
    ({"ev_kind": "explicit", "ev_year": 2015}, (FRIDAY, "day", "publication")),                             # this year: says nothing
    ({"ev_kind": "explicit", "ev_day": 1, "ev_month": 9, "ev_year": 2015}, (FRIDAY, "day", "publication")),  # after publication: no event date
    ({}, (FRIDAY, "day", "publication")),
    # غداة: the day before the date the sentence or story gives, or publication's
    ({"ev_kind": "weekday", "ev_weekday": 3, "ev_weekday_past": False, "ev_shift": -1}, (date(2015, 7, 21), "day", "relative")),
    ({"ev_shift": -1}, (date(2015, 7, 23), "day", "relative")),
    ({"ev_kind": "month", "ev_offset": -1, "ev_shift": -1}, (date(2015, 6, 1), "month", "relative")),      # a month: no day to shift
])
def test_resolution_against_the_publication_date(ev, expected):
    assert resolve(FRIDAY, **ev) == expected


def test_undated_article_has_an_event_date_only_when_the_sentence_states_its_year():
    assert resolve(None, ev_kind="offset", ev_offset=-1) == (None, None, None)
    assert resolve(None, ev_kind="explicit", ev_day=3, ev_month=5, ev_year=2015) == (date(2015, 5, 3), "day", "explicit")


@pytest.mark.parametrize("text, expected", [
    # a year anywhere in a clause opened by منذ أن is when a period began: the sentence before dates the figure
    ("انفجرت عبوة صباح أمس قرب قافلة للجيش.\nوقتل ثلاثة جنود في الانفجار في أسوأ هجوم منذ أن وقعت الجماعة اتفاقا مع الحكومة لوقف القتال عام 2012.",
     {"ev_kind": "offset", "ev_offset": -1}),
    ("وقتل ثلاثة جنود في الانفجار في أسوأ هجوم منذ أن وقعت الجماعة اتفاقا مع الحكومة لوقف القتال عام 2012.", {"ev_kind": None}),
    # … not a year after a comma that closes the clause, nor one past ten words
    ("قتل 8 جنود منذ أن بدأت الحملة، وفي عام 2012 قتل 20.", {"ev_kind": "explicit", "ev_year": 2012}),
    ("وقتل ثلاثة جنود منذ أن عادت الجماعة إلى القتال وهو ما حدث بعد أن رفضت الحكومة كل المطالب التي قدمتها في عام 2012.",
     {"ev_kind": "explicit", "ev_year": 2012}),
])
def test_a_year_in_a_since_clause_is_no_event_date(text, expected):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert ctx, text
    got = ctx[-1]
    assert {k: got[k] for k in expected} == expected, got


@pytest.mark.parametrize("text", [
    "قتل 3 مشجعين في تدافع بملعب 22 مايو في المدينة.",
    "أصيب 6 أشخاص في احتفال لثورة 23 يوليو في الميدان.",
    "قتل جنديان في هجوم على معسكر 7 يوليو.",
    "أصيب 4 حراس عند قصر 7 نوفمبر.",
    "قتل 3 أشخاص في احتفالات الذكرى 23 يوليو.",
])
def test_a_day_and_month_in_a_name(text):
    assert cue_of(text)["ev_kind"] is None


@pytest.mark.parametrize("text, day", [
    # a day and month after a word that names nothing is the event's day
    ("قتل 3 مشجعين في تدافع بالملعب يوم 22 مايو في المدينة.", 22),
    ("قتل 3 أشخاص في قصف 22 مايو على المدينة.", 22),
    ("أصيب 4 حراس في هجوم وقع 7 نوفمبر قرب القصر.", 7),
])
def test_a_day_and_month_after_no_name_word(text, day):
    assert cue_of(text)["ev_day"] == day


@pytest.mark.parametrize("text, weekday", [
    # the night between two days is dated by its eve, the first (ليل X = the night of day X)
    ("قتل طفل حرقا ليل الخميس الجمعة حين هاجم مستوطنون منزله.", 4),
    ("قتل 3 أشخاص ليلة السبت - الأحد في قصف على القرية.", 6),
    ("شنت الطائرات 12 غارة ليل الأربعاء/ الخميس على مواقع المسلحين.", 3),
    ("وأصيب 5 مدنيين في ساعات متأخرة من ليلة الاثنين الثلاثاء بقذائف.", 1),
    # after the night's midnight: the second
    ("قتل 3 أشخاص بعد منتصف ليلة الأربعاء الخميس في قصف على القرية.", 4),
    # two days not of one night, or no night word: the nearest
    ("قتل 3 أشخاص ليل الخميس والسبت في قصف على القرية.", 4),
    ("قتل 3 أشخاص الخميس والجمعة في قصف على القرية.", 4),
])
def test_the_night_between_two_days(text, weekday):
    assert cue_of(text)["ev_weekday"] == weekday


@pytest.mark.parametrize("text, weekday", [
    # a weekday after منذ starts the span the count covers: spans are dated by their start,
    # not by the statement's day later in the sentence
    ("وأصيب تسعة جنود بجروح منذ الجمعة في مواجهات متفرقة، وفق ما أعلن متحدث عسكري بارز للصحافيين السبت.", 5),
    ("قتل 7 مسلحين منذ مساء الأحد في اشتباكات متقطعة مع الجيش على أطراف البلدة.", 7),
    ("سقطت 40 قذيفة على الحي منذ يوم الثلاثاء.", 2),
])
def test_a_weekday_after_since_starts_the_span(text, weekday):
    assert cue_of(text)["ev_weekday"] == weekday


@pytest.mark.parametrize("text", [
    # … but not the Friday prayer after منذ, nor a day to come
    "قتل أربعة أشخاص منذ صلاة الجمعة في اشتباكات.",
    "سينتشر 300 جندي في المدينة منذ الأحد المقبل.",
])
def test_since_a_prayer_or_a_day_to_come_is_no_span_start(text):
    assert cue_of(text)["ev_kind"] is None


@pytest.mark.parametrize("text, weekday", [
    # the midnight that ends a named day opens the next one
    ("سقطت عشرات القذائف بعد منتصف ليل الأربعاء على البلدة وأصابت 6 مدنيين.", 4),
    ("قتل 5 مسلحين منذ منتصف ليلة السبت في اشتباكات عنيفة.", 7),
    ("أصيب 9 أشخاص في تفجير وقع منتصف ليل الأحد قرب السوق.", 1),
    # before that midnight, a night word alone, or a night between two days: not shifted
    ("قتل 4 جنود قبل منتصف ليل الأربعاء في كمين.", 3),
    ("قتل 4 جنود في كمين قبيل منتصف ليل الأربعاء.", 3),
    ("قتل 4 جنود ليل الأربعاء في كمين.", 3),
    ("قتل 4 جنود في منتصف نهار الأربعاء في كمين.", 3),
    ("قتل 3 أشخاص بعد منتصف ليل السبت - الأحد في قصف على القرية.", 7),
])
def test_the_midnight_that_ends_a_day(text, weekday):
    assert cue_of(text)["ev_weekday"] == weekday


@pytest.mark.parametrize("text, dated", [
    # a toll counted over months or years is the count as of the report: no date of its sentence
    ("والحرب في البلاد أوقعت أكثر من 9000 قتيل في 20 شهرا، وتوصل الطرفان إلى هدنة في مارس الماضي.", False),
    ("والنزاع المسلح حصد نحو خمسة آلاف قتيل في عشرين عاما وانتهى بهدنة في 3 أبريل.", False),
    ("وقال التقرير إن القصف أسفر عن مقتل 700 مدني خلال عامين، بحسب المنظمة، في 12 مايو.", False),
    # … nor the sentence before it
    ("قتل 4 جنود أمس الخميس في هجوم.\nوالتمرد أوقع 3000 قتيل خلال ثلاث سنوات.", False),
    # a span of days is a recent fight's: its sentence's day still dates it
    ("قتل 30 مسلحا خلال يومين من المعارك أمس الأحد.", True),
    # a year after سنة is a date, not a span
    ("قتل 30 شخصا في سنة 2012 في الانفجار.", True),
    # a span of months elsewhere in the sentence, not after the figure, changes nothing
    ("قتل 6 جنود أمس الأحد في كمين في منطقة تشهد قتالا في 15 شهرا من الحرب.", True),
    # a count since a start a few words after the figure (منذ and a year or a month) is a running total
    ("وشنت الطائرات غارات يوم السبت على جماعة خاضت تمردا حصد 30 ألف قتيل منذ عام 1990.", False),
    ("وأغارت الطائرات الخميس على معاقل حركة قتلت 500 شرطي منذ 2011 في الجبال.", False),
    ("وقتل جندي آخر يوم الثلاثاء ليرتفع العدد إلى 12 قتيلا منذ 3 مارس في الإقليم.", False),
    # a count over a week or weeks, after the figure or right before it
    ("وقال الجيش يوم الأحد إن 45 مسلحا قتلوا في أسبوعين من الغارات.", False),
    ("وأعلنت الوزارة أمس أن الحملة أسفرت خلال أسبوع عن مقتل 70 مسلحا في الجبال.", False),
    # … not the past week (a date), nor a span far before the figure or past a comma
    ("قتل 9 جنود الأسبوع الماضي في كمين على الطريق.", True),
    ("شنت الطائرات خلال أسبوع غارات كثيرة على المعاقل، وقتل أمس 8 مسلحين في غارة.", True),
    # … not منذ and a time of today, nor a start far from the figure or past a comma
    ("قتل 5 حراس أمس الاثنين في هجوم مستمر منذ الصباح.", True),
    ("قتل 5 حراس أمس الاثنين في هجوم على البلدة، وهي محاصرة منذ عام 2013.", True),
    ("قتل 5 حراس أمس الاثنين في هجوم على مخفر للشرطة في البلدة التي تحاصرها الجماعة منذ مارس.", True),
])
def test_a_toll_over_months_or_years_takes_no_date_of_its_sentence(text, dated):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert ctx, text
    assert (ctx[-1]["ev_kind"] is not None) == dated, ctx[-1]


@pytest.mark.parametrize("text, dated", [
    # the figure joined by و to a running toll is of the same count
    ("وقالت الوكالة أمس إن الغارات أسفرت خلال أسبوع عن مقتل 120 مسلحا من الجماعة وإصابة 300 آخرين.", [False, False]),
    # … not one after a comma, nor one after another number
    ("وقالت الوكالة أمس إن الغارات أسفرت خلال أسبوع عن مقتل 120 مسلحا، وأصيب 3 جنود في كمين.", [False, True]),
    ("وقتل الجيش 120 مسلحا منذ 2014 وقتل أمس 3 جنود في كمين.", [False, True]),
])
def test_a_figure_joined_to_a_running_toll_is_of_its_count(text, dated):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert [c["ev_kind"] is not None for c in ctx] == dated, ctx


@pytest.mark.parametrize("text, day", [
    # the middle of a month named alone is its 15th
    ("وسقطت طائرة نقل عسكرية في منتصف فبراير ما أدى إلى مقتل 12 جنديا.", 15),
    ("وفي أواسط مارس قتل 9 مدنيين في غارة على السوق.", 15),
    ("وقتل 40 مسلحا في منتصف أكتوبر 2013 في معارك بالمنطقة.", 15),
    # a month alone, or its start or end, keeps no day
    ("وسقطت طائرة نقل عسكرية في فبراير ما أدى إلى مقتل 12 جنديا.", None),
    ("وسقطت طائرة نقل عسكرية مطلع فبراير ما أدى إلى مقتل 12 جنديا.", None),
    # a stated day in the month is the day itself
    ("وسقطت طائرة نقل عسكرية في 3 فبراير ما أدى إلى مقتل 12 جنديا.", 3),
])
def test_the_middle_of_a_month_is_its_fifteenth(text, day):
    assert cue_of(text)["ev_day"] == day


@pytest.mark.parametrize("text, expected", [
    # a count over the half of a year is dated by its first month, of the year named or the publication's
    ("وأعلنت البعثة أن عدد الضحايا المدنيين بلغ مستوى قياسيا خلال النصف الأول من العام 2015، مع سقوط 1500 قتيل.",
     {"ev_kind": "explicit", "ev_month": 1, "ev_year": 2015, "ev_day": None}),
    ("قتل نحو ألفي مدني في أول ستة أشهر من عام 2014 في المعارك.", {"ev_kind": "explicit", "ev_month": 1, "ev_year": 2014, "ev_day": None}),
    ("قتل 40 شخصا خلال النصف الأول من العام الجاري في الإقليم.", {"ev_kind": "explicit", "ev_month": 1, "ev_year": None, "ev_day": None}),
    ("قتل 90 جنديا في النصف الثاني من السنة 2013 في المعارك.", {"ev_kind": "explicit", "ev_month": 7, "ev_year": 2013, "ev_day": None}),
    # not a half of a past year named by a relative word, nor a half of anything else (a match)
    ("قتل 300 شخص في النصف الثاني من العام الماضي في الهجمات.", {"ev_kind": None, "ev_month": None, "ev_year": None, "ev_day": None}),
    ("أصيب 3 لاعبين في النصف الأول من المباراة في الملعب.", {"ev_kind": None, "ev_month": None, "ev_year": None, "ev_day": None}),
])
def test_the_half_of_a_year_is_its_first_month(text, expected):
    cue = cue_of(text)
    assert {k: cue[k] for k in expected} == expected, cue


def test_the_middle_of_a_month_ranks_as_a_month_and_is_not_carried():
    # a relative day of the sentence still wins over a month's middle
    assert cue_of("قتل 5 جنود أمس في هجوم على قاعدة افتتحت منتصف يناير.")["ev_kind"] == "offset"
    # the next sentence takes no day from it but the story's (a day stated there would be carried)
    lead = "اجتماع في العاصمة\n\nعقد الوزراء اجتماعا في المدينة أمس.\n\n"
    for cue, kind in [("في منتصف يناير", "offset"), ("في 15 يناير", "explicit")]:
        text = lead + f"وتحطمت طائرة عسكرية {cue} في الجنوب. وقتل 35 عسكريا في الحادث."
        last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
        assert last["ev_kind"] == kind, (cue, last)


@pytest.mark.parametrize("text, expected", [
    # a calendar date right before إن ends the clause of an event told inside the statement (قال
    # … مقتل 21 سائحا في 18 مارس الماضي، إن …): the event's day, not the statement's
    ("وقال الوزير خلال زيارته المتحف أمس، حيث وضع إكليلا لضحايا الهجوم الذي أدى إلى مقتل 21 سائحا في 18 مارس الماضي، إن الزيارة رمزية.",
     {"ev_kind": "explicit", "ev_day": 18, "ev_month": 3, "ev_report": False}),
    ("وذكر التقرير الذي أحصى مقتل 40 مدنيا في 3 يونيو أن القصف استمر ساعات.",
     {"ev_kind": "explicit", "ev_day": 3, "ev_month": 6, "ev_report": False}),
    # … while a day word right before أن still dates the statement
    ("وقال قائد الشرطة في مؤتمر صحافي عقده في مقر القيادة أمس إن 5 حراس قتلوا.", {"ev_kind": "offset", "ev_report": True}),
    ("أعلن المتحدث يوم الأحد أن 6 جنود أصيبوا.", {"ev_kind": "weekday", "ev_report": True}),
])
def test_a_calendar_date_before_an_is_the_events(text, expected):
    cue = cue_of(text)
    for k, v in expected.items():
        assert cue[k] == v, (k, cue)


@pytest.mark.parametrize("text, expected", [
    # a day word within reach of the reporting verb and the weekday right after it date one statement
    ("أفاد مسؤول في الدفاع المدني اليوم الأربعاء بمقتل 7 أشخاص.", True),
    ("قتل 7 أشخاص في القرية، على ما أفاد مسؤول محلي وأحد السكان اليوم (الأربعاء).", True),
    # two dates apart (a word between) are two days; neither dates a statement here
    ("قتل 7 أشخاص اليوم في القرية التي قصفت الأربعاء.", False),
])
def test_dates_side_by_side_date_one_statement(text, expected):
    assert cue_of(text)["ev_report"] is expected


@pytest.mark.parametrize("text, expected", [
    # the lead's statement day gives way to the event's day in the lead's next sentence, for the
    # headline and for the figure of the statement's own sentence
    ("مقتل 7 في القرية\n\nأفاد مسؤول في الدفاع المدني اليوم الأربعاء بمقتل 7 أشخاص في القرية.\n"
     "وقال إن القصف بدأ مساء أمس الثلاثاء واستمر ساعات.", [("weekday", 2), ("weekday", 2)]),
    ("مقتل 7 في القرية\n\nقتل 7 أشخاص في القرية، على ما أفاد مسؤول محلي اليوم (الأربعاء).\n"
     "ووقع الهجوم الأحد، لكن الخبر لم يصل إلا متأخرا.", [("weekday", 7), ("weekday", 7)]),
    # the same day again (أمس … صباح أمس) keeps the statement's, whose weekday is surer
    ("مقتل 7 في القرية\n\nذكرت الشرطة أمس الثلاثاء أن 7 أشخاص قتلوا في القرية.\n"
     "وكان الهجوم وقع صباح أمس قرب السوق.", [("weekday", 2), ("weekday", 2)]),
    # a later day (a meeting today) is no earlier event's
    ("مقتل 7 في القرية\n\nقال الوزير أمس إن 7 أشخاص قتلوا في القرية.\n"
     "وسيبحث المجلس الأمر في اجتماع اليوم الأربعاء.", [("offset", -1), ("offset", -1)]),
    # the first day of a span is no event day: the statement's stays
    ("مقتل 7 في القرية\n\nأعلن الجيش أمس عن مقتل 7 مسلحين في القرية.\n"
     "وقال إن الغارات استمرت من ليلة الأحد ولغاية أمس الثلاثاء.", [("offset", -1), ("offset", -1)]),
    # a day to come (بعد غد الخميس) is none
    ("مقتل 7 في القرية\n\nقال الوزير أمس إن 7 أشخاص قتلوا في القرية.\n"
     "ويعقد المجلس جلسة بعد غد الخميس.", [("offset", -1), ("offset", -1)]),
])
def test_a_statements_day_in_the_lead_gives_way_to_the_events(text, expected):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    got = [(r["ev_kind"], r["ev_weekday"] if r["ev_kind"] == "weekday" else r["ev_offset"]) for r in ctx[:2]]
    assert got == expected, ctx[:2]


def test_a_troop_strength_keeps_its_statements_day():
    text = ("نشر 3 آلاف جندي في المدينة\n\nأعلنت وزارة الداخلية أمس نشر 3 آلاف جندي في المدينة.\n"
            "وكانت اشتباكات وقعت أول من أمس في الحي الشرقي.")
    troop = extract_one(text)["figure_context"].filter(pl.col("measure") == "troops").sort("char_start").to_dicts()[-1]
    assert (troop["ev_kind"], troop["ev_offset"]) == ("offset", -1), troop


def test_then_gives_way_to_a_date_of_its_own_sentence():
    text = ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\n"
            "وقال المتحدث إن الطرق أغلقت.\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\n"
            "وأوقعت الجماعة آنذاك 40 قتيلا في هجمات على مراكز الشرطة والثكنات في المنطقة الجبلية عام 1998.")
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_kind"], last["ev_month"], last["ev_year"]) == ("explicit", None, 1998), last


THEN_LEAD = ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\n"
             "وقال المتحدث إن الطرق أغلقت.\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\n")


@pytest.mark.parametrize("last_sentence, expected", [
    # a month of a relative clause (التي أنهت في ديسمبر مهمتها) is about the noun before it: "then" still dates the figure
    ("وقد قتل آنذاك خمسة جنود وأصيب ثمانية آخرون بصاروخ أطلقته القوة الدولية التي أنهت في كانون الأول الماضي مهمتها.", ("explicit", 3, 2013)),
    ("وقتل حينها 9 حراس بقذيفة أطلقتها الكتيبة التي انسحبت في ديسمبر من المنطقة.", ("explicit", 3, 2013)),
    # … but a relative clause that tells the event happened (الذي وقع في) dates it, and so does a date outside any such clause
    ("وقتل آنذاك 9 حراس في الهجوم الذي وقع في ديسمبر 2012 على المركز.", ("explicit", 12, 2012)),
    ("وقتل آنذاك 9 حراس في هجوم على المركز في ديسمبر 2012.", ("explicit", 12, 2012)),
    # … and without "then" the relative clause's date is still the sentence's only date
    ("وقتل 9 حراس بقذيفة أطلقتها الكتيبة التي انسحبت في ديسمبر 2012 من المنطقة.", ("explicit", 12, 2012)),
])
def test_then_is_not_outranked_by_a_date_of_a_relative_clause(last_sentence, expected):
    last = extract_one(THEN_LEAD + last_sentence)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_kind"], last["ev_month"], last["ev_year"]) == expected, last


@pytest.mark.parametrize("middle, expected", [
    # a background sentence (يذكر أن …) recalls earlier events: the next sentence takes no day from it
    ("يذكر أن المحامي ترافع في قضايا كثيرة بينها هجمات الحادي عشر من أيلول.", ("article", None, None)),
    # … while any other sentence before it still lends its day
    ("وكانت الطائرة قد تحطمت في الحادي عشر من أيلول.", ("article", 11, 9)),
])
def test_no_day_is_carried_from_a_background_sentence(middle, expected):
    text = ("دعوى قضائية في العاصمة\n\nرفع أقارب الضحايا دعوى قضائية اليوم أمام المحكمة.\n\n"
            f"{middle}\nوقتل في الحادث 149 شخصا.")
    last = extract_one(text)["figure_context"].sort("char_start").to_dicts()[-1]
    assert (last["ev_scope"], last["ev_day"], last["ev_month"]) == expected, last


def test_then_does_not_date_a_troop_strength():
    text = ("هجوم جديد في الجبال\n\nهاجم مسلحون مركزا للدرك أمس في المنطقة الجبلية.\nوأضاف المصدر أن المهاجمين فروا إلى الغابات.\n"
            "وقال المتحدث إن الطرق أغلقت.\n\nوكان قائد الخلية قد هاجم مركزا للشرطة في مارس 2013.\n"
            "وكان في القاعدة حينها نحو 3000 جندي.")
    ctx = extract_one(text)["troop_figures"]
    assert ctx.height == 1
    last = extract_one(text)["figure_context"].filter(pl.col("measure") == "troops").to_dicts()[0]
    assert last["ev_kind"] != "explicit" or last["ev_year"] != 2013, last


@pytest.mark.parametrize("text, expected", [
    # a count right after a weekday is no day of a month: the weekday dates the figure
    ("قال الجيش أمس الاثنين إن الطائرات نفذت يوم السبت 12 غارة على مواقع المسلحين.", {"ev_kind": "weekday", "ev_weekday": 6}),
    ("وشنت المقاتلات الأحد 7 غارات على مخازن السلاح.", {"ev_kind": "weekday", "ev_weekday": 7}),
    # a day and a month (or a numeric date) after it: the explicit date says the day
    ("قتل 3 جنود يوم السبت 12 يوليو في كمين على الطريق.", {"ev_kind": "explicit", "ev_day": 12}),
    ("قتل 3 جنود يوم الأحد 5 من شهر مايو في كمين.", {"ev_kind": "explicit", "ev_day": 5}),
])
def test_a_number_after_a_weekday(text, expected):
    cue = cue_of(text)
    assert {k: cue[k] for k in expected} == expected, cue


@pytest.mark.parametrize("text, expected", [
    # a span's last day (after حتى) gives way to its start stated before it
    ("اندلعت اشتباكات مساء السبت واستمرت حتى وقت مبكر من أمس ما أسفر عن مقتل 8 مسلحين.", {"ev_kind": "weekday", "ev_weekday": 6}),
    ("تواصل القصف من فجر الأربعاء حتى ظهر أمس وأصيب 12 مدنيا.", {"ev_kind": "weekday", "ev_weekday": 3}),
    # no start before it, or only a statement's day: the day after حتى stays
    ("واستمرت الاشتباكات حتى فجر أمس وقتل فيها 5 جنود.", {"ev_kind": "offset", "ev_offset": -1}),
    ("قال مصدر اليوم إن الاشتباكات استمرت حتى فجر أمس وقتل فيها 5 جنود.", {"ev_kind": "offset", "ev_offset": -1}),
    # إلى is no span's end (أدى إلى مقتل … أمس)
    ("انفجرت عبوة الخميس الماضي، وقصف الجيش القرية ما أدى إلى مقتل شخصين أمس.", {"ev_kind": "offset", "ev_offset": -1}),
])
def test_a_span_is_dated_by_its_start(text, expected):
    cue = cue_of(text)
    assert {k: cue[k] for k in expected} == expected, cue


def test_a_day_far_before_a_spans_end_is_another_clauses():
    # a day of another clause far back in the sentence is no start of the span after حتى
    cue = cue_of("وقال الوزير الذي زار المدينة أول من أمس برفقة عدد من المسؤولين المحليين إن المعارك التي استمرت "
                 "منذ أواخر مارس الماضي وحتى طرد المسلحين منها في منتصف يوليو أوقعت 108 قتلى.")
    assert (cue["ev_kind"], cue["ev_month"]) == ("explicit", 7), cue

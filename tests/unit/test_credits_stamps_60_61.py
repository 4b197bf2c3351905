"""Credit and stamp classes written from web batches 60 and 61, the pool and studied pages
(eighteenth session, h-meta23): phrases written for the tests, positive and negative."""

import pytest

from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases

BODY = ("قال مسؤولون إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن اليوم في مؤتمر صحفي "
        "عقد في العاصمة بحضور عدد من الوزراء والمسؤولين.")
HEAD = "اشتباكات عنيفة في الأحياء الشرقية للمدينة القديمة\n\n"
TITLE = "عنوان آخر للخبر نفسه كما نشره الموقع الأول"


def fields(text):
    return extract_one(text)["article_fields"].row(0, named=True)


def credit(text):
    row = fields(text)
    return row["source"], row["source_name"]


def stamp(text):
    row = fields(text)
    return (str(row["published_date"]) if row["published_date"] else None,
            str(row["published_at"]) if row["published_at"] else None)


@pytest.mark.parametrize(
    "text, source, name",
    [
        # an agency's acronym between brackets after its full name with the article, in a
        # sentence that quotes it, glosses the agency: a source cited, no closing credit
        (HEAD + BODY + "\n\nوأكد المدير أن الحملة مستمرة في جميع المحافظات حتى نهاية الشهر الجاري، وفق ما نقلته الوكالة الألمانية للأنباء (د ب أ).", None, None),
        (HEAD + BODY + "\n\nوأكد المدير أن الحملة مستمرة في جميع المحافظات حتى نهاية الشهر الجاري بحسب ما قاله للوكالة الألمانية للأنباء (د ب أ).", None, None),
        # ... a bracketed agency after the last sentence's last word still credits it
        (HEAD + BODY + "\n\nوأكد المدير أن الحملة مستمرة في جميع أنحاء البلاد حتى نهاية الشهر الجاري وتشمل الأطفال دون سن الخامسة في كل المحافظات (د ب أ).", "dpa", "د ب أ"),
    ],
)
def test_a_bracketed_agency_glossing_its_named_agency_is_cited(text, source, name):
    assert credit(text) == (source, name)


@pytest.mark.parametrize(
    "text, source, name",
    [
        # a preposition or a conjunction and a number open a sentence's date or count: a page
        # cut short after its last paragraph leaves no credited name
        (HEAD + BODY + "\nوفي 23 تمو", None, None),
        (HEAD + BODY + "\nفي 5 مواقع", None, None),
        (HEAD + BODY + "\nومن 12 قرية", None, None),
        # ... an outlet's name that ends with its number still credits
        (HEAD + BODY + "\nشبكة الوادي 24", None, "شبكة الوادي 24"),
    ],
)
def test_a_preposition_and_a_number_open_no_name(text, source, name):
    assert credit(text) == (source, name)


@pytest.mark.parametrize(
    "text, source, name, date",
    [
        # an aggregator's relay note names the site that first published the story (its web
        # domain or its name) and the day it fetched it, the only stamp
        (HEAD + f'هذا الخبر بعنوان "{TITLE}" نشر أولاً على موقع sana.sy وتم جلبه من مصدره الأصلي بتاريخ ٢١ نيسان ٢٠٢٥.\n' + BODY,
         "sana", "sana.sy", "2025-04-21"),
        (HEAD + f'هذا الخبر بعنوان "{TITLE}" نشر أولاً على موقع example-news.net وتم جلبه من مصدره الأصلي بتاريخ 3 أيار 2024.\n' + BODY,
         None, "example-news.net", "2024-05-03"),
        (HEAD + f'هذا الخبر بعنوان "{TITLE}" نشر أولاً على موقع صوت المدينة وتم جلبه من مصدره الأصلي بتاريخ 3 أيار 2024.\n' + BODY,
         None, "صوت المدينة", "2024-05-03"),
        # ... a sentence that says a video was first posted on a site is no relay note: no
        # credit, no stamp
        (HEAD + BODY + "\nوكان المقطع الذي نشر أولاً على موقع يوتيوب بتاريخ 5 مايو 2020 قد أثار جدلا واسعا بين المتابعين في البلاد.",
         None, None, None),
    ],
)
def test_a_relay_note_credits_the_first_site_and_gives_its_fetch_date(text, source, name, date):
    assert credit(text) == (source, name)
    assert stamp(text)[0] == date


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a byline's "on" and its colon before the weekday and date: the article's stamp
        (HEAD + "كتب في : الخميس 21 سبتمبر 2017 - 12:39 صباحاً بقلم : سامر علي\n\n" + BODY, "2017-09-21", "2017-09-21 00:39:00"),
        # ... a sentence's "in" before the date is prose
        (HEAD + "اشتباكات عنيفة في حلب يوم الخميس 21 سبتمبر 2017 بين الطرفين\n\n" + BODY, None, None),
        # a weekday, a Hijri date with its mark and a dash, then the Gregorian date: a print stamp
        (HEAD + "السبت - 2 جمادى الأولى 1444 هـ - 26 نوفمبر 2022 مـ رقم العدد [ 16069]\n\n" + BODY, "2022-11-26", None),
        # ... words before the Hijri date make it a sentence's
        (HEAD + "احتفال بالمدينة في 2 جمادى الأولى 1444 هـ - 26 نوفمبر 2022 مـ بحضور الوزير\n\n" + BODY, None, None),
        # a label glued to a stamp with the year first, the day and an English month's name
        (HEAD + "تاريخ النشر2021 11 July ساعة 12:42\n\n" + BODY, "2021-07-11", "2021-07-11 12:42:00"),
        # ... without the label the year and day before a month are no date
        (HEAD + "2021 11 July\n\n" + BODY, None, None),
        # a year-first date with spaced slashes under a writer's name
        (HEAD + "سامر العلي\n2013 / 10 / 16\n\n" + BODY, "2013-10-16", None),
        # ... no day, no date
        (HEAD + "سامر العلي\n2013 / 10\n\n" + BODY, None, None),
        # a standalone tatweel after a dateline's date is its dash
        ("الفاشر 1 أكتوبر 2025 ــ " + BODY, "2025-10-01", None),
    ],
)
def test_stamp_shapes_of_batches_60_61(text, date, at):
    assert stamp(text) == (date, at)


@pytest.mark.parametrize(
    "text, source, name",
    [
        # a word that opens an outlet's name (a voice's, an echo's) marks a credit line's segment
        # as an outlet's: beside a place and a generic credit, or alone after the body
        (HEAD + "حلب / صوت المدينة / خاص:\n\n" + BODY, None, "صوت المدينة"),
        (HEAD + BODY + "\n\nصدى الوادي", None, "صدى الوادي"),
        # ... but alone between the headline and the text it may be a subheading: no credit
        (HEAD + "صوت الرصاص\n\n" + BODY, None, None),
        # ... nor after a paragraph with another below it: a subheading of the body
        (HEAD + BODY + "\n\nنافذة حضارية\n\n" + BODY, None, None),
        (HEAD + BODY + "\n\nصدى واسع\n\n" + BODY + "\n\n" + BODY, None, None),
        # ... and a place, a reporter's name beside it, is no outlet's
        (HEAD + "حلب / سامر العلي / خاص:\n\n" + BODY, None, None),
    ],
)
def test_a_voice_or_an_echo_opens_an_outlets_name(text, source, name):
    assert credit(text) == (source, name)

"""Source credits and publication dates (spec §1-§2) over real dateline shapes."""

import pytest

from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


def fields(text):
    return extract_one(text)["article_fields"].row(0, named=True)


BODY = "قال مسؤولون إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن اليوم في مؤتمر صحفي عقد في العاصمة بحضور عدد من الوزراء."


@pytest.mark.parametrize(
    "text, sources",
    [
        ("واشنطن 26 يوليو 2021 (شينخوا) " + BODY, ["xinhua"]),
        ("ايلاف من لندن: " + BODY, ["elaph"]),
        ("عنوان\n\nلندن: «الشرق الأوسط أونلاين»\n\n" + BODY, ["aawsat"]),
        ("عنوان\n\nهيرندون : د ب أ\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nنيودلهي - (دب ا):\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nبرلين  - د.ب.أ\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nروما - رويترز\n\n" + BODY, ["reuters"]),
        ("عنوان\n\nمكة المكرمة - واس:\n\n" + BODY, ["spa"]),
        ("عنوان\n\nاليوم - الدمام\n\n" + BODY, ["alyaum"]),
        ("عنوان\n\nعين اليوم – القاهرة\n\n" + BODY, ["3alyoum"]),
        ("عنوان\n\nالوئام - CNN :\n\n" + BODY, ["cnn", "alweeam"]),
        ("عنوان\n\nالباحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n\n" + BODY, ["spa"]),
        ("عنوان\n\nوكالات - بغداد\n\n" + BODY, []),
        ("عنوان\n\nمحمد البيضاني\n\n" + BODY, []),
        ("عنوان\n\nأحمد - الرياض\n\n" + BODY, []),
    ],
)
def test_dateline_credits(text, sources):
    f = fields(text)
    assert f["sources"] == sources
    assert f["source"] == (sources[0] if sources else None)


def test_body_quoted_outlet_is_cited_not_source():
    out = extract_one("عنوان\n\nمحمد علي\n\nوقال الكاظمي لـ((أسوشيتد برس)) إنه لا داعي لبقاء القوات.")
    assert out["article_fields"]["source"][0] is None
    assert "ap" in out["cited_sources"]["outlet"].to_list()


@pytest.mark.parametrize(
    "text, date, at",
    [
        ("واشنطن 26 يوليو 2021 (شينخوا) " + BODY, "2021-07-26", None),
        ("عنوان\n\nتأريخ النشر: 23 July 2021\n\n" + BODY, "2021-07-23", None),
        ("السبت 29 يونيو 2024\n\nعنوان\n\nعرب وعالم27-7-2021 | 16:56\n\n" + BODY, "2021-07-27", "2021-07-27 16:56:00"),
        ("عنوان\n\nالباحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n\n" + BODY, "2015-08-10", None),
        ("( أردو بوینت نتورك ۔ / سبوتنيك - 27 يوليو 2021ء) " + BODY, "2021-07-27", None),
        ("عنوان\n\nبغداد - كونا\n\n" + BODY + " وكان ذلك في 5 مارس 2014.", None, None),
    ],
)
def test_publication_date_from_text_only(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


def test_date_mentions_resolve_granularity_and_missing_year():
    out = extract_one("واشنطن 26 يوليو 2021 (شينخوا) " + BODY + "\nوفي السابع من نيسان/ابريل اتفق الجانبان، وفي عام 2011 انسحبت القوات.")
    m = {r["mention"]: (str(r["date"]), r["granularity"], r["year_inferred"]) for r in out["date_mentions"].iter_rows(named=True)}
    assert m["السابع من نيسان/ابريل"] == ("2021-04-07", "day", True)
    assert m["عام 2011"] == ("2011-01-01", "year", False)


def test_weekday_mentions_resolve_against_the_publication_date():
    out = extract_one("واشنطن 26 يوليو 2021 (شينخوا) " + BODY + "\nوقال بايدن يوم الاثنين إنه التقى الوزير يوم السبت الماضي، ثم يوم السبت 29 يونيو 2024 في مكان آخر.")
    m = {r["mention"]: (str(r["date"]), r["granularity"]) for r in out["date_mentions"].iter_rows(named=True)}
    assert m["يوم الاثنين"] == ("2021-07-26", "day")  # the publication day is a Monday
    assert m["يوم السبت"] == ("2021-07-24", "day")
    # A weekday heading an explicit date is that date, not a second "Saturday" mention.
    rows = [(r["mention"], str(r["date"])) for r in out["date_mentions"].iter_rows(named=True)]
    assert [r for r in rows if r[0].startswith("يوم السبت") and r[1] != "2024-06-29"] == [("يوم السبت", "2021-07-24")]
    assert any(d == "2024-06-29" for _, d in rows)


def test_weekday_without_a_publication_date_is_left_out():
    out = extract_one("عنوان\n\nمحمد علي\n\n" + BODY + " وقال يوم الاثنين إن الاجتماع انتهى.")
    assert out["date_mentions"].filter(out["date_mentions"]["mention"].str.contains("الاثنين")).height == 0


HEAD = "عنوان الخبر كما يظهر في أعلى الصفحة\n\n"


@pytest.mark.parametrize(
    "text, date, at",
    [
        # dotted and slashed numeric dates, day first
        (HEAD + "نشر بتاريخ 05.03.2019\n\n" + BODY, "2019-03-05", None),
        (HEAD + "14.02.2018 | 09:15\n\n" + BODY, "2018-02-14", "2018-02-14 09:15:00"),
        (HEAD + "3/11/2020 - 10:05\n\n" + BODY, "2020-11-03", "2020-11-03 10:05:00"),
        # a month name between slashes or dashes
        (HEAD + "12/مارس/2019\n\n" + BODY, "2019-03-12", None),
        (HEAD + "8-أكتوبر-2022 | 13:40\n\n" + BODY, "2022-10-08", "2022-10-08 13:40:00"),
        # 12-hour times with ص/م, صباحا/مساء, am/pm
        (HEAD + "الخميس 14 مارس 2019 07:40 م\n\n" + BODY, "2019-03-14", "2019-03-14 19:40:00"),
        (HEAD + "الأحد 3 مايو 2020 - 11:20 صباحاً\n\n" + BODY, "2020-05-03", "2020-05-03 11:20:00"),
        (HEAD + "الأحد 3 مايو 2020 - 12:15 ص\n\n" + BODY, "2020-05-03", "2020-05-03 00:15:00"),
        (HEAD + "Sun, 03 May 2020 09:05 pm\n\n" + BODY, "2020-05-03", "2020-05-03 21:05:00"),
        # English ordinals, day first and month first
        (HEAD + "Posted on 3rd, February 2024\n\n" + BODY, "2024-02-03", None),
        (HEAD + "February 3rd, 2024 | 10:15\n\n" + BODY, "2024-02-03", "2024-02-03 10:15:00"),
        # ISO date lines, with or without a time
        (HEAD + "2024-02-03T10:15:00+03:00\n\n" + BODY, "2024-02-03", "2024-02-03 10:15:00"),
        (HEAD + "2024-02-03\n\n" + BODY, "2024-02-03", None),
        # Maghrebi and Moroccan month names
        (HEAD + "الأربعاء 12 جوان 2019\n\n" + BODY, "2019-06-12", None),
        (HEAD + "الثلاثاء 2 أفريل 2019\n\n" + BODY, "2019-04-02", None),
        (HEAD + "الاثنين 1 جويلية 2019 على الساعة 08:30\n\n" + BODY, "2019-07-01", "2019-07-01 08:30:00"),
        (HEAD + "السبت 2 فيفري 2019\n\n" + BODY, "2019-02-02", None),
        (HEAD + "الخميس 18 يوليوز 2019 - 16:30\n\n" + BODY, "2019-07-18", "2019-07-18 16:30:00"),
        (HEAD + "الجمعة 9 غشت 2019\n\n" + BODY, "2019-08-09", None),
        (HEAD + "الأربعاء 21 شتنبر 2022\n\n" + BODY, "2022-09-21", None),
        (HEAD + "الأربعاء 16 نونبر 2022\n\n" + BODY, "2022-11-16", None),
        (HEAD + "الأربعاء 7 دجنبر 2022\n\n" + BODY, "2022-12-07", None),
        # a weekday settles which number is the day: 04/08/2019 is Sunday 4 August or Monday 8 April
        (HEAD + "الأحد, 04/08/2019 - 12:00\n\n" + BODY, "2019-08-04", "2019-08-04 12:00:00"),
        (HEAD + "اثنين, 04/08/2019 - 12:00\n\n" + BODY, "2019-04-08", "2019-04-08 12:00:00"),
        # no 16th month: month first
        (HEAD + "8/16/2023 | 00:00\n\n" + BODY, "2023-08-16", "2023-08-16 00:00:00"),
        # a publication stamp beats a last-updated line, a crawl stamp and a site header
        (HEAD + "آخر تحديث: 20/05/2021 - 10:00\n\nتاريخ النشر: 18/05/2021\n\n" + BODY, "2021-05-18", None),
        (" date 2023-06-01 " + HEAD + "31-05-2023 | 22:10\n\n" + BODY, "2023-05-31", "2023-05-31 22:10:00"),
        (HEAD + "آخر تحديث :الثلاثاء-18 مايو 2021-09:00ص\n\nالاثنين - 17 مايو 2021 - 08:10 م\n\n" + BODY, "2021-05-17", "2021-05-17 20:10:00"),
        # ... and is the date when it is the only one stated
        (HEAD + "آخر تحديث: 20/05/2021\n\n" + BODY, "2021-05-20", None),
        (" date 2023-06-01 " + BODY, "2023-06-01", None),
        # a Hijri stamp with its Gregorian equivalent, year first, closing the article
        (HEAD + BODY + "\n\n1440/9/1هـ 2019/5/6م", "2019-05-06", None),
        # a dateline: a place and a date open the first paragraph, or the date alone
        ("ود مدني، 14 نوفمبر 2024 – " + BODY, "2024-11-14", None),
        (HEAD + "١٩ أكتوبر ٢٠١٣ " + BODY, "2013-10-19", None),
        # a byline that ends with its date: after its date word, or glued to the date
        (HEAD + "كتبها سامي خليل بتاريخ 2023/03/27\n\n" + BODY, "2023-03-27", None),
        (HEAD + "نجمابريس18 أكتوبر 2023\n\n" + BODY, "2023-10-18", None),
        (HEAD + "س .ع8 نوفمبر 2022\nآخر تحديث:\n\n" + BODY, "2022-11-08", None),
        # a date and time that open a line above the first paragraph, a headline glued after them
        ("بيروت\n\n11 تشرين الثاني 2018 02:57م أمطار غزيرة على الساحل\n\n" + BODY, "2018-11-11", "2018-11-11 14:57:00"),
        # a dateline whose date ends at a slash
        ("الخرطوم 22 أكتوبر 2017 / " + BODY, "2017-10-22", None),
        # a dateline line of its own that ends with a dash, also as the page's first line
        ("اليمن، 4 يونيو 2016، وكالات –\n\n" + BODY, "2016-06-04", None),
        (HEAD + "بيروت، 9 مايو 2018 -\n\n" + BODY, "2018-05-09", None),
    ],
)
def test_publication_stamp_shapes(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text",
    [
        # a date in the headline
        "احتفالات واسعة بذكرى ثورة 14 تموز 1958 في بغداد\n\n" + BODY,
        "مسيرة في ذكرى 14 تموز 1958 ببغداد –\n\n" + BODY,   # a headline of more words than a dateline carries, dash or not
        "الذكرى: 9 نيسان 2003\n\n" + BODY,
        # a date in the body, also in the first paragraph and beside a publication word
        HEAD + BODY + " وكان الاتفاق قد وقع في 12 أيار 2010 في جنيف.",
        HEAD + "وقال المصدر إن القرار الذي نشر في الجريدة الرسمية يبقى ساريا حتى 30 مارس 2017 وفق البيان الصادر اليوم عن الوزارة.\n\n" + BODY,
        HEAD + BODY + "\nوأعلنت الهيئة استئناف التداول - ابتداء من يوم الاثنين 3 أغسطس 2015 - بعد تعليق دام أسابيع بسبب القوائم المالية.",
        # an event date in the lede, a timeline entry, an embedded post's date
        HEAD + "شيعت المدينة، الأحد 5 آذار 2017، جثامين ثلاثة من عناصر الدفاع المدني الذين قضوا في القصف على الحي الشرقي.",
        HEAD + "* 5 يونيو 1967: بدء الحرب التي استمرت ستة أيام وانتهت باحتلال أراض واسعة كما تذكر كتب التاريخ والمصادر.\n\n" + BODY,
        HEAD + BODY + "\n\npic.twitter.com/abc — وزارة الصحة في المدينة (@health) May 5, 2019",
        # a stamp its weekday contradicts (12 March 2019 was a Tuesday); a month-only crawl stamp
        HEAD + "الجمعة 12 مارس 2019 | 10:00\n\n" + BODY,
        " date 2020-05 " + BODY,
        # a year or a day and month alone
        HEAD + "عام 2019\n\n" + BODY,
        HEAD + "الخميس 14 مارس | 10:00\n\n" + BODY,
        # a date word in a sentence; a word spaced from its date (a subtitle, not a glued byline)
        HEAD + "صدر القرار بتاريخ 2023/03/27.\n\n" + BODY,
        HEAD + "كتبها سامي خليل بتاريخ 2023/03/27 في عدد خاص عن الأمطار\n\n" + BODY,
        HEAD + "ذكرى 7 أكتوبر 2023\n\n" + BODY,
        HEAD + BODY + "\nمحمود18 أكتوبر 2023",
        # a teaser of another story after the body (a caption shows a day, not a clock time)
        HEAD + BODY + "\n\nالأكثر قراءة\n\nأربع عادات صباحية بسيطة تحسن صحة الأمعاء الإثنين، 15 ديسمبر 2025 07:00 ص",
    ],
)
def test_dates_that_are_not_the_publication_date(text):
    assert fields(text)["published_date"] is None


@pytest.mark.parametrize(
    "text, date",
    [
        # a photo caption that ends with the day it shows is the date of last resort
        (HEAD + BODY + "\nالوزير يتحدث إلى الصحفيين في المطار صباح الأحد 3 مايو 2020", "2020-05-03"),
        # ... not when a stamp is stated
        (HEAD + "الاثنين 4 مايو 2020 | 09:00\n\n" + BODY + "\nالوزير يتحدث إلى الصحفيين في المطار صباح الأحد 3 مايو 2020", "2020-05-04"),
        # ... nor when the date does not close the line, or the line is a sentence
        (HEAD + BODY + "\nصباح الأحد 3 مايو 2020 تحدث الوزير إلى الصحفيين", None),
        (HEAD + BODY + "\nالوزير يتحدث إلى الصحفيين في المطار صباح الأحد 3 مايو 2020.", None),
    ],
)
def test_caption_date_is_the_last_resort(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


def test_dated_list_after_the_body_is_not_a_stamp():
    related = "\n\nمقتل ثلاثة في هجوم على حاجز للشرطة\n01:05 - 2026/02/11\n\nاستئناف المفاوضات في جنيف\n23:36 - 2026/02/10"
    assert fields(HEAD + BODY + related)["published_date"] is None
    # a footer stamp alone after the body is the date; a labelled stamp is, whatever follows
    assert str(fields(HEAD + BODY + "\n\n22/11/2022 11:56 pm")["published_date"]) == "2022-11-22"
    assert str(fields(HEAD + "تاريخ النشر : 00:13 - 2021/02/04\n\n" + BODY + related)["published_date"]) == "2021-02-04"


HEADER_BAR = "مدير التحرير: سامي نبيل 09:12 ص | السبت 4 مايو 2024 م | 25 شوال 1445 هـ | دمشق 28° غائم\n\n"


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a site's header bar (editor, clock, date, Hijri date, weather) on the first line is the
        # day of the visit: a credit line's stamp below the headline is the publication date ...
        (HEADER_BAR + HEAD + "رويترز 12 مارس 2016 14:20\n\n" + BODY, "2016-03-12", "2016-03-12 14:20:00"),
        # ... and the header's date is the date of last resort
        (HEADER_BAR + HEAD + BODY, "2024-05-04", "2024-05-04 09:12:00"),
        # a month name first, then the day and a comma (a blog engine's "F j, Y"), in any family
        (HEAD + "الأحد, مايو 5, 2024\n\n" + BODY, "2024-05-05", None),
        (HEAD + "أيار 5، 2024\n\n" + BODY, "2024-05-05", None),
        # a numeric date that names no day read day first (no 25th month) is month first
        (HEAD + "9/25/2020\n00:00\n\n" + BODY, "2020-09-25", None),
        (HEAD + "الجمعة 9/25/2020\n\n" + BODY, "2020-09-25", None),
        # ... with an hour and its 12-hour mark, or midnight, after it (no minutes: no time)
        (HEAD + "يوليو 21, 2015, 3 ص\n\n" + BODY, "2015-07-21", None),
        (HEAD + "أغسطس 7, 2015, منتصف الليل\n\n" + BODY, "2015-08-07", None),
        (HEAD + "أغسطس 7, 2015, 3 قتلى في حادث على الطريق\n\n" + BODY, None, None),
        # without a comma a month, a number and a year are no date; neither reading names a day;
        # a weekday that contradicts the only reading
        (HEAD + "مايو 5 2024\n\n" + BODY, None, None),
        (HEAD + "13/25/2020\n\n" + BODY, None, None),
        (HEAD + "الاثنين 9/25/2020\n\n" + BODY, None, None),
    ],
)
def test_stamp_shapes_of_batches_08_and_09(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a time and a date that open the first paragraph, glued to its first word
        (HEAD + "16:18 - 21 أغسطس 2022قتل تسعة أشخاص وجرح ستة آخرون في حادث اصطدام بين شاحنة وحافلة ليل السبت في جنوب البلاد.",
         "2022-08-21", "2022-08-21 16:18:00"),
        (HEAD + "09:05 | 3 مايو 2024 أعلنت الوزارة أن القوات ستبقى في البلاد حتى نهاية العام وفق ما قاله متحدث في مؤتمر صحفي.",
         "2024-05-03", "2024-05-03 09:05:00"),
        # a time before a date deep in the first paragraph is prose
        (HEAD + "قال مسؤولون إن الهجوم وقع عند الساعة 16:18 من يوم 21 أغسطس 2022 في جنوب البلاد وفق ما أعلنته مديرية الحماية المدنية.",
         None, None),
        # an era's mark after a commemorated date is not a stamp's word
        ("14 / آذار / 2011 ميلادي\n" + HEAD + "في مثل هذا اليوم الرابع عشر من شهر آذار عام 2011 ميلادي دخلت القوات البلاد.", None, None),
    ],
)
def test_stamp_shapes_of_batches_10_and_11(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a dateline line of its own: a place (a city and its country) parted from a dashed
        # numeric date, or a place, a spaced dash and a named date
        (HEAD + "حلب-سوريا-7-4-2019\n" + BODY, "2019-04-07", None),
        (HEAD + "الموصل - 12 شباط 2017\n" + BODY, "2017-02-12", None),
        # ... not with words after the date, a sentence's word before it, or after the body
        (HEAD + "حلب-سوريا-7-4-2019 قصف على الأحياء الشرقية\n" + BODY, None, None),
        (HEAD + "وقع هجوم في-7-4-2019\n" + BODY, None, None),
        (HEAD + "مدينة حلب شمال سوريا-7-4-2019\n" + BODY, None, None),
        (HEAD + BODY + "\nحلب-سوريا-7-4-2019", None, None),
        # a line that opens with a Hijri date and its Gregorian equivalent, a credit after it
        # (12 March 2019 was a Tuesday; the months paired with a slash and a space)
        (HEAD + "الثلاثاء 5 رجب 1440 الموافق 12 مارس/ آذار 2019 وكالة الأخبار المحلية للأنباء “ولا”.\n" + BODY, "2019-03-12", None),
        # ... not when a sentence opens the line before it
        (HEAD + "قالت الوزارة يوم 5 رجب 1440 الموافق 12 مارس 2019 إن القوات ستنسحب\n" + BODY, None, None),
        # a byline opened by its author label that ends with its date, the year glued to the month
        (HEAD + "تقرير: سامر حداد 14 مارس2021م\n" + BODY, "2021-03-14", None),
        (HEAD + "بقلم: ليلى يوسف 3 أيار 2019\n" + BODY, "2019-05-03", None),
        # ... not with words after the date, nor a sentence after the label
        (HEAD + "بقلم: ليلى يوسف 3 أيار 2019 عن الأوضاع في المدينة\n" + BODY, None, None),
        (HEAD + "تقرير: الوزارة تعلن في 14 مارس 2021\n" + BODY, None, None),
        # a name glued to its date, then a last-updated stamp glued to the year: the byline's
        # date, without the update's time
        (HEAD + "سامر حداد30 أبريل 2017آخر تحديث : الأحد 30 أبريل 2017 - 2:32 مساءً\n" + BODY, "2017-04-30", None),
        (HEAD + "سامر حداد30 أبريل 2017 قتلى في هجوم على الطريق\n" + BODY, None, None),
        # after the body a segment does not shelter its line's words: a subheading is no stamp
        (HEAD + BODY + "\nأسعار الذهب في الأسواق المحلية – 14 سبتمبر 2025:", None, None),
        (HEAD + BODY + "\n14 سبتمبر 2025", "2025-09-14", None),
    ],
)
def test_stamp_shapes_of_batches_15_to_17(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


TEASER = "\nالطقس اليوم الأحد 4 مايو 2025"


@pytest.mark.parametrize(
    "text, date",
    [
        # a related-articles heading after the body: the dates below it are other articles'
        (HEAD + BODY + "\n\nمقالات ذات صلة" + TEASER, None),
        (HEAD + BODY + "\n\nالأكثر قراءة:\nرياضة 04/05/2025" + TEASER, None),
        # without the heading the same line is a stamp (weekday, date, two words)
        (HEAD + BODY + TEASER, "2025-05-04"),
        # a heading above the body (a sidebar before the article) leaves the stamp below it
        ("الأكثر قراءة\n\nالأحد 4 مايو 2025 | 10:00\n\n" + BODY, "2025-05-04"),
    ],
)
def test_related_articles_heading_ends_the_stamps(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a writer's name glued to the date, then a last-updated line on the same line: the
        # second date is the update's, no word of the first stamp
        (HEAD + "سامر الخطيب12 مارس 2019آخر تحديث : الثلاثاء 12 مارس 2019 - 4:10 مساءً\n\n" + BODY, "2019-03-12"),
        # an author's label, the writer and the date (the year glued to its month)
        (HEAD + "تقرير: سامي خليل 14 مارس2021م\n\n" + BODY, "2021-03-14"),
        (HEAD + "كتب: نادر حسن 3 أبريل 2020\n\n" + BODY, "2020-04-03"),
        # a stamp's words are names; a preposition makes them a line of prose (a teaser, a
        # caption with its clock time)
        (HEAD + "انفجار في حلب الاثنين 4 مايو 2020 10:30\n\n" + BODY, None),
        # ... but "في" right before the date is a byline's "on"
        (HEAD + "عدن - سامي خليل في الأحد 3 مايو 2020 09:30 مساءً - انقلاب حافلة جنوب المدينة ووفاة ستة ركاب\n" + BODY, "2020-05-03"),
        # a date and a colon that open the first paragraph are a timeline's entry
        (HEAD + "14 فبراير 2005: اغتيال رئيس الوزراء في انفجار ضخم وسط العاصمة كما تذكر المصادر والوثائق الرسمية المنشورة.", None),
        # an embedded post's signature with its handle: the post's date
        (HEAD + BODY + "\n— وزارة الدفاع (@mod) الأحد 5 مايو 2019 10:15", None),
    ],
)
def test_stamp_guards_of_batches_14_and_15(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


CRUMB_TITLE = "اشتباكات عنيفة في الأحياء الشرقية للمدينة القديمة بين القوات الحكومية ومسلحين من العشائر"


@pytest.mark.parametrize(
    "text, date",
    [
        # a breadcrumb (home link, section, the headline) is page furniture: the section and
        # date line below it is the stamp ("month day, year" with an Arabic month)
        ("الرئيسية » أخبار محلية » " + CRUMB_TITLE + "\nأخبار محلية - مارس 14, 2021\n\n" + BODY, "2021-03-14"),
        ("الصفحة الرئيسية / تقارير / " + CRUMB_TITLE + "\nتقارير - أيار 3, 2019\n\n" + BODY, "2019-05-03"),
        # a first paragraph that is no breadcrumb: the same line after it is no stamp
        ("قال مسؤولون إن " + CRUMB_TITLE + " وفق ما أعلن اليوم\nأخبار محلية - مارس 14, 2021\n\n" + BODY, None),
        # the home word in a sentence's first words is no breadcrumb
        ("الرئيسية في هذا الملف أن " + CRUMB_TITLE + " وفق ما أعلن اليوم\nأخبار محلية - مارس 14, 2021\n\n" + BODY, None),
    ],
)
def test_a_breadcrumb_is_no_first_paragraph(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


STAMP_HEAD = "غارات جديدة على أطراف المدينة وسط تصاعد القتال في المنطقة\n"


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a stamp's date and its time joined by في ("on ... at"): the stamp with its time
        ("الأربعاء، 6 مارس 2019 في 10:40 م\n" + STAMP_HEAD + BODY, "2019-03-06", "2019-03-06 22:40:00"),
        (STAMP_HEAD + "الأربعاء 6 مارس 2019 في 08:15\n\n" + BODY, "2019-03-06", "2019-03-06 08:15:00"),
        # ... في before a place after the date is a caption's sentence, no stamp
        (STAMP_HEAD + "الأربعاء 6 مارس 2019 في حلب\n\n" + BODY, None, None),
    ],
)
def test_a_stamp_with_its_time_after_fi(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text, date",
    [
        # a date right below a latest-news heading above the headline is the site header's:
        # the article's own stamp below the headline wins
        ("آخر الأخبار\nالسبت 11 مايو 2024\n" + STAMP_HEAD + "17.03.2019\n\n" + BODY, "2019-03-17"),
        ("أحدث الأخبار\nالسبت 11 مايو 2024\n" + STAMP_HEAD + "الأحد 17 مارس 2019\n\n" + BODY, "2019-03-17"),
        # ... and the date of last resort when the text states no other
        ("أحدث الأخبار\nالسبت 11 مايو 2024\n" + STAMP_HEAD + BODY, "2024-05-11"),
        # without the heading above it, the weekday's stamp at the top outranks a bare date
        ("قسم الأخبار\nالسبت 11 مايو 2024\n" + STAMP_HEAD + "17.03.2019\n\n" + BODY, "2024-05-11"),
    ],
)
def test_a_date_below_a_latest_news_heading_is_the_header_date(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a stamp's weekday printed in Russian picks the reading of a numeric date that falls
        # on it (5 March 2024 is a Tuesday, 3 May 2024 a Friday)
        (STAMP_HEAD + "09:12 05/03/2024, вторник\n\n" + BODY, "2024-03-05"),
        (STAMP_HEAD + "09:12 05/03/2024, пятница\n\n" + BODY, "2024-05-03"),
        # ... a time glued to the date it stands beside
        (STAMP_HEAD + "09:1222/10/2024, вторник\n\n" + BODY, "2024-10-22"),
    ],
)
def test_a_stamp_weekday_in_russian(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a Hijri date after the stamp's time, its month written without the article
        ("السبت 14 ديسمبر 2024 03:10 مـ 12 جمادى آخر 1446هـ\n" + STAMP_HEAD + BODY, "2024-12-14", "2024-12-14 15:10:00"),
        ("الأحد 6 أكتوبر 2024 09:05 صـ 3 ربيع ثاني 1446هـ\n" + STAMP_HEAD + BODY, "2024-10-06", "2024-10-06 09:05:00"),
        # a time zone of two words (a city and its adjective) is the stamp's
        ("14-12-2024 03:10 PM بتوقيت مكة المكرمة\n" + STAMP_HEAD + BODY, "2024-12-14", "2024-12-14 15:10:00"),
        # ... a sentence's words after the zone's city are no stamp's (the headline quotes a time)
        ("14-12-2024 03:10 PM بتوقيت مكة وصول الوفد الرسمي إلى العاصمة\n" + STAMP_HEAD + BODY, None, None),
    ],
)
def test_stamp_shapes_of_batches_22_and_23(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text, date",
    [
        # a weekday in the first sentence after the dateline's credit is the sentence's day,
        # not the stamp's: the dateline's date stands (14 December 2024 is a Saturday, 12 January
        # 2025 a Sunday)
        ("حلب 14 ديسمبر 2024 (شهبا) – ارتفعت، الجمعة، حصيلة القتلى. " + BODY, "2024-12-14"),
        ("حلب 12 رجب 1446 هـ – الموافق 12 يناير 2025 م (شهبا) – ارتفعت، الجمعة، حصيلة القتلى. " + BODY, "2025-01-12"),
        # ... a weekday right after the date (a dash or a time between) is the stamp's and
        # picks the reading of a numeric date (5 March 2024 is a Tuesday, 3 May a Friday)
        (STAMP_HEAD + "05/03/2024 - الجمعة\n\n" + BODY, "2024-05-03"),
        (STAMP_HEAD + "05/03/2024 10:20 م، الجمعة\n\n" + BODY, "2024-05-03"),
        (STAMP_HEAD + "05/03/2024 - الثلاثاء\n\n" + BODY, "2024-03-05"),
    ],
)
def test_a_weekday_after_a_word_is_no_stamps(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


TODAY_BODY = "أعلن المتحدث باسم الوزارة {today} أن الاجتماع المقبل سيعقد في العاصمة بحضور ممثلين عن عدد من الدول المجاورة."


@pytest.mark.parametrize(
    "text, date",
    [
        # a site header's date (27 April 2024 is a Saturday) above a text whose own today is
        # Sunday: the day of the visit, not the article's
        ("السبت 18 شوال 1445 هـ - 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم الأحد") + "\n\n" + BODY, None),
        ("السبت 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم، الاحد،") + "\n\n" + BODY, None),
        # ... a today that falls on the header's day keeps it
        ("السبت 18 شوال 1445 هـ - 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم السبت") + "\n\n" + BODY, "2024-04-27"),
        # ... so does a text with no today, or whose weekday heads a date of its own
        ("السبت 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="يوم الأحد") + "\n\n" + BODY, "2024-04-27"),
        ("السبت 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم الأحد 28 أبريل") + "\n\n" + BODY, "2024-04-27"),
        # ... and one of several todays on the header's day
        ("السبت 27 أبريل 2024 |\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم السبت") + "\n\n" + TODAY_BODY.format(today="اليوم الأحد"), "2024-04-27"),
        # ... and so does a today below the opening paragraphs (a later one quotes an earlier report)
        ("السبت 27 أبريل 2024 |\n" + STAMP_HEAD + BODY + "\n\n" + BODY + "\n\n" + TODAY_BODY.format(today="اليوم الأحد"), "2024-04-27"),
        # ... a weekday and date above the headline with no Hijri date or bar, its time on the
        # next line, may be the article's own stamp: a today does not overrule it
        ("الخميس، 19 سبتمبر 2024\n07:34 م\n" + STAMP_HEAD + TODAY_BODY.format(today="اليوم السبت") + "\n\n" + BODY, "2024-09-19"),
        # the article's own stamp is no date of last resort: a today does not overrule it
        (STAMP_HEAD + "لندن 27 أبريل 2024 (رويترز) - " + TODAY_BODY.format(today="اليوم الأحد") + "\n\n" + BODY, "2024-04-27"),
    ],
)
def test_a_header_date_its_text_today_contradicts(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # "today" and a weekday before the date: the sentence's day, no dateline (h-meta28)
        (HEAD + "القدس - وكالات\nأعلن الجيش اليوم الخميس (9 يونيو/ حزيران 2016) أنه سينشر قوات إضافية مؤلفة من مئات الجنود في المنطقة الشمالية بعد الهجوم الذي وقع مساء أمس في المدينة.\n" + BODY, None),
        (HEAD + "يسود اليوم الاثنين الموافق 30 شوال 1446هـ/28 أبريل 2025م، طقس غير مستقر في عدة مدن من البلاد حيث يتوقع أن تتساقط أمطار رعدية على المرتفعات الغربية والجنوبية.\n" + BODY, None),
        ("القدس 9 يونيو 2016 (أ ف ب) - " + BODY, "2016-06-09"),
        # a credit's word between the dateline's date and its dash
        ("رام الله 14-8-2008 وفا- " + BODY, "2008-08-14"),
        ("رام الله 14-8-2008 قال وزير المالية إن " + BODY, None),
        # an article's date label
        ("- تصنيف المقال : شؤون محلية\n- تاريخ المقال : 2024-09-04\n" + BODY, "2024-09-04"),
    ],
)
def test_dates_of_batches_25_to_27(text, date):
    got = fields(text)["published_date"]
    assert (str(got) if got else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a site's founding date, on its line or below the founding word, is no publication date
        ("صحيفة إلكترونية تأسست\n1/1/2016\n" + HEAD + BODY, None),
        ("صحيفة إلكترونية تأسست عام 2016 5/3/2016\n" + HEAD + BODY, None),
        ("Founded 1/1/2016\n" + HEAD + BODY, None),
        ("صحيفة إلكترونية\n1/1/2016\n" + HEAD + BODY, "2016-01-01"),
        # an hour with its word of the day and no minutes is a stamp's time (الساعة 11 صباحاً)
        ("الأحد 07 يونيو-حزيران 2020 الساعة 9 مساءً / صوت الوادي - وكالات\n\n" + BODY, "2020-06-07"),
    ],
)
def test_a_founding_date_is_no_publication_date(text, date):
    got = fields(text)["published_date"]
    assert (str(got) if got else None) == date


LEDE_TODAY = ("قال مسؤولون اليوم {} إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن في مؤتمر "
              "صحفي عقد في العاصمة بحضور عدد من الوزراء.")


@pytest.mark.parametrize(
    "text, date",
    [
        # a numeric stamp with no weekday beside it: the text's own "today" picks the month-day
        # order when it falls on that reading alone (5 April 2023 was a Wednesday, 4 May a Thursday)
        (HEAD + "05-04-2023 09:15 صباحاً\n" + LEDE_TODAY.format("الخميس"), "2023-05-04"),
        (HEAD + "05-04-2023 09:15 صباحاً\n" + LEDE_TODAY.format("الأربعاء"), "2023-04-05"),
        # ... neither reading on it: day-month stays; one reading only: it stays
        (HEAD + "05-04-2023 09:15 صباحاً\n" + LEDE_TODAY.format("السبت"), "2023-04-05"),
        (HEAD + "25-04-2023 09:15 صباحاً\n" + LEDE_TODAY.format("الخميس"), "2023-04-25"),
        # ... a weekday beside the date settles it first
        (HEAD + "الأربعاء 05-04-2023\n" + LEDE_TODAY.format("الخميس"), "2023-04-05"),
    ],
)
def test_the_texts_today_orders_an_ambiguous_numeric_stamp(text, date):
    got = fields(text)["published_date"]
    assert (str(got) if got else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a known place and the date on a line of their own above the body, alone or with the
        # credit after a separator: a dateline
        (HEAD + "الخرطوم 12 مارس 2019—سونا\n" + BODY, "2019-03-12"),
        (HEAD + "بيروت 3 أيار 2018 (الوكالة الوطنية)\n" + BODY, "2018-05-03"),
        (HEAD + "تونس 7 يناير 2020 - وات:\n" + BODY, "2020-01-07"),
        (HEAD + "الخرطوم 12 مارس 2019\n" + BODY, "2019-03-12"),
        # ... not an unknown word before the date, nor a phrase after it
        (HEAD + "الاجتماع 12 مارس 2019—تأجيل\n" + BODY, None),
        (HEAD + "الخرطوم 12 مارس 2019 - اجتماع طارئ لمجلس الوزراء بحضور الرئيس\n" + BODY, None),
    ],
)
def test_a_dateline_line_of_its_own_with_a_known_place(text, date):
    got = fields(text)["published_date"]
    assert (str(got) if got else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a paired month whose two names disagree (June with April) names no month
        (HEAD + "10:40 - 17 حزيران / أبريل 2011\n\n" + BODY, None),
        (HEAD + "10:40 - 17 تموز / مارس 2011\n\n" + BODY, None),
        # ... two names of the same month are one
        (HEAD + "10:40 - 17 حزيران / يونيو 2011\n\n" + BODY, "2011-06-17"),
        (HEAD + "10:40 - 17 نيسان / أبريل 2011\n\n" + BODY, "2011-04-17"),
    ],
)
def test_a_paired_month_that_disagrees_is_unread(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a first line of a date, its time and its Hijri equivalent is the site header's: the
        # article's stamp under the headline wins
        ("الخميس 14 مايو 2026 09:20 صـ 27 ذو القعدة 1447 هـ\n\nعنوان الخبر كما يظهر في أعلى الصفحة\n\n"
         "الأربعاء 12 أكتوبر 2016 11:05 صـ 11 محرم 1438 هـ\n\n" + BODY, "2016-10-12"),
        # ... alone it is the date of last resort
        ("الخميس 14 مايو 2026 09:20 صـ 27 ذو القعدة 1447 هـ\n\nعنوان الخبر كما يظهر في أعلى الصفحة\n\n" + BODY, "2026-05-14"),
        # ... a first line of a date and its time, with no Hijri date, is the article's stamp
        ("الأربعاء 12 أكتوبر 2016 11:05 ص\n\nعنوان الخبر كما يظهر في أعلى الصفحة\n\n"
         "الخميس 13 أكتوبر 2016 08:00 ص\n\n" + BODY, "2016-10-12"),
    ],
)
def test_a_header_date_with_its_hijri_equivalent_gives_way(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a byline that opens the first paragraph: a writer, a place, "on" the weekday and the
        # date, its time, and a dash before the text
        ("سامي خليل - عمان في الأحد 12 مايو 2024 10:15 صباحا - " + BODY, "2024-05-12"),
        ("نادر سليم - بيروت في الخميس 7 مارس 2019 - " + BODY, "2019-03-07"),
        (HEAD + "سامي خليل - عمان 12 مايو 2024 10:15 صباحا - " + BODY, "2024-05-12"),
        # ... "in" the date in a sentence is no byline's
        ("وصل الوفد في الأحد 12 مايو 2024 10:15 صباحا إلى المطار، " + BODY, None),
        (HEAD + "قال الوزير في الأحد 12 مايو 2024 - وهو يوم العطلة - " + BODY, None),
    ],
)
def test_a_byline_dateline_with_on_its_date(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a Hijri date alone on a line at the top, no Gregorian date stated: the page's stamp,
        # in the Umm al-Qura calendar (1 Muharram 1446 was 7 July 2024)
        ("أنت هنا\n1 محرم 1446\nالقاهرة - وكالات\n" + BODY, "2024-07-07"),
        ("الأحد 12 رمضان 1445 هـ\n" + STAMP_HEAD + BODY, "2024-03-22"),
        # ... a Gregorian date stated anywhere in the head wins
        ("1 محرم 1446\n" + STAMP_HEAD + "10 يوليو 2024\n\n" + BODY, "2024-07-10"),
        # ... a Hijri date inside a sentence, or a day the month lacks, is no stamp
        ("عنوان الخبر هنا\nوقع الحادث في 12 رمضان 1445 قرب الحدود\n" + BODY, None),
        ("30 محرم 1446\n" + STAMP_HEAD + BODY, None),
        # a stamp with colons between the year, month and day, its time after a dot
        (STAMP_HEAD + "2019:03:17.10:45    حجم الخط:    اطبع\n\n" + BODY, "2019-03-17"),
    ],
)
def test_a_hijri_date_alone_and_a_colon_stamp(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a date written as one number, year, month and day, alone on its line above the text
        ("20190317\nوكالة الأفق\n" + BODY, "2019-03-17"),
        (STAMP_HEAD + "20230805\n\n" + BODY, "2023-08-05"),
        # ... a number in a line of words, or one that names no month, is no date
        (STAMP_HEAD + "رقم الملف 20190317\n\n" + BODY, None),
        ("20191517\n" + STAMP_HEAD + BODY, None),
        # a date that opens a line of tags parted by commas (a post's categories)
        ("2024/06/12 أخبار عربية, لبنان, سياسة\n\n" + BODY, "2024-06-12"),
        (STAMP_HEAD + "12-06-2024 الأخبار، اقتصاد، أسواق المال\n\n" + BODY, "2024-06-12"),
        # ... a sentence after the date, or one word, is no list of tags
        ("2024/06/12 وصل الوفد إلى بيروت, ثم غادر\n\n" + BODY, None),
        ("2024/06/12 في بيروت, لبنان\n\n" + BODY, None),
    ],
)
def test_a_date_as_one_number_and_a_date_before_its_tags(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a dateline's place and credit, a section's word and the weekday right before the date,
        # the first words glued after it
        (STAMP_HEAD + "حلب سانا-الوطن أخبار الأربعاء 12-6-2024 بعد أسابيع من المعارك التي شهدتها الأحياء الشرقية، " + BODY, "2024-06-12"),
        # ... a weekday before the date in a sentence, no credit's separator before it, is prose
        (STAMP_HEAD + "أعلن الجيش الأربعاء 12-6-2024 انتهاء المعارك التي شهدتها الأحياء الشرقية، " + BODY, None),
    ],
)
def test_a_dateline_with_its_weekday_before_the_date(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a byline's date word and the date that ends its segment of a stamp bar, a counter after the pipe
        (STAMP_HEAD + "أخبار الوادي بتاريخ: 14-03-2016 | 9 سنوات مضت القراءات : (512) قراءة\n" + BODY, "2016-03-14"),
        (STAMP_HEAD + "بتاريخ: 14-03-2016 | القراءات : (512) قراءة\n" + BODY, "2016-03-14"),
        # a reading-time widget's count glued to the year (month first: no 22nd month)
        (STAMP_HEAD + "محليات\n5/22/20241 دقيقة قراءة\n\n" + BODY, "2024-05-22"),
        (STAMP_HEAD + "14/03/20163 دقائق قراءة\n\n" + BODY, "2016-03-14"),
    ],
)
def test_stamps_with_a_counter_or_a_reading_time(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text",
    [
        # the date word's date with words after it in its segment: a sentence's
        STAMP_HEAD + "بتاريخ: 14-03-2016 في مدينة حلب | القراءات : (512) قراءة\n" + BODY,
        # a number glued to a year with no reading-time words: no date
        STAMP_HEAD + "14/03/20163\n\n" + BODY,
    ],
)
def test_no_stamp_from_a_glued_number_or_a_sentence_after_the_date_word(text):
    assert fields(text)["published_date"] is None


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a reading or viewing counter beside the date is the stamp's furniture
        (STAMP_HEAD + "محليات\n5/22/2024 قرأها 3 أشخاص\n\n" + BODY, "2024-05-22", None),
        (STAMP_HEAD + "14 مارس 2016 عدد القراءات 512\n\n" + BODY, "2016-03-14", None),
        (STAMP_HEAD + "14 مارس 2016 (512 مشاهدة)\n\n" + BODY, "2016-03-14", None),
        # day, English month and a two-digit year, the time glued to the year
        (STAMP_HEAD + "عمان- الوادي نيوز14-Mar-1609:15 AM\n" + BODY, "2016-03-14", "2016-03-14T09:15:00"),
        (STAMP_HEAD + "14-Mar-98\n\n" + BODY, "1998-03-14", None),
        # backslashes between a date's numbers
        (STAMP_HEAD + "عن «الشرق الأوسط» - 14\\03\\2016\n" + BODY, "2016-03-14", None),
        # a dateline line of places parted by colons
        (STAMP_HEAD + "\nنيامي: النيجر: 14 مارس 2016\n\n" + BODY, "2016-03-14", None),
    ],
)
def test_stamps_with_counters_short_years_backslashes_and_colons(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (f["published_at"].isoformat() if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text",
    [
        # a heading and a colon before the date, no place: no dateline
        STAMP_HEAD + "\nموعد الاقتراع: 14 مارس 2016\n\n" + BODY,
        # the teasers' stamps under a read-next heading after the body
        STAMP_HEAD + BODY + "\n\nأقرأ التالي\n\n2023/10/26 1:36:32 مساءً\n\nعنوان خبر آخر عن الطقس\n\n"
        "2023/10/26 10:00:43 صباحًا\n\nعنوان خبر آخر عن الاقتصاد\n",
        # a counter's words with no stamp
        STAMP_HEAD + "قرأها 3 أشخاص\n\n" + BODY,
    ],
)
def test_no_stamp_from_headings_read_next_teasers_or_counters(text):
    assert fields(text)["published_date"] is None


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a site header with its Hijri date in a segment of its own, a section line, the article's stamp
        ("الخميس: 12 مارس، 2020 - 17 رجب 1441 - 09:15 صباحاً\nأخبار محلية\nالاثنين: 9 مارس، 2020\n\n" + BODY,
         "2020-03-09", None),
        # a bare year month day pair (published, modified) beside a last-updated line
        (STAMP_HEAD + "آخر تحديث : الخميس 12 مارس 2020 - 09:15 صباحًا\n2020 03 10\n2020 03 12\n\n" + BODY, "2020-03-10", None),
        # a labelled stamp printed out of order: day, time, year, month name
        (STAMP_HEAD + BODY + "\n:تحديث 10 14:20 2020 مارس\n", "2020-03-10", "2020-03-10T14:20:00"),
        # a time with its 12-hour mark glued
        ("03/11/2021 09:40PM\n" + BODY, "2021-11-03", "2021-11-03T21:40:00"),
        # a post's meta line: its section, the date, a comment count
        (STAMP_HEAD + "الأخبار 10 مارس 2020 3\n\n" + BODY, "2020-03-10", None),
        # a teaser's dated credit closing the first paragraph
        (STAMP_HEAD + "أعلن الجيش اليوم الثلاثاء عن إعادة انتشار قواته في عدد من المواقع الحدودية في خطوة تهدف إلى تعزيز... "
         "10.03.2020, سبوتنيك عربي\n\n" + BODY, "2020-03-10", None),
    ],
)
def test_stamps_of_batches_48_and_49(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (f["published_at"].isoformat() if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text",
    [
        # three numbers in a line of prose, or parted otherwise than year month day
        STAMP_HEAD + "بلغ العدد 2020 03 10 في المئة\n\n" + BODY,
        STAMP_HEAD + "10 03 2020\n\n" + BODY,
        # the out-of-order shape without a label is a teaser's, no stamp
        STAMP_HEAD + "10 14:20 2020 مارس\n\n" + BODY,
        # a heading with today's weekday and its date after the body
        STAMP_HEAD + BODY + "\n\nأسعار الذهب في السوق المحلية اليوم الأحد 8\\3\\2020م\n",
        # a word that is no section's before the date and a count
        STAMP_HEAD + "القتلى 10 مارس 2020 3\n\n" + BODY,
        # a date and a name closing a paragraph without the teaser's ellipsis
        STAMP_HEAD + "أعلن الجيش اليوم الثلاثاء عن إعادة انتشار قواته في عدد من المواقع الحدودية في خطوة تهدف إلى تعزيز الأمن في "
        "10.03.2020, سبوتنيك عربي\n\n" + BODY,
    ],
)
def test_no_stamp_of_batches_48_and_49(text):
    assert fields(text)["published_date"] is None


@pytest.mark.parametrize(
    "text, date",
    [
        # a stamp's day, month and year parted by dots between spaces, after a weekday
        ("المنار / الأحد 12 . 3 . 2017 — " + BODY, "2017-03-12"),
        ("عنوان\n\nالأحد 12 . 3 . 2017\n\n" + BODY, "2017-03-12"),
        # ... a sentence's numbers parted by a stop and no year: no date
        ("عنوان\n\n" + BODY + " وبلغ العدد 12 . 3 آلاف في المجموع.", None),
    ],
)
def test_spaced_dotted_stamp(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a Gulf agency's dateline: the city, "on" and the date, the agency between slashes
        ("المنامة في 7 أبريل 2019 /بنا/ " + BODY, "2019-04-07"),
        ("نواكشوط في 21 يونيو 2023 / العمانية / " + BODY, "2023-06-21"),
        # ... a sentence's "in" before its date after a word that is no place: no dateline
        ("الانفجار في 7 أبريل 2019 / رويترز / " + BODY, None),
        # ... nor a place and its date with no credit's separator after them
        ("المنامة في 7 أبريل 2019 شهدت اجتماعا للوزراء " + BODY, None),
    ],
)
def test_place_on_date_dateline(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a date and one word after it, a place or a section's label, on a line of its own above
        # the first paragraph: a stamp and the story's category
        (HEAD + "14/03/2019 سوريا\n\n" + BODY, "2019-03-14"),
        (HEAD + "14/03/2019 رياضة\n\n" + BODY, "2019-03-14"),
        # ... or a known outlet's name: the stamp and its credit
        (HEAD + "14/03/2019 الشرق الأوسط\n\n" + BODY, "2019-03-14"),
        # ... two words that are neither: a heading's phrase, no stamp
        (HEAD + "14/03/2019 زيارة الوفد\n\n" + BODY, None),
        # ... the same line after the first paragraph: no stamp of the article's
        (HEAD + BODY + "\n\n14/03/2019 سوريا", None),
    ],
)
def test_a_date_and_its_category_or_credit_line(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date



HEADLINE = "عنوان الخبر كما يظهر في أعلى الصفحة"


@pytest.mark.parametrize(
    "text, date, at",
    [
        # a first line of a date and its time (the site header) gives way to the article's stamp
        # of the same shape below the headline, right above its byline
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\n" + HEADLINE + " صورة الوزير\n"
         "الخميس، 8 يونيو 2017 04:40 م\nكتب سامر الحداد\n" + BODY, "2017-06-08", "2017-06-08T16:40:00"),
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\nالخميس، 8 يونيو 2017 04:40 م\nبقلم: ليلى منصور\n" + BODY,
         "2017-06-08", "2017-06-08T16:40:00"),
        # ... without a byline below it the first line stays the stamp
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\nالخميس، 8 يونيو 2017 04:40 م\n" + BODY,
         "2024-03-04", "2024-03-04T10:15:00"),
        # ... nor does a sentence that opens with the author's verb make a byline
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\nالخميس، 8 يونيو 2017 04:40 م\n"
         "كتب الوزير في رسالة إلى البرلمان أن القوات ستبقى في البلاد حتى نهاية العام المقبل.\n" + BODY,
         "2024-03-04", "2024-03-04T10:15:00"),
    ],
)
def test_a_bylines_stamp_wins_over_the_site_headers(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (f["published_at"].isoformat() if f["published_at"] else None) == at


@pytest.mark.parametrize(
    "text, date",
    [
        # a post's "added on" line, at its foot or its head, with the date year first or day first
        (HEADLINE + "\n\n" + BODY + "\n\nأضيف بتاريخ :2019/11/17", "2019-11-17"),
        (HEADLINE + "\nأضيف في 3 مايو 2020\n\n" + BODY, "2020-05-03"),
        # ... the verb in a sentence, with words after the date, is no label
        (HEADLINE + "\n\n" + BODY + "\nوأضيف في 3 مايو 2020 بند جديد إلى الاتفاق بين الطرفين.", None),
    ],
)
def test_an_added_on_label(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a credit between double or single brackets, a weekday and the date, a place after a
        # slash: a dateline line of its own, also as the page's first line
        ("((المنبر)) الأحد 3 مايو 2020 / عدن\n" + BODY, "2020-05-03"),
        (HEADLINE + "\n(الرصد) 3 مايو 2020 - تعز\n\n" + BODY, "2020-05-03"),
        ("[المنبر] 3-5-2020\n" + BODY, "2020-05-03"),
        # ... a bracketed tag before a sentence's words and the date: a headline, no stamp
        ("(صور) قتلى في حلب الأحد 3 مايو 2020\n" + BODY, None),
        ("(عاجل) 3 مايو 2020 الجيش يعلن سيطرته على المدينة بالكامل\n" + BODY, None),
        # ... a weekday the date does not fall on: no date
        ("((المنبر)) الاثنين 3 مايو 2020 / عدن\n" + BODY, None),
    ],
)
def test_a_bracketed_credits_dateline_line(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a date with a French month's name (a Maghrebi page's stamp), alone or after its label
        (HEADLINE + "\n15 novembre 2015\n\n" + BODY, "2015-11-15"),
        (HEADLINE + "\nPublié le 3 février 2016 à 10h20\n\n" + BODY, "2016-02-03"),
        (HEADLINE + "\nMis à jour le 4 aout 2016\n\n" + BODY, "2016-08-04"),
        # ... a French month and a day with no year in a sentence: no date
        (HEADLINE + "\n\n" + BODY + " وقال الوزير إن الجيش سيحتفل في 5 mars المقبل.", None),
    ],
)
def test_a_stamp_with_a_french_month(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # the headline printed again with its photo's caption after it, a long line above the
        # article's stamp and byline: no first paragraph, so that stamp still wins over the site
        # header's date above the headline
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\n" + HEADLINE + " صورة الوزير أثناء تفقده القوات والآليات في المعسكر الرئيسي شمال البلاد قبل العرض العسكري السنوي\n"
         "الخميس، 8 يونيو 2017 04:40 م\nكتب سامر الحداد\n" + BODY, "2017-06-08"),
        # ... a long line that does not open with an earlier line is the first paragraph: the
        # stamp below it is the body's, the header's date stays
        ("الاثنين، 4 مارس 2024 10:15 ص\n\n" + HEADLINE + "\n\n" + BODY + "\n"
         "الخميس، 8 يونيو 2017 04:40 م\nكتب سامر الحداد\n" + BODY, "2024-03-04"),
    ],
)
def test_a_headline_repeated_with_its_caption_is_no_first_paragraph(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a first line of a date and its time, the site's masthead and menu below it, the headline, and the
        # article's stamp right above the first paragraph: the article's stamp wins
        ("2025-01-20 | 10:19 صباحا\nصحيفة الوادي\n• الرئيسية\n• محليات\n" + HEADLINE + "\nالخميس, 11 مايو 2023, 12:14\n" + BODY,
         "2023-05-11"),
        # ... right above the headline, the first line's date stays (it may be the article's)
        ("2025-01-20 | 10:19 صباحا\n" + HEADLINE + "\nالخميس, 11 مايو 2023, 12:14\n" + BODY, "2025-01-20"),
        # ... and so it does when the lower stamp stands above a second line, not the first paragraph
        ("2025-01-20 | 10:19 صباحا\nصحيفة الوادي\n• الرئيسية\n• محليات\n" + HEADLINE + "\nالخميس, 11 مايو 2023, 12:14\nالمحرر\n"
         + BODY, "2025-01-20"),
    ],
)
def test_the_articles_stamp_under_a_headers_menu(text, date):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date

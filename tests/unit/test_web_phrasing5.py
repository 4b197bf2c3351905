"""Figure phrasings of scraped web news, round 5 (issue 12): classes found on web batches 12 and
13 and checked against other outlets and SaudiNewsNet before a rule was written. Each class has
positives and negatives.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


def figures(text):
    out = extract_one(text)
    troops = [("troops", r["value"], r["value_low"], r["value_high"], r["qualifier"]) for r in out["troop_figures"].iter_rows(named=True)]
    attacks = [(r["measure"], r["value"], r["value_low"], r["value_high"], r["qualifier"]) for r in out["attack_counts"].iter_rows(named=True)]
    return sorted(troops + attacks, key=str)


def check(sentence, expected):
    assert figures(sentence) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence, expected", [
    # a count, a few words, then "between killed and wounded" (singular or plural), whatever the verb
    ("وأكدت المصادر سقوط أكثر من ثلاثمئة شخص بين قتيل وجريح في القصف.", [("casualties", 300, None, None, "at_least")]),
    ("قال الناطق إن خمسة عشر شرطيا سقطوا بين قتلى وجرحى قرب الحدود.", [("casualties", 15, None, None, "exact")]),
    ("أدى الانفجار إلى وقوع العشرات بين قتلى وجرحى في السوق.", [("casualties", None, 10, None, "vague")]),
    ("سقط 40 من عناصر الدورية بين شهداء وجرحى.", [("casualties", 40, None, None, "exact")]),
    ("أوقعت الغارة المئات من السكان بين قتلى ومصابين.", [("casualties", None, 100, None, "vague")]),
    # a unit, a year or a later count between: the phrase is not about that number
    ("خلال 4 أيام من المواجهات سقط بين قتيل وجريح كثيرون.", []),
    ("منذ عام 2014 سقط بين قتلى وجرحى عدد كبير من المدنيين.", []),
    ("في 3 قرى شهدت المعارك سقط العشرات بين قتلى وجرحى.", [("casualties", None, 10, None, "vague")]),
])
def test_a_count_of_the_killed_and_the_wounded_together(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the toll noun and its number far apart, commas between
    ("ارتفع عدد قتلى الانفجار الذي وقع في سوق شعبي وسط المدينة، صباح أمس الثلاثاء، إلى 27 على الأقل.",
     [("killed", 27, None, None, "at_least")]),
    ("وكانت حصيلة ضحايا الحريق الذي اندلع في مستودع للوقود بالقرب من الميناء الجنوبي للمدينة قد بلغت 14.",
     [("killed", 14, None, None, "exact")]),
    # another count head or another clause between, or a preposition that opens any phrase: not the toll's number
    ("ارتفع عدد قتلى الزلزال في المدينة الساحلية التي كان عدد سكانها في ذلك الوقت يبلغ 300 ألف.", []),
    ("لم يعلن عدد ضحايا الإعصار حتى الآن لأن فرق الإنقاذ ما زالت تبحث في المنطقة فيما تصل سرعة الرياح إلى 200.", []),
    ("ارتفع عدد المصابين من أبناء الجالية في مستشفيات المدينة الشرقية وتم تأمين السكن في أحد الفنادق لـ 13.", []),
])
def test_a_toll_far_from_its_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count head of soldiers killed or wounded is their toll
    ("وارتفع عدد الجنود الذين أصيبوا في الهجوم على القاعدة الشمالية إلى 12.", [("injured", 12, None, None, "exact")]),
    ("وقال إن عدد العسكريين الذين لقوا حتفهم منذ بدء العملية بلغ 45.", [("killed", 45, None, None, "exact")]),
    # soldiers captured are no toll and no strength; a plain count head is a strength
    ("ارتفع عدد الجنود الذين خطفوا في الهجوم إلى 5.", []),
    ("وارتفع عدد جنودها في البلاد إلى 4500.", [("troops", 4500, None, None, "exact")]),
])
def test_the_toll_of_soldiers_stated_through_a_count_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # census and level heads, a reduction verb, the future prefix
    ("وقرر الجيش تقليص تعداد جنوده في الإقليم من 6 آلاف إلى 900.",
     [("troops", 6000, None, None, "exact"), ("troops", 900, None, None, "exact")]),
    ("وتقلل الوزارة مستويات القوات من نحو 3000 إلى نحو 1800.",
     [("troops", 3000, None, None, "approx"), ("troops", 1800, None, None, "approx")]),
    ("وأرسل الجيش 2000 جندي إضافي إلى المنطقة، وسيرفع العدد إلى 5000 الشهر المقبل.",
     [("troops", 2000, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # the census of a population, a team's size, a company: no force
    ("ارتفع تعداد السكان من 3 ملايين إلى 4 ملايين.", []),
    ("وسترفع الشركة العدد إلى 500 موظف.", []),
])
def test_count_heads_of_a_force_and_the_future_prefix(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # digits glued to the noun after them (a scraping artefact)
    ("أعلن الجيش مقتل 12مسلحا في الاشتباكات.", [("killed", 12, None, None, "exact")]),
    ("وتقدر قوة الفوج بنحو1500عسكري.", [("troops", 1500, None, None, "approx")]),
    ("وأسفر الانفجار عن مقتل 7أشخاص.", [("killed", 7, None, None, "exact")]),
    # a year glued after since stays a year; a seizure word with a proclitic still excludes
    ("وتشهد المنطقة منذ 2015هجمات متفرقة.", []),
    ("وضبطت الشرطة 7 صواريخ في المخزن.", []),
    ("وتكفي المواد لانتاج 12 قنبلة.", []),
])
def test_digits_glued_to_the_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويتراوح عددهم ما بين 600 – 900 مقاتل.", [("troops", None, 600, 900, "exact")]),
    ("وانتشر في المدينة ما بين 400 — 700 جندي.", [("troops", None, 400, 700, "exact")]),
    ("ويتراوح سعره بين 20 – 30 دولارا.", []),
])
def test_ranges_written_with_a_dash(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a breakdown by nationality after a troop figure: a conjoined range of a nationality
    ("ويقدر عدد المقاتلين الأجانب بنحو 2000 مقاتل، وما بين 50 و80 من الجزائريين.",
     [("troops", 2000, None, None, "approx"), ("troops", None, 50, 80, "exact")]),
    ("قتل 30 جنديا نيجيريا و12 تشاديا في الهجوم.", [("killed", 30, None, None, "exact"), ("killed", 12, None, None, "exact")]),
    # a range of students is no nationality
    ("وصل إلى المعسكر 2000 مقاتل، وما بين 50 و80 من الطلاب.", [("troops", 2000, None, None, "exact")]),
])
def test_conjoined_nationalities_and_ranges(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # two counts joined by و before one casualty verb: both take it
    ("وقالت الشرطة إن 9 مسلحين على الأقل وثلاثة حراس قتلوا في الاشتباك.",
     [("killed", 9, None, None, "at_least"), ("killed", 3, None, None, "exact")]),
    ("وأكدت أن أربعة رجال إطفاء وستة مدنيين أصيبوا في الحريق.",
     [("injured", 4, None, None, "exact"), ("injured", 6, None, None, "exact")]),
    ("وقال الطبيب إن خمسة جنود آخرين، وسبعة مدنيين، أصيبوا في القصف.",
     [("injured", 5, None, None, "exact"), ("injured", 7, None, None, "exact")]),
    # and + a number with no noun of its own after a toll shares its verb
    ("أسفرت المواجهات عن مقتل 20 من المسلحين أثناء الهجوم و7 بعد ملاحقتهم.",
     [("killed", 20, None, None, "exact"), ("killed", 7, None, None, "exact")]),
    ("أعلن الجيش مقتل 11 عراقيا و4 من داعش في المعارك.", [("killed", 11, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    ("وقتل جنديان واثنان آخران في الكمين.", [("killed", 2, None, None, "exact"), ("killed", 2, None, None, "exact")]),
    ("ونشرت الحكومة 5000 جندي وألفا آخرين على الحدود.", [("troops", 5000, None, None, "exact"), ("troops", 1000, None, None, "exact")]),
    # a troop count read as part of a toll passes its measure on (killed, not troops)
    ("قتل خمسة أشخاص منذ يناير بالإضافة إلى 63 جنديا و26 تشاديا.",
     [("killed", 5, None, None, "exact"), ("killed", 63, None, None, "exact"), ("killed", 26, None, None, "exact")]),
    ("ما أسفر عن استشهاد ضابطين و5 مجندين.", [("killed", 2, None, None, "exact"), ("killed", 5, None, None, "exact")]),
    # a day of the month, a share, people who only arrived
    ("مقتل 5 أشخاص يوم 12 و23 من الشهر.", [("killed", 5, None, None, "exact")]),
    ("مقتل 3 أشخاص و20 في المئة من السكان نزحوا.", [("killed", 3, None, None, "exact")]),
    ("وصل 9 صحفيين وثلاثة حراس إلى الموقع.", []),
    ("وخلف القصف ستة قتلى وأربعة آخرين في عداد المفقودين.", [("killed", 6, None, None, "exact")]),
])
def test_counts_sharing_one_casualty_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("أطلق المسلحون ثلاثة مقذوفات باتجاه البلدة.", [("projectiles", 3, None, None, "exact")]),
    ("وأعلن الجيش إسقاط 12 مسيرة أطلقها الحوثيون.", [("projectiles", 12, None, None, "exact")]),
    ("وأعلن تدمير 6 صواريخ أطلقها المسلحون من الجبل.", [("projectiles", 6, None, None, "exact")]),
    ("وتم إسقاط 5 طائرات مسيرة و3 صواريخ فوق البحر.", [("projectiles", 5, None, None, "exact"), ("projectiles", 3, None, None, "exact")]),
    ("وتعرضت القاعدة للاستهداف بخمسة صواريخ.", [("projectiles", 5, None, None, "exact")]),
    # destroyed in a depot, seized, fireworks, marches, places hit
    ("وأعلن تدمير 6 صواريخ في مخزن للأسلحة.", []),
    ("وتم ضبط 7 صواريخ و57 قنبلة.", []),
    ("وضبطت الشرطة ألف مقذوف من الألعاب النارية.", []),
    ("وأطلقت البلدية 15 ألف قذيفة نارية في احتفالات العيد.", []),
    ("وشارك 12 ألف شخص في مسيرة سلمية.", []),
    ("وأسفر القصف عن استهداف 3 مواقع.", []),
])
def test_projectiles_fired_and_not(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # in addition to + a phrase + N others, after a troop figure
    ("واستدعى الجيش 60 ألف جندي من الاحتياط، إضافة إلى تمديد خدمة 20 ألفا آخرين.",
     [("troops", 60000, None, None, "exact"), ("troops", 20000, None, None, "exact")]),
    ("ونشر 500 جندي بالإضافة إلى إصابة 20 آخرين.", [("troops", 500, None, None, "exact"), ("injured", 20, None, None, "exact")]),
    # operations in the air are attacks; an airline's are not
    ("وتم تنفيذ عشرات العمليات الجوية باستخدام القنابل.", [("attacks", None, 10, None, "vague")]),
    ("ونفذت الخطوط الجوية 50 عملية نقل.", []),
])
def test_others_after_a_phrase_and_air_operations(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count of a force through "of its fighters / soldiers"
    ("وأرسلت الحركة أكثر من ثلاثة آلاف من مقاتليها إلى الجبهة.", [("troops", 3000, None, None, "at_least")]),
    ("ونشر الجيش 300 من جنوده على الحدود.", [("troops", 300, None, None, "exact")]),
    ("وفقدت الحركة 27 من عناصرها في المعارك.", [("killed", 27, None, None, "exact")]),
    # mourned alone, the count does not say how they died (test_recall_phrasing: the mourned are no strength either)
    ("ونعت القيادة العامة للقوات المسلحة في البلاد ثلاثة من جنودها البواسل.", []),
    # members of no force, fighters with their families, soldiers captured
    ("ووصل 50 من عناصره إلى المدينة.", []),
    ("ويوجد في المخيمات نحو 60 ألفا من مقاتلي وأسر التنظيم.", []),
    ("وأسر المسلحون 20 من جنودها.", []),
])
def test_a_force_counted_through_its_fighters(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # soldiers with a toll adjective right after them are victims
    ("وتم نقل 8 جنود مصابين إلى المستشفى.", [("injured", 8, None, None, "exact")]),
    # a model number, a subset of a nearer count, a subset of the captured, two soldiers who were not hurt
    ("وقال إن المهاجمين المسلحين ببنادق كلاشنكوف إيه كيه-47 قتلوا بالرصاص.", []),
    ("ويبلغ حجم القوات 2500 جندي في أربع قواعد اثنان منها في الشمال.", [("troops", 2500, None, None, "exact")]),
    ("وأدت العملية إلى مقتل 19 من المسلحين، واعتقال عنصرين اثنين منها.", [("killed", 19, None, None, "exact")]),
    ("ولم ينج من المعركة سوى جنديين.", []),
    ("وأعلن مقتل جنديين في الهجوم.", [("killed", 2, None, None, "exact")]),
])
def test_soldiers_as_victims_and_numbers_that_count_nothing(sentence, expected):
    check(sentence, expected)


def test_before_in_sentence_is_the_windowed_shift_and_fill():
    """The grouped shift of with_previous, computed without window functions, gives the same values."""
    import random

    import polars as pl

    from etl.figures import _before_in_sentence

    rnd = random.Random(7)
    rows = [(f"a{a}", s, k, rnd.choice([None, "x", "y", None]))
            for a in range(40) for s in range(rnd.randint(1, 4)) for k in range(rnd.randint(1, 6))]
    df = pl.DataFrame(rows, schema=["article_id", "sent_idx", "char_start", "v"], orient="row").sort("article_id", "sent_idx", "char_start")
    windowed = df.select(pl.col("v").shift(1).forward_fill().over("article_id", "sent_idx").alias("filled"),
                         pl.col("v").shift(1).over("article_id", "sent_idx").alias("shifted"))
    grouped = df.select(_before_in_sentence(pl.col("v")).alias("filled"), _before_in_sentence(pl.col("v"), fill=False).alias("shifted"))
    assert grouped.equals(windowed)
    assert windowed["filled"].null_count() < df.height  # the case is not vacuous

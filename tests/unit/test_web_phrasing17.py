"""Figure phrasings of scraped web news, round 17: a killing verb, a few words, then a count of a nationality (rule vf); a
word between لقي and its count (لقي فيه، rule lq); a count written with the article glued to its digits (الـ40, rule nn); a
range whose low end is written in words (اربعه الي خمسه, rule rg); a number in thousands whose rest follows its noun (10 الاف
مقاتل و406, rule nn). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # the nationality is the counted noun, a few words after the verb
    ("وانفجرت سيارة مفخخة قرب الحاجز، قتل على أثرها 12 سوريا في الحال.", [("killed", 12, None, None, "exact")]),
    ("واستشهد خلال الغارات الأخيرة 7 فلسطينيين بينهم طفلان.", [("killed", 7, None, None, "exact")]),
])
def test_killing_verb_words_and_a_nationality_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of no killing before the nationality's count
    ("واستقبل خلال الأسبوع الماضي 40 سوريا في المخيم.", []),
])
def test_nationality_count_without_a_killing(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وفي الانفجار لقي فيه أكثر من 18 شخصا مصرعهم.", [("killed", 18, None, None, "at_least")]),
    ("ووقع هجوم انتحاري لقي خلاله 9 جنود حتفهم.", [("killed", 9, None, None, "exact")]),
])
def test_met_death_with_a_word_before_the_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no death noun after the count: a welcome, not a toll
    ("وافتتح المعرض الذي لقي فيه 300 زائر ترحيبا كبيرا.", []),
])
def test_met_with_a_word_before_the_count_but_no_death(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال المسعفون إن عدد الضحايا في القصف تخطى الـ25 قتيلا.", [("killed", 25, None, None, "exact")]),
    ("وأرسلت الوزارة الـ300 جندي إلى المعسكر.", [("troops", 300, None, None, "exact")]),
])
def test_article_glued_to_the_digits_of_a_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the number names no counted noun: an anniversary, an age
    ("واحتفل الجيش بالذكرى الـ40 لتأسيسه في العاصمة.", []),
    ("وتوفي الرجل عن عمر ناهز الـ80 عاما.", []),
])
def test_article_glued_to_digits_without_a_counted_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال الضابط إنه لم يبق في القاعدة العسكرية سوى ستة إلى سبعة جنود.", [("troops", None, 6, 7, "exact")]),
    ("ويضم اللواء الجديد ثلاثة إلى أربعة آلاف مقاتل.", [("troops", None, 3000, 4000, "exact")]),
])
def test_range_with_its_low_end_in_words(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a range of days or of hours, not of persons
    ("وتستمر المناورات العسكرية من ثلاثة إلى أربعة أيام.", []),
    ("وقال إن الرحلة تستغرق ستة إلى سبع ساعات.", []),
])
def test_range_in_words_of_no_persons(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتضم الفرقة المنتشرة على الحدود 8 آلاف جندي و250، وفق البيان.", [("troops", 8250, None, None, "exact")]),
    ("ويبلغ قوام القوة 12 ألف مقاتل و75.", [("troops", 12075, None, None, "exact")]),
])
def test_thousands_and_their_rest_after_the_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the number after و counts something else
    ("وتضم الفرقة 8 آلاف جندي و250 دبابة.", [("troops", 8000, None, None, "exact")]),
    # the whole part of a decimal magnitude of another count
    ("وخلف النزاع أكثر من 20 ألف قتيل و1.5 مليون نازح.", [("killed", 20000, None, None, "at_least")]),
    # no magnitude before the noun: nothing to complete
    ("وأرسلت الوزارة 300 جندي و40، وفق البيان.", [("troops", 300, None, None, "exact")]),
])
def test_thousands_and_a_number_that_is_not_their_rest(sentence, expected):
    check(sentence, expected)

"""Figure phrasings of scraped web news, round 20 (issue 12, web development batches 38-45): a thousand after و opens
another number (ما بين سبعمئة وألف وخمسمئة: a range, not 700,500); thousands written group by group with the letter
mark, the last group first (450ر11 فرد); a definite troop noun with its number and magnitude (الجنود الخمسة الآلاف), or
a possessed one with the article's number (جنودها ال250, rule dp); a verb of becoming and the count of the whole after
a troop figure (ليصبح العدد الكلي 9000, rule tx); the article glued to hundreds in words (بالمئتي جندي); massing as
a movement of N others (يحتشد ... آخرون); the amounting word as the count's preposition (أعداد القوات ... البالغ 12 ألفا);
a strength followed by vehicles or money (قوامها 300 سيارة); soldiers missing, captured or in treatment after their
count; met their death spelt with a long vowel (لاقوا حتفهم). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from etl.numbers import parse_number
from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وقدرت اللجنة عدد المقاتلين بما يتراوح ما بين سبعمئة وألف وخمسمئة عنصر.", [("troops", None, 700, 1500, "exact")]),
    ("ونشرت الدولة ما بين ألف وألفين جندي على الحدود.", [("troops", None, 1000, 2000, "exact")]),
])
def test_a_thousand_after_and_opens_the_high_end(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a thousand multiplies what comes before it without و, and a smaller part follows a larger one with و
    ("وقتل خمسة وعشرون ألف شخص في الحرب.", [("killed", 25000, None, None, "exact")]),
    ("ونشر الجيش ثلاثة آلاف وخمسمائة جندي في الشمال.", [("troops", 3500, None, None, "exact")]),
])
def test_one_number_in_words_stays_one(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("phrase, value", [
    ("450ر11", 11450),
    ("000ر35", 35000),
    ("120ر300ر2", 2300120),
    ("750ر3 مليون", 3750000),  # before a scale word the mark is a decimal's
    ("5ر2", None),  # a decimal with no scale after it reads nothing exact
])
def test_marked_thousands(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize("sentence, expected", [
    ("وينص القرار على رفع عدد الجنود إلى 450ر11 فرد.", [("troops", 11450, None, None, "exact")]),
    ("وارتفع إنتاج الحقل إلى 935ر6 مليون برميل يوميا.", []),
])
def test_marked_thousands_in_a_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وستحل القوة الجديدة محل الجنود الخمسة الآلاف في البعثة.", [("troops", 5000, None, None, "exact")]),
    ("وقالت الوزارة إنها ستسحب جنودها ال250 المنتشرين في الجنوب.", [("troops", 250, None, None, "exact")]),
])
def test_definite_troops_and_their_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a few soldiers named before, with or without a possessive
    ("وعاد الجنود الأربعة إلى قاعدتهم مساء أمس.", []),
    ("وعاد عناصره الثلاثة إلى منازلهم بعد الإفراج عنهم.", []),
    # a club's members: no military word
    ("وأقامت الجمعية حفلا لأفرادها ال300 في النادي.", []),
])
def test_definite_few_or_no_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويقضي القرار بإرسال 3000 جندي إضافي ليصبح العدد الكلي 9000 في البلاد.",
     [("troops", 3000, None, None, "exact"), ("troops", 9000, None, None, "exact")]),
    # the next clause opens with و right after the number
    ("ويقضي القرار بإرسال 3000 جندي إضافي ليصبح العدد الكلي 9000 وإرسال 200 شرطي.",
     [("troops", 200, None, None, "exact"), ("troops", 3000, None, None, "exact"), ("troops", 9000, None, None, "exact")]),
])
def test_the_whole_after_a_verb_of_becoming(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويقضي المشروع ببناء 300 منزل ليصبح العدد الكلي 900 في المدينة.", []),
])
def test_the_whole_of_something_else(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتعهدت الوزارة بالمئتي جندي لحماية السفارة.", [("troops", 200, None, None, "exact")]),
    ("وعبر البحر ما تخطى عتبة الألفي قتيل هذا العام.", [("killed", 2000, None, None, "exact")]),
])
def test_the_article_glued_to_hundreds(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # الاثنين is Monday, and في المائة per cent
    ("وشن الطيران الاثنين ثلاث غارات على المدينة.", [("attacks", 3, None, None, "exact")]),
    ("وقالت المنظمة إن نحو 70 في المائة من ضحايا القصف من المدنيين.", []),
])
def test_the_article_before_a_weekday_or_a_rate(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وما زال ألف جندي ينتشرون في الشمال في حين يحتشد ثلاثون ألفا آخرون على الحدود.",
     [("troops", 1000, None, None, "exact"), ("troops", 30000, None, None, "exact")]),
    ("وستنخفض أعداد القوات من مستواها الحالي البالغ 12 ألفا.", [("troops", 12000, None, None, "exact")]),
])
def test_massing_others_and_the_amounting_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no troop figure before the others; no troop noun before the amounting number
    ("وفي حين يحتشد ثلاثون ألفا آخرون في الملعب لمشاهدة المباراة.", []),
    ("ويقدر عدد سكان البلدة البالغ 12 ألفا بحسب الإحصاء.", []),
])
def test_massing_or_amounting_of_no_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأرسل الجيش قافلة عسكرية قوامها 300 سيارة إلى الحدود.", []),
    ("ورصد الجيش للمشروع ميزانية قوامها 300 دولار للفرد.", []),
    ("ونشرت البعثة قوة عسكرية قوامها 3000 جندي.", [("troops", 3000, None, None, "exact")]),
])
def test_a_strength_of_vehicles_or_money(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأضاف أن 11 جنديا فقدوا بعد الكمين.", []),
    ("وكان 30 من الجنود الهنود ضمن قوة حفظ السلام قد تعرضوا للأسر العام الماضي.", []),
    ("وقال إن 6 جنود لا يزالون يتلقون العلاج في المستشفى.", []),
    # a singular verb of losing about something else: the soldiers stay a strength
    ("وأرسلت البعثة 600 جندي إلى المنطقة التي فقد فيها الاتصال بالقرية.", [("troops", 600, None, None, "exact")]),
])
def test_soldiers_missing_captured_or_in_treatment(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت الشرطة إن سبعة عمال على الأقل لاقوا حتفهم في الغارة.", [("killed", 7, None, None, "at_least")]),
    ("وقال إن الجنود لاقوا ترحيبا كبيرا في القرية.", []),
])
def test_met_their_death_with_a_long_vowel(sentence, expected):
    check(sentence, expected)

"""Figure phrasings of scraped web news, round 19 (issue 12, web development batches 38-43): a qualifier before the
article glued to digits (قرابة الـ25, rules vb and pk); digits glued to a killing noun before من (استشهاد8 من); a relative
clause's pronoun between a casualty verb and its one person (قتل فيه جندي, rule vp); nominative duals of person nouns
(مجندان); the killed and the wounded counted together (عدد قتلى وجرحى ... منذ ...، إلى N, rule tm; قتلوا، أو أصيبوا); the
count of "these" after a troop figure (عدد هؤلاء ... إلى N, rule th); a force's size after a verb of becoming (ليصبح
عديد القوة N, rule tz). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("قتل قرابة الـ30 مدنيا في القصف على البلدة.", [("killed", 30, None, None, "approx")]),
    ("وقال إن نحو الـ40 شخصا أصيبوا في الانفجار.", [("injured", 40, None, None, "approx")]),
])
def test_qualifier_before_the_article_and_digits(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وارتفع سعر البرميل إلى نحو الـ90 دولارا.", []),
    ("وقضى المتهم قرابة الـ20 عاما في السجن.", []),
])
def test_qualifier_before_the_article_and_digits_of_no_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلن الجيش مقتل5 من عناصر الشرطة في الهجوم.", [("killed", 5, None, None, "exact")]),
])
def test_digits_glued_to_a_killing_noun_before_of(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وسجلت الوزارة وصول5 من الطلاب إلى المدرسة.", []),
])
def test_digits_glued_to_another_noun_before_of(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("في الهجوم الذي قتل فيه شرطي قرب الحدود.", [("killed", 1, None, None, "exact")]),
    ("وفي الغارة التي أصيب فيها طفلان قرب المدرسة.", [("injured", 2, None, None, "exact")]),
])
def test_one_person_in_a_relative_clause(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وهو اليوم الذي قتل فيه الوقت في الانتظار.", []),
    # a road accident: no word of fire or fighting
    ("واستقبل المستشفى حادثا مروريا أصيب فيه رجل وامرأة.", []),
])
def test_relative_clause_with_no_person(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("قتل مجندان في هجوم مسلح على الحاجز.", [("killed", 2, None, None, "exact")]),
    ("وأصيب مقيمان بجروح في سقوط القذيفة.", [("injured", 2, None, None, "exact")]),
])
def test_nominative_dual_of_a_person_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ووصل مجندان جديدان إلى المعسكر.", []),
])
def test_nominative_dual_with_no_casualty_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ارتفع عدد قتلى وجرحى الجيش منذ بداية المعارك في 3 مارس 2023، إلى نحو 5 آلاف.", [("casualties", 5000, None, None, "approx")]),
    ("وأكد أن 30 جنديا قتلوا، أو أصيبوا في الاشتباكات.", [("casualties", 30, None, None, "exact")]),
])
def test_killed_and_wounded_together(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the killed alone, with the same since-clause
    ("ارتفع عدد قتلى الجيش منذ بداية المعارك في 3 مارس 2023، إلى 500.", [("killed", 500, None, None, "exact")]),
])
def test_killed_alone_since_a_date(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأرسلت الوزارة 300 جندي إضافي ليرتفع عدد هؤلاء في القاعدة إلى أكثر من 900.",
     [("troops", 300, None, None, "exact"), ("troops", 900, None, None, "at_least")]),
])
def test_count_of_these_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ووصل 300 لاجئ ليرتفع عدد هؤلاء في المخيم إلى 900.", []),
])
def test_count_of_these_after_no_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأرسلت فرنسا 500 جندي ليصبح عديد القوة 4800 في نهاية العام.",
     [("troops", 500, None, None, "exact"), ("troops", 4800, None, None, "exact")]),
    ("وبذلك أصبح عديد قوات حفظ السلام في البلاد 15 ألفا حسبما أعلن الاتحاد.", [("troops", 15000, None, None, "exact")]),
    ("وبات عدد الجنود الأمريكيين في العراق 2500 بحلول نهاية العام.", [("troops", 2500, None, None, "exact")]),
])
def test_size_after_a_verb_of_becoming(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأصبح حجم القوة الشرائية للأسر 300 في المئة.", []),
    ("وأصبح عدد القوة العاملة في المصنع 5000 عامل.", []),
    # a toll after the verb of becoming is no strength (no toll rule reads this shape either)
    ("وأصبح عدد القتلى في صفوف الجنود 40 منذ بداية العملية.", []),
])
def test_size_after_a_verb_of_becoming_of_no_force(sentence, expected):
    check(sentence, expected)

"""Figure phrasings of scraped web news, round 18 (issue 12, batches 38/39): a change of a force's count whose first number
has words of time or place after it (من 12 الفا في العام الماضي الي 4 الاف, rules tf/tg); a strength closing the clause after
يبلغ عدد الجنود … (rule ty); a definite count with the force's adjective between noun and number (الجنود الفرنسيون الـ13, rule
dn); a definite force counted in men (القوة المؤلفة من, rule qm); the glued spelling مالايقل عن; the
doers of a killing after على يد (no toll); a wounding word after فقد (no killing); و + a count of قوات after a troop figure (rule cn);
a count of إسلاميين after a killing verb (rule vf); the joint force (القوة المشتركة) as a military word.
Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وقررت الحكومة خفض عدد جنودها في البعثة من 12 ألفا في العام الماضي إلى 4 آلاف.",
     [("troops", 12000, None, None, "exact"), ("troops", 4000, None, None, "exact")]),
])
def test_change_with_words_after_the_first_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no troop count head: visitors
    ("وارتفع عدد الزوار في المعرض من 300 في الصباح إلى 900 مساء.", []),
])
def test_change_with_words_after_the_first_number_not_of_troops(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويبلغ عدد الجنود الفرنسيين في مالي 900، بحسب الوزارة.", [("troops", 900, None, None, "exact")]),
    ("وبلغ عدد العسكريين الأجانب في القاعدة نحو 2500.", [("troops", 2500, None, None, "approx")]),
])
def test_strength_closing_the_clause_after_a_count_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a year closes the clause, not a count
    ("وبلغ عدد الجنود في القاعدة ذروته عام 2011.", []),
    # the number goes on with a noun of its own: not a closing strength
    ("ويبلغ عدد الجنود في القاعدة 40 بالمئة من القوة.", []),
])
def test_closing_number_after_a_count_head_that_is_no_strength(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وعاد الجنود الفرنسيون الـ13 إلى قاعدتهم في النيجر.", [("troops", 13, None, None, "exact")]),
])
def test_definite_count_with_the_force_adjective(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # captured soldiers named definitely: no strength
    ("وأفرج الخاطفون عن الجنود الفرنسيين الثلاثة بعد أسبوع.", []),
])
def test_definite_count_with_the_force_adjective_captured(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وستغادر القوة المؤلفة من 300 رجل قاعدتها الشهر المقبل.", [("troops", 300, None, None, "exact")]),
    ("وتضم القوة المشتركة التي يصل قوامها 4000 رجل كتائب من خمس دول.", [("troops", 4000, None, None, "exact")]),
])
def test_force_counted_in_men(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وغادر الوفد المؤلف من 12 رجلا الفندق صباحا.", []),
    ("وزار الفريق الذي يصل قوامه 20 رجلا المدرسة.", []),
])
def test_men_of_no_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأسفر الانفجار عن مقتل مالايقل عن 9 أشخاص.", [("killed", 9, None, None, "at_least")]),
    ("وقتل الجيش أكثر من 30 إسلاميا في الهجوم على المعسكر.", [("killed", 30, None, None, "at_least")]),
])
def test_killed_phrasings(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("واعتقلت الشرطة 30 إسلاميا في المدينة.", []),
])
def test_killed_phrasings_negative(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the killers after على يد are no toll
    ("وقتل 5 جنود على يد 3 عناصر من التنظيم تسللوا إلى الثكنة.", [("killed", 5, None, None, "exact")]),
    # the same count with no على يد is the killed
    ("وقتلت القوات 3 عناصر من التنظيم تسللوا إلى الثكنة.", [("killed", 3, None, None, "exact")]),
])
def test_killers_named_by_at_the_hands_of(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وبحسب الجيش فقد أصيب الجنود الثلاثة في الانفجار.", [("injured", 3, None, None, "exact")]),
    ("وبحسب الجيش فقد قتل الجنود الثلاثة في الانفجار.", [("killed", 3, None, None, "exact")]),
])
def test_nearest_word_before_a_definite_troop_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ونشرت ألمانيا 900 جندي من البحرية وأكثر من 400 من قوات سلاح الجو.",
     [("troops", 900, None, None, "exact"), ("troops", 400, None, None, "at_least")]),
])
def test_conjunct_count_of_a_force_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no troop figure or toll before the conjunct
    ("واستقبل المستشفى 20 مريضا و30 من قوات الأمن.", []),
    # after a troop figure, but members of no force (businessmen)
    ("ووصل إلى المدينة 900 جندي و40 من رجال الأعمال.", [("troops", 900, None, None, "exact")]),
])
def test_conjunct_count_of_members_that_is_no_force_part(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال المستشفى إن أربع إصابات بالرصاص الحي وصلت إليه مساء.", [("injured", 4, None, None, "exact")]),
    ("ووصلت إلى المستشفى 5 إصابات بالرصاص المطاطي.", [("injured", 5, None, None, "exact")]),
])
def test_injuries_by_gunfire_with_no_military_word(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # injuries with no fire named: a disease's or an accident's
    ("وسجلت الوزارة أربع إصابات جديدة في المدينة.", []),
    # fire named, but not as what wounded the count
    ("وقال المسعفون إن الحادث خلف 6 إصابات بعد سماع الرصاص.", []),
])
def test_injuries_without_gunfire_named(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وذكرت الشرطة أن شرطيا آخر أصيب في الاشتباك.", [("injured", 1, None, None, "exact")]),
    ("وقال المسؤول إن جنديا آخر قتل خلال المواجهات.", [("killed", 1, None, None, "exact")]),
])
def test_another_person_before_a_passive_casualty_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the person is the subject of an active verb with its own object
    ("وقال المسؤول إن جنديا آخر أصاب الهدف في التدريب.", []),
])
def test_another_person_before_an_active_verb(sentence, expected):
    check(sentence, expected)

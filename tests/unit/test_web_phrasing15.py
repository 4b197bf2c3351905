"""Figure phrasings of scraped web news, round 15: a count of troops in a clause of deployment or presence,
then a conjunct count of persons with the casualty verb after it (نشر 500 جندي في المدينة، و20 مسلحا قتلوا):
the verb befalls the conjunct, and the troops are a strength, not a toll. Each class has positives and
negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a deployment verb before the troops: they are a strength, the conjunct count takes the verb
    ("وأعلنت الوزارة أنها نشرت 600 جندي في البلدة، و12 مسلحا قتلوا خلال المداهمات.",
     [("troops", 600, None, None, "exact"), ("killed", 12, None, None, "exact")]),
    ("وأرسل الجيش نحو 800 جندي إلى الحدود و7 مدنيين أصيبوا في الاشتباك.",
     [("troops", 800, None, None, "approx"), ("injured", 7, None, None, "exact")]),
    # a verb of presence before the troops, or right after the count
    ("ويتمركز 350 عسكريا قرب السد، و4 مدنيين جرحوا في القصف.",
     [("troops", 350, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    ("وقال المتحدث إن 900 جندي منتشرين في الإقليم و15 متمردا قتلوا أمس.",
     [("troops", 900, None, None, "exact"), ("killed", 15, None, None, "exact")]),
])
def test_troops_deployed_before_a_conjunct_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no deployment or presence word: the two counts share the verb
    ("وقال الناطق إن 40 جنديا و12 مسلحا قتلوا في المعارك.",
     [("killed", 40, None, None, "exact"), ("killed", 12, None, None, "exact")]),
    # a deployment verb (نشرت: published) before a count that is no troop noun: both counts share the verb
    ("ونشرت اللجنة أسماء 25 مدنيا و9 أطفال قتلوا في الغارة.",
     [("killed", 25, None, None, "exact"), ("killed", 9, None, None, "exact")]),
    # the casualty verb right after the troops, before the conjunct: the troops were killed
    ("وأرسلت الحكومة 30 جنديا قتلوا في الكمين و5 مدنيين.",
     [("killed", 30, None, None, "exact"), ("killed", 5, None, None, "exact")]),
])
def test_troops_that_share_the_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a force's count head with no number, then العدد with a verb of being or reaching and a bare number: in the next
    # sentence or in the next clause
    ("وطالب البرلمان بكشف عدد الجنود المنتشرين في الإقليم. وكان العدد 12 ألفا مطلع الصيف.",
     [("troops", 12000, None, None, "exact")]),
    ("وسئل الوزير عن تعداد قواتها في الجزيرة، فبلغ هذا العدد 1870 في آخر إحصاء.",
     [("troops", 1870, None, None, "exact")]),
    # an ordinal in the sentence before is no figure
    ("وسألت اللجنة عن عدد المقاتلين الأجانب في الحادي عشر من الشهر. وكان العدد 900 في ذلك اليوم.",
     [("troops", 900, None, None, "exact")]),
])
def test_a_bare_number_after_a_troop_count_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the head counts the killed soldiers: no strength
    ("وطالب البرلمان بكشف عدد الجنود القتلى في الإقليم. وبلغ هذا العدد 46 حتى الآن.", []),
    # the head counts no force
    ("وطالب البرلمان بكشف عدد الموظفين في الوزارة. وكان العدد 12 ألفا مطلع الصيف.", []),
    # the sentence before holds a number: the bare number may compare with it
    ("وطالب البرلمان بكشف عدد الجنود بعد سحب 3 آلاف منهم. وكان العدد 12 ألفا مطلع الصيف.", []),
    # no count head before at all
    ("وكان العدد 12 ألفا مطلع الصيف.", []),
])
def test_a_bare_number_without_a_troop_count_head(sentence, expected):
    check(sentence, expected)

"""Soldiers counted in the partition of a toll are a part of the killed, not a strength: after "they are"
right after a killing's count (قتل 17 شخصا هم 6 جنود …; عدد الذين قتلوا … إلى 240، وهم: …), or after "of the
killed / of the wounded" (من القتلى أيضا 12 جنديا). Negatives: the pronoun far from the count, a sentence
break, a deployment's own partition, and "of the killed" after a word of quantity with a deployment verb.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وقتل يوم الأحد 17 شخصا هم 6 جنود و11 مدنيا، حسب المرصد.",
     [("killed", 17, None, None, "exact"), ("killed", 6, None, None, "exact"), ("killed", 11, None, None, "exact")]),
    ("وارتفع عدد الذين قتلوا منذ بداية الشهر إلى 240، وهم: 90 مدنيا، إضافة إلى 150 من قوات الجيش.",
     [("killed", 150, None, None, "exact")]),
    ("وقال المصدر إن من القتلى أيضا 3 ضباط و12 جنديا.", [("killed", 12, None, None, "exact")]),
    ("وقال المصدر إن من الجرحى كذلك 9 جنود من الحرس.", [("injured", 9, None, None, "exact")]),
])
def test_soldiers_in_the_partition_of_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the pronoun does not follow the count: the group's own strength
    ("وقتل 4 مسلحين في الاشتباك، وهم ينتمون إلى جماعة تنشر 300 مقاتل في المنطقة.",
     [("troops", 300, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    # the partition opens a new sentence
    ("وقتل 4 مسلحين في الاشتباك. وهم: 300 جندي يتمركزون في المدينة.",
     [("troops", 300, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    # a deployment's partition, no killing
    ("وأرسلت الوزارة 500 جندي هم 300 من المشاة و200 من المظليين.", [("troops", 500, None, None, "exact")]),
    ("وطالب النواب بتقليل عدد من القتلى عبر نشر 900 جندي في الإقليم.", [("troops", 900, None, None, "exact")]),
])
def test_soldiers_outside_a_toll_partition(sentence, expected):
    check(sentence, expected)

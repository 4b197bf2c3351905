"""A force's number that falls to a target with no noun after it (issue 12, rule te): ثم انخفض الي 60 الفا / يتراجع الي
نحو 1800, a few words after a troop figure in the same sentence, like the transitive change verbs (ستخفض الي 4500);
also with the number in quotation marks (الي "4" الاف).

Negatives: the same verbs for prices, temperatures or rates after a troop figure (the target has its own noun or the
verb its own subject), and a fall with no troop figure before it. The phrases are written for these tests, not
copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وبلغ عدد الجنود الأجانب في البلاد 90 ألف جندي في مطلع العام، ثم انخفض إلى 60 ألفا في الصيف.",
     [("troops", 90000, None, None, "exact"), ("troops", 60000, None, None, "exact")]),
    ("وكانت القوة تضم 3000 جندي قبل أن يتراجع إلى نحو 1800 بعد الانسحاب.",
     [("troops", 3000, None, None, "exact"), ("troops", 1800, None, None, "approx")]),
    ("وتنشر البعثة 5000 جندي، وانخفضت إلى \"4\" آلاف بعد سحب الكتيبة.",
     [("troops", 5000, None, None, "exact"), ("troops", 4000, None, None, "exact")]),
])
def test_a_force_that_falls_to_a_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتنشر البعثة 5000 جندي، بينما انخفضت درجات الحرارة إلى 12 درجة في المنطقة.", [("troops", 5000, None, None, "exact")]),
    ("وتنشر البعثة 5000 جندي، وانخفض سعر الوقود إلى 300 دينار.", [("troops", 5000, None, None, "exact")]),
    ("ونشر الجيش 700 جندي في المدينة بعد أن تراجع معدل الجريمة إلى 12 في المئة.", [("troops", 700, None, None, "exact")]),
    ("وانخفض عدد السياح إلى 40 ألفا هذا العام.", []),
    # this number fell, of something else, with conjunct counts in places after it: none is a force's
    ("وارتفع عدد الشركات في البلاد إلى 900 شركة، بينما انخفض هذا العدد إلى 300 شركة في الجنوب و200 في الشمال و50 في الوسط.", []),
])
def test_other_things_that_fall(sentence, expected):
    check(sentence, expected)

"""Soldiers counted inside a toll (issue 12, spec §3 and §4): a count in a bracket opened right after a casualty count
breaks that toll down (35 جريحا (33 من الشرطة ومدنيان): 33 wounded, not a strength); soldiers said to be missing are
no strength either.

Negatives: a bracket after a troop figure (the deployment's own breakdown), a bracket after a killing whose count is
not right before it, and soldiers with the missing named in another clause. The phrases are written for these tests,
not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وقال مصدر طبي إن المستشفى استقبل 35 جريحا (33 من عناصر الشرطة ومدنيان) بعد الانفجار.",
     [("injured", 35, None, None, "exact"), ("injured", 33, None, None, "exact"), ("injured", 2, None, None, "exact")]),
    ("وأسفر الهجوم عن مقتل 20 شخصا (12 جنديا وثمانية مدنيين) في المدينة.",
     [("killed", 20, None, None, "exact"), ("killed", 12, None, None, "exact"), ("killed", 8, None, None, "exact")]),
])
def test_soldiers_in_a_bracket_after_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a bracket after a troop figure: the deployment's own breakdown
    ("وأعلنت الوزارة نشر 3000 جندي (2000 جندي من المشاة) في الإقليم.",
     [("troops", 3000, None, None, "exact"), ("troops", 2000, None, None, "exact")]),
    # words between the killing's count and the bracket
    ("وقتل 4 أشخاص في الهجوم على القاعدة التي يتمركز فيها (300 جندي) منذ عام.",
     [("killed", 4, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_soldiers_in_a_bracket_elsewhere(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال المتحدث إن خمسة جنود من القوة الدولية مفقودون بعد الهجوم على القاعدة.", []),
    ("وأكد الجيش أن سبعة جنود ما زالوا في عداد المفقودين منذ الاشتباك.", []),
    # the missing are named in another clause, after the soldiers' own verb
    ("وقال المتحدث إن خمسة جنود وصلوا إلى القاعدة، والمفقودون لم يعثر عليهم.", [("troops", 5, None, None, "exact")]),
])
def test_soldiers_said_to_be_missing(sentence, expected):
    check(sentence, expected)

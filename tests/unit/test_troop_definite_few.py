"""A definite troop noun with a unit number word (الجنود الأربعة، العناصر الستة) refers back to a few soldiers the
story has named, most often its victims or captives: no strength. A definite troop noun with a larger number (the
300 policemen present, the hundred soldiers moved) still counts, and a killing of the few is still a toll.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وغادر الضابط المستشفى، فيما لا يزال الجنود الستة يتلقون العلاج فيه.", []),
    ("وأكدت الوزارة أن الجنود الثلاثة ربما وقعوا في قبضة المتمردين.", []),
    ("وعاد العسكريون الأربعة إلى وحدتهم بعد انتهاء علاجهم.", []),
])
def test_a_few_soldiers_named_before_are_no_strength(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأرسلت الحكومة 80 شرطيا لمساندة الشرطيين ال400 الموجودين في المطار.",
     [("troops", 80, None, None, "exact"), ("troops", 400, None, None, "exact")]),
    ("وقال إن الجنود المائة انتقلوا إلى القاعدة الجديدة.", [("troops", 100, None, None, "exact")]),
    ("وقتل الجنود الخمسة في الكمين.", [("killed", 5, None, None, "exact")]),
])
def test_a_definite_strength_and_a_toll_stay(sentence, expected):
    check(sentence, expected)

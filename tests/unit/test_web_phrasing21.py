"""Figure phrasings of scraped web news, round 21 (issue 12, web development pool 34-47, fourteenth session).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a hard-wrapped page: the number ends one line, its scale word opens the next (with or without a blank line)
    ("وقال المسؤول إن البلاد أرسلت أكثر من أربعة\n\nآلاف جندي إلى الجبهة.", [("troops", 4000, None, None, "at_least")]),
    ("وخدم في البعثة ما مجموعه 31\nألف جندي منذ إنشائها.", [("troops", 31000, None, None, "exact")]),
    # a line that ends with a number and a next line that opens with no scale word: two sentences
    ("وعدد الكتائب في الشمال أربعة\nجنود الاحتياط ينتظرون الأوامر.", []),
    # a scale word that opens a line after a line ending in a word that is no number
    ("ونشرت الحكومة قواتها على الحدود\nآلاف جندي من الاحتياط.", [("troops", None, 1000, None, "vague")]),
])
def test_a_number_wrapped_before_its_scale_word(sentence, expected):
    check(sentence, expected)

"""Figure phrasings of scraped web news, round 24 (issue 12, web development pool 34-53, fifteenth session, second round).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a casualty count, then هم (they are), in quotes or not, then its breakdown: the soldiers are the wounded, and so is
    # the conjunct after them
    ('وقال المتحدث ان الانفجار خلف "ثمانية جرحى" هم "خمسة جنود من البعثة وثلاثة جنود ماليين" نقلوا الى المستشفى.',
     [("injured", 8, None, None, "exact"), ("injured", 5, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    ("واسفر الكمين عن سبعة قتلى وهم اربعة جنود وثلاثة مدنيين.",
     [("killed", 7, None, None, "exact"), ("killed", 4, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    # هم after a troop figure, or after a casualty count far from the troops: no toll
    ("ونشرت الحكومة 600 جندي هم 400 من الجيش و200 من الدرك.", [("troops", 600, None, None, "exact")]),
    ("وقتل خمسة مدنيين في القصف، وهم من سكان القرية، ثم نشر الجيش 300 جندي في المنطقة.",
     [("killed", 5, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_apposition_after_a_casualty_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count head's range with each end in brackets, the scale after the closing bracket of the high end
    ("وقالت القناة ان عدد عناصر حزب الله في المدينة يتراوح بين (1500) و(2) آلاف عنصر.",
     [("troops", None, 1500, 2000, "exact")]),
    ("ويتراوح عدد الجنود الفرنسيين في البلاد بين (700) و(900) جندي.", [("troops", None, 700, 900, "exact")]),
    # the same brackets with no troop noun counted: no strength
    ("ويتراوح عدد السكان في المدينة بين (1500) و(2) آلاف نسمة.", []),
])
def test_bracketed_range_of_a_count_head(sentence, expected):
    check(sentence, expected)

"""Figure phrasings of scraped web news, round 10 (batches 24 and 25): a toll whose head and number
a parenthesis between two commas separates (ارتفع عدد القتلى، بحسب مصادر، إلى 40). The class
has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a parenthesis between two commas separates the toll from its number
    ("وارتفع عدد القتلى، بحسب مصادر طبية، إلى 40 شخصا.", [("killed", 40, None, None, "exact")]),
    ("ليرتفع عدد قتلاها، في هذه المنطقة، إلى 27 عسكريا منذ الشهر الماضي.", [("killed", 27, None, None, "exact")]),
    # without the parenthesis the toll is read as before
    ("وارتفع عدد القتلى إلى 40 شخصا.", [("killed", 40, None, None, "exact")]),
    # a parenthesis followed by another verb, or a toll with no number after the parenthesis, is no toll's number
    ("وقال إن عدد القتلى، الذين سقطوا أمس، لم يحدد بعد.", []),
    ("وقال إن عدد القتلى، حسب مصادر، غير معروف ونشر الجيش 300 جندي.", [("troops", 300, None, None, "exact")]),
])
def test_a_toll_with_a_parenthesis_before_its_number(sentence, expected):
    check(sentence, expected)

"""A part of a count (N منهم، بينهم N) reads its measure from the count before it with no other number between; a
date's day or year between them is no count (issue 12): وصل 300 منهم في 4 مارس، و200 منهم → 200 troops too.

Negatives: a count of something else between them (4 طائرات) still cuts the part off. The phrases are written for
these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وتضم القوة 1500 جندي، وصل 300 منهم في 4 مارس، و200 منهم في 9 أبريل إلى القاعدة.",
     [("troops", 1500, None, None, "exact"), ("troops", 300, None, None, "exact"), ("troops", 200, None, None, "exact")]),
    ("وقتل 40 شخصا يوم 3 مايو، بينهم 12 طفلا.", [("killed", 40, None, None, "exact"), ("killed", 12, None, None, "exact")]),
])
def test_a_part_after_a_date(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتضم القوة 1500 جندي، وصل 300 منهم على متن 4 طائرات، و200 منهم إلى القاعدة.",
     [("troops", 1500, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_a_part_after_another_count(sentence, expected):
    check(sentence, expected)

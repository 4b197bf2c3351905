"""A part of a troop figure named by its number first (وانتقل 800 منهم, rule es) may follow a clause of the force's own
after the figure, up to twelve words (issue 12); a casualty count's part keeps the short reach, and a sentence break or
a longer gap still cuts the part off. The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت المصادر إن التعزيزات يصل عددها إلى 2000 مقاتل، ووصلت إلى مدينة طبرق خلال الفترة الماضية، وانتقل 800 منهم بالفعل إلى الجبهة.",
     [("troops", 2000, None, None, "exact"), ("troops", 800, None, None, "exact")]),
    ("وتضم القوة 1500 جندي وصلوا إلى القاعدة الجوية في الشمال خلال الأسبوع الماضي، وغادر 300 منهم أمس.",
     [("troops", 1500, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_a_part_of_troops_after_a_clause(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتضم القوة 1500 جندي وصلوا إلى القاعدة الجوية في الشمال خلال الأسبوع الماضي وسط إجراءات أمنية مشددة من الجيش والشرطة، وغادر 300 منهم أمس.",
     [("troops", 1500, None, None, "exact")]),
    ("وتضم القوة 1500 جندي. وغادر 300 منهم أمس.", [("troops", 1500, None, None, "exact")]),
    ("وقتل 40 شخصا في القصف الذي استهدف السوق الشعبي في وسط المدينة صباح أمس، وكان 12 منهم أطفالا.", [("killed", 40, None, None, "exact")]),
])
def test_a_part_too_far(sentence, expected):
    check(sentence, expected)

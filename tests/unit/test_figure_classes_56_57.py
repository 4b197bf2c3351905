"""Figure classes from web batches 56 and 57 (issue 12, sixteenth session, second round): a noun in -ين joined by و to
the counted plural noun of a count is one plural group, not a dual (rule cj); a vague count of the wounded followed by
و + the killed counts both (both_next); the Peshmerga named without the article is a military word (a member noun's
context). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وأسفر القصف عن استشهاد 9 مواطنين ومقيمين قرب السوق.", [("killed", 9, None, None, "exact")]),
    ("وقتل خمسة مدنيين ومتعاقدين في الهجوم على القاعدة.", [("killed", 5, None, None, "exact")]),
])
def test_sound_plural_joined_to_a_counted_plural(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a noun whose plural is broken (أطفال): طفلين is a dual, two more injured
    ("وأسفر القصف عن إصابة أربعة مدنيين وطفلين قرب السوق.", [("injured", 2, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    # after one person (no counted plural before و), a dual stays two
    ("وأسفر القصف عن إصابة فتاة وطفلين قرب السوق.", [("injured", 1, None, None, "exact"), ("injured", 2, None, None, "exact")]),
])
def test_dual_joined_to_a_count_stays_two(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وخلفت الغارات عشرات الجرحى والشهداء في المدينة.", [("casualties", None, 10, None, "vague")]),
    ("وخلف القصف مئات الجرحى والقتلى في الأحياء الشرقية.", [("casualties", None, 100, None, "vague")]),
])
def test_vague_wounded_and_the_killed(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the wounded and the missing: no killed named, the count stays of the wounded
    ("وخلفت الغارات عشرات الجرحى والمفقودين في المدينة.", [("injured", None, 10, None, "vague")]),
    # a count with a number is not a magnitude: the killed after it are not counted with it
    ("وأصيب 30 جريحا والقتلى ما زالوا تحت الأنقاض.", [("injured", 30, None, None, "exact")]),
])
def test_vague_wounded_without_the_killed(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ('وقالت الوكالة إن "وفدا من ستة عناصر بيشمركة" وصل إلى البلدة.', [("troops", 6, None, None, "exact")]),
    ("وعبر نحو عشرين عنصرا من بشمركة الإقليم إلى المدينة.", [("troops", 20, None, None, "approx")]),
])
def test_members_of_the_peshmerga_without_the_article(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال إن وفدا من ستة عناصر النادي وصل إلى البلدة.", []),
])
def test_members_of_a_club(sentence, expected):
    check(sentence, expected)
